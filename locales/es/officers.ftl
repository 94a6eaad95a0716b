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
officers-warrant-judge = Para entrar a su casa sin su permiso, los agentes necesitan una orden firmada por un juez, de una corte. Revise que tenga su nombre y su dirección.
officers-inside = Si entran, no se resista. Diga claramente: No doy permiso para este registro. Mantenga la calma.
officers-public = Mantenga la calma y no corra. Pregunte: ¿Me puedo ir? Si dicen que sí, aléjese despacio. No deje que lo registren a usted, su bolsa o su carro: diga No doy permiso.
officers-silent = Tiene derecho a guardar silencio. Puede decir: Quiero guardar silencio hasta hablar con un abogado.
officers-no-sign = No firme nada antes de hablar con un abogado.
officers-lawyer = Tiene derecho a pedir un abogado. Pídalo antes de contestar preguntas. Para ayuda para encontrar uno, puede llamar a:
