### Para el personal de clínicas y hospitales: cuando llegan agentes de inmigración.
### Las fuentes de cada mensaje están en su nodo en flows/staff.yaml.

staff-intro = Para el personal de clínicas y hospitales: un plan para cuando vengan agentes de inmigración. Elija un paso.
staff-choice-prepare = Prepararse antes
    .keywords = preparar, plan
staff-choice-arrive = Cuando llegan los agentes
    .keywords = llegan, llegada
staff-choice-warrant = ¿Orden de un juez o formulario de ICE?
    .keywords = orden, orden judicial
staff-choice-records = Piden expedientes de pacientes
    .keywords = expediente, expedientes, citacion, subpoena
staff-choice-patients = Proteger e informar a pacientes
    .keywords = pacientes

staff-designate = Elija al personal que responderá si vienen agentes y capacite a todos en los pasos.
staff-private-spaces = Marque como privadas todas las áreas que pueda: solo entran pacientes y las personas que los acompañan.
staff-telehealth = Ofrezca telemedicina y junte pruebas y exámenes en menos visitas, para que los pacientes viajen menos.
staff-script = En la recepción, diga: No tengo autorización para dar consentimiento. Espere aquí, por favor, mientras llamo al encargado.
staff-warrant = Solo una orden judicial firmada por un juez deja entrar a los agentes a áreas privadas sin su consentimiento. Un formulario de ICE (I-200 o I-205), firmado por un agente, no.
staff-warrant-tell = Una orden judicial nombra a un tribunal arriba y la firma un juez. Un formulario de ICE dice Department of Homeland Security y lo firma un agente.
staff-warrant-valid = Una orden judicial válida se debe cumplir. Lea qué lugares y personas cubre, y llame al abogado de su centro. Nunca bloquee a los agentes, ni mienta, ni esconda a nadie.
staff-records = No entregue expedientes de pacientes en el acto. Envíe toda orden judicial, citación (subpoena) o solicitud escrita al abogado de su centro: la ley permite unas divulgaciones y otras no.
staff-document = Anote los nombres y números de placa (insignia) de los agentes, y guarde copia o foto de todo papel que muestren.
staff-lawyer = Tenga en la recepción los números del abogado de su centro y de una organización legal.
staff-alert = Tenga una forma discreta de avisar a los pacientes que salgan o vayan a un lugar seguro, sin causar pánico.
staff-referrals = Diga a los pacientes dónde hay ayuda legal gratis o de bajo costo:
