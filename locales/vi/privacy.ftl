### Privacy: what this bot keeps and how to delete it.
### Sources for each message are recorded on its node in flows/privacy.yaml.

privacy-keeps = Bot này không giữ bản sao tin nhắn, số điện thoại hay tên của quý vị. Bot chỉ nhớ quý vị đang ở menu nào, dưới một mã số thay cho số điện thoại của quý vị.
privacy-forgets = Bot cũng quên cả điều đó ít lâu sau khi quý vị ngừng nhắn. Gửi XÓA để bot quên ngay bây giờ.
privacy-choice-sms = Tin nhắn văn bản (SMS)
    .keywords = sms, tin nhắn, nhắn tin
privacy-choice-telegram = Telegram
privacy-choice-delete = Làm sao xóa cuộc trò chuyện này?
    .keywords = xóa trò chuyện, xóa chat

privacy-sms-not-encrypted = Tin nhắn văn bản không được mã hóa. Công ty điện thoại của quý vị có thể giữ bản sao, và chính phủ có thể yêu cầu công ty đưa các bản sao đó.
privacy-sms-twilio = Tin nhắn của bot này cũng đi qua Twilio. Twilio lưu hồ sơ tin nhắn, trừ khi nhóm điều hành bot này xóa chúng.
privacy-telegram-cloud = Telegram lưu các cuộc trò chuyện thông thường, như cuộc này, trên máy chủ của chính Telegram.
privacy-delete-bot = Gửi XÓA: bot sẽ quên cuộc trò chuyện này ngay lập tức.
privacy-delete-phone = Quý vị cũng có thể xóa cuộc trò chuyện này trên điện thoại của mình.
privacy-delete-telegram = Trên Telegram, nếu dịch vụ này đã bật tính năng đó, XÓA cũng xóa các tin nhắn của cuộc trò chuyện này trong 48 giờ qua.
