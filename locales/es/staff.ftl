### Para el personal de clínicas y hospitales: cuando llegan agentes de inmigración.
### Las fuentes de cada mensaje están en su nodo en flows/staff.yaml.

staff-intro = Para el personal de clínicas y hospitales: un plan para cuando vengan agentes de inmigración. Elija un paso.
staff-choice-prepare = Prepararse antes
    .keywords = preparar, plan
staff-choice-arrive = Cuando llegan los agentes
    .keywords = llegan, orden
staff-choice-patients = Proteger e informar a pacientes
    .keywords = pacientes

staff-designate = Elija al personal que responderá si vienen agentes y capacite a todos en los pasos.
staff-private-spaces = Marque como privadas todas las áreas que pueda: solo entran pacientes y las personas que los acompañan.
staff-telehealth = Ofrezca telemedicina y junte pruebas y exámenes en menos visitas, para que los pacientes viajen menos.
staff-warrant = Sin permiso de su centro, los agentes no pueden entrar a sus áreas privadas sin una orden. La persona designada pide verla.
staff-confidential = La información de pacientes no se comparte sin una orden judicial.
staff-lawyer = Tenga a mano a qué abogado u organización legal llamar, y llámelos.
staff-alert = Tenga una forma discreta de avisar a los pacientes que salgan o vayan a un lugar seguro, sin causar pánico.
staff-referrals = Informe a los pacientes dónde encontrar ayuda legal gratis o de bajo costo.
