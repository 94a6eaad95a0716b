### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = 家人被移民拘留，需要医疗吗？请选一个主题。
detention-choice-problems = 医疗拖延或缺失
    .keywords = 药, 药物, 拖延, 晚
detention-choice-letters = 给律师的医疗证明信
    .keywords = 信, 证明信, 医生
detention-choice-parole = 因健康原因获释
    .keywords = 假释, 释放
detention-choice-released = 已获释，需要医疗
    .keywords = 已获释, 放出来了

detention-problems = 拘留中常见的问题：药发得晚，心理健康护理差，紧急时救助慢。请记下发生了什么，是什么时候。
detention-request = 被拘留者每天都可以向拘留中心要求看病。请记下每次请求：日期、要求了什么、得到什么答复。
detention-lawyer = 把每个健康问题都告诉这个人的律师。律师才是能争取医疗和释放的人。
detention-letters = 志愿医生可以评估被拘留者的健康状况，并给这个人的律师写医疗证明信。
detention-networks = 把律师和这些医生联系起来的网络有：{ -org-mri }和{ -org-nylpi-network }。
detention-records = 志愿医生会查看被拘留者的病历来写信。请把您手上的医疗文件交给律师。
detention-parole = 有紧急健康需要的人可以通过人道主义假释（parole）获释。医生的信可以帮助律师申请。
detention-released = 有严重健康问题的人获释后，常常没人帮忙找医生，也可能没有保险或交通工具。
detention-case-management = { -org-mri }提供个案管理，帮病人在获释后找医生。请带上您有的医疗文件。
detention-choice-find = 查找关押地点
    .keywords = 查找, 在哪里, 在哪, 查询
detention-find = ICE的网上被拘留者查询系统（locator.ice.gov）可以显示某人被关押在哪里。信息不一定准确，也不一定是最新的。
detention-dril = ICE还有一条电话热线，处理拘留中的严重问题。这是ICE自己的热线：如果您担心自己的移民身份，请律师或可信的朋友去打。
