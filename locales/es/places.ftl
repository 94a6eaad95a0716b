### Names people write for U.S. states, beside the ones the pycountry package knows in this
### language. One message per state that needs one: the name shown first, then other
### spellings, comma-separated. Case and accents are ignored. `kyr check` reports a name
### given to two states.

places-ca = California, Cali
places-dc = Distrito de Columbia, Washington DC
places-fl = Florida
places-hi = Hawái, Hawai
places-la = Luisiana
places-mo = Misuri
places-ms = Misisipi
places-nc = Carolina del Norte
places-nd = Dakota del Norte
places-nh = Nuevo Hampshire
places-nj = Nueva Jersey
places-nm = Nuevo México
places-ny = Nueva York
places-or = Oregón
places-pa = Pensilvania
places-pr = Puerto Rico
places-sc = Carolina del Sur
places-sd = Dakota del Sur
places-tx = Texas, Tejas
places-wv = Virginia Occidental
