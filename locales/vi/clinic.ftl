### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = Nhân viên di trú nay không còn bị cấm đến bệnh viện và phòng khám. Quý vị vẫn có quyền của bệnh nhân, dù tình trạng di trú là gì. Quý vị muốn biết gì?
clinic-choice-private = Thông tin y tế của tôi có được giữ kín?
    .keywords = riêng tư, bảo mật, giữ kín, hồ sơ, hồ sơ y tế
clinic-choice-emergency = Họ có được từ chối cấp cứu tôi không?
    .keywords = cấp cứu, khẩn cấp, phòng cấp cứu
clinic-choice-officers = Nhân viên di trú tại phòng khám
clinic-choice-guarded = Tôi là bệnh nhân đang bị giam giữ
    .keywords = giam giữ, bị giam, canh giữ, canh gác
clinic-choice-rights = Quyền của tôi với nhân viên di trú

clinic-private = Thường thì nhân viên y tế phải giữ kín thông tin y tế của quý vị. Nhưng luật cho phép họ chia sẻ một phần, ví dụ khi có lệnh của tòa án hay một số yêu cầu chính thức của nhà chức trách.
clinic-private-medicaid = Một tòa án đã cho Medicaid chia sẻ dữ liệu cơ bản, như địa chỉ và tình trạng di trú của quý vị, với ICE. Hồ sơ y tế của quý vị không thuộc dữ liệu đó.
clinic-emergency = Bệnh viện có phòng cấp cứu và nhận Medicare phải khám và chữa cấp cứu cho quý vị đến khi ổn định, dù tình trạng di trú hay tiền bạc của quý vị thế nào.
clinic-emergency-limits = Luật này không áp dụng cho phòng khám hay nơi khám gấp (urgent care), và việc chữa trị không miễn phí: quý vị có thể nhận hóa đơn sau. Khi cấp cứu, hãy đến phòng cấp cứu bệnh viện hoặc gọi 911.
clinic-officers-public = Từ tháng 1 năm 2025, nhân viên di trú có thể bắt người tại bệnh viện và phòng khám. Họ có thể ở khu vực công cộng, như phòng chờ và bãi đậu xe, mà không cần lệnh.
clinic-officers-private-areas = Để vào khu vực riêng, như phòng thăm khám, khi phòng khám không đồng ý, họ cần lệnh có chữ ký của thẩm phán. Mẫu đơn của ICE là không đủ.
clinic-officers-rights = Dù ở đâu, quý vị cũng có thể giữ im lặng và yêu cầu có luật sư. Đừng bỏ chạy, và đừng đưa giấy tờ giả.
clinic-guarded = Nếu quý vị đang bị giam giữ, một nhân viên canh giữ có thể ở cạnh quý vị, kể cả lúc khám bệnh. Quý vị có thể xin bác sĩ hoặc bệnh viện dành thời gian để nói chuyện riêng với quý vị.
clinic-interpreter = Bệnh viện và phòng khám nhận tiền liên bang phải giúp quý vị về ngôn ngữ miễn phí, ví dụ có thông dịch viên. Quý vị có thể yêu cầu.
