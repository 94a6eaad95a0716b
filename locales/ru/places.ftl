### Names people write for U.S. states, beside the ones the pycountry package knows in this
### language. One message per state that needs one: the name shown first, then other
### spellings, comma-separated. Case and accents are ignored. `kyr check` reports a name
### given to two states.

places-dc = округ Колумбия, Вашингтон округ Колумбия
places-wa = Вашингтон, штат Вашингтон
