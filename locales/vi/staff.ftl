### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = Dành cho nhân viên phòng khám và bệnh viện: kế hoạch khi nhân viên di trú đến. Xin chọn một bước.
staff-choice-prepare = Chuẩn bị trước khi họ đến
    .keywords = chuẩn bị, kế hoạch
staff-choice-arrive = Khi nhân viên di trú đến
    .keywords = đến
staff-choice-warrant = Lệnh thẩm phán hay mẫu đơn ICE?
    .keywords = lệnh, trát
staff-choice-records = Họ đòi hồ sơ bệnh nhân
    .keywords = hồ sơ, hồ sơ bệnh nhân, trát đòi hầu tòa, subpoena
staff-choice-patients = Bảo vệ và thông báo cho bệnh nhân
    .keywords = bệnh nhân

staff-designate = Chọn những nhân viên sẽ ứng phó nếu nhân viên di trú đến, và huấn luyện mọi người về các bước.
staff-private-spaces = Đánh dấu càng nhiều khu vực càng tốt là khu vực riêng: chỉ bệnh nhân và người đi cùng họ mới được vào.
staff-telehealth = Cung cấp khám bệnh từ xa, và gộp các xét nghiệm và lần khám vào ít lần hẹn hơn, để bệnh nhân ít phải đi lại.
staff-script = Tại quầy tiếp tân, hãy nói: Tôi không có thẩm quyền đồng ý. Xin chờ ở đây trong khi tôi gọi người phụ trách.
staff-warrant = Chỉ lệnh có chữ ký của thẩm phán mới cho nhân viên di trú vào khu vực riêng khi quý vị không đồng ý. Mẫu đơn ICE (I-200 hoặc I-205) do nhân viên di trú ký thì không.
staff-warrant-tell = Lệnh của thẩm phán ghi tên một tòa án ở trên cùng và có chữ ký thẩm phán. Mẫu đơn ICE ghi Department of Homeland Security (Bộ Nội an) và do một nhân viên ký.
staff-warrant-valid = Phải tuân theo lệnh hợp lệ của thẩm phán. Đọc xem lệnh áp dụng cho nơi nào, người nào, và gọi luật sư của cơ sở. Đừng bao giờ cản trở nhân viên, nói dối hay giấu ai.
staff-records = Đừng giao hồ sơ bệnh nhân tại chỗ. Hãy gửi mọi lệnh của tòa án, trát đòi hầu tòa (subpoena) hay yêu cầu bằng văn bản cho luật sư của cơ sở: luật chỉ cho tiết lộ một số thông tin.
staff-document = Ghi lại tên và số phù hiệu của các nhân viên di trú, và giữ bản sao hoặc ảnh chụp mọi giấy tờ họ đưa ra.
staff-lawyer = Để sẵn ở quầy tiếp tân số điện thoại của luật sư của cơ sở và của một nhóm pháp lý.
staff-alert = Có sẵn một cách kín đáo để báo bệnh nhân rời đi hoặc đến nơi an toàn, mà không gây hoảng loạn.
staff-referrals = Cho bệnh nhân biết nơi tìm trợ giúp pháp lý miễn phí hoặc chi phí thấp:
