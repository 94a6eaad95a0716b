### Immigration officers at your door or in public.
### Sources for each message are recorded on its node in flows/officers.yaml.

officers-intro = 无论您的移民身份如何，您都享有权利。执法人员在哪里？
officers-choice-door = 在我家门口
    .keywords = 门口, 门, 家
officers-choice-public = 在街上、车里或工作地点
    .keywords = 街上, 公共场所, 车, 工作
officers-choice-warrant = 什么是有效的令状？
    .keywords = 令状, 搜查令, 逮捕令
officers-choice-inside = 他们还是进来了
officers-choice-silent = 我该说什么？
officers-choice-card = 隔着门出示的卡片
officers-choice-lawyer = 怎样找律师？
    .keywords = 律师
officers-choice-nearby = 我所在州的帮助
    .keywords = 州, 邮编, zip

officers-door-closed = 不要开门。您可以隔着关着的门和他们说话。
officers-card = 这是您的权利卡。把英文一面举到窗前，或从门下塞出去，这样您就不用开门，也不用说话。
officers-door-warrant = 要求他们出示法官签署的令状。让他们从门下塞进来，或举到窗前给您看。
officers-warrant-judge = 没有您的同意（许可），执法人员要进入您家，需要有法官签署的令状。令状顶部写有法院名称，并有法官签名。
officers-warrant-check = 搜查令必须写明您的地址。逮捕令必须写明住在这里的某个人。如果令状有效，让他们做令状允许的事，不要阻拦。
officers-warrant-ice = ICE的表格（I-200或I-205）是移民执法人员签的，不是法官签的。它不允许他们未经您同意进入。您可以说：我不同意。
officers-warrant-force = ICE现在告诉执法人员，如果某人有最终递解令，他们可以凭I-205强行进入。法院正在审理对此的质疑。如果他们强行进入，不要反抗。
officers-inside = 如果他们强行进入，不要动手反抗。清楚地说：我不同意你们进入，也不同意搜查。保持冷静。
officers-inside-after = 不要逃跑，也不要藏匿任何人。记住他们做了什么、说了什么，尽快告诉律师。
officers-public-calm = 保持冷静，不要跑。问：我可以走了吗？如果他们说可以，就平静地离开。
officers-public-search = 您不必同意搜查您本人、您的包或您的车。说：我不同意搜查。不要说谎，也不要出示假证件。
officers-public-anyway = 执法人员可以拍身检查您是否带武器；如果有充分理由认为车里有犯罪证据，也可以搜车。如果他们还是要搜，不要反抗。
officers-silent = 您有权保持沉默。可以说：我选择保持沉默。您不必说出您在哪里出生，或是怎样来到美国的。
officers-papers = 如果您年满18岁，并有有效的移民证件，法律要求您随身携带。绝不要出示假证件。
officers-no-sign = 在和律师谈话之前，不要签署任何东西。
officers-remember = 事后，请记下您记得的：执法人员的姓名、警徽号、车号和所属机构。
officers-lawyer = 您有权请律师，但在移民案件中，政府不会给您免费律师。现在就找免费或低价的帮助：
