### Un familiar detenido por inmigración necesita atención médica, o fue liberado y la necesita.
### Las fuentes de cada mensaje están en su nodo en flows/detention.yaml.

detention-intro = ¿Un familiar está detenido por inmigración y necesita atención médica? Elija un tema.
detention-choice-find = Saber dónde está detenido
    .keywords = buscar, donde, localizador
detention-choice-problems = La atención llega tarde o no llega
    .keywords = medicina, medicamentos, insulina, tarde
detention-choice-record = Anotar todo y avisar al abogado
    .keywords = anotar, registro, solicitud
detention-choice-letters = Cartas médicas para el abogado
    .keywords = carta, cartas, doctor, medico
detention-choice-parole = Liberación por razones de salud
    .keywords = parole, libertad, liberacion
detention-choice-released = Fue liberado y necesita atención
    .keywords = liberado, liberada

detention-find = El localizador de ICE (locator.ice.gov) puede mostrar dónde está detenida una persona. No siempre es correcto ni está al día, y los traslados son frecuentes: revise otra vez.
detention-dril = ICE tiene una línea para problemas graves en detención. Es de ICE: si teme por su estatus, pida a un abogado o a alguien de confianza que llame.
detention-emergency = En una emergencia, la persona debe avisar de inmediato a un guardia y pedir ayuda médica. Llame al centro y pida hablar con su personal médico.
detention-call-line = Si faltan o tardan las medicinas o la atención, llame a la línea de ICE para problemas en detención. Si teme por su estatus, pida que llame un abogado o alguien de confianza.
detention-request = La persona detenida puede pedir atención médica todos los días, por escrito. Anote cada solicitud: la fecha, qué se pidió y la respuesta.
detention-continuity = Según las reglas de ICE, la persona debe seguir recibiendo las medicinas que necesita desde el día en que llega. Envíe al abogado las recetas y los expedientes del médico.
detention-lawyer = Cuéntele al abogado de la persona cada problema de salud. Un abogado puede exigir atención y pedir la liberación.
detention-letters = Médicos voluntarios pueden revisar la salud de una persona detenida y escribir una carta médica para su abogado.
detention-networks = Entre las redes que conectan abogados con estos médicos están { -org-mri } y { -org-nylpi-network }. Trabajan a través de abogados: pida al abogado que las contacte.
detention-records = Los médicos voluntarios revisan los expedientes médicos de la persona para escribir sus cartas. Dé al abogado los papeles médicos que tenga.
detention-parole = Una persona con necesidades de salud urgentes puede pedir a ICE la liberación con permiso humanitario (parole). ICE decide cada caso y no está garantizado. Una carta médica puede ayudar al abogado.
detention-released = Al salir, muchas personas con problemas de salud graves no reciben ayuda para encontrar atención, y muchas no tienen seguro ni transporte.
detention-case-management = { -org-mri } acompaña a pacientes para encontrar un médico tras la liberación. Lleve sus papeles médicos.
detention-stress = La detención causa mucho estrés y miedo, a la persona y a la familia. La línea 988 da apoyo gratis y privado por llamada o texto, las 24 horas:
