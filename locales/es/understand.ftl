### Example messages people send, for choosing an answer from what they type.
### One message per line. Write them as people in your community text, not word for word
### from English. The bot only ever answers with reviewed messages; these only pick which one.

understand-officers-intro =
    mis derechos ante los agentes
    q derechos tengo si viene ICE
    tengo derechos aunq no tenga papeles?
    cuales son mis derechos con la migra
    soy indocumentado q derechos tengo con inmigración
    que hago si me encuentro con ICE
    conozca sus derechos inmigracion
    quiero saber mis derechos con los de inmigracion
    le tengo miedo a la migra q puedo hacer
    los indocumentados tienen derechos frente a ICE?
    info de mis derechos con la policia y la migra
    q debo hacer si aparece la migra

understand-officers-door =
    ICE esta en mi puerta
    la migra esta tocando mi puerta ahorita
    hay agentes afuera de mi casa q hago
    estan tocando la puerta y dicen q son de inmigracion
    los de ICE estan golpeando la puerta
    oficiales en la puerta de mi apartamento quieren q abra
    tengo q abrirle la puerta a ICE?
    la migra esta afuera de mi casa preguntando x mi esposo
    estan knocking en la puerta y creo q es ICE
    hay unos hombres con chalecos en mi puerta, no les he abierto
    inmigracion afuera de la traila tocando, no e abierto
    me tocan la puerta los de migración y no se van

understand-officers-warrant =
    que es una orden judicial valida
    como se si la orden q traen es de verdad
    la orden tiene q estar firmada x un juez?
    me enseñaron un I-200 es una orden de verdad
    con un I-205 pueden entrar a mi casa?
    como se ve una orden de un juez
    el papel dice department of homeland security no dice corte, es valido
    la orden de cateo tiene q tener mi direccion?
    traen un warrant con el nombre de mi primo, los dejo entrar
    pueden entrar a la fuerza si tengo orden de deportacion final
    diferencia entre orden de ICE y orden judicial
    el papel lo firmo un oficial de inmigracion no un juez, sirve?

understand-officers-inside =
    entraron de todos modos
    ICE se metio a mi casa a la fuerza
    la migra tumbo la puerta y entro
    los agentes estan adentro de mi apartamento ahorita
    se metieron cuando abri la puerta
    ICE esta adentro buscando en mi casa
    entraron sin mi permiso q hago
    se metieron a mi casa sin orden
    la migra entro y esta esculcando mis cosas
    patearon la puerta y ya estan en la sala
    mi hijo abrio y se metieron los de inmigración
    ya entraron los oficiales, me resisto o q hago

understand-officers-public =
    ICE me paro en la calle
    hay una redada en mi trabajo
    la migra en la parada del bus pidiendo papeles
    me pararon caminando y quieren revisar mi mochila
    la policia me paro y quiere revisar mi carro
    ICE esta en mi jale ahorita
    me pararon afuera de la tienda
    agentes en la construccion revisando a todos
    la migra paro mi troca en la carretera
    estoy libre de irme si inmigración me para en la calle
    llego la migra a la fabrica donde trabajo
    redada en mi jale, estan agarrando gente, q hago
    ICE esta en mi trabajo
    llego la migra al restaurante donde trabajo
    hay agentes en el campo donde trabajamos, me puedo ir

understand-officers-silent =
    que digo
    q le digo a ICE
    tengo q contestar sus preguntas?
    me puedo quedar callado con inmigracion
    tengo q decirles donde naci
    quieren q firme unos papeles, firmo?
    q les digo si preguntan como entre a usa
    derecho a guardar silencio con la migra
    tengo q enseñar mis papeles?
    debo firmar algo q me den
    como les digo q no voy a hablar
    me siguen preguntando de q pais soy, tengo q decirles
    q les digo a los agentes
    tengo q contestarles sus preguntas?

understand-officers-lawyer =
    como consigo un abogado
    necesito un abogado de inmigracion
    donde encuentro un abogado gratis
    no tengo dinero pa un abogado de inmigracion
    el gobierno me da un abogado gratis?
    necesito abogado urgente pa mi caso de deportacion
    abogado de inmigracion barato
    como encuentro un buen lawyer de inmigracion
    tengo derecho a un abogado?
    quien me puede dar ayuda legal gratis pa mi caso
    busco abogado q hable español
    ocupo un abogado, hay alguno de bajo costo

understand-clinic-intro =
    en una clinica u hospital
    es seguro ir al hospital sin papeles?
    soy indocumentada puedo ir al doctor
    q derechos tengo como paciente si no tengo papeles
    me da miedo ir a la clinica x mi estatus
    derechos de los inmigrantes en el hospital
    necesito ver al doctor pero tengo miedo de la migra
    importa mi estatus migratorio en la clínica?
    preguntas sobre ir al hospital siendo inmigrante
    me pueden atender sin papeles?
    derechos del paciente inmigrante
    tengo cita con el doctor y no tengo estatus, debo preocuparme
    mi mama esta en el hospital y tenemos miedo de la migra
    mi papa esta internado, podemos visitarlo sin papeles

understand-clinic-private =
    mi informacion medica es privada?
    el doctor le va a decir a ICE de mi?
    el hospital comparte mis datos con inmigracion?
    la clinica le puede dar mis records a ICE
    mi info de salud es confidencial si soy indocumentado
    medicaid le da mi direccion a ICE?
    la ley HIPAA me protege de inmigracion
    me van a reportar si voy al doctor
    quien puede ver mi expediente médico
    ICE puede sacar mi expediente del hospital
    es cierto q medicaid comparte datos con ICE
    la enfermera tiene q reportarme a migracion?

understand-clinic-emergency =
    me pueden negar atencion de emergencia?
    el hospital no me quiere atender xq no tengo papeles
    en el ER me rechazaron
    tengo una emergencia y no tengo dinero
    no tengo aseguranza, me atienden en emergencias?
    mi hijo esta muy malo ahorita y no tenemos seguro
    me pueden negar la emergencia x mi estatus
    tengo dolor de pecho y no tengo dinero a donde voy
    en el urgent care me mandaron pa fuera y tengo mucho dolor
    tengo q pagar antes de q me atiendan en emergencias?
    dicen q sin seguro no me ven y es una emergencia
    la sala de emergencia es gratis pa indocumentados?

understand-clinic-officers =
    soy paciente y hay agentes de inmigracion en la clinica
    ICE esta en la sala de espera de mi clinica
    hay agentes de inmigracion en el estacionamiento del hospital
    la migra puede entrar al cuarto donde me revisan?
    estoy en el doctor y veo a ICE afuera
    los hospitales todavia son seguros de ICE?
    inmigracion puede entrar a la clinica sin orden
    agentes de ICE en la oficina de mi doctor q hago
    vi oficiales en el lobby del ER, soy paciente
    me pueden llevar de mi cita medica?
    estoy esperando q me atiendan y acaba de entrar la migra
    mi mama esta en el hospital y hay agentes de ICE en la entrada
    estoy visitando a mi hijo en el hospital y veo agentes de inmigracion

understand-clinic-guarded =
    soy paciente bajo custodia
    estoy detenido en el hospital y el oficial no se sale del cuarto
    el guardia se queda en el cuarto durante mi examen
    puedo hablar a solas con mi doctor si estoy en custodia
    estoy arrestado y en el hospital, q derechos tengo
    un oficial conmigo en la consulta, eso se puede?
    en custodia de ICE en el hospital, puedo pedir interprete
    necesito interprete en español en el hospital, es gratis?
    tengo derecho a hablar en privado con el doctor estando detenido
    me trajeron al hospital esposado
    un agente de ICE sentado junto a mi cama del hospital
    el hospital me puede dar un traductor gratis

understand-detention-intro =
    un familiar detenido necesita atencion
    mi esposo esta detenido x ICE y esta enfermo
    mi mama esta en un centro de detencion y tiene problemas de salud
    familiar en detencion necesita atencion medica
    a mi hermano lo detuvieron y es diabetico
    mi esposa esta en custodia de ICE y esta embarazada
    ayuda pa un familiar detenido q esta enfermo
    mi papa esta encerrado x migracion y tiene problemas del corazon
    pariente en detención con una condicion medica
    q puedo hacer, mi primo esta detenido y enfermo
    mi pareja esta en detencion y tiene una enfermedad cronica

understand-detention-find =
    saber donde esta detenido
    como encuentro a donde se llevo ICE a mi esposo
    ICE detuvo a mi hermano y no se donde esta
    localizador de detenidos
    en q centro de detencion tienen a mi hijo, como lo busco
    movieron a mi papa y ya no lo encuentro
    como busco a alguien detenido x inmigracion
    la migra agarro a mi esposa esta mañana, dnd esta
    buscar detenido con el numero A
    en locator.ice.gov no sale mi primo
    a donde se llevaron a mi mama los de inmigracion
    busco a mi tio se lo llevo la migra

understand-detention-problems =
    la atencion llega tarde o no llega
    a mi esposo en detencion no le dan su medicina
    no le dan la insulina a mi mama en el centro de detencion
    mi hijo esta detenido y tiene una emergencia medica
    tiene dolor de pecho en detencion y los guardias no le hacen caso
    en el centro no dejan q mi hermano vea a un doctor
    mi esposa detenida lleva dias sin sus pastillas
    a quien llamo x negligencia medica en la detencion de ICE
    numero de ICE pa reportar problemas en detención
    pidio doctor hace una semana y nada
    le dio una convulsion en el centro de detencion q hago

understand-detention-record =
    anotar todo y avisar al abogado
    como documentamos sus pedidos de atencion medica en detencion
    tiene q apuntar cada vez q pide doctor?
    q le digo a su abogado de sus problemas de salud
    como llevar la cuenta de sus solicitudes medicas
    le mando sus recetas al abogado?
    pide doctor todos los dias, lo tiene q hacer x escrito?
    necesito pruebas de q pidio atencion muchas veces
    q info de su salud necesita el abogado
    apuntar fechas y respuestas de sus pedidos medicos
    el abogado tiene q saber de todas sus enfermedades?
    como le paso la lista de sus medicinas y records al lawyer

understand-detention-letters =
    cartas medicas para el abogado
    su abogado necesita una carta de un doctor
    como consigo una carta medica pa mi hermano detenido
    hay doctores q escriben cartas pa casos de inmigracion?
    doctor voluntario q revise los records medicos de mi esposo
    carta de Medical Review for Immigrants
    evaluacion medica pa el caso de una persona detenida
    un doctor puede escribir algo q ayude su caso
    necesito un reporte médico pa su abogado de inmigracion
    carta de doctor gratis pa alguien en detencion de ICE
    red de doctores de New York Lawyers for the Public Interest
    quien escribe una carta de salud pa el lawyer de mi hijo

understand-detention-parole =
    liberacion por razones de salud
    lo pueden soltar xq esta enfermo?
    parole humanitario x razones medicas
    como saco a mi mama de detencion x su cancer
    ICE la puede dejar salir x su salud
    mi esposo esta muy enfermo pa estar detenido, lo pueden liberar?
    salida medica de detencion de inmigracion
    pedirle a ICE q suelte a mi papa, tiene problema del corazon
    hay permiso humanitario pa detenidos muy enfermos
    a una mujer embarazada la pueden sacar de detencion?
    sacarlo x razones humanitarias
    estar muy enfermo le ayuda a salir de la custodia de ICE?

understand-detention-released =
    fue liberado y necesita atencion
    a mi papa lo acaban de soltar de ICE y necesita doctor
    salio de detencion y no tiene aseguranza
    donde lo pueden atender despues de q lo soltaron
    mi hermano ya salio pero no tiene como ir al doctor
    desde q salio de detencion esta muy deprimida y con miedo
    me soltaron de inmigracion y necesito una clinica
    mi hijo regreso de detencion y no duerme, esta traumado
    ayuda pa encontrar doctor despues de salir de ICE
    lo dejaron salir con sus problemas de salud y sin medicinas
    mi esposo ya salio pero estamos todos muy estresados, con quien hablamos
    manejo de caso pa personas q salieron de detencion
    ya lo soltaron de detencion pero esta enfermo y no tiene seguro, donde lo atienden
    salio de la detencion y necesita un doctor, no tiene aseguranza

understand-limits-about =
    sobre este servicio
    esto es consejo legal?
    eres abogado?
    quien eres
    quien maneja este servicio
    esta informacion es confiable?
    puedo confiar en lo q dice este bot
    eres una persona o un robot
    cuando actualizaron esta info
    es informacion oficial del gobierno?
    quien maneja este servicio
    quien hizo este chat

understand-privacy-intro =
    su privacidad aqui
    quien ve mis mensajes
    es seguro mandar msj a este numero
    guardan mis mensajes?
    este bot guarda mi numero de telefono
    ICE puede ver lo q escribo aqui?
    lo q escribo aqui es privado?
    alguien va a saber q les escribi
    mis mensajes se quedan guardados
    q hacen con mi nombre y mi numero
    es seguro contarles mi situacion
    ustedes guardan mi numero?
    se quedan con lo q les escribo?

understand-privacy-sms =
    mensajes de texto sms
    los mensajes de texto son seguros?
    los sms estan encriptados?
    la compañia de telefono puede leer estos textos
    el gobierno puede sacar mis mensajes de texto
    twilio guarda mis mensajes?
    es seguro textear a este numero
    T-Mobile puede ver lo q mando aqui
    la policia puede conseguir copias de mis sms
    la compañia de mi cel guarda los textos q mando aqui
    los textos normales son privados?
    mi carrier se queda con copia de mis mensajes

understand-privacy-telegram =
    privacidad en telegram
    telegram es seguro?
    telegram guarda este chat?
    este chat de telegram esta encriptado
    telegram guarda mis mensajes en sus servidores
    telegram le puede dar mis chats al gobierno
    q es mas seguro telegram o mensajes de texto
    telegram es privado?
    uso chat secreto en telegram?
    quien puede ver mis mensajes en telegram
    telegram se queda con esta conversacion
    los chats de telegram tienen cifrado de extremo a extremo

understand-privacy-delete =
    como borro este chat
    como elimino esta conversacion
    borrar mis mensajes con ustedes
    quiero borrar todo lo q escribi aqui
    como hago q el bot olvide la conversacion
    pueden borrar mi historial del chat
    quitar esta conversacion de mi cel
    borrar los ultimos mensajes en telegram
    como limpio este chat
    quiero q olviden lo q les conte
    como borro lo q mande
    eliminar toda mi info de este chat

understand-staff-intro =
    trabajo en una clinica, q hacemos si viene ICE
    soy enfermera, hay un plan pa cuando venga inmigracion
    guia pa el personal del hospital sobre ICE
    nuestro centro de salud necesita un plan pa ICE
    info pa trabajadores de salud sobre la migra
    soy recepcionista en una clinica y quiero saber q hacer con ICE
    protocolo pa empleados si ICE viene al hospital
    recursos pa proveedores de salud sobre agentes de inmigracion
    soy doctor, q debe hacer mi clinica con ICE
    capacitacion pa la recepcion sobre ICE
    trabajo en una clinica
    soy recepcionista en un hospital, que hacemos si viene ICE
    soy guardia de seguridad en un hospital, que hago si llega inmigracion

understand-staff-prepare =
    prepararse antes de q lleguen
    como se prepara nuestra clinica pa ICE
    como nos preparamos antes de q venga inmigracion a la clinica
    quien del personal debe hablar con los oficiales
    entrenar al staff pa una visita de ICE
    como marcamos las areas privadas en la clinica
    ponemos letreros de solo personal autorizado?
    telesalud pa q los pacientes no tengan q viajar
    hacer un plan con tiempo pa la migra en el hospital
    como reducir las visitas de pacientes q tienen miedo
    nombrar a una persona q responda si llega ICE a la clinica
    pasos pa preparar al equipo de recepcion
    como preparamos al personal de la clinica por si llega inmigracion
    plan para el staff antes de q venga la migra a la clinica

understand-staff-arrive =
    cuando llegan los agentes
    hay agentes de ICE en nuestra recepcion ahorita
    soy la recepcionista y acaban de entrar oficiales de inmigracion
    hay oficiales en el lobby de la clinica q les digo
    ICE esta en el hospital y quiere pasar a los cuartos de examen
    agentes en el front desk preguntando x un paciente
    q le digo a ICE en la recepcion de la clinica
    la migra esta en nuestro centro de salud ahorita
    oficiales exigiendo entrar a la parte de atras de la clinica
    trabajo en la clinica y ICE acaba de llegar
    estoy en recepcion y hay agentes federales aqui
    a quien llamamos cuando llega ICE a la clinica
    soy enfermera y hay agentes en la entrada, q les digo
    trabajo en recepcion y ICE esta en la puerta ahorita
    soy de seguridad en el hospital y unos agentes quieren entrar

understand-staff-warrant =
    orden de un juez o formulario de ICE
    como sabe el personal si es orden judicial o formulario de ICE
    el papel del oficial dice department of homeland security, tenemos q dejarlos pasar a la clinica
    tenemos q obedecer una orden de juez en el hospital?
    un I-200 alcanza pa entrar a los cuartos de examen
    como se ve una orden de la corte pa una clinica
    el formulario lo firmo un oficial de ICE no un juez, q hacemos en la clinica
    orden administrativa vs orden judicial personal del hospital
    le dieron a la recepcion un I-205, es valido pa la clinica?
    como revisamos q areas cubre la orden
    la orden nombra a un paciente, tenemos q dejar q lo busquen
    llamo al abogado de la clinica x la orden?

understand-staff-records =
    piden expedientes de pacientes
    ICE quiere los expedientes de nuestros pacientes
    oficiales pidiendo la lista de pacientes
    nos llego un subpoena de inmigracion pa records de pacientes
    podemos darle info de pacientes a ICE?
    agentes quieren ver el expediente de un paciente
    tenemos q entregarle los records medicos a inmigracion
    ICE le pide a la recepcion la direccion de un paciente
    q hacemos si los oficiales piden datos de pacientes
    orden de la corte pa records, q hace el personal de la clinica
    sacamos copia del papel q nos enseñaron?
    la migra exige nuestra lista de citas

understand-staff-patients =
    proteger e informar a pacientes
    como avisamos a los pacientes si ICE esta en el edificio
    como les decimos a los pacientes q se vayan sin q se asusten
    hay un cuarto seguro pa pacientes cuando viene inmigracion
    como informar a los pacientes de sus derechos en la clinica
    a donde mandamos a los pacientes pa ayuda legal gratis
    como mantenemos calmados a los pacientes cuando esta ICE
    nuestros pacientes tienen miedo, como los protegemos
    darles a los pacientes info de abogados de bajo costo
    clave pa decirle a los pacientes q pasen a un lugar seguro
    como apoyamos a pacientes indocumentados en la clinica
    lista de ayuda legal pa dar a nuestros pacientes

understand-nearby-ask =
    ayuda cerca de mi
    ayuda en mi estado
    organizaciones q ayudan a inmigrantes cerca de mi
    hay una linea de ayuda en mi area?
    estoy en texas donde consigo ayuda
    grupos de inmigrantes en mi ciudad
    hay ayuda en california?
    red de respuesta rapida cerca de mi
    organizacion de derechos del inmigrante en chicago
    quien me puede ayudar aqui en mi zona
    grupos comunitarios cerca de mi codigo postal
    q recursos hay en florida pa inmigrantes

## Short forms people type in SMS, as `short = long`, comma-separated (may be empty for a
## language that has none; then write a single line: understand-spellings = -)
understand-spellings = q = que, k = que, ke = que, xq = porque, pq = porque, x = por, pa = para, tb = tambien, tmb = tambien, d = de, dnd = donde, msj = mensaje, aki = aqui, kiero = quiero, bn = bien

## Sentences that ask the bot to stop texting (an opt-out). One per line.
understand-stop =
    ya no me manden mensajes
    dejen de mandarme mensajes
    no quiero recibir mas textos
    sáquenme de esta lista
    quiten mi numero de su lista
    por favor ya no me escriban
    no me manden mas msj
    quiero darme de baja de estos mensajes
    ya no quiero q me texteen
    ya no me escribas
    deja de escribirme
    no me mandes mas mensajes
    dejenme en paz con sus mensajes
    borren mi numero de su lista
    ya no quiero mensajes de este numero
    cancelar mensajes
    dejen de mandarme textos
    ya paren de mandarme mensajes
    ya no me envien nada
    no quiero q me escriban mas
    dejen de escribirme porfa
    detengan los mensajes porfavor
    ya no me manden nada
    no me interesa ya no me escriban
    quien es, ya no me escriba
    saquenme de su lista ya
    basta de mensajes
    no mas textos porfa
    cancelen los mensajes
    no quiero nada de esto
    ya estuvo con los mensajes
    no me vuelvan a escribir

## Mensajes sobre cosas que este servicio no responde, uno por línea.
understand-elsewhere =
    q hora es
    como va a estar el clima mañana
    va a llover hoy
    quien gano el partido
    a q hora juega el america
    cuentame un chiste
    jaja ok
    muchas gracias
    ok gracias bye
    buenas noches que descanses
    feliz cumpleaños
    cuanto cuesta mandar dinero a mexico
    donde cambio dolares
    a como esta el dolar hoy
    donde compro un celular barato
    receta de pozole
    un buen restaurante cerca
    que pelicula me recomiendas
    ayudame con la tarea
    como arreglo mi carro
    necesito trabajo
    donde hay una gasolinera
    no puedo parar de llorar
    no para de llover
