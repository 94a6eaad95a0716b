### Lưới an toàn: được nói trước, trên mọi chủ đề, khi một tin nhắn kể về một ca cấp cứu y tế
### hoặc sự tuyệt vọng. Mỗi câu trả lời phải vừa một trang SMS.
### Nguồn được ghi ở nút, trong flows/crisis.yaml.

# Nói khi một tin nhắn kể về một ca cấp cứu y tế đang xảy ra.
crisis-emergency = Hãy gọi 911 ngay. Khi khẩn cấp, phòng cấp cứu của bệnh viện phải khám và chữa cho quý vị, dù tình trạng di trú hay tiền bạc của quý vị thế nào. Nếu có nhân viên di trú ở đó, quý vị vẫn cứ gọi 911.
# Nói khi một tin nhắn kể về sự tuyệt vọng, hay ý nghĩ tự tử hoặc tự làm hại mình, của chính
# người nhắn hay của người khác. Nhắn tin tới 988 chỉ có tiếng Anh và tiếng Tây Ban Nha: vì
# vậy thông dịch viên chỉ có khi gọi.
crisis-despair = Quý vị không đơn độc. Hãy gọi hoặc nhắn tin tới 988, cho chính mình hay người mình thương: miễn phí và kín đáo, cả ngày lẫn đêm. Khi gọi có thể có thông dịch viên. Nếu ai đó có thể bị thương ngay lúc này, hãy gọi 911.

## Dấu hiệu của mỗi tình huống, mỗi dòng một cụm từ, như người Việt nhắn trên điện thoại.
## Dấu thanh, chữ hoa và dấu nháy không được tính (đ cũng là d), nên mỗi cụm chỉ cần viết một
## lần; cách viết tắt (ko, k, hok, dc, mún) thì phải viết riêng. Một cụm khớp khi các chữ của
## nó nằm theo thứ tự trong tin nhắn, giữa hai chữ có tối đa một chữ khác; vì vậy tránh cụm
## hai âm tiết dễ trùng với câu thường (tự tử / tư vấn từ, đau tim / đâu tìm, ra máu / ra mẫu).

crisis-signs-emergency =
    không thở
    ko thở
    k thở
    thở không được
    thở ko được
    thở ko dc
    thở không nổi
    ngưng thở
    tắt thở
    khó thở
    ngạt thở
    ngộp thở
    mắc nghẹn
    bị nghẹn
    hóc xương
    ngừng đập
    cơn đau tim
    bị đau tim
    nhồi máu
    đau ngực
    tức ngực
    đột quỵ
    tai biến
    méo miệng
    trúng gió
    bất tỉnh
    ngất xỉu
    té xỉu
    bị xỉu
    xỉu rồi
    xỉu trong
    bị ngất
    hôn mê
    tỉnh lại
    gọi không dậy
    gọi ko dậy
    lay không dậy
    ngủ không dậy
    co giật
    động kinh
    sùi bọt mép
    quá liều
    uống nguyên vỉ thuốc
    uống cả lọ thuốc
    uống quá nhiều thuốc
    thuốc chuột
    thuốc trừ sâu
    ngộ độc
    chảy máu
    mất máu
    ra máu nhiều
    bị ra máu
    bầu ra máu
    bị bắn
    trúng đạn
    bị đâm
    dị ứng nặng
    phản vệ
    cơn suyễn
    lên suyễn
    chuyển dạ
    vỡ ối
    đau bụng đẻ
    xe tông
    hấp hối
    sắp chết
    cứu thương
    xe cấp cứu
    gọi cấp cứu
    gọi 911

crisis-signs-despair =
    muốn chết
    mún chết
    chết cho rồi
    chết cho xong
    chết quách
    thà chết
    chết còn hơn
    chết thì tốt
    không muốn sống
    ko muốn sống
    k muốn sống
    hok muốn sống
    chẳng muốn sống
    ko mún sống
    hết muốn sống
    không thiết sống
    chán sống
    chán đời
    sống làm gì
    sống không nổi
    sống không bằng chết
    muốn tự tử
    mún tự tử
    định tự tử
    tính tự tử
    đòi tự tử
    sẽ tự tử
    nghĩ tự tử
    chuyện tự tử
    cách tự tử
    tự tử luôn
    muốn tự sát
    định tự sát
    tính tự sát
    quyên sinh
    kết liễu
    kết thúc đời
    kết thúc sống
    kết thúc tất cả
    giết mình
    tự giết
    tự làm hại
    hại bản thân
    tự làm đau
    đau bản thân
    rạch tay
    cắt cổ tay
    cứa tay
    nhảy cầu
    nhảy lầu
    treo cổ
    ngủ luôn không dậy
    lý do sống
    vô vọng
    tuyệt vọng
    hết hy vọng
    hết hi vọng
    mất hy vọng
    không hy vọng
    không hi vọng
    chịu hết nổi
    chịu không nổi
    không chịu nổi
    hết chịu nổi
    muốn biến mất
    không muốn tồn tại
    không còn ý nghĩa
    buông xuôi
    trầm cảm
