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
officers-choice-lawyer = Làm sao để có luật sư?
    .keywords = luật sư

officers-door-closed = Đừng mở cửa. Quý vị có thể nói chuyện với họ qua cánh cửa đóng.
officers-door-warrant = Hãy yêu cầu họ cho xem lệnh có chữ ký của thẩm phán. Hãy yêu cầu họ luồn lệnh qua khe dưới cửa hoặc giơ lệnh lên trước cửa sổ.
officers-warrant-judge = Để vào nhà quý vị khi quý vị không cho phép, nhân viên di trú cần có lệnh do thẩm phán ký. Hãy kiểm tra xem lệnh có chữ ký của thẩm phán và có tên của quý vị không.
officers-warrant-ice = Một mẫu đơn do nhân viên di trú ký (mẫu I-200 hoặc I-205 của ICE) không đủ để vào nhà. Quý vị có thể từ chối.
officers-inside = Nếu họ xông vào, đừng chống cự. Hãy nói rõ: Tôi không đồng ý cho vào nhà hoặc khám xét. Hãy giữ bình tĩnh.
officers-public-calm = Hãy giữ bình tĩnh và đừng bỏ chạy. Hãy hỏi: Tôi có được tự do rời đi không? Nếu họ nói có, hãy bình tĩnh đi khỏi.
officers-public-search = Quý vị không bắt buộc phải đồng ý để họ khám xét người, túi xách hoặc xe của quý vị. Hãy nói: Tôi không đồng ý khám xét. Đừng nói dối hoặc đưa giấy tờ giả.
officers-silent = Quý vị có quyền giữ im lặng. Quý vị không bắt buộc phải nói mình sinh ra ở đâu hoặc đã đến Hoa Kỳ bằng cách nào.
officers-no-sign = Đừng ký bất cứ giấy tờ gì trước khi nói chuyện với luật sư.
officers-remember = Sau đó, hãy ghi lại những gì quý vị nhớ: tên các nhân viên, số phù hiệu, số xe, và cơ quan của họ.
officers-lawyer = Quý vị có quyền nói chuyện với luật sư. Quý vị có thể nói: Tôi muốn nói chuyện với luật sư. Để được giúp, quý vị có thể gọi:
