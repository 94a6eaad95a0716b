### Thẻ quyền: một hình ảnh mà người dùng có thể lưu, giơ lên trước cửa sổ hoặc luồn qua khe dưới cửa.
### Mặt dành cho người dùng được viết bằng tiếng Việt. Mặt dành cho nhân viên di trú luôn bằng tiếng Anh
### (trong tập tin tiếng Anh) và không được dịch. Nguồn của từng dòng được ghi trong flows/card.yaml.

## Mặt dành cho người dùng, bằng ngôn ngữ của họ.

card-person-title = Quyền của quý vị
card-person-door = Đừng mở cửa. Quý vị có thể nói chuyện qua cánh cửa đóng.
card-person-warrant = Hãy yêu cầu xem lệnh có chữ ký của thẩm phán. Hãy yêu cầu họ luồn lệnh qua khe dưới cửa hoặc giơ lệnh lên trước cửa sổ.
card-person-silent = Quý vị có quyền giữ im lặng.
card-person-sign = Đừng ký bất cứ giấy tờ gì trước khi nói chuyện với luật sư.
card-person-show = Hãy đưa mặt kia của thẻ này cho nhân viên di trú xem.
# Dưới tin nhắn có mặt dành cho nhân viên di trú, cho điện thoại không nhận được hình.
# Variables:
#   $link (String) - The address of the card's picture, such as https://kyr.example.org/cards/vi.png.
card-link = Thẻ dạng hình ảnh: { $link }
