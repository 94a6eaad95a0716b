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
    no se mueve
    se puso morado
    se esta poniendo morado
    labios morados
    se esta poniendo azul
    no puede hablar
    habla raro
    se le cayo la cara
    espuma por la boca
    no deja de temblar
    se pego en la cabeza
    golpe en la cabeza
    se quemo feo
    quemaduras graves
    sangra de la cabeza
    el bebe no se mueve
    no siento al bebe
    fiebre muy alta
    calentura muy alta
    hueso salido
    fractura expuesta
    se le hincho la cara
    se le hincha la garganta
    se ahogo
    ahogandose
    accidente de carro
    choque de carro
    se cayo y no se levanta
    muriendose
    se nos muere
    le dio un paro
    paro cardiaco
    paro respiratorio
    derrame

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
    no le veo sentido a la vida
    la vida no tiene sentido
    ya no tiene sentido
    cansado de vivir
    cansada de vivir
    harto de vivir
    harta de la vida
    dormir y no despertar
    no despertar nunca
    no quiero despertar
    mejor sin mi
    nadie me extrañaria
    a nadie le importa si me muero
    soy una carga
    pastillas guardadas
    me voy a aventar
    aventarme
    tirarme del puente
    tirarme
    estar con mi mama en el cielo
    me rindo
    no puedo seguir
    que todo termine
    que se acabe todo
    adios para siempre
    mi ultimo mensaje
    ahorcarme
    ahorcarse
    se quiso ahorcar
    colgarme
    pastillas a proposito
    ojala no hubiera nacido
    prefiero morir
    mejor morirme
    prefiero estar muerto
    prefiero estar muerta
    no quiero existir
    se corta
    se esta cortando
    pienso en morir
    pienso en la muerte
    irme de este mundo
    quitarse la vida
    se quiere quitar la vida
    suicida
    morir
    morirme
    morirse
    matarse
    me mato
