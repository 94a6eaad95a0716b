### Find help near you.

nearby-ask = 请发送您的邮编（ZIP）或所在州的名称。
# Variables:
#   $value (String) - The name of the state the person gave, in this language, such as Illinois.
nearby-results = 在{ $value }可以提供帮助的热线：
nearby-choice-national = 全美热线
    .keywords = 全国, 美国
nearby-national = 全美国的热线：
