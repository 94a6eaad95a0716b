### Names people write for U.S. states, beside the ones the pycountry package knows in this
### language. One message per state that needs one: the name shown first, then other
### spellings, comma-separated. Case and accents are ignored. `kyr check` reports a name
### given to two states.

places-ak = ألاسكا
places-al = ألاباما
places-ar = أركنساس
places-az = أريزونا
places-ca = كاليفورنيا
places-co = كولورادو
places-ct = كونيتيكت
places-dc = واشنطن العاصمة
places-de = ديلاوير
places-fl = فلوريدا
places-ga = جورجيا
places-hi = هاواي
places-ia = آيوا
places-id = أيداهو
places-il = إلينوي
places-in = إنديانا
places-ks = كانساس
places-ky = كنتاكي
places-la = لويزيانا
places-ma = ماساتشوستس
places-md = ماريلاند
places-me = ماين, ولاية مين
places-mi = ميشيغان
places-mn = مينيسوتا
places-mo = ميزوري
places-ms = ميسيسيبي
places-mt = مونتانا
places-nc = كارولاينا الشمالية, كارولينا الشمالية
places-nd = داكوتا الشمالية
places-ne = نبراسكا
places-nh = نيوهامشير, نيو هامشير
places-nj = نيوجيرسي, نيو جيرسي
places-nm = نيومكسيكو, نيو مكسيكو
places-nv = نيفادا
places-ny = نيويورك, نيو يورك
places-oh = أوهايو
places-ok = أوكلاهوما
places-or = أوريغون
places-pa = بنسلفانيا
places-pr = بورتوريكو, بورتو ريكو
places-ri = رود آيلاند
places-sc = كارولاينا الجنوبية, كارولينا الجنوبية
places-sd = داكوتا الجنوبية
places-tn = تينيسي
places-tx = تكساس
places-ut = يوتا
places-va = فيرجينيا
places-vt = فيرمونت
places-wa = واشنطن
places-wi = ويسكونسن
places-wv = فيرجينيا الغربية
places-wy = وايومنغ
