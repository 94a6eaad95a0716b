### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 160 characters cost a message.

# Sent when a message matches no option. The options follow it. `.buttons` is said instead
# where the options are buttons (Telegram), so it must not ask for a number.
shared-unknown = Xin lỗi, tôi không hiểu. Xin gửi số của một lựa chọn.
    .buttons = Xin lỗi, tôi không hiểu. Xin chọn một nút.
# Sent after several misunderstood messages in a row, instead of shared-unknown. Lines for the
# person's state (when known) and for the whole U.S. follow it, then only the way to the menu.
shared-stuck = Tôi vẫn không hiểu. Gửi TRỢ GIÚP, hoặc tìm trợ giúp ở đây:
# Sent for HELP. Keep the command words the same as in command.ftl. Lines for the person's
# state (when known) and for the whole U.S. follow it.
shared-help = Gửi 0 để về menu, TRỞ LẠI để quay lại, NGÔN NGỮ, XÓA để xóa cuộc trò chuyện này, DỪNG để ngừng.
# Sent after STOP on channels where the carrier does not confirm it itself.
shared-stopped = Quý vị sẽ không nhận thêm tin nhắn nào từ tôi. Gửi BẮT ĐẦU để bắt đầu lại.
# Sent after CLEAR: the conversation state has been deleted.
shared-cleared = Tôi đã quên cuộc trò chuyện này. Gửi bất kỳ tin nhắn nào để bắt đầu lại.
# Sent when the flows changed and the person's place in them no longer exists.
shared-menu-changed = Menu đã thay đổi kể từ tin nhắn trước của quý vị. Xin xem lại menu dưới đây.
# Sent for BACK when there is nowhere to go back to.
shared-back-at-start = Quý vị đang ở phần đầu rồi.
# Label of the option that returns to the main menu (its key is 0).
shared-choice-menu = Menu chính
# Label of the option that shows the rest of a reply cut short to fit an SMS (its key is 1).
shared-choice-more = Xem thêm
# Said at the end of a topic, before the main menu options.
shared-what-next = Quý vị còn muốn biết gì nữa?
# Sent for a photo, sticker, voice note, location or edited message: the bot reads only text.
shared-text-only = Tôi chỉ đọc được tin nhắn chữ. Xin gửi số của một lựa chọn.
    .buttons = Tôi chỉ đọc được tin nhắn chữ. Xin chọn một nút.
# Sent when the bot cannot reach its memory for a moment: lines for the whole U.S. follow.
# Options would not work until it can, so none are shown.
shared-degraded = Lúc này tôi không nhớ được chúng ta đang ở đâu. Xin nhắn lại sau vài phút. Cần giúp ngay:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = Lúc này tôi chưa xóa được cuộc trò chuyện này. Xin gửi lại XÓA sau một phút. Dù vậy, những gì tôi nhớ cũng sẽ bị xóa ít lâu sau khi quý vị ngừng nhắn.
# Sent when no line of its own is listed yet for the state a person gave; the lines for the
# whole U.S. follow it.
# Variables:
#   $value (String) - The state's name in this language, such as Texas.
shared-no-listing = Chưa có đường dây riêng nào cho { $value }. Các đường dây này phục vụ toàn Hoa Kỳ:
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = Xin lỗi, tôi không đọc được tin nhắn đó.
# Said before the answer to a first message that asked about a topic directly (the topic's
# answer follows, then its options and the way to the main menu).
shared-routed-notice = Đây là thông tin, không phải tư vấn pháp lý.
# Asked when a message could mean one of a few topics; the topics follow, numbered. `.buttons`
# is said instead where the topics are buttons (Telegram).
shared-did-you-mean = Có phải quý vị muốn hỏi một trong những điều này? Xin gửi số.
    .buttons = Có phải quý vị muốn hỏi một trong những điều này?
shared-slow-down = Bạn đang gửi tin nhắn quá nhanh. Vui lòng đợi vài phút rồi viết lại.
# Sent when a person names a city that several states share; the question where they are
# (a ZIP code or a state) follows.
# Variables:
#   $place (String) - The city's name as the bot knows it, such as Kansas City.
#   $states (String) - The states that have a city of that name, such as Missouri, Kansas.
shared-which-state = Có thành phố tên { $place } ở hơn một tiểu bang: { $states }.
