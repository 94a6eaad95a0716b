### Immigration officers at your door or in public.
### Sources for each message are recorded on its node in flows/officers.yaml.

officers-intro = 无论您的移民身份如何，您都享有权利。执法人员在哪里？
officers-choice-door = 在我家门口
    .keywords = 门口, 门, 家
officers-choice-public = 在街上、车里或工作地点
    .keywords = 街上, 公共场所, 车, 工作
officers-choice-warrant = 什么是有效的搜查令？
    .keywords = 搜查令, 令状
officers-choice-inside = 他们还是进来了
officers-choice-silent = 我该说什么？
officers-choice-lawyer = 怎样找律师？
    .keywords = 律师

officers-door-closed = 不要开门。您可以隔着关着的门和他们说话。
officers-door-warrant = 要求他们出示法官签署的搜查令。让他们从门下塞进来，或举到窗前给您看。
officers-warrant-judge = 没有您的许可，执法人员要进入您家，需要有法官签署的搜查令。请看清是不是法官签的，上面有没有您的名字。
officers-warrant-ice = 移民执法人员签署的表格（ICE的I-200或I-205表格）不足以让他们进来。您可以说不。
officers-inside = 如果他们强行进入，不要动手反抗。清楚地说：我不同意你们进入，也不同意搜查。保持冷静。
officers-public-calm = 保持冷静，不要跑。问：我可以走了吗？如果他们说可以，就平静地离开。
officers-public-search = 您不必同意搜查您本人、您的包或您的车。说：我不同意搜查。不要说谎，也不要出示假证件。
officers-silent = 您有权保持沉默。您不必说出您在哪里出生，或是怎样来到美国的。
officers-no-sign = 在和律师谈话之前，不要签署任何东西。
officers-remember = 事后，请记下您记得的：执法人员的姓名、警徽号、车号和所属机构。
officers-lawyer = 您有权和律师谈话。您可以说：我要和律师谈话。如需帮助，可以打电话给：
