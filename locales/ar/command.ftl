### Words a person can send at any point in a conversation.
### Separate alternatives with commas. Case and accents are ignored.
### A word must not mean two things in one language: `kyr check` reports it.
### STOP, HELP and START words set by carriers (STOP, QUIT, HELP, INFO, ...) always work too.

command-menu = القائمة, القائمة الرئيسية, الرئيسية, قائمة
command-back = رجوع, ارجع, السابق, عودة
command-language = لغة, اللغة, اللغات
command-help = مساعدة, ساعدني, الأوامر
command-stop = توقف, أوقف, إيقاف, كفى, الغاء, إلغاء
command-start = ابدأ, بدء, ابدأ من جديد
command-clear = امسح, احذف, انسني, مسح
command-card = بطاقة, البطاقة, بطاقة الحقوق
