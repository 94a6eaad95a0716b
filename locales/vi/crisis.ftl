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
## nó nằm theo thứ tự trong tin nhắn: giữa hai chữ có tối đa hai chữ khác, nhưng trong tiếng
## Việt thì không có chữ nào xen vào, vì các âm tiết được viết rời; vì vậy tránh cụm hai âm tiết
## dễ trùng với câu thường (tự tử / từ từ, đau tim / đâu tìm, ra máu / ra mẫu). Trong tiếng Anh,
## Tây Ban Nha, Pháp, Bồ Đào Nha, Nga, Ả Rập và Hindi, các chữ của một cụm có hai chữ trở lên
## cũng khớp với các dạng khác của chúng; cụm chỉ có một chữ thì chỉ khớp đúng như đã viết. Chữ
## kết thúc bằng * khớp với mọi chữ bắt đầu bằng nó. Chữ có từ năm chữ cái trở lên cũng khớp khi
## thừa hoặc thiếu một chữ cái.

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
    không cử động
    ko cử động
    không nhúc nhích
    ko nhúc nhích
    không động đậy
    nằm bất động
    tím tái rồi
    bị tím tái
    mặt tím tái
    tím ngắt
    môi bị tím
    môi thâm tím
    môi xanh lè
    mặt tái xanh
    miệng bị méo
    mặt bị méo
    xệ miệng
    mặt bị xệ
    liệt nửa người
    yếu nửa người
    tê nửa người
    đột nhiên không nói
    cấm khẩu
    đớ lưỡi
    líu lưỡi
    bọt mép
    giật liên tục
    run không ngừng
    đập đầu
    chấn thương đầu
    chấn thương sọ
    chấn thương nặng
    bị thương nặng
    té từ trên
    ngã từ mái
    ngã từ giàn
    rớt từ trên
    bỏng nặng
    phỏng nặng
    bị bỏng
    nôn ra máu
    thai không đạp
    thai ko đạp
    thai ngừng đạp
    bé ngừng đạp
    sảy thai
    sốt rất cao
    sốt quá cao
    li bì
    mê man
    gãy xương
    xương lòi ra
    sưng lưỡi
    lưỡi sưng
    sưng môi
    sưng mặt
    sưng cổ họng
    sưng phù
    đuối nước
    chết đuối
    bị nước cuốn
    tai nạn xe
    tai nạn giao thông
    bị xe cán
    ngã quỵ
    gục xuống
    ngã gục
    té gục
    xỉu ngang
    ngất đi
    ngất rồi
    bị điện giật
    uống nhầm thuốc
    uống nước tẩy
    vết thương sâu
    vết cắt sâu
    mất mạch
    không còn mạch
    trợn trắng
    trợn ngược

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
    sống vô nghĩa
    đời vô nghĩa
    chẳng còn ý nghĩa
    ko còn ý nghĩa
    sống để làm gì
    sống làm chi
    sống để làm chi
    sống làm j
    lý do để sống
    chán cuộc sống
    chán cuộc đời
    mệt mỏi với cuộc sống
    mệt mỏi với cuộc đời
    ngủ mãi mãi
    ngủ mãi không dậy
    ngủ luôn không tỉnh
    không muốn thức dậy
    ko muốn thức dậy
    không muốn tỉnh dậy
    không bao giờ thức dậy
    không bao giờ tỉnh dậy
    mọi người sẽ nhẹ nhõm
    nhẹ gánh cho mọi người
    tốt hơn nếu tôi chết
    tốt hơn nếu mình chết
    tốt hơn nếu em chết
    chết đi mọi người
    chết đi cho rồi
    chết đi cho xong
    chết luôn cho rồi
    chết phứt
    chết cũng không ai
    chết cũng chẳng ai
    chết cũng ko ai
    không ai cần mình
    không ai cần tôi
    không ai cần em
    chẳng ai cần mình
    mình là gánh nặng
    tôi là gánh nặng
    em là gánh nặng
    chỉ là gánh nặng
    mún biến mất
    biến mất mãi mãi
    kết thúc cuộc đời
    kết thúc cuộc sống
    kết thúc mạng sống
    chấm dứt cuộc đời
    chấm dứt cuộc sống
    chấm dứt tất cả
    tìm đến cái chết
    tìm tới cái chết
    nghĩ đến cái chết
    nghĩ tới cái chết
    đã tự sát
    tự sát rồi
    toan tự sát
    dọa tự sát
    toan tự tử
    dọa tự tử
    uống thuốc tự tử
    tự tử hụt
    tự tử không thành
    tự tử trong trại
    giết bản thân
    nghĩ quẩn
    làm chuyện dại dột
    gom thuốc ngủ
    dành thuốc ngủ
    trữ thuốc ngủ
    uống hết thuốc ngủ
    cố tình uống
    cố ý uống
    nhảy sông
    nhảy xuống sông
    nhảy xuống biển
    nhảy từ lầu
    nhảy từ tầng
    nhảy khỏi cầu
    lao đầu vào xe
    suối vàng
    về trời với
    lên thiên đàng
    bỏ cuộc thôi
    muốn buông bỏ
    buông bỏ tất cả
    đầu hàng số phận
    không sống nổi
    ko sống nổi
    sống tiếp nữa
    sống tiếp làm gì
    tiếp tục sống nữa
    không chịu đựng nổi
    chịu đựng không nổi
    ko chịu nổi
    hok chịu nổi
    thấy trống rỗng
    lòng trống rỗng
    muốn mọi thứ kết thúc
    muốn mọi chuyện kết thúc
    muốn tất cả kết thúc
    vĩnh biệt mọi người
    vĩnh biệt cuộc đời
    vĩnh biệt tất cả
    tạm biệt mãi mãi
    lời nhắn cuối cùng
    là tin nhắn cuối
    nhắn tin lần cuối
    lời trăng trối
    lời từ biệt
    rạch cổ tay
    cứa cổ tay
    tự cắt tay
    tự thắt cổ
    mình vô dụng
    tôi vô dụng
    ghét bản thân
    hận bản thân
    ghét cuộc sống
    hông muốn sống
    khum muốn sống
    kg muốn sống
    k mún sống
    chẳng thiết sống
    ko thiết sống
    không còn lý do gì để sống
    ly do de song
