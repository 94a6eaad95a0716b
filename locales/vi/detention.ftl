### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = Người thân đang bị giam giữ di trú và cần chăm sóc y tế? Xin chọn một chủ đề.
detention-choice-problems = Chăm sóc y tế bị chậm hoặc không có
    .keywords = thuốc, thuốc men, uống thuốc, chậm, trễ
detention-choice-letters = Thư y tế cho luật sư
    .keywords = thư, thư y tế, bác sĩ
detention-choice-parole = Được thả vì lý do sức khỏe
    .keywords = parole, tạm tha, thả
detention-choice-released = Đã được thả và cần chăm sóc
    .keywords = đã được thả, da duoc tha, được thả, duoc tha

detention-problems = Các vấn đề thường gặp khi bị giam: thuốc đưa trễ, chăm sóc sức khỏe tâm thần kém, và giúp đỡ chậm khi cấp cứu. Hãy ghi lại chuyện gì xảy ra và lúc nào.
detention-request = Người bị giam có thể xin trung tâm giam giữ chăm sóc y tế mỗi ngày. Hãy ghi chép lại mỗi lần xin: ngày nào, đã xin gì và câu trả lời.
detention-lawyer = Hãy báo cho luật sư của người đó về mọi vấn đề sức khỏe. Chính luật sư là người có thể đòi hỏi để người đó được chăm sóc và được thả.
detention-letters = Các bác sĩ tình nguyện có thể xem xét sức khỏe của người bị giam và viết thư y tế cho luật sư của họ.
detention-networks = Các mạng lưới kết nối luật sư với những bác sĩ này gồm có { -org-mri } và { -org-nylpi-network }.
detention-records = Bác sĩ tình nguyện xem hồ sơ bệnh án của người đó để viết thư. Hãy đưa cho luật sư mọi giấy tờ y tế bạn có.
detention-parole = Người có nhu cầu sức khỏe khẩn cấp có thể được thả theo diện tạm tha nhân đạo (humanitarian parole). Thư của bác sĩ có thể giúp luật sư xin điều này.
detention-released = Người được thả có nhu cầu sức khỏe nghiêm trọng thường không được ai giúp tìm nơi chăm sóc, và có thể không có bảo hiểm hay phương tiện đi lại.
detention-case-management = { -org-mri } có dịch vụ quản lý hồ sơ (case management) để giúp bệnh nhân tìm bác sĩ sau khi được thả. Hãy mang theo mọi giấy tờ y tế quý vị có.
detention-choice-find = Tìm nơi họ đang bị giam
    .keywords = tìm, ở đâu, o dau, locator
detention-find = Công cụ tìm người bị giam trực tuyến của ICE (locator.ice.gov) có thể cho biết một người đang bị giam ở đâu. Công cụ này không phải lúc nào cũng đúng hay được cập nhật.
detention-dril = ICE cũng có một đường dây điện thoại cho các vấn đề nghiêm trọng khi bị giam. Đây là đường dây của chính ICE: nếu quý vị lo sợ cho tình trạng di trú của chính mình, hãy nhờ luật sư hoặc một người bạn tin cậy gọi.
