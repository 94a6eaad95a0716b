### 权利卡：一张图片，可以存在手机里、举到窗前，或从门下塞出去。
### 本人的一面用中文。给执法人员看的一面始终是英文（在英文文件中），不翻译。
### 每一行的来源记录在 flows/card.yaml 中。

## 本人的一面，用本人的语言。

card-person-title = 您的权利
card-person-door = 不要开门。您可以隔着关着的门说话。
card-person-warrant = 要求出示法官签署的令状。让他们从门下塞进来，或举到窗前给您看。
card-person-silent = 您有权保持沉默。
card-person-sign = 在和律师谈话之前，不要签署任何东西。
card-person-show = 把这张卡的另一面给执法人员看。
# 放在显示执法人员一面的短信下方，供收不到图片的手机使用。
# Variables:
#   $link (String) - The address of the card's picture, such as https://kyr.example.org/cards/zh.png.
card-link = 卡片图片：{ $link }
