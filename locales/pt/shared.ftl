### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 160 characters cost a message.

# Sent when a message matches no option. The options follow it.
shared-unknown = Desculpe, não entendi. Por favor, envie o número de uma opção.
# Sent after several misunderstood messages in a row. Hotline numbers follow it.
shared-stuck = Ainda com dificuldade? Envie AJUDA para ter ajuda, ou ligue para:
# Sent for HELP. Keep the command words the same as in command.ftl.
shared-help = Envie o número de uma opção. Envie 0 ou MENU para o menu principal, VOLTAR para voltar, IDIOMA para mudar de idioma, APAGAR para apagar esta conversa, PARAR ou STOP para não receber mais mensagens.
# Sent after STOP on channels where the carrier does not confirm it itself.
shared-stopped = Você não vai receber mais mensagens minhas. Envie COMEÇAR para começar de novo.
# Sent after CLEAR: the conversation state has been deleted.
shared-cleared = Eu esqueci esta conversa. Envie qualquer mensagem para começar de novo.
# Sent when the flows changed and the person's place in them no longer exists.
shared-menu-changed = O menu mudou desde a sua última mensagem. Aqui está ele de novo.
# Sent for BACK when there is nowhere to go back to.
shared-back-at-start = Você já está no início.
# Label of the option that returns to the main menu (its key is 0).
shared-choice-menu = Menu principal
# Label of the option that shows the rest of a reply cut short to fit an SMS (its key is 1).
shared-choice-more = Mais
# Said at the end of a topic, before the main menu options.
shared-what-next = O que mais você quer saber?
# Sent for a photo, sticker, voice note, location or edited message: the bot reads only text.
shared-text-only = Eu só consigo ler mensagens de texto. Por favor, envie o número de uma opção.
# Sent when the bot cannot reach its memory for a moment: the main menu and hotlines follow.
shared-degraded = Agora não consigo lembrar onde estávamos. Escreva de novo em alguns minutos. Para ter ajuda agora, ligue para:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = Não consegui apagar esta conversa agora. Por favor, envie APAGAR de novo daqui a um minuto. O que eu lembro é apagado de qualquer forma pouco depois que você para de escrever.
# Sent when no organisation is listed yet for the state a person gave.
# Variables:
#   $value (String) - The state's two-letter code, such as IL.
shared-no-listing = Ainda não há nenhuma organização na lista para { $value }. Envie AJUDA para ver outras formas de conseguir ajuda.
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = Desculpe, não consegui ler isso.
