### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = 家人被移民拘留，需要医疗吗？请选一个主题。
detention-choice-find = 查找关押地点
    .keywords = 查找, 在哪里, 在哪, 查询
detention-choice-problems = 医疗拖延或缺失
    .keywords = 药, 药物, 胰岛素, 拖延, 晚
detention-choice-record = 做记录，告诉律师
    .keywords = 记录, 请求, 申请
detention-choice-letters = 给律师的医疗证明信
    .keywords = 信, 证明信, 医生
detention-choice-parole = 因健康原因获释
    .keywords = 假释, 释放
detention-choice-released = 已获释，需要医疗
    .keywords = 已获释, 放出来了

detention-find = ICE的网上被拘留者查询系统（locator.ice.gov）可以显示某人被关押在哪里。信息不一定准确或最新，而且人常被转移：请再查看。
detention-dril = ICE还有一条电话热线，处理拘留中的严重问题。这是ICE自己的热线：如果您担心自己的移民身份，请律师或可信的朋友去打。
detention-emergency = 紧急时，被拘留者应立刻告诉看守，并要求医疗帮助。请打电话给拘留中心，要求找那里的医务人员。
detention-call-line = 如果药物或医疗拖延或缺失，请打ICE处理拘留问题的热线。如果您担心自己的移民身份，请律师或可信的朋友去打。
detention-request = 被拘留者每天都可以书面要求看病。请记下每次请求：日期、要求了什么、得到什么答复。
detention-continuity = 按ICE的规定，被拘留者从到达那天起，就应继续得到所需的药物。请把处方和医生的病历交给律师。
detention-lawyer = 把每个健康问题都告诉这个人的律师。律师可以争取医疗和释放。
detention-letters = 志愿医生可以评估被拘留者的健康状况，并给这个人的律师写医疗证明信。
detention-networks = 把律师和这些医生联系起来的网络有：{ -org-mri }和{ -org-nylpi-network }。他们通过律师工作：请让律师联系他们。
detention-records = 志愿医生会查看被拘留者的病历来写信。请把您手上的医疗文件交给律师。
detention-parole = 有紧急健康需要的人可以向ICE申请人道主义假释（parole）获释。ICE逐案决定，不保证批准。医生的信可以帮助律师申请。
detention-released = 有严重健康问题的人获释后，常常没人帮忙找医生，也可能没有保险或交通工具。
detention-case-management = { -org-mri }提供个案管理，帮病人在获释后找医生。请带上您有的医疗文件。
detention-stress = 拘留会给被拘留者和家人带来很大的压力和恐惧。988热线提供免费、保密的支持，可打电话或发短信，24小时服务：
