### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 160 characters cost a message.

# Sent when a message matches no option. The options follow it.
shared-unknown = Xin lỗi, tôi không hiểu. Xin gửi số của một lựa chọn.
# Sent after several misunderstood messages in a row. Hotline numbers follow it.
shared-stuck = Vẫn gặp khó khăn? Gửi TRỢ GIÚP để được giúp, hoặc gọi:
# Sent for HELP. Keep the command words the same as in command.ftl.
shared-help = Gửi số của một lựa chọn. Gửi 0 hoặc MENU để về menu chính, TRỞ LẠI để quay lại, NGÔN NGỮ để đổi ngôn ngữ, XÓA để xóa cuộc trò chuyện này, DỪNG hoặc STOP để ngừng nhận tin nhắn.
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
# Sent when the bot cannot reach its memory for a moment: the main menu and hotlines follow.
shared-degraded = Lúc này tôi không nhớ được chúng ta đang ở đâu. Xin nhắn lại sau vài phút. Cần giúp ngay, xin gọi:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = Lúc này tôi chưa xóa được cuộc trò chuyện này. Xin gửi lại XÓA sau một phút. Dù vậy, những gì tôi nhớ cũng sẽ bị xóa ít lâu sau khi quý vị ngừng nhắn.
# Sent when no organisation is listed yet for the state a person gave.
# Variables:
#   $value (String) - The state's two-letter code, such as IL.
shared-no-listing = Chưa có tổ chức nào được liệt kê cho { $value }. Gửi TRỢ GIÚP để biết các cách khác để được giúp.
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = Xin lỗi, tôi không đọc được tin nhắn đó.
