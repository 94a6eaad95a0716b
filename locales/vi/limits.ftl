### About this information: its limits, emergencies, and review.
### Sources are recorded on the node in flows/limits.yaml.

limits-not-advice = Đây là thông tin chung, không phải tư vấn pháp lý. Về trường hợp riêng của quý vị, hãy nói chuyện với luật sư.
limits-emergency = Khi khẩn cấp, hãy gọi 911: khi có người cần cảnh sát, cứu hỏa hoặc xe cứu thương ngay lúc này. Nếu không chắc, hãy cứ gọi và họ sẽ quyết định.
limits-choice-privacy = Quyền riêng tư của quý vị ở đây
    .keywords = quyền riêng tư, riêng tư, bảo mật
# Update this date whenever the flows' reviewed dates change.
limits-reviewed = Thông tin này được đối chiếu với các nguồn lần cuối vào tháng 11 năm 2026.
