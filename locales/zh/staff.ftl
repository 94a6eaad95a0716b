### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = 给诊所和医院工作人员：移民执法人员到来时的应对计划。请选择一个步骤。
staff-choice-prepare = 在他们来之前准备
    .keywords = 准备, 计划
staff-choice-arrive = 执法人员到达时
    .keywords = 到达, 搜查令
staff-choice-patients = 保护并告知病人
    .keywords = 病人, 患者

staff-designate = 选定执法人员来时负责应对的员工，并培训所有人了解这些步骤。
staff-private-spaces = 尽量把更多区域标为私人区域：只有病人和他们带来的人可以进入。
staff-telehealth = 提供远程医疗，并把化验和检查集中到较少的几次就诊中，让病人少跑路。
staff-warrant = 没有贵机构的许可，也没有搜查令，执法人员不能进入机构的私人区域。由指定的员工要求查看搜查令。
staff-confidential = 没有法院命令，不分享病人的信息。
staff-lawyer = 清楚该打给哪位律师或哪个法律团体，并打给他们。
staff-alert = 准备一个安静的方式，通知病人离开或去安全的地方，不引起恐慌。
staff-referrals = 告诉病人在哪里可以找到免费或低价的法律帮助。
