### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = Người thân đang bị giam giữ di trú và cần chăm sóc y tế? Xin chọn một chủ đề.
detention-choice-find = Tìm nơi họ đang bị giam
    .keywords = tìm, ở đâu, o dau, locator
detention-choice-problems = Chăm sóc y tế bị chậm hoặc không có
    .keywords = thuốc, thuốc men, uống thuốc, insulin, chậm, trễ
detention-choice-record = Ghi chép lại, báo luật sư
    .keywords = ghi chép, ghi lại, yêu cầu
detention-choice-letters = Thư y tế cho luật sư
    .keywords = thư, thư y tế, bác sĩ
detention-choice-parole = Được thả vì lý do sức khỏe
    .keywords = parole, tạm tha, thả
detention-choice-released = Đã được thả và cần chăm sóc
    .keywords = đã được thả, da duoc tha, được thả, duoc tha

detention-find = Công cụ tìm người bị giam của ICE (locator.ice.gov) cho biết một người bị giam ở đâu. Nó không luôn đúng hay cập nhật, và người bị giam hay bị chuyển đi: hãy xem lại.
detention-dril = ICE cũng có một đường dây điện thoại cho các vấn đề nghiêm trọng khi bị giam. Đây là đường dây của chính ICE: nếu quý vị lo sợ cho tình trạng di trú của chính mình, hãy nhờ luật sư hoặc một người bạn tin cậy gọi.
detention-emergency = Khi cấp cứu, người bị giam nên báo ngay cho nhân viên canh giữ và xin trợ giúp y tế. Hãy gọi trung tâm giam giữ và xin gặp nhân viên y tế.
detention-call-line = Nếu thuốc hoặc chăm sóc y tế bị chậm hay không có, hãy gọi đường dây của ICE về vấn đề khi bị giam. Nếu lo cho tình trạng di trú của mình, hãy nhờ luật sư hoặc bạn tin cậy gọi.
detention-request = Người bị giam có thể xin chăm sóc y tế mỗi ngày, bằng văn bản. Hãy ghi chép lại mỗi lần xin: ngày nào, đã xin gì và câu trả lời.
detention-continuity = Theo quy định của ICE, người bị giam cần được tiếp tục nhận thuốc cần dùng ngay từ ngày đến. Hãy gửi đơn thuốc và hồ sơ của bác sĩ cho luật sư.
detention-lawyer = Hãy báo cho luật sư của người đó mọi vấn đề sức khỏe. Luật sư có thể đòi cho người đó được chăm sóc và được thả.
detention-letters = Các bác sĩ tình nguyện có thể xem xét sức khỏe của người bị giam và viết thư y tế cho luật sư của họ.
detention-networks = Các mạng lưới kết nối luật sư với những bác sĩ này gồm có { -org-mri } và { -org-nylpi-network }. Họ làm việc qua luật sư: hãy nhờ luật sư liên lạc với họ.
detention-records = Bác sĩ tình nguyện xem hồ sơ bệnh án của người đó để viết thư. Hãy đưa cho luật sư mọi giấy tờ y tế quý vị có.
detention-parole = Người cần chăm sóc sức khỏe khẩn cấp có thể xin ICE thả theo diện tạm tha nhân đạo (humanitarian parole). ICE xét từng trường hợp, và không bảo đảm. Thư bác sĩ có thể giúp luật sư xin.
detention-released = Người được thả có nhu cầu sức khỏe nghiêm trọng thường không được ai giúp tìm nơi chăm sóc, và có thể không có bảo hiểm hay phương tiện đi lại.
detention-case-management = { -org-mri } có dịch vụ quản lý hồ sơ (case management) để giúp bệnh nhân tìm bác sĩ sau khi được thả. Hãy mang theo mọi giấy tờ y tế quý vị có.
detention-stress = Bị giam gây căng thẳng và sợ hãi nặng nề cho người bị giam và gia đình. Đường dây 988 hỗ trợ miễn phí, kín đáo qua gọi hoặc nhắn tin, 24 giờ mỗi ngày:
