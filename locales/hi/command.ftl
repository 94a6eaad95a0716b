### Words a person can send at any point in a conversation.
### Separate alternatives with commas. Case and accents are ignored.
### A word must not mean two things in one language: `kyr check` reports it.
### STOP, HELP and START words set by carriers (STOP, QUIT, HELP, INFO, ...) always work too.
### Hindi: Devanagari words plus common romanized forms that are not English or Spanish words.

command-menu = मेनू, मुख्य मेनू, mukhya menu
command-back = वापस, पीछे, wapas, vapas, peeche
command-language = भाषा, bhasha
command-help = मदद, सहायता, madad, sahayata
command-stop = बंद, बंद करो, बंद करें, band karo
command-start = शुरू, शुरू करो, शुरू करें, shuru
command-clear = मिटाओ, मिटाएँ, मुझे भूल जाओ, डिलीट, mitao
command-card = कार्ड, लाल कार्ड, अधिकार कार्ड
