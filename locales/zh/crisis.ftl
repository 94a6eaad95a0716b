### The safety net: said first, above every topic, when a message tells of a medical emergency
### or of despair. Each reply must fit one SMS page in your language (`kyr check` measures it,
### with the longest option label after it): the number to call is never behind "More".
### Sources are recorded on the node in flows/crisis.yaml.

# Said when a message tells of a medical emergency happening now.
crisis-emergency = 请现在就打911。紧急情况下，医院急诊室必须为您检查和治疗，不论您的身份或有没有钱。即使执法人员在场，也要打911。
# Said when a message tells of despair, or of thoughts of suicide or self-harm, for oneself or
# someone else.
crisis-despair = 您不是一个人。为了您自己或您爱的人，都可以打电话或发短信到988：免费、保密，白天晚上都可以。打电话可以请口译员。如果现在有人可能会受伤，请打911。

## Signs of each situation, one phrase per line, as people in your community write them: the
## bot looks for every language's signs in every message. Chinese phrases (no spaces) match
## where their characters stand together in a message, so each line is a short core, in
## simplified and, for the commonest, traditional characters. Be generous: a message that
## shows a sign gets 911 or 988 first, and an extra line costs far less than a missed one.
## Never list an option keyword alone (急诊, 急救, 紧急, 911): it would stop choosing the option.

crisis-signs-emergency =
    呼吸
    喘不
    透不过
    心脏病发
    心臟病發
    心梗
    肌梗
    心跳停
    胸口
    胸痛
    中风
    中風
    溢血
    昏迷
    不省人事
    失去知
    叫不醒
    醒不
    晕倒
    暈倒
    昏倒
    晕过去
    昏過
    倒在地
    抽搐
    癫痫
    羊癫疯
    过量
    過量
    很多药
    安眠药
    中毒
    农药
    出血
    流血
    很多血
    血流不止
    止不住血
    流产
    中枪
    中槍
    中弹
    被枪
    开枪
    被捅
    捅了
    被砍
    刀伤
    刺伤
    噎
    休克
    严重过敏
    过敏反应
    喉咙肿
    喘发作
    要生了
    羊水破
    破水
    阵痛
    车撞
    車撞
    车祸
    車禍
    快死了
    要死了
    快不行了
    救护车
    救護車
    打911
    医疗紧急

crisis-signs-despair =
    想死
    想去死
    不想活
    不想再活
    活不下去
    活着没
    活著沒
    活着好累
    死了算了
    不如死
    死了更好
    自杀
    自殺
    轻生
    輕生
    寻死
    尋死
    寻短见
    想不开
    想不開
    一了百了
    结束生命
    結束生命
    结束自己
    結束自己
    了结自己
    了断
    了斷
    杀了自己
    殺了自己
    杀死自己
    自残
    自殘
    自伤
    自傷
    伤害自己
    傷害自己
    割腕
    割手
    割自己
    撑不
    撐不
    熬不下去
    坚持不下
    过不下去
    過不下去
    受不了了
    绝望
    絕望
    没有希望
    沒有希望
    没希望
    活下去的理由
    生无可恋
    生無可戀
    活够了
    跳楼
    跳樓
    上吊
    烧炭
    想消失
    不想醒
