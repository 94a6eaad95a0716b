### Organizations people can call or look up. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-icirr = Đường dây hỗ trợ gia đình của { -org-icirr } (Illinois; gọi điện, 24 giờ): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = Đường dây báo cáo và thông tin về giam giữ của { -org-ice } (thứ Hai đến thứ Sáu, 8 giờ sáng đến 8 giờ tối giờ miền Đông; có nói tiếng Tây Ban Nha): { $phone }

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-flic = Đường dây hỗ trợ người nhập cư của { -org-flic } (Florida): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (gọi hoặc nhắn tin; muốn nói tiếng Tây Ban Nha, bấm 2 hoặc nhắn AYUDA): { $phone }

# A web page, not a phone: the government's list of groups that give free legal help.
# Variables:
#   $web (String) - The page's address, as people type it.
referrals-eoir-probono = Trợ giúp pháp lý miễn phí gần quý vị, theo danh sách của Bộ Tư pháp Hoa Kỳ: { $web }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-eoir-case = Ngày ra tòa di trú và tình trạng hồ sơ, 24 giờ (chuẩn bị sẵn số A, tức A-number): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-tirrc = { -org-tirrc } (Tennessee): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-sfdp = { -org-sfdp } (New Mexico): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-iowa-mmj = { -org-iowa-mmj } (Iowa): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ny-new-americans = { -org-ny-new-americans } (New York): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-santa-clara-rrn = { -org-santa-clara-rrn } (California): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-aaaj-atlanta = { -org-aaaj-atlanta } (Georgia): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-colorado-rrn = { -org-colorado-rrn } (Colorado, Wyoming): { $phone }
