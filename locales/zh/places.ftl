### Names people write for U.S. states, beside the ones the pycountry package knows in this
### language. One message per state that needs one: the name shown first, then other
### spellings, comma-separated. Case and accents are ignored. `kyr check` reports a name
### given to two states.

places-ca = 加利福尼亚州, 加州
places-dc = 华盛顿哥伦比亚特区, 华盛顿特区
places-fl = 佛罗里达州, 佛州
places-ga = 佐治亚州, 乔治亚州
places-il = 伊利诺伊州, 伊州
places-ma = 马萨诸塞州, 麻州
places-nj = 新泽西州, 纽泽西
places-pa = 宾夕法尼亚州, 宾州
places-tx = 得克萨斯州, 德州, 德克萨斯
places-wa = 华盛顿州, 华州
