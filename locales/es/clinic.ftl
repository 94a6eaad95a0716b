### En una clínica u hospital, como paciente.
### Las fuentes de cada mensaje están en su nodo en flows/clinic.yaml.

clinic-intro = Los agentes de inmigración ya no tienen prohibido ir a hospitales y clínicas. Usted sigue teniendo derechos como paciente, sin importar su estatus. ¿Qué quiere saber?
clinic-choice-private = ¿Mi información médica es privada?
    .keywords = privada, expediente, informacion medica
clinic-choice-emergency = ¿Me pueden negar atención de emergencia?
    .keywords = emergencia, urgencias
clinic-choice-officers = Agentes de inmigración en la clínica
clinic-choice-guarded = Soy paciente bajo custodia
    .keywords = custodia, detenido
clinic-choice-rights = Mis derechos ante los agentes

clinic-private = El personal de salud casi siempre debe mantener privada su información médica. Pero la ley le deja compartir una parte, como ante una orden judicial o ciertas solicitudes oficiales de agentes.
clinic-private-medicaid = Un tribunal permitió que Medicaid comparta datos básicos con ICE, como su dirección y estatus migratorio. Sus expedientes médicos no son parte de esos datos.
clinic-emergency = Un hospital con sala de emergencias que acepta Medicare debe examinarlo y tratar una emergencia hasta que esté estable, sin importar su estatus o dinero.
clinic-emergency-limits = Esta ley no cubre clínicas ni centros de atención urgente, y la atención no es gratis: puede llegarle una factura. En una emergencia, vaya a emergencias de un hospital o llame al 911.
clinic-officers-public = Desde enero de 2025, los agentes pueden arrestar en hospitales y clínicas. Pueden estar en áreas públicas, como salas de espera y estacionamientos, sin orden judicial.
clinic-officers-private-areas = Para entrar sin el consentimiento de la clínica a áreas privadas, como salas de consulta, necesitan una orden judicial firmada por un juez. Un formulario de ICE no basta.
clinic-officers-rights = Dondequiera que esté, puede guardar silencio y pedir un abogado. No corra ni muestre papeles falsos.
clinic-guarded = Si está bajo custodia, un agente puede quedarse con usted, incluso durante los exámenes. Puede pedir al médico o al hospital un momento para hablar en privado.
clinic-interpreter = Los hospitales y clínicas que reciben dinero federal deben darle ayuda de idioma gratis, como un intérprete. Puede pedirlo.
