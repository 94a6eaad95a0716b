### Words a person can send at any point in a conversation.
### Separate alternatives with commas. Case and accents are ignored.
### A word must not mean two things in one language: `kyr check` reports it.
### STOP, HELP and START words set by carriers (STOP, QUIT, HELP, INFO, ...) always work too.
### Vietnamese note: the letter đ is not folded to d when words are compared, so every word
### with đ is also listed in its unaccented form (bắt đầu, bat dau).

command-menu = menu, menu chính, trang chủ
command-back = trở lại, quay lại
command-language = ngôn ngữ
command-help = trợ giúp, giúp
command-stop = dừng, dừng lại, ngừng, hủy đăng ký, huy dang ky
command-start = bắt đầu, bat dau, bắt đầu lại, bat dau lai
command-clear = xóa, xóa hết
command-card = thẻ, thẻ quyền
