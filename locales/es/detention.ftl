### Un familiar detenido por inmigración necesita atención médica, o fue liberado y la necesita.
### Las fuentes de cada mensaje están en su nodo en flows/detention.yaml.

detention-intro = ¿Un familiar está detenido por inmigración y necesita atención médica? Elija un tema.
detention-choice-problems = La atención llega tarde o no llega
    .keywords = medicina, medicamentos, tarde
detention-choice-letters = Cartas médicas para el abogado
    .keywords = carta, cartas, doctor, medico
detention-choice-parole = Liberación por razones de salud
    .keywords = parole, libertad, liberacion
detention-choice-released = Fue liberado y necesita atención
    .keywords = liberado, liberada

detention-problems = Problemas comunes en detención: medicinas que llegan tarde, poca atención de salud mental y ayuda lenta en emergencias. Anote qué pasa y cuándo.
detention-request = La persona detenida puede pedir atención médica en el centro todos los días. Anote cada pedido: la fecha, qué se pidió y la respuesta.
detention-lawyer = Cuéntele al abogado de la persona cada problema de salud. Los abogados son quienes pueden exigir atención y pedir la liberación.
detention-letters = Médicos voluntarios pueden revisar la salud de una persona detenida y escribir una carta médica para su abogado.
detention-networks = Entre las redes que conectan abogados con estos médicos están { -org-mri } y { -org-nylpi-network }.
detention-records = Los médicos voluntarios revisan los expedientes médicos de la persona para escribir sus cartas. Dé al abogado los papeles médicos que tenga.
detention-parole = Las personas con necesidades de salud urgentes pueden ser liberadas con permiso humanitario (parole). La carta de un médico puede ayudar al abogado a pedirlo.
detention-released = Al salir, muchas personas con problemas de salud graves quedan sin ayuda, sin seguro y sin transporte.
detention-case-management = { -org-mri } acompaña a pacientes para encontrar un médico tras la liberación. Lleve sus papeles médicos.
detention-choice-find = Saber dónde está detenido
    .keywords = buscar, donde, localizador
detention-find = El localizador de ICE (locator.ice.gov) puede mostrar dónde está detenida una persona. No siempre está al día.
detention-dril = ICE tiene una línea para problemas graves en detención. Es de ICE: si teme por su estatus, pida a un abogado o a alguien de confianza que llame.
