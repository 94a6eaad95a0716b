### Agentes de inmigración en su puerta o en la calle.
### Las fuentes de cada mensaje están en su nodo en flows/officers.yaml.

officers-intro = Usted tiene derechos, sin importar su estatus migratorio. ¿Dónde están los agentes?
officers-choice-door = En mi puerta
    .keywords = puerta, casa, hogar
officers-choice-public = En la calle, en un carro o en el trabajo
    .keywords = calle, carro, auto, trabajo
officers-choice-warrant = ¿Qué es una orden judicial válida?
    .keywords = orden, orden judicial
officers-choice-inside = Entraron de todos modos
officers-choice-silent = ¿Qué digo?
officers-choice-card = Una tarjeta para mostrar por la puerta
officers-choice-lawyer = ¿Cómo consigo un abogado?
    .keywords = abogado, abogada
officers-choice-nearby = Ayuda en mi estado
    .keywords = estado, zip, codigo postal

officers-door-closed = No abra la puerta. Puede hablar con ellos con la puerta cerrada.
officers-card = Esta es su tarjeta de derechos. Muestre el lado en inglés por una ventana o pase la tarjeta por debajo de la puerta. Así no tiene que abrir la puerta ni hablar.
officers-door-warrant = Pida que le muestren una orden judicial firmada por un juez. Pida que la pasen por debajo de la puerta o que la muestren por una ventana.
officers-warrant-judge = Para entrar a su casa sin su consentimiento (permiso), los agentes necesitan una orden judicial firmada por un juez. Arriba nombra a un tribunal y lleva la firma de un juez.
officers-warrant-check = Una orden de registro debe indicar su dirección. Una orden de arresto debe nombrar a alguien que vive allí. Si es válida, deje que hagan lo que permite y no les impida el paso.
officers-warrant-ice = Un formulario de ICE (I-200 o I-205) lo firma un agente de inmigración, no un juez. No les permite entrar sin su consentimiento. Puede decir: No doy mi consentimiento.
officers-warrant-force = ICE ahora dice a sus agentes que pueden entrar a la fuerza con un I-205 si alguien tiene una orden final de deportación. Esto se disputa en los tribunales. Si entran a la fuerza, no se resista.
officers-inside = Si entran a la fuerza, no se resista. Diga claramente: No doy permiso para que entren ni para un registro. Mantenga la calma.
officers-inside-after = No corra ni esconda a nadie. Recuerde lo que hicieron y dijeron, y cuénteselo a un abogado lo antes posible.
officers-public-calm = Mantenga la calma y no corra. Pregunte: ¿Me puedo ir? Si dicen que sí, aléjese con calma.
officers-public-search = No tiene que aceptar que lo registren a usted, su bolsa o su carro. Diga: No doy permiso para un registro. No mienta ni muestre papeles falsos.
officers-public-anyway = Los agentes pueden palparle la ropa para buscar armas, y registrar un carro si tienen buenas razones para creer que hay pruebas de un delito. Si registran igual, no se resista.
officers-silent = Tiene derecho a guardar silencio. Diga: Elijo guardar silencio. No tiene que decir dónde nació ni cómo llegó a EE. UU.
officers-papers = Si tiene 18 años o más y papeles de inmigración válidos, la ley dice que debe llevarlos. Nunca muestre papeles falsos.
officers-no-sign = No firme nada antes de hablar con un abogado.
officers-remember = Después, anote lo que recuerde: el nombre y número de placa (insignia) de cada agente, la placa o número de la patrulla, y su agencia.
officers-lawyer = Tiene derecho a un abogado, pero en casos de inmigración el gobierno no le da uno gratis. Busque ayuda gratis o de bajo costo ahora:
