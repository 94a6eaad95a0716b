### Example messages people send, for choosing an answer from what they type.
### One message per line. Write them as people in your community text, not word for word
### from English. The bot only ever answers with reviewed messages; these only pick which one.

understand-officers-intro =
    tôi có quyền gì khi gặp nhân viên di trú
    toi khong co giay to, toi co quyen gi voi ICE
    quyền của mình khi ICE tới là gì
    nếu bị di trú hỏi thì em có quyền gì
    quyen cua nguoi khong co giay to khi gap ICE
    em sợ ICE lắm, mình cần biết quyền gì
    lam sao bao ve minh khi gap nhan vien di tru
    dù không có giấy tờ tôi vẫn có quyền gì không
    cho hỏi quyền lợi khi đụng mặt bên di trú
    ko co giay to thi minh co quyen gi khi gap ICE
    quyền của người nhập cư khi bị di trú hỏi là gì vậy

understand-officers-door =
    ICE đang ở trước cửa nhà tôi
    co nguoi di tru go cua nha em
    họ đang đập cửa nói là ICE, có nên mở không
    ICE dang dung ngoai nha toi bay gio
    nhân viên di trú đứng trước cửa apartment của em
    họ kêu mở cửa ra, em phải làm sao
    co ICE ngoai cua, toi co phai mo cua ko
    nghe gõ cửa hoài, ngoài đó là bên di trú
    di trú tới nhà gõ cửa mà em chưa mở
    ICE knocking cửa nhà mình rồi, làm gì bây giờ
    ICE đang đập cửa nhà tôi
    ben di tru go cua nha em, em so qua
    có 2 người ICE đứng trước cửa nhà em, em chưa mở
    di tru dang go cua nha toi, co phai mo ko

understand-officers-warrant =
    lệnh hợp lệ là như thế nào
    lam sao biet trat co chu ky tham phan
    mẫu I-205 có phải là lệnh của tòa không
    họ đưa tờ I-200 qua khe cửa, vậy có hợp lệ ko
    ICE có cần warrant mới được vào nhà không
    lệnh khám xét phải ghi địa chỉ nhà mình hả
    giay cua ICE khong co ten toa an thi sao
    khác nhau giữa lệnh thẩm phán và giấy của ICE
    trat bat nguoi phai ghi ten ai
    họ đưa warrant qua khe cửa, sao biết có chữ ký thẩm phán ko
    giay cua ICE ko co ten toa an thi co hop le khong

understand-officers-inside =
    ICE xông vào nhà tôi rồi
    ho pha cua vao nha em
    nhân viên di trú đã vào trong nhà mà không xin phép
    họ đẩy cửa vô luôn, giờ sao
    di tru vao nha luc toi dang ngu
    tôi không mở cửa mà họ vẫn vào
    ICE đang lục soát trong nhà em
    ho vao nha roi va muon bat chong em
    họ tự ý vào nhà rồi, em có nên cản không
    ICE vao nha em khong co warrant, dang luc do
    em mở hé cửa thì họ đẩy vô nhà luôn

understand-officers-public =
    ICE chặn tôi ngoài đường
    cảnh sát chặn xe em hỏi giấy tờ
    ICE đang raid chỗ em làm
    di trú đột kích tiệm nail chỗ em làm
    họ đòi lục túi xách em ngoài chợ
    bi ICE chan lai o tram xe buyt
    em bị pull over, họ hỏi em có giấy tờ ko
    họ có được khám xe tôi không
    nhan vien di tru chan toi truoc cua tiem, toi co duoc di khong
    ICE đang ở hãng em làm, em sợ quá
    ICE chặn em ở bãi đậu xe ngoài chợ, em đi được ko
    canh sat muon kham xe toi, toi co phai cho ko
    ICE đang vô tiệm nail chỗ em làm, kiểm tra giấy tờ từng người
    di tru dot kich nha may em lam, em phai lam sao
    em lam o nha hang, ICE vo bep hoi giay to het moi nguoi

understand-officers-silent =
    tôi nên nói gì với nhân viên di trú
    toi co quyen giu im lang khong
    họ hỏi em sinh ở đâu, có phải trả lời không
    có nên ký giấy họ đưa không
    em có phải nói em qua Mỹ bằng cách nào ko
    lam sao noi la toi khong muon tra loi
    họ bắt ký giấy tờ mà em đọc ko hiểu
    không nên nói gì với ICE
    minh co bat buoc phai khai gi voi di tru khong
    em có phải khai em sinh ở đâu cho ICE ko
    toi co the giu im lang khi ho hoi ve giay to khong

understand-officers-lawyer =
    làm sao tìm luật sư di trú
    toi can luat su mien phi
    em không có tiền thuê luật sư
    chỗ nào có luật sư giá rẻ
    chính phủ có cho luật sư miễn phí không
    can lawyer di tru gap
    luật sư di trú nói tiếng Việt ở đâu
    thue luat su di tru het bao nhieu tien
    ai giúp pháp lý miễn phí cho người nhập cư
    tìm lawyer di trú miễn phí ở đâu
    em can luat su di tru ma khong du tien thue

understand-clinic-intro =
    tôi có quyền gì khi đi bệnh viện
    không có giấy tờ đi phòng mạch có sao không
    em sợ đi nhà thương vì không có giấy tờ
    quyen cua benh nhan khong co giay to
    di benh vien co an toan khong neu khong co status
    bệnh viện còn là chỗ an toàn với di trú không
    toi muon biet quyen loi khi di kham benh
    mình không có thẻ xanh đi bác sĩ được không
    không có giấy tờ đi khám bệnh có bị ICE bắt không
    em có hẹn bác sĩ mà sợ di trú, có nên đi không
    mẹ em đang nằm bệnh viện mà cả nhà sợ ICE tới
    ba toi nam vien, toi khong co giay to vao tham co sao khong

understand-clinic-private =
    bệnh viện có đưa thông tin của tôi cho ICE không
    ho so benh an cua toi co duoc giu kin khong
    bác sĩ có báo cho di trú tình trạng của em không
    Medicaid có chia sẻ địa chỉ nhà em với ICE ko
    xin Medi-Cal thì di trú có biết không
    phong mach co bao cao minh cho so di tru ko
    thong tin suc khoe cua em co bi lo ra khong
    họ có được gửi hồ sơ bệnh của mình cho chính phủ không
    bảo mật y tế, bác sĩ có được nói ra không
    phòng khám có báo cho di trú là tôi không có giấy tờ không
    bac si co noi voi di tru ve toi khong
    nếu tôi đi phòng khám họ có báo di trú là tôi không có giấy tờ không
    phong kham co bao cho ICE biet tinh trang cua toi khong
    bac si co dua ho so cua em cho di tru ko
    đi khám bằng Medicaid thì ICE có biết địa chỉ nhà em không

understand-clinic-emergency =
    bệnh viện từ chối cấp cứu tôi
    em không có tiền đi phòng cấp cứu
    khong co giay to thi ER co tu choi minh ko
    đang cấp cứu bây giờ, nên đi đâu
    không có bảo hiểm thì nhà thương có chữa không
    urgent care không nhận em, phải làm sao
    con toi bi sot cao, di emergency co can giay to ko
    đi cấp cứu xong có bị gửi bill không
    benh vien duoi em ve du em dau qua
    em không có bảo hiểm, phòng cấp cứu có được đuổi em về không
    ER khong chiu kham vi toi khong co giay to

understand-clinic-officers =
    có ICE trong phòng chờ của phòng khám
    nhân viên di trú ở bệnh viện em đang khám
    ICE dang o bai dau xe benh vien, em so ra ngoai
    ICE có được bắt người trong bệnh viện không
    em đang đi hẹn bác sĩ thì thấy di trú ở ngoài
    ho co duoc vao phong kham benh khong
    tôi là bệnh nhân, có cảnh sát di trú ở nhà thương
    em sợ đi hẹn vì ICE ở phòng mạch
    di trú đi lòng vòng trong bệnh viện em đang nằm
    ICE ngồi trong phòng chờ phòng mạch, em là bệnh nhân
    co xe ICE dau o bai xe benh vien em dang kham
    có nhân viên di trú ở cửa bệnh viện chỗ ba em đang nằm
    vợ em đang nằm viện mà ICE đi lòng vòng ngoài hành lang

understand-clinic-guarded =
    tôi đang bị giam và bị đưa vào bệnh viện
    co linh gac o trong phong luc bac si kham em
    em bị ICE canh trong bệnh viện
    tôi muốn nói chuyện riêng với bác sĩ mà có người canh
    em bi giam, can thong dich vien tieng Viet o benh vien
    em đang bị giam, có được xin thông dịch miễn phí không
    ho cong tay toi vao giuong benh
    người canh giữ không cho em nói riêng với bác sĩ
    bị giam giữ mà đang nằm bệnh viện, quyền của em là gì
    em đang bị giam mà phải nằm viện, lính gác ở luôn trong phòng
    toi bi ICE giam, co duoc xin thong dich vien tieng Viet ko

understand-detention-intro =
    người nhà tôi bị ICE giam và cần chăm sóc y tế
    chong em bi giam di tru, anh ay dang benh
    ba em bị bắt giam, ông có bệnh
    người thân bị giam ở trại di trú cần đi bác sĩ
    em trai bị ICE bắt, nó có vấn đề sức khỏe
    me toi dang bi giam o trai di tru, ba bi benh
    cần giúp cho người nhà đang bị giam mà bệnh
    gia dinh co nguoi bi giam di tru can cham soc suc khoe
    chồng em bị ICE giam mà đang bệnh cần chữa
    nguoi nha bi giam di tru, can gap bac si

understand-detention-find =
    làm sao tìm chồng tôi đang bị giam ở đâu
    ICE bat ba em roi, khong biet o dau
    họ chuyển anh tôi đi đâu rồi không biết
    tim nguoi bi giam di tru nhu the nao
    tra locator ICE mà không thấy tên
    con trai tôi bị giam ở trại nào
    em cần tìm vợ em bị di trú bắt hôm qua
    khong biet nguoi nha bi dua di dau tu khi bi bat
    tra cứu người bị ICE giam giữ ở đâu
    ICE bắt anh em hôm qua, giờ không biết giam ở đâu
    tra locator hoài mà không ra tên ba em

understand-detention-problems =
    họ không cho mẹ tôi uống thuốc trong trại giam
    anh em bi giam ma khong duoc di bac si
    chồng em bị tiểu đường mà không được cho insulin
    cấp cứu, ba em đang bệnh nặng trong trại giam
    xin gặp bác sĩ nhiều lần mà họ không cho
    bi giam mot tuan khong co thuoc huyet ap
    lính gác không chịu đưa nó đi bệnh viện
    muon khieu nai vi trai giam khong chua benh cho ba
    vợ em đang có bầu trong trại giam mà không được khám
    ba em trong trại giam cả tuần không có thuốc huyết áp
    xin bác sĩ cho chồng em trong trại mà họ không cho gặp

understand-detention-record =
    làm sao ghi lại các lần xin khám bệnh
    anh ấy có nên viết giấy xin khám mỗi ngày không
    co nen gui toa thuoc cho luat su khong
    em muốn ghi chép mỗi lần ba xin gặp bác sĩ
    lam sao bao cho luat su ve benh cua chong em
    cần ghi gì khi xin chăm sóc y tế trong trại
    em có toa thuốc của bác sĩ, làm gì với nó
    giu bang chung la ho khong cho thuoc
    có cần báo luật sư mọi vấn đề sức khỏe không
    làm sao giữ bằng chứng mỗi lần anh ấy xin đi khám trong trại
    ghi ngay va cau tra loi moi lan xin thuoc de dua luat su

understand-detention-letters =
    làm sao xin thư bác sĩ cho luật sư
    luat su can thu y te
    có bác sĩ tình nguyện xem hồ sơ bệnh không
    thư y tế có giúp cho hồ sơ của anh ấy không
    bác sĩ nào viết thư cho người bị giam giữ
    Medical Review for Immigrants làm việc sao
    can giay xac nhan cua bac si de luat su nop
    bac si tinh nguyen viet thu cho nguoi bi ICE giam
    xin letter bác sĩ cho lawyer của ba em
    luật sư cần thư bác sĩ, xin ở đâu
    co bac si tinh nguyen viet thu cho nguoi bi giam khong

understand-detention-parole =
    có thể được thả vì lý do sức khỏe không
    lam sao xin tha vi benh nang
    humanitarian parole cho người bệnh trong trại giam
    ba em bị ung thư, ICE có thả không
    ICE có thả người bệnh nặng không
    xin ICE thả mẹ em ra vì bệnh
    tam tha nhan dao lam don the nao
    anh ấy có được ra để đi chữa bệnh không
    vợ em có bầu lại bệnh, có xin thả được ko
    chồng em bệnh nặng, xin ICE thả ra được không
    humanitarian parole la gi, me em benh nang trong trai

understand-detention-released =
    anh tôi được thả nhưng cần chữa bệnh
    ba em moi duoc tha ma khong co bao hiem
    ICE thả chồng em rồi, đi bác sĩ ở đâu
    ra trại giam rồi mà bệnh nặng, có chỗ nào giúp
    từ lúc được thả em bị stress và mất ngủ hoài
    em cần nói chuyện với ai đó, từ khi ra trại em sợ lắm
    duoc tha roi nhung khong co xe di kham
    sau khi ra khỏi trại giam tìm bác sĩ ở đâu
    mẹ em mới ra, không biết tiếp tục chữa bệnh ở đâu
    ba em mới được thả, không có bảo hiểm đi bác sĩ
    duoc tha roi ma can thuoc, tim bac si o dau

understand-limits-about =
    đây có phải tư vấn pháp lý không
    các bạn là ai
    thông tin này có đáng tin không
    co phai luat su tra loi khong
    ai làm ra cái bot này
    đây là máy trả lời tự động hả
    thong tin nay moi cap nhat khong
    tôi dùng cái này cho hồ sơ của mình được không
    nguon thong tin lay tu dau
    đây là luật sư thật hay là bot
    thong tin nay co phai tu van phap ly ko

understand-privacy-intro =
    các bạn có lưu tin nhắn của tôi không
    ai có thể đọc những gì em viết ở đây
    nhắn tin ở đây có an toàn không
    co luu so dien thoai cua toi khong
    bot có biết tên em không
    ICE có xem được cuộc nói chuyện này không
    quyen rieng tu cua toi o day the nao
    em nói ở đây có sợ bị lộ không
    co ghi lai nhung gi toi noi khong
    các bạn có giữ số điện thoại của em không
    nhan tin o day co an toan khong, ICE co biet ko

understand-privacy-sms =
    tin nhắn SMS có được mã hóa không
    cong ty dien thoai co doc duoc tin nhan nay ko
    chính phủ có lấy được tin nhắn của em không
    nhắn text có an toàn không
    Twilio có giữ tin nhắn không
    Verizon co dua tin nhan cho ICE khong
    tin nhắn điện thoại có riêng tư không
    nhắn SMS thì ai đọc được
    text message co bi luu lai khong
    tin nhắn SMS em gửi có ai đọc được không
    cong ty dien thoai co giu tin nhan em gui ko

understand-privacy-telegram =
    Telegram có an toàn không
    Telegram co luu chat tren server khong
    chat Telegram này có mã hóa không
    ai đọc được tin nhắn của em trên Telegram
    nhắn Telegram có an toàn hơn SMS không
    Telegram có đưa tin nhắn cho chính phủ không
    telegram co rieng tu hon tin nhan thuong ko
    em xài Telegram có sao không
    Telegram có lưu tin nhắn trên máy chủ không
    telegram giu cuoc tro chuyen nay o dau
    Telegram có giữ tin nhắn này không
    nhan tren telegram co an toan hon ko

understand-privacy-delete =
    làm sao xóa cuộc trò chuyện này
    toi muon xoa het tin nhan o day
    làm sao để bot quên hết những gì em nói
    xoa doan chat nay giup em
    cách xóa lịch sử chat
    xóa tin nhắn trên điện thoại như thế nào
    em muốn xóa cuộc nói chuyện trên Telegram
    co cach nao xoa sach cuoc tro chuyen ko
    xóa hết tin nhắn em gửi ở đây được không
    lam sao xoa cuoc tro chuyen tren telegram

understand-staff-intro =
    tôi làm ở phòng khám, kế hoạch khi ICE đến là gì
    em là nhân viên bệnh viện, phải làm gì với di trú
    y tá cần biết gì khi ICE tới
    quy trình cho phòng mạch khi gặp nhân viên di trú
    em làm lễ tân phòng khám, có hướng dẫn gì về ICE
    huong dan cho nhan vien phong kham ve di tru
    trung tam y te cong dong cua chung toi can ke hoach ve ICE
    toi la bac si, neu di tru vao phong kham thi lam sao
    phòng khám cần kế hoạch gì khi ICE tới
    huong dan cho nhan vien benh vien ve ICE
    em là y tá bệnh viện, nếu ICE tới thì nhân viên làm gì
    toi lam le tan phong kham, co quy trinh gi khi di tru den
    em làm bảo vệ bệnh viện, gặp ICE thì phải làm sao

understand-staff-prepare =
    phòng khám cần chuẩn bị gì trước khi ICE đến
    huấn luyện nhân viên về di trú như thế nào
    làm sao đánh dấu khu vực riêng tư trong phòng khám
    chúng tôi muốn lập kế hoạch trước phòng khi ICE tới
    ai trong phòng khám nên ra nói chuyện với di trú
    co nen dung telehealth de benh nhan it phai di lai
    phong kham can chuan bi gi bay gio truoc khi ho toi
    chuan bi benh vien cho truong hop ICE toi
    dán bảng khu vực riêng có giúp được không
    phòng mạch nên chuẩn bị gì trước khi di trú tới
    huan luyen nhan vien phong kham ve ICE the nao

understand-staff-arrive =
    ICE đang ở quầy tiếp tân phòng khám
    nhân viên di trú đứng ở front desk, em là lễ tân
    ICE vua toi phong kham chung toi
    họ đòi vào phòng khám bệnh, nhân viên phải nói gì
    di trú đang ở sảnh bệnh viện, tôi làm ở đây
    em đang trực quầy thì ICE tới hỏi
    ho muon vao khu vuc rieng cua phong kham, toi la nhan vien
    ICE tới phòng khám rồi, nhân viên phải làm gì ngay
    chung toi la nhan vien, ICE dang trong phong cho
    ICE đang đứng ở quầy tiếp tân phòng khám bây giờ
    di tru vua vao sanh benh vien doi vao khu benh nhan
    em là lễ tân, ICE đang ở front desk đòi vào trong, em nói gì
    toi la y ta, nhan vien di tru dang o hanh lang muon vao phong benh
    em làm bảo vệ, ICE đang ở cửa bệnh viện, có cho vào không

understand-staff-warrant =
    họ đưa giấy ở phòng khám, là lệnh thẩm phán hay mẫu ICE
    nhân viên làm sao biết lệnh có hợp lệ không
    giấy ghi Department of Homeland Security, phòng khám có phải làm theo
    lenh do nhan vien ky khong phai tham phan, phong kham co phai cho vao
    bệnh viện có phải làm theo lệnh của tòa không
    mẫu I-200 có cho họ vào phòng khám không
    phan biet lenh toa an va giay ICE cho phong kham
    co lenh tham phan thi phai goi luat su benh vien ha
    nhân viên phòng khám làm sao phân biệt lệnh của tòa án với giấy của ICE
    họ đưa giấy ở quầy, sao biết là lệnh thẩm phán hay mẫu ICE
    giay ICE ko co chu ky tham phan, phong kham co phai cho vao ko

understand-staff-records =
    ICE đòi hồ sơ bệnh nhân
    họ muốn bản sao hồ sơ y tế của một bệnh nhân
    phong kham co phai dua ho so benh nhan cho di tru ko
    họ đưa subpoena đòi hồ sơ bệnh nhân
    nhân viên di trú hỏi danh sách bệnh nhân của phòng khám
    em là thư ký, họ đòi xem hồ sơ bệnh nhân
    co duoc tu choi dua ho so y te cho ICE khong
    họ hỏi thông tin một bệnh nhân ở quầy
    lenh toa doi ho so benh nhan, phong kham lam gi
    ICE đòi hồ sơ bệnh nhân ở phòng khám của chúng tôi
    nhan vien ICE muon lay ho so benh nhan, co phai dua khong
    ICE đòi bản sao hồ sơ bệnh nhân, phòng khám có phải đưa không
    co subpoena doi ho so benh nhan thi lam gi

understand-staff-patients =
    làm sao báo cho bệnh nhân mà không làm họ hoảng
    phòng khám thông báo cho bệnh nhân về quyền của họ thế nào
    bệnh nhân tìm giúp đỡ pháp lý miễn phí ở đâu
    lam sao bao ve benh nhan cua chung toi khi ICE toi
    cần cách kín đáo để bảo bệnh nhân rời đi
    dua benh nhan di dau cho an toan
    muốn đưa bệnh nhân danh sách luật sư miễn phí
    thong tin phap ly cho benh nhan nhap cu
    phòng mạch nên nói gì với bệnh nhân di dân
    làm sao báo bệnh nhân rời đi mà không làm họ hoảng
    chi benh nhan cho tro giup phap ly mien phi

understand-nearby-ask =
    tìm giúp đỡ gần tôi
    to chuc giup nguoi nhap cu o tieu bang toi
    có đường dây nóng ở California không
    em ở San Jose, có chỗ nào giúp không
    hội người Việt giúp di trú ở Houston
    nhóm nào giúp người nhập cư gần nhà em
    toi o Orange County can giup do o dia phuong
    co trung tam cong dong nao gan day khong
    hotline o tieu bang minh
    em ở Houston, có chỗ nào giúp người nhập cư không
    tim to chuc giup di tru gan nha o Seattle

## Short forms people type in SMS, as `short = long`, comma-separated (may be empty for a
## language that has none; then write a single line: understand-spellings = -)
understand-spellings = ko = khong, k = khong, kh = khong, hok = khong, dc = duoc, j = gi, ng = nguoi, vs = voi, r = roi, bit = biet, lm = lam, trc = truoc, cx = cung, ck = chong, vk = vo

## Sentences that ask the bot to stop texting (an opt-out). One per line.
understand-stop =
    đừng nhắn tin cho tôi nữa
    dung nhan tin cho em nua
    ngưng gửi tin nhắn cho tôi
    xóa số của tôi khỏi danh sách này
    tôi không muốn nhận mấy tin nhắn này nữa
    khong muon nhan tin nhan nua
    làm ơn đừng gửi tin cho em nữa
    hủy đăng ký nhận tin nhắn cho tôi
    unsubscribe em khỏi danh sách
    xin vui lòng ngừng gửi tin nhắn cho tôi
    đừng có nhắn nữa, phiền quá
    thôi đừng nhắn nữa
    đừng text cho em nữa
    xóa em khỏi danh sách nhắn tin đi
    để em yên, đừng gửi mấy tin này nữa
    bạn là ai mà nhắn hoài, đừng nhắn cho tôi nữa
    ban la ai? dung nhan tin cho toi nua
    tôi đâu có đăng ký cái này, đừng nhắn nữa
    em khong co dang ky, ngung gui tin di
    nhầm số rồi, đừng nhắn tin nữa
    sai so roi, dung nhan nua
    xóa số của tôi đi, đừng nhắn nữa
    xoa so cua em khoi danh sach di
    để tôi yên đi
    de tui yen, dung nhan nua
    thôi đủ rồi, đừng gửi tin nhắn nữa
    huy dang ky cho em
    đừng làm phiền tôi nữa
    dung bao gio nhan cho toi nua
    tui hok muon nhan may tin nay
    em không có nhu cầu, đừng gửi nữa
    ngung nhan tin di, toi khong co nhu cau
    các bạn ngừng nhắn tin cho tôi đi
    kính mong quý vị ngưng gửi tin nhắn cho tôi
    nhắn hoài phiền quá, đừng nhắn nữa

## Tin nhắn về những chuyện dịch vụ này không có câu trả lời, mỗi dòng một tin: chuyện phiếm, thời tiết,
## thể thao, món ăn, chuyển tiền, việc vặt khác. Tin nhắn nào giống những tin này hơn mọi chủ đề thì không
## được trả lời như một chủ đề (mà là gợi ý và các lựa chọn thường lệ). Đừng bao giờ đặt chữ của một chủ đề vào đây.
understand-elsewhere =
    mấy giờ rồi
    hôm nay thời tiết sao
    mai co mua khong
    đội nào thắng vậy
    toi qua ti so bao nhieu
    kể chuyện cười đi
    haha ok
    cảm ơn nhiều nha
    ok cam on bye
    chúc ngủ ngon
    chúc mừng sinh nhật
    gửi tiền về việt nam phí bao nhiêu
    gui tien ve vn cach nao re nhat
    tỷ giá đô hôm nay bao nhiêu
    mua điện thoại rẻ ở đâu
    cách nấu phở bò
    quán phở nào ngon
    coi phim gì hay
    giải giùm bài tập toán với
    xe bị hư sửa sao
    em đang kiếm việc làm
    cây xăng gần nhất ở đâu
    chao ban khoe khong
    ban khoe ko
    tôi muốn đăng ký học tiếng anh
    đăng ký tài khoản mới
    tôi không ngừng khóc được
    mưa không ngừng
    không ngừng suy nghĩ
