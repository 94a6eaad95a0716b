### En una clínica u hospital, como paciente.
### Las fuentes de cada mensaje están en su nodo en flows/clinic.yaml.

clinic-intro = En una clínica u hospital usted tiene derechos como paciente, sin importar su estatus migratorio. ¿Qué quiere saber?
clinic-choice-private = ¿Mi información médica es privada?
    .keywords = privada, expediente, informacion medica
clinic-choice-emergency = ¿Me pueden negar atención de emergencia?
    .keywords = emergencia, urgencias
clinic-choice-officers = Agentes de inmigración en la clínica
clinic-choice-guarded = Soy paciente bajo custodia
    .keywords = custodia, detenido
clinic-choice-rights = Mis derechos ante los agentes

clinic-private = El personal de salud por lo general debe mantener privada su información médica. Los agentes de inmigración no pueden obligarlo legalmente a compartirla sin una orden judicial.
clinic-emergency = No. No le pueden negar atención médica de emergencia por su estatus migratorio. La ley federal lo protege.
clinic-officers-private-areas = Sin permiso de la clínica, los agentes no pueden entrar a sus áreas privadas, como las salas de consulta, sin una orden.
clinic-officers-rights = Dondequiera que esté, puede guardar silencio y pedir un abogado.
clinic-guarded = Si está bajo custodia, un agente puede quedarse con usted, incluso durante los exámenes. Puede pedir al médico o al hospital un momento para hablar en privado.
clinic-interpreter = Los hospitales y clínicas que reciben dinero federal deben darle ayuda de idioma gratis, como un intérprete. Puede pedirlo.
