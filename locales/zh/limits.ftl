### About this information: its limits, emergencies, and review.
### Sources are recorded on the node in flows/limits.yaml.

limits-not-advice = 这是一般信息，不是法律建议。关于您自己的情况，请咨询律师。
limits-emergency = 紧急情况请拨打911：有人现在就需要警察、消防或救护车时。如果不确定，就打过去，由他们来判断。
limits-choice-privacy = 您在这里的隐私
    .keywords = 隐私
# Update this date whenever the flows' reviewed dates change.
limits-reviewed = 本信息最后一次根据来源核对是在2026年11月。
