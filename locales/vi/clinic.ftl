### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = Tại phòng khám hoặc bệnh viện, quý vị có quyền của một bệnh nhân, dù tình trạng di trú của quý vị là gì. Quý vị muốn biết gì?
clinic-choice-private = Thông tin y tế của tôi có được giữ kín?
    .keywords = riêng tư, bảo mật, giữ kín, hồ sơ, hồ sơ y tế
clinic-choice-emergency = Họ có được từ chối cấp cứu tôi không?
    .keywords = cấp cứu, khẩn cấp, phòng cấp cứu
clinic-choice-officers = Nhân viên di trú tại phòng khám
clinic-choice-guarded = Tôi là bệnh nhân đang bị giam giữ
    .keywords = giam giữ, bị giam, canh giữ, canh gác
clinic-choice-rights = Quyền của tôi với nhân viên di trú

clinic-private = Nhân viên y tế nói chung phải giữ kín thông tin y tế của quý vị. Theo luật, nhân viên di trú không thể buộc họ đưa thông tin đó ra nếu không có lệnh của tòa án.
clinic-emergency = Không. Quý vị không thể bị từ chối chăm sóc y tế cấp cứu vì tình trạng di trú. Luật liên bang bảo vệ quyền này.
clinic-officers-private-areas = Nếu phòng khám không cho phép, nhân viên di trú không thể vào các khu vực riêng của phòng khám, như phòng thăm khám, khi không có lệnh.
clinic-officers-rights = Dù ở đâu, quý vị cũng có thể giữ im lặng và yêu cầu có luật sư.
clinic-guarded = Nếu quý vị đang bị giam giữ, một nhân viên canh giữ có thể ở cạnh quý vị, kể cả lúc khám bệnh. Quý vị có thể xin bác sĩ hoặc bệnh viện dành thời gian để nói chuyện riêng với quý vị.
clinic-interpreter = Bệnh viện và phòng khám nhận tiền liên bang phải giúp bạn về ngôn ngữ miễn phí, ví dụ có thông dịch viên. Bạn có thể yêu cầu.
