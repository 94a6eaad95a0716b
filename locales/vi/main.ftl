### The main menu and the language menu.

# First message to someone who writes for the first time.
main-welcome = Xin chào. Tôi cung cấp thông tin miễn phí về quyền của quý vị tại Hoa Kỳ. Đây là thông tin, không phải tư vấn pháp lý.
# `.buttons` is said instead where the options are buttons (Telegram): no number to send.
main-menu-prompt = Quý vị muốn biết gì? Hãy gửi một số.
    .buttons = Quý vị muốn biết gì?
main-choice-officers = Nhân viên di trú ở cửa hoặc ngoài đường
    .keywords = ice, di trú, nhân viên di trú, cửa, cửa nhà, ngoài đường, ngoai duong, cảnh sát, công an
main-choice-clinic = Tại phòng khám hoặc bệnh viện
    .keywords = phòng khám, bệnh viện, bác sĩ
main-choice-detention = Người thân bị giam, cần chăm sóc y tế
    .keywords = bị giam, giam giữ, trại giam
main-choice-nearby = Tìm trợ giúp gần tôi
    .keywords = gần, gần tôi, gần đây, gan day, zip, đường dây nóng, duong day nong
main-choice-staff = Dành cho nhân viên phòng khám
    .keywords = nhân viên y tế, nhân viên phòng khám
main-choice-limits = Về dịch vụ này
    .keywords = giới thiệu, khẩn cấp, 911, quyền riêng tư, riêng tư
main-choice-language = Đổi ngôn ngữ
main-language-prompt = Xin chọn ngôn ngữ. Hãy gửi một số.
    .buttons = Xin chọn ngôn ngữ.
