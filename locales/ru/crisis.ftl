### The safety net: said first, above every topic, when a message tells of a medical emergency
### or of despair. Each reply must fit one SMS page (Russian is sent as UCS-2): the number to
### call is never behind "More". Sources are recorded on the node in flows/crisis.yaml.

# Said when a message tells of a medical emergency happening now.
crisis-emergency = Звоните 911 сейчас, даже если рядом агенты. В экстренном случае приемный покой обязан осмотреть и лечить вас при любом статусе и доходе.
# Said when a message tells of despair, or of thoughts of suicide or self-harm, for oneself or
# someone else. Texting 988 works in English and Spanish only: the interpreter is for calls.
crisis-despair = Вы не одни. Звоните (есть переводчик) или пишите на 988 для себя или близкого: бесплатно, конфиденциально, днем и ночью. Кто-то в опасности сейчас? Звоните 911.

## Signs of each situation, one phrase per line, as people write them (with and without ё/й,
## slang, translit). A phrase matches when its words come in this order, with at most one other
## word between two of them; a word ending in * matches every word it begins.

crisis-signs-emergency =
    не дыш*
    перестал* дышать
    нечем дышать
    трудно дышать
    тяжело дышать
    задыха*
    нет пульса
    остановка сердца
    бол* в груди
    инфаркт*
    сердечный приступ
    инсульт*
    парали*
    перекосило лицо
    обморок*
    сознани*
    не приходит в себя
    не реагирует
    не просыпается
    разбудить
    вырубил*
    упал* не встает
    судорог*
    припад*
    приступ эпилеп*
    передоз*
    наглотал*
    пачку таблеток
    много таблеток
    отрав*
    кровотечени*
    истека* кровью
    много крови
    кровь не останавливается
    подстрелил*
    стреля*
    огнестрел*
    ножев*
    ножом
    поперхнул*
    подавил*
    анафилак*
    аллергическ* реакци*
    отек квинке
    отек горла
    приступ астмы
    рожает
    рожаю
    начались роды
    схватки
    отошли воды
    воды отошли
    выкидыш*
    сбил* машин*
    машина сбила
    умирает
    умираю
    при смерти
    скорую
    скорая
    звон* 911
    позвон* 911
    срочно врач*
    ne dysh*
    zadyha*
    infarkt*
    insult*
    peredoz*
    krovotechen*
    skoruyu

crisis-signs-despair =
    поконч* собой
    покончить с жизнью
    поконч* со всем
    убить себя
    убью себя
    убьет себя
    убиться
    суицид*
    суецид*
    самоубийств*
    хоч* умереть
    хоч* сдохнуть
    лучше сдохнуть
    не хочу жить
    не хочется жить
    жить не хоч*
    незачем жить
    смысла жить
    смысла в жизни
    жизнь бессмысл*
    лучше бы умер*
    лучше умереть
    лучше бы меня не было
    лучше без меня
    счеты с жизнью
    уйти из жизни
    налож* на себя руки
    руки на себя
    повеситься
    повешусь
    повесился
    повесилась
    выброшусь
    выброситься
    спрыгн* с крыши
    прыгн* с моста
    вскр* вены
    порез* вены
    реж* вены
    реж* себя
    себя реж*
    резать себя
    порез* себя
    режу руки
    навредить себе
    вред себе
    себе вред
    себе больно
    самоповрежд*
    не могу больше так
    больше так не могу
    сил больше нет
    больше нет сил
    нет сил жить
    не выдерживаю
    устал* жить
    надоело жить
    жить надоело
    нет надежды
    потерял* надежду
    все безнадежно
    безнадег*
    хочу исчезнуть
    не хочу просыпаться
    hochu umeret
    ne hochu zhit
    ubit sebya
    pokonch* s sob*
    suitsid*
    samoubi*
