### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = 医院和诊所不再是移民执法人员的禁区。无论您的身份如何，您作为病人仍享有权利。您想了解什么？
clinic-choice-private = 我的医疗信息保密吗？
    .keywords = 保密, 隐私, 病历
clinic-choice-emergency = 能拒绝给我急诊吗？
    .keywords = 急诊, 急救, 紧急
clinic-choice-officers = 移民执法人员在诊所
clinic-choice-guarded = 我是被羁押的病人
    .keywords = 羁押, 看守
clinic-choice-rights = 我面对执法人员的权利

clinic-private = 多数情况下，医护人员必须为您的医疗信息保密。但法律允许他们透露部分信息，例如依据法院命令，或执法人员的某些正式要求。
clinic-private-medicaid = 法院已允许Medicaid把您的地址、移民身份等基本资料分享给ICE。您的病历不在这些资料之内。
clinic-emergency = 有急诊室并接受Medicare的医院，必须为您检查，并治疗急症直到病情稳定，不论您的身份或有没有钱。
clinic-emergency-limits = 这项法律不适用于诊所或紧急护理中心（urgent care），而且治疗不是免费的：之后可能会收到账单。紧急时，请去医院急诊室或打911。
clinic-officers-public = 自2025年1月起，执法人员可以在医院和诊所执行逮捕。他们不需令状就可以待在候诊室、停车场等公共区域。
clinic-officers-private-areas = 没有诊所的同意，执法人员要进入诊室等私人区域，需要有法官签署的令状。ICE的表格不够。
clinic-officers-rights = 无论您在哪里，都可以保持沉默，并要求见律师。不要跑，也不要出示假证件。
clinic-guarded = 如果您被羁押，执法人员可以留在您身边，检查时也可以。您可以请医生或医院安排时间，和您单独谈话。
clinic-interpreter = 接受联邦资金的医院和诊所必须免费为您提供语言帮助，例如口译员。您可以要求。
