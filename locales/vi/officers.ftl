### Immigration officers at your door or in public.
### Sources for each message are recorded on its node in flows/officers.yaml.

officers-intro = Quý vị có quyền, dù tình trạng di trú của quý vị là gì. Nhân viên di trú đang ở đâu?
officers-choice-door = Ở cửa nhà tôi
    .keywords = cửa, cửa nhà, nhà
officers-choice-public = Ngoài đường, trong xe hay ở chỗ làm
    .keywords = ngoài đường, ngoai duong, đường, duong, công cộng, xe, nơi làm, chỗ làm
officers-choice-warrant = Lệnh hợp lệ là gì?
    .keywords = lệnh, trát
officers-choice-inside = Họ vẫn cứ vào nhà
officers-choice-silent = Tôi nên nói gì?
officers-choice-card = Thẻ để cho xem qua cửa
officers-choice-lawyer = Làm sao để có luật sư?
    .keywords = luật sư
officers-choice-nearby = Trợ giúp ở tiểu bang tôi
    .keywords = tiểu bang, bang, zip, mã zip

officers-door-closed = Đừng mở cửa. Quý vị có thể nói chuyện với họ qua cánh cửa đóng.
officers-card = Đây là thẻ quyền của quý vị. Hãy giơ mặt tiếng Anh lên trước cửa sổ hoặc luồn thẻ qua khe dưới cửa, để quý vị không phải mở cửa hay nói chuyện.
officers-door-warrant = Hãy yêu cầu họ cho xem lệnh có chữ ký của thẩm phán. Hãy yêu cầu họ luồn lệnh qua khe dưới cửa hoặc giơ lệnh lên trước cửa sổ.
officers-warrant-judge = Để vào nhà khi quý vị không đồng ý (cho phép), nhân viên di trú cần lệnh do thẩm phán ký. Lệnh này ghi tên một tòa án ở trên cùng và có chữ ký thẩm phán.
officers-warrant-check = Lệnh khám xét phải ghi địa chỉ của quý vị. Lệnh bắt phải ghi tên một người sống ở đó. Nếu lệnh hợp lệ, hãy để họ làm những gì lệnh cho phép và đừng cản trở.
officers-warrant-ice = Mẫu đơn ICE (I-200 hoặc I-205) do nhân viên di trú ký, không phải thẩm phán. Nó không cho phép họ vào nhà khi quý vị không đồng ý. Quý vị có thể nói: Tôi không đồng ý.
officers-warrant-force = ICE nay bảo nhân viên rằng họ có thể xông vào nhà với mẫu I-205 nếu một người có lệnh trục xuất chung thẩm. Việc này đang bị khiếu kiện tại tòa. Nếu họ xông vào, đừng chống cự.
officers-inside = Nếu họ xông vào, đừng chống cự. Hãy nói rõ: Tôi không đồng ý cho vào nhà hoặc khám xét. Hãy giữ bình tĩnh.
officers-inside-after = Đừng bỏ chạy hay giấu ai. Hãy nhớ những gì họ đã làm và đã nói, và báo cho luật sư càng sớm càng tốt.
officers-public-calm = Hãy giữ bình tĩnh và đừng bỏ chạy. Hãy hỏi: Tôi có được tự do rời đi không? Nếu họ nói có, hãy bình tĩnh đi khỏi.
officers-public-search = Quý vị không bắt buộc phải đồng ý để họ khám xét người, túi xách hoặc xe của quý vị. Hãy nói: Tôi không đồng ý khám xét. Đừng nói dối hoặc đưa giấy tờ giả.
officers-public-anyway = Nhân viên di trú có thể khám ngoài quần áo để tìm vũ khí, và khám xe nếu có lý do chính đáng để tin trong xe có bằng chứng phạm tội. Nếu họ vẫn khám, đừng chống cự.
officers-silent = Quý vị có quyền giữ im lặng. Hãy nói: Tôi chọn giữ im lặng. Quý vị không bắt buộc phải nói mình sinh ra ở đâu hoặc đã đến Hoa Kỳ bằng cách nào.
officers-papers = Nếu quý vị từ 18 tuổi trở lên và có giấy tờ di trú hợp lệ, luật đòi hỏi quý vị mang theo. Đừng bao giờ đưa giấy tờ giả.
officers-no-sign = Đừng ký bất cứ giấy tờ gì trước khi nói chuyện với luật sư.
officers-remember = Sau đó, hãy ghi lại những gì quý vị nhớ: tên các nhân viên, số phù hiệu, số xe, và cơ quan của họ.
officers-lawyer = Quý vị có quyền có luật sư, nhưng trong các vụ di trú, chính phủ không cấp luật sư miễn phí. Hãy tìm trợ giúp miễn phí hoặc chi phí thấp ngay:
