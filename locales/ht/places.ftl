### Names people write for U.S. states, beside the ones the pycountry package knows in this
### language. One message per state that needs one: the name shown first, then other
### spellings, comma-separated. Case and accents are ignored. `kyr check` reports a name
### given to two states.

places-ca = Kalifòni, California
places-ct = Konetikèt, Connecticut
places-fl = Florid, Florida
places-ga = Jòji, Georgia
places-il = Ilinwa, Illinois
places-ma = Masachousèt, Massachusetts
places-nj = New Jersey, Nouvo Jèze
places-ny = Nouyòk, New York
places-pr = Pòtoriko, Puerto Rico
places-tx = Teksas, Texas
