### Organizations people can call or look up. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-icirr = { -org-icirr }家庭支援热线（伊利诺伊州；可打电话，24小时）：{ $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = { -org-ice }拘留报告与信息热线（工作日美东时间早8点至晚8点；有西班牙语服务）：{ $phone }

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-flic = { -org-flic }移民热线（佛罗里达州）：{ $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 }（可打电话或发短信；西班牙语请按2或发送AYUDA）：{ $phone }

# A web page, not a phone: the government's list of groups that give free legal help.
# Variables:
#   $web (String) - The page's address, as people type it.
referrals-eoir-probono = 美国司法部名单上您附近的免费法律帮助：{ $web }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-eoir-case = 移民法庭开庭日期和案件状态，24小时（请备好A号，即A-number）：{ $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-tirrc = { -org-tirrc }（田纳西州）：{ $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-sfdp = { -org-sfdp }（新墨西哥州）：{ $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-iowa-mmj = { -org-iowa-mmj }（艾奥瓦州）：{ $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ny-new-americans = { -org-ny-new-americans }（纽约州）：{ $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-santa-clara-rrn = { -org-santa-clara-rrn }（加利福尼亚州）：{ $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-aaaj-atlanta = { -org-aaaj-atlanta }（佐治亚州）：{ $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-colorado-rrn = { -org-colorado-rrn }（科罗拉多州、怀俄明州）：{ $phone }
