"""Spanish translations of the demo site's texts, keyed by the English values."""

LANGUAGE = "es"

HOME = {
    "title": "Inicio",
    "tagline": "Tres países que trabajan juntos para proteger el medio ambiente que compartimos",
    "introduction": (
        "Colaboración internacional entre Canadá, Estados Unidos y México en asuntos ambientales "
        "de interés común"
    ),
    "impact_text": (
        "Descubra cómo, a lo largo de los años, el trabajo de la CCA ha generado resultados "
        "ambientales y sociales tangibles en toda América del Norte: desde estudios científicos "
        "que han orientado normas, reglamentos y políticas ambientales en Canadá, Estados Unidos "
        "y México, hasta estrategias trinacionales de conservación, subvenciones comunitarias y "
        "proyectos de cartografía geoespacial. Tanto si usted se dedica a la formulación de "
        "políticas, a la conservación o a la investigación, como si simplemente le interesa la "
        "cooperación ambiental en América del Norte, en esta página encontrará un panorama "
        "completo no solo de lo que la CCA ha logrado, sino también de cómo y por qué se han "
        "desarrollado esos esfuerzos."
    ),
    "impact_link_label": "Nuestro impacto",
    "what_we_do_text": (
        "Realizamos investigaciones, ofrecemos herramientas y capacitación, y brindamos un "
        "espacio único para que los tomadores de decisiones y el público dialoguen sobre los "
        "asuntos de política ambiental que afectan a la región de América del Norte."
    ),
}

WHAT_WE_DO_LINKS = {
    "About the CEC": "Acerca de la CCA",
    "Our projects": "Nuestros proyectos",
}

SPOTLIGHT = {
    "Mapping North America's ecoregions": {
        "title": "Cartografía de las ecorregiones de América del Norte",
        "blurb": (
            "El mapa actualizado de ecorregiones terrestres de nivel III ofrece a los tres "
            "países una visión común de sus paisajes, con datos descargables."
        ),
        "image_alt": "Un paisaje verde en capas bajo un cielo vespertino",
    },
    "Community solutions to marine litter": {
        "title": "Soluciones comunitarias a la basura marina",
        "blurb": (
            "Cómo varias localidades de la costa del Pacífico y de la cuenca del río Bravo "
            "redujeron los residuos que terminan en ríos y mares, y qué pueden aprender otras "
            "de su experiencia."
        ),
        "image_alt": "Colinas onduladas al amanecer",
    },
    "What 25 years of enforcement submissions taught us": {
        "title": "Lo que nos han enseñado 25 años de peticiones ciudadanas",
        "blurb": (
            "Cualquier persona en América del Norte puede solicitar a la CCA que examine si un "
            "país está aplicando efectivamente su legislación ambiental. Un balance de cómo ha "
            "funcionado este proceso."
        ),
        "image_alt": "Un valle fluvial entre laderas boscosas",
    },
}

TOPICS = {
    "Climate Change": {
        "title": "Cambio climático",
        "slug": "cambio-climatico",
        "short_description": (
            "Reducir los contaminantes climáticos de vida corta, adaptarse a un clima cambiante "
            "y ayudar a las comunidades a prepararse para los fenómenos meteorológicos extremos."
        ),
    },
    "Environmental Justice": {
        "title": "Justicia ambiental",
        "slug": "justicia-ambiental",
        "short_description": (
            "Garantizar que las comunidades desatendidas e indígenas gocen de un medio ambiente "
            "sano y tengan voz en las decisiones que lo afectan."
        ),
    },
    "Ecosystems": {
        "title": "Ecosistemas",
        "slug": "ecosistemas",
        "short_description": (
            "Conservar los hábitats y las especies que comparten los tres países, desde la "
            "mariposa monarca hasta los pastizales y las áreas marinas protegidas."
        ),
    },
    "Enforcement": {
        "title": "Aplicación de la legislación ambiental",
        "slug": "aplicacion-de-la-legislacion-ambiental",
        "short_description": (
            "Fortalecer la aplicación de las leyes ambientales, incluido el proceso de "
            "peticiones ciudadanas relativas a la aplicación efectiva de la legislación "
            "ambiental."
        ),
    },
    "Pollutants": {
        "title": "Contaminantes",
        "slug": "contaminantes",
        "short_description": (
            "Dar seguimiento a las emisiones y transferencias de contaminantes, los residuos "
            "peligrosos y las sustancias químicas de interés común en América del Norte, y "
            "reducirlos."
        ),
    },
    "Youth Engagement": {
        "title": "Participación de la juventud",
        "slug": "participacion-de-la-juventud",
        "short_description": (
            "Incorporar a las personas jóvenes en la toma de decisiones ambientales mediante "
            "subvenciones, retos de innovación y foros juveniles."
        ),
    },
    "Sustainable Living and Economies": {
        "title": "Vida y economías sostenibles",
        "slug": "vida-y-economias-sostenibles",
        "short_description": (
            "Economía circular, cadenas de suministro sostenibles y menos residuos, para "
            "economías más verdes en los tres países."
        ),
    },
    "Private Sector Engagement": {
        "title": "Participación del sector privado",
        "slug": "participacion-del-sector-privado",
        "short_description": (
            "Colaborar con empresas y asociaciones industriales en favor de una producción más "
            "limpia y un comercio sostenible."
        ),
    },
}

INDEX_PAGES = {
    "projects": {
        "title": "Proyectos",
        "slug": "proyectos",
        "introduction": (
            "Los proyectos de cooperación de la CCA reúnen a dependencias gubernamentales, "
            "especialistas y comunidades de Canadá, Estados Unidos y México."
        ),
    },
    "publications": {
        "title": "Publicaciones",
        "slug": "publicaciones",
        "introduction": (
            "Informes, documentos de antecedentes y fichas informativas de la CCA, de consulta y "
            "descarga gratuitas."
        ),
    },
    "impact": {
        "title": "Nuestro impacto",
        "slug": "nuestro-impacto",
        "introduction": (
            "Lo que el trabajo de la CCA ha cambiado en América del Norte: normas y políticas, "
            "estrategias de conservación, subvenciones comunitarias y mapas."
        ),
    },
    "topics": {
        "title": "Temas",
        "slug": "temas",
        "introduction": "Los asuntos ambientales en los que los tres países trabajan en conjunto.",
    },
}

ABOUT = {
    "title": "Acerca de",
    "slug": "acerca-de",
    "introduction": (
        "La Comisión para la Cooperación Ambiental (CCA) fue creada en 1994 por Canadá, Estados "
        "Unidos y México para trabajar conjuntamente en favor del medio ambiente que comparten en "
        "América del Norte."
    ),
    "paragraphs": [
        (
            "Quiénes somos",
            "La CCA reúne a los tres países para atender asuntos ambientales de interés común, "
            "contribuir a prevenir conflictos ambientales y comerciales, y promover la aplicación "
            "efectiva de la legislación ambiental. Desde julio de 2020 opera en el marco del "
            "Acuerdo de Cooperación Ambiental que acompaña al Tratado entre México, Estados "
            "Unidos y Canadá (T-MEC). Su Secretariado tiene sede en Montreal.",
        ),
        (
            "Cómo trabajamos",
            "El Consejo, integrado por los titulares de medio ambiente de los tres países, fija "
            "las prioridades de la CCA. El Secretariado ejecuta el plan operativo, y el Comité "
            "Consultivo Público Conjunto asesora al Consejo y promueve la participación del "
            "público.",
        ),
    ],
}

DOCUMENT_TYPES = {
    "Report": "Informe",
    "Background paper": "Documento de antecedentes",
    "Fact sheet": "Ficha informativa",
    "Strategic Plan": "Plan Estratégico",
    "Operational Plan": "Plan Operativo",
    "Council Resolution": "Resolución del Consejo",
    "Advice to Council": "Recomendación al Consejo",
    "Guidelines": "Directrices",
}

IMPACT_KINDS = {
    "standards": "Normas, reglamentos y políticas",
    "conservation": "Estrategias trinacionales de conservación",
    "grants": "Subvenciones comunitarias",
    "mapping": "Cartografía geoespacial",
    "capacity": "Capacitación y fortalecimiento de capacidades",
}

PROJECTS = {
    "Opportunities for Circularity in the North American Electronics Sector: Phase 1": {
        "title": (
            "Oportunidades de circularidad en el sector electrónico de América del Norte: fase 1"
        ),
        "summary": (
            "Los modelos lineales de producción y consumo ejercen una fuerte presión sobre los "
            "recursos naturales y aceleran la degradación ambiental. Esto, a su vez, se traduce"
            " en mayores riesgos para las empresas debido al aumento de los costos, así como a "
            "la incertidumbre y las interrupciones en el suministro. En el Plan Estratégico "
            "2021-2025 de la CCA, las Partes reconocieron que avanzar hacia una producción y un "
            "consumo sostenibles es clave para una economía de América del Norte más verde y "
            "resiliente. Este proyecto busca dónde pueden arraigar la reparación, la "
            "reutilización, el reacondicionamiento y la recuperación de materiales en el sector "
            "electrónico de los tres países."
        ),
        "issue": (
            "Los aparatos electrónicos figuran entre los flujos de residuos de más rápido "
            "crecimiento en América del Norte. Muchos dispositivos están diseñados de manera "
            "que dificulta su reparación, su reutilización y la recuperación de sus materiales,"
            " y solo una proporción modesta de los equipos desechados se recolecta para "
            "reciclarse adecuadamente. Metales valiosos como el cobre, el oro y los elementos "
            "de tierras raras terminan en rellenos sanitarios o se exportan, mientras que los "
            "fabricantes siguen expuestos a la volatilidad de los precios y a interrupciones en"
            " el suministro de materias primas críticas."
        ),
        "aim": (
            "Identificar oportunidades prácticas para que empresas, gobiernos y recicladores de"
            " los tres países mantengan en uso por más tiempo los productos electrónicos y sus "
            "materiales, y construir una base de evidencia común para las políticas de economía"
            " circular en el sector."
        ),
        "deliverables": [
            (
                "Mapa trinacional de las cadenas de valor y los flujos de materiales de la "
                "electrónica"
            ),
            (
                "Inventario de modelos de negocio circulares empleados por empresas de América "
                "del Norte"
            ),
            "Talleres con fabricantes, reacondicionadores y recicladores",
            "Informe con opciones de proyectos piloto para la fase 2",
        ],
        "image_alt": "Sector de la electrónica",
    },
    "Reduction of Marine Litter": {
        "title": "Reducción de la basura marina",
        "summary": (
            "Gran parte de la basura que llega a las costas de América del Norte se origina "
            "tierra adentro y es arrastrada por ríos, drenajes pluviales y el viento. Este "
            "proyecto analizó cómo escapan los residuos hacia los cuerpos de agua en cuencas "
            "piloto seleccionadas, puso a prueba formas económicas de impedirlo y compartió los"
            " resultados con municipios y grupos comunitarios que enfrentan problemas similares"
            " en las costas del Pacífico, del Atlántico y del Golfo."
        ),
        "issue": (
            "Las fuentes terrestres son responsables de la mayor parte de los desechos que se "
            "encuentran en los entornos costeros y marinos. Bolsas de plástico, empaques de "
            "alimentos, botellas y fragmentos se acumulan en playas y estuarios, donde dañan a "
            "aves marinas, tortugas y mamíferos marinos, y afectan la pesca y el turismo. Los "
            "gobiernos locales a menudo carecen de datos sobre el origen de la basura y sobre "
            "las medidas más eficaces, y los enfoques varían mucho entre las jurisdicciones de "
            "los tres países."
        ),
        "aim": (
            "Comprender mejor cómo llega al mar la basura de origen terrestre y ayudar a las "
            "comunidades de Canadá, Estados Unidos y México a evitarlo mediante medidas "
            "asequibles y probadas, así como métodos de monitoreo compartidos."
        ),
        "deliverables": [
            "Evaluación de las fuentes de basura en cuencas piloto",
            "Protocolo común para el monitoreo de basura en litorales y riberas",
            ("Conjunto de herramientas con medidas de prevención para gobiernos locales"),
            "Materiales de divulgación en español, francés e inglés",
        ],
        "image_alt": "Ilustración: colinas azules bajo un sol pálido",
    },
    "Community Solutions for Reducing Marine Litter": {
        "title": "Soluciones comunitarias para reducir la basura marina",
        "summary": (
            "A partir de trabajos anteriores de la CCA sobre basura marina, este proyecto apoyó"
            " acciones encabezadas por las comunidades para evitar que los residuos lleguen a "
            "ríos y aguas costeras en zonas desatendidas. Socios locales de los tres países "
            "diseñaron y llevaron a cabo actividades de limpieza, recolección y "
            "sensibilización, y sus resultados se reunieron para mostrar qué enfoques podrían "
            "ampliarse a otras partes de América del Norte."
        ),
        "issue": (
            "Las comunidades con servicios limitados de recolección de residuos —entre ellas "
            "muchas comunidades rurales, indígenas y de bajos ingresos— suelen cargar con una "
            "parte considerable de la contaminación por basura en los cuerpos de agua cercanos "
            "y en sus litorales. Pueden contar con pocos recursos para enfrentar el problema, "
            "aun cuando dependen de costas sanas para su alimentación, sus ingresos y sus "
            "prácticas culturales. Las soluciones diseñadas sin su participación con frecuencia"
            " no perduran una vez que termina el financiamiento externo."
        ),
        "aim": (
            "Ayudar a las comunidades a diseñar y poner en práctica sus propias soluciones a la"
            " basura marina, fortalecer la capacidad local de gestión de residuos y documentar "
            "lecciones prácticas que otras comunidades y gobiernos de América del Norte puedan "
            "aplicar."
        ),
        "deliverables": [
            ("Pequeñas subvenciones para organizaciones comunitarias de los tres países"),
            "Capacitación sobre monitoreo de basura y reducción de residuos",
            "Estudios de caso de proyectos comunitarios",
            ("Guía para organizaciones locales sobre soluciones comunitarias a la basura marina"),
        ],
        "image_alt": (
            "Ilustración: colinas verde azulado que se unen con un horizonte sereno bajo un sol"
            " blanco"
        ),
    },
    "North American On-line Interactive Informational Platform on Climate Change": {
        "title": (
            "Plataforma informativa interactiva en línea de América del Norte sobre cambio "
            "climático"
        ),
        "summary": (
            "Los datos climáticos de América del Norte están dispersos entre numerosas "
            "dependencias nacionales, formatos e idiomas. Este proyecto reunió en una sola "
            "plataforma en línea indicadores, mapas e informes de los tres países, lo que "
            "facilitó a los tomadores de decisiones, los investigadores y el público comparar "
            "la información sobre emisiones, impactos y adaptación en todo el subcontinente."
        ),
        "issue": (
            "Canadá, Estados Unidos y México publican, cada uno, grandes cantidades de "
            "información sobre emisiones de gases de efecto invernadero, impactos climáticos y "
            "medidas de adaptación. Esa información emplea métodos, unidades, periodos e "
            "idiomas distintos, y se encuentra en sitios web separados. Quienes buscan un "
            "panorama regional tienen dificultades para encontrar datos comparables, y los "
            "desafíos comunes, como los impactos transfronterizos, resultan difíciles de "
            "apreciar."
        ),
        "aim": (
            "Crear una plataforma en línea interactiva y trilingüe que vincule y presente "
            "información comparable sobre el cambio climático de los tres países, y fomentar su"
            " uso amplio entre responsables de políticas, docentes, estudiantes e "
            "investigadores."
        ),
        "deliverables": [
            "Inventario de fuentes de datos e indicadores climáticos nacionales",
            "Plataforma interactiva en línea en español, francés e inglés",
            "Conjunto de indicadores climáticos comparables para América del Norte",
            "Guía del usuario y seminarios web de capacitación",
        ],
        "image_alt": (
            "Ilustración: colinas verdes escalonadas y un sol brillante en un cielo despejado"
        ),
    },
    "Conserving Monarch Butterfly Habitat along the Migratory Route": {
        "title": (
            "Conservación del hábitat de la mariposa monarca a lo largo de su ruta migratoria"
        ),
        "summary": (
            "Cada año, la mariposa monarca recorre miles de kilómetros entre sus zonas de "
            "reproducción en Canadá y Estados Unidos y los bosques donde hiberna en el centro "
            "de México. Este proyecto ayudó a propietarios, administradores de tierras y "
            "comunidades a restaurar el algodoncillo y las plantas nectaríferas a lo largo de "
            "la ruta, y mejoró el monitoreo para que los tres países pudieran seguir la "
            "respuesta de la población."
        ),
        "issue": (
            "La población oriental de la mariposa monarca ha disminuido drásticamente desde la "
            "década de 1990. A ello contribuyen la pérdida de algodoncillo en las zonas de "
            "reproducción, la degradación de los bosques de hibernación, el uso de plaguicidas "
            "y los fenómenos meteorológicos extremos. Como la especie depende de hábitats en "
            "los tres países, ningún gobierno puede revertir por sí solo esta disminución, y "
            "los esfuerzos de conservación a menudo han carecido de coordinación y han sido "
            "difíciles de medir."
        ),
        "aim": (
            "Aumentar la cantidad y la calidad del hábitat de la monarca a lo largo de su ruta "
            "migratoria, y armonizar los métodos de monitoreo para que Canadá, Estados Unidos y"
            " México puedan medir los avances hacia metas de conservación compartidas."
        ),
        "deliverables": [
            ("Directrices para restaurar el hábitat en bordes de carreteras y derechos de vía"),
            ("Protocolo armonizado para el monitoreo de sitios de reproducción y de hibernación"),
            "Capacitación para administradores de tierras y monitores voluntarios",
            "Informe trinacional de avances en la conservación de la monarca",
        ],
        "image_alt": "Ilustración: colinas doradas bajo un sol matutino anaranjado",
    },
    "Strengthening Compliance with Wildlife Trade Laws at Ports of Entry": {
        "title": (
            "Fortalecimiento del cumplimiento de las leyes sobre comercio de vida silvestre en "
            "los puntos de entrada"
        ),
        "summary": (
            "El comercio ilegal de vida silvestre y de sus productos transita por aeropuertos, "
            "puertos marítimos y cruces terrestres de toda América del Norte. Este proyecto "
            "capacitó a agentes aduanales y de vida silvestre de los tres países para "
            "identificar especies protegidas, intercambiar información de inteligencia y "
            "coordinar inspecciones, lo que les ayudó a detectar y detener los envíos ilegales "
            "de manera más sistemática."
        ),
        "issue": (
            "El comercio de plantas y animales protegidos —como el buche de totoaba, el pepino "
            "de mar, las tortugas y las maderas raras— se rige por las leyes nacionales y por "
            "la Convención sobre el Comercio Internacional de Especies Amenazadas de Fauna y "
            "Flora Silvestres (CITES). En puertos con mucho movimiento, los agentes enfrentan "
            "grandes volúmenes de carga y disponen de poco tiempo, y a menudo carecen de "
            "herramientas para reconocer las especies listadas o para intercambiar información "
            "rápidamente con sus homólogos de los otros dos países."
        ),
        "aim": (
            "Fortalecer la capacidad de los funcionarios encargados de la aplicación de la ley "
            "en Canadá, Estados Unidos y México para detectar, identificar e interceptar envíos"
            " ilegales de vida silvestre, y mejorar la cooperación entre dependencias a lo "
            "largo de las rutas comerciales compartidas."
        ),
        "deliverables": [
            "Guías de identificación de especies para inspectores de primera línea",
            (
                "Capacitación en selección de objetivos basada en riesgos para agentes "
                "aduanales y de vida silvestre"
            ),
            ("Taller trinacional para funcionarios encargados de la aplicación de la ley"),
            "Protocolo para el intercambio seguro de información entre dependencias",
        ],
        "image_alt": "Ilustración: crestas verde oscuro bajo un sol amarillo brumoso",
    },
    "Improving the Comparability of Pollutant Release and Transfer Registers": {
        "title": (
            "Mejora de la comparabilidad de los registros de emisiones y transferencias de "
            "contaminantes"
        ),
        "summary": (
            "Canadá, Estados Unidos y México exigen a las instalaciones industriales que "
            "informen sobre sus emisiones y transferencias de contaminantes. Este proyecto "
            "trabajó para armonizar las sustancias incluidas, los umbrales de notificación y "
            "los códigos industriales empleados en los tres registros nacionales, de modo que "
            "los datos puedan integrarse en un panorama fiable de América del Norte para el "
            "público y los tomadores de decisiones."
        ),
        "issue": (
            "El Inventario Nacional de Emisiones de Contaminantes (NPRI) de Canadá, el Registro"
            " de Emisiones y Transferencia de Contaminantes (RETC) de México y el Inventario de"
            " Emisiones Tóxicas (TRI) de Estados Unidos difieren en las sustancias y los "
            "sectores que abarcan, así como en la forma en que las instalaciones estiman sus "
            "emisiones. Estas diferencias dificultan comparar instalaciones que realizan "
            "actividades similares en distintos países o dar seguimiento a las transferencias "
            "transfronterizas de residuos para su reciclaje, tratamiento y disposición final."
        ),
        "aim": (
            "Aumentar la comparabilidad de los datos sobre emisiones y transferencias de "
            "contaminantes en América del Norte mediante la identificación de las principales "
            "diferencias entre los tres registros y la recomendación de medidas prácticas para "
            "acercarlos."
        ),
        "deliverables": [
            "Análisis de las diferencias en sustancias, umbrales y sectores incluidos",
            "Recomendaciones para aumentar la comparabilidad",
            "Conjunto de datos integrado y actualizado de América del Norte",
            "Nueva edición del informe En balance",
        ],
        "image_alt": "Ilustración: colinas gris azulado bajo un cielo nublado",
    },
    "Youth Innovation Challenge for Environmental Action": {
        "title": "Reto Juvenil de Innovación para la Acción Ambiental",
        "summary": (
            "Las personas jóvenes de América del Norte tienen ideas novedosas para enfrentar "
            "los problemas ambientales de sus comunidades. Este reto invitó a jóvenes de 18 a "
            "30 años de Canadá, Estados Unidos y México a proponer soluciones prácticas en "
            "torno a un tema anual. Los finalistas presentaron sus ideas al Consejo de la CCA y"
            " recibieron mentoría y capital semilla para seguir desarrollándolas."
        ),
        "issue": (
            "Las personas jóvenes serán quienes vivan por más tiempo con las consecuencias de "
            "las decisiones ambientales que se toman hoy, pero rara vez participan en ellas. "
            "Muchas iniciativas juveniles tienen ideas sólidas, pero carecen de financiamiento,"
            " mentores y contacto con los tomadores de decisiones. Los jóvenes de comunidades "
            "rurales, indígenas y de bajos ingresos enfrentan obstáculos adicionales para "
            "participar en los debates regionales de política."
        ),
        "aim": (
            "Ofrecer a las personas jóvenes una vía directa para aportar soluciones a los "
            "desafíos ambientales de América del Norte, vincularlas con especialistas y "
            "tomadores de decisiones, y apoyar los proyectos prometedores con mentoría y un "
            "modesto capital semilla."
        ),
        "deliverables": [
            "Convocatoria de propuestas en tres idiomas",
            "Programa de mentoría para los equipos finalistas",
            "Sesión juvenil en la reunión ordinaria anual del Consejo",
            "Subvenciones de capital semilla para los proyectos ganadores",
        ],
        "image_alt": "Ilustración: colinas verde brillante bajo un alegre sol amarillo",
    },
    "Indigenous and Local Knowledge for Climate Resilience in Coastal Communities": {
        "title": (
            "Conocimientos indígenas y locales para la resiliencia climática de las comunidades"
            " costeras"
        ),
        "summary": (
            "Las comunidades indígenas y costeras poseen un profundo conocimiento sobre los "
            "cambios en las estaciones, los litorales y las especies. Este proyecto apoya a "
            "comunidades de los tres países para documentar y aplicar ese conocimiento junto "
            "con datos científicos al planificar ante el aumento del nivel del mar, las "
            "tormentas y la erosión, y ayuda a las dependencias a incorporarlo en las "
            "decisiones de adaptación de manera respetuosa y encabezada por las propias "
            "comunidades."
        ),
        "issue": (
            "Las comunidades costeras de América del Norte enfrentan el aumento del nivel del "
            "mar, tormentas más intensas, el deshielo del permafrost y cambios en las "
            "poblaciones de peces. Muchas comunidades indígenas se encuentran entre las más "
            "expuestas; sin embargo, los planes de adaptación a menudo se elaboran sin su "
            "conocimiento ni su participación. El conocimiento ecológico tradicional rara vez "
            "se reconoce en las evaluaciones oficiales, y las comunidades cuentan con recursos "
            "limitados para registrarlo y protegerlo en sus propios términos."
        ),
        "aim": (
            "Fortalecer la resiliencia climática de las costas apoyando a las comunidades para "
            "que incorporen los conocimientos indígenas y locales en la planificación de la "
            "adaptación, de modo que conserven el control sobre la forma en que se recopilan, "
            "comparten y utilizan sus conocimientos."
        ),
        "deliverables": [
            (
                "Proyectos piloto de documentación de conocimientos encabezados por comunidades"
                " en cada país"
            ),
            "Orientaciones sobre participación ética y soberanía de los datos",
            "Visitas de intercambio entre las comunidades participantes",
            "Resumen de lecciones para los planificadores de la adaptación",
        ],
        "image_alt": "Ilustración: colinas costeras bajas bajo un suave amanecer rosado",
    },
    "Reducing Food Loss and Waste in North America": {
        "title": "Reducción de la pérdida y el desperdicio de alimentos en América del Norte",
        "summary": (
            "Una gran parte de los alimentos que se producen en América del Norte nunca se "
            "consume. Este proyecto estimó cuántos alimentos se pierden o desperdician a lo "
            "largo de la cadena de suministro en los tres países, examinó sus causas y difundió"
            " herramientas prácticas para ayudar a productores agrícolas, procesadores, "
            "minoristas y hogares a evitar el desperdicio y a recuperar los excedentes para las"
            " personas que los necesitan."
        ),
        "issue": (
            "Los alimentos que se pierden en el campo, se dañan durante el transporte o se "
            "desechan en tiendas y hogares desperdician el agua, la tierra, la energía y el "
            "trabajo empleados para producirlos. Cuando terminan en rellenos sanitarios, "
            "generan metano, un potente gas de efecto invernadero. Las estimaciones del "
            "problema en América del Norte variaban ampliamente, lo que dificultaba fijar metas"
            " o saber qué medidas serían más eficaces."
        ),
        "aim": (
            "Mejorar la medición de la pérdida y el desperdicio de alimentos en América del "
            "Norte y ayudar a empresas, gobiernos y comunidades a prevenirlos, rescatar los "
            "excedentes y evitar que el resto termine en rellenos sanitarios."
        ),
        "deliverables": [
            (
                "Estimación de la pérdida y el desperdicio de alimentos a lo largo de la cadena"
                " de suministro"
            ),
            "Guía práctica para medir la pérdida y el desperdicio de alimentos",
            ("Material educativo sobre desperdicio de alimentos para escuelas y grupos juveniles"),
            "Estudios de caso de programas de recuperación de alimentos",
        ],
        "image_alt": "Ilustración: colinas en mosaico verde y ocre bajo un sol cálido",
    },
    "Reducing Mercury Emissions and Trade in North America": {
        "title": "Reducción de las emisiones y el comercio de mercurio en América del Norte",
        "summary": (
            "El mercurio recorre grandes distancias por el aire y se acumula en peces y fauna "
            "silvestre, lo que afecta la salud humana lejos del lugar donde se libera. Este "
            "proyecto dio seguimiento al suministro, el comercio y las emisiones de mercurio en"
            " los tres países y apoyó a México para reducir las emisiones de sectores clave, lo"
            " que ayudó a los tres a prepararse para cumplir sus compromisos en virtud del "
            "Convenio de Minamata."
        ),
        "issue": (
            "El mercurio se utiliza en algunos procesos y productos industriales y se libera "
            "por la combustión de carbón, la producción de metales y la minería artesanal de "
            "oro. Una vez liberado, puede depositarse en lugares lejanos y acumularse en las "
            "cadenas tróficas. Había poca información sobre la cantidad de mercurio que se "
            "comerciaba entre los tres países y sobre su destino final, lo que dificultaba el "
            "control de su suministro y uso."
        ),
        "aim": (
            "Reducir los riesgos que el mercurio representa para las personas y los ecosistemas"
            " mejorando el conocimiento de los flujos de mercurio en América del Norte y "
            "apoyando acciones para reducir las emisiones y almacenar de forma segura los "
            "excedentes."
        ),
        "deliverables": [
            ("Inventario de América del Norte sobre el suministro y el comercio de mercurio"),
            "Inventarios de emisiones de sectores prioritarios en México",
            (
                "Opciones para el almacenamiento ambientalmente adecuado de los excedentes de "
                "mercurio"
            ),
            "Taller trinacional sobre la aplicación del Convenio de Minamata",
        ],
        "image_alt": "Ilustración: colinas gris plateado bajo un pálido sol de invierno",
    },
    "Improving Air Quality Forecasting and Public Information": {
        "title": "Mejora de los pronósticos de calidad del aire y de la información al público",
        "summary": (
            "La contaminación del aire no se detiene en las fronteras, y la población necesita "
            "información fiable para proteger su salud en los días de mala calidad del aire. "
            "Este proyecto ayudó a los tres países a compartir datos de monitoreo casi en "
            "tiempo real, a mejorar las herramientas de pronóstico en ciudades mexicanas y a "
            "presentar al público la información sobre calidad del aire de forma clara y "
            "coherente."
        ),
        "issue": (
            "Las partículas finas y el ozono troposférico causan muertes prematuras y "
            "enfermedades respiratorias en los tres países. Las redes de monitoreo y los "
            "sistemas de alerta pública difieren en cobertura, métodos y forma de comunicar el "
            "riesgo. En algunas ciudades, los habitantes reciben pocos avisos antes de los "
            "episodios de contaminación, y los datos de las estaciones cercanas a las fronteras"
            " no se comparten fácilmente con las jurisdicciones vecinas."
        ),
        "aim": (
            "Ayudar a la población de América del Norte a proteger su salud mejorando el "
            "intercambio transfronterizo de datos sobre calidad del aire, fortaleciendo la "
            "capacidad de pronóstico y haciendo que las alertas públicas sean más fáciles de "
            "entender para todos."
        ),
        "deliverables": [
            (
                "Acuerdos de intercambio de datos para estaciones de monitoreo en regiones "
                "fronterizas"
            ),
            ("Capacitación en pronóstico de la calidad del aire para dependencias mexicanas"),
            ("Revisión de los mensajes empleados en los índices nacionales de calidad del aire"),
            ("Capa cartográfica actualizada de la calidad del aire en América del Norte"),
        ],
        "image_alt": "Ilustración: colinas que se desvanecen en un cielo ámbar brumoso",
    },
    "Improving Black Carbon Emissions Inventories": {
        "title": "Mejora de los inventarios de emisiones de carbono negro",
        "summary": (
            "El carbono negro, un componente de la contaminación por partículas finas, calienta"
            " el clima y daña la salud. Este proyecto ayudó a los tres países a mejorar sus "
            "estimaciones de las emisiones de carbono negro de fuentes como los motores diésel,"
            " los hornos ladrilleros y la quema doméstica de leña, lo que dio a los gobiernos "
            "una mejor base para emprender acciones que beneficien tanto la calidad del aire "
            "como el clima."
        ),
        "issue": (
            "Los contaminantes climáticos de vida corta, como el carbono negro y el metano, "
            "permanecen en la atmósfera de días a años, pero tienen un fuerte efecto de "
            "calentamiento. Reducirlos puede frenar el calentamiento a corto plazo y, al mismo "
            "tiempo, mejorar la calidad del aire. Sin embargo, las estimaciones de emisiones de"
            " carbono negro eran inciertas y poco uniformes en América del Norte, y algunas "
            "fuentes importantes, como la producción artesanal de ladrillos, estaban mal "
            "caracterizadas."
        ),
        "aim": (
            "Fortalecer los inventarios de emisiones de carbono negro de Canadá, Estados Unidos"
            " y México, con énfasis en las fuentes poco documentadas, e identificar reducciones"
            " costo-eficaces que beneficien tanto al clima como a la salud pública."
        ),
        "deliverables": [
            "Metodología armonizada para los inventarios de carbono negro",
            "Mediciones en campo de las emisiones de hornos ladrilleros artesanales",
            "Comparación de los tres inventarios nacionales",
            "Documento de opciones sobre medidas de mitigación",
        ],
        "image_alt": "Ilustración: colinas color carbón bajo un sol anaranjado y humeante",
    },
    "Blue Carbon: Mapping Coastal Wetlands as Carbon Sinks": {
        "title": ("Carbono azul: cartografía de los humedales costeros como sumideros de carbono"),
        "summary": (
            "Las marismas, los manglares y las praderas de pastos marinos almacenan grandes "
            "cantidades de carbono en sus suelos. Este proyecto cartografió estos ecosistemas "
            "costeros en toda América del Norte, estimó cuánto carbono contienen y difundió "
            "métodos que los administradores pueden emplear para tener en cuenta el "
            "almacenamiento de carbono al proteger y restaurar los hábitats costeros."
        ),
        "issue": (
            "Los humedales costeros almacenan carbono a tasas muy superiores a las de muchos "
            "bosques, pero se están perdiendo a causa del desarrollo urbano, el drenaje, la "
            "contaminación y el aumento del nivel del mar. Cuando se degradan, pueden liberar "
            "de nuevo a la atmósfera el carbono almacenado. En ese momento no existía un mapa "
            "homogéneo de estos hábitats de carbono azul en América del Norte, y las "
            "estimaciones de sus reservas de carbono variaban ampliamente."
        ),
        "aim": (
            "Mejorar el conocimiento de la extensión y las reservas de carbono de los hábitats "
            "de carbono azul de América del Norte, y apoyar su conservación y restauración como"
            " parte de las estrategias nacionales de mitigación y adaptación al cambio "
            "climático."
        ),
        "deliverables": [
            "Mapa de marismas, manglares y pastos marinos de América del Norte",
            "Síntesis de las mediciones de reservas de carbono",
            "Muestreo en campo en sitios prioritarios",
            "Capas cartográficas del Atlas con datos descargables",
        ],
        "image_alt": "Ilustración: colinas verde mar que descienden hacia un horizonte azul",
    },
    "Strengthening Environmental Inspection Capacity through Online Training": {
        "title": (
            "Fortalecimiento de la capacidad de inspección ambiental mediante capacitación en línea"
        ),
        "summary": (
            "Los inspectores ambientales necesitan habilidades actualizadas para verificar el "
            "cumplimiento de las leyes sobre residuos, sustancias químicas y vida silvestre. "
            "Este proyecto elaboró, junto con las dependencias encargadas de la aplicación de "
            "la ley de los tres países, un programa de capacitación en línea trilingüe sobre "
            "planificación de inspecciones, obtención de pruebas y seguridad en campo, para que"
            " los funcionarios pudieran seguir aprendiendo durante la pandemia de COVID-19 y "
            "después de ella."
        ),
        "issue": (
            "Las dependencias encargadas de la aplicación de la legislación ambiental en "
            "América del Norte enfrentan una alta rotación de personal, territorios extensos y "
            "una gama creciente de actividades reguladas. La capacitación presencial es costosa"
            " y quedó suspendida en gran medida durante la pandemia de COVID-19. Los materiales"
            " de capacitación se elaboraban por separado en cada país, y los inspectores tenían"
            " pocas oportunidades de aprender de sus homólogos que enfrentaban desafíos "
            "similares al otro lado de la frontera."
        ),
        "aim": (
            "Fortalecer las habilidades de los inspectores ambientales y de los funcionarios "
            "encargados de la aplicación de la ley en Canadá, Estados Unidos y México mediante "
            "capacitación en línea compartida y accesible, así como intercambios entre pares "
            "que puedan actualizarse y reutilizarse con el tiempo."
        ),
        "deliverables": [
            "Módulos de cursos en línea trilingües sobre práctica de la inspección",
            (
                "Intercambios virtuales entre pares para funcionarios encargados de la "
                "aplicación de la ley"
            ),
            "Guía para realizar inspecciones en campo seguras y eficaces",
            "Evaluación de la participación en la capacitación y de sus resultados",
        ],
        "image_alt": "Ilustración: colinas verde olivo bajo un sol despejado de mediodía",
    },
    ("Tracking Transboundary Shipments of Hazardous Waste and Spent Lead-Acid Batteries"): {
        "title": (
            "Seguimiento de los envíos transfronterizos de residuos peligrosos y baterías de "
            "plomo-ácido usadas"
        ),
        "summary": (
            "Cada año, grandes volúmenes de residuos peligrosos y baterías de plomo-ácido "
            "usadas cruzan las fronteras de América del Norte para su reciclaje. Este proyecto "
            "trabajó con autoridades ambientales y aduaneras para sustituir los avisos en papel"
            " por un sistema de intercambio electrónico y para mejorar la verificación de los "
            "envíos, lo que redujo el riesgo de un manejo ilegal o inseguro."
        ),
        "issue": (
            "Los envíos transfronterizos de residuos peligrosos requieren notificación y "
            "consentimiento entre los países de exportación e importación. Los procedimientos "
            "en papel son lentos y dificultan confirmar que los envíos lleguen a instalaciones "
            "autorizadas. Las baterías de plomo-ácido usadas son motivo de especial "
            "preocupación, ya que el plomo liberado durante un reciclaje deficiente puede "
            "contaminar el suelo y dañar la salud de los trabajadores y de los vecinos."
        ),
        "aim": (
            "Mejorar el seguimiento y el manejo ambientalmente adecuado de los residuos "
            "peligrosos que circulan entre los tres países mediante la notificación "
            "electrónica, mejores datos y una aplicación coordinada de la ley en los cruces "
            "fronterizos y las instalaciones de reciclaje."
        ),
        "deliverables": [
            ("Intercambio electrónico de notificaciones y consentimientos entre los tres países"),
            "Capacitación para funcionarios aduaneros y ambientales",
            "Informe sobre el comercio de baterías de plomo-ácido usadas",
            "Directrices sobre prácticas de reciclaje ambientalmente adecuadas",
        ],
        "image_alt": "Ilustración: colinas color óxido bajo un cielo polvoriento",
    },
    "Energy Management Systems for Industrial Facilities": {
        "title": "Sistemas de gestión de la energía para instalaciones industriales",
        "summary": (
            "Muchas fábricas podrían ahorrar energía y dinero si gestionaran con más cuidado su"
            " consumo de electricidad, calor y vapor. Este proyecto ayudó a instalaciones "
            "industriales de los tres países a adoptar la norma ISO 50001 de gestión de la "
            "energía, capacitó a especialistas para apoyarlas y difundió estudios de caso que "
            "muestran ahorros en costos energéticos y en emisiones de gases de efecto "
            "invernadero."
        ),
        "issue": (
            "La industria representa una parte importante del consumo de energía y de las "
            "emisiones de gases de efecto invernadero de América del Norte. Muchas "
            "instalaciones, sobre todo las pequeñas y medianas, carecen de sistemas para "
            "monitorear su consumo de energía e identificar ahorros. Normas internacionales "
            "como la ISO 50001 ofrecen un enfoque estructurado, pero su adopción ha sido lenta "
            "debido al escaso conocimiento, al reducido número de especialistas capacitados y a"
            " la poca evidencia de sus beneficios."
        ),
        "aim": (
            "Aumentar la adopción de sistemas de gestión de la energía en la industria de "
            "América del Norte para reducir costos energéticos y emisiones, fortalecer la "
            "competitividad de las instalaciones participantes y formar un grupo de "
            "especialistas calificados en cada país."
        ),
        "deliverables": [
            (
                "Capacitación en gestión de la energía para el personal de las instalaciones y "
                "especialistas"
            ),
            "Apoyo a instalaciones piloto que buscan la certificación ISO 50001",
            "Estudios de caso sobre ahorros de energía y de costos",
            "Red de pares de las empresas participantes",
        ],
        "image_alt": "Ilustración: colinas azul acero bajo un sol blanco y brillante",
    },
    "Sustainable Tourism in Marine Protected Areas": {
        "title": "Turismo sostenible en áreas marinas protegidas",
        "summary": (
            "La observación de ballenas, el buceo y la recreación costera sostienen miles de "
            "empleos, pero una fuerte presión de visitantes puede dañar los lugares que atraen "
            "al turismo. Este proyecto trabaja con administradores de áreas marinas protegidas "
            "y operadores turísticos locales de los tres países para elaborar directrices para "
            "visitantes, herramientas de monitoreo y opciones de certificación que mantengan "
            "sanos tanto los ecosistemas como los medios de vida."
        ),
        "issue": (
            "Las áreas marinas protegidas, desde el golfo de California hasta el golfo de "
            "Maine, atraen a un número creciente de visitantes. Un turismo mal gestionado puede"
            " perturbar la fauna, dañar arrecifes y bosques de sargazo gigante, y saturar la "
            "infraestructura local. Muchas áreas protegidas carecen del personal y los datos "
            "necesarios para fijar límites sostenibles de visitantes, mientras que los pequeños"
            " operadores tienen pocos incentivos para adoptar mejores prácticas."
        ),
        "aim": (
            "Apoyar un turismo en las áreas marinas protegidas que beneficie a las comunidades "
            "locales y, al mismo tiempo, proteja la fauna y los hábitats, mediante el "
            "intercambio de herramientas de gestión y el trabajo directo con operadores "
            "turísticos y administradores de sitios en cada país."
        ),
        "deliverables": [
            ("Protocolo para monitorear el impacto de los visitantes en áreas marinas protegidas"),
            "Directrices de buenas prácticas para operadores de observación de fauna",
            "Proyectos piloto en sitios seleccionados de cada país",
            "Programa de intercambio para administradores de áreas protegidas",
        ],
        "image_alt": (
            "Ilustración: colinas turquesa junto a un mar resplandeciente bajo un sol alto"
        ),
    },
    "Environmental Justice for Climate Resilience (EJ4Climate) Grants": {
        "title": ("Subvenciones de Justicia Ambiental para la Resiliencia Climática (EJ4Climate)"),
        "summary": (
            "El programa de subvenciones EJ4Climate financia proyectos comunitarios que ayudan "
            "a comunidades desatendidas y vulnerables, incluidas las comunidades indígenas, a "
            "prepararse para los impactos del cambio climático. Las subvenciones apoyan a "
            "organizaciones locales de Canadá, Estados Unidos y México para planificar medidas "
            "de adaptación, reducir los riesgos asociados al calor, las inundaciones y las "
            "sequías, y compartir sus aprendizajes en toda la región."
        ),
        "issue": (
            "El cambio climático nos afecta a todos, pero sus impactos recaen con más fuerza en"
            " las comunidades que ya enfrentan contaminación, pobreza, vivienda precaria o "
            "acceso limitado a los servicios. Con frecuencia, estas comunidades son las que "
            "tienen menos capacidad para solicitar grandes subvenciones o participar en los "
            "procesos de planificación. Sin un apoyo específico, el gasto en adaptación puede "
            "ampliar las desigualdades existentes en lugar de reducirlas."
        ),
        "aim": (
            "Fortalecer la resiliencia climática de las comunidades desatendidas y vulnerables "
            "de América del Norte financiando proyectos de iniciativa local y fortaleciendo la "
            "capacidad de las organizaciones comunitarias para actuar en materia de justicia "
            "ambiental y cambio climático."
        ),
        "deliverables": [
            "Ciclos anuales de subvenciones con convocatorias en tres idiomas",
            "Subvenciones a organizaciones comunitarias de los tres países",
            "Capacitación y actividades de vinculación para los beneficiarios",
            "Mapa en línea e historias de los proyectos financiados",
        ],
        "image_alt": "Ilustración: colinas onduladas al amanecer con un cielo rosado",
    },
    "North American Partnership for Environmental Community Action (NAPECA)": {
        "title": "Alianza de América del Norte para la Acción Comunitaria Ambiental (ANAA)",
        "summary": (
            "La ANAA otorgó pequeñas subvenciones a grupos comunitarios, organizaciones "
            "indígenas y organizaciones sin fines de lucro de Canadá, Estados Unidos y México "
            "para proyectos locales sobre comunidades saludables, economías con bajas emisiones"
            " de carbono y conservación de ecosistemas. El programa ayudó a convertir ideas en "
            "acciones concretas sobre el terreno y vinculó a los beneficiarios entre sí para "
            "que compartieran experiencias más allá de las fronteras."
        ),
        "issue": (
            "Las organizaciones locales suelen estar en la mejor posición para comprender y "
            "resolver los problemas ambientales de sus propias comunidades; sin embargo, les "
            "cuesta conseguir montos modestos de financiamiento para proyectos prácticos. La "
            "mayoría de los programas de financiamiento tienen un alcance nacional y rara vez "
            "fomentan los intercambios entre comunidades que enfrentan desafíos similares en "
            "otras partes de América del Norte."
        ),
        "aim": (
            "Apoyar proyectos ambientales comunitarios que generen resultados locales "
            "tangibles, fortalecer la capacidad de las organizaciones de base y estrechar los "
            "vínculos entre comunidades de los tres países que trabajan por objetivos "
            "similares."
        ),
        "deliverables": [
            "Ciclos anuales de subvenciones para organizaciones comunitarias",
            "Capacitación y reuniones de vinculación para los beneficiarios",
            "Escaparate en línea de los proyectos financiados",
            "Evaluación de los resultados del programa",
        ],
        "image_alt": "Ilustración: colinas bajo un sol pálido",
    },
    "Extreme Heat and Health: Early Warning for Vulnerable Communities": {
        "title": "Calor extremo y salud: alerta temprana para comunidades vulnerables",
        "summary": (
            "Las olas de calor son cada vez más largas e intensas en América del Norte, con "
            "graves riesgos para las personas mayores, quienes trabajan al aire libre y quienes"
            " no tienen forma de refrescar su vivienda. Este proyecto ayuda a las dependencias "
            "de salud y medio ambiente de los tres países a compartir prácticas sobre alertas "
            "de calor, planes de acción de calor y salud y labores de divulgación, con énfasis "
            "en llegar a las personas en mayor riesgo."
        ),
        "issue": (
            "El calor extremo causa más muertes que muchos otros fenómenos meteorológicos, pero"
            " a menudo se subestima. El riesgo es mayor entre las personas mayores, las "
            "personas con enfermedades crónicas, quienes trabajan al aire libre y los "
            "habitantes de barrios urbanos densos con pocos árboles. Los sistemas de alerta y "
            "los planes de respuesta varían mucho entre ciudades y regiones, y muchas "
            "comunidades pequeñas no cuentan con ningún plan de calor y salud."
        ),
        "aim": (
            "Reducir las enfermedades y muertes causadas por el calor extremo ayudando a las "
            "comunidades de Canadá, Estados Unidos y México a desarrollar sistemas eficaces de "
            "alerta temprana y planes de acción de calor y salud que lleguen a las personas "
            "vulnerables."
        ),
        "deliverables": [
            ("Revisión de los criterios de alerta por calor empleados en América del Norte"),
            "Modelo de plan local de acción de calor y salud",
            "Proyectos piloto en ciudades medianas de cada país",
            "Capas cartográficas de islas de calor urbanas",
        ],
        "image_alt": "Ilustración: colinas resecas color canela bajo un abrasador sol rojo",
    },
    "Wildfire Resilience and Post-fire Recovery in Shared Forest Landscapes": {
        "title": (
            "Resiliencia ante incendios forestales y recuperación posterior en paisajes "
            "forestales compartidos"
        ),
        "summary": (
            "En los últimos años, grandes incendios forestales han quemado superficies récord "
            "de bosque en América del Norte. Este proyecto reúne a especialistas en incendios y"
            " en bosques de los tres países para comparar enfoques de restauración posincendio,"
            " cartografiar las zonas de alto riesgo y apoyar a los administradores de tierras y"
            " a las comunidades para que los bosques y los asentamientos cercanos sean más "
            "resilientes al fuego."
        ),
        "issue": (
            "Las condiciones más cálidas y secas y las temporadas de incendios más largas están"
            " aumentando la extensión y la gravedad de los incendios forestales. Las zonas "
            "quemadas pueden sufrir erosión, pérdida de hábitat para la fauna y deterioro de la"
            " calidad del agua, y a algunos bosques les cuesta regenerarse. Los organismos de "
            "combate de incendios de los tres países ya cooperan en la supresión, pero hay "
            "menos intercambio en materia de prevención, recuperación y del papel del manejo "
            "indígena del fuego."
        ),
        "aim": (
            "Mejorar la resiliencia de los ecosistemas forestales de América del Norte ante los"
            " incendios mediante el intercambio de conocimientos sobre prevención, quemas "
            "culturales y restauración posincendio entre los organismos de combate de "
            "incendios, los pueblos indígenas, los propietarios de tierras y las comunidades "
            "locales."
        ),
        "deliverables": [
            "Revisión comparativa de las prácticas de restauración posincendio",
            "Mapa del riesgo de incendios forestales para ecosistemas prioritarios",
            "Intercambio de aprendizajes sobre el manejo indígena del fuego",
            "Orientaciones sobre la preparación comunitaria ante incendios forestales",
        ],
        "image_alt": "Ilustración: colinas boscosas oscuras bajo un cielo anaranjado intenso",
    },
    "Youth Ambassadors for North American Grasslands": {
        "title": "Jóvenes embajadores de los pastizales de América del Norte",
        "summary": (
            "Los pastizales de las Grandes Planicies y del desierto chihuahuense se cuentan "
            "entre los ecosistemas más amenazados del subcontinente. Este proyecto forma como "
            "embajadores de los pastizales a jóvenes de comunidades ganaderas, agrícolas e "
            "indígenas de los tres países, quienes monitorean las aves de pastizal, encabezan "
            "actividades de divulgación local y comparten con sus pares historias de "
            "conservación."
        ),
        "issue": (
            "Los pastizales de América del Norte se han convertido extensamente en tierras de "
            "cultivo y otros usos, y las poblaciones de aves de pastizal han disminuido más "
            "abruptamente que las de casi cualquier otro grupo de aves. Gran parte del pastizal"
            " restante es de propiedad privada y está en manos de ganaderos. Los jóvenes de "
            "estas regiones tienen pocas oportunidades de desarrollar una carrera en la "
            "conservación o de vincularse con sus pares de los otros países."
        ),
        "aim": (
            "Involucrar a las personas jóvenes en la conservación de los pastizales de América "
            "del Norte fortaleciendo sus habilidades de monitoreo y divulgación, vinculando a "
            "jóvenes de los tres países y apoyándolos para que encabecen actividades locales de"
            " conservación."
        ),
        "deliverables": [
            "Programa de formación para jóvenes embajadores",
            "Monitoreo de aves de pastizal con participación juvenil",
            ("Intercambio juvenil transfronterizo en la región del desierto chihuahuense"),
            "Materiales de divulgación elaborados por jóvenes",
        ],
        "image_alt": (
            "Ilustración: amplias llanuras verde amarillento y colinas bajas bajo un cielo inmenso"
        ),
    },
    "Supply Chain Transparency for Chemicals in Products": {
        "title": (
            "Transparencia en la cadena de suministro sobre las sustancias químicas en los "
            "productos"
        ),
        "summary": (
            "Los consumidores, los minoristas y los recicladores a menudo desconocen qué "
            "sustancias químicas contienen los productos que compran, venden o manejan. Este "
            "proyecto trabajó con empresas, asociaciones industriales y gobiernos de los tres "
            "países para examinar cómo se comparte la información sobre sustancias químicas en "
            "los productos a lo largo de las cadenas de suministro, e identificó formas "
            "prácticas de mejorar la transparencia."
        ),
        "issue": (
            "Productos como textiles, juguetes, aparatos electrónicos y materiales de "
            "construcción pueden contener retardantes de llama, ftalatos y otras sustancias "
            "preocupantes. La información sobre estas sustancias rara vez acompaña al producto "
            "desde el fabricante hasta el minorista, el consumidor y el reciclador. Sin ella, a"
            " las empresas les cuesta sustituirlas por alternativas más seguras, y los "
            "recicladores no pueden mantener las sustancias peligrosas fuera de los materiales "
            "recuperados."
        ),
        "aim": (
            "Mejorar el flujo de información sobre las sustancias químicas en los productos a "
            "lo largo de las cadenas de suministro de América del Norte, para ayudar a las "
            "empresas a gestionar los riesgos y adoptar alternativas más seguras, y favorecer "
            "un reciclaje más limpio y productos más seguros para los consumidores."
        ),
        "deliverables": [
            (
                "Encuesta sobre prácticas de intercambio de información química en sectores "
                "seleccionados"
            ),
            "Estudios de caso de los sectores textil y electrónico",
            "Taller con la industria, el gobierno y la sociedad civil",
            "Recomendaciones sobre enfoques de divulgación voluntaria",
        ],
        "image_alt": "Ilustración: colinas lavanda bajo un suave sol amarillo limón",
    },
    "Environmentally Sound Management of End-of-life Electric Vehicle Batteries": {
        "title": (
            "Manejo ambientalmente adecuado de las baterías de vehículos eléctricos al final de"
            " su vida útil"
        ),
        "summary": (
            "Las ventas de vehículos eléctricos crecen rápidamente en los tres países y, con "
            "ellas, el número de baterías de iones de litio que llegarán al final de su primera"
            " vida útil. Este proyecto examina las opciones de reutilización, reaprovechamiento"
            " y reciclaje, identifica vacíos en la normativa y en las instalaciones, y promueve"
            " un manejo seguro para recuperar minerales críticos y prevenir incendios y "
            "contaminación."
        ),
        "issue": (
            "Las baterías de iones de litio contienen materiales valiosos como litio, cobalto y"
            " níquel, pero pueden incendiarse o liberar sustancias peligrosas si se dañan o se "
            "manejan mal. La capacidad de América del Norte para recolectarlas, transportarlas "
            "y reciclarlas aún está en desarrollo, y las normas sobre su clasificación y su "
            "movimiento transfronterizo difieren entre los tres países, lo que genera "
            "incertidumbre para las empresas y las autoridades reguladoras."
        ),
        "aim": (
            "Apoyar el manejo ambientalmente adecuado de las baterías de vehículos eléctricos "
            "al final de su vida útil en América del Norte, aumentando la recuperación de "
            "minerales críticos y reduciendo los riesgos para los trabajadores, la seguridad "
            "pública y el medio ambiente."
        ),
        "deliverables": [
            ("Proyección de los volúmenes de baterías al final de su vida útil hasta 2040"),
            ("Revisión de la normativa y de los requisitos de transporte en los tres países"),
            "Orientaciones sobre recolección, almacenamiento y transporte seguros",
            ("Diálogo con fabricantes de automóviles, recicladores y autoridades reguladoras"),
        ],
        "image_alt": "Ilustración: colinas índigo bajo un cielo vespertino azul eléctrico",
    },
    "Connecting Youth with Nature through Community Science": {
        "title": "Acercar a la juventud a la naturaleza mediante la ciencia comunitaria",
        "summary": (
            "La ciencia comunitaria permite a las personas jóvenes aportar datos reales a la "
            "investigación mientras aprenden sobre la naturaleza de su entorno. Este proyecto "
            "apoyó a escuelas y grupos juveniles de los tres países para observar "
            "polinizadores, aves y árboles urbanos con herramientas móviles gratuitas, y reunió"
            " en línea a los participantes para comparar sus hallazgos y conversar sobre "
            "carreras ambientales."
        ),
        "issue": (
            "Muchas personas jóvenes, sobre todo en las ciudades, tienen poco contacto con la "
            "naturaleza y pocas oportunidades de participar en la investigación científica. "
            "Durante la pandemia de COVID-19 se cancelaron en gran medida las excursiones "
            "escolares y los programas al aire libre. Los docentes buscaban actividades "
            "sencillas y seguras que pudieran realizarse localmente y que vincularan a los "
            "estudiantes con un propósito más amplio."
        ),
        "aim": (
            "Fomentar la conciencia ambiental y las habilidades científicas de las personas "
            "jóvenes de América del Norte mediante actividades de ciencia comunitaria que "
            "puedan realizarse de forma segura cerca de casa y compartirse entre los tres "
            "países."
        ),
        "deliverables": [
            "Guías de actividades trilingües para docentes",
            "Retos de observación en línea para grupos juveniles",
            "Intercambios virtuales entre las escuelas participantes",
            "Resumen de las observaciones recopiladas por los jóvenes",
        ],
        "image_alt": (
            "Ilustración: colinas verde primavera salpicadas de sombras bajo un sol apacible"
        ),
    },
    "Nature-based Solutions for Urban Flood Resilience": {
        "title": (
            "Soluciones basadas en la naturaleza para la resiliencia urbana ante inundaciones"
        ),
        "summary": (
            "Las lluvias intensas están desbordando los sistemas de drenaje de muchas ciudades "
            "de América del Norte. Este proyecto ayuda a municipios de los tres países a "
            "planificar y evaluar soluciones basadas en la naturaleza —como humedales "
            "restaurados, jardines de lluvia, bosques urbanos y techos verdes— que reducen las "
            "inundaciones y, a la vez, brindan sombra, hábitat para la fauna y áreas verdes "
            "para los habitantes."
        ),
        "issue": (
            "La infraestructura convencional de aguas pluviales se diseñó para un clima que ya "
            "no existe. A medida que las lluvias extremas se vuelven más frecuentes, las "
            "inundaciones dañan viviendas, interrumpen el transporte y arrastran contaminantes "
            "a ríos y lagos. Las soluciones basadas en la naturaleza pueden complementar las "
            "tuberías y las bombas, pero muchos municipios carecen de datos sobre sus costos y "
            "su desempeño, y enfrentan obstáculos para financiarlas y mantenerlas."
        ),
        "aim": (
            "Ayudar a las ciudades y localidades de América del Norte a reducir el riesgo de "
            "inundación mediante la planificación, el financiamiento y el mantenimiento de "
            "soluciones basadas en la naturaleza, con énfasis en los barrios más expuestos a "
            "las inundaciones, y compartir evidencia sobre su desempeño y sus beneficios más "
            "amplios."
        ),
        "deliverables": [
            (
                "Inventario de proyectos de control de inundaciones basados en la naturaleza en"
                " los tres países"
            ),
            "Marco para evaluar costos y desempeño",
            "Apoyo técnico a municipios piloto",
            "Guía para planificadores e ingenieros municipales",
        ],
        "image_alt": "Ilustración: colinas verdes después de la lluvia bajo un pálido sol plateado",
    },
    "Preventing the Spread of Aquatic Invasive Species through Trade": {
        "title": (
            "Prevención de la propagación de especies acuáticas invasoras a través del comercio"
        ),
        "summary": (
            "Los peces de acuario, la carnada viva y las plantas ornamentales pueden introducir"
            " especies invasoras en ríos y lagos cuando se liberan o escapan. Este proyecto "
            "evaluó los riesgos del comercio de organismos vivos entre los tres países, ayudó a"
            " los funcionarios a identificar especies de alto riesgo en las fronteras y "
            "desarrolló actividades de divulgación para alentar a comerciantes y aficionados a "
            "evitar las liberaciones."
        ),
        "issue": (
            "Especies invasoras como el mejillón cebra, el pez león y las carpas invasoras "
            "causan graves daños ecológicos y económicos una vez establecidas en las aguas de "
            "América del Norte. El comercio de organismos acuáticos vivos es una vía importante"
            " de nuevas introducciones. Los métodos de evaluación de riesgos y las normas de "
            "importación varían entre los tres países, y a los funcionarios de primera línea "
            "les resulta difícil identificar las especies preocupantes."
        ),
        "aim": (
            "Reducir el riesgo de que nuevas especies acuáticas invasoras ingresen a Canadá, "
            "Estados Unidos y México a través del comercio, mediante la armonización de las "
            "herramientas de evaluación de riesgos, el apoyo a las inspecciones fronterizas y "
            "el trabajo con la industria en materia de prevención."
        ),
        "deliverables": [
            "Herramienta trinacional de detección de riesgos para especies acuáticas",
            "Evaluaciones de riesgo de especies prioritarias en el comercio",
            "Guías de identificación para inspectores fronterizos",
            "Materiales de divulgación para minoristas y aficionados",
        ],
        "image_alt": "Ilustración: colinas reflejadas en un lago azul y sereno",
    },
    "Shorebird Conservation at Key Sites along the Pacific and Central Flyways": {
        "title": (
            "Conservación de aves playeras en sitios clave de las rutas migratorias del "
            "Pacífico y del Centro"
        ),
        "summary": (
            "Las aves playeras, como los playeros y los chorlos, dependen de una cadena de "
            "humedales, playas y planicies lodosas durante sus largas migraciones. Este "
            "proyecto mejoró el manejo de sitios clave de escala en los tres países mediante el"
            " apoyo a la restauración de hábitats y la reducción de perturbaciones, y ayudó a "
            "los administradores de sitios a compartir datos de monitoreo a lo largo de las "
            "rutas migratorias del Pacífico y del Centro."
        ),
        "issue": (
            "Muchas poblaciones de aves playeras de América del Norte han disminuido más de la "
            "mitad desde la década de 1970. En ello influyen el desarrollo costero, el desvío "
            "de agua, la perturbación causada por personas y perros, y la pérdida de alimento "
            "en los sitios de escala. Como estas aves dependen de sitios en varios países, las "
            "pérdidas en un solo lugar pueden afectar a poblaciones enteras."
        ),
        "aim": (
            "Mejorar la conservación de las aves playeras migratorias fortaleciendo el manejo "
            "de los sitios prioritarios de escala e invernada en Canadá, Estados Unidos y "
            "México, y vinculando a los administradores de sitios a lo largo de las rutas "
            "migratorias."
        ),
        "deliverables": [
            "Evaluaciones de humedales prioritarios de escala",
            "Medidas para reducir las perturbaciones en sitios piloto",
            "Base de datos de monitoreo compartida para administradores de sitios",
            "Prioridades de conservación para cada ruta migratoria",
        ],
        "image_alt": "Ilustración: colinas arenosas a lo largo de una costa bajo un sol bajo",
    },
    "Measuring the Effectiveness of Environmental Enforcement": {
        "title": "Medición de la eficacia de la aplicación de la legislación ambiental",
        "summary": (
            "Contar inspecciones y multas dice poco sobre si la aplicación de la ley mejora "
            "realmente las condiciones ambientales. Este proyecto trabajó con las dependencias "
            "encargadas de la aplicación de la ley de los tres países para elaborar indicadores"
            " que vinculen las actividades de aplicación con las tasas de cumplimiento y los "
            "resultados ambientales, y los puso a prueba en programas seleccionados de calidad "
            "del aire, residuos peligrosos y vida silvestre."
        ),
        "issue": (
            "Las dependencias encargadas de la aplicación de la legislación ambiental informan "
            "periódicamente sobre sus actividades, como el número de inspecciones realizadas o "
            "de sanciones impuestas. Estas cifras reflejan el esfuerzo, pero no los resultados."
            " Sin indicadores basados en resultados, es difícil que las dependencias, los "
            "legisladores y el público juzguen si los programas de aplicación funcionan, o "
            "dónde tendrían mayor efecto los recursos limitados."
        ),
        "aim": (
            "Ayudar a las dependencias encargadas de la aplicación de la ley en Canadá, Estados"
            " Unidos y México a medir los resultados de su trabajo mediante indicadores "
            "compartidos que relacionen las acciones de aplicación con el cumplimiento y los "
            "resultados ambientales, e informar sobre ellos de manera transparente."
        ),
        "deliverables": [
            ("Revisión de los indicadores de desempeño en materia de aplicación de la ley en uso"),
            "Propuesta de un conjunto de indicadores basados en resultados",
            "Prueba piloto en tres programas de aplicación de la ley",
            "Taller con responsables de la aplicación de la ley",
        ],
        "image_alt": "Ilustración: colinas de un marrón apagado bajo un tenue sol blanco",
    },
    "Harmonizing Greenhouse Gas Reporting for Industrial Facilities": {
        "title": (
            "Armonización de los reportes de gases de efecto invernadero de las instalaciones "
            "industriales"
        ),
        "summary": (
            "Las empresas que operan en más de un país de América del Norte a menudo deben "
            "reportar sus emisiones de gases de efecto invernadero conforme a normas distintas."
            " Este proyecto comparó los programas de reporte por instalación de los tres "
            "países, identificó diferencias en métodos y umbrales, y recomendó formas de hacer "
            "los datos más comparables y de reducir la carga de reporte para la industria."
        ),
        "issue": (
            "Canadá, Estados Unidos y México cuentan, cada uno, con programas obligatorios de "
            "reporte de gases de efecto invernadero para los grandes emisores, creados en "
            "momentos distintos y con propósitos diferentes. Las diferencias en los gases, los "
            "sectores, los umbrales y los métodos de cálculo dificultan comparar las emisiones "
            "de instalaciones similares e imponen costos adicionales a las empresas que "
            "reportan en varias jurisdicciones."
        ),
        "aim": (
            "Mejorar la comparabilidad de los datos de emisiones de gases de efecto invernadero"
            " por instalación en América del Norte y reducir la duplicación para las empresas "
            "que reportan, sin menoscabo de la integridad y el propósito de cada programa "
            "nacional ni de su fundamento jurídico."
        ),
        "deliverables": [
            "Análisis comparativo de los programas nacionales de reporte",
            "Comparación por sector de los métodos de cálculo",
            "Recomendaciones para aumentar la comparabilidad",
            "Diálogo entre la industria y el gobierno",
        ],
        "image_alt": "Ilustración: colinas verde pálido bajo un cielo sin nubes",
    },
    "Greening Freight Transportation along North American Trade Corridors": {
        "title": (
            "Transporte de carga más limpio en los corredores comerciales de América del Norte"
        ),
        "summary": (
            "Cada día, camiones, trenes y barcos transportan a través de las fronteras de "
            "América del Norte mercancías por valor de miles de millones de dólares y consumen "
            "grandes cantidades de diésel. Este proyecto evaluó las emisiones del transporte de"
            " carga en los principales corredores comerciales, promovió tecnologías y prácticas"
            " de ahorro de combustible entre los transportistas y exploró cómo podrían "
            "articularse los programas voluntarios de transporte limpio de los tres países."
        ),
        "issue": (
            "El transporte de carga es una fuente creciente de gases de efecto invernadero, "
            "carbono negro y óxidos de nitrógeno en América del Norte. Las emisiones se "
            "concentran a lo largo de carreteras, cruces fronterizos y puertos, a menudo cerca "
            "de barrios de bajos ingresos. Los transportistas que operan a través de las "
            "fronteras se enfrentan a programas voluntarios y normas diferentes, y las flotas "
            "pequeñas, en particular, carecen de información sobre formas costo-eficaces de "
            "reducir su consumo de combustible."
        ),
        "aim": (
            "Reducir las emisiones del transporte de carga en América del Norte promoviendo "
            "tecnologías y prácticas eficientes, y armonizando los programas voluntarios de "
            "transporte limpio de los tres países para que los transportistas se beneficien a "
            "ambos lados de las fronteras."
        ),
        "deliverables": [
            "Inventario de emisiones de los principales corredores comerciales",
            "Comparación de los programas de transporte limpio de los tres países",
            ("Talleres de eficiencia en el consumo de combustible para pequeños transportistas"),
            "Recomendaciones para la armonización transfronteriza",
        ],
        "image_alt": "Ilustración: colinas largas y bajas bajo un amplio cielo color durazno",
    },
    "Mapping Cumulative Environmental Burdens in Underserved Communities": {
        "title": "Cartografía de las cargas ambientales acumuladas en comunidades desatendidas",
        "summary": (
            "Algunos barrios conviven con varias fuentes de contaminación a la vez —desde "
            "carreteras y fábricas hasta sitios contaminados— y, al mismo tiempo, enfrentan "
            "desventajas sociales y de salud. Este proyecto compara las herramientas que "
            "emplean los tres países para cartografiar estas cargas acumuladas y trabaja con "
            "las comunidades para poner a prueba un enfoque común que pueda orientar las "
            "decisiones de inversión y de otorgamiento de permisos."
        ),
        "issue": (
            "Los riesgos ambientales no se distribuyen de manera equitativa. Las comunidades de"
            " bajos ingresos, racializadas e indígenas suelen vivir más cerca de instalaciones "
            "industriales, vías principales y sitios de residuos, y presentan tasas más altas "
            "de enfermedades relacionadas con la contaminación. Algunas jurisdicciones cuentan "
            "con herramientas de detección, pero emplean indicadores y datos distintos, y las "
            "comunidades rara vez participan en la decisión de qué se debe medir."
        ),
        "aim": (
            "Ayudar a los gobiernos y a las comunidades a identificar los lugares que enfrentan"
            " las mayores cargas ambientales acumuladas, mediante indicadores transparentes y "
            "la participación comunitaria, para que las acciones y los recursos lleguen a donde"
            " más se necesitan."
        ),
        "deliverables": [
            (
                "Revisión de las herramientas de detección en materia de justicia ambiental en "
                "América del Norte"
            ),
            "Conjunto común de indicadores básicos",
            "Talleres comunitarios de validación en zonas piloto",
            "Capas cartográficas para el Atlas Ambiental de América del Norte",
        ],
        "image_alt": "Ilustración: colinas en capas de tonos ciruela bajo un sol tenue",
    },
    "Partnering with Industry for Traceable and Sustainable Seafood": {
        "title": "Alianza con la industria para productos del mar trazables y sostenibles",
        "summary": (
            "Los productos del mar se encuentran entre los alimentos más comercializados de "
            "América del Norte, y sus cadenas de suministro son largas y complejas. Este "
            "proyecto trabaja con pescadores, procesadores, minoristas y autoridades "
            "reguladoras para mejorar la trazabilidad desde la captura hasta el plato, a fin de"
            " mantener fuera del mercado los productos capturados ilegalmente y recompensar a "
            "las pesquerías gestionadas de manera sostenible."
        ),
        "issue": (
            "La pesca ilegal, no declarada y no reglamentada socava las medidas de conservación"
            " y perjudica a los pescadores que cumplen la ley. Los productos pueden etiquetarse"
            " de forma engañosa o mezclarse con capturas legales al pasar por procesadores y "
            "distribuidores de varios países. Los sistemas de trazabilidad varían mucho entre "
            "empresas y países, y las pesquerías de pequeña escala a menudo carecen de "
            "herramientas para documentar el origen de sus capturas."
        ),
        "aim": (
            "Fortalecer la trazabilidad de los productos del mar que se comercializan en "
            "América del Norte mediante la cooperación entre los gobiernos y el sector privado,"
            " en apoyo de las pesquerías sostenibles —incluidas las de pequeña escala— y de una"
            " competencia justa para los productores legales."
        ),
        "deliverables": [
            "Cartografía de las cadenas de suministro de especies prioritarias",
            "Sistemas piloto de trazabilidad digital con socios de la industria",
            "Orientaciones sobre normas de datos interoperables",
            "Foro con minoristas y procesadores",
        ],
        "image_alt": "Ilustración: colinas verde azulado sobre un mar oscuro bajo el sol poniente",
    },
    "Youth Leadership on Climate and the Environment": {
        "title": "Liderazgo juvenil en materia de clima y medio ambiente",
        "summary": (
            "Este proyecto apoya a jóvenes líderes de Canadá, Estados Unidos y México para que "
            "participen en la toma de decisiones ambientales. Ofrece capacitación sobre "
            "políticas públicas y participación ciudadana, financia proyectos climáticos "
            "encabezados por jóvenes en sus comunidades y crea oportunidades periódicas para "
            "que representantes juveniles presenten sus opiniones al Consejo de la CCA y al "
            "Comité Consultivo Público Conjunto."
        ),
        "issue": (
            "Las personas jóvenes participan cada vez más activamente en los asuntos climáticos"
            " y ambientales, pero su intervención en los procesos formales de política sigue "
            "siendo limitada y, a menudo, simbólica. Los grupos juveniles suelen contar con "
            "poco financiamiento y escasos vínculos con los tomadores de decisiones. Las "
            "actividades juveniles anteriores de la CCA mostraron un gran interés, pero los "
            "participantes pidieron formas más duraderas de seguir involucrados más allá de un "
            "solo evento."
        ),
        "aim": (
            "Crear oportunidades duraderas para que las personas jóvenes contribuyan a dar "
            "forma a la política ambiental de América del Norte, desarrollando sus habilidades,"
            " financiando sus proyectos comunitarios y dándoles voz de manera regular en los "
            "procesos de la CCA."
        ),
        "deliverables": [
            "Programa de formación en políticas públicas para jóvenes",
            ("Subvenciones para proyectos climáticos comunitarios encabezados por jóvenes"),
            "Foro juvenil paralelo a la reunión ordinaria anual del Consejo",
            "Recomendaciones para un mecanismo permanente de consulta juvenil",
        ],
        "image_alt": (
            "Ilustración: colinas luminosas bajo un sol naciente y un cielo turquesa despejado"
        ),
    },
    "Combating Illegal Logging and Associated Timber Trade": {
        "title": "Combate a la tala ilegal y al comercio de madera asociado",
        "summary": (
            "La tala ilegal degrada los bosques, perjudica a las comunidades que dependen de "
            "ellos y socava a los productores legales de madera. Este proyecto ayuda a las "
            "dependencias forestales y encargadas de la aplicación de la ley de los tres países"
            " a verificar el origen legal de la madera, aplicar técnicas de identificación de "
            "maderas e intercambiar información sobre envíos sospechosos que circulan por los "
            "mercados de América del Norte."
        ),
        "issue": (
            "La madera de origen ilegal o no verificado puede ingresar a los mercados de "
            "América del Norte directamente o incorporada en muebles, pisos y otros productos. "
            "Detectarla exige conocer las especies arbóreas, la documentación y las rutas "
            "comerciales. Las dependencias de los tres países difieren en sus herramientas "
            "jurídicas y en su capacidad de laboratorio, y la cooperación en investigaciones "
            "transfronterizas sigue siendo limitada en la práctica."
        ),
        "aim": (
            "Fortalecer la capacidad de las autoridades de Canadá, Estados Unidos y México para"
            " detectar la madera de origen ilegal y actuar al respecto, mediante herramientas "
            "de verificación compartidas, capacidad de identificación de maderas y una "
            "cooperación más estrecha."
        ),
        "deliverables": [
            ("Capacitación de inspectores en la verificación de la legalidad de la madera"),
            "Colección de referencia y protocolos para la identificación de maderas",
            (
                "Acuerdos de intercambio de información entre dependencias encargadas de la "
                "aplicación de la ley"
            ),
            "Orientaciones de debida diligencia para importadores",
        ],
        "image_alt": "Ilustración: colinas verde pino bajo un sol matutino brumoso",
    },
    "Green Public Procurement for Sustainable Markets": {
        "title": "Compras públicas verdes para mercados sostenibles",
        "summary": (
            "Cada año, los gobiernos de América del Norte gastan miles de millones en bienes y "
            "servicios, desde equipo de oficina hasta vehículos y obras de construcción. Este "
            "proyecto ayudó a los compradores públicos de los tres países a incluir criterios "
            "ambientales en sus adquisiciones y trabajó con los proveedores para comprender "
            "cómo la demanda gubernamental puede impulsar productos y servicios más verdes."
        ),
        "issue": (
            "Las compras públicas pueden moldear los mercados, pero las consideraciones "
            "ambientales a menudo no figuran en las bases de licitación o se aplican de forma "
            "poco uniforme. Los funcionarios encargados de las adquisiciones pueden carecer de "
            "orientaciones, de ecoetiquetas fiables o de información sobre los costos del ciclo"
            " de vida. Los proveedores, en especial las pequeñas empresas, enfrentan requisitos"
            " distintos en cada jurisdicción, lo que les dificulta invertir en productos y "
            "servicios más verdes."
        ),
        "aim": (
            "Aprovechar el poder de compra de los gobiernos para apoyar los mercados de bienes "
            "y servicios ambientalmente preferibles en América del Norte, mediante el "
            "intercambio de criterios, herramientas y experiencias entre compradores públicos y"
            " proveedores."
        ),
        "deliverables": [
            "Comparación de las políticas de compras verdes de los tres países",
            "Criterios ambientales comunes para categorías de productos prioritarias",
            "Capacitación para funcionarios encargados de las adquisiciones",
            "Sesiones de diálogo con proveedores",
        ],
        "image_alt": "Ilustración: ordenadas terrazas verdes de colinas bajo un sol templado",
    },
}

PUBLICATIONS = {
    "Submissions on Enforcement Matters: What Have We Learned?": {
        "title": (
            "Peticiones relativas a la aplicación efectiva de la legislación ambiental: ¿qué "
            "hemos aprendido?"
        ),
        "subtitle": "Revisión retrospectiva del desempeño",
        "summary": (
            "Este informe evalúa el desempeño y el impacto del proceso de peticiones relativas "
            "a la aplicación efectiva de la legislación ambiental (SEM) de 1994 a 2021. El "
            "proceso SEM permite a personas y organizaciones no gubernamentales presentar ante "
            "la Comisión para la Cooperación Ambiental peticiones en las que aseveren que "
            "Canadá, Estados Unidos de América o México están incurriendo en omisiones en la "
            "aplicación efectiva de su legislación ambiental, y establece procedimientos para "
            "recabar información sobre los asuntos planteados. El proceso SEM funcionó en el "
            "marco del Acuerdo de Cooperación Ambiental de América del Norte (ACAAN) de 1994 a "
            "junio de 2020 y, desde julio de 2020, opera en virtud del Tratado entre México, "
            "Estados Unidos y Canadá (T-MEC). El informe examina los objetivos del proceso SEM,"
            " sus fundamentos jurídicos, su aplicación a lo largo del tiempo y sus resultados. "
            "Asimismo, analiza el papel del proceso en la promoción de la transparencia, la "
            "rendición de cuentas y la participación pública, y si ha cumplido los objetivos "
            "ambientales que se esperaban de él."
        ),
        "image_alt": "Evaluación del impacto a largo plazo del proceso SEM",
    },
    "North American Terrestrial Ecoregions—Level III": {
        "title": "Ecorregiones terrestres de América del Norte: nivel III",
        "subtitle": "",
        "summary": (
            "Las ecorregiones son zonas en las que los ecosistemas, así como el tipo, la "
            "calidad y la cantidad de los recursos ambientales, son en general similares. Este "
            "informe describe las 182 ecorregiones terrestres de nivel III que abarcan Canadá, "
            "Estados Unidos y México, desde la tundra ártica hasta las selvas bajas "
            "caducifolias. Para cada región resume el relieve, el clima, la vegetación, la "
            "fauna y el uso del suelo. La clasificación ofrece a científicos, planificadores y "
            "administradores de tierras de los tres países un marco común para informar sobre "
            "el estado del medio ambiente, fijar prioridades de conservación y comparar "
            "ecosistemas más allá de las fronteras nacionales."
        ),
        "image_alt": (
            "Ilustración de portada de Ecorregiones terrestres de América del Norte: nivel III"
        ),
    },
    "Building Community Solutions to Marine Litter": {
        "title": "Construir soluciones comunitarias a la basura marina",
        "subtitle": "Guía para organizaciones locales",
        "summary": (
            "Esta guía se basa en la experiencia de organizaciones comunitarias de Canadá, "
            "Estados Unidos y México que enfrentaron el problema de la basura marina en sus "
            "propias cuencas. Acompaña al lector paso a paso en la ejecución de un proyecto "
            "local: identificar de dónde proviene la basura, involucrar a los habitantes y a "
            "las autoridades locales, elegir medidas de prevención y recolección, monitorear "
            "los resultados y mantener el trabajo una vez que termina el financiamiento "
            "inicial. Breves estudios de caso de comunidades costeras y del interior muestran "
            "qué funcionó, qué no y por qué. La guía está dirigida a grupos comunitarios, "
            "organizaciones indígenas, escuelas y personal municipal."
        ),
        "image_alt": (
            "Ilustración de portada de Construir soluciones comunitarias a la basura marina"
        ),
    },
    "Strategic Plan 2021–2025": {
        "title": "Plan Estratégico 2021-2025",
        "subtitle": "",
        "summary": (
            "El Plan Estratégico establece las prioridades que orientan el trabajo de "
            "cooperación de la CCA durante cinco años, los primeros en el marco del Acuerdo de "
            "Cooperación Ambiental que entró en vigor junto con el T-MEC en 2020. Define varios"
            " pilares estratégicos, entre ellos aire, suelo y agua limpios; economía circular y"
            " manejo sustentable de materiales; ecosistemas y especies compartidos; economías y"
            " comunidades resilientes, y aplicación efectiva de la legislación ambiental. El "
            "plan también compromete a las Partes a ampliar la participación pública, a incluir"
            " a las comunidades indígenas y locales y a la juventud, y a informar "
            "periódicamente sobre los resultados."
        ),
        "image_alt": "Ilustración de portada de Plan Estratégico 2021-2025",
    },
    "Strategic Plan 2015–2020": {
        "title": "Plan Estratégico 2015-2020",
        "subtitle": "",
        "summary": (
            "Adoptado por el Consejo de la CCA en 2015, este Plan Estratégico centró el trabajo"
            " de la organización en tres prioridades: mitigación del cambio climático y "
            "adaptación a sus efectos, crecimiento verde, y comunidades y ecosistemas "
            "sustentables. Explica cómo los tres países se proponían reunir conocimientos y "
            "datos sobre los asuntos en los que la acción conjunta aporta valor, como las "
            "especies compartidas, la contaminación transfronteriza y el comercio de bienes "
            "ambientales. El plan describe cómo se seleccionarían los proyectos, cómo se "
            "medirían los resultados y cómo se involucraría al público, a las comunidades "
            "indígenas y al Comité Consultivo Público Conjunto."
        ),
        "image_alt": "Ilustración de portada de Plan Estratégico 2015-2020",
    },
    "Operational Plan 2017–2018": {
        "title": "Plan Operativo 2017-2018",
        "subtitle": "",
        "summary": (
            "El Plan Operativo 2017-2018 describe los proyectos de cooperación que la CCA llevó"
            " a cabo durante dos años en el marco de su Plan Estratégico 2015-2020. Presenta "
            "los objetivos, los resultados esperados, las actividades, los socios y el "
            "presupuesto de cada proyecto, sobre temas como la basura marina, la pérdida y el "
            "desperdicio de alimentos, los registros de emisiones y transferencias de "
            "contaminantes y las especies acuáticas invasoras. El plan también describe las "
            "actividades permanentes del Secretariado, como el Atlas Ambiental de América del "
            "Norte, el proceso de peticiones relativas a la aplicación efectiva de la "
            "legislación ambiental y las subvenciones comunitarias."
        ),
        "image_alt": "Ilustración de portada de Plan Operativo 2017-2018",
    },
    "Operational Plan 2021–2022": {
        "title": "Plan Operativo 2021-2022",
        "subtitle": "",
        "summary": (
            "Este es el primer Plan Operativo elaborado en el marco del Plan Estratégico "
            "2021-2025 y del nuevo Acuerdo de Cooperación Ambiental. Describe los proyectos "
            "aprobados por el Consejo para 2021 y 2022, entre ellos los trabajos sobre "
            "circularidad en el sector electrónico, soluciones comunitarias a la basura marina,"
            " conservación de aves playeras y capacitación en línea para inspectores "
            "ambientales. Para cada proyecto, el plan expone el problema que se busca resolver,"
            " los objetivos, los productos esperados, los indicadores de desempeño y el "
            "presupuesto, junto con los programas permanentes del Secretariado y su enfoque de "
            "participación pública."
        ),
        "image_alt": "Ilustración de portada de Plan Operativo 2021-2022",
    },
    "Operational Plan 2024": {
        "title": "Plan Operativo 2024",
        "subtitle": "",
        "summary": (
            "El Plan Operativo 2024 presenta los proyectos e iniciativas de cooperación que la "
            "CCA llevará a cabo durante el año. Los nuevos proyectos abordan el turismo "
            "sostenible en áreas marinas protegidas, la resiliencia ante incendios forestales, "
            "los conocimientos indígenas y locales para la adaptación costera y la trazabilidad"
            " de los productos del mar, mientras continúan los trabajos plurianuales sobre "
            "calor extremo, baterías de vehículos eléctricos y cargas ambientales acumuladas. "
            "El plan resume las metas, los socios, el calendario y el presupuesto de cada "
            "proyecto, y describe cómo el Secretariado informará sobre los resultados al "
            "Consejo y al público."
        ),
        "image_alt": "Ilustración de portada de Plan Operativo 2024",
    },
    "Operational Plan 2026": {
        "title": "Plan Operativo 2026",
        "subtitle": "",
        "summary": (
            "Este plan describe el programa de trabajo de la CCA para 2026. Presenta un nuevo "
            "proyecto sobre liderazgo juvenil en la política climática y ambiental, y describe "
            "la continuación de proyectos iniciados en años anteriores, como las acciones "
            "contra la tala ilegal, las soluciones basadas en la naturaleza para las "
            "inundaciones urbanas y el apoyo a los jóvenes embajadores de los pastizales. El "
            "plan enumera los objetivos, socios, hitos y presupuestos de cada proyecto, y "
            "explica cómo se dará seguimiento a los avances y cómo se publicarán en el sitio "
            "web de la CCA en español, francés e inglés."
        ),
        "image_alt": "Ilustración de portada de Plan Operativo 2026",
    },
    "Council Resolution 19-02: Youth Engagement in the Work of the CEC": {
        "title": (
            "Resolución de Consejo 19-02: participación de la juventud en el trabajo de la CCA"
        ),
        "subtitle": "",
        "summary": (
            "En esta resolución, el Consejo de la CCA reconoce el papel de las personas jóvenes"
            " para hacer frente a los desafíos ambientales de América del Norte y solicita al "
            "Secretariado que cree oportunidades periódicas para que la juventud participe en "
            "las actividades de la CCA. El Consejo instruye al Secretariado a celebrar un foro "
            "juvenil en el marco de su reunión ordinaria anual, a considerar la participación "
            "juvenil al diseñar los proyectos y a informar sobre los avances. La resolución "
            "también invita al Comité Consultivo Público Conjunto a brindar asesoría sobre las "
            "formas de llegar a jóvenes de comunidades indígenas, rurales y desatendidas."
        ),
        "image_alt": (
            "Ilustración de portada de Resolución de Consejo 19-02: participación de la "
            "juventud en el trabajo de la CCA"
        ),
    },
    "Council Resolution 22-03: Environmental Justice and Climate Resilience": {
        "title": "Resolución de Consejo 22-03: justicia ambiental y resiliencia climática",
        "subtitle": "",
        "summary": (
            "Mediante esta resolución, el Consejo afirma que la justicia ambiental es una "
            "prioridad para la cooperación entre Canadá, Estados Unidos y México. Reconoce que "
            "las comunidades desatendidas y vulnerables, incluidos los pueblos indígenas, "
            "soportan una parte desproporcionada de los daños ambientales y de los impactos "
            "climáticos. El Consejo instruye al Secretariado a mantener un programa de "
            "subvenciones que apoye proyectos de resiliencia climática encabezados por las "
            "comunidades, a integrar consideraciones de justicia ambiental en los nuevos "
            "proyectos y a difundir las lecciones aprendidas mediante informes y reuniones "
            "públicas."
        ),
        "image_alt": (
            "Ilustración de portada de Resolución de Consejo 22-03: justicia ambiental y "
            "resiliencia climática"
        ),
    },
    "Council Resolution 24-01: Circular Economy and Sustainable Materials Management": {
        "title": (
            "Resolución de Consejo 24-01: economía circular y manejo sustentable de materiales"
        ),
        "subtitle": "",
        "summary": (
            "El Consejo adoptó esta resolución para fortalecer la cooperación trinacional en "
            "materia de economía circular. En ella reconoce que mantener en uso por más tiempo "
            "los productos y los materiales puede reducir la contaminación, las emisiones de "
            "gases de efecto invernadero y la presión sobre los recursos naturales, a la vez "
            "que favorece cadenas de suministro resilientes. El Consejo solicita al "
            "Secretariado que aproveche su trabajo en el sector electrónico, que involucre a "
            "empresas y recicladores en la identificación de oportunidades prácticas y que "
            "examine, en futuros planes operativos, sectores como las baterías de vehículos "
            "eléctricos, los envases y embalajes y los textiles."
        ),
        "image_alt": (
            "Ilustración de portada de Resolución de Consejo 24-01: economía circular y manejo "
            "sustentable de materiales"
        ),
    },
    "Council Resolution 16-02: Conservation of the Monarch Butterfly": {
        "title": "Resolución de Consejo 16-02: conservación de la mariposa monarca",
        "subtitle": "",
        "summary": (
            "Con esta resolución, el Consejo compromete a los tres países a estrechar la "
            "cooperación para la conservación de la mariposa monarca y de su migración. "
            "Reconoce a la monarca como patrimonio natural y cultural compartido de América del"
            " Norte y toma nota de la disminución de la población oriental. El Consejo solicita"
            " al Secretariado que apoye la restauración coordinada del hábitat, el monitoreo "
            "armonizado y la divulgación pública a lo largo de la ruta migratoria, en "
            "colaboración con dependencias federales, estatales, provinciales y locales, "
            "comunidades indígenas, propietarios de tierras y la sociedad civil."
        ),
        "image_alt": (
            "Ilustración de portada de Resolución de Consejo 16-02: conservación de la mariposa"
            " monarca"
        ),
    },
    "Advice to Council No. 18-01: Public Participation in the Work of the CEC": {
        "title": (
            "Recomendación al Consejo núm. 18-01: participación pública en el trabajo de la CCA"
        ),
        "subtitle": "",
        "summary": (
            "El Comité Consultivo Público Conjunto (CCPC) formula recomendaciones al Consejo "
            "sobre cómo ampliar la participación pública en las actividades de la CCA. A partir"
            " de los comentarios recabados en reuniones públicas celebradas en los tres países,"
            " el CCPC recomienda consultar con mayor antelación los proyectos de planes "
            "operativos, celebrar más reuniones fuera de las grandes ciudades, ofrecer "
            "interpretación simultánea en español, francés e inglés, y cubrir los gastos de "
            "viaje de los representantes comunitarios. También pide informar con mayor claridad"
            " al público sobre cómo se utilizan sus comentarios en la toma de decisiones."
        ),
        "image_alt": (
            "Ilustración de portada de Recomendación al Consejo núm. 18-01: participación "
            "pública en el trabajo de la CCA"
        ),
    },
    "Advice to Council No. 21-02: Plain Language and Accessibility of the SEM Process": {
        "title": (
            "Recomendación al Consejo núm. 21-02: lenguaje claro y accesibilidad del proceso SEM"
        ),
        "subtitle": "",
        "summary": (
            "En esta recomendación, el CCPC examina qué tan fácil resulta para el público "
            "comprender y utilizar el proceso de peticiones relativas a la aplicación efectiva "
            "de la legislación ambiental. Constata que a muchos peticionarios les resulta "
            "difícil seguir los procedimientos, los plazos y los términos jurídicos. El CCPC "
            "recomienda explicar cada etapa en lenguaje claro, elaborar un glosario de términos"
            " clave, ofrecer un sistema público de seguimiento que muestre el estado de cada "
            "petición e indicar claramente en el sitio web las peticiones y los expedientes de "
            "hechos que siguen en trámite."
        ),
        "image_alt": (
            "Ilustración de portada de Recomendación al Consejo núm. 21-02: lenguaje claro y "
            "accesibilidad del proceso SEM"
        ),
    },
    ("Advice to Council No. 23-01: Indigenous Knowledge in Environmental Decision-making"): {
        "title": (
            "Recomendación al Consejo núm. 23-01: conocimientos indígenas en la toma de "
            "decisiones ambientales"
        ),
        "subtitle": "",
        "summary": (
            "Tras un foro público con participantes indígenas de los tres países, el CCPC "
            "asesora al Consejo sobre cómo la CCA puede incluir de manera respetuosa los "
            "conocimientos indígenas en su trabajo. La recomendación subraya el consentimiento "
            "libre, previo e informado, la propiedad comunitaria de los conocimientos y los "
            "datos, y una compensación justa por la participación. El CCPC recomienda que los "
            "nuevos proyectos involucren a socios indígenas desde la etapa de diseño, que el "
            "Secretariado elabore directrices de participación ética y que los conocimientos "
            "indígenas se consideren una fuente de evidencia junto con la ciencia."
        ),
        "image_alt": (
            "Ilustración de portada de Recomendación al Consejo núm. 23-01: conocimientos "
            "indígenas en la toma de decisiones ambientales"
        ),
    },
    ("Advice to Council No. 25-02: Youth Voices in North American Environmental Cooperation"): {
        "title": (
            "Recomendación al Consejo núm. 25-02: la voz de la juventud en la cooperación "
            "ambiental de América del Norte"
        ),
        "subtitle": "",
        "summary": (
            "El CCPC examina la experiencia de la CCA en materia de participación juvenil desde"
            " 2019, incluidos el foro juvenil, el reto de innovación y los proyectos dirigidos "
            "a la juventud. Observa un gran interés entre las personas jóvenes, pero poca "
            "continuidad entre un evento y otro. El CCPC recomienda establecer un mecanismo "
            "permanente de consulta juvenil, reservar una parte del financiamiento de las "
            "subvenciones para proyectos encabezados por jóvenes y ofrecer mentorías y "
            "pasantías remuneradas para que participen jóvenes de todos los orígenes. La "
            "recomendación incluye un resumen de los comentarios recibidos de jóvenes de los "
            "tres países."
        ),
        "image_alt": (
            "Ilustración de portada de Recomendación al Consejo núm. 25-02: la voz de la "
            "juventud en la cooperación ambiental de América del Norte"
        ),
    },
    "Advice to Council No. 16-03: Marine Litter and Plastic Pollution": {
        "title": (
            "Recomendación al Consejo núm. 16-03: basura marina y contaminación por plásticos"
        ),
        "subtitle": "",
        "summary": (
            "Tras una reunión pública sobre la salud de los océanos de América del Norte, el "
            "CCPC recomienda al Consejo hacer de la basura marina una prioridad de la "
            "cooperación trinacional. La recomendación describe la magnitud de la contaminación"
            " por plásticos en las costas del subcontinente y sus efectos en la fauna, la pesca"
            " y el turismo. El CCPC recomienda centrarse en las fuentes terrestres, apoyar "
            "proyectos de prevención encabezados por las comunidades, adoptar métodos de "
            "monitoreo comunes y colaborar más estrechamente con la industria en materia de "
            "envases y embalajes, y alienta a las Partes a compartir sus datos de manera "
            "abierta."
        ),
        "image_alt": (
            "Ilustración de portada de Recomendación al Consejo núm. 16-03: basura marina y "
            "contaminación por plásticos"
        ),
    },
    "Guidelines for Submissions on Enforcement Matters": {
        "title": (
            "Directrices para la presentación de peticiones relativas a la aplicación efectiva "
            "de la legislación ambiental"
        ),
        "subtitle": "",
        "summary": (
            "Estas directrices explican cómo el público y las organizaciones no gubernamentales"
            " pueden presentar una petición en la que aseveren que un país está incurriendo en "
            "omisiones en la aplicación efectiva de su legislación ambiental. Describen qué "
            "debe contener una petición, cómo la examina el Secretariado, cuándo se solicita "
            "una respuesta al país en cuestión y cómo decide el Consejo si debe elaborarse un "
            "expediente de hechos. Las directrices también establecen los plazos de cada etapa "
            "y la forma en que se hacen públicos los documentos."
        ),
        "image_alt": (
            "Ilustración de portada de Directrices para la presentación de peticiones relativas"
            " a la aplicación efectiva de la legislación ambiental"
        ),
    },
    "EJ4Climate Grant Program: Guidelines for Applicants": {
        "title": "Programa de subvenciones EJ4Climate: directrices para solicitantes",
        "subtitle": "Ciclo de financiamiento 2025",
        "summary": (
            "Estas directrices explican quién puede solicitar una subvención EJ4Climate, qué "
            "tipos de proyectos son elegibles y cómo se evalúan las propuestas. Pueden "
            "presentar solicitudes las organizaciones comunitarias, las organizaciones "
            "indígenas y las organizaciones sin fines de lucro de Canadá, Estados Unidos y "
            "México que trabajan con comunidades desatendidas y vulnerables en materia de "
            "resiliencia climática. El documento describe los montos de financiamiento, los "
            "gastos elegibles, el calendario de solicitud y los criterios de selección, y "
            "ofrece consejos para preparar una propuesta sólida, junto con respuestas a "
            "preguntas frecuentes."
        ),
        "image_alt": (
            "Ilustración de portada de Programa de subvenciones EJ4Climate: directrices para "
            "solicitantes"
        ),
    },
    "Environmentally Sound Recycling of Spent Lead-Acid Batteries": {
        "title": "Reciclaje ambientalmente adecuado de baterías de plomo-ácido usadas",
        "subtitle": "Directrices técnicas",
        "summary": (
            "El reciclaje de baterías de plomo-ácido usadas permite recuperar plomo valioso, "
            "pero las instalaciones mal gestionadas pueden exponer a trabajadores y vecinos a "
            "niveles peligrosos de plomo en el aire, el suelo y el agua. Estas directrices "
            "establecen buenas prácticas para la recolección, el almacenamiento, el transporte "
            "y el procesamiento de las baterías usadas, con límites recomendados de emisiones y"
            " de exposición laboral, así como métodos para monitorearlos. Están dirigidas a "
            "autoridades reguladoras, inspectores y operadores de instalaciones de los tres "
            "países, y complementan las normas nacionales sobre el movimiento transfronterizo "
            "de residuos peligrosos."
        ),
        "image_alt": (
            "Ilustración de portada de Reciclaje ambientalmente adecuado de baterías de "
            "plomo-ácido usadas"
        ),
    },
    "Heat-Health Action Planning": {
        "title": "Planificación de acciones de calor y salud",
        "subtitle": "Directrices para gobiernos locales",
        "summary": (
            "Muchos municipios no cuentan con un plan formal para proteger a sus habitantes "
            "durante los episodios de calor extremo. Estas directrices ayudan a los gobiernos "
            "locales y a las unidades de salud pública a elaborarlo. Abordan la fijación de "
            "umbrales de alerta, la identificación de las personas en mayor riesgo, la "
            "coordinación de centros de enfriamiento y de labores de divulgación, la protección"
            " de quienes trabajan al aire libre y la evaluación de la respuesta al final de "
            "cada temporada de calor. Ejemplos de ciudades medianas de Canadá, Estados Unidos y"
            " México ilustran cada paso, y se incluye un modelo de plan que puede adaptarse a "
            "las condiciones locales."
        ),
        "image_alt": "Ilustración de portada de Planificación de acciones de calor y salud",
    },
    "Monitoring Land-based Marine Litter": {
        "title": "Monitoreo de la basura marina de origen terrestre",
        "subtitle": "Protocolo de campo para ríos y litorales",
        "summary": (
            "Este protocolo ofrece un método común para contar y clasificar la basura en "
            "riberas, playas y drenajes pluviales, de modo que puedan compararse los resultados"
            " de distintos sitios y países. Explica cómo seleccionar los sitios de muestreo, "
            "trazar transectos, clasificar los objetos en categorías estándar y registrar los "
            "datos en un formulario sencillo o en una aplicación móvil. El protocolo fue "
            "probado por voluntarios y personal municipal en cuencas piloto y es adecuado para "
            "grupos comunitarios, escuelas y autoridades locales."
        ),
        "image_alt": "Ilustración de portada de Monitoreo de la basura marina de origen terrestre",
    },
    "Measuring Food Loss and Waste": {
        "title": "Medición de la pérdida y el desperdicio de alimentos",
        "subtitle": "Guía práctica para empresas e instituciones",
        "summary": (
            "Las organizaciones no pueden reducir lo que no miden. Esta guía ayuda a granjas, "
            "procesadoras de alimentos, minoristas, restaurantes, hospitales y escuelas a "
            "elegir un método para medir su pérdida y desperdicio de alimentos, desde el pesaje"
            " directo y las auditorías de residuos hasta los diarios y el análisis de "
            "registros. Explica las ventajas, los costos y las limitaciones de cada método, "
            "ofrece ejemplos prácticos y muestra cómo pueden usarse los resultados para fijar "
            "metas, dar seguimiento a los avances e identificar las formas más costo-eficaces "
            "de evitar el desperdicio y donar los excedentes."
        ),
        "image_alt": (
            "Ilustración de portada de Medición de la pérdida y el desperdicio de alimentos"
        ),
    },
    "Community Science Activity Guide for Educators": {
        "title": "Guía de actividades de ciencia comunitaria para docentes",
        "subtitle": "",
        "summary": (
            "Esta guía ofrece a docentes y líderes juveniles un conjunto de actividades de "
            "ciencia comunitaria listas para usarse, que los estudiantes pueden realizar de "
            "forma segura cerca de su casa o escuela. Las actividades incluyen conteos de "
            "polinizadores, observación de aves, censos de árboles urbanos y pruebas sencillas "
            "de calidad del agua, cada una con objetivos de aprendizaje, instrucciones paso a "
            "paso y sugerencias para compartir los datos mediante plataformas en línea "
            "gratuitas. La guía está disponible en español, francés e inglés y puede adaptarse "
            "a distintas edades y contextos."
        ),
        "image_alt": (
            "Ilustración de portada de Guía de actividades de ciencia comunitaria para docentes"
        ),
    },
    "Monarch Butterflies: A Shared Responsibility": {
        "title": "La mariposa monarca: una responsabilidad compartida",
        "subtitle": "",
        "summary": (
            "Esta ficha informativa presenta la extraordinaria migración de la mariposa monarca"
            " entre Canadá, Estados Unidos y México, y explica por qué ha disminuido su "
            "población. Resume las principales amenazas, como la pérdida de algodoncillo y de "
            "plantas nectaríferas, la degradación de los bosques de hibernación y los fenómenos"
            " meteorológicos extremos. También sugiere acciones sencillas que pueden emprender "
            "personas, escuelas, agricultores y municipios, como plantar algodoncillo nativo, "
            "reducir el uso de plaguicidas y reportar avistamientos a los programas de "
            "monitoreo."
        ),
        "image_alt": (
            "Ilustración de portada de La mariposa monarca: una responsabilidad compartida"
        ),
    },
    "Industrial Pollution in North America at a Glance": {
        "title": "La contaminación industrial en América del Norte de un vistazo",
        "subtitle": "",
        "summary": (
            "Esta ficha informativa resume los datos más recientes que las instalaciones "
            "industriales han reportado a los registros de emisiones y transferencias de "
            "contaminantes de Canadá, Estados Unidos y México. Muestra las cantidades totales "
            "de contaminantes emitidos al aire, al agua y al suelo o transferidos fuera del "
            "sitio, los sectores industriales que reportan las mayores cantidades y las "
            "tendencias de sustancias seleccionadas. También explica cómo usar la herramienta "
            "en línea En balance para consultar las instalaciones cercanas a usted y comparar "
            "los datos de los tres países."
        ),
        "image_alt": (
            "Ilustración de portada de La contaminación industrial en América del Norte de un "
            "vistazo"
        ),
    },
    "Food Waste at Home: Simple Steps to Reduce It": {
        "title": "El desperdicio de alimentos en casa: pasos sencillos para reducirlo",
        "subtitle": "",
        "summary": (
            "Los hogares se encuentran entre las mayores fuentes de desperdicio de alimentos en"
            " América del Norte. Esta ficha informativa explica por qué desperdiciar comida "
            "afecta al medio ambiente y al presupuesto familiar, y ofrece consejos prácticos: "
            "planificar las comidas, hacer listas de compras, almacenar bien los alimentos, "
            "entender las fechas de caducidad y de consumo preferente, aprovechar las sobras y "
            "compostar lo que no se puede comer. Incluye un reto sencillo de una semana que "
            "familias, grupos escolares y comunitarios pueden usar para medir y reducir la "
            "comida que tiran."
        ),
        "image_alt": (
            "Ilustración de portada de El desperdicio de alimentos en casa: pasos sencillos "
            "para reducirlo"
        ),
    },
    "Blue Carbon Habitats of North America": {
        "title": "Hábitats de carbono azul de América del Norte",
        "subtitle": "",
        "summary": (
            "Las marismas, los manglares y las praderas de pastos marinos capturan y almacenan "
            "carbono en sus suelos durante siglos, a la vez que protegen los litorales y sirven"
            " de criadero para los peces. Esta ficha informativa explica qué es el carbono "
            "azul, muestra dónde se encuentran estos hábitats a lo largo de las costas de "
            "América del Norte y resume las amenazas que enfrentan. También remite a las nuevas"
            " capas cartográficas del Atlas Ambiental de América del Norte que muestran su "
            "extensión, y a las formas en que se están restaurando."
        ),
        "image_alt": "Ilustración de portada de Hábitats de carbono azul de América del Norte",
    },
    "Extreme Heat: Protecting Outdoor Workers": {
        "title": "Calor extremo: cómo proteger a quienes trabajan al aire libre",
        "subtitle": "",
        "summary": (
            "Las cuadrillas de construcción, los trabajadores agrícolas, los repartidores y "
            "otras personas que trabajan al aire libre corren un alto riesgo de sufrir "
            "enfermedades relacionadas con el calor. Esta ficha informativa describe las "
            "señales de alerta del agotamiento por calor y del golpe de calor, y expone medidas"
            " prácticas que pueden adoptar empleadores y trabajadores: aclimatación gradual, "
            "acceso a agua, sombra y descanso, ajuste de horarios y un sistema de trabajo en "
            "parejas. También indica dónde consultar las alertas de calor en Canadá, Estados "
            "Unidos y México."
        ),
        "image_alt": (
            "Ilustración de portada de Calor extremo: cómo proteger a quienes trabajan al aire "
            "libre"
        ),
    },
    "Shorebirds on the Move": {
        "title": "Aves playeras en movimiento",
        "subtitle": "",
        "summary": (
            "Algunas aves playeras vuelan más de 15,000 kilómetros al año entre sus zonas de "
            "reproducción en el Ártico y sus zonas de invernada en México y más al sur. Esta "
            "ficha informativa presenta especies comunes de las rutas migratorias del Pacífico "
            "y del Centro, explica por qué los humedales de escala son tan importantes para "
            "ellas y sugiere cómo los usuarios de las playas pueden evitar perturbar a las aves"
            " mientras se alimentan o descansan, por ejemplo, llevando a los perros con correa "
            "y dejando espacio a las parvadas."
        ),
        "image_alt": "Ilustración de portada de Aves playeras en movimiento",
    },
    "End-of-life Electric Vehicle Batteries: Key Facts": {
        "title": "Baterías de vehículos eléctricos al final de su vida útil: datos clave",
        "subtitle": "",
        "summary": (
            "Esta ficha informativa ofrece un panorama de lo que sucede con las baterías de los"
            " vehículos eléctricos cuando ya no pueden impulsar un automóvil. Presenta los "
            "volúmenes proyectados de baterías al final de su vida útil en América del Norte, "
            "los materiales que contienen y las principales opciones de reutilización en "
            "almacenamiento de energía, reaprovechamiento y reciclaje. También destaca los "
            "riesgos de seguridad durante la recolección y el transporte, y resume las "
            "diferencias normativas entre Canadá, Estados Unidos y México."
        ),
        "image_alt": (
            "Ilustración de portada de Baterías de vehículos eléctricos al final de su vida "
            "útil: datos clave"
        ),
    },
    "How to File a Submission on Enforcement Matters": {
        "title": (
            "Cómo presentar una petición relativa a la aplicación efectiva de la legislación "
            "ambiental"
        ),
        "subtitle": "",
        "summary": (
            "Cualquier persona u organización no gubernamental que resida en América del Norte "
            "puede solicitar a la CCA que examine si Canadá, Estados Unidos o México están "
            "aplicando efectivamente su legislación ambiental. Esta ficha informativa explica "
            "en lenguaje claro quién puede presentar una petición, qué información debe "
            "incluir, cómo enviarla y qué sucede después. También describe qué es un expediente"
            " de hechos y dónde seguir el avance de las peticiones en curso."
        ),
        "image_alt": (
            "Ilustración de portada de Cómo presentar una petición relativa a la aplicación "
            "efectiva de la legislación ambiental"
        ),
    },
    "Invasive Species in the Aquarium and Live Bait Trade": {
        "title": "Especies invasoras en el comercio de acuarios y de carnada viva",
        "subtitle": "",
        "summary": (
            "Liberar en el medio natural mascotas de acuario, carnada no utilizada o plantas de"
            " estanques ornamentales puede introducir especies invasoras que dañan a los peces "
            "y plantas nativos y a las economías locales. Esta ficha informativa explica cómo "
            "ocurren estas introducciones, da ejemplos de especies que se han establecido en "
            "las aguas de América del Norte y ofrece consejos sencillos para aficionados, "
            "pescadores deportivos y tiendas de mascotas: no liberar nunca organismos, devolver"
            " a los comercios los animales no deseados y desechar la carnada de forma adecuada."
        ),
        "image_alt": (
            "Ilustración de portada de Especies invasoras en el comercio de acuarios y de "
            "carnada viva"
        ),
    },
    "The CEC at 30": {
        "title": "La CCA cumple 30 años",
        "subtitle": "Tres décadas de cooperación ambiental en América del Norte",
        "summary": (
            "Desde 1994, Canadá, Estados Unidos y México han trabajado en conjunto por medio de"
            " la Comisión para la Cooperación Ambiental. Esta ficha informativa recorre los "
            "principales hitos de la organización, desde los primeros planes de acción sobre "
            "sustancias químicas persistentes hasta el Atlas Ambiental de América del Norte, "
            "las subvenciones comunitarias y el proceso de peticiones relativas a la aplicación"
            " efectiva de la legislación ambiental. Presenta cifras clave sobre proyectos, "
            "subvenciones y publicaciones, y explica cómo funciona hoy la CCA en el marco del "
            "Acuerdo de Cooperación Ambiental."
        ),
        "image_alt": "Ilustración de portada de La CCA cumple 30 años",
    },
    "Circularity in the Electronics Sector": {
        "title": "La circularidad en el sector electrónico",
        "subtitle": "Cartografía de los flujos de materiales en América del Norte",
        "summary": (
            "Este documento de antecedentes describe cómo circulan por la economía de América "
            "del Norte los productos electrónicos y los materiales que contienen, desde su "
            "fabricación e importación hasta su uso, reparación, recolección y reciclaje. "
            "Estima las cantidades de aparatos electrónicos desechados que se generan en cada "
            "país y la proporción que se recupera, identifica los puntos de la cadena de valor "
            "en los que se pierden materiales y examina modelos de negocio circulares como el "
            "arrendamiento, el reacondicionamiento y los programas de retorno. Sus conclusiones"
            " sirvieron de base para los debates con la industria sobre las prioridades de una "
            "segunda fase de trabajo."
        ),
        "image_alt": "Ilustración de portada de La circularidad en el sector electrónico",
    },
    "Black Carbon Emissions from Artisanal Brick Kilns in Mexico": {
        "title": "Emisiones de carbono negro de los hornos ladrilleros artesanales en México",
        "subtitle": "",
        "summary": (
            "Miles de hornos pequeños y tradicionales en México cuecen ladrillos con leña, "
            "aserrín, llantas usadas y otros combustibles, y liberan carbono negro y otros "
            "contaminantes cerca de las viviendas. Este documento informa sobre las mediciones "
            "en campo de las emisiones de hornos de varios estados, las compara con los "
            "factores empleados en los inventarios nacionales y analiza diseños de hornos y "
            "combustibles más limpios. También considera las condiciones sociales y económicas "
            "de los ladrilleros, que toda estrategia de reducción debe tener en cuenta."
        ),
        "image_alt": (
            "Ilustración de portada de Emisiones de carbono negro de los hornos ladrilleros "
            "artesanales en México"
        ),
    },
    "Mercury Supply and Trade in North America": {
        "title": "Suministro y comercio de mercurio en América del Norte",
        "subtitle": "Fuentes, flujos y opciones de almacenamiento",
        "summary": (
            "Este documento estima cuánto mercurio se extrae, se recupera, se importa, se "
            "exporta y se utiliza en Canadá, Estados Unidos y México, a partir de registros "
            "aduaneros, datos de la industria e informes gubernamentales. Identifica los "
            "principales flujos comerciales dentro y fuera de la región, y analiza las lagunas "
            "en los datos. El documento también examina las opciones de almacenamiento a largo "
            "plazo de los excedentes de mercurio y las implicaciones del Convenio de Minamata "
            "para cada país."
        ),
        "image_alt": (
            "Ilustración de portada de Suministro y comercio de mercurio en América del Norte"
        ),
    },
    "Comparing Facility-level Greenhouse Gas Reporting in North America": {
        "title": (
            "Comparación de los reportes de gases de efecto invernadero por instalación en "
            "América del Norte"
        ),
        "subtitle": "",
        "summary": (
            "Canadá, Estados Unidos y México exigen, cada uno, que las grandes instalaciones "
            "reporten sus emisiones de gases de efecto invernadero, pero los programas difieren"
            " en aspectos importantes. Este documento compara los gases, sectores y umbrales "
            "incluidos, los métodos de cálculo, los requisitos de verificación y el acceso "
            "público a los datos. Concluye que algunos sectores, como el cemento y la "
            "generación de electricidad, podrían volverse comparables con cambios modestos, y "
            "plantea opciones que reducirían la carga para las empresas que reportan en más de "
            "un país."
        ),
        "image_alt": (
            "Ilustración de portada de Comparación de los reportes de gases de efecto "
            "invernadero por instalación en América del Norte"
        ),
    },
    "Cumulative Impact Screening Tools": {
        "title": "Herramientas de detección de impactos acumulados",
        "subtitle": "Revisión de los enfoques en América del Norte",
        "summary": (
            "Los gobiernos de América del Norte utilizan cada vez más herramientas "
            "cartográficas para identificar a las comunidades que enfrentan múltiples cargas "
            "ambientales y sociales. Este documento examina más de una docena de estas "
            "herramientas en los ámbitos federal, estatal, provincial y municipal, y compara "
            "los indicadores que emplean, la forma en que se combinan, las fuentes de datos y "
            "el papel de las comunidades en su diseño. Destaca ventajas y limitaciones comunes,"
            " y propone un pequeño conjunto de indicadores básicos que podrían calcularse de "
            "manera uniforme en los tres países."
        ),
        "image_alt": "Ilustración de portada de Herramientas de detección de impactos acumulados",
    },
    "Indigenous Knowledge and Coastal Adaptation": {
        "title": "Conocimientos indígenas y adaptación costera",
        "subtitle": "Documento de discusión",
        "summary": (
            "Este documento de discusión analiza cómo los conocimientos indígenas sobre los "
            "entornos costeros pueden orientar la adaptación al cambio climático, y qué "
            "condiciones se requieren para que ello ocurra de manera respetuosa. Se basa en la "
            "bibliografía publicada y en conversaciones con poseedores de conocimientos de los "
            "tres países. El documento aborda los principios de soberanía de los datos, "
            "consentimiento y distribución de beneficios, describe ejemplos en los que las "
            "comunidades han encabezado la planificación de la adaptación y plantea preguntas "
            "para las dependencias que deseen trabajar en alianza con comunidades indígenas."
        ),
        "image_alt": "Ilustración de portada de Conocimientos indígenas y adaptación costera",
    },
    "Chemicals in Products": {
        "title": "Sustancias químicas en los productos",
        "subtitle": "Cómo fluye la información a lo largo de las cadenas de suministro",
        "summary": (
            "La información sobre las sustancias químicas que contienen los productos de "
            "consumo a menudo se detiene en el primer eslabón de la cadena de suministro. Con "
            "base en entrevistas y encuestas a fabricantes, marcas, minoristas y recicladores "
            "de los sectores textil y electrónico, este documento describe cómo se solicita, "
            "comparte y utiliza hoy esa información. Identifica los principales obstáculos "
            "—como las preocupaciones sobre confidencialidad, la complejidad de las cadenas de "
            "suministro mundiales y la incompatibilidad de los sistemas de datos— y analiza "
            "enfoques voluntarios y normativos que podrían mejorar la transparencia."
        ),
        "image_alt": "Ilustración de portada de Sustancias químicas en los productos",
    },
    "Nature-based Solutions for Flood Risk": {
        "title": "Soluciones basadas en la naturaleza frente al riesgo de inundación",
        "subtitle": "Estado de la práctica en las ciudades de América del Norte",
        "summary": (
            "Este documento examina cómo las ciudades de Canadá, Estados Unidos y México "
            "utilizan humedales, llanuras de inundación, bosques urbanos, biozanjas y techos "
            "verdes para gestionar las aguas pluviales y reducir las inundaciones. Resume la "
            "evidencia sobre su desempeño y sus costos en comparación con la infraestructura "
            "convencional, así como sus beneficios para la reducción del calor, la "
            "biodiversidad y la salud pública. También identifica obstáculos relacionados con "
            "el financiamiento, la disponibilidad de terrenos, el mantenimiento y las normas de"
            " diseño, y sugiere ámbitos en los que la cooperación trinacional podría ser útil."
        ),
        "image_alt": (
            "Ilustración de portada de Soluciones basadas en la naturaleza frente al riesgo de "
            "inundación"
        ),
    },
    "Verifying the Legality of Timber in North America": {
        "title": "Verificación de la legalidad de la madera en América del Norte",
        "subtitle": "Leyes, herramientas y oportunidades de cooperación",
        "summary": (
            "Este documento describe las leyes y herramientas que Canadá, Estados Unidos y "
            "México utilizan para impedir que la madera aprovechada ilegalmente ingrese a sus "
            "mercados. Compara los requisitos de documentación, los controles a la importación,"
            " las sanciones y el uso de la identificación forense de maderas, y revisa casos "
            "recientes de aplicación de la ley. El documento identifica oportunidades para "
            "estrechar la cooperación, como colecciones de referencia compartidas de muestras "
            "de madera, capacitación conjunta y un intercambio más rápido de información sobre "
            "envíos sospechosos."
        ),
        "image_alt": (
            "Ilustración de portada de Verificación de la legalidad de la madera en América del"
            " Norte"
        ),
    },
    "Seafood Traceability Systems in North America": {
        "title": "Sistemas de trazabilidad de los productos del mar en América del Norte",
        "subtitle": "",
        "summary": (
            "¿Cómo puede un comprador tener la certeza de dónde se capturó un pescado y de que "
            "se capturó legalmente? Este documento compara los esquemas gubernamentales de "
            "documentación de capturas y los sistemas privados de trazabilidad empleados en "
            "Canadá, Estados Unidos y México, y examina cómo circulan los datos entre "
            "pescadores, procesadores, importadores y minoristas. Identifica las lagunas que "
            "permiten el etiquetado engañoso y la entrada de productos ilegales al mercado, y "
            "analiza opciones digitales de bajo costo que podrían funcionar para las pesquerías"
            " de pequeña escala."
        ),
        "image_alt": (
            "Ilustración de portada de Sistemas de trazabilidad de los productos del mar en "
            "América del Norte"
        ),
    },
    "Post-fire Recovery in North American Forests": {
        "title": "Recuperación posincendio en los bosques de América del Norte",
        "subtitle": "Lecciones de tres países",
        "summary": (
            "A partir de estudios de caso en bosques boreales, templados y selvas bajas "
            "caducifolias, este documento compara cómo abordan las dependencias de Canadá, "
            "Estados Unidos y México la recuperación tras grandes incendios forestales. Abarca "
            "la estabilización de suelos de emergencia, la reforestación y la regeneración "
            "natural, la protección de las fuentes de agua y el papel del manejo indígena del "
            "fuego y de las quemas culturales. El documento identifica desafíos comunes, como "
            "la escasez de semillas y los incendios recurrentes, y sugiere temas de "
            "investigación y capacitación conjuntas."
        ),
        "image_alt": (
            "Ilustración de portada de Recuperación posincendio en los bosques de América del Norte"
        ),
    },
    "Managing Visitors in Marine Protected Areas": {
        "title": "Gestión de visitantes en áreas marinas protegidas",
        "subtitle": "Problemas y opciones",
        "summary": (
            "Las áreas marinas protegidas atraen a buzos, kayakistas, pescadores deportivos y "
            "observadores de fauna cuyo gasto sostiene las economías costeras. Este documento "
            "examina cómo los administradores de los tres países fijan y hacen cumplir los "
            "límites de visitantes, otorgan permisos a los operadores turísticos, cobran "
            "derechos y monitorean los impactos en la fauna y los hábitats. Extrae lecciones de"
            " sitios como las zonas de observación de ballenas y los arrecifes de coral, y "
            "plantea opciones para que los administradores de áreas protegidas compartan "
            "herramientas y trabajen con los operadores en normas voluntarias."
        ),
        "image_alt": "Ilustración de portada de Gestión de visitantes en áreas marinas protegidas",
    },
    "Environmental Enforcement Cooperation under the USMCA": {
        "title": ("Cooperación en la aplicación de la legislación ambiental en el marco del T-MEC"),
        "subtitle": "",
        "summary": (
            "Este documento describe cómo el Acuerdo de Cooperación Ambiental y el capítulo "
            "ambiental del T-MEC configuran la cooperación en la aplicación de la legislación "
            "ambiental en América del Norte. Explica los cambios introducidos en 2020 en el "
            "proceso de peticiones relativas a la aplicación efectiva de la legislación "
            "ambiental, los vínculos entre la CCA y el comité de medio ambiente del tratado "
            "comercial, y los ámbitos en los que las dependencias ya cooperan, como el comercio"
            " de vida silvestre y los residuos peligrosos. Concluye con preguntas para un "
            "debate más amplio."
        ),
        "image_alt": (
            "Ilustración de portada de Cooperación en la aplicación de la legislación ambiental"
            " en el marco del T-MEC"
        ),
    },
    "Plastic Waste Trade in North America": {
        "title": "Comercio de residuos plásticos en América del Norte",
        "subtitle": "Cambios en los flujos comerciales, 2015-2020",
        "summary": (
            "Después de que varios países asiáticos restringieran en 2018 la importación de "
            "desechos plásticos, los flujos comerciales cambiaron y una mayor cantidad de "
            "material se quedó en América del Norte o circuló entre los tres países. Este "
            "documento analiza los datos comerciales sobre residuos y desechos plásticos de "
            "2015 a 2020, describe los cambios en la capacidad de reciclaje y en los precios, y"
            " examina el efecto de las nuevas normas internacionales del Convenio de Basilea "
            "sobre los envíos dentro de la región."
        ),
        "image_alt": (
            "Ilustración de portada de Comercio de residuos plásticos en América del Norte"
        ),
    },
    "Taking Stock: North American Pollutant Releases and Transfers": {
        "title": "En balance: emisiones y transferencias de contaminantes en América del Norte",
        "subtitle": "Volumen 16",
        "summary": (
            "Esta edición de En balance reúne los datos reportados por más de 20,000 "
            "instalaciones industriales a los registros de emisiones y transferencias de "
            "contaminantes de Canadá, Estados Unidos y México. Examina las cantidades y los "
            "tipos de contaminantes emitidos al aire, al agua y al suelo o transferidos para su"
            " reciclaje, tratamiento y disposición final, incluidas las transferencias "
            "transfronterizas. Un análisis especial examina las diferencias entre los tres "
            "registros y cómo afectan las comparaciones, con recomendaciones para que los datos"
            " sean más uniformes."
        ),
        "image_alt": (
            "Ilustración de portada de En balance: emisiones y transferencias de contaminantes "
            "en América del Norte"
        ),
    },
    "Food Loss and Waste in North America": {
        "title": "Pérdida y desperdicio de alimentos en América del Norte",
        "subtitle": "Medición del problema y de sus causas",
        "summary": (
            "Este informe estima la cantidad de alimentos que se pierden y desperdician a lo "
            "largo de la cadena de suministro en Canadá, Estados Unidos y México, desde el "
            "campo hasta el hogar. Examina las principales causas en cada etapa —como las "
            "normas estéticas, los daños durante el transporte, el exceso de inventario y la "
            "confusión sobre las fechas en las etiquetas— y los impactos ambientales de los "
            "alimentos desperdiciados. El informe también revisa las políticas e iniciativas de"
            " los tres países y recomienda prioridades en materia de prevención, rescate de "
            "alimentos y reciclaje."
        ),
        "image_alt": (
            "Ilustración de portada de Pérdida y desperdicio de alimentos en América del Norte"
        ),
    },
    "Coastal Blue Carbon in North America": {
        "title": "Carbono azul costero en América del Norte",
        "subtitle": "Extensión, reservas de carbono y opciones de manejo",
        "summary": (
            "Este informe presenta el primer mapa homogéneo de marismas, manglares y praderas "
            "de pastos marinos a lo largo de las costas de Canadá, Estados Unidos y México, "
            "junto con una síntesis de las mediciones del carbono almacenado en sus suelos y "
            "plantas. Estima cuánto carbono podría liberarse si estos hábitats se siguen "
            "perdiendo, y analiza cómo la conservación y restauración de los ecosistemas de "
            "carbono azul pueden incorporarse en las estrategias climáticas nacionales y en los"
            " planes de manejo costero."
        ),
        "image_alt": "Ilustración de portada de Carbono azul costero en América del Norte",
    },
    "Monarch Conservation Progress Report": {
        "title": "Informe de avances en la conservación de la monarca",
        "subtitle": "Resultados trinacionales, 2019-2020",
        "summary": (
            "Este informe presenta los resultados del trabajo coordinado de los tres países "
            "para conservar el hábitat y la migración de la mariposa monarca. Describe la "
            "superficie de hábitat de reproducción y de plantas nectaríferas restaurada en "
            "Canadá y Estados Unidos, la protección y restauración forestal en los sitios de "
            "hibernación de México y la adopción de un protocolo de monitoreo armonizado. "
            "También examina las tendencias de la población observadas durante el periodo e "
            "identifica las áreas en las que se requieren más esfuerzos."
        ),
        "image_alt": (
            "Ilustración de portada de Informe de avances en la conservación de la monarca"
        ),
    },
    "Wildlife Trade Enforcement at North American Ports of Entry": {
        "title": (
            "Aplicación de la ley sobre comercio de vida silvestre en los puntos de entrada de "
            "América del Norte"
        ),
        "subtitle": "Resultados de una iniciativa trinacional de capacitación",
        "summary": (
            "Este informe resume los resultados de una iniciativa de dos años para ayudar a los"
            " agentes aduanales y de vida silvestre de Canadá, Estados Unidos y México a "
            "detectar envíos ilegales de especies protegidas. Describe la capacitación "
            "impartida, las guías de identificación elaboradas y los mecanismos de intercambio "
            "de información establecidos, y analiza los datos de decomisos de las especies "
            "traficadas con mayor frecuencia. El informe concluye con recomendaciones para "
            "mantener la cooperación, como ejercicios conjuntos periódicos y una red de "
            "contactos compartida."
        ),
        "image_alt": (
            "Ilustración de portada de Aplicación de la ley sobre comercio de vida silvestre en"
            " los puntos de entrada de América del Norte"
        ),
    },
    "Energy Management in Industry": {
        "title": "Gestión de la energía en la industria",
        "subtitle": "Resultados de instalaciones piloto de América del Norte",
        "summary": (
            "Este informe presenta la experiencia de instalaciones industriales de Canadá, "
            "Estados Unidos y México que implantaron sistemas de gestión de la energía basados "
            "en la norma ISO 50001 con el apoyo de la CCA. Documenta los ahorros de energía y "
            "de costos obtenidos, el tiempo y la inversión necesarios, y las lecciones "
            "prácticas aprendidas, como la importancia del compromiso de la alta dirección y de"
            " la medición. Los estudios de caso abarcan el procesamiento de alimentos, las "
            "autopartes, la industria química y otros sectores."
        ),
        "image_alt": "Ilustración de portada de Gestión de la energía en la industria",
    },
    "Marine Litter in North American Watersheds": {
        "title": "Basura marina en las cuencas de América del Norte",
        "subtitle": "Resultados de evaluaciones piloto",
        "summary": (
            "Este informe presenta los resultados de las evaluaciones de basura realizadas en "
            "cuencas piloto de las costas del Pacífico, del Atlántico y del Golfo. Con un "
            "protocolo de monitoreo común, los equipos identificaron los tipos de basura más "
            "frecuentes, sus fuentes probables y los puntos por los que ingresan a los ríos y "
            "al mar. El informe compara las medidas de prevención probadas en cada sitio —como "
            "trampas de basura, mejoras en la recolección y labores de divulgación— y "
            "recomienda acciones para los gobiernos locales."
        ),
        "image_alt": "Ilustración de portada de Basura marina en las cuencas de América del Norte",
    },
    "Outcome-based Indicators for Environmental Enforcement": {
        "title": (
            "Indicadores basados en resultados para la aplicación de la legislación ambiental"
        ),
        "subtitle": "Medir lo que importa",
        "summary": (
            "Las dependencias encargadas de la aplicación de la ley suelen medir su trabajo por"
            " el número de inspecciones y sanciones. Este informe propone un conjunto de "
            "indicadores que también reflejan los resultados, como las tasas de cumplimiento de"
            " las instalaciones reguladas, la reincidencia y las mejoras medibles en las "
            "condiciones ambientales. Describe cómo se pusieron a prueba los indicadores en "
            "programas de calidad del aire, residuos peligrosos y vida silvestre de los tres "
            "países, y analiza las necesidades de datos y la forma de informar los resultados "
            "al público."
        ),
        "image_alt": (
            "Ilustración de portada de Indicadores basados en resultados para la aplicación de "
            "la legislación ambiental"
        ),
    },
    "Green Freight in North America": {
        "title": "Transporte de carga limpio en América del Norte",
        "subtitle": "Emisiones, tecnologías y armonización de programas",
        "summary": (
            "Este informe estima las emisiones de gases de efecto invernadero y de "
            "contaminantes atmosféricos de los camiones, trenes y barcos que transportan "
            "mercancías por los principales corredores comerciales de América del Norte. "
            "Examina tecnologías y prácticas de ahorro de combustible probadas, como los "
            "dispositivos aerodinámicos, los neumáticos de baja resistencia a la rodadura, la "
            "reducción del tiempo en ralentí y la capacitación de conductores, y compara los "
            "programas voluntarios de transporte limpio de los tres países. Recomienda formas "
            "de armonizar estos programas para que los transportistas que operan a través de "
            "las fronteras puedan participar con mayor facilidad."
        ),
        "image_alt": "Ilustración de portada de Transporte de carga limpio en América del Norte",
    },
    "Climate Change Indicators for North America": {
        "title": "Indicadores de cambio climático para América del Norte",
        "subtitle": "Tendencias en un subcontinente en transformación",
        "summary": (
            "Este informe presenta un conjunto de indicadores que describen el cambio climático"
            " y sus efectos en América del Norte con datos comparables de los tres países. Los "
            "indicadores abarcan las emisiones de gases de efecto invernadero, la temperatura y"
            " la precipitación, el hielo marino y la cubierta de nieve, el nivel del mar, los "
            "efectos del calor en la salud y el calendario de fenómenos estacionales como la "
            "floración primaveral. Cada indicador incluye una breve explicación de lo que "
            "muestra, sus fuentes de datos y limitaciones, y enlaces a la plataforma "
            "interactiva en línea."
        ),
        "image_alt": (
            "Ilustración de portada de Indicadores de cambio climático para América del Norte"
        ),
    },
    "Air Quality Forecasting and Public Alerts in North America": {
        "title": "Pronóstico de la calidad del aire y alertas públicas en América del Norte",
        "subtitle": "",
        "summary": (
            "Este informe examina cómo se pronostica la calidad del aire y cómo se comunica al "
            "público en Canadá, Estados Unidos y México. Compara los índices nacionales de "
            "calidad del aire, los mensajes de salud asociados a cada categoría y los canales "
            "empleados para llegar a la población, desde sitios web y aplicaciones móviles "
            "hasta la radio. También informa sobre la capacitación impartida a pronosticadores "
            "de ciudades mexicanas y sobre los nuevos acuerdos de intercambio de datos para "
            "estaciones de monitoreo en regiones fronterizas."
        ),
        "image_alt": (
            "Ilustración de portada de Pronóstico de la calidad del aire y alertas públicas en "
            "América del Norte"
        ),
    },
    "Transboundary Movements of Spent Lead-Acid Batteries in North America": {
        "title": (
            "Movimientos transfronterizos de baterías de plomo-ácido usadas en América del Norte"
        ),
        "subtitle": "",
        "summary": (
            "Cada año, grandes cantidades de baterías de plomo-ácido usadas de automóviles y "
            "camiones cruzan las fronteras de América del Norte para su reciclaje. Este informe"
            " analiza los datos comerciales sobre estos envíos, compara las normas ambientales "
            "y de salud ocupacional aplicables a las instalaciones de reciclaje de los tres "
            "países y examina la evidencia de exposición al plomo cerca de algunas "
            "instalaciones. Recomienda medidas para mejorar el seguimiento de los envíos y "
            "garantizar que las baterías se reciclen de manera ambientalmente adecuada "
            "dondequiera que se envíen."
        ),
        "image_alt": (
            "Ilustración de portada de Movimientos transfronterizos de baterías de plomo-ácido "
            "usadas en América del Norte"
        ),
    },
    "Land Cover Change in North America, 2010–2020": {
        "title": "Cambios en la cobertura del suelo en América del Norte, 2010-2020",
        "subtitle": "",
        "summary": (
            "Con imágenes satelitales clasificadas de la misma manera en los tres países, este "
            "informe describe cómo cambió la cobertura del suelo de América del Norte entre "
            "2010 y 2020. Muestra dónde se expandieron o redujeron los bosques, pastizales, "
            "humedales, tierras de cultivo y zonas urbanas, y destaca las regiones de cambio "
            "acelerado, como las zonas afectadas por incendios forestales y por el crecimiento "
            "urbano. Los mapas de base pueden descargarse del Atlas Ambiental de América del "
            "Norte."
        ),
        "image_alt": (
            "Ilustración de portada de Cambios en la cobertura del suelo en América del Norte, "
            "2010-2020"
        ),
    },
    "North American Grassland Priority Conservation Areas": {
        "title": ("Áreas prioritarias para la conservación de los pastizales de América del Norte"),
        "subtitle": "Informe técnico",
        "summary": (
            "Este informe técnico identifica áreas prioritarias para la conservación de los "
            "pastizales de las Grandes Planicies y del desierto chihuahuense, que se extienden "
            "desde las praderas canadienses hasta el norte de México. Especialistas de los tres"
            " países combinaron datos sobre el estado de los pastizales, las poblaciones de "
            "aves, las amenazas y las áreas protegidas existentes para seleccionar los sitios "
            "en los que los esfuerzos de conservación tendrían mayor efecto. El informe "
            "describe cada área y sugiere acciones de conservación con la participación de "
            "ganaderos, comunidades indígenas y gobiernos."
        ),
        "image_alt": (
            "Ilustración de portada de Áreas prioritarias para la conservación de los "
            "pastizales de América del Norte"
        ),
    },
    "Marine Protected Areas and Climate Change": {
        "title": "Áreas marinas protegidas y cambio climático",
        "subtitle": "Guía para la evaluación rápida de la vulnerabilidad",
        "summary": (
            "Los administradores de áreas marinas protegidas necesitan formas prácticas de "
            "comprender cómo el calentamiento de las aguas, la acidificación del océano y el "
            "aumento del nivel del mar pueden afectar a sus sitios. Esta guía describe un "
            "método de evaluación rápida que aprovecha la información existente y el "
            "conocimiento de especialistas para evaluar la vulnerabilidad de hábitats y "
            "especies e identificar opciones de adaptación. Se puso a prueba en sitios de la "
            "costa del Pacífico, desde Baja California hasta Alaska, y puede completarse en "
            "unos cuantos talleres."
        ),
        "image_alt": "Ilustración de portada de Áreas marinas protegidas y cambio climático",
    },
    "Sound Management of Chemicals in North America": {
        "title": "Manejo adecuado de las sustancias químicas en América del Norte",
        "subtitle": "Veinte años de cooperación trinacional",
        "summary": (
            "Desde mediados de la década de 1990, Canadá, Estados Unidos y México han trabajado"
            " en conjunto para reducir los riesgos de sustancias químicas persistentes y "
            "tóxicas como los BPC, el DDT, el clordano, el lindano, el mercurio y las dioxinas."
            " Este informe examina los resultados de esta cooperación, entre ellos la "
            "eliminación gradual de sustancias, la reducción de emisiones y un monitoreo más "
            "sólido de las sustancias químicas en el medio ambiente y en las personas. Describe"
            " las lecciones aprendidas sobre los planes de acción regionales y analiza las "
            "prioridades para el trabajo futuro."
        ),
        "image_alt": (
            "Ilustración de portada de Manejo adecuado de las sustancias químicas en América "
            "del Norte"
        ),
    },
    "Lindane in North America": {
        "title": "El lindano en América del Norte",
        "subtitle": "Lecciones de una eliminación gradual a escala regional",
        "summary": (
            "El lindano, un plaguicida antes muy utilizado en semillas, en el ganado y en "
            "algunos tratamientos médicos, persiste en el medio ambiente y puede dañar la salud"
            " humana. Este informe relata cómo cooperaron los tres países para eliminar "
            "gradualmente sus usos agrícolas y farmacéuticos, incluido el apoyo a México para "
            "identificar alternativas. Resume los resultados, el papel de la participación "
            "pública y las lecciones que esta experiencia ofrece para el manejo de otras "
            "sustancias químicas peligrosas."
        ),
        "image_alt": "Ilustración de portada de El lindano en América del Norte",
    },
    "Youth Innovation Challenge 2023": {
        "title": "Reto Juvenil de Innovación 2023",
        "subtitle": "Proyectos finalistas",
        "summary": (
            "Este informe presenta los proyectos finalistas del Reto Juvenil de Innovación "
            "2023, seleccionados entre más de 300 propuestas presentadas por jóvenes de Canadá,"
            " Estados Unidos y México. Los proyectos van desde programas de compostaje y "
            "talleres comunitarios de reparación hasta aplicaciones que ayudan a los habitantes"
            " a denunciar tiraderos clandestinos. Para cada equipo, el informe describe el "
            "problema abordado, la solución propuesta, los avances logrados durante el programa"
            " de mentoría y los siguientes pasos previstos."
        ),
        "image_alt": "Ilustración de portada de Reto Juvenil de Innovación 2023",
    },
    "Repair, Reuse and Refurbishment of Electronics in North America": {
        "title": (
            "Reparación, reutilización y reacondicionamiento de aparatos electrónicos en "
            "América del Norte"
        ),
        "subtitle": "",
        "summary": (
            "Prolongar la vida útil de computadoras, teléfonos y otros dispositivos es una de "
            "las formas más eficaces de reducir la huella ambiental de la electrónica. Este "
            "informe examina el sector de la reparación y el reacondicionamiento en Canadá, "
            "Estados Unidos y México, incluidos su tamaño, los empleos que genera y los "
            "obstáculos que enfrenta, como el acceso a refacciones, los bloqueos de software y "
            "la confianza de los consumidores. Presenta ejemplos de modelos de negocio exitosos"
            " y opciones para que los gobiernos y los fabricantes favorezcan una vida útil más "
            "larga de los productos."
        ),
        "image_alt": (
            "Ilustración de portada de Reparación, reutilización y reacondicionamiento de "
            "aparatos electrónicos en América del Norte"
        ),
    },
    "Community Action for the Environment": {
        "title": "Acción comunitaria en favor del medio ambiente",
        "subtitle": "Resultados de las subvenciones de la ANAA",
        "summary": (
            "Este informe hace un balance de los proyectos financiados por la Alianza de "
            "América del Norte para la Acción Comunitaria Ambiental (ANAA). Resume lo que "
            "lograron los beneficiarios —desde humedales restaurados y huertos comunitarios "
            "hasta programas de ahorro de energía y una producción de ladrillos más limpia— y "
            "cómo los proyectos involucraron a los habitantes locales. Con base en encuestas y "
            "entrevistas a los beneficiarios, también examina qué contribuyó al éxito de los "
            "proyectos y qué lecciones pueden orientar futuros programas de subvenciones "
            "comunitarias."
        ),
        "image_alt": "Ilustración de portada de Acción comunitaria en favor del medio ambiente",
    },
    "Building Climate Resilience in Underserved Communities": {
        "title": "Fortalecer la resiliencia climática en comunidades desatendidas",
        "subtitle": "Resultados del primer ciclo de subvenciones EJ4Climate",
        "summary": (
            "Este informe describe los proyectos comunitarios apoyados en el primer ciclo de "
            "subvenciones EJ4Climate y los resultados que obtuvieron. Entre los proyectos "
            "figuran acciones de enfriamiento y sombra en barrios urbanos, preparación ante "
            "inundaciones en comunidades costeras, sistemas alimentarios tradicionales "
            "adaptados a la sequía y planes de emergencia elaborados con comunidades indígenas."
            " El informe también resume las opiniones de los beneficiarios sobre el proceso de "
            "solicitud y el apoyo recibido, y explica cómo se ha ajustado el programa en "
            "consecuencia."
        ),
        "image_alt": (
            "Ilustración de portada de Fortalecer la resiliencia climática en comunidades "
            "desatendidas"
        ),
    },
    "Pollinator Conservation in Agricultural Landscapes": {
        "title": "Conservación de los polinizadores en paisajes agrícolas",
        "subtitle": "Prácticas e incentivos para los agricultores",
        "summary": (
            "Las abejas, las mariposas, las polillas y otros polinizadores son esenciales para "
            "muchos cultivos y plantas silvestres, pero numerosas especies están en declive. "
            "Este informe examina prácticas que los agricultores y administradores de tierras "
            "de los tres países pueden aplicar para favorecer a los polinizadores en las zonas "
            "agrícolas, como los setos vivos, los cultivos de cobertura con flores y la menor "
            "exposición a plaguicidas. Resume la evidencia sobre sus beneficios para el "
            "rendimiento de los cultivos y la biodiversidad, y describe programas de incentivos"
            " que ayudan a los agricultores a adoptarlas."
        ),
        "image_alt": (
            "Ilustración de portada de Conservación de los polinizadores en paisajes agrícolas"
        ),
    },
    "Greenhouse Gas Emissions in North America, 1990–2023": {
        "title": "Emisiones de gases de efecto invernadero en América del Norte, 1990-2023",
        "subtitle": "",
        "summary": (
            "Este informe reúne los inventarios oficiales de gases de efecto invernadero de "
            "Canadá, Estados Unidos y México para ofrecer un panorama regional de las emisiones"
            " de 1990 a 2023. Muestra las tendencias por gas y por sector —entre ellos energía,"
            " transporte, industria, agricultura, residuos y uso del suelo— y explica las "
            "diferencias metodológicas entre los inventarios nacionales. El informe destaca "
            "dónde han disminuido las emisiones, dónde siguen aumentando y qué lagunas de datos"
            " persisten."
        ),
        "image_alt": (
            "Ilustración de portada de Emisiones de gases de efecto invernadero en América del "
            "Norte, 1990-2023"
        ),
    },
    "CEC Annual Report 2023": {
        "title": "Informe anual 2023 de la CCA",
        "subtitle": "",
        "summary": (
            "El Informe anual 2023 ofrece un panorama de las actividades y los resultados de la"
            " CCA durante el año. Describe los avances de los proyectos de cooperación, las "
            "subvenciones otorgadas a comunidades, las nuevas publicaciones y capas "
            "cartográficas, el estado de las peticiones relativas a la aplicación efectiva de "
            "la legislación ambiental y el trabajo del Comité Consultivo Público Conjunto. "
            "También incluye los aspectos destacados de la reunión ordinaria anual del Consejo "
            "y del Reto Juvenil de Innovación, así como un resumen de los estados financieros "
            "de la organización."
        ),
        "image_alt": "Ilustración de portada de Informe anual 2023 de la CCA",
    },
    "Energy Efficiency in Residential Buildings": {
        "title": "Eficiencia energética en edificios residenciales",
        "subtitle": "Una comparación en América del Norte",
        "summary": (
            "Las viviendas representan una parte importante del consumo de energía y de las "
            "emisiones de gases de efecto invernadero de América del Norte. Este informe "
            "compara los códigos de energía para edificaciones, las normas para aparatos "
            "electrodomésticos, los programas de etiquetado y los incentivos financieros a la "
            "eficiencia energética en la vivienda en Canadá, Estados Unidos y México. Estima "
            "los ahorros de energía que podrían lograrse con códigos más estrictos y un mejor "
            "cumplimiento, e identifica oportunidades para que los tres países compartan "
            "herramientas y armonicen sus métodos de prueba."
        ),
        "image_alt": "Ilustración de portada de Eficiencia energética en edificios residenciales",
    },
    "Greening Public Procurement in North America": {
        "title": "Compras públicas más verdes en América del Norte",
        "subtitle": "",
        "summary": (
            "Las autoridades públicas de América del Norte adquieren bienes y servicios que "
            "representan una parte significativa de la economía. Este informe compara las "
            "políticas de compras verdes de Canadá, Estados Unidos y México, y presenta "
            "criterios ambientales que los compradores públicos pueden emplear en categorías "
            "prioritarias como equipo de oficina, productos de limpieza, vehículos y "
            "mobiliario. También da cuenta de los diálogos con proveedores sobre cómo unos "
            "criterios uniformes entre jurisdicciones podrían fomentar la inversión en "
            "productos más verdes."
        ),
        "image_alt": "Ilustración de portada de Compras públicas más verdes en América del Norte",
    },
    "Aquatic Invasive Species Risk Screening": {
        "title": "Detección de riesgos de especies acuáticas invasoras",
        "subtitle": "Resultados trinacionales para especies en el comercio",
        "summary": (
            "Este informe presenta los resultados de la detección de riesgos de especies "
            "acuáticas que se venden habitualmente en el comercio de acuarios, estanques "
            "ornamentales y carnada viva en América del Norte. Con una herramienta de detección"
            " compartida, especialistas de los tres países evaluaron la probabilidad de que "
            "cada especie se establezca y cause daños en distintas regiones. El informe enumera"
            " las especies calificadas como de alto riesgo, analiza las incertidumbres y "
            "sugiere cómo los resultados pueden orientar las normas de importación y las "
            "inspecciones."
        ),
        "image_alt": (
            "Ilustración de portada de Detección de riesgos de especies acuáticas invasoras"
        ),
    },
    "Shorebird Stopover Sites of the Pacific and Central Flyways": {
        "title": (
            "Sitios de escala de aves playeras en las rutas migratorias del Pacífico y del Centro"
        ),
        "subtitle": "",
        "summary": (
            "Este informe describe el estado de más de 40 humedales, playas y planicies lodosas"
            " que utilizan las aves playeras migratorias a lo largo de las rutas del Pacífico y"
            " del Centro. Para cada sitio resume los conteos de aves, el estado del hábitat, "
            "las amenazas y el manejo actual. Informa sobre las medidas de restauración y de "
            "reducción de perturbaciones emprendidas en sitios piloto, y establece prioridades "
            "de conservación para cada ruta migratoria a fin de que los administradores de los "
            "tres países puedan coordinar sus esfuerzos."
        ),
        "image_alt": (
            "Ilustración de portada de Sitios de escala de aves playeras en las rutas "
            "migratorias del Pacífico y del Centro"
        ),
    },
}

IMPACT_STORIES = {
    "Two Decades of Public Data on Industrial Pollution": {
        "title": "Dos décadas de datos públicos sobre la contaminación industrial",
        "summary": (
            "Por medio de la iniciativa En balance, los tres países han comparado y publicado "
            "datos sobre los contaminantes que libera la industria. Este trabajo ayudó a México"
            " a establecer la notificación obligatoria por parte de las instalaciones y acercó "
            "entre sí los tres registros nacionales, lo que ofrece a las comunidades un solo "
            "lugar para consultar qué se libera cerca de ellas."
        ),
        "outcome": (
            "Cuando comenzó la cooperación de la CCA en materia de registros de emisiones y "
            "transferencias de contaminantes, a finales de la década de 1990, solo Canadá y "
            "Estados Unidos exigían a las instalaciones informar públicamente. El apoyo técnico"
            " de la CCA y el diálogo trinacional ayudaron a México a hacer obligatoria en 2004 "
            "la notificación a su Registro de Emisiones y Transferencia de Contaminantes y, más"
            " adelante, a ampliar la lista de sustancias incluidas. Un proyecto de "
            "comparabilidad realizado en 2017-2018 llevó a los tres gobiernos a armonizar los "
            "códigos industriales y a adoptar una notificación común para varias sustancias "
            "prioritarias. Hoy, la herramienta en línea En balance permite a cualquier persona "
            "consultar datos de más de 20,000 instalaciones de los tres países, y el conjunto "
            "de datos integrado es utilizado por investigadores, periodistas y grupos "
            "comunitarios para dar seguimiento a las tendencias y a las transferencias "
            "transfronterizas de residuos."
        ),
        "key_figures": [
            ("Más de 20,000", "instalaciones que reportan en América del Norte"),
            ("3", "registros nacionales más comparables"),
            ("2004", "año en que México hizo obligatoria la notificación"),
        ],
    },
    "Phasing Out DDT and Lindane in Mexico": {
        "title": "Eliminación del DDT y del lindano en México",
        "summary": (
            "En el marco de los planes de acción regionales de América del Norte sobre "
            "sustancias químicas persistentes, México dejó de usar DDT para el control del "
            "paludismo y eliminó gradualmente los usos agrícolas y farmacéuticos del lindano, "
            "con el apoyo técnico y financiero de sus dos socios y de la CCA."
        ),
        "outcome": (
            "Los Planes de Acción Regionales de América del Norte adoptados por el Consejo de "
            "la CCA fijaron metas comunes para reducir las sustancias químicas persistentes y "
            "tóxicas. En el caso del DDT, México sustituyó las fumigaciones para el control del"
            " paludismo por un enfoque integrado que combinaba la limpieza comunitaria de "
            "criaderos de mosquitos, tratamientos focalizados y una mejor vigilancia, y dejó de"
            " usar DDT en 2000 sin que aumentaran los casos de paludismo. En el caso del "
            "lindano, un plan trinacional condujo a la cancelación de sus registros agrícolas y"
            " de sus usos farmacéuticos en México, lo que armonizó su normativa con la de "
            "Canadá y Estados Unidos. El monitoreo de sustancias químicas en el medio ambiente "
            "y en muestras de sangre, con apoyo de la CCA, documentó una disminución de los "
            "niveles en las comunidades participantes. Estos resultados sirvieron después de "
            "base para la inclusión del lindano en el Convenio de Estocolmo."
        ),
        "key_figures": [
            ("2000", "año en que México dejó de usar DDT para el control del paludismo"),
            ("1997", "año en que se adoptó el plan de acción regional sobre el DDT"),
        ],
    },
    "Electronic Tracking of Hazardous Waste across Borders": {
        "title": "Seguimiento electrónico de los residuos peligrosos a través de las fronteras",
        "summary": (
            "Los tres países sustituyeron los avisos en papel de los envíos de residuos "
            "peligrosos por un intercambio electrónico de datos, lo que agiliza la aprobación "
            "de los envíos legales y facilita la detección de los ilegales. Además, nuevas "
            "directrices elevaron las exigencias para el reciclaje de baterías de plomo-ácido "
            "usadas."
        ),
        "outcome": (
            "Todo envío de residuos peligrosos entre los tres países requiere una notificación "
            "del país exportador y el consentimiento del país importador. Hasta hace poco, "
            "estos documentos se intercambiaban por fax y correo, y cotejarlos con los "
            "registros aduaneros llevaba semanas. Con el apoyo de la CCA, las autoridades "
            "ambientales de Canadá, Estados Unidos y México crearon e interconectaron sistemas "
            "electrónicos de notificación y consentimiento, de modo que las aprobaciones "
            "circulan ahora entre las dependencias casi en tiempo real. Los funcionarios "
            "aduaneros y ambientales recibieron capacitación conjunta para verificar los envíos"
            " en la frontera. Paralelamente, la CCA publicó directrices técnicas para el "
            "reciclaje ambientalmente adecuado de baterías de plomo-ácido usadas, que las "
            "autoridades reguladoras han empleado al revisar permisos e inspeccionar "
            "instalaciones que reciben baterías del extranjero."
        ),
        "key_figures": [
            ("De semanas a días", "tiempo de trámite de una notificación de envío"),
            ("3", "sistemas nacionales ya interconectados electrónicamente"),
        ],
    },
    "A Continental Plan for the Monarch Butterfly": {
        "title": "Un plan continental para la mariposa monarca",
        "summary": (
            "La monarca es la única mariposa cuya migración une a los tres países. Un plan de "
            "conservación de América del Norte elaborado por medio de la CCA fijó prioridades "
            "comunes para proteger el hábitat de reproducción, migración e hibernación, y para "
            "monitorear la población de manera uniforme."
        ),
        "outcome": (
            "El Plan de América del Norte para la Conservación de la Mariposa Monarca, "
            "elaborado por primera vez por medio de la CCA en 2008, brindó a los gobiernos, la "
            "comunidad científica y la sociedad civil una agenda común para la especie. A este "
            "le siguió un trabajo coordinado en materia de hábitat, monitoreo y divulgación. "
            "Entre 2019 y 2021, los socios restauraron o mejoraron el hábitat de algodoncillo y"
            " plantas nectaríferas en bordes de carreteras, corredores de servicios públicos y "
            "granjas de Canadá y Estados Unidos, mientras continuaban las labores de "
            "reforestación y protección en los bosques de hibernación de la Reserva de la "
            "Biosfera Mariposa Monarca, en México. Un protocolo de monitoreo armonizado permite"
            " ahora a los tres países informar sus resultados de la misma manera, y un informe "
            "trinacional de avances da seguimiento al aumento del hábitat respecto de las metas"
            " comunes."
        ),
        "key_figures": [
            ("4,500 km", "de migración que unen a Canadá, Estados Unidos y México"),
            ("1", "protocolo de monitoreo armonizado"),
        ],
    },
    "A Network of Marine Protected Areas from Baja California to the Bering Sea": {
        "title": "Una red de áreas marinas protegidas de Baja California al mar de Bering",
        "summary": (
            "Los administradores de áreas marinas protegidas de la costa del Pacífico de los "
            "tres países formaron una red para compartir conocimientos científicos y "
            "herramientas de manejo. Juntos identificaron áreas prioritarias de conservación y "
            "pusieron a prueba un método rápido para evaluar la vulnerabilidad de sus sitios "
            "ante el cambio climático."
        ),
        "outcome": (
            "A partir de 2004, la CCA reunió a las dependencias responsables de las áreas "
            "marinas protegidas de la costa del Pacífico de América del Norte, desde el golfo "
            "de California hasta Alaska. Especialistas de los tres países cartografiaron las "
            "ecorregiones marinas e identificaron áreas prioritarias de conservación que "
            "trascienden las fronteras nacionales, las cuales las dependencias utilizaron al "
            "planificar nuevas áreas protegidas y medidas de manejo. Posteriormente, la red "
            "desarrolló un método de evaluación rápida de la vulnerabilidad que los "
            "administradores pueden completar en unos cuantos talleres con la información "
            "existente. Las evaluaciones piloto en sitios de México, Estados Unidos y Canadá "
            "dieron lugar a medidas de adaptación, como ajustes en el monitoreo de los bosques "
            "de sargazo gigante y la protección de refugios climáticos, y desde entonces el "
            "método se ha compartido con administradores de otras costas."
        ),
        "key_figures": [
            ("28", "áreas prioritarias de conservación identificadas"),
            ("8", "sitios donde se puso a prueba la evaluación de la vulnerabilidad"),
        ],
    },
    "Priority Areas for North America's Grasslands": {
        "title": "Áreas prioritarias para los pastizales de América del Norte",
        "summary": (
            "Las aves de pastizal están disminuyendo más rápido que casi cualquier otro grupo "
            "de aves del subcontinente. Por medio de la CCA, especialistas de los tres países "
            "identificaron áreas prioritarias para la conservación de los pastizales y "
            "trabajaron con ganaderos en prácticas que mantienen los pastizales sanos y "
            "productivos."
        ),
        "outcome": (
            "La CCA convocó a biólogos, especialistas en manejo de pastizales y organizaciones "
            "de conservación para identificar las Áreas Prioritarias para la Conservación de "
            "Pastizales en las Grandes Planicies y el desierto chihuahuense. El mapa resultante"
            " fue el primero en tratar estos pastizales como un solo sistema compartido, desde "
            "las praderas canadienses hasta el norte de México. Orientó las inversiones de "
            "dependencias y socios en la conservación de pastizales, y varias áreas "
            "prioritarias de Chihuahua y Coahuila se convirtieron en el eje de acuerdos con "
            "ganaderos para mejorar el manejo del pastoreo y restaurar los pastos nativos. El "
            "monitoreo de las aves de pastizal invernantes en México, coordinado con los censos"
            " de reproducción en Canadá y Estados Unidos, dio a los administradores una idea "
            "más clara de dónde están más amenazadas las poblaciones."
        ),
        "key_figures": [
            ("Más de 70", "áreas prioritarias para la conservación de pastizales cartografiadas"),
            ("3", "países que comparten un diseño de monitoreo de aves de pastizal"),
        ],
    },
    "Small Grants, Local Results: The NAPECA Program": {
        "title": "Pequeñas subvenciones, resultados locales: el programa ANAA",
        "summary": (
            "La Alianza de América del Norte para la Acción Comunitaria Ambiental (ANAA) "
            "financió a organizaciones locales para enfrentar los problemas ambientales de sus "
            "propias comunidades. Los beneficiarios restauraron hábitats, redujeron el consumo "
            "de energía y disminuyeron la contaminación, y compartieron su experiencia con sus "
            "pares de los tres países."
        ),
        "outcome": (
            "A lo largo de sucesivos ciclos de subvenciones, la ANAA apoyó a grupos "
            "comunitarios, organizaciones indígenas, cooperativas y organizaciones sin fines de"
            " lucro con subvenciones de hasta 100,000 dólares estadounidenses. Entre los "
            "proyectos figuraron la restauración de humedales y arroyos urbanos, la "
            "capacitación de ladrilleros en tecnologías de hornos más limpias, el apoyo a "
            "pequeñas empresas para ahorrar energía y la enseñanza a agricultores para reducir "
            "el uso de plaguicidas. Los beneficiarios señalaron que el financiamiento a menudo "
            "les ayudó a atraer apoyos adicionales de gobiernos locales y fundaciones. Una "
            "evaluación concluyó que la mayoría de los proyectos continuaron después de "
            "concluida la subvención, y que los intercambios entre beneficiarios de distintos "
            "países dieron lugar a nuevas alianzas. Las lecciones de la ANAA influyeron más "
            "adelante en el diseño del programa de subvenciones EJ4Climate de la CCA."
        ),
        "key_figures": [
            ("Más de 60", "proyectos comunitarios financiados"),
            ("100,000 dólares estadounidenses", "monto máximo de subvención por proyecto"),
        ],
    },
    "EJ4Climate: Grants for Climate-resilient Communities": {
        "title": "EJ4Climate: subvenciones para comunidades resilientes al clima",
        "summary": (
            "El programa EJ4Climate financia a organizaciones comunitarias que trabajan con "
            "comunidades desatendidas e indígenas para prepararse ante los impactos del clima. "
            "Las subvenciones han financiado acciones de enfriamiento y sombra, preparación "
            "ante inundaciones, sistemas alimentarios resilientes a la sequía y planes de "
            "emergencia diseñados por las propias comunidades."
        ),
        "outcome": (
            "Desde su primera convocatoria, en 2022, EJ4Climate ha financiado proyectos "
            "encabezados por organizaciones comunitarias e indígenas de los tres países. En su "
            "primer ciclo, los beneficiarios plantaron árboles e instalaron estructuras de "
            "sombra en barrios urbanos con alta exposición al calor, elaboraron planes de "
            "evacuación por inundaciones en comunidades costeras, restauraron sistemas "
            "tradicionales de captación de agua y capacitaron a habitantes locales como "
            "promotores de la resiliencia climática. Los proyectos se seleccionaron prestando "
            "atención a las comunidades que rara vez reciben financiamiento federal. Las "
            "opiniones de los beneficiarios llevaron a la CCA a simplificar los formularios de "
            "solicitud, aceptar propuestas en lenguas indígenas con apoyo para su traducción y "
            "añadir una serie opcional de seminarios web para los solicitantes, lo que aumentó "
            "el número de quienes solicitaban por primera vez en los ciclos posteriores."
        ),
        "key_figures": [
            ("Más de 30", "proyectos comunitarios financiados"),
            ("3", "idiomas para las convocatorias y solicitudes"),
        ],
    },
    "Communities Keeping Litter out of Rivers and Seas": {
        "title": "Comunidades que evitan que la basura llegue a ríos y mares",
        "summary": (
            "Después de que las evaluaciones piloto mostraran por dónde entra la basura a los "
            "cuerpos de agua, la CCA financió a organizaciones comunitarias —muchas de ellas en"
            " lugares con servicios limitados de recolección de residuos— para poner a prueba "
            "sus propias medidas de prevención. Su experiencia se convirtió después en una guía"
            " práctica para otras comunidades y gobiernos locales."
        ),
        "outcome": (
            "Las evaluaciones piloto de cuencas realizadas entre 2017 y 2019 identificaron los "
            "empaques de alimentos, las botellas y las bolsas de plástico como los objetos más "
            "comunes, y mostraron que la mayor parte de la basura llegaba a los ríos cerca de "
            "tiraderos informales y drenajes pluviales. A partir de estos hallazgos, la CCA "
            "otorgó pequeñas subvenciones a organizaciones comunitarias de los tres países, "
            "incluidas comunidades indígenas y de bajos ingresos con servicios limitados de "
            "recolección de residuos. Los beneficiarios instalaron trampas de basura en arroyos"
            " urbanos, organizaron puntos de acopio en zonas sin recolección regular, "
            "realizaron campañas en escuelas y mercados y capacitaron a voluntarios en el uso "
            "de un protocolo de monitoreo común. Varios municipios adoptaron estas medidas en "
            "sus propios planes de residuos, y las lecciones se publicaron en una guía para "
            "organizaciones locales."
        ),
        "key_figures": [
            ("12", "proyectos comunitarios apoyados"),
            ("45 toneladas", "de basura retiradas de los cuerpos de agua"),
        ],
    },
    "The North American Environmental Atlas": {
        "title": "El Atlas Ambiental de América del Norte",
        "summary": (
            "El Atlas Ambiental de América del Norte reúne mapas continuos del subcontinente "
            "elaborados con las agencias cartográficas nacionales. Sus capas sobre "
            "ecorregiones, cobertura del suelo, áreas protegidas, cuencas hidrográficas y "
            "emisiones de contaminantes pueden consultarse y descargarse libremente."
        ),
        "outcome": (
            "Antes del Atlas, quien quisiera un mapa continental tenía que ensamblar conjuntos "
            "de datos nacionales con escalas, clasificaciones y proyecciones distintas. En "
            "colaboración con Recursos Naturales de Canadá, el INEGI, la Conabio y el Servicio "
            "Geológico de Estados Unidos, la CCA elaboró capas armonizadas que coinciden a "
            "través de las fronteras, entre ellas las ecorregiones terrestres de nivel III y "
            "los mapas de cobertura del suelo derivados de imágenes satelitales. Cada capa "
            "cuenta con metadatos trilingües y puede descargarse para su uso en sistemas de "
            "información geográfica. Las capas del Atlas son utilizadas por dependencias "
            "gubernamentales para la planificación de la conservación, por investigadores que "
            "estudian tendencias continentales y por docentes. Las actualizaciones periódicas "
            "de la cobertura del suelo han permitido medir los cambios entre 2010 y 2020."
        ),
        "key_figures": [
            ("Más de 50", "capas cartográficas disponibles para descarga"),
            ("3", "idiomas en los metadatos de cada capa"),
            ("2010-2020", "cambios medidos en la cobertura del suelo"),
        ],
    },
    "Putting Blue Carbon on the Map": {
        "title": "El carbono azul, en el mapa",
        "summary": (
            "La CCA elaboró el primer mapa homogéneo de marismas, manglares y pastos marinos de"
            " las costas de los tres países, con estimaciones del carbono que almacenan. Los "
            "resultados contribuyeron a incorporar los humedales costeros en la planificación "
            "climática y en el manejo costero."
        ),
        "outcome": (
            "Científicos de los tres países recopilaron y armonizaron los mapas existentes, "
            "cubrieron las lagunas con nuevos muestreos en campo y sintetizaron las mediciones "
            "de carbono de cientos de sitios. Las capas cartográficas resultantes, publicadas "
            "en el Atlas Ambiental de América del Norte, mostraron por primera vez en un solo "
            "conjunto de datos la extensión de los hábitats de carbono azul en América del "
            "Norte. Las estimaciones de carbono dieron a las dependencias nacionales una base "
            "para considerar los humedales costeros en los inventarios de gases de efecto "
            "invernadero y en las estrategias climáticas, y varios procesos de planificación "
            "costera utilizaron los mapas para identificar oportunidades de restauración. Otros"
            " equipos que trabajan en manglares y pastos marinos han adoptado los métodos de "
            "muestreo."
        ),
        "key_figures": [
            ("3", "tipos de hábitat de carbono azul cartografiados"),
            ("Más de 400", "sitios con mediciones de carbono sintetizadas"),
        ],
    },
    "Climate Information for the Whole Continent": {
        "title": "Información climática para todo el subcontinente",
        "summary": (
            "Una plataforma interactiva en línea reunió indicadores y mapas climáticos de los "
            "tres países para que responsables de políticas, investigadores, docentes y el "
            "público pudieran comparar emisiones, impactos y medidas de adaptación en toda "
            "América del Norte, en español, francés e inglés."
        ),
        "outcome": (
            "Los datos climáticos de Canadá, Estados Unidos y México se publicaban en sitios "
            "web separados, con indicadores y unidades distintos. La CCA trabajó con las "
            "dependencias nacionales para seleccionar un conjunto de indicadores comparables "
            "—sobre emisiones, temperatura, precipitación, hielo marino, nivel del mar y "
            "efectos del calor en la salud— y presentarlos en una sola plataforma trilingüe con"
            " mapas y gráficas interactivos. La plataforma enlazaba directamente con las "
            "fuentes de datos oficiales, de modo que las cifras se mantenían coherentes con los"
            " informes nacionales. Docentes, periodistas e investigadores la utilizaron para "
            "comparar tendencias entre países, y el conjunto de indicadores sirvió de base para"
            " trabajos posteriores de la CCA sobre el calor extremo y sobre el panorama "
            "regional de las emisiones de gases de efecto invernadero."
        ),
        "key_figures": [
            ("Más de 20", "indicadores climáticos comparables"),
            ("3", "idiomas en la plataforma"),
        ],
    },
    "Training the People Who Enforce Environmental Law": {
        "title": "Capacitación de quienes aplican la legislación ambiental",
        "summary": (
            "Agentes de vida silvestre, agentes aduanales e inspectores ambientales de los tres"
            " países se capacitaron juntos, de manera presencial y en línea. Las guías de "
            "identificación y las redes de contacto compartidas han facilitado detener los "
            "envíos ilegales y realizar inspecciones seguras y eficaces."
        ),
        "outcome": (
            "Entre 2019 y 2021, la CCA organizó capacitaciones para agentes fronterizos y de "
            "vida silvestre sobre la identificación de especies protegidas y la selección de "
            "envíos de alto riesgo, y elaboró guías sobre reptiles, productos marinos y maderas"
            " traficados con frecuencia. Cuando la pandemia de COVID-19 interrumpió la "
            "capacitación presencial, la CCA trabajó con las dependencias encargadas de la "
            "aplicación de la ley para crear cursos en línea trilingües sobre planificación de "
            "inspecciones, obtención de pruebas y seguridad en campo. Los funcionarios que "
            "completaron los cursos señalaron que utilizan el material en su trabajo diario, y "
            "las dependencias añadieron módulos a sus propios programas de inducción. La red de"
            " contactos establecida entre las dependencias se ha utilizado para coordinar la "
            "respuesta ante envíos sospechosos en varios puntos de entrada."
        ),
        "key_figures": [
            ("Más de 1,500", "funcionarios capacitados en línea y de manera presencial"),
            ("6", "módulos de cursos en línea en tres idiomas"),
        ],
    },
    "Energy Management in North American Factories": {
        "title": "Gestión de la energía en las fábricas de América del Norte",
        "summary": (
            "Instalaciones industriales de los tres países aprendieron a gestionar la energía "
            "de manera sistemática con la norma ISO 50001. Las plantas participantes redujeron "
            "su consumo y sus costos de energía, y un nuevo grupo de especialistas capacitados "
            "ayuda a otras empresas a seguir su ejemplo."
        ),
        "outcome": (
            "La CCA trabajó con las dependencias de energía de los tres países para capacitar "
            "al personal de las instalaciones y a especialistas independientes en sistemas de "
            "gestión de la energía basados en la norma ISO 50001. Instalaciones piloto de "
            "sectores como el procesamiento de alimentos, las autopartes y la industria química"
            " formaron equipos de energía, instalaron medidores y aplicaron medidas de bajo "
            "costo, como reparar fugas de aire comprimido y ajustar los horarios de operación "
            "de los equipos. Varias instalaciones obtuvieron la certificación ISO 50001 durante"
            " el proyecto. Sus resultados, publicados como estudios de caso, mostraron que los "
            "ahorros a menudo permitían recuperar la inversión en menos de dos años. Desde "
            "entonces, la Comisión Nacional para el Uso Eficiente de la Energía (Conuee) de "
            "México ha incorporado los materiales de capacitación en su programa nacional para "
            "la industria."
        ),
        "key_figures": [
            ("8%", "de ahorro energético promedio en las instalaciones piloto"),
            ("120", "especialistas en gestión de la energía capacitados"),
        ],
    },
}

# The footer's legal pages, by the English page's slug (content.LEGAL_PAGES).
LEGAL_PAGES = {
    "privacy": {
        "title": "Aviso de privacidad",
        "slug": "privacidad",
        "introduction": (
            "Qué registra este portal cuando usted lo consulta, descarga una publicación o "
            "inicia sesión, y qué no registra: ni publicidad, ni analítica, ni cookies de "
            "seguimiento."
        ),
        "sections": [
            (
                "Responsable",
                [
                    "Este portal lo publica el Secretariado de la Comisión para la Cooperación "
                    "Ambiental (CCA), 700 de la Gauchetière St. West, Suite 1620, Montreal "
                    "(Quebec) H3B 5M2, Canadá. Sus preguntas sobre este aviso son bienvenidas "
                    'en <a href="mailto:info@cec.org">info@cec.org</a>.',
                ],
            ),
            (
                "Cuando usted lee una página",
                [
                    "Como cualquier servidor web, el nuestro anota en su registro una línea "
                    "por cada solicitud:",
                    [
                        "la fecha y la hora, y la dirección de la página o el archivo solicitado;",
                        "la respuesta dada: su estado, su tamaño y cuánto tardó;",
                        "su dirección de Internet (IP) y la identificación que envía su "
                        "navegador (su «agente de usuario»).",
                    ],
                    "Estos registros sirven para mantener el portal en funcionamiento, "
                    "detectar fallas y protegerlo contra abusos. No se usan para elaborar "
                    "perfiles de los visitantes ni se comparten con anunciantes o empresas de "
                    "analítica.",
                    "Las páginas no cargan nada de otros sitios: ni scripts de terceros, ni "
                    "fuentes, ni videos, ni mapas, ni botones de redes sociales. Su navegador "
                    "no se comunica con ningún otro sitio mientras usted lee este.",
                ],
            ),
            (
                "Cuando usted descarga una publicación",
                [
                    "Las descargas se cuentan para clasificar las 50 publicaciones más "
                    "descargadas, según el Código de Prácticas COUNTER que usan bibliotecas y "
                    "editoriales: los robots y los scripts no se cuentan, y un segundo clic en "
                    "menos de 30 segundos cuenta una sola vez.",
                    "Para reconocer una descarga repetida sin registrar quién es usted, el "
                    "portal guarda una huella unidireccional (un hash con clave) de su "
                    "dirección de Internet y de la identificación de su navegador, o de su "
                    "sesión si tiene una (véase «Cookies» más abajo). Solo se guarda en la "
                    "memoria de corto plazo del servidor: 30 segundos para la regla del doble "
                    "clic, y hasta el final del día para el conteo diario.",
                    "Una misma red (una dirección de Internet, o el bloque de direcciones IPv6 "
                    "de un hogar) suma como máximo 10 descargas contadas de una publicación al "
                    "día; las descargas siguientes se sirven igualmente, pero no se cuentan.",
                    "La base de datos solo guarda números: cuántas descargas tuvo cada día "
                    "cada versión lingüística de una publicación. No se guarda ninguna "
                    "dirección con ellos.",
                ],
            ),
            (
                "Cookies",
                [
                    "Leer el portal no instala ninguna cookie: no hay cookies publicitarias, de "
                    "analítica ni de seguimiento. El idioma de lectura lo da la dirección de la "
                    "página (/fr/ para el francés, /es/ para el español), no una cookie.",
                    "Solo se instalan dos cookies cuando usted llena un formulario de inicio de "
                    "sesión o de contraseña:",
                    [
                        "<b>sessionid</b> mantiene la sesión de un editor en la administración, "
                        "o recuerda que usted dio la contraseña de una página protegida; "
                        "termina cuando usted cierra la sesión o al cabo de dos semanas;",
                        "<b>csrftoken</b> protege el formulario contra la falsificación desde "
                        "otro sitio.",
                    ],
                    "Ambas pertenecen solo a este sitio y no se envían a nadie más.",
                ],
            ),
            (
                "Cuentas de los editores",
                [
                    "Las personas que editan el portal tienen una cuenta con su nombre, su "
                    "correo electrónico y su contraseña; esta solo se guarda como hash con sal. "
                    "Los intentos fallidos de inicio de sesión, y las contraseñas erróneas "
                    "dadas para una página protegida, se registran con el nombre de usuario y "
                    "la dirección de Internet para bloquear durante 15 minutos los intentos "
                    "repetidos; un inicio de sesión correcto los borra. El historial de cada "
                    "página indica qué editores la modificaron.",
                ],
            ),
            (
                "Sus preguntas",
                [
                    "Si usted nos escribe, usamos su mensaje y su correo electrónico solo para "
                    "responderle. Para saber qué guarda el portal sobre usted, o para pedir "
                    "que se corrija o se elimine, escriba a "
                    '<a href="mailto:info@cec.org">info@cec.org</a>.',
                ],
            ),
        ],
    },
    "legal": {
        "title": "Aviso legal",
        "slug": "aviso-legal",
        "introduction": (
            "Quién publica este portal, a quién pertenece su contenido, cómo reutilizar las "
            "publicaciones de la CCA y los límites de lo que podemos garantizar."
        ),
        "sections": [
            (
                "Editor",
                [
                    "Este portal lo publica el Secretariado de la Comisión para la Cooperación "
                    "Ambiental (CCA), organización intergubernamental creada en 1994 por "
                    "Canadá, Estados Unidos y México, que hoy trabaja en el marco del Acuerdo "
                    "de Cooperación Ambiental que acompaña al Tratado entre México, Estados "
                    "Unidos y Canadá (T-MEC).",
                    "700 de la Gauchetière St. West, Suite 1620, Montreal (Quebec) H3B 5M2, "
                    "Canadá · +1 514 350-4300 · "
                    '<a href="mailto:info@cec.org">info@cec.org</a>',
                ],
            ),
            (
                "Derechos de autor",
                [
                    "Salvo indicación en contrario, los textos, publicaciones, mapas, imágenes "
                    "y datos de este portal son © Comisión para la Cooperación Ambiental. "
                    "Algunos documentos e imágenes pertenecen a sus autores o a socios; cuando "
                    "es así, se indica a su lado.",
                ],
            ),
            (
                "Reutilización de nuestras publicaciones",
                [
                    "Usted puede copiar, imprimir y difundir las publicaciones de la CCA, total "
                    "o parcialmente, con fines educativos, de investigación u otros fines no "
                    "comerciales, sin pedirnos permiso previo, siempre que:",
                    [
                        "cite la fuente: la página de cada publicación ofrece su referencia, "
                        "lista para copiar o descargar en un gestor de referencias;",
                        "no altere el sentido de lo que cita ni lo presente como una posición "
                        "oficial de la CCA o de sus países miembros;",
                        "enlace a la página de la publicación en lugar de alojar copias "
                        "modificadas.",
                    ],
                    "Toda reutilización comercial, o de materiales atribuidos a terceros, "
                    "requiere la autorización por escrito del Secretariado de la CCA: "
                    '<a href="mailto:info@cec.org">info@cec.org</a>. Las descripciones de las '
                    "publicaciones que ofrecen los canales de noticias, la API y el servicio "
                    "OAI-PMH del portal pueden reutilizarse libremente, con un enlace a la "
                    "publicación.",
                ],
            ),
            (
                "Exención de responsabilidad",
                [
                    "Los informes elaborados por el Secretariado de la CCA o por sus "
                    "consultores no reflejan necesariamente la opinión de los gobiernos de "
                    "Canadá, Estados Unidos o México.",
                    "Procuramos que la información de este portal sea exacta y esté "
                    "actualizada, pero se ofrece tal cual, sin garantía alguna. La CCA no se "
                    "hace responsable de las pérdidas que pudieran derivarse de su uso. Los "
                    "enlaces a otros sitios se ofrecen por comodidad: la CCA no controla ni "
                    "avala su contenido.",
                ],
            ),
            (
                "Idiomas",
                [
                    "El español, el francés y el inglés son los idiomas oficiales de la CCA. "
                    "Las versiones lingüísticas de una publicación son documentos distintos; "
                    "algunas publicaciones solo existen en uno o dos idiomas, y la página de "
                    "cada una indica cuáles.",
                ],
            ),
        ],
    },
}


# Authors and partner agencies as they are named in Spanish (official names where there
# are; Mexican agencies keep their Spanish names). A name not listed stays as it is.
NAMES = {
    "CEC Secretariat": "Secretariado de la CCA",
    "CEC Council": "Consejo de la CCA",
    "Joint Public Advisory Committee": "Comité Consultivo Público Conjunto",
    "Environment and Climate Change Canada": (
        "Ministerio de Medio Ambiente y Cambio Climático de Canadá"
    ),
    "Agriculture and Agri-Food Canada": "Ministerio de Agricultura y Agroalimentación de Canadá",
    "Canada Border Services Agency": "Agencia de Servicios Fronterizos de Canadá",
    "Crown-Indigenous Relations and Northern Affairs Canada": (
        "Ministerio de Relaciones Corona-Indígenas y Asuntos del Norte de Canadá"
    ),
    "Fisheries and Oceans Canada": "Ministerio de Pesca y Océanos de Canadá",
    "Health Canada": "Ministerio de Salud de Canadá",
    "Infrastructure Canada": "Ministerio de Infraestructura de Canadá",
    "Innovation, Science and Economic Development Canada": (
        "Ministerio de Innovación, Ciencia y Desarrollo Económico de Canadá"
    ),
    "Natural Resources Canada": "Ministerio de Recursos Naturales de Canadá",
    "Parks Canada": "Parques de Canadá",
    "Public Services and Procurement Canada": (
        "Ministerio de Servicios Públicos y Adquisiciones de Canadá"
    ),
    "US Centers for Disease Control and Prevention": (
        "Centros para el Control y la Prevención de Enfermedades de Estados Unidos"
    ),
    "US Customs and Border Protection": (
        "Oficina de Aduanas y Protección Fronteriza de Estados Unidos"
    ),
    "US Department of Agriculture": "Departamento de Agricultura de Estados Unidos",
    "US Department of Energy": "Departamento de Energía de Estados Unidos",
    "US Department of Justice": "Departamento de Justicia de Estados Unidos",
    "US Environmental Protection Agency": "Agencia de Protección Ambiental de Estados Unidos",
    "US Fish and Wildlife Service": "Servicio de Pesca y Vida Silvestre de Estados Unidos",
    "US Food and Drug Administration": (
        "Administración de Alimentos y Medicamentos de Estados Unidos"
    ),
    "US Forest Service": "Servicio Forestal de Estados Unidos",
    "US General Services Administration": "Administración de Servicios Generales de Estados Unidos",
    "US Geological Survey": "Servicio Geológico de Estados Unidos",
    "US National Oceanic and Atmospheric Administration (NOAA)": (
        "Administración Nacional Oceánica y Atmosférica de Estados Unidos (NOAA)"
    ),
    "US National Park Service": "Servicio de Parques Nacionales de Estados Unidos",
}
