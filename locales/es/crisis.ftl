### La red de seguridad: se dice primero, antes de cualquier tema, cuando un mensaje cuenta una
### emergencia médica o desesperación. Cada respuesta debe caber en una página de SMS.
### Las fuentes están en el nodo, en flows/crisis.yaml.

crisis-emergency = Llame al 911 ahora. En una emergencia, la sala de emergencias de un hospital debe revisarle y atenderle, sin importar su estatus ni su dinero. Si hay agentes ahí, llame al 911 igual.
crisis-despair = No está solo. Llame o escriba al 988, por usted o por alguien que quiere: gratis y privado, de día o de noche. En español: marque 2 o escriba AYUDA al 988. Si alguien puede salir herido ahora, llame al 911.

## Señales de cada situación, una frase por línea, como la gente escribe.

crisis-signs-emergency =
    no respira
    no puede respirar
    dejo de respirar
    le cuesta respirar
    se esta ahogando
    se ahoga
    ataque al corazon
    ataque cardiaco
    infarto
    derrame cerebral
    embolia
    inconsciente
    no reacciona
    no despierta
    se desmayo
    desmayad*
    convulsion*
    ataque epileptico
    sobredosis
    muchas pastillas
    se tomo las pastillas
    envenen*
    veneno
    sangra mucho
    sangrando mucho
    mucha sangre
    no para de sangrar
    le dispararon
    balead*
    apunalad*
    acuchillad*
    se atraganto
    atragantad*
    reaccion alergica
    se le cierra la garganta
    ataque de asma
    dolor de pecho
    dolor en el pecho
    duele el pecho
    esta de parto
    rompio la fuente
    rompio fuente
    embarazada y sangrando
    atropell*
    se esta muriendo
    se muere
    ambulancia
    llamar al 911
    llamo al 911
    emergencia medica

crisis-signs-despair =
    me quiero matar
    quiero matarme
    matarme
    me voy a matar
    suicid*
    quiero morir
    quiero morirme
    me quiero morir
    no quiero vivir
    no quiero seguir viviendo
    mejor muerto
    mejor muerta
    estuviera muerto
    estuviera muerta
    quitarme la vida
    quitar la vida
    acabar con mi vida
    acabar con todo
    terminar con todo
    ya no puedo mas
    no aguanto mas
    hacerme dano
    cortarme
    cortandome
    me corto
    me estoy cortando
    lastimarme
    no vale la pena vivir
    no tengo razon para vivir
    se quiere matar
    se quiere morir
    sin esperanza
    desaparecer para siempre
