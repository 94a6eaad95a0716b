### Words a person can send at any point in a conversation.
### Separate alternatives with commas. Case and accents are ignored.
### A word must not mean two things in one language: `kyr check` reports it.
### STOP, HELP and START words set by carriers (STOP, QUIT, HELP, INFO, ...) always work too.

command-menu = 菜单, 主菜单, 首页
command-back = 返回, 后退, 上一步
command-language = 语言, 换语言
command-help = 帮助, 命令
command-stop = 停止, 退订, 退出, TD
command-start = 开始, 重新开始
command-clear = 删除, 清除, 忘记我
command-card = 权利卡, 红卡, 卡片
