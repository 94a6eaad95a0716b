### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = 无论您的移民身份如何，您在诊所或医院都享有病人的权利。您想了解什么？
clinic-choice-private = 我的医疗信息保密吗？
    .keywords = 保密, 隐私, 病历
clinic-choice-emergency = 能拒绝给我急诊吗？
    .keywords = 急诊, 急救, 紧急
clinic-choice-officers = 移民执法人员在诊所
clinic-choice-guarded = 我是被羁押的病人
    .keywords = 羁押, 看守
clinic-choice-rights = 我面对执法人员的权利

clinic-private = 医护人员一般必须为您的医疗信息保密。没有法院命令，移民执法人员在法律上不能强迫他们透露。
clinic-emergency = 不能。不能因为您的移民身份拒绝给您紧急医疗。联邦法律保护这一点。
clinic-officers-private-areas = 没有诊所的许可，也没有搜查令，执法人员不能进入诊所的私人区域，比如诊室。
clinic-officers-rights = 无论您在哪里，都可以保持沉默，并要求见律师。
clinic-guarded = 如果您被羁押，执法人员可以留在您身边，检查时也可以。您可以请医生或医院安排时间，和您单独谈话。
clinic-interpreter = 接受联邦资金的医院和诊所必须免费为您提供语言帮助，例如口译员。您可以要求。
