### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = Dành cho nhân viên phòng khám và bệnh viện: kế hoạch khi nhân viên di trú đến. Xin chọn một bước.
staff-choice-prepare = Chuẩn bị trước khi họ đến
    .keywords = chuẩn bị, kế hoạch
staff-choice-arrive = Khi nhân viên di trú đến
    .keywords = đến, lệnh
staff-choice-patients = Bảo vệ và thông báo cho bệnh nhân
    .keywords = bệnh nhân

staff-designate = Chọn những nhân viên sẽ ứng phó nếu nhân viên di trú đến, và huấn luyện mọi người về các bước.
staff-private-spaces = Đánh dấu càng nhiều khu vực càng tốt là khu vực riêng: chỉ bệnh nhân và người đi cùng họ mới được vào.
staff-telehealth = Cung cấp khám bệnh từ xa, và gộp các xét nghiệm và lần khám vào ít lần hẹn hơn, để bệnh nhân ít phải đi lại.
staff-warrant = Nếu cơ sở của quý vị không cho phép, nhân viên di trú không thể vào các khu vực riêng của cơ sở khi không có lệnh. Nhân viên được chỉ định sẽ yêu cầu xem lệnh.
staff-confidential = Thông tin bệnh nhân không được chia sẻ nếu không có lệnh của tòa án.
staff-lawyer = Biết sẵn cần gọi luật sư hoặc nhóm pháp lý nào, và hãy gọi họ.
staff-alert = Có sẵn một cách kín đáo để báo bệnh nhân rời đi hoặc đến nơi an toàn, mà không gây hoảng loạn.
staff-referrals = Cho bệnh nhân biết nơi tìm trợ giúp pháp lý miễn phí hoặc chi phí thấp.
