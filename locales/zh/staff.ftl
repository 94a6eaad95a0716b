### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = 给诊所和医院工作人员：移民执法人员到来时的应对计划。请选择一个步骤。
staff-choice-prepare = 在他们来之前准备
    .keywords = 准备, 计划
staff-choice-arrive = 执法人员到达时
    .keywords = 到达
staff-choice-warrant = 法官令状还是ICE表格？
    .keywords = 令状, 搜查令, 逮捕令
staff-choice-records = 他们要病人的病历
    .keywords = 病历, 记录, 传票
staff-choice-patients = 保护并告知病人
    .keywords = 病人, 患者

staff-designate = 选定执法人员来时负责应对的员工，并培训所有人了解这些步骤。
staff-private-spaces = 尽量把更多区域标为私人区域：只有病人和他们带来的人可以进入。
staff-telehealth = 提供远程医疗，并把化验和检查集中到较少的几次就诊中，让病人少跑路。
staff-script = 在前台说：我无权表示同意。请在这里等，我去叫负责人。
staff-warrant = 只有法官签署的令状，才能让执法人员未经您同意进入私人区域。移民执法人员签署的ICE表格（I-200或I-205）不行。
staff-warrant-tell = 法官令状顶部写有法院名称，由法官签署。ICE表格写着Department of Homeland Security（国土安全部），由执法人员签署。
staff-warrant-valid = 有效的法官令状必须遵守。看清它涵盖哪些地方和哪些人，并打给贵机构的律师。绝不要阻拦执法人员、说谎或藏匿任何人。
staff-records = 不要当场交出病人病历。把任何法院命令、传票（subpoena）或书面要求交给贵机构的律师：法律只允许某些披露。
staff-document = 记下执法人员的姓名和警徽号，并保留他们出示的任何文件的复印件或照片。
staff-lawyer = 在前台备好贵机构律师和一个法律团体的电话号码。
staff-alert = 准备一个安静的方式，通知病人离开或去安全的地方，不引起恐慌。
staff-referrals = 告诉病人在哪里可以找到免费或低价的法律帮助：
