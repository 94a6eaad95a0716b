### Agentes de inmigración en su puerta o en la calle.
### Las fuentes de cada mensaje están en su nodo en flows/officers.yaml.

officers-intro = Usted tiene derechos, sin importar su estatus migratorio. ¿Dónde están los agentes?
officers-choice-door = En mi puerta
    .keywords = puerta, casa, hogar
officers-choice-public = En la calle, en un carro o en el trabajo
    .keywords = calle, carro, auto, trabajo
officers-choice-warrant = ¿Qué es una orden válida?
    .keywords = orden
officers-choice-inside = Entraron de todos modos
officers-choice-silent = ¿Qué digo?
officers-choice-lawyer = ¿Cómo consigo un abogado?
    .keywords = abogado, abogada

officers-door-closed = No abra la puerta. Puede hablar con ellos con la puerta cerrada.
officers-door-warrant = Pida que le muestren una orden firmada por un juez. Pida que la pasen por debajo de la puerta o que la muestren por una ventana.
officers-warrant-judge = Para entrar a su casa sin su permiso, los agentes necesitan una orden firmada por un juez. Revise que la firmó un juez y que tiene su nombre.
officers-warrant-ice = Un formulario firmado por un agente de inmigración (formularios I-200 o I-205 de ICE) no basta para entrar. Puede decir que no.
officers-inside = Si entran a la fuerza, no se resista. Diga claramente: No doy permiso para que entren ni para un registro. Mantenga la calma.
officers-public-calm = Mantenga la calma y no corra. Pregunte: ¿Me puedo ir? Si dicen que sí, aléjese con calma.
officers-public-search = No tiene que aceptar que lo registren a usted, su bolsa o su carro. Diga: No doy permiso para un registro. No mienta ni muestre papeles falsos.
officers-silent = Tiene derecho a guardar silencio. No tiene que decir dónde nació ni cómo llegó a EE. UU.
officers-no-sign = No firme nada antes de hablar con un abogado.
officers-remember = Después, anote lo que recuerde: los nombres de los agentes, sus números de placa y de carro, y su agencia.
officers-lawyer = Tiene derecho a hablar con un abogado. Puede decir: Quiero hablar con un abogado. Para ayuda, puede llamar a:
