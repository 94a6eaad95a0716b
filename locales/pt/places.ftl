### Names people write for U.S. states, beside the ones the pycountry package knows in this
### language. One message per state that needs one: the name shown first, then other
### spellings, comma-separated. Case and accents are ignored. `kyr check` reports a name
### given to two states.

places-ak = Alasca
places-ca = Califórnia
places-dc = Distrito de Columbia, Washington DC
places-fl = Flórida
places-ga = Geórgia
places-hi = Havaí
places-la = Luisiana
places-ma = Massachusetts, Massachussets
places-nc = Carolina do Norte
places-nd = Dakota do Norte
places-nh = Nova Hampshire
places-nj = Nova Jersey
places-nm = Novo México
places-ny = Nova York
places-pa = Pensilvânia
places-pr = Porto Rico
places-sc = Carolina do Sul
places-sd = Dakota do Sul
places-va = Virgínia
places-wv = Virgínia Ocidental
