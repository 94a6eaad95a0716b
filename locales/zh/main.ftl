### The main menu and the language menu.

# First message to someone who writes for the first time.
main-welcome = 您好。我免费提供您在美国的权利信息。这是信息，不是法律建议。
# `.buttons` is said instead where the options are buttons (Telegram): no number to send.
main-menu-prompt = 您想了解什么？请发数字。
    .buttons = 您想了解什么？
main-choice-officers = 执法人员上门或在外面
    .keywords = ice, 执法人员, 移民局, 移民, 门口, 街上, 警察
main-choice-clinic = 在诊所或医院
    .keywords = 诊所, 医院, 医生
main-choice-detention = 家人被拘留，需要医疗
    .keywords = 拘留, 被拘留, 关押
main-choice-nearby = 找附近的帮助
    .keywords = 附近, 邮编, zip, 热线
main-choice-staff = 诊所工作人员
    .keywords = 员工, 工作人员, 医护人员
main-choice-limits = 关于本服务
    .keywords = 关于, 紧急, 911, 隐私
main-choice-language = 更换语言
main-language-prompt = 请选择您的语言。请发数字。
    .buttons = 请选择您的语言。
