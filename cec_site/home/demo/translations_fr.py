"""French translations of the demo content, keyed by the English values."""

LANGUAGE = "fr"

HOME = {
    "title": "Accueil",
    "tagline": "Trois pays unis pour protéger leur environnement commun",
    "introduction": (
        "Collaboration internationale entre le Canada, le Mexique et les États-Unis sur des "
        "questions environnementales d'intérêt commun"
    ),
    "impact_text": (
        "Découvrez comment, au fil des ans, les travaux de la CCE ont produit des résultats "
        "environnementaux et sociaux concrets partout en Amérique du Nord : des études "
        "scientifiques qui ont orienté les normes, les règlements et les politiques "
        "environnementales au Canada, au Mexique et aux États-Unis, jusqu'aux stratégies "
        "trinationales de conservation, aux subventions communautaires et aux projets de "
        "cartographie géospatiale. Que vous soyez décideur, spécialiste de la conservation, "
        "chercheur ou simplement intéressé par la coopération environnementale en Amérique du "
        "Nord, cette page vous offre un aperçu complet non seulement de ce que la CCE a accompli, "
        "mais aussi de la façon dont ces efforts se sont déployés et des raisons qui les ont "
        "motivés."
    ),
    "impact_link_label": "Notre impact",
    "what_we_do_text": (
        "Nous menons des recherches, offrons des outils et de la formation, et proposons un espace "
        "unique où les décideurs et le public peuvent débattre des questions de politique "
        "environnementale qui touchent la région nord-américaine."
    ),
}

WHAT_WE_DO_LINKS = {
    "About the CEC": "À propos de la CCE",
    "Our projects": "Nos projets",
}

SPOTLIGHT = {
    "Mapping North America's ecoregions": {
        "title": "Cartographier les écorégions de l'Amérique du Nord",
        "blurb": (
            "La carte mise à jour des écorégions terrestres de niveau III donne aux trois pays une "
            "vision commune de leurs paysages, accompagnée de données téléchargeables."
        ),
        "image_alt": "Un paysage vert étagé sous un ciel du soir",
    },
    "Community solutions to marine litter": {
        "title": "Des solutions communautaires aux déchets marins",
        "blurb": (
            "Comment des localités de la côte du Pacifique et des rives du Rio Grande ont réduit "
            "les déchets qui aboutissent dans les rivières et la mer, et ce que d'autres peuvent "
            "apprendre de leur expérience."
        ),
        "image_alt": "Des collines ondulées au lever du soleil",
    },
    "What 25 years of enforcement submissions taught us": {
        "title": "Ce que 25 ans de communications sur l'application nous ont appris",
        "blurb": (
            "Toute personne en Amérique du Nord peut demander à la CCE d'examiner si un pays "
            "applique efficacement sa législation environnementale. Retour sur le fonctionnement "
            "de ce processus."
        ),
        "image_alt": "Une vallée fluviale entre des versants boisés",
    },
}

TOPICS = {
    "Climate Change": {
        "title": "Changements climatiques",
        "slug": "changements-climatiques",
        "short_description": (
            "Réduire les polluants climatiques de courte durée de vie, s'adapter à l'évolution du "
            "climat et aider les collectivités à se préparer aux phénomènes météorologiques "
            "extrêmes."
        ),
    },
    "Environmental Justice": {
        "title": "Justice environnementale",
        "slug": "justice-environnementale",
        "short_description": (
            "Veiller à ce que les collectivités mal desservies et autochtones profitent d'un "
            "environnement sain et aient voix au chapitre dans les décisions qui le concernent."
        ),
    },
    "Ecosystems": {
        "title": "Écosystèmes",
        "slug": "ecosystemes",
        "short_description": (
            "Conserver les habitats et les espèces que partagent les trois pays, du papillon "
            "monarque aux prairies en passant par les aires marines protégées."
        ),
    },
    "Enforcement": {
        "title": "Application des lois",
        "slug": "application-des-lois",
        "short_description": (
            "Renforcer l'application des lois de l'environnement, notamment grâce au processus de "
            "communications du public sur les questions d'application."
        ),
    },
    "Pollutants": {
        "title": "Polluants",
        "slug": "polluants",
        "short_description": (
            "Suivre et réduire les rejets de polluants, les déchets dangereux et les produits "
            "chimiques préoccupants à l'échelle de l'Amérique du Nord."
        ),
    },
    "Youth Engagement": {
        "title": "Participation des jeunes",
        "slug": "participation-des-jeunes",
        "short_description": (
            "Associer les jeunes à la prise de décisions environnementales au moyen de "
            "subventions, de défis d'innovation et de forums jeunesse."
        ),
    },
    "Sustainable Living and Economies": {
        "title": "Modes de vie et économies durables",
        "slug": "modes-de-vie-et-economies-durables",
        "short_description": (
            "Économie circulaire, chaînes d'approvisionnement durables et réduction des déchets, "
            "pour des économies plus vertes dans les trois pays."
        ),
    },
    "Private Sector Engagement": {
        "title": "Participation du secteur privé",
        "slug": "participation-du-secteur-prive",
        "short_description": (
            "Collaborer avec les entreprises et les associations industrielles en faveur d'une "
            "production plus propre et d'un commerce durable."
        ),
    },
}

INDEX_PAGES = {
    "projects": {
        "title": "Projets",
        "slug": "projets",
        "introduction": (
            "Les projets de coopération de la CCE réunissent des organismes gouvernementaux, des "
            "spécialistes et des collectivités du Canada, du Mexique et des États-Unis."
        ),
    },
    "publications": {
        "title": "Publications",
        "slug": "publications",
        "introduction": (
            "Rapports, documents d'information et fiches d'information de la CCE, à consulter et à "
            "télécharger gratuitement."
        ),
    },
    "impact": {
        "title": "Notre impact",
        "slug": "notre-impact",
        "introduction": (
            "Ce que les travaux de la CCE ont changé en Amérique du Nord : normes et politiques, "
            "stratégies de conservation, subventions communautaires et cartes."
        ),
    },
    "topics": {
        "title": "Thématiques",
        "slug": "thematiques",
        "introduction": (
            "Les questions environnementales sur lesquelles les trois pays travaillent ensemble."
        ),
    },
}

ABOUT = {
    "title": "À propos",
    "slug": "a-propos",
    "introduction": (
        "La Commission de coopération environnementale (CCE) a été créée en 1994 par le Canada, le "
        "Mexique et les États-Unis pour collaborer à la protection de l'environnement "
        "nord-américain qu'ils ont en partage."
    ),
    "paragraphs": [
        (
            "Qui nous sommes",
            (
                "La CCE réunit les trois pays afin de traiter les questions environnementales "
                "d'intérêt commun, de contribuer à prévenir les différends commerciaux et "
                "environnementaux, et de favoriser l'application efficace de la législation de "
                "l'environnement. Depuis juillet 2020, elle exerce ses activités en vertu de "
                "l'Accord de coopération environnementale qui accompagne l'Accord "
                "Canada–États-Unis–Mexique (ACEUM). Son Secrétariat est établi à Montréal."
            ),
        ),
        (
            "Notre fonctionnement",
            (
                "Le Conseil, composé des ministres de l'Environnement des trois pays, fixe les "
                "priorités de la CCE. Le Secrétariat met en œuvre le plan opérationnel, et le "
                "Comité consultatif public mixte conseille le Conseil et veille à la participation "
                "du public."
            ),
        ),
    ],
}

DOCUMENT_TYPES = {
    "Report": "Rapport",
    "Background paper": "Document d'information",
    "Fact sheet": "Fiche d'information",
    "Strategic Plan": "Plan stratégique",
    "Operational Plan": "Plan opérationnel",
    "Council Resolution": "Résolution du Conseil",
    "Advice to Council": "Avis au Conseil",
    "Guidelines": "Lignes directrices",
}

IMPACT_KINDS = {
    "standards": "Normes, règlements et politiques",
    "conservation": "Stratégies trinationales de conservation",
    "grants": "Subventions communautaires",
    "mapping": "Cartographie géospatiale",
    "capacity": "Formation et renforcement des capacités",
}

PROJECTS = {
    "Opportunities for Circularity in the North American Electronics Sector: Phase 1": {
        "title": (
            "Possibilités de circularité dans le secteur nord-américain de l'électronique : phase 1"
        ),
        "summary": (
            "Les modèles linéaires de production et de consommation exercent une forte pression "
            "sur les ressources naturelles et accélèrent la dégradation de l'environnement. Il en "
            "découle des risques accrus pour les entreprises, qui font face à des coûts plus "
            "élevés ainsi qu'à des incertitudes et à des perturbations de l'approvisionnement. "
            "Dans le Plan stratégique 2021-2025 de la CCE, les Parties ont reconnu que le passage "
            "à une production et à une consommation durables est essentiel à une économie "
            "nord-américaine plus verte et plus résiliente. Ce projet cherche où la réparation, "
            "la réutilisation, la remise à neuf et la récupération des matériaux peuvent "
            "s'implanter dans le secteur de l'électronique des trois pays."
        ),
        "issue": (
            "Les appareils électroniques comptent parmi les flux de déchets qui croissent le plus "
            "rapidement en Amérique du Nord. Beaucoup sont conçus d'une manière qui complique leur "
            "réparation, leur réutilisation et la récupération de leurs matériaux, et seule une "
            "faible part de l'équipement mis au rebut est collectée en vue d'un recyclage adéquat. "
            "Des métaux précieux comme le cuivre, l'or et les éléments des terres rares finissent "
            "dans des sites d'enfouissement ou sont exportés, tandis que les fabricants restent "
            "exposés à la volatilité des prix et aux ruptures d'approvisionnement en matières "
            "premières critiques."
        ),
        "aim": (
            "Cerner des possibilités concrètes permettant aux entreprises, aux gouvernements et "
            "aux recycleurs des trois pays de prolonger la durée d'utilisation des produits "
            "électroniques et de leurs matériaux, et constituer une base de données probantes "
            "commune pour l'élaboration de politiques d'économie circulaire dans ce secteur."
        ),
        "deliverables": [
            (
                "Cartographie trinationale des chaînes de valeur de l'électronique et des flux de "
                "matières"
            ),
            (
                "Répertoire des modèles d'affaires circulaires utilisés par les entreprises "
                "nord-américaines"
            ),
            "Ateliers avec des fabricants, des remetteurs à neuf et des recycleurs",
            "Rapport présentant des options de projets pilotes pour la phase 2",
        ],
        "image_alt": "Secteur de l'électronique",
    },
    "Reduction of Marine Litter": {
        "title": "Réduction des déchets marins",
        "summary": (
            "Une grande partie des déchets qui s'échouent sur les côtes nord-américaines "
            "proviennent de l'intérieur des terres, transportés par les cours d'eau, les égouts "
            "pluviaux et le vent. Ce projet a étudié la façon dont les déchets s'échappent vers "
            "les cours d'eau dans des bassins versants pilotes, mis à l'essai des moyens peu "
            "coûteux de les intercepter et communiqué les résultats aux municipalités et aux "
            "groupes communautaires aux prises avec des problèmes semblables sur les côtes du "
            "Pacifique, de l'Atlantique et du golfe du Mexique."
        ),
        "issue": (
            "Les sources terrestres sont à l'origine de la plupart des débris présents dans les "
            "milieux côtiers et marins. Sacs de plastique, emballages alimentaires, bouteilles et "
            "fragments s'accumulent sur les plages et dans les estuaires, où ils nuisent aux "
            "oiseaux de mer, aux tortues marines et aux mammifères marins, en plus de toucher les "
            "pêches et le tourisme. Les administrations locales manquent souvent de données sur la "
            "provenance des déchets et sur les mesures les plus efficaces, et les approches "
            "varient considérablement d'une administration à l'autre dans les trois pays."
        ),
        "aim": (
            "Mieux comprendre comment les déchets d'origine terrestre parviennent jusqu'à la mer, "
            "et aider les collectivités du Canada, du Mexique et des États-Unis à les prévenir "
            "grâce à des mesures éprouvées et abordables ainsi qu'à des méthodes de surveillance "
            "communes."
        ),
        "deliverables": [
            "Évaluation des sources de déchets dans des bassins versants pilotes",
            "Protocole commun de surveillance des déchets sur les rivages et les berges",
            "Trousse de mesures de prévention à l'intention des administrations locales",
            "Matériel de sensibilisation en français, en anglais et en espagnol",
        ],
        "image_alt": "Illustration : collines bleues sous un soleil pâle",
    },
    "Community Solutions for Reducing Marine Litter": {
        "title": "Solutions communautaires pour réduire les déchets marins",
        "summary": (
            "S'appuyant sur les travaux antérieurs de la CCE sur les déchets marins, ce projet a "
            "soutenu des initiatives communautaires visant à empêcher les déchets d'atteindre les "
            "cours d'eau et les eaux côtières dans des zones mal desservies. Des partenaires "
            "locaux des trois pays ont conçu et mené des activités de nettoyage, de collecte et de "
            "sensibilisation, dont les résultats ont été mis en commun afin de déterminer les "
            "approches susceptibles d'être reproduites ailleurs en Amérique du Nord."
        ),
        "issue": (
            "Les collectivités dont les services de collecte des déchets sont limités, notamment "
            "de nombreuses collectivités rurales, autochtones et à faible revenu, subissent "
            "souvent une part importante de la pollution par les déchets dans les cours d'eau et "
            "sur les rivages voisins. Elles disposent parfois de peu de ressources pour s'attaquer "
            "au problème, même si elles dépendent de côtes en santé pour leur alimentation, leurs "
            "revenus et leurs pratiques culturelles. Les solutions conçues sans leur participation "
            "cessent souvent de fonctionner dès la fin du financement externe."
        ),
        "aim": (
            "Aider les collectivités à concevoir et à mettre en œuvre leurs propres solutions aux "
            "déchets marins, renforcer les capacités locales de gestion des déchets et consigner "
            "des leçons pratiques dont d'autres collectivités et gouvernements nord-américains "
            "pourront s'inspirer."
        ),
        "deliverables": [
            "Petites subventions à des organismes communautaires des trois pays",
            "Formation sur la surveillance des déchets et la réduction des déchets à la source",
            "Études de cas de projets communautaires",
            (
                "Guide à l'intention des organismes locaux sur les solutions communautaires aux "
                "déchets marins"
            ),
        ],
        "image_alt": (
            "Illustration : collines sarcelle rejoignant un horizon calme sous un soleil blanc"
        ),
    },
    "North American On-line Interactive Informational Platform on Climate Change": {
        "title": (
            "Plateforme d'information interactive en ligne sur les changements climatiques en "
            "Amérique du Nord"
        ),
        "summary": (
            "Les données climatiques nord-américaines sont dispersées entre de nombreux organismes "
            "nationaux, formats et langues. Ce projet a réuni sur une même plateforme en ligne des "
            "indicateurs, des cartes et des rapports des trois pays, afin de permettre aux "
            "décideurs, aux chercheurs et au public de comparer plus facilement l'information sur "
            "les émissions, les impacts et l'adaptation à l'échelle du continent."
        ),
        "issue": (
            "Le Canada, le Mexique et les États-Unis publient chacun une grande quantité "
            "d'information sur les émissions de gaz à effet de serre, les impacts du climat et les "
            "mesures d'adaptation. Cette information repose sur des méthodes, des unités, des "
            "périodes et des langues différentes, et elle se trouve sur des sites Web distincts. "
            "Quiconque cherche une vue d'ensemble régionale peine à trouver des données "
            "comparables, et les défis communs, comme les impacts transfrontaliers, sont "
            "difficiles à cerner."
        ),
        "aim": (
            "Créer une plateforme en ligne interactive et trilingue qui relie et présente de "
            "l'information comparable sur les changements climatiques provenant des trois pays, et "
            "en favoriser une large utilisation par les responsables des politiques, les "
            "éducateurs, les étudiants et les chercheurs."
        ),
        "deliverables": [
            "Répertoire des sources de données et des indicateurs climatiques nationaux",
            "Plateforme en ligne interactive en français, en anglais et en espagnol",
            "Ensemble d'indicateurs climatiques nord-américains comparables",
            "Guide d'utilisation et webinaires de formation",
        ],
        "image_alt": (
            "Illustration : collines vertes étagées et soleil éclatant dans un ciel dégagé"
        ),
    },
    "Conserving Monarch Butterfly Habitat along the Migratory Route": {
        "title": "Conservation de l'habitat du papillon monarque le long de sa route migratoire",
        "summary": (
            "Chaque année, les papillons monarques parcourent des milliers de kilomètres entre "
            "leurs aires de reproduction au Canada et aux États-Unis et leurs forêts d'hivernage "
            "du centre du Mexique. Ce projet a aidé des propriétaires fonciers, des gestionnaires "
            "de terres et des collectivités à rétablir l'asclépiade et les plantes nectarifères le "
            "long de cette route, et a amélioré la surveillance afin que les trois pays puissent "
            "suivre la réaction de la population."
        ),
        "issue": (
            "La population de monarques de l'Est a fortement diminué depuis les années 1990. La "
            "disparition de l'asclépiade dans les aires de reproduction, la dégradation des forêts "
            "d'hivernage, l'utilisation de pesticides et les phénomènes météorologiques extrêmes y "
            "contribuent tous. Comme l'espèce dépend d'habitats situés dans les trois pays, aucun "
            "gouvernement ne peut à lui seul inverser ce déclin, et les efforts de conservation "
            "ont souvent été mal coordonnés et difficiles à mesurer."
        ),
        "aim": (
            "Accroître la quantité et la qualité de l'habitat du monarque le long de sa route "
            "migratoire, et harmoniser les méthodes de surveillance afin que le Canada, le Mexique "
            "et les États-Unis puissent mesurer les progrès accomplis vers des cibles de "
            "conservation communes."
        ),
        "deliverables": [
            (
                "Lignes directrices pour la restauration de l'habitat en bordure des routes et "
                "dans les emprises"
            ),
            "Protocole harmonisé de surveillance des sites de reproduction et d'hivernage",
            "Formation des gestionnaires de terres et des bénévoles chargés de la surveillance",
            "Rapport trinational d'étape sur la conservation du monarque",
        ],
        "image_alt": "Illustration : collines dorées sous un soleil matinal orangé",
    },
    "Strengthening Compliance with Wildlife Trade Laws at Ports of Entry": {
        "title": (
            "Renforcement du respect des lois sur le commerce des espèces sauvages aux points "
            "d'entrée"
        ),
        "summary": (
            "Le commerce illégal d'espèces sauvages et de leurs produits transite par les "
            "aéroports, les ports maritimes et les postes frontaliers terrestres de toute "
            "l'Amérique du Nord. Ce projet a formé des agents des services frontaliers et de la "
            "protection de la faune des trois pays à reconnaître les espèces protégées, à échanger "
            "des renseignements et à coordonner les inspections, ce qui les a aidés à détecter et "
            "à intercepter plus systématiquement les envois illégaux."
        ),
        "issue": (
            "Le commerce des plantes et des animaux protégés, comme les vessies natatoires de "
            "totoaba, les concombres de mer, les tortues et les bois rares, est régi par les lois "
            "nationales et par la Convention sur le commerce international des espèces de faune et "
            "de flore sauvages menacées d'extinction (CITES). Dans les ports achalandés, les "
            "agents doivent traiter d'importants volumes de marchandises en peu de temps, et ils "
            "manquent souvent d'outils pour reconnaître les espèces inscrites ou pour échanger "
            "rapidement de l'information avec leurs homologues des deux autres pays."
        ),
        "aim": (
            "Renforcer la capacité des responsables de l'application de la loi du Canada, du "
            "Mexique et des États-Unis à détecter, à identifier et à intercepter les envois "
            "illégaux d'espèces sauvages, et améliorer la coopération entre les organismes le long "
            "des routes commerciales communes."
        ),
        "deliverables": [
            "Guides d'identification des espèces à l'intention des inspecteurs de première ligne",
            "Formation au ciblage fondé sur le risque pour les agents des douanes et de la faune",
            "Atelier trinational à l'intention des agents d'application de la loi",
            "Protocole d'échange sécurisé d'information entre les organismes",
        ],
        "image_alt": "Illustration : crêtes vert foncé sous un soleil jaune voilé",
    },
    "Improving the Comparability of Pollutant Release and Transfer Registers": {
        "title": (
            "Amélioration de la comparabilité des registres des rejets et des transferts de "
            "polluants"
        ),
        "summary": (
            "Le Canada, le Mexique et les États-Unis exigent chacun que les installations "
            "industrielles déclarent leurs rejets et leurs transferts de polluants. Ce projet "
            "visait à harmoniser les substances visées, les seuils de déclaration et les codes "
            "industriels utilisés dans les trois registres nationaux, afin que les données "
            "puissent être regroupées en un portrait nord-américain fiable à l'intention du public "
            "et des décideurs."
        ),
        "issue": (
            "L'Inventaire national des rejets de polluants du Canada, le Registro de Emisiones y "
            "Transferencia de Contaminantes du Mexique et le Toxics Release Inventory des "
            "États-Unis diffèrent quant aux substances et aux secteurs visés ainsi qu'à la façon "
            "dont les installations estiment leurs rejets. Ces écarts font qu'il est difficile de "
            "comparer des installations exerçant des activités semblables dans des pays différents "
            "ou de suivre les transferts transfrontaliers de déchets destinés au recyclage, au "
            "traitement et à l'élimination."
        ),
        "aim": (
            "Accroître la comparabilité des données nord-américaines sur les rejets et les "
            "transferts de polluants en cernant les principales différences entre les trois "
            "registres et en recommandant des mesures concrètes pour les rapprocher."
        ),
        "deliverables": [
            "Analyse des différences quant aux substances, aux seuils et aux secteurs visés",
            "Recommandations visant à accroître la comparabilité",
            "Ensemble de données nord-américain intégré et mis à jour",
            "Nouvelle édition du rapport À l'heure des comptes",
        ],
        "image_alt": "Illustration : collines gris-bleu sous un ciel couvert",
    },
    "Youth Innovation Challenge for Environmental Action": {
        "title": "Défi d'innovation jeunesse pour l'action environnementale",
        "summary": (
            "Partout en Amérique du Nord, les jeunes ont des idées neuves pour s'attaquer aux "
            "problèmes environnementaux de leurs collectivités. Ce défi invitait les jeunes de 18 "
            "à 30 ans du Canada, du Mexique et des États-Unis à proposer des solutions concrètes "
            "sur un thème annuel. Les finalistes ont présenté leurs idées au Conseil de la CCE et "
            "ont bénéficié de mentorat et d'un financement de démarrage pour les approfondir."
        ),
        "issue": (
            "Ce sont les jeunes qui vivront le plus longtemps avec les conséquences des décisions "
            "environnementales d'aujourd'hui, et pourtant ils participent rarement à leur "
            "élaboration. De nombreuses initiatives menées par des jeunes reposent sur de bonnes "
            "idées, mais manquent de financement, de mentors et de contacts avec les décideurs. "
            "Les jeunes des collectivités rurales, autochtones et à faible revenu se heurtent à "
            "des obstacles supplémentaires pour prendre part aux discussions régionales sur les "
            "politiques."
        ),
        "aim": (
            "Offrir aux jeunes un moyen direct de proposer des solutions aux défis "
            "environnementaux nord-américains, les mettre en relation avec des spécialistes et des "
            "décideurs, et soutenir les projets prometteurs par du mentorat et un modeste "
            "financement de démarrage."
        ),
        "deliverables": [
            "Appel de propositions en trois langues",
            "Programme de mentorat pour les équipes finalistes",
            "Séance jeunesse lors de la session annuelle du Conseil",
            "Subventions de démarrage pour les projets lauréats",
        ],
        "image_alt": "Illustration : collines vert vif sous un joyeux soleil jaune",
    },
    "Indigenous and Local Knowledge for Climate Resilience in Coastal Communities": {
        "title": (
            "Savoirs autochtones et locaux au service de la résilience climatique des "
            "collectivités côtières"
        ),
        "summary": (
            "Les collectivités autochtones et côtières possèdent une connaissance approfondie de "
            "l'évolution des saisons, des rivages et des espèces. Ce projet aide des collectivités "
            "des trois pays à consigner ces savoirs et à les appliquer, parallèlement aux données "
            "scientifiques, pour se préparer à l'élévation du niveau de la mer, aux tempêtes et à "
            "l'érosion; il aide aussi les organismes publics à les intégrer aux décisions "
            "d'adaptation, de façon respectueuse et sous la conduite des collectivités."
        ),
        "issue": (
            "Partout en Amérique du Nord, les collectivités côtières font face à la montée des "
            "eaux, à des tempêtes plus violentes, au dégel du pergélisol et au déplacement des "
            "stocks de poissons. De nombreuses collectivités autochtones comptent parmi les plus "
            "exposées, et pourtant les plans d'adaptation sont souvent élaborés sans leurs "
            "connaissances ni leur participation. Le savoir écologique traditionnel est rarement "
            "reconnu dans les évaluations officielles, et les collectivités disposent de peu de "
            "ressources pour le consigner et le protéger selon leurs propres conditions."
        ),
        "aim": (
            "Renforcer la résilience climatique des zones côtières en aidant les collectivités à "
            "intégrer les savoirs autochtones et locaux à la planification de l'adaptation, tout "
            "en leur laissant la maîtrise de la manière dont ces savoirs sont recueillis, diffusés "
            "et utilisés."
        ),
        "deliverables": [
            (
                "Projets pilotes de documentation des savoirs menés par les collectivités dans "
                "chaque pays"
            ),
            "Orientations sur la collaboration éthique et la souveraineté des données",
            "Visites d'échange entre les collectivités participantes",
            "Synthèse des leçons à l'intention des planificateurs de l'adaptation",
        ],
        "image_alt": "Illustration : basses collines côtières sous une douce aube rose",
    },
    "Reducing Food Loss and Waste in North America": {
        "title": "Réduction des pertes et du gaspillage alimentaires en Amérique du Nord",
        "summary": (
            "Une grande partie des aliments produits en Amérique du Nord ne sont jamais consommés. "
            "Ce projet a estimé la quantité d'aliments perdus ou gaspillés tout au long de la "
            "chaîne d'approvisionnement dans les trois pays, examiné les causes de ce phénomène et "
            "diffusé des outils pratiques pour aider les agriculteurs, les transformateurs, les "
            "détaillants et les ménages à prévenir le gaspillage et à redistribuer les surplus aux "
            "personnes qui en ont besoin."
        ),
        "issue": (
            "Les aliments perdus à la ferme, endommagés pendant le transport ou jetés dans les "
            "magasins et les foyers représentent un gaspillage de l'eau, des terres, de l'énergie "
            "et de la main-d'œuvre ayant servi à les produire. Lorsqu'ils aboutissent dans des "
            "sites d'enfouissement, ils produisent du méthane, un puissant gaz à effet de serre. "
            "Les estimations de l'ampleur du problème en Amérique du Nord variaient "
            "considérablement, ce qui rendait difficile l'établissement de cibles ou le choix des "
            "mesures les plus efficaces."
        ),
        "aim": (
            "Améliorer la mesure des pertes et du gaspillage alimentaires en Amérique du Nord et "
            "aider les entreprises, les gouvernements et les collectivités à les prévenir, à "
            "récupérer les surplus alimentaires et à détourner le reste des sites d'enfouissement."
        ),
        "deliverables": [
            (
                "Estimation des pertes et du gaspillage alimentaires tout au long de la chaîne "
                "d'approvisionnement"
            ),
            "Guide pratique de mesure des pertes et du gaspillage alimentaires",
            (
                "Trousse éducative sur le gaspillage alimentaire pour les écoles et les groupes de "
                "jeunes"
            ),
            "Études de cas de programmes de récupération alimentaire",
        ],
        "image_alt": "Illustration : collines en damier vert et ocre sous un soleil chaud",
    },
    "Reducing Mercury Emissions and Trade in North America": {
        "title": "Réduction des émissions et du commerce de mercure en Amérique du Nord",
        "summary": (
            "Le mercure parcourt de longues distances dans l'atmosphère et s'accumule dans les "
            "poissons et la faune, ce qui nuit à la santé humaine loin de son point de rejet. Ce "
            "projet a permis de suivre l'offre, le commerce et les émissions de mercure dans les "
            "trois pays et d'aider le Mexique à réduire les rejets de secteurs clés, afin que les "
            "trois pays se préparent à respecter leurs engagements au titre de la Convention de "
            "Minamata."
        ),
        "issue": (
            "Le mercure est utilisé dans certains procédés et produits industriels, et il est "
            "rejeté par la combustion du charbon, la production de métaux et l'extraction "
            "artisanale de l'or. Une fois rejeté, il peut se déposer très loin et s'accumuler dans "
            "les réseaux trophiques. On disposait de peu d'information sur les quantités de "
            "mercure échangées entre les trois pays et sur leur destination finale, ce qui rendait "
            "difficile le contrôle de son offre et de son utilisation."
        ),
        "aim": (
            "Réduire les risques que pose le mercure pour la population et les écosystèmes en "
            "améliorant les connaissances sur les flux de mercure en Amérique du Nord et en "
            "soutenant des mesures visant à réduire les émissions et à stocker les surplus de "
            "mercure en toute sécurité."
        ),
        "deliverables": [
            "Inventaire nord-américain de l'offre et du commerce de mercure",
            "Inventaires des émissions de secteurs prioritaires au Mexique",
            "Options de stockage écologiquement rationnel des surplus de mercure",
            "Atelier trinational sur la mise en œuvre de la Convention de Minamata",
        ],
        "image_alt": "Illustration : collines gris argenté sous un pâle soleil d'hiver",
    },
    "Improving Air Quality Forecasting and Public Information": {
        "title": "Amélioration des prévisions de la qualité de l'air et de l'information du public",
        "summary": (
            "La pollution atmosphérique ne s'arrête pas aux frontières, et la population a besoin "
            "d'information fiable pour protéger sa santé lors des journées de mauvaise qualité de "
            "l'air. Ce projet a aidé les trois pays à échanger des données de surveillance en "
            "temps quasi réel, à améliorer les outils de prévision dans des villes mexicaines et à "
            "présenter l'information sur la qualité de l'air au public de façon claire et "
            "cohérente."
        ),
        "issue": (
            "Les particules fines et l'ozone troposphérique causent des décès prématurés et des "
            "maladies respiratoires dans les trois pays. Les réseaux de surveillance et les "
            "systèmes d'alerte publique diffèrent par leur couverture, leurs méthodes et leur "
            "façon de communiquer les risques. Dans certaines villes, les résidents sont peu "
            "prévenus avant les épisodes de pollution, et les données des stations situées près "
            "des frontières ne sont pas facilement communiquées aux administrations voisines."
        ),
        "aim": (
            "Aider la population nord-américaine à protéger sa santé en améliorant l'échange "
            "transfrontalier de données sur la qualité de l'air, en renforçant les capacités de "
            "prévision et en rendant les alertes publiques plus faciles à comprendre pour tous."
        ),
        "deliverables": [
            (
                "Ententes d'échange de données pour les stations de surveillance des régions "
                "frontalières"
            ),
            (
                "Formation sur la prévision de la qualité de l'air à l'intention d'organismes "
                "mexicains"
            ),
            "Examen des messages utilisés dans les indices nationaux de la qualité de l'air",
            "Couche cartographique nord-américaine de la qualité de l'air mise à jour",
        ],
        "image_alt": "Illustration : collines s'estompant dans un ciel ambré et brumeux",
    },
    "Improving Black Carbon Emissions Inventories": {
        "title": "Amélioration des inventaires des émissions de carbone noir",
        "summary": (
            "Le carbone noir, une composante de la pollution par les particules fines, contribue "
            "au réchauffement du climat et nuit à la santé. Ce projet a aidé les trois pays à "
            "améliorer leurs estimations des émissions de carbone noir provenant de sources comme "
            "les moteurs diesel, les fours à briques et le chauffage résidentiel au bois, donnant "
            "ainsi aux gouvernements une meilleure base pour des mesures bénéfiques à la fois pour "
            "la qualité de l'air et pour le climat."
        ),
        "issue": (
            "Les polluants climatiques de courte durée de vie comme le carbone noir et le méthane "
            "ne restent dans l'atmosphère que de quelques jours à quelques années, mais ils ont un "
            "fort effet de réchauffement. Les réduire peut ralentir le réchauffement à court terme "
            "tout en améliorant la qualité de l'air. Or, les estimations des émissions de carbone "
            "noir étaient incertaines et incohérentes en Amérique du Nord, et certaines sources "
            "importantes, comme la fabrication artisanale de briques, étaient mal caractérisées."
        ),
        "aim": (
            "Renforcer les inventaires des émissions de carbone noir du Canada, du Mexique et des "
            "États-Unis, en mettant l'accent sur les sources mal documentées, et cerner des "
            "réductions rentables profitables à la fois au climat et à la santé publique."
        ),
        "deliverables": [
            "Méthodologie harmonisée pour les inventaires du carbone noir",
            "Mesures sur le terrain des émissions des fours à briques artisanaux",
            "Comparaison des trois inventaires nationaux",
            "Document d'options sur les mesures d'atténuation",
        ],
        "image_alt": "Illustration : collines anthracite sous un soleil orangé enfumé",
    },
    "Blue Carbon: Mapping Coastal Wetlands as Carbon Sinks": {
        "title": (
            "Carbone bleu : cartographie des milieux humides côtiers en tant que puits de carbone"
        ),
        "summary": (
            "Les marais salés, les mangroves et les herbiers marins stockent de grandes quantités "
            "de carbone dans leurs sols. Ce projet a cartographié ces écosystèmes côtiers à "
            "l'échelle de l'Amérique du Nord, estimé la quantité de carbone qu'ils renferment et "
            "diffusé des méthodes permettant aux gestionnaires de tenir compte du stockage du "
            "carbone dans la protection et la restauration des habitats côtiers."
        ),
        "issue": (
            "Les milieux humides côtiers stockent le carbone à un rythme bien supérieur à celui de "
            "nombreuses forêts, mais ils disparaissent sous l'effet de l'urbanisation, du "
            "drainage, de la pollution et de l'élévation du niveau de la mer. Lorsqu'ils sont "
            "dégradés, ils peuvent relâcher dans l'atmosphère le carbone qu'ils stockaient. À "
            "l'époque, il n'existait aucune carte cohérente de ces habitats de carbone bleu pour "
            "l'ensemble de l'Amérique du Nord, et les estimations de leurs stocks de carbone "
            "variaient considérablement."
        ),
        "aim": (
            "Améliorer les connaissances sur l'étendue et les stocks de carbone des habitats de "
            "carbone bleu en Amérique du Nord, et favoriser leur conservation et leur restauration "
            "dans le cadre des stratégies nationales d'atténuation des changements climatiques et "
            "d'adaptation à ceux-ci."
        ),
        "deliverables": [
            "Carte des marais salés, des mangroves et des herbiers marins de l'Amérique du Nord",
            "Synthèse des mesures des stocks de carbone",
            "Échantillonnage sur le terrain dans des sites prioritaires",
            "Couches cartographiques de l'Atlas accompagnées de données téléchargeables",
        ],
        "image_alt": "Illustration : collines vert d'eau descendant vers un horizon bleu",
    },
    "Strengthening Environmental Inspection Capacity through Online Training": {
        "title": (
            "Renforcement des capacités d'inspection environnementale grâce à la formation en ligne"
        ),
        "summary": (
            "Les inspecteurs de l'environnement ont besoin de compétences à jour pour vérifier le "
            "respect des lois sur les déchets, les produits chimiques et les espèces sauvages. Ce "
            "projet a permis d'élaborer, avec les organismes d'application de la loi des trois "
            "pays, un programme de formation en ligne trilingue portant sur la planification des "
            "inspections, la collecte de preuves et la sécurité sur le terrain, afin que les "
            "fonctionnaires puissent continuer à se former pendant et après la pandémie de "
            "COVID-19."
        ),
        "issue": (
            "Les organismes d'application de la loi en Amérique du Nord font face à un roulement "
            "élevé du personnel, à de vastes territoires et à un éventail croissant d'activités "
            "réglementées. La formation en personne est coûteuse et a été en grande partie "
            "suspendue pendant la pandémie de COVID-19. Le matériel de formation était élaboré "
            "séparément dans chaque pays, et les inspecteurs avaient peu d'occasions d'apprendre "
            "de leurs homologues confrontés à des défis semblables de l'autre côté de la frontière."
        ),
        "aim": (
            "Renforcer les compétences des inspecteurs de l'environnement et des agents "
            "d'application de la loi du Canada, du Mexique et des États-Unis au moyen d'une "
            "formation en ligne commune et accessible ainsi que d'échanges entre pairs, qui "
            "pourront être mis à jour et réutilisés au fil du temps."
        ),
        "deliverables": [
            "Modules de cours en ligne trilingues sur les pratiques d'inspection",
            "Échanges virtuels entre pairs pour les responsables de l'application de la loi",
            "Guide des inspections sur le terrain sûres et efficaces",
            "Évaluation de la participation à la formation et de ses résultats",
        ],
        "image_alt": "Illustration : collines vert olive sous un clair soleil de midi",
    },
    "Tracking Transboundary Shipments of Hazardous Waste and Spent Lead-Acid Batteries": {
        "title": (
            "Suivi des envois transfrontaliers de déchets dangereux et d'accumulateurs au plomb "
            "usagés"
        ),
        "summary": (
            "Chaque année, de grandes quantités de déchets dangereux et d'accumulateurs au plomb "
            "usagés franchissent les frontières nord-américaines en vue de leur recyclage. Ce "
            "projet a permis aux autorités environnementales et douanières de remplacer les avis "
            "sur papier par un système d'échange électronique et d'améliorer le contrôle des "
            "envois, réduisant ainsi le risque de manutention illégale ou dangereuse."
        ),
        "issue": (
            "Les envois transfrontaliers de déchets dangereux nécessitent un avis et un "
            "consentement entre le pays d'exportation et le pays d'importation. Les procédures sur "
            "papier sont lentes et rendent difficile la confirmation que les envois parviennent à "
            "des installations autorisées. Les accumulateurs au plomb usagés sont particulièrement "
            "préoccupants, car le plomb rejeté lors d'un recyclage mal effectué peut contaminer "
            "les sols et nuire à la santé des travailleurs et des résidents des environs."
        ),
        "aim": (
            "Améliorer le suivi et la gestion écologiquement rationnelle des déchets dangereux "
            "circulant entre les trois pays, grâce à la notification électronique, à de meilleures "
            "données et à une application coordonnée de la loi aux postes frontaliers et dans les "
            "installations de recyclage."
        ),
        "deliverables": [
            "Échange électronique des avis et des consentements entre les trois pays",
            (
                "Formation à l'intention des agents des douanes et des fonctionnaires de "
                "l'environnement"
            ),
            "Rapport sur le commerce des accumulateurs au plomb usagés",
            "Lignes directrices sur les pratiques de recyclage écologiquement rationnelles",
        ],
        "image_alt": "Illustration : collines couleur rouille sous un ciel poussiéreux",
    },
    "Energy Management Systems for Industrial Facilities": {
        "title": "Systèmes de gestion de l'énergie pour les installations industrielles",
        "summary": (
            "De nombreuses usines pourraient économiser de l'énergie et de l'argent en gérant plus "
            "attentivement leur consommation d'électricité, de chaleur et de vapeur. Ce projet a "
            "aidé des installations industrielles des trois pays à adopter la norme de gestion de "
            "l'énergie ISO 50001, formé des spécialistes pour les accompagner et diffusé des "
            "études de cas faisant état d'économies sur les coûts énergétiques et de réductions "
            "des émissions de gaz à effet de serre."
        ),
        "issue": (
            "L'industrie représente une part importante de la consommation d'énergie et des "
            "émissions de gaz à effet de serre en Amérique du Nord. Bon nombre d'installations, "
            "surtout les petites et moyennes, ne disposent pas de systèmes pour suivre leur "
            "consommation d'énergie et cerner les économies possibles. Les normes internationales "
            "comme ISO 50001 offrent une démarche structurée, mais leur adoption a été lente en "
            "raison d'une sensibilisation limitée, du petit nombre de spécialistes formés et de la "
            "rareté des preuves de leurs avantages."
        ),
        "aim": (
            "Accroître l'adoption de systèmes de gestion de l'énergie dans l'industrie "
            "nord-américaine, de façon à réduire les coûts énergétiques et les émissions, à "
            "renforcer la compétitivité des installations participantes et à constituer un bassin "
            "de spécialistes qualifiés dans chaque pays."
        ),
        "deliverables": [
            (
                "Formation en gestion de l'énergie pour le personnel des installations et les "
                "spécialistes"
            ),
            "Soutien aux installations pilotes visant la certification ISO 50001",
            "Études de cas sur les économies d'énergie et de coûts",
            "Réseau d'entraide des entreprises participantes",
        ],
        "image_alt": "Illustration : collines bleu acier sous un soleil blanc éclatant",
    },
    "Sustainable Tourism in Marine Protected Areas": {
        "title": "Tourisme durable dans les aires marines protégées",
        "summary": (
            "L'observation des baleines, la plongée et les loisirs côtiers font vivre des milliers "
            "de personnes, mais une forte affluence peut endommager les lieux mêmes qui attirent "
            "les touristes. Ce projet réunit des gestionnaires d'aires marines protégées et des "
            "voyagistes locaux des trois pays pour élaborer des lignes directrices à l'intention "
            "des visiteurs, des outils de surveillance et des options de certification qui "
            "préservent à la fois les écosystèmes et les moyens de subsistance."
        ),
        "issue": (
            "Les aires marines protégées, du golfe de Californie au golfe du Maine, attirent un "
            "nombre croissant de visiteurs. Un tourisme mal géré peut déranger la faune, "
            "endommager les récifs et les forêts de varech, et surcharger les infrastructures "
            "locales. De nombreuses aires protégées manquent de personnel et de données pour fixer "
            "des limites de fréquentation durables, tandis que les petits exploitants sont peu "
            "incités à adopter de meilleures pratiques."
        ),
        "aim": (
            "Soutenir, dans les aires marines protégées, un tourisme qui profite aux collectivités "
            "locales tout en protégeant la faune et les habitats, en diffusant des outils de "
            "gestion et en travaillant directement avec les voyagistes et les gestionnaires de "
            "sites de chaque pays."
        ),
        "deliverables": [
            "Protocole de surveillance des impacts des visiteurs dans les aires marines protégées",
            (
                "Lignes directrices sur les pratiques exemplaires pour les exploitants d'activités "
                "d'observation de la faune"
            ),
            "Projets pilotes dans des sites choisis de chaque pays",
            "Programme d'échange pour les gestionnaires d'aires protégées",
        ],
        "image_alt": (
            "Illustration : collines turquoise au bord d'une mer scintillante sous un soleil haut"
        ),
    },
    "Environmental Justice for Climate Resilience (EJ4Climate) Grants": {
        "title": "Subventions Justice environnementale pour la résilience climatique (EJ4Climate)",
        "summary": (
            "Le programme de subventions EJ4Climate finance des projets communautaires qui aident "
            "les collectivités mal desservies et vulnérables, y compris les collectivités "
            "autochtones, à se préparer aux impacts des changements climatiques. Les subventions "
            "permettent à des organismes locaux du Canada, du Mexique et des États-Unis de "
            "planifier des mesures d'adaptation, de réduire les risques liés à la chaleur, aux "
            "inondations et à la sécheresse, et de faire connaître leurs apprentissages dans toute "
            "la région."
        ),
        "issue": (
            "Les changements climatiques touchent tout le monde, mais leurs impacts frappent plus "
            "durement les collectivités déjà aux prises avec la pollution, la pauvreté, des "
            "logements inadéquats ou un accès limité aux services. Ces collectivités sont souvent "
            "les moins outillées pour présenter des demandes de subventions importantes ou pour "
            "participer aux processus de planification. Sans soutien ciblé, les dépenses "
            "d'adaptation risquent de creuser les inégalités existantes plutôt que de les réduire."
        ),
        "aim": (
            "Renforcer la résilience climatique des collectivités mal desservies et vulnérables de "
            "l'Amérique du Nord en finançant des projets menés localement et en renforçant la "
            "capacité des organismes communautaires à agir en matière de justice environnementale "
            "et de changements climatiques."
        ),
        "deliverables": [
            "Cycles annuels de subventions avec appels en trois langues",
            "Subventions à des organismes communautaires des trois pays",
            "Formation et réseautage pour les bénéficiaires",
            "Carte en ligne et récits des projets financés",
        ],
        "image_alt": "Illustration : collines ondulées au lever du soleil sous un ciel rosé",
    },
    "North American Partnership for Environmental Community Action (NAPECA)": {
        "title": "Partenariat nord-américain pour l'action communautaire en environnement (PNAACE)",
        "summary": (
            "Le PNAACE a accordé de petites subventions à des groupes communautaires, à des "
            "organisations autochtones et à des organismes sans but lucratif du Canada, du Mexique "
            "et des États-Unis pour des projets locaux portant sur les collectivités en santé, les "
            "économies sobres en carbone et la conservation des écosystèmes. Le programme a aidé à "
            "concrétiser des idées sur le terrain et a mis les bénéficiaires en relation afin "
            "qu'ils échangent leurs expériences par-delà les frontières."
        ),
        "issue": (
            "Les organismes locaux sont souvent les mieux placés pour comprendre et résoudre les "
            "problèmes environnementaux de leurs propres collectivités, mais ils peinent à obtenir "
            "de modestes sommes pour des projets pratiques et concrets. La plupart des programmes "
            "de financement sont de portée nationale et encouragent rarement les échanges entre "
            "collectivités confrontées à des défis semblables ailleurs en Amérique du Nord."
        ),
        "aim": (
            "Soutenir des projets environnementaux communautaires qui produisent des résultats "
            "locaux tangibles, renforcer les capacités des organismes de terrain et resserrer les "
            "liens entre les collectivités des trois pays qui poursuivent des objectifs semblables."
        ),
        "deliverables": [
            "Cycles annuels de subventions pour les organismes communautaires",
            "Rencontres de formation et de réseautage pour les bénéficiaires",
            "Vitrine en ligne des projets financés",
            "Évaluation des résultats du programme",
        ],
        "image_alt": "Illustration : collines sous un soleil pâle",
    },
    "Extreme Heat and Health: Early Warning for Vulnerable Communities": {
        "title": "Chaleur extrême et santé : alerte précoce pour les collectivités vulnérables",
        "summary": (
            "Les vagues de chaleur deviennent plus longues et plus intenses partout en Amérique du "
            "Nord, ce qui fait peser des risques graves sur les personnes âgées, les travailleurs "
            "extérieurs et les personnes qui n'ont pas de climatisation à la maison. Ce projet "
            "aide les organismes de santé et d'environnement des trois pays à échanger leurs "
            "pratiques en matière d'avertissements de chaleur, de plans d'action chaleur-santé et "
            "de sensibilisation, en s'attachant à joindre les personnes les plus à risque."
        ),
        "issue": (
            "La chaleur extrême cause plus de décès que bien d'autres phénomènes météorologiques, "
            "mais elle est souvent sous-estimée. Le risque est le plus élevé chez les personnes "
            "âgées, les personnes atteintes de maladies chroniques, les travailleurs extérieurs et "
            "les résidents de quartiers urbains denses et peu arborés. Les systèmes d'alerte et "
            "les plans d'intervention varient beaucoup d'une ville et d'une région à l'autre, et "
            "de nombreuses petites collectivités n'ont aucun plan chaleur-santé."
        ),
        "aim": (
            "Réduire les maladies et les décès causés par la chaleur extrême en aidant les "
            "collectivités du Canada, du Mexique et des États-Unis à se doter de systèmes d'alerte "
            "précoce efficaces et de plans d'action chaleur-santé qui joignent les personnes "
            "vulnérables."
        ),
        "deliverables": [
            "Examen des critères d'avertissement de chaleur utilisés en Amérique du Nord",
            "Modèle de plan d'action chaleur-santé local",
            "Projets pilotes dans des villes de taille moyenne de chaque pays",
            "Couches cartographiques des îlots de chaleur urbains",
        ],
        "image_alt": "Illustration : collines desséchées couleur fauve sous un soleil rouge ardent",
    },
    "Wildfire Resilience and Post-fire Recovery in Shared Forest Landscapes": {
        "title": (
            "Résilience aux feux de forêt et rétablissement après incendie dans les paysages "
            "forestiers communs"
        ),
        "summary": (
            "Ces dernières années, de grands feux de forêt ont brûlé des superficies records en "
            "Amérique du Nord. Ce projet réunit des spécialistes des incendies et des forêts des "
            "trois pays pour comparer leurs approches de restauration après incendie, "
            "cartographier les zones à risque élevé et aider les gestionnaires de terres et les "
            "collectivités à rendre les forêts et les établissements voisins plus résilients au "
            "feu."
        ),
        "issue": (
            "Des conditions plus chaudes et plus sèches ainsi que des saisons des feux plus "
            "longues accroissent l'étendue et la gravité des feux de forêt. Les zones brûlées "
            "peuvent subir de l'érosion, la perte d'habitats fauniques et une dégradation de la "
            "qualité de l'eau, et certaines forêts peinent à se régénérer. Les organismes de lutte "
            "contre les incendies des trois pays coopèrent déjà en matière d'extinction, mais les "
            "échanges sont moins nombreux sur la prévention, le rétablissement et le rôle de "
            "l'intendance autochtone du feu."
        ),
        "aim": (
            "Améliorer la résilience des écosystèmes forestiers nord-américains face aux feux de "
            "forêt en favorisant l'échange de connaissances sur la prévention, le brûlage culturel "
            "et la restauration après incendie entre les organismes de lutte contre les incendies, "
            "les peuples autochtones, les propriétaires fonciers et les collectivités locales."
        ),
        "deliverables": [
            "Examen comparatif des pratiques de restauration après incendie",
            "Carte du risque de feux de forêt pour les écosystèmes prioritaires",
            "Échange d'apprentissage sur l'intendance autochtone du feu",
            "Orientations sur la préparation des collectivités aux feux de forêt",
        ],
        "image_alt": "Illustration : collines boisées sombres sous un ciel orange profond",
    },
    "Youth Ambassadors for North American Grasslands": {
        "title": "Jeunes ambassadeurs des prairies nord-américaines",
        "summary": (
            "Les prairies des Grandes Plaines et du désert de Chihuahua comptent parmi les "
            "écosystèmes les plus menacés du continent. Ce projet forme des jeunes issus de "
            "milieux d'élevage, agricoles et autochtones des trois pays pour en faire des "
            "ambassadeurs des prairies, qui surveillent les oiseaux de prairie, mènent des "
            "activités de sensibilisation locales et partagent avec leurs pairs des récits de "
            "conservation."
        ),
        "issue": (
            "Les prairies nord-américaines ont été largement converties en terres cultivées et à "
            "d'autres usages, et les populations d'oiseaux de prairie ont diminué plus fortement "
            "que celles de presque tout autre groupe d'oiseaux. Une grande partie des prairies "
            "restantes appartiennent à des propriétaires privés et sont gérées par des éleveurs. "
            "Les jeunes de ces régions ont peu d'occasions de faire carrière en conservation ou de "
            "nouer des liens avec leurs pairs des autres pays."
        ),
        "aim": (
            "Mobiliser les jeunes pour la conservation des prairies nord-américaines en "
            "développant leurs compétences en surveillance et en sensibilisation, en créant des "
            "liens entre les jeunes des trois pays et en les aidant à diriger des activités de "
            "conservation locales."
        ),
        "deliverables": [
            "Programme de formation des jeunes ambassadeurs",
            "Surveillance des oiseaux de prairie avec la participation de jeunes",
            "Échange transfrontalier de jeunes dans la région du désert de Chihuahua",
            "Matériel de sensibilisation produit par des jeunes",
        ],
        "image_alt": (
            "Illustration : vastes plaines vert-jaune et basses collines sous un ciel immense"
        ),
    },
    "Supply Chain Transparency for Chemicals in Products": {
        "title": (
            "Transparence des chaînes d'approvisionnement concernant les substances chimiques dans "
            "les produits"
        ),
        "summary": (
            "Les consommateurs, les détaillants et les recycleurs ignorent souvent quelles "
            "substances chimiques contiennent les produits qu'ils achètent, vendent ou manipulent. "
            "Ce projet a réuni des entreprises, des associations industrielles et des "
            "gouvernements des trois pays pour examiner comment l'information sur les substances "
            "chimiques dans les produits circule le long des chaînes d'approvisionnement, et a "
            "cerné des moyens concrets d'accroître la transparence."
        ),
        "issue": (
            "Des produits comme les textiles, les jouets, les appareils électroniques et les "
            "matériaux de construction peuvent contenir des ignifugeants, des phtalates et "
            "d'autres substances préoccupantes. L'information sur ces substances accompagne "
            "rarement le produit du fabricant au détaillant, puis au consommateur et au recycleur. "
            "Sans elle, les entreprises ont du mal à adopter des solutions de rechange plus sûres, "
            "et les recycleurs ne peuvent pas empêcher les substances dangereuses de se retrouver "
            "dans les matériaux récupérés."
        ),
        "aim": (
            "Améliorer la circulation de l'information sur les substances chimiques dans les "
            "produits le long des chaînes d'approvisionnement nord-américaines, afin d'aider les "
            "entreprises à gérer les risques et à adopter des solutions de rechange plus sûres, et "
            "de favoriser un recyclage plus propre et des produits plus sûrs pour les "
            "consommateurs."
        ),
        "deliverables": [
            (
                "Enquête sur les pratiques d'échange d'information sur les substances chimiques "
                "dans certains secteurs"
            ),
            "Études de cas des secteurs du textile et de l'électronique",
            "Atelier réunissant l'industrie, les gouvernements et la société civile",
            "Recommandations sur des approches de divulgation volontaire",
        ],
        "image_alt": "Illustration : collines lavande sous un doux soleil citron",
    },
    "Environmentally Sound Management of End-of-life Electric Vehicle Batteries": {
        "title": (
            "Gestion écologiquement rationnelle des batteries de véhicules électriques en fin de "
            "vie"
        ),
        "summary": (
            "Les ventes de véhicules électriques augmentent rapidement dans les trois pays, et "
            "avec elles le nombre de batteries lithium-ion qui arriveront au terme de leur "
            "première vie. Ce projet examine les options de réutilisation, de réaffectation et de "
            "recyclage, cerne les lacunes de la réglementation et des installations, et fait la "
            "promotion d'une manutention sécuritaire afin de récupérer les minéraux critiques et "
            "de prévenir les incendies et la pollution."
        ),
        "issue": (
            "Les batteries lithium-ion contiennent des matériaux précieux comme le lithium, le "
            "cobalt et le nickel, mais elles peuvent prendre feu ou libérer des substances "
            "dangereuses si elles sont endommagées ou mal gérées. La capacité de l'Amérique du "
            "Nord à les collecter, à les transporter et à les recycler est encore en "
            "développement, et les règles relatives à leur classification et à leurs mouvements "
            "transfrontaliers diffèrent d'un pays à l'autre, ce qui crée de l'incertitude pour les "
            "entreprises et les organismes de réglementation."
        ),
        "aim": (
            "Soutenir la gestion écologiquement rationnelle des batteries de véhicules électriques "
            "en fin de vie en Amérique du Nord, en augmentant la récupération des minéraux "
            "critiques et en réduisant les risques pour les travailleurs, la sécurité publique et "
            "l'environnement."
        ),
        "deliverables": [
            "Projection des volumes de batteries en fin de vie jusqu'en 2040",
            "Examen de la réglementation et des exigences de transport dans les trois pays",
            "Orientations sur la collecte, l'entreposage et le transport sécuritaires",
            (
                "Dialogue avec les constructeurs automobiles, les recycleurs et les organismes de "
                "réglementation"
            ),
        ],
        "image_alt": "Illustration : collines indigo sous un ciel du soir bleu électrique",
    },
    "Connecting Youth with Nature through Community Science": {
        "title": "Rapprocher les jeunes de la nature grâce à la science citoyenne",
        "summary": (
            "La science citoyenne permet aux jeunes de fournir de vraies données à la recherche "
            "tout en découvrant la nature près de chez eux. Ce projet a aidé des écoles et des "
            "groupes de jeunes des trois pays à observer les pollinisateurs, les oiseaux et les "
            "arbres urbains au moyen d'outils mobiles gratuits, et a réuni les participants en "
            "ligne pour comparer leurs observations et discuter des carrières en environnement."
        ),
        "issue": (
            "Bien des jeunes, surtout en milieu urbain, ont peu de contacts avec la nature et peu "
            "d'occasions de participer à la recherche scientifique. Pendant la pandémie de "
            "COVID-19, les sorties scolaires et les programmes de plein air ont été largement "
            "annulés. Les éducateurs cherchaient des activités simples et sécuritaires à réaliser "
            "localement et qui donneraient aux élèves le sentiment de contribuer à un projet plus "
            "vaste."
        ),
        "aim": (
            "Favoriser la sensibilisation à l'environnement et les compétences scientifiques chez "
            "les jeunes d'Amérique du Nord grâce à des activités de science citoyenne qui peuvent "
            "être menées en toute sécurité près de chez eux et partagées entre les trois pays."
        ),
        "deliverables": [
            "Guides d'activités trilingues à l'intention des éducateurs",
            "Défis d'observation en ligne pour les groupes de jeunes",
            "Échanges virtuels entre les écoles participantes",
            "Synthèse des observations recueillies par les jeunes",
        ],
        "image_alt": "Illustration : collines vert tendre parsemées d'ombres sous un doux soleil",
    },
    "Nature-based Solutions for Urban Flood Resilience": {
        "title": "Solutions fondées sur la nature pour la résilience urbaine aux inondations",
        "summary": (
            "Les pluies abondantes débordent les réseaux de drainage de nombreuses villes "
            "nord-américaines. Ce projet aide des municipalités des trois pays à planifier et à "
            "évaluer des solutions fondées sur la nature, comme les milieux humides restaurés, les "
            "jardins de pluie, les forêts urbaines et les toits verts, qui réduisent les "
            "inondations tout en procurant de l'ombre, des habitats fauniques et des espaces verts "
            "aux résidents."
        ),
        "issue": (
            "Les infrastructures classiques de gestion des eaux pluviales ont été conçues pour un "
            "climat qui n'existe plus. À mesure que les pluies extrêmes se multiplient, les "
            "inondations endommagent les habitations, perturbent les transports et entraînent des "
            "polluants vers les rivières et les lacs. Les solutions fondées sur la nature peuvent "
            "compléter les conduites et les pompes, mais bien des municipalités manquent de "
            "données sur leurs coûts et leur efficacité et se heurtent à des obstacles pour les "
            "financer et les entretenir."
        ),
        "aim": (
            "Aider les villes et les localités nord-américaines à réduire le risque d'inondation "
            "en planifiant, en finançant et en entretenant des solutions fondées sur la nature, en "
            "priorité dans les quartiers les plus exposés aux inondations, et diffuser des données "
            "probantes sur leur efficacité et leurs avantages plus larges."
        ),
        "deliverables": [
            (
                "Répertoire des projets de lutte contre les inondations fondés sur la nature dans "
                "les trois pays"
            ),
            "Cadre d'évaluation des coûts et de l'efficacité",
            "Soutien technique aux municipalités pilotes",
            "Guide à l'intention des urbanistes et des ingénieurs municipaux",
        ],
        "image_alt": "Illustration : collines vertes après la pluie sous un pâle soleil argenté",
    },
    "Preventing the Spread of Aquatic Invasive Species through Trade": {
        "title": (
            "Prévention de la propagation des espèces aquatiques envahissantes par le commerce"
        ),
        "summary": (
            "Les poissons d'aquarium, les appâts vivants et les plantes ornementales peuvent "
            "introduire des espèces envahissantes dans les rivières et les lacs lorsqu'ils sont "
            "relâchés ou qu'ils s'échappent. Ce projet a évalué les risques liés au commerce "
            "d'organismes vivants entre les trois pays, aidé les fonctionnaires à repérer les "
            "espèces à risque élevé aux frontières et élaboré des activités de sensibilisation "
            "pour inciter les commerçants et les amateurs à prévenir les rejets dans la nature."
        ),
        "issue": (
            "Les espèces envahissantes comme la moule zébrée, le poisson-lion et les carpes "
            "envahissantes causent d'importants dommages écologiques et économiques une fois "
            "établies dans les eaux nord-américaines. Le commerce d'organismes aquatiques vivants "
            "constitue une voie d'introduction importante. Les méthodes d'évaluation des risques "
            "et les règles d'importation varient d'un pays à l'autre, et les agents de première "
            "ligne ont du mal à identifier les espèces préoccupantes."
        ),
        "aim": (
            "Réduire le risque que de nouvelles espèces aquatiques envahissantes entrent au "
            "Canada, au Mexique et aux États-Unis par le commerce, en harmonisant les outils "
            "d'évaluation des risques, en soutenant les inspections frontalières et en travaillant "
            "avec l'industrie à la prévention."
        ),
        "deliverables": [
            "Outil trinational de présélection des risques pour les espèces aquatiques",
            "Évaluations des risques pour les espèces prioritaires faisant l'objet de commerce",
            "Guides d'identification à l'intention des inspecteurs frontaliers",
            "Matériel de sensibilisation pour les détaillants et les amateurs",
        ],
        "image_alt": "Illustration : collines se reflétant dans un lac bleu immobile",
    },
    "Shorebird Conservation at Key Sites along the Pacific and Central Flyways": {
        "title": (
            "Conservation des oiseaux de rivage dans des sites clés des voies migratoires du "
            "Pacifique et du Centre"
        ),
        "summary": (
            "Les oiseaux de rivage, comme les bécasseaux et les pluviers, dépendent d'un chapelet "
            "de milieux humides, de plages et de vasières au cours de leurs longues migrations. Ce "
            "projet a amélioré la gestion de haltes migratoires clés dans les trois pays en "
            "soutenant la restauration des habitats, en réduisant le dérangement et en aidant les "
            "gestionnaires de sites à échanger des données de surveillance le long des voies "
            "migratoires du Pacifique et du Centre."
        ),
        "issue": (
            "De nombreuses populations d'oiseaux de rivage nord-américaines ont diminué de plus de "
            "moitié depuis les années 1970. L'aménagement du littoral, le détournement de l'eau, "
            "le dérangement causé par les humains et les chiens, et la raréfaction de la "
            "nourriture dans les haltes migratoires y contribuent tous. Comme ces oiseaux "
            "dépendent de sites situés dans plusieurs pays, des pertes à un seul endroit peuvent "
            "toucher des populations entières."
        ),
        "aim": (
            "Améliorer la conservation des oiseaux de rivage migrateurs en renforçant la gestion "
            "des haltes migratoires et des sites d'hivernage prioritaires au Canada, au Mexique et "
            "aux États-Unis, et en reliant les gestionnaires de sites le long des voies "
            "migratoires."
        ),
        "deliverables": [
            "Évaluations des milieux humides prioritaires servant de haltes migratoires",
            "Mesures visant à réduire le dérangement dans les sites pilotes",
            "Base de données de surveillance commune pour les gestionnaires de sites",
            "Priorités de conservation pour chaque voie migratoire",
        ],
        "image_alt": "Illustration : collines sablonneuses le long d'un rivage sous un soleil bas",
    },
    "Measuring the Effectiveness of Environmental Enforcement": {
        "title": "Mesure de l'efficacité de l'application des lois de l'environnement",
        "summary": (
            "Dénombrer les inspections et les amendes en dit peu sur la capacité réelle de "
            "l'application de la loi à améliorer l'état de l'environnement. Ce projet a réuni les "
            "organismes d'application de la loi des trois pays pour élaborer des indicateurs qui "
            "relient les activités d'application aux taux de conformité et aux résultats "
            "environnementaux, et les a mis à l'essai dans certains programmes portant sur la "
            "qualité de l'air, les déchets dangereux et les espèces sauvages."
        ),
        "issue": (
            "Les organismes d'application des lois de l'environnement rendent régulièrement compte "
            "de leurs activités, comme le nombre d'inspections effectuées ou de sanctions "
            "imposées. Ces chiffres témoignent des efforts déployés, mais pas des résultats "
            "obtenus. Faute d'indicateurs axés sur les résultats, il est difficile pour les "
            "organismes, les législateurs et le public de juger de l'efficacité des programmes "
            "d'application ou de savoir où des ressources limitées auraient le plus d'effet."
        ),
        "aim": (
            "Aider les organismes d'application de la loi du Canada, du Mexique et des États-Unis "
            "à mesurer les résultats de leur travail au moyen d'indicateurs communs qui relient "
            "les mesures d'application à la conformité et aux résultats environnementaux, et à en "
            "rendre compte de façon transparente."
        ),
        "deliverables": [
            (
                "Examen des indicateurs de rendement en matière d'application de la loi "
                "actuellement utilisés"
            ),
            "Ensemble proposé d'indicateurs axés sur les résultats",
            "Mise à l'essai dans trois programmes d'application de la loi",
            "Atelier avec des gestionnaires de l'application de la loi",
        ],
        "image_alt": "Illustration : collines brun sourd sous un mince soleil blanc",
    },
    "Harmonizing Greenhouse Gas Reporting for Industrial Facilities": {
        "title": (
            "Harmonisation de la déclaration des gaz à effet de serre des installations "
            "industrielles"
        ),
        "summary": (
            "Les entreprises présentes dans plus d'un pays nord-américain doivent souvent déclarer "
            "leurs émissions de gaz à effet de serre selon des règles différentes. Ce projet a "
            "comparé les programmes de déclaration à l'échelle des installations dans les trois "
            "pays, cerné les différences de méthodes et de seuils, et recommandé des moyens de "
            "rendre les données plus comparables et d'alléger le fardeau de déclaration pour "
            "l'industrie."
        ),
        "issue": (
            "Le Canada, le Mexique et les États-Unis administrent chacun un programme de "
            "déclaration obligatoire des gaz à effet de serre pour les grands émetteurs, mis en "
            "place à des moments différents et à des fins différentes. Les écarts quant aux gaz "
            "visés, aux secteurs, aux seuils et aux méthodes de calcul rendent difficile la "
            "comparaison des émissions d'installations semblables et imposent des coûts "
            "supplémentaires aux entreprises qui font des déclarations dans plusieurs "
            "administrations."
        ),
        "aim": (
            "Améliorer la comparabilité des données sur les émissions de gaz à effet de serre à "
            "l'échelle des installations en Amérique du Nord et réduire le dédoublement des "
            "efforts pour les entreprises déclarantes, tout en préservant l'intégrité et l'objet "
            "de chaque programme national ainsi que son fondement juridique."
        ),
        "deliverables": [
            "Analyse comparative des programmes nationaux de déclaration",
            "Comparaison des méthodes de calcul secteur par secteur",
            "Recommandations visant à accroître la comparabilité",
            "Dialogue entre l'industrie et les gouvernements",
        ],
        "image_alt": "Illustration : collines vert pâle sous un ciel sans nuages",
    },
    "Greening Freight Transportation along North American Trade Corridors": {
        "title": (
            "Écologisation du transport des marchandises le long des corridors commerciaux "
            "nord-américains"
        ),
        "summary": (
            "Chaque jour, camions, trains et navires transportent des marchandises d'une valeur de "
            "plusieurs milliards de dollars à travers les frontières nord-américaines, en "
            "consommant de grandes quantités de carburant diesel. Ce projet a évalué les émissions "
            "du transport des marchandises le long des grands corridors commerciaux, fait la "
            "promotion de technologies et de pratiques d'économie de carburant auprès des "
            "transporteurs, et examiné comment les programmes volontaires de transport écologique "
            "des trois pays pourraient fonctionner de concert."
        ),
        "issue": (
            "Le transport des marchandises est une source croissante de gaz à effet de serre, de "
            "carbone noir et d'oxydes d'azote en Amérique du Nord. Les émissions se concentrent le "
            "long des autoroutes, aux postes frontaliers et dans les ports, souvent à proximité de "
            "quartiers à faible revenu. Les transporteurs actifs de part et d'autre des frontières "
            "doivent composer avec des programmes volontaires et des normes qui diffèrent, et les "
            "petites flottes, en particulier, manquent d'information sur les moyens rentables de "
            "réduire leur consommation de carburant."
        ),
        "aim": (
            "Réduire les émissions du transport des marchandises en Amérique du Nord en faisant la "
            "promotion de technologies et de pratiques efficaces, et en harmonisant les programmes "
            "volontaires de transport écologique des trois pays afin que les transporteurs en "
            "tirent parti de part et d'autre des frontières."
        ),
        "deliverables": [
            "Inventaire des émissions des principaux corridors commerciaux",
            "Comparaison des programmes de transport écologique des trois pays",
            "Ateliers sur l'efficacité énergétique à l'intention des petits transporteurs",
            "Recommandations en vue d'une harmonisation transfrontalière",
        ],
        "image_alt": "Illustration : longues collines basses sous un vaste ciel couleur pêche",
    },
    "Mapping Cumulative Environmental Burdens in Underserved Communities": {
        "title": (
            "Cartographie des charges environnementales cumulatives dans les collectivités mal "
            "desservies"
        ),
        "summary": (
            "Certains quartiers sont exposés simultanément à plusieurs sources de pollution, des "
            "autoroutes et des usines aux sites contaminés, tout en subissant des désavantages "
            "sociaux et sanitaires. Ce projet compare les outils utilisés dans les trois pays pour "
            "cartographier ces charges cumulatives, et collabore avec les collectivités afin de "
            "mettre à l'essai une approche commune pouvant orienter les décisions d'investissement "
            "et de délivrance de permis."
        ),
        "issue": (
            "Les risques environnementaux ne sont pas répartis de façon égale. Les collectivités à "
            "faible revenu, racisées et autochtones vivent souvent plus près des installations "
            "industrielles, des grandes routes et des sites de déchets, et présentent des taux "
            "plus élevés de maladies liées à la pollution. Des outils de présélection existent "
            "dans certaines administrations, mais ils reposent sur des indicateurs et des données "
            "différents, et les collectivités sont rarement consultées sur ce qui devrait être "
            "mesuré."
        ),
        "aim": (
            "Aider les gouvernements et les collectivités à repérer les lieux qui subissent les "
            "charges environnementales cumulatives les plus lourdes, au moyen d'indicateurs "
            "transparents et de l'apport des collectivités, afin que les mesures et les ressources "
            "parviennent là où elles sont le plus nécessaires."
        ),
        "deliverables": [
            (
                "Examen des outils de présélection en matière de justice environnementale en "
                "Amérique du Nord"
            ),
            "Ensemble commun d'indicateurs de base",
            "Ateliers de validation communautaire dans des zones pilotes",
            "Couches cartographiques pour l'Atlas environnemental de l'Amérique du Nord",
        ],
        "image_alt": "Illustration : collines en camaïeu de prune sous un soleil voilé",
    },
    "Partnering with Industry for Traceable and Sustainable Seafood": {
        "title": "Partenariat avec l'industrie pour des produits de la mer traçables et durables",
        "summary": (
            "Les produits de la mer comptent parmi les aliments les plus échangés en Amérique du "
            "Nord, et leurs chaînes d'approvisionnement sont longues et complexes. Ce projet "
            "réunit des pêcheurs, des transformateurs, des détaillants et des organismes de "
            "réglementation pour améliorer la traçabilité de la capture à l'assiette, afin d'aider "
            "à écarter du marché les produits pêchés illégalement et de récompenser les pêches "
            "gérées de façon durable."
        ),
        "issue": (
            "La pêche illicite, non déclarée et non réglementée compromet les mesures de "
            "conservation et nuit aux pêcheurs respectueux de la loi. Les produits peuvent être "
            "mal étiquetés ou mêlés à des prises légales à mesure qu'ils passent entre les mains "
            "de transformateurs et de distributeurs de plusieurs pays. Les systèmes de traçabilité "
            "varient considérablement d'une entreprise et d'un pays à l'autre, et les pêches "
            "artisanales manquent souvent d'outils pour documenter l'origine de leurs prises."
        ),
        "aim": (
            "Renforcer la traçabilité des produits de la mer échangés en Amérique du Nord grâce à "
            "la coopération entre les gouvernements et le secteur privé, à l'appui de pêches "
            "durables, y compris les pêches artisanales, et d'une concurrence loyale pour les "
            "producteurs en règle."
        ),
        "deliverables": [
            "Cartographie des chaînes d'approvisionnement des espèces prioritaires",
            "Systèmes pilotes de traçabilité numérique avec des partenaires de l'industrie",
            "Orientations sur des normes de données interopérables",
            "Forum avec des détaillants et des transformateurs",
        ],
        "image_alt": (
            "Illustration : collines bleu-vert au-dessus d'une mer sombre au soleil couchant"
        ),
    },
    "Youth Leadership on Climate and the Environment": {
        "title": "Leadership des jeunes en matière de climat et d'environnement",
        "summary": (
            "Ce projet aide de jeunes leaders du Canada, du Mexique et des États-Unis à prendre "
            "part à la prise de décisions environnementales. Il offre une formation sur les "
            "politiques publiques et la participation citoyenne, finance des projets climatiques "
            "menés par des jeunes dans leurs collectivités et crée des occasions régulières pour "
            "les représentants des jeunes de présenter leur point de vue au Conseil de la CCE et "
            "au Comité consultatif public mixte."
        ),
        "issue": (
            "Les jeunes sont de plus en plus actifs sur les questions climatiques et "
            "environnementales, mais leur participation aux processus officiels d'élaboration des "
            "politiques reste limitée et souvent symbolique. Les groupes dirigés par des jeunes "
            "disposent généralement de peu de financement et de peu de liens avec les décideurs. "
            "Les activités jeunesse antérieures de la CCE ont suscité un vif intérêt, mais les "
            "participants ont demandé des moyens plus durables de rester engagés au-delà d'un "
            "événement ponctuel."
        ),
        "aim": (
            "Créer des occasions durables permettant aux jeunes d'influer sur les politiques "
            "environnementales en Amérique du Nord, en développant leurs compétences, en finançant "
            "leurs projets communautaires et en leur donnant une voix régulière dans les processus "
            "de la CCE."
        ),
        "deliverables": [
            "Programme de formation des jeunes sur les politiques publiques",
            "Subventions pour des projets climatiques communautaires menés par des jeunes",
            "Forum jeunesse en marge de la session annuelle du Conseil",
            "Recommandations en vue d'un mécanisme consultatif jeunesse permanent",
        ],
        "image_alt": (
            "Illustration : collines lumineuses sous un soleil levant et un ciel turquoise dégagé"
        ),
    },
    "Combating Illegal Logging and Associated Timber Trade": {
        "title": (
            "Lutte contre l'exploitation forestière illégale et le commerce du bois qui y est "
            "associé"
        ),
        "summary": (
            "L'exploitation forestière illégale dégrade les forêts, nuit aux collectivités qui en "
            "dépendent et fait une concurrence déloyale aux producteurs de bois légal. Ce projet "
            "aide les organismes d'application de la loi et les services forestiers des trois pays "
            "à vérifier l'origine légale du bois, à appliquer des techniques d'identification du "
            "bois et à échanger de l'information sur les envois suspects qui circulent sur les "
            "marchés nord-américains."
        ),
        "issue": (
            "Du bois de sources illégales ou non vérifiées peut entrer sur les marchés "
            "nord-américains directement ou sous forme de meubles, de revêtements de sol et "
            "d'autres produits. Pour le détecter, il faut connaître les essences d'arbres, la "
            "documentation et les routes commerciales. Les organismes des trois pays diffèrent par "
            "leurs outils juridiques et leurs capacités de laboratoire, et la coopération dans les "
            "enquêtes transfrontalières reste limitée dans les faits."
        ),
        "aim": (
            "Renforcer la capacité des autorités du Canada, du Mexique et des États-Unis à "
            "détecter le bois d'origine illégale et à intervenir, grâce à des outils de "
            "vérification communs, à des capacités d'identification du bois et à une coopération "
            "plus étroite."
        ),
        "deliverables": [
            "Formation des inspecteurs sur la vérification de la légalité du bois",
            "Collection de référence et protocoles d'identification du bois",
            "Ententes d'échange d'information entre les organismes d'application de la loi",
            "Orientations sur la diligence raisonnable à l'intention des importateurs",
        ],
        "image_alt": "Illustration : collines vert pin sous un soleil matinal brumeux",
    },
    "Green Public Procurement for Sustainable Markets": {
        "title": "Approvisionnement public écologique au service de marchés durables",
        "summary": (
            "Les gouvernements nord-américains dépensent chaque année des milliards de dollars en "
            "biens et en services, du matériel de bureau aux véhicules en passant par la "
            "construction. Ce projet a aidé les acheteurs publics des trois pays à intégrer des "
            "critères environnementaux à leurs achats, et a collaboré avec les fournisseurs afin "
            "de comprendre comment la demande gouvernementale peut favoriser des produits et des "
            "services plus écologiques."
        ),
        "issue": (
            "Les achats publics peuvent façonner les marchés, mais les considérations "
            "environnementales sont souvent absentes des documents d'appel d'offres ou appliquées "
            "de façon inégale. Les responsables de l'approvisionnement manquent parfois "
            "d'orientations, d'écolabels fiables ou d'information sur les coûts du cycle de vie. "
            "Les fournisseurs, en particulier les petites entreprises, font face à des exigences "
            "différentes dans chaque administration, ce qui leur complique l'investissement dans "
            "des produits et des services plus écologiques."
        ),
        "aim": (
            "Mettre le pouvoir d'achat des gouvernements au service des marchés de biens et de "
            "services écologiquement préférables en Amérique du Nord, en favorisant l'échange de "
            "critères, d'outils et d'expériences entre les acheteurs publics et les fournisseurs."
        ),
        "deliverables": [
            "Comparaison des politiques d'approvisionnement écologique des trois pays",
            "Critères environnementaux communs pour des catégories de produits prioritaires",
            "Formation à l'intention des responsables de l'approvisionnement",
            "Séances de dialogue avec les fournisseurs",
        ],
        "image_alt": "Illustration : collines vertes en terrasses régulières sous un soleil doux",
    },
}

PUBLICATIONS = {
    "Submissions on Enforcement Matters: What Have We Learned?": {
        "title": (
            "Communications sur les questions d'application : quelles leçons en avons-nous tirées?"
        ),
        "subtitle": "Examen rétrospectif du rendement",
        "summary": (
            "Le présent rapport évalue le rendement et les retombées du processus relatif aux "
            "communications sur les questions d'application (CQA) de 1994 à 2021. Le processus CQA "
            "permet à toute personne ou organisation non gouvernementale de présenter à la "
            "Commission de coopération environnementale une communication alléguant que le Canada, "
            "les États-Unis d'Amérique ou le Mexique omettent d'assurer l'application efficace de "
            "leur législation de l'environnement, et il prévoit des procédures pour recueillir de "
            "l'information sur les questions d'application soulevées. Le processus CQA a été régi "
            "par l'Accord nord-américain de coopération dans le domaine de l'environnement "
            "(ANACDE) de 1994 à juin 2020; depuis juillet 2020, il relève de l'Accord "
            "Canada–États-Unis–Mexique (ACEUM). Le rapport examine les objectifs du processus CQA, "
            "ses fondements juridiques, sa mise en œuvre au fil du temps et ses résultats. Il se "
            "penche sur le rôle du processus dans la promotion de la transparence, de la reddition "
            "de comptes et de la participation du public, et cherche à déterminer s'il a atteint "
            "les objectifs environnementaux qu'on attendait de lui."
        ),
        "image_alt": "Évaluation des retombées à long terme du processus CQA",
    },
    "North American Terrestrial Ecoregions—Level III": {
        "title": "Écorégions terrestres de l'Amérique du Nord — niveau III",
        "subtitle": "",
        "summary": (
            "Les écorégions sont des zones où les écosystèmes, de même que le type, la qualité et "
            "la quantité des ressources environnementales, sont globalement semblables. Ce rapport "
            "décrit les 182 écorégions terrestres de niveau III qui couvrent le Canada, le Mexique "
            "et les États-Unis, de la toundra arctique aux forêts tropicales sèches. Pour chaque "
            "région, il résume le relief, le climat, la végétation, la faune et l'utilisation des "
            "terres. Cette classification offre aux scientifiques, aux planificateurs et aux "
            "gestionnaires de terres des trois pays un cadre commun pour rendre compte de l'état "
            "de l'environnement, fixer des priorités de conservation et comparer les écosystèmes "
            "par-delà les frontières nationales."
        ),
        "image_alt": (
            "Illustration de couverture de Écorégions terrestres de l'Amérique du Nord — niveau III"
        ),
    },
    "Building Community Solutions to Marine Litter": {
        "title": "Bâtir des solutions communautaires aux déchets marins",
        "subtitle": "Guide à l'intention des organismes locaux",
        "summary": (
            "Ce guide s'appuie sur l'expérience d'organismes communautaires du Canada, du Mexique "
            "et des États-Unis qui se sont attaqués aux déchets marins dans leurs propres bassins "
            "versants. Il présente pas à pas les étapes d'un projet local : déterminer la "
            "provenance des déchets, mobiliser les résidents et les autorités locales, choisir des "
            "mesures de prévention et de collecte, suivre les résultats et poursuivre le travail "
            "une fois le financement initial épuisé. De courtes études de cas de collectivités "
            "côtières et de l'intérieur des terres montrent ce qui a fonctionné, ce qui n'a pas "
            "fonctionné et pourquoi. Le guide s'adresse aux groupes communautaires, aux "
            "organisations autochtones, aux écoles et au personnel municipal."
        ),
        "image_alt": (
            "Illustration de couverture de Bâtir des solutions communautaires aux déchets marins"
        ),
    },
    "Strategic Plan 2021–2025": {
        "title": "Plan stratégique 2021-2025",
        "subtitle": "",
        "summary": (
            "Le Plan stratégique établit les priorités qui orientent les travaux de coopération de "
            "la CCE sur cinq ans, les premiers menés en vertu de l'Accord de coopération "
            "environnementale entré en vigueur avec l'ACEUM/CUSMA/T-MEC en 2020. Il définit "
            "plusieurs piliers stratégiques, dont un air, des terres et une eau propres, "
            "l'économie circulaire et la gestion durable des matériaux, les écosystèmes et les "
            "espèces partagés, des économies et des collectivités résilientes, et l'application "
            "efficace des lois de l'environnement. Le plan engage également les Parties à "
            "accroître la participation du public, à inclure les collectivités autochtones et "
            "locales ainsi que les jeunes, et à rendre compte régulièrement des résultats."
        ),
        "image_alt": "Illustration de couverture de Plan stratégique 2021-2025",
    },
    "Strategic Plan 2015–2020": {
        "title": "Plan stratégique 2015-2020",
        "subtitle": "",
        "summary": (
            "Adopté par le Conseil de la CCE en 2015, ce plan stratégique a concentré les travaux "
            "de l'organisation sur trois priorités : l'atténuation des changements climatiques et "
            "l'adaptation à ceux-ci, la croissance verte, ainsi que des collectivités et des "
            "écosystèmes durables. Il explique comment les trois pays entendaient mettre en commun "
            "leur expertise et leurs données sur des questions où l'action conjointe apporte une "
            "valeur ajoutée, comme les espèces partagées, la pollution transfrontalière et le "
            "commerce des biens environnementaux. Le plan décrit comment les projets seraient "
            "choisis, comment les résultats seraient mesurés et comment le public, les "
            "collectivités autochtones et le Comité consultatif public mixte seraient associés aux "
            "travaux."
        ),
        "image_alt": "Illustration de couverture de Plan stratégique 2015-2020",
    },
    "Operational Plan 2017–2018": {
        "title": "Plan opérationnel 2017-2018",
        "subtitle": "",
        "summary": (
            "Le Plan opérationnel 2017-2018 décrit les projets de coopération menés par la CCE "
            "pendant deux ans dans le cadre de son Plan stratégique 2015-2020. Il présente les "
            "objectifs, les résultats attendus, les activités, les partenaires et le budget de "
            "chaque projet, sur des sujets comme les déchets marins, les pertes et le gaspillage "
            "alimentaires, les registres des rejets et des transferts de polluants et les espèces "
            "aquatiques envahissantes. Le plan présente également les activités permanentes du "
            "Secrétariat, notamment l'Atlas environnemental de l'Amérique du Nord, le processus "
            "relatif aux communications sur les questions d'application et les subventions "
            "communautaires."
        ),
        "image_alt": "Illustration de couverture de Plan opérationnel 2017-2018",
    },
    "Operational Plan 2021–2022": {
        "title": "Plan opérationnel 2021-2022",
        "subtitle": "",
        "summary": (
            "Ce plan opérationnel est le premier établi en vertu du Plan stratégique 2021-2025 et "
            "du nouvel Accord de coopération environnementale. Il décrit les projets approuvés par "
            "le Conseil pour 2021 et 2022, notamment les travaux sur la circularité dans le "
            "secteur de l'électronique, les solutions communautaires aux déchets marins, la "
            "conservation des oiseaux de rivage et la formation en ligne des inspecteurs de "
            "l'environnement. Pour chaque projet, le plan expose le problème à résoudre, les "
            "objectifs, les produits attendus, les mesures du rendement et le budget, ainsi que "
            "les programmes permanents du Secrétariat et son approche de la mobilisation du public."
        ),
        "image_alt": "Illustration de couverture de Plan opérationnel 2021-2022",
    },
    "Operational Plan 2024": {
        "title": "Plan opérationnel 2024",
        "subtitle": "",
        "summary": (
            "Le Plan opérationnel 2024 présente les projets et les initiatives de coopération que "
            "la CCE mènera au cours de l'année. De nouveaux projets portent sur le tourisme "
            "durable dans les aires marines protégées, la résilience aux feux de forêt, les "
            "savoirs autochtones et locaux au service de l'adaptation côtière et la traçabilité "
            "des produits de la mer, tandis que se poursuivent les travaux pluriannuels sur la "
            "chaleur extrême, les batteries de véhicules électriques et les charges "
            "environnementales cumulatives. Le plan résume les objectifs, les partenaires, le "
            "calendrier et le budget de chaque projet, et décrit comment le Secrétariat rendra "
            "compte des résultats au Conseil et au public."
        ),
        "image_alt": "Illustration de couverture de Plan opérationnel 2024",
    },
    "Operational Plan 2026": {
        "title": "Plan opérationnel 2026",
        "subtitle": "",
        "summary": (
            "Ce plan présente le programme de travail de la CCE pour 2026. Il lance un nouveau "
            "projet sur le leadership des jeunes dans l'élaboration des politiques climatiques et "
            "environnementales, et décrit la poursuite de projets amorcés au cours des années "
            "précédentes, notamment la lutte contre l'exploitation forestière illégale, les "
            "solutions fondées sur la nature contre les inondations urbaines et le soutien aux "
            "jeunes ambassadeurs des prairies. Le plan énumère les objectifs, les partenaires, les "
            "jalons et les budgets de chaque projet, et explique comment les progrès seront suivis "
            "et publiés sur le site Web de la CCE en français, en anglais et en espagnol."
        ),
        "image_alt": "Illustration de couverture de Plan opérationnel 2026",
    },
    "Council Resolution 19-02: Youth Engagement in the Work of the CEC": {
        "title": "Résolution du Conseil no 19-02 : Participation des jeunes aux travaux de la CCE",
        "subtitle": "",
        "summary": (
            "Dans cette résolution, le Conseil de la CCE reconnaît le rôle des jeunes face aux "
            "défis environnementaux de l'Amérique du Nord et demande au Secrétariat de créer des "
            "occasions régulières permettant aux jeunes de participer aux activités de la CCE. Le "
            "Conseil charge le Secrétariat de tenir un forum jeunesse en marge de sa session "
            "annuelle, de tenir compte de la participation des jeunes dans la conception des "
            "projets et de lui rendre compte des progrès réalisés. La résolution invite également "
            "le Comité consultatif public mixte à formuler des avis sur les moyens de joindre les "
            "jeunes des collectivités autochtones, rurales et mal desservies."
        ),
        "image_alt": (
            "Illustration de couverture de Résolution du Conseil no 19-02 : Participation des "
            "jeunes aux travaux de la CCE"
        ),
    },
    "Council Resolution 22-03: Environmental Justice and Climate Resilience": {
        "title": (
            "Résolution du Conseil no 22-03 : Justice environnementale et résilience climatique"
        ),
        "subtitle": "",
        "summary": (
            "Par cette résolution, le Conseil affirme que la justice environnementale est une "
            "priorité de la coopération entre le Canada, le Mexique et les États-Unis. Il "
            "reconnaît que les collectivités mal desservies et vulnérables, y compris les peuples "
            "autochtones, subissent une part disproportionnée des atteintes à l'environnement et "
            "des impacts climatiques. Le Conseil charge le Secrétariat de maintenir un programme "
            "de subventions à l'appui de projets de résilience climatique menés par les "
            "collectivités, d'intégrer les considérations de justice environnementale aux nouveaux "
            "projets et de diffuser les leçons apprises au moyen de rapports et de réunions "
            "publics."
        ),
        "image_alt": (
            "Illustration de couverture de Résolution du Conseil no 22-03 : Justice "
            "environnementale et résilience climatique"
        ),
    },
    "Council Resolution 24-01: Circular Economy and Sustainable Materials Management": {
        "title": (
            "Résolution du Conseil no 24-01 : Économie circulaire et gestion durable des matériaux"
        ),
        "subtitle": "",
        "summary": (
            "Le Conseil a adopté cette résolution pour renforcer la coopération trinationale en "
            "matière d'économie circulaire. Il reconnaît que prolonger la durée d'utilisation des "
            "produits et des matériaux peut réduire la pollution, les émissions de gaz à effet de "
            "serre et la pression sur les ressources naturelles, tout en favorisant des chaînes "
            "d'approvisionnement résilientes. Le Conseil demande au Secrétariat de s'appuyer sur "
            "ses travaux dans le secteur de l'électronique, de mobiliser les entreprises et les "
            "recycleurs pour cerner des possibilités concrètes, et d'examiner, dans les prochains "
            "plans opérationnels, des secteurs comme les batteries de véhicules électriques, "
            "l'emballage et le textile."
        ),
        "image_alt": (
            "Illustration de couverture de Résolution du Conseil no 24-01 : Économie circulaire et "
            "gestion durable des matériaux"
        ),
    },
    "Council Resolution 16-02: Conservation of the Monarch Butterfly": {
        "title": "Résolution du Conseil no 16-02 : Conservation du papillon monarque",
        "subtitle": "",
        "summary": (
            "Par cette résolution, le Conseil engage les trois pays à resserrer leur coopération "
            "en matière de conservation du papillon monarque et de sa migration. Il reconnaît le "
            "monarque comme un patrimoine naturel et culturel commun de l'Amérique du Nord et "
            "prend acte du déclin de la population de l'Est. Le Conseil demande au Secrétariat de "
            "soutenir la restauration coordonnée de l'habitat, une surveillance harmonisée et la "
            "sensibilisation du public le long de la route migratoire, en collaboration avec les "
            "organismes fédéraux, étatiques, provinciaux et locaux, les collectivités autochtones, "
            "les propriétaires fonciers et la société civile."
        ),
        "image_alt": (
            "Illustration de couverture de Résolution du Conseil no 16-02 : Conservation du "
            "papillon monarque"
        ),
    },
    "Advice to Council No. 18-01: Public Participation in the Work of the CEC": {
        "title": "Avis au Conseil no 18-01 : Participation du public aux travaux de la CCE",
        "subtitle": "",
        "summary": (
            "Le Comité consultatif public mixte (CCPM) formule à l'intention du Conseil des "
            "recommandations sur les moyens d'élargir la participation du public aux activités de "
            "la CCE. S'appuyant sur les commentaires recueillis lors de réunions publiques tenues "
            "dans les trois pays, le CCPM recommande de consulter plus tôt sur les projets de "
            "plans opérationnels, de tenir davantage de réunions à l'extérieur des grandes villes, "
            "d'assurer l'interprétation simultanée en français, en anglais et en espagnol, et de "
            "prendre en charge les frais de déplacement des représentants des collectivités. Il "
            "demande aussi que le public soit mieux informé de la façon dont ses commentaires sont "
            "pris en compte dans les décisions."
        ),
        "image_alt": (
            "Illustration de couverture de Avis au Conseil no 18-01 : Participation du public aux "
            "travaux de la CCE"
        ),
    },
    "Advice to Council No. 21-02: Plain Language and Accessibility of the SEM Process": {
        "title": "Avis au Conseil no 21-02 : Langage clair et accessibilité du processus CQA",
        "subtitle": "",
        "summary": (
            "Dans cet avis, le CCPM examine dans quelle mesure le public peut aisément comprendre "
            "et utiliser le processus relatif aux communications sur les questions d'application. "
            "Il constate que de nombreux auteurs de communications ont du mal à suivre les "
            "procédures, les délais et les termes juridiques. Le CCPM recommande des explications "
            "en langage clair de chaque étape, un glossaire des termes clés, un outil public de "
            "suivi indiquant l'état d'avancement de chaque communication, ainsi qu'une "
            "signalisation claire, sur le site Web, des communications et des dossiers factuels "
            "encore en cours."
        ),
        "image_alt": (
            "Illustration de couverture de Avis au Conseil no 21-02 : Langage clair et "
            "accessibilité du processus CQA"
        ),
    },
    "Advice to Council No. 23-01: Indigenous Knowledge in Environmental Decision-making": {
        "title": (
            "Avis au Conseil no 23-01 : Savoirs autochtones et prise de décisions environnementales"
        ),
        "subtitle": "",
        "summary": (
            "À la suite d'un forum public réunissant des participants autochtones des trois pays, "
            "le CCPM conseille le Conseil sur la manière dont la CCE peut intégrer "
            "respectueusement les savoirs autochtones à ses travaux. L'avis insiste sur le "
            "consentement préalable, donné librement et en connaissance de cause, sur la propriété "
            "des savoirs et des données par les collectivités et sur une juste rémunération de la "
            "participation. Le CCPM recommande que les nouveaux projets associent des partenaires "
            "autochtones dès l'étape de la conception, que le Secrétariat élabore des lignes "
            "directrices en matière de collaboration éthique et que les savoirs autochtones soient "
            "considérés comme une source de données probantes au même titre que la science."
        ),
        "image_alt": (
            "Illustration de couverture de Avis au Conseil no 23-01 : Savoirs autochtones et prise "
            "de décisions environnementales"
        ),
    },
    "Advice to Council No. 25-02: Youth Voices in North American Environmental Cooperation": {
        "title": (
            "Avis au Conseil no 25-02 : La voix des jeunes dans la coopération environnementale "
            "nord-américaine"
        ),
        "subtitle": "",
        "summary": (
            "Le CCPM passe en revue l'expérience de la CCE en matière de participation des jeunes "
            "depuis 2019, notamment le forum jeunesse, le défi d'innovation et les projets axés "
            "sur les jeunes. Il note un vif intérêt chez les jeunes, mais un manque de continuité "
            "d'un événement à l'autre. Le CCPM recommande de créer un mécanisme consultatif "
            "jeunesse permanent, de réserver une partie du financement des subventions aux projets "
            "menés par des jeunes, et d'offrir du mentorat et des stages rémunérés afin que les "
            "jeunes de tous les milieux puissent participer. L'avis comprend une synthèse des "
            "commentaires reçus de jeunes des trois pays."
        ),
        "image_alt": (
            "Illustration de couverture de Avis au Conseil no 25-02 : La voix des jeunes dans la "
            "coopération environnementale nord-américaine"
        ),
    },
    "Advice to Council No. 16-03: Marine Litter and Plastic Pollution": {
        "title": "Avis au Conseil no 16-03 : Déchets marins et pollution par le plastique",
        "subtitle": "",
        "summary": (
            "À la suite d'une réunion publique sur la santé des océans nord-américains, le CCPM "
            "recommande au Conseil de faire des déchets marins une priorité de la coopération "
            "trinationale. L'avis décrit l'ampleur de la pollution par le plastique sur les côtes "
            "du continent et ses effets sur la faune, les pêches et le tourisme. Le CCPM "
            "recommande de mettre l'accent sur les sources terrestres, de soutenir les projets de "
            "prévention menés par les collectivités, d'adopter des méthodes de surveillance "
            "communes et de collaborer plus étroitement avec l'industrie en matière d'emballage, "
            "et il encourage les Parties à diffuser ouvertement leurs données."
        ),
        "image_alt": (
            "Illustration de couverture de Avis au Conseil no 16-03 : Déchets marins et pollution "
            "par le plastique"
        ),
    },
    "Guidelines for Submissions on Enforcement Matters": {
        "title": "Lignes directrices relatives aux communications sur les questions d'application",
        "subtitle": "",
        "summary": (
            "Ces lignes directrices expliquent comment les membres du public et les organisations "
            "non gouvernementales peuvent présenter une communication alléguant qu'un pays omet "
            "d'assurer l'application efficace de sa législation de l'environnement. Elles "
            "précisent le contenu obligatoire d'une communication, la façon dont le Secrétariat "
            "l'examine, les cas où une réponse est demandée au pays visé et la manière dont le "
            "Conseil décide s'il y a lieu de constituer un dossier factuel. Les lignes directrices "
            "fixent également les délais de chaque étape et les modalités de publication des "
            "documents."
        ),
        "image_alt": (
            "Illustration de couverture de Lignes directrices relatives aux communications sur les "
            "questions d'application"
        ),
    },
    "EJ4Climate Grant Program: Guidelines for Applicants": {
        "title": (
            "Programme de subventions EJ4Climate : lignes directrices à l'intention des demandeurs"
        ),
        "subtitle": "Cycle de financement 2025",
        "summary": (
            "Ces lignes directrices précisent qui peut présenter une demande de subvention "
            "EJ4Climate, quels types de projets sont admissibles et comment les propositions sont "
            "évaluées. Sont admissibles les organismes communautaires, les organisations "
            "autochtones et les organismes sans but lucratif du Canada, du Mexique et des "
            "États-Unis qui travaillent avec des collectivités mal desservies et vulnérables à la "
            "résilience climatique. Le document décrit les montants de financement, les dépenses "
            "admissibles, le calendrier de présentation des demandes et les critères de sélection, "
            "et il donne des conseils pour préparer une proposition solide, accompagnés de "
            "réponses aux questions fréquentes."
        ),
        "image_alt": (
            "Illustration de couverture de Programme de subventions EJ4Climate : lignes "
            "directrices à l'intention des demandeurs"
        ),
    },
    "Environmentally Sound Recycling of Spent Lead-Acid Batteries": {
        "title": "Recyclage écologiquement rationnel des accumulateurs au plomb usagés",
        "subtitle": "Lignes directrices techniques",
        "summary": (
            "Le recyclage des accumulateurs au plomb usagés permet de récupérer du plomb de "
            "valeur, mais des installations mal exploitées peuvent exposer les travailleurs et les "
            "voisins à des concentrations dangereuses de plomb dans l'air, le sol et l'eau. Ces "
            "lignes directrices présentent les bonnes pratiques de collecte, d'entreposage, de "
            "transport et de traitement des accumulateurs usagés, assorties de limites "
            "recommandées pour les émissions et l'exposition en milieu de travail et de méthodes "
            "de surveillance. Elles s'adressent aux organismes de réglementation, aux inspecteurs "
            "et aux exploitants d'installations des trois pays, et complètent les règles "
            "nationales sur les mouvements transfrontaliers de déchets dangereux."
        ),
        "image_alt": (
            "Illustration de couverture de Recyclage écologiquement rationnel des accumulateurs au "
            "plomb usagés"
        ),
    },
    "Heat-Health Action Planning": {
        "title": "Planification des mesures chaleur-santé",
        "subtitle": "Lignes directrices à l'intention des administrations locales",
        "summary": (
            "De nombreuses municipalités n'ont aucun plan officiel pour protéger leurs résidents "
            "pendant les épisodes de chaleur extrême. Ces lignes directrices aident les "
            "administrations locales et les services de santé publique à en préparer un. Elles "
            "portent sur l'établissement des seuils d'alerte, le repérage des personnes plus à "
            "risque, la coordination des centres de rafraîchissement et des activités de "
            "sensibilisation, la protection des travailleurs extérieurs et l'évaluation de "
            "l'intervention après chaque saison chaude. Des exemples de villes de taille moyenne "
            "du Canada, du Mexique et des États-Unis illustrent chaque étape, et un modèle de plan "
            "adaptable aux conditions locales est fourni."
        ),
        "image_alt": "Illustration de couverture de Planification des mesures chaleur-santé",
    },
    "Monitoring Land-based Marine Litter": {
        "title": "Surveillance des déchets marins d'origine terrestre",
        "subtitle": "Protocole de terrain pour les cours d'eau et les rivages",
        "summary": (
            "Ce protocole propose une méthode commune pour dénombrer et classer les déchets sur "
            "les berges, les plages et dans les égouts pluviaux, afin que les résultats de "
            "différents sites et pays puissent être comparés. Il explique comment choisir les "
            "sites d'inventaire, tracer des transects, trier les objets selon des catégories "
            "normalisées et consigner les données sur un formulaire simple ou dans une application "
            "mobile. Mis à l'essai par des bénévoles et du personnel municipal dans des bassins "
            "versants pilotes, le protocole convient aux groupes communautaires, aux écoles et aux "
            "autorités locales."
        ),
        "image_alt": (
            "Illustration de couverture de Surveillance des déchets marins d'origine terrestre"
        ),
    },
    "Measuring Food Loss and Waste": {
        "title": "Mesurer les pertes et le gaspillage alimentaires",
        "subtitle": "Guide pratique à l'intention des entreprises et des établissements",
        "summary": (
            "On ne peut réduire ce que l'on ne mesure pas. Ce guide aide les exploitations "
            "agricoles, les transformateurs alimentaires, les détaillants, les restaurants, les "
            "hôpitaux et les écoles à choisir une méthode pour mesurer leurs pertes et leur "
            "gaspillage alimentaires, de la pesée directe et des audits des déchets jusqu'aux "
            "journaux de bord et à l'analyse des registres. Il explique les points forts, les "
            "coûts et les limites de chaque méthode, donne des exemples concrets et montre comment "
            "les résultats peuvent servir à fixer des cibles, à suivre les progrès et à cerner les "
            "moyens les plus rentables de prévenir le gaspillage et de donner les surplus "
            "alimentaires."
        ),
        "image_alt": (
            "Illustration de couverture de Mesurer les pertes et le gaspillage alimentaires"
        ),
    },
    "Community Science Activity Guide for Educators": {
        "title": "Guide d'activités de science citoyenne à l'intention des éducateurs",
        "subtitle": "",
        "summary": (
            "Ce guide propose aux enseignants et aux animateurs jeunesse une série d'activités de "
            "science citoyenne prêtes à l'emploi que les élèves peuvent réaliser en toute sécurité "
            "près de chez eux ou de l'école. Les activités comprennent le dénombrement des "
            "pollinisateurs, l'observation des oiseaux, l'inventaire des arbres urbains et de "
            "simples analyses de la qualité de l'eau, chacune accompagnée d'objectifs "
            "d'apprentissage, d'instructions détaillées et de suggestions pour partager les "
            "données au moyen de plateformes en ligne gratuites. Le guide est offert en français, "
            "en anglais et en espagnol et peut être adapté à différents âges et contextes."
        ),
        "image_alt": (
            "Illustration de couverture de Guide d'activités de science citoyenne à l'intention "
            "des éducateurs"
        ),
    },
    "Monarch Butterflies: A Shared Responsibility": {
        "title": "Le papillon monarque : une responsabilité partagée",
        "subtitle": "",
        "summary": (
            "Cette fiche d'information présente la remarquable migration du papillon monarque "
            "entre le Canada, les États-Unis et le Mexique, et explique pourquoi sa population a "
            "décliné. Elle résume les principales menaces, dont la disparition de l'asclépiade et "
            "des plantes nectarifères, la dégradation des forêts d'hivernage et les phénomènes "
            "météorologiques extrêmes. Elle propose aussi des gestes simples que les particuliers, "
            "les écoles, les agriculteurs et les municipalités peuvent poser, comme planter de "
            "l'asclépiade indigène, réduire l'utilisation de pesticides et signaler leurs "
            "observations aux programmes de surveillance."
        ),
        "image_alt": (
            "Illustration de couverture de Le papillon monarque : une responsabilité partagée"
        ),
    },
    "Industrial Pollution in North America at a Glance": {
        "title": "La pollution industrielle en Amérique du Nord en un coup d'œil",
        "subtitle": "",
        "summary": (
            "Cette fiche d'information résume les plus récentes données déclarées par les "
            "installations industrielles aux registres des rejets et des transferts de polluants "
            "du Canada, du Mexique et des États-Unis. Elle présente les quantités totales de "
            "polluants rejetés dans l'air, l'eau et le sol ou transférés hors site, les secteurs "
            "industriels qui déclarent les plus grandes quantités et les tendances observées pour "
            "certaines substances. Elle explique aussi comment utiliser l'outil en ligne À l'heure "
            "des comptes pour trouver les installations situées près de chez soi et comparer les "
            "données des trois pays."
        ),
        "image_alt": (
            "Illustration de couverture de La pollution industrielle en Amérique du Nord en un "
            "coup d'œil"
        ),
    },
    "Food Waste at Home: Simple Steps to Reduce It": {
        "title": "Le gaspillage alimentaire à la maison : des gestes simples pour le réduire",
        "subtitle": "",
        "summary": (
            "Les ménages comptent parmi les principales sources de gaspillage alimentaire en "
            "Amérique du Nord. Cette fiche d'information explique pourquoi le gaspillage de "
            "nourriture a des conséquences pour l'environnement et le budget familial, et propose "
            "des conseils pratiques : planifier les repas, dresser une liste d'épicerie, bien "
            "conserver les aliments, comprendre les dates inscrites sur les emballages, utiliser "
            "les restes et composter ce qui ne peut être mangé. Elle comprend un défi simple d'une "
            "semaine que les familles, les classes et les groupes communautaires peuvent relever "
            "pour mesurer et réduire la quantité de nourriture qu'ils jettent."
        ),
        "image_alt": (
            "Illustration de couverture de Le gaspillage alimentaire à la maison : des gestes "
            "simples pour le réduire"
        ),
    },
    "Blue Carbon Habitats of North America": {
        "title": "Les habitats de carbone bleu de l'Amérique du Nord",
        "subtitle": "",
        "summary": (
            "Les marais salés, les mangroves et les herbiers marins captent et stockent du carbone "
            "dans leurs sols pendant des siècles, tout en protégeant les rivages et en servant "
            "d'aires d'alevinage pour les poissons. Cette fiche d'information explique ce qu'est "
            "le carbone bleu, montre où se trouvent ces habitats le long des côtes "
            "nord-américaines et résume les menaces qui pèsent sur eux. Elle signale également les "
            "nouvelles couches cartographiques de l'Atlas environnemental de l'Amérique du Nord "
            "qui en illustrent l'étendue, ainsi que les moyens mis en œuvre pour les restaurer."
        ),
        "image_alt": (
            "Illustration de couverture de Les habitats de carbone bleu de l'Amérique du Nord"
        ),
    },
    "Extreme Heat: Protecting Outdoor Workers": {
        "title": "Chaleur extrême : protéger les travailleurs extérieurs",
        "subtitle": "",
        "summary": (
            "Les équipes de construction, les travailleurs agricoles, les livreurs et tous ceux "
            "qui travaillent à l'extérieur courent un risque élevé de maladies liées à la chaleur. "
            "Cette fiche d'information décrit les signes avant-coureurs de l'épuisement par la "
            "chaleur et du coup de chaleur, et présente des mesures pratiques que les employeurs "
            "et les travailleurs peuvent prendre : acclimatation progressive, accès à l'eau, à "
            "l'ombre et à des pauses, horaires adaptés et système de jumelage. Elle indique aussi "
            "où trouver les avertissements de chaleur au Canada, au Mexique et aux États-Unis."
        ),
        "image_alt": (
            "Illustration de couverture de Chaleur extrême : protéger les travailleurs extérieurs"
        ),
    },
    "Shorebirds on the Move": {
        "title": "Les oiseaux de rivage en mouvement",
        "subtitle": "",
        "summary": (
            "Certains oiseaux de rivage parcourent plus de 15 000 kilomètres chaque année entre "
            "leurs aires de nidification arctiques et leurs aires d'hivernage au Mexique et plus "
            "au sud. Cette fiche d'information présente les espèces communes des voies migratoires "
            "du Pacifique et du Centre, explique pourquoi les milieux humides servant de haltes "
            "migratoires leur sont si importants, et suggère aux usagers des plages des façons "
            "d'éviter de déranger les oiseaux qui s'alimentent ou se reposent, par exemple en "
            "tenant leur chien en laisse et en laissant de l'espace aux volées."
        ),
        "image_alt": "Illustration de couverture de Les oiseaux de rivage en mouvement",
    },
    "End-of-life Electric Vehicle Batteries: Key Facts": {
        "title": "Batteries de véhicules électriques en fin de vie : faits saillants",
        "subtitle": "",
        "summary": (
            "Cette fiche d'information donne un aperçu de ce qu'il advient des batteries de "
            "véhicules électriques lorsqu'elles ne peuvent plus alimenter une voiture. Elle "
            "présente les volumes projetés de batteries en fin de vie en Amérique du Nord, les "
            "matériaux qu'elles contiennent et les principales options de réutilisation pour le "
            "stockage d'énergie, de réaffectation et de recyclage. Elle met également en lumière "
            "les risques pour la sécurité lors de la collecte et du transport, et résume les "
            "différences entre les règles du Canada, du Mexique et des États-Unis."
        ),
        "image_alt": (
            "Illustration de couverture de Batteries de véhicules électriques en fin de vie : "
            "faits saillants"
        ),
    },
    "How to File a Submission on Enforcement Matters": {
        "title": "Comment présenter une communication sur les questions d'application",
        "subtitle": "",
        "summary": (
            "Toute personne ou organisation non gouvernementale résidant en Amérique du Nord peut "
            "demander à la CCE d'examiner si le Canada, le Mexique ou les États-Unis assurent "
            "l'application efficace de leur législation de l'environnement. Cette fiche "
            "d'information explique en langage clair qui peut présenter une communication, quels "
            "renseignements y inclure, comment la transmettre et quelles sont les étapes "
            "suivantes. Elle décrit également ce qu'est un dossier factuel et où suivre "
            "l'évolution des communications en cours."
        ),
        "image_alt": (
            "Illustration de couverture de Comment présenter une communication sur les questions "
            "d'application"
        ),
    },
    "Invasive Species in the Aquarium and Live Bait Trade": {
        "title": (
            "Les espèces envahissantes dans le commerce des animaux d'aquarium et des appâts "
            "vivants"
        ),
        "subtitle": "",
        "summary": (
            "Relâcher dans la nature des animaux d'aquarium, des appâts inutilisés ou des plantes "
            "de jardin aquatique peut introduire des espèces envahissantes qui nuisent aux "
            "poissons et aux plantes indigènes ainsi qu'aux économies locales. Cette fiche "
            "d'information explique comment ces introductions se produisent, donne des exemples "
            "d'espèces qui se sont établies dans les eaux nord-américaines et offre des conseils "
            "simples aux aquariophiles, aux pêcheurs à la ligne et aux animaleries : ne jamais "
            "relâcher, rapporter les animaux indésirables aux détaillants et éliminer adéquatement "
            "les appâts."
        ),
        "image_alt": (
            "Illustration de couverture de Les espèces envahissantes dans le commerce des animaux "
            "d'aquarium et des appâts vivants"
        ),
    },
    "The CEC at 30": {
        "title": "La CCE a 30 ans",
        "subtitle": "Trois décennies de coopération environnementale nord-américaine",
        "summary": (
            "Depuis 1994, le Canada, le Mexique et les États-Unis collaborent par l'intermédiaire "
            "de la Commission de coopération environnementale. Cette fiche d'information retrace "
            "les principaux jalons de l'organisation, des premiers plans d'action sur les "
            "substances chimiques persistantes à l'Atlas environnemental de l'Amérique du Nord, en "
            "passant par les subventions communautaires et le processus relatif aux communications "
            "sur les questions d'application. Elle présente des chiffres clés sur les projets, les "
            "subventions et les publications, et explique comment la CCE fonctionne aujourd'hui en "
            "vertu de l'Accord de coopération environnementale."
        ),
        "image_alt": "Illustration de couverture de La CCE a 30 ans",
    },
    "Circularity in the Electronics Sector": {
        "title": "La circularité dans le secteur de l'électronique",
        "subtitle": "Cartographie des flux de matières en Amérique du Nord",
        "summary": (
            "Ce document d'information retrace le parcours des produits électroniques et des "
            "matériaux qu'ils contiennent dans l'économie nord-américaine, de la fabrication et de "
            "l'importation à l'utilisation, à la réparation, à la collecte et au recyclage. Il "
            "estime les quantités d'appareils électroniques mis au rebut dans chaque pays et la "
            "part récupérée, repère les points de la chaîne de valeur où des matériaux sont perdus "
            "et passe en revue des modèles d'affaires circulaires comme la location, la remise à "
            "neuf et les programmes de reprise. Les constats ont alimenté les discussions avec "
            "l'industrie sur les priorités d'une deuxième phase de travaux."
        ),
        "image_alt": (
            "Illustration de couverture de La circularité dans le secteur de l'électronique"
        ),
    },
    "Black Carbon Emissions from Artisanal Brick Kilns in Mexico": {
        "title": "Émissions de carbone noir des fours à briques artisanaux au Mexique",
        "subtitle": "",
        "summary": (
            "Au Mexique, des milliers de petits fours traditionnels cuisent des briques en brûlant "
            "du bois, de la sciure, des pneus usagés et d'autres combustibles, rejetant du carbone "
            "noir et d'autres polluants à proximité des habitations. Ce document présente les "
            "résultats de mesures sur le terrain des émissions de fours situés dans plusieurs "
            "États, les compare aux facteurs utilisés dans les inventaires nationaux et examine "
            "des modèles de fours et des combustibles plus propres. Il se penche également sur les "
            "conditions sociales et économiques des briquetiers, dont toute stratégie de réduction "
            "doit tenir compte."
        ),
        "image_alt": (
            "Illustration de couverture de Émissions de carbone noir des fours à briques "
            "artisanaux au Mexique"
        ),
    },
    "Mercury Supply and Trade in North America": {
        "title": "Offre et commerce de mercure en Amérique du Nord",
        "subtitle": "Sources, flux et options de stockage",
        "summary": (
            "Ce document estime les quantités de mercure extraites, récupérées, importées, "
            "exportées et utilisées au Canada, au Mexique et aux États-Unis, à partir de registres "
            "douaniers, de données de l'industrie et de rapports gouvernementaux. Il cerne les "
            "principaux flux commerciaux à l'intérieur et au-delà de la région et fait état des "
            "lacunes dans les données. Il examine également les options de stockage à long terme "
            "des surplus de mercure et les incidences de la Convention de Minamata pour chaque "
            "pays."
        ),
        "image_alt": (
            "Illustration de couverture de Offre et commerce de mercure en Amérique du Nord"
        ),
    },
    "Comparing Facility-level Greenhouse Gas Reporting in North America": {
        "title": (
            "Comparaison de la déclaration des gaz à effet de serre par installation en Amérique "
            "du Nord"
        ),
        "subtitle": "",
        "summary": (
            "Le Canada, le Mexique et les États-Unis exigent chacun que les grandes installations "
            "déclarent leurs émissions de gaz à effet de serre, mais leurs programmes diffèrent "
            "sur des points importants. Ce document compare les gaz, les secteurs et les seuils "
            "visés, les méthodes de calcul, les exigences de vérification et l'accès du public aux "
            "données. Il conclut que certains secteurs, comme le ciment et la production "
            "d'électricité, pourraient devenir comparables moyennant des modifications modestes, "
            "et présente des options qui allégeraient le fardeau des entreprises faisant des "
            "déclarations dans plus d'un pays."
        ),
        "image_alt": (
            "Illustration de couverture de Comparaison de la déclaration des gaz à effet de serre "
            "par installation en Amérique du Nord"
        ),
    },
    "Cumulative Impact Screening Tools": {
        "title": "Outils de présélection des impacts cumulatifs",
        "subtitle": "Examen des approches en Amérique du Nord",
        "summary": (
            "En Amérique du Nord, les gouvernements recourent de plus en plus à des outils "
            "cartographiques pour repérer les collectivités qui subissent de multiples charges "
            "environnementales et sociales. Ce document examine plus d'une douzaine de ces outils "
            "aux échelons fédéral, étatique, provincial et municipal, en comparant les indicateurs "
            "utilisés, la façon dont ils sont combinés, les sources de données et le rôle des "
            "collectivités dans leur conception. Il fait ressortir leurs forces et leurs limites "
            "communes, et propose un petit ensemble d'indicateurs de base qui pourraient être "
            "calculés de façon uniforme dans les trois pays."
        ),
        "image_alt": "Illustration de couverture de Outils de présélection des impacts cumulatifs",
    },
    "Indigenous Knowledge and Coastal Adaptation": {
        "title": "Savoirs autochtones et adaptation côtière",
        "subtitle": "Document de réflexion",
        "summary": (
            "Ce document de réflexion examine comment les savoirs autochtones sur les milieux "
            "côtiers peuvent éclairer l'adaptation aux changements climatiques, et quelles "
            "conditions sont nécessaires pour que cela se fasse dans le respect. Il s'appuie sur "
            "la littérature publiée et sur des entretiens avec des détenteurs de savoirs des trois "
            "pays. Le document aborde les principes de souveraineté des données, de consentement "
            "et de partage des avantages, décrit des exemples où des collectivités ont dirigé la "
            "planification de l'adaptation, et soulève des questions à l'intention des organismes "
            "qui souhaitent travailler en partenariat avec les collectivités autochtones."
        ),
        "image_alt": "Illustration de couverture de Savoirs autochtones et adaptation côtière",
    },
    "Chemicals in Products": {
        "title": "Les substances chimiques dans les produits",
        "subtitle": "La circulation de l'information le long des chaînes d'approvisionnement",
        "summary": (
            "L'information sur les substances chimiques contenues dans les produits de "
            "consommation s'arrête souvent au premier maillon de la chaîne d'approvisionnement. "
            "Fondé sur des entrevues et des enquêtes menées auprès de fabricants, de marques, de "
            "détaillants et de recycleurs des secteurs du textile et de l'électronique, ce "
            "document décrit comment cette information est aujourd'hui demandée, transmise et "
            "utilisée. Il cerne les principaux obstacles, dont les préoccupations liées à la "
            "confidentialité, la complexité des chaînes d'approvisionnement mondiales et "
            "l'incompatibilité des systèmes de données, et examine des approches volontaires et "
            "réglementaires susceptibles d'accroître la transparence."
        ),
        "image_alt": "Illustration de couverture de Les substances chimiques dans les produits",
    },
    "Nature-based Solutions for Flood Risk": {
        "title": "Solutions fondées sur la nature face au risque d'inondation",
        "subtitle": "État des pratiques dans les villes nord-américaines",
        "summary": (
            "Ce document examine comment des villes du Canada, du Mexique et des États-Unis "
            "utilisent les milieux humides, les plaines inondables, les forêts urbaines, les noues "
            "végétalisées et les toits verts pour gérer les eaux pluviales et réduire les "
            "inondations. Il résume les données probantes sur leur efficacité et leurs coûts par "
            "rapport aux infrastructures classiques, ainsi que sur leurs avantages en matière de "
            "réduction de la chaleur, de biodiversité et de santé publique. Il cerne également les "
            "obstacles liés au financement, à la disponibilité des terrains, à l'entretien et aux "
            "normes de conception, et indique où la coopération trinationale pourrait être utile."
        ),
        "image_alt": (
            "Illustration de couverture de Solutions fondées sur la nature face au risque "
            "d'inondation"
        ),
    },
    "Verifying the Legality of Timber in North America": {
        "title": "Vérification de la légalité du bois en Amérique du Nord",
        "subtitle": "Lois, outils et possibilités de coopération",
        "summary": (
            "Ce document décrit les lois et les outils dont se servent le Canada, le Mexique et "
            "les États-Unis pour empêcher le bois récolté illégalement d'entrer sur leurs marchés. "
            "Il compare les exigences en matière de documentation, les contrôles à l'importation, "
            "les sanctions et le recours à l'identification judiciaire du bois, et passe en revue "
            "des affaires récentes d'application de la loi. Le document cerne des possibilités de "
            "coopération plus étroite, notamment des collections de référence communes "
            "d'échantillons de bois, des formations conjointes et un échange plus rapide "
            "d'information sur les envois suspects."
        ),
        "image_alt": (
            "Illustration de couverture de Vérification de la légalité du bois en Amérique du Nord"
        ),
    },
    "Seafood Traceability Systems in North America": {
        "title": "Systèmes de traçabilité des produits de la mer en Amérique du Nord",
        "subtitle": "",
        "summary": (
            "Comment un acheteur peut-il savoir avec certitude où un poisson a été capturé et s'il "
            "l'a été légalement? Ce document compare les régimes gouvernementaux de documentation "
            "des captures et les systèmes privés de traçabilité utilisés au Canada, au Mexique et "
            "aux États-Unis, et examine comment les données circulent entre les pêcheurs, les "
            "transformateurs, les importateurs et les détaillants. Il cerne les lacunes qui "
            "permettent l'étiquetage trompeur et l'entrée de produits illégaux sur le marché, et "
            "examine des options numériques peu coûteuses adaptées aux pêches artisanales."
        ),
        "image_alt": (
            "Illustration de couverture de Systèmes de traçabilité des produits de la mer en "
            "Amérique du Nord"
        ),
    },
    "Post-fire Recovery in North American Forests": {
        "title": "Le rétablissement après incendie dans les forêts nord-américaines",
        "subtitle": "Leçons tirées de trois pays",
        "summary": (
            "S'appuyant sur des études de cas portant sur les forêts boréales, tempérées et "
            "tropicales sèches, ce document compare les approches adoptées par les organismes du "
            "Canada, du Mexique et des États-Unis pour le rétablissement après de grands feux de "
            "forêt. Il traite de la stabilisation d'urgence des sols, du reboisement et de la "
            "régénération naturelle, de la protection des sources d'approvisionnement en eau ainsi "
            "que du rôle de l'intendance autochtone du feu et du brûlage culturel. Le document "
            "cerne des défis communs, comme la pénurie de semences et les incendies à répétition, "
            "et propose des sujets de recherche et de formation conjointes."
        ),
        "image_alt": (
            "Illustration de couverture de Le rétablissement après incendie dans les forêts "
            "nord-américaines"
        ),
    },
    "Managing Visitors in Marine Protected Areas": {
        "title": "La gestion des visiteurs dans les aires marines protégées",
        "subtitle": "Enjeux et options",
        "summary": (
            "Les aires marines protégées attirent des plongeurs, des kayakistes, des pêcheurs à la "
            "ligne et des observateurs de la faune dont les dépenses soutiennent les économies "
            "côtières. Ce document examine comment les gestionnaires des trois pays fixent et font "
            "respecter les limites de fréquentation, délivrent des permis aux voyagistes, "
            "perçoivent des droits et surveillent les impacts sur la faune et les habitats. Il "
            "tire des leçons de sites comme les zones d'observation des baleines et les récifs "
            "coralliens, et présente des options pour mettre en commun des outils entre "
            "gestionnaires d'aires protégées et pour collaborer avec les exploitants à "
            "l'élaboration de normes volontaires."
        ),
        "image_alt": (
            "Illustration de couverture de La gestion des visiteurs dans les aires marines "
            "protégées"
        ),
    },
    "Environmental Enforcement Cooperation under the USMCA": {
        "title": (
            "La coopération en matière d'application des lois de l'environnement dans le cadre de "
            "l'ACEUM"
        ),
        "subtitle": "",
        "summary": (
            "Ce document décrit comment l'Accord de coopération environnementale et le chapitre "
            "sur l'environnement de l'ACEUM/CUSMA/T-MEC façonnent la coopération en matière "
            "d'application des lois de l'environnement en Amérique du Nord. Il explique les "
            "modifications apportées en 2020 au processus relatif aux communications sur les "
            "questions d'application, les liens entre la CCE et le comité de l'environnement de "
            "l'accord commercial, ainsi que les domaines où les organismes coopèrent déjà, comme "
            "le commerce des espèces sauvages et les déchets dangereux. Il conclut par des "
            "questions appelant une réflexion plus approfondie."
        ),
        "image_alt": (
            "Illustration de couverture de La coopération en matière d'application des lois de "
            "l'environnement dans le cadre de l'ACEUM"
        ),
    },
    "Plastic Waste Trade in North America": {
        "title": "Le commerce des déchets plastiques en Amérique du Nord",
        "subtitle": "Évolution des flux commerciaux, 2015-2020",
        "summary": (
            "Après que plusieurs pays asiatiques eurent restreint leurs importations de déchets "
            "plastiques en 2018, les flux commerciaux se sont déplacés, et une plus grande "
            "quantité de matières est restée en Amérique du Nord ou a circulé entre les trois "
            "pays. Ce document analyse les données commerciales sur les déchets et débris de "
            "plastique de 2015 à 2020, décrit l'évolution des capacités de recyclage et des prix, "
            "et examine l'incidence des nouvelles règles internationales découlant de la "
            "Convention de Bâle sur les expéditions à l'intérieur de la région."
        ),
        "image_alt": (
            "Illustration de couverture de Le commerce des déchets plastiques en Amérique du Nord"
        ),
    },
    "Taking Stock: North American Pollutant Releases and Transfers": {
        "title": (
            "À l'heure des comptes : les rejets et les transferts de polluants en Amérique du Nord"
        ),
        "subtitle": "Volume 16",
        "summary": (
            "Cette édition d'À l'heure des comptes regroupe les données déclarées par plus de 20 "
            "000 installations industrielles aux registres des rejets et des transferts de "
            "polluants du Canada, du Mexique et des États-Unis. Elle examine les quantités et les "
            "types de polluants rejetés dans l'air, l'eau et le sol ou transférés à des fins de "
            "recyclage, de traitement et d'élimination, y compris les transferts transfrontaliers. "
            "Une analyse spéciale porte sur les différences entre les trois registres et sur leurs "
            "effets sur les comparaisons, et formule des recommandations pour rendre les données "
            "plus cohérentes."
        ),
        "image_alt": (
            "Illustration de couverture de À l'heure des comptes : les rejets et les transferts de "
            "polluants en Amérique du Nord"
        ),
    },
    "Food Loss and Waste in North America": {
        "title": "Les pertes et le gaspillage alimentaires en Amérique du Nord",
        "subtitle": "Mesurer le problème et ses causes",
        "summary": (
            "Ce rapport estime la quantité d'aliments perdus et gaspillés tout au long de la "
            "chaîne d'approvisionnement au Canada, au Mexique et aux États-Unis, de la ferme "
            "jusqu'aux ménages. Il examine les principales causes à chaque étape, comme les normes "
            "esthétiques, les dommages subis pendant le transport, les surstocks et la confusion "
            "entourant les dates inscrites sur les emballages, ainsi que les impacts "
            "environnementaux des aliments gaspillés. Le rapport passe également en revue les "
            "politiques et les initiatives des trois pays et recommande des priorités en matière "
            "de prévention, de récupération des aliments et de recyclage."
        ),
        "image_alt": (
            "Illustration de couverture de Les pertes et le gaspillage alimentaires en Amérique du "
            "Nord"
        ),
    },
    "Coastal Blue Carbon in North America": {
        "title": "Le carbone bleu côtier en Amérique du Nord",
        "subtitle": "Étendue, stocks de carbone et options de gestion",
        "summary": (
            "Ce rapport présente la première carte cohérente des marais salés, des mangroves et "
            "des herbiers marins le long des côtes du Canada, du Mexique et des États-Unis, "
            "accompagnée d'une synthèse des mesures du carbone stocké dans leurs sols et leurs "
            "végétaux. Il estime la quantité de carbone qui pourrait être libérée si ces habitats "
            "continuent de disparaître, et examine comment la conservation et la restauration des "
            "écosystèmes de carbone bleu peuvent être intégrées aux stratégies climatiques "
            "nationales et aux plans de gestion des zones côtières."
        ),
        "image_alt": "Illustration de couverture de Le carbone bleu côtier en Amérique du Nord",
    },
    "Monarch Conservation Progress Report": {
        "title": "Rapport d'étape sur la conservation du monarque",
        "subtitle": "Résultats trinationaux, 2019-2020",
        "summary": (
            "Ce rapport présente les résultats des travaux coordonnés des trois pays pour "
            "conserver l'habitat et la migration du papillon monarque. Il décrit la superficie "
            "d'habitat de reproduction et de plantes nectarifères restaurée au Canada et aux "
            "États-Unis, la protection et la restauration des forêts dans les sites d'hivernage du "
            "Mexique, ainsi que l'adoption d'un protocole de surveillance harmonisé. Il examine "
            "aussi les tendances de la population observées au cours de la période et cerne les "
            "lacunes qui exigent des efforts supplémentaires."
        ),
        "image_alt": (
            "Illustration de couverture de Rapport d'étape sur la conservation du monarque"
        ),
    },
    "Wildlife Trade Enforcement at North American Ports of Entry": {
        "title": (
            "Application des lois sur le commerce des espèces sauvages aux points d'entrée "
            "nord-américains"
        ),
        "subtitle": "Résultats d'une initiative de formation trinationale",
        "summary": (
            "Ce rapport résume les résultats d'une initiative de deux ans visant à aider les "
            "agents des services frontaliers et de la protection de la faune du Canada, du Mexique "
            "et des États-Unis à détecter les envois illégaux d'espèces protégées. Il décrit la "
            "formation offerte, les guides d'identification produits et les ententes d'échange "
            "d'information mises en place, et analyse les données sur les saisies d'espèces "
            "fréquemment visées par le trafic. Le rapport se termine par des recommandations "
            "visant à pérenniser la coopération, notamment des exercices conjoints réguliers et un "
            "réseau commun de personnes-ressources."
        ),
        "image_alt": (
            "Illustration de couverture de Application des lois sur le commerce des espèces "
            "sauvages aux points d'entrée nord-américains"
        ),
    },
    "Energy Management in Industry": {
        "title": "La gestion de l'énergie dans l'industrie",
        "subtitle": "Résultats d'installations pilotes nord-américaines",
        "summary": (
            "Ce rapport présente l'expérience d'installations industrielles du Canada, du Mexique "
            "et des États-Unis qui ont mis en œuvre, avec le soutien de la CCE, des systèmes de "
            "gestion de l'énergie fondés sur la norme ISO 50001. Il fait état des économies "
            "d'énergie et de coûts réalisées, du temps et des investissements nécessaires ainsi "
            "que des leçons pratiques tirées, comme l'importance de l'engagement de la haute "
            "direction et du comptage. Les études de cas portent notamment sur la transformation "
            "alimentaire, les pièces automobiles et les produits chimiques."
        ),
        "image_alt": "Illustration de couverture de La gestion de l'énergie dans l'industrie",
    },
    "Marine Litter in North American Watersheds": {
        "title": "Les déchets marins dans les bassins versants nord-américains",
        "subtitle": "Constats des évaluations pilotes",
        "summary": (
            "Ce rapport présente les résultats des évaluations des déchets menées dans des bassins "
            "versants pilotes des côtes du Pacifique, de l'Atlantique et du golfe du Mexique. À "
            "l'aide d'un protocole de surveillance commun, les équipes ont déterminé les types de "
            "déchets les plus fréquents, leurs sources probables et les endroits où ils pénètrent "
            "dans les cours d'eau et la mer. Le rapport compare les mesures de prévention mises à "
            "l'essai dans chaque site, comme les pièges à déchets, l'amélioration de la collecte "
            "et la sensibilisation, et recommande des mesures aux administrations locales."
        ),
        "image_alt": (
            "Illustration de couverture de Les déchets marins dans les bassins versants "
            "nord-américains"
        ),
    },
    "Outcome-based Indicators for Environmental Enforcement": {
        "title": (
            "Indicateurs axés sur les résultats pour l'application des lois de l'environnement"
        ),
        "subtitle": "Mesurer ce qui compte",
        "summary": (
            "Les organismes d'application de la loi mesurent souvent leur travail au nombre "
            "d'inspections et de sanctions. Ce rapport propose un ensemble d'indicateurs qui "
            "rendent également compte des résultats, comme les taux de conformité des "
            "installations réglementées, les récidives et les améliorations mesurables de l'état "
            "de l'environnement. Il décrit la mise à l'essai de ces indicateurs dans des "
            "programmes portant sur la qualité de l'air, les déchets dangereux et les espèces "
            "sauvages dans les trois pays, et traite des besoins en données et de la façon dont "
            "les résultats peuvent être communiqués au public."
        ),
        "image_alt": (
            "Illustration de couverture de Indicateurs axés sur les résultats pour l'application "
            "des lois de l'environnement"
        ),
    },
    "Green Freight in North America": {
        "title": "Le transport écologique des marchandises en Amérique du Nord",
        "subtitle": "Émissions, technologies et harmonisation des programmes",
        "summary": (
            "Ce rapport estime les émissions de gaz à effet de serre et de polluants "
            "atmosphériques des camions, des trains et des navires qui transportent des "
            "marchandises le long des grands corridors commerciaux nord-américains. Il passe en "
            "revue des technologies et des pratiques éprouvées d'économie de carburant, comme les "
            "dispositifs aérodynamiques, les pneus à faible résistance au roulement, la réduction "
            "de la marche au ralenti et la formation des conducteurs, et compare les programmes "
            "volontaires de transport écologique des trois pays. Il recommande des moyens "
            "d'harmoniser ces programmes afin que les transporteurs actifs de part et d'autre des "
            "frontières puissent y participer plus facilement."
        ),
        "image_alt": (
            "Illustration de couverture de Le transport écologique des marchandises en Amérique du "
            "Nord"
        ),
    },
    "Climate Change Indicators for North America": {
        "title": "Indicateurs des changements climatiques pour l'Amérique du Nord",
        "subtitle": "Tendances sur un continent en mutation",
        "summary": (
            "Ce rapport présente un ensemble d'indicateurs qui décrivent les changements "
            "climatiques et leurs effets en Amérique du Nord à partir de données comparables des "
            "trois pays. Les indicateurs portent sur les émissions de gaz à effet de serre, la "
            "température et les précipitations, la glace de mer et la couverture de neige, le "
            "niveau de la mer, les effets de la chaleur sur la santé et le calendrier des "
            "phénomènes saisonniers comme la floraison printanière. Chaque indicateur est "
            "accompagné d'une brève explication de ce qu'il montre, de ses sources de données et "
            "de ses limites, ainsi que de liens vers la plateforme en ligne interactive."
        ),
        "image_alt": (
            "Illustration de couverture de Indicateurs des changements climatiques pour l'Amérique "
            "du Nord"
        ),
    },
    "Air Quality Forecasting and Public Alerts in North America": {
        "title": "Prévision de la qualité de l'air et alertes au public en Amérique du Nord",
        "subtitle": "",
        "summary": (
            "Ce rapport examine comment la qualité de l'air est prévue et communiquée au public au "
            "Canada, au Mexique et aux États-Unis. Il compare les indices nationaux de la qualité "
            "de l'air, les messages sanitaires associés à chaque catégorie et les moyens utilisés "
            "pour joindre la population, des sites Web et applications mobiles à la radio. Il rend "
            "également compte de la formation offerte aux prévisionnistes de villes mexicaines et "
            "des nouvelles ententes d'échange de données pour les stations de surveillance des "
            "régions frontalières."
        ),
        "image_alt": (
            "Illustration de couverture de Prévision de la qualité de l'air et alertes au public "
            "en Amérique du Nord"
        ),
    },
    "Transboundary Movements of Spent Lead-Acid Batteries in North America": {
        "title": "Mouvements transfrontaliers d'accumulateurs au plomb usagés en Amérique du Nord",
        "subtitle": "",
        "summary": (
            "Chaque année, un grand nombre d'accumulateurs au plomb usagés provenant d'automobiles "
            "et de camions franchissent les frontières nord-américaines pour être recyclés. Ce "
            "rapport analyse les données commerciales sur ces envois, compare les normes en "
            "matière d'environnement et de santé au travail qui s'appliquent aux installations de "
            "recyclage des trois pays et examine les données sur l'exposition au plomb à proximité "
            "de certaines installations. Il recommande des mesures pour améliorer le suivi des "
            "envois et garantir que les accumulateurs sont recyclés de façon écologiquement "
            "rationnelle, quelle que soit leur destination."
        ),
        "image_alt": (
            "Illustration de couverture de Mouvements transfrontaliers d'accumulateurs au plomb "
            "usagés en Amérique du Nord"
        ),
    },
    "Land Cover Change in North America, 2010–2020": {
        "title": "Évolution de la couverture terrestre en Amérique du Nord, 2010-2020",
        "subtitle": "",
        "summary": (
            "À partir d'images satellitaires classées de la même façon dans les trois pays, ce "
            "rapport décrit l'évolution de la couverture terrestre de l'Amérique du Nord entre "
            "2010 et 2020. Il montre où les forêts, les prairies, les milieux humides, les terres "
            "cultivées et les zones urbaines se sont étendus ou ont régressé, et met en évidence "
            "les régions de changement rapide, comme les zones touchées par les feux de forêt et "
            "l'expansion urbaine. Les cartes sous-jacentes peuvent être téléchargées à partir de "
            "l'Atlas environnemental de l'Amérique du Nord."
        ),
        "image_alt": (
            "Illustration de couverture de Évolution de la couverture terrestre en Amérique du "
            "Nord, 2010-2020"
        ),
    },
    "North American Grassland Priority Conservation Areas": {
        "title": "Aires de conservation prioritaires des prairies nord-américaines",
        "subtitle": "Rapport technique",
        "summary": (
            "Ce rapport technique désigne des aires prioritaires pour la conservation des prairies "
            "des Grandes Plaines et du désert de Chihuahua, qui s'étendent des Prairies "
            "canadiennes au nord du Mexique. Des spécialistes des trois pays ont combiné des "
            "données sur l'état des prairies, les populations d'oiseaux, les menaces et les aires "
            "protégées existantes afin de choisir les sites où les efforts de conservation "
            "auraient le plus d'effet. Le rapport décrit chaque aire et propose des mesures de "
            "conservation associant les éleveurs, les collectivités autochtones et les "
            "gouvernements."
        ),
        "image_alt": (
            "Illustration de couverture de Aires de conservation prioritaires des prairies "
            "nord-américaines"
        ),
    },
    "Marine Protected Areas and Climate Change": {
        "title": "Les aires marines protégées et les changements climatiques",
        "subtitle": "Guide d'évaluation rapide de la vulnérabilité",
        "summary": (
            "Les gestionnaires d'aires marines protégées ont besoin de moyens pratiques pour "
            "comprendre comment le réchauffement des eaux, l'acidification des océans et "
            "l'élévation du niveau de la mer pourraient toucher leurs sites. Ce guide décrit une "
            "méthode d'évaluation rapide qui s'appuie sur l'information existante et sur les "
            "connaissances d'experts pour évaluer la vulnérabilité des habitats et des espèces, et "
            "pour cerner des options d'adaptation. Mise à l'essai dans des sites de la côte du "
            "Pacifique, de la Basse-Californie à l'Alaska, elle peut être réalisée en quelques "
            "ateliers."
        ),
        "image_alt": (
            "Illustration de couverture de Les aires marines protégées et les changements "
            "climatiques"
        ),
    },
    "Sound Management of Chemicals in North America": {
        "title": "La gestion rationnelle des produits chimiques en Amérique du Nord",
        "subtitle": "Vingt ans de coopération trinationale",
        "summary": (
            "Depuis le milieu des années 1990, le Canada, le Mexique et les États-Unis collaborent "
            "pour réduire les risques posés par des produits chimiques persistants et toxiques "
            "comme les BPC, le DDT, le chlordane, le lindane, le mercure et les dioxines. Ce "
            "rapport passe en revue les résultats de cette coopération, notamment les éliminations "
            "progressives, la réduction des émissions et le renforcement de la surveillance des "
            "produits chimiques dans l'environnement et chez les humains. Il décrit les leçons "
            "tirées des plans d'action régionaux et examine les priorités des travaux futurs."
        ),
        "image_alt": (
            "Illustration de couverture de La gestion rationnelle des produits chimiques en "
            "Amérique du Nord"
        ),
    },
    "Lindane in North America": {
        "title": "Le lindane en Amérique du Nord",
        "subtitle": "Leçons d'une élimination progressive à l'échelle régionale",
        "summary": (
            "Le lindane, un pesticide autrefois largement utilisé sur les semences et le bétail "
            "ainsi que dans certains traitements médicaux, persiste dans l'environnement et peut "
            "nuire à la santé humaine. Ce rapport raconte comment les trois pays ont coopéré pour "
            "éliminer progressivement ses utilisations agricoles et pharmaceutiques, notamment en "
            "aidant le Mexique à trouver des solutions de rechange. Il résume les résultats "
            "obtenus, le rôle de la participation du public et les leçons que cette expérience "
            "offre pour la gestion d'autres produits chimiques dangereux."
        ),
        "image_alt": "Illustration de couverture de Le lindane en Amérique du Nord",
    },
    "Youth Innovation Challenge 2023": {
        "title": "Défi d'innovation jeunesse 2023",
        "subtitle": "Projets des finalistes",
        "summary": (
            "Ce rapport présente les projets des finalistes du Défi d'innovation jeunesse 2023, "
            "choisis parmi plus de 300 propositions soumises par des jeunes du Canada, du Mexique "
            "et des États-Unis. Les projets vont des programmes de compostage et des "
            "cafés-réparation aux applications qui permettent aux résidents de signaler les dépôts "
            "sauvages de déchets. Pour chaque équipe, le rapport décrit le problème abordé, la "
            "solution proposée, les progrès accomplis pendant le programme de mentorat et les "
            "prochaines étapes prévues."
        ),
        "image_alt": "Illustration de couverture de Défi d'innovation jeunesse 2023",
    },
    "Repair, Reuse and Refurbishment of Electronics in North America": {
        "title": (
            "Réparation, réutilisation et remise à neuf des appareils électroniques en Amérique du "
            "Nord"
        ),
        "subtitle": "",
        "summary": (
            "Prolonger la durée de vie des ordinateurs, des téléphones et des autres appareils est "
            "l'un des moyens les plus efficaces de réduire l'empreinte environnementale de "
            "l'électronique. Ce rapport examine le secteur de la réparation et de la remise à neuf "
            "au Canada, au Mexique et aux États-Unis, notamment sa taille, les emplois qu'il "
            "procure et les obstacles auxquels il se heurte, comme l'accès aux pièces de rechange, "
            "les verrous logiciels et la confiance des consommateurs. Il présente des exemples de "
            "modèles d'affaires fructueux ainsi que des options permettant aux gouvernements et "
            "aux fabricants de favoriser une plus longue durée de vie des produits."
        ),
        "image_alt": (
            "Illustration de couverture de Réparation, réutilisation et remise à neuf des "
            "appareils électroniques en Amérique du Nord"
        ),
    },
    "Community Action for the Environment": {
        "title": "L'action communautaire pour l'environnement",
        "subtitle": "Résultats des subventions du PNAACE",
        "summary": (
            "Ce rapport revient sur les projets financés par le Partenariat nord-américain pour "
            "l'action communautaire en environnement. Il résume les réalisations des "
            "bénéficiaires, de la restauration de milieux humides et des jardins communautaires "
            "aux programmes d'économie d'énergie et à une production de briques plus propre, ainsi "
            "que la façon dont les projets ont mobilisé les résidents. À partir d'enquêtes et "
            "d'entrevues menées auprès des bénéficiaires, il examine également les facteurs de "
            "réussite des projets et les leçons utiles aux futurs programmes de subventions "
            "communautaires."
        ),
        "image_alt": "Illustration de couverture de L'action communautaire pour l'environnement",
    },
    "Building Climate Resilience in Underserved Communities": {
        "title": "Renforcer la résilience climatique des collectivités mal desservies",
        "subtitle": "Résultats du premier cycle de subventions EJ4Climate",
        "summary": (
            "Ce rapport décrit les projets communautaires soutenus lors du premier cycle de "
            "subventions EJ4Climate et les résultats obtenus. Les projets portaient notamment sur "
            "le rafraîchissement et l'ombrage dans des quartiers urbains, la préparation aux "
            "inondations dans des collectivités côtières, des systèmes alimentaires traditionnels "
            "adaptés à la sécheresse et des plans d'urgence élaborés avec des collectivités "
            "autochtones. Le rapport résume aussi les commentaires des bénéficiaires sur le "
            "processus de demande et le soutien reçu, et explique comment le programme a été "
            "ajusté en conséquence."
        ),
        "image_alt": (
            "Illustration de couverture de Renforcer la résilience climatique des collectivités "
            "mal desservies"
        ),
    },
    "Pollinator Conservation in Agricultural Landscapes": {
        "title": "Conservation des pollinisateurs dans les paysages agricoles",
        "subtitle": "Pratiques et incitatifs à l'intention des agriculteurs",
        "summary": (
            "Les abeilles, les papillons diurnes et nocturnes et les autres pollinisateurs sont "
            "essentiels à de nombreuses cultures et plantes sauvages, mais beaucoup d'espèces sont "
            "en déclin. Ce rapport passe en revue les pratiques que les agriculteurs et les "
            "gestionnaires de terres des trois pays peuvent adopter pour soutenir les "
            "pollinisateurs en milieu agricole, comme les haies, les cultures de couverture "
            "fleuries et la réduction de l'exposition aux pesticides. Il résume les données "
            "probantes sur leurs avantages pour les rendements agricoles et la biodiversité, et "
            "décrit les programmes incitatifs qui aident les agriculteurs à les adopter."
        ),
        "image_alt": (
            "Illustration de couverture de Conservation des pollinisateurs dans les paysages "
            "agricoles"
        ),
    },
    "Greenhouse Gas Emissions in North America, 1990–2023": {
        "title": "Émissions de gaz à effet de serre en Amérique du Nord, 1990-2023",
        "subtitle": "",
        "summary": (
            "Ce rapport rassemble les inventaires officiels des gaz à effet de serre du Canada, du "
            "Mexique et des États-Unis afin de présenter un portrait régional des émissions de "
            "1990 à 2023. Il montre les tendances par gaz et par secteur, notamment l'énergie, les "
            "transports, l'industrie, l'agriculture, les déchets et l'utilisation des terres, et "
            "explique les différences de méthodes entre les inventaires nationaux. Le rapport "
            "indique où les émissions ont diminué, où elles continuent d'augmenter et quelles "
            "lacunes subsistent dans les données."
        ),
        "image_alt": (
            "Illustration de couverture de Émissions de gaz à effet de serre en Amérique du Nord, "
            "1990-2023"
        ),
    },
    "CEC Annual Report 2023": {
        "title": "Rapport annuel 2023 de la CCE",
        "subtitle": "",
        "summary": (
            "Le Rapport annuel 2023 donne un aperçu des activités et des résultats de la CCE au "
            "cours de l'année. Il fait état de l'avancement des projets de coopération, des "
            "subventions accordées aux collectivités, des nouvelles publications et couches "
            "cartographiques, de l'état des communications sur les questions d'application et des "
            "travaux du Comité consultatif public mixte. Il présente également les faits saillants "
            "de la session annuelle du Conseil et du Défi d'innovation jeunesse, ainsi qu'un "
            "résumé des états financiers de l'organisation."
        ),
        "image_alt": "Illustration de couverture de Rapport annuel 2023 de la CCE",
    },
    "Energy Efficiency in Residential Buildings": {
        "title": "L'efficacité énergétique des bâtiments résidentiels",
        "subtitle": "Comparaison nord-américaine",
        "summary": (
            "Les habitations représentent une part importante de la consommation d'énergie et des "
            "émissions de gaz à effet de serre en Amérique du Nord. Ce rapport compare les codes "
            "énergétiques du bâtiment, les normes applicables aux appareils, les programmes "
            "d'étiquetage et les incitatifs financiers en matière d'efficacité énergétique dans le "
            "secteur résidentiel au Canada, au Mexique et aux États-Unis. Il estime les économies "
            "d'énergie que permettraient des codes plus rigoureux et un meilleur respect de "
            "ceux-ci, et cerne des possibilités pour les trois pays de mettre en commun des outils "
            "et d'harmoniser leurs méthodes d'essai."
        ),
        "image_alt": (
            "Illustration de couverture de L'efficacité énergétique des bâtiments résidentiels"
        ),
    },
    "Greening Public Procurement in North America": {
        "title": "L'écologisation des marchés publics en Amérique du Nord",
        "subtitle": "",
        "summary": (
            "Les administrations publiques nord-américaines achètent des biens et des services qui "
            "représentent une part importante de l'économie. Ce rapport compare les politiques "
            "d'approvisionnement écologique du Canada, du Mexique et des États-Unis, et présente "
            "des critères environnementaux que les acheteurs publics peuvent appliquer à des "
            "catégories prioritaires comme le matériel de bureau, les produits de nettoyage, les "
            "véhicules et le mobilier. Il rend également compte de discussions avec des "
            "fournisseurs sur la façon dont des critères cohérents d'une administration à l'autre "
            "pourraient encourager l'investissement dans des produits plus écologiques."
        ),
        "image_alt": (
            "Illustration de couverture de L'écologisation des marchés publics en Amérique du Nord"
        ),
    },
    "Aquatic Invasive Species Risk Screening": {
        "title": "Présélection des risques liés aux espèces aquatiques envahissantes",
        "subtitle": "Résultats trinationaux pour les espèces faisant l'objet de commerce",
        "summary": (
            "Ce rapport présente les résultats de la présélection des risques pour des espèces "
            "aquatiques couramment vendues en Amérique du Nord dans le commerce des animaux "
            "d'aquarium, des plantes de jardin aquatique et des appâts vivants. Au moyen d'un "
            "outil de présélection commun, des spécialistes des trois pays ont évalué la "
            "probabilité que chaque espèce s'établisse et cause des dommages dans différentes "
            "régions. Le rapport dresse la liste des espèces jugées à risque élevé, traite des "
            "incertitudes et indique comment les résultats peuvent éclairer les règles "
            "d'importation et les inspections."
        ),
        "image_alt": (
            "Illustration de couverture de Présélection des risques liés aux espèces aquatiques "
            "envahissantes"
        ),
    },
    "Shorebird Stopover Sites of the Pacific and Central Flyways": {
        "title": (
            "Haltes migratoires des oiseaux de rivage des voies migratoires du Pacifique et du "
            "Centre"
        ),
        "subtitle": "",
        "summary": (
            "Ce rapport décrit l'état de plus de 40 milieux humides, plages et vasières "
            "qu'utilisent les oiseaux de rivage migrateurs le long des voies migratoires du "
            "Pacifique et du Centre. Pour chaque site, il résume les dénombrements d'oiseaux, "
            "l'état de l'habitat, les menaces et la gestion actuelle. Il rend compte des mesures "
            "de restauration et de réduction du dérangement entreprises dans les sites pilotes, et "
            "fixe des priorités de conservation pour chaque voie migratoire afin que les "
            "gestionnaires des trois pays puissent coordonner leurs efforts."
        ),
        "image_alt": (
            "Illustration de couverture de Haltes migratoires des oiseaux de rivage des voies "
            "migratoires du Pacifique et du Centre"
        ),
    },
}

IMPACT_STORIES = {
    "Two Decades of Public Data on Industrial Pollution": {
        "title": "Deux décennies de données publiques sur la pollution industrielle",
        "summary": (
            "Dans le cadre de l'initiative À l'heure des comptes, les trois pays ont comparé et "
            "publié des données sur les polluants rejetés par l'industrie. Ces travaux ont aidé le "
            "Mexique à instaurer la déclaration obligatoire par les installations et ont rapproché "
            "les trois registres nationaux, offrant aux collectivités un point d'accès unique pour "
            "savoir ce qui est rejeté près de chez elles."
        ),
        "outcome": (
            "Lorsque la coopération de la CCE sur les registres des rejets et des transferts de "
            "polluants a commencé, à la fin des années 1990, seuls le Canada et les États-Unis "
            "exigeaient des installations qu'elles fassent des déclarations publiques. Le soutien "
            "technique de la CCE et le dialogue trinational ont aidé le Mexique à rendre "
            "obligatoire, en 2004, la déclaration à son Registro de Emisiones y Transferencia de "
            "Contaminantes, puis à élargir la liste des substances visées. Un projet sur la "
            "comparabilité mené en 2017-2018 a amené les trois gouvernements à harmoniser les "
            "codes industriels et à adopter une déclaration commune pour plusieurs substances "
            "prioritaires. Aujourd'hui, l'outil en ligne À l'heure des comptes permet à quiconque "
            "de consulter les données de plus de 20 000 installations des trois pays, et "
            "l'ensemble de données intégré sert aux chercheurs, aux journalistes et aux groupes "
            "communautaires pour suivre les tendances et les transferts transfrontaliers de "
            "déchets."
        ),
        "key_figures": [
            ("20 000+", "installations déclarantes en Amérique du Nord"),
            ("3", "registres nationaux rendus plus comparables"),
            ("2004", "année où le Mexique a rendu la déclaration obligatoire"),
        ],
    },
    "Phasing Out DDT and Lindane in Mexico": {
        "title": "L'élimination progressive du DDT et du lindane au Mexique",
        "summary": (
            "Dans le cadre des plans d'action régionaux nord-américains sur les substances "
            "chimiques persistantes, le Mexique a cessé d'utiliser le DDT pour lutter contre le "
            "paludisme et a éliminé progressivement les utilisations agricoles et pharmaceutiques "
            "du lindane, avec le soutien technique et financier de ses deux partenaires et de la "
            "CCE."
        ),
        "outcome": (
            "Les plans d'action régionaux nord-américains adoptés par le Conseil de la CCE ont "
            "fixé des objectifs communs de réduction des substances chimiques persistantes et "
            "toxiques. Pour ce qui est du DDT, le Mexique a remplacé les pulvérisations contre le "
            "paludisme par une approche intégrée combinant le nettoyage, par les collectivités, "
            "des gîtes larvaires des moustiques, des traitements ciblés et une meilleure "
            "surveillance, et il a cessé d'utiliser le DDT en 2000 sans que les cas de paludisme "
            "augmentent. Quant au lindane, un plan trinational a mené à l'annulation de ses "
            "homologations agricoles et de ses utilisations pharmaceutiques au Mexique, ce qui a "
            "aligné la réglementation mexicaine sur celle du Canada et des États-Unis. La "
            "surveillance des substances chimiques dans l'environnement et dans des échantillons "
            "sanguins, soutenue par la CCE, a permis de constater une baisse des concentrations "
            "dans les collectivités participantes. Ces résultats ont par la suite éclairé "
            "l'inscription du lindane à la Convention de Stockholm."
        ),
        "key_figures": [
            ("2000", "année où le Mexique a cessé d'utiliser le DDT contre le paludisme"),
            ("1997", "année d'adoption du plan d'action régional sur le DDT"),
        ],
    },
    "Electronic Tracking of Hazardous Waste across Borders": {
        "title": "Le suivi électronique des déchets dangereux par-delà les frontières",
        "summary": (
            "Les trois pays ont remplacé les avis sur papier relatifs aux envois de déchets "
            "dangereux par un échange électronique de données, ce qui accélère l'approbation des "
            "envois légaux et facilite le repérage des envois illégaux. De nouvelles lignes "
            "directrices ont en outre relevé les attentes en matière de recyclage des "
            "accumulateurs au plomb usagés."
        ),
        "outcome": (
            "Chaque envoi de déchets dangereux entre les trois pays exige un avis du pays "
            "d'exportation et le consentement du pays d'importation. Jusqu'à récemment, ces "
            "documents étaient échangés par télécopieur et par la poste, et leur rapprochement "
            "avec les dossiers douaniers prenait des semaines. Avec le soutien de la CCE, les "
            "autorités environnementales du Canada, du Mexique et des États-Unis ont mis en place "
            "et interconnecté des systèmes électroniques d'avis et de consentement, de sorte que "
            "les approbations circulent désormais entre les organismes en temps quasi réel. Les "
            "agents des douanes et de l'environnement ont reçu une formation conjointe sur la "
            "vérification des envois à la frontière. Parallèlement, la CCE a publié des lignes "
            "directrices techniques sur le recyclage écologiquement rationnel des accumulateurs au "
            "plomb usagés, dont les organismes de réglementation se sont servis pour examiner les "
            "permis et inspecter les installations qui reçoivent des accumulateurs de l'étranger."
        ),
        "key_figures": [
            ("De semaines à jours", "délai de traitement d'un avis d'envoi"),
            ("3", "systèmes nationaux désormais reliés électroniquement"),
        ],
    },
    "A Continental Plan for the Monarch Butterfly": {
        "title": "Un plan continental pour le papillon monarque",
        "summary": (
            "Le monarque est le seul papillon dont la migration relie les trois pays. Un plan "
            "nord-américain de conservation élaboré par l'intermédiaire de la CCE a établi des "
            "priorités communes pour protéger ses habitats de reproduction, de migration et "
            "d'hivernage, et pour surveiller la population de façon cohérente."
        ),
        "outcome": (
            "Le Plan nord-américain de conservation du monarque, préparé pour la première fois par "
            "l'intermédiaire de la CCE en 2008, a donné aux gouvernements, aux scientifiques et à "
            "la société civile un programme commun pour l'espèce. Il a été suivi de travaux "
            "coordonnés sur l'habitat, la surveillance et la sensibilisation. De 2019 à 2021, des "
            "partenaires ont restauré ou amélioré des habitats d'asclépiade et de plantes "
            "nectarifères en bordure des routes, dans les corridors de services publics et sur des "
            "fermes au Canada et aux États-Unis, tandis que se poursuivaient les efforts de "
            "reboisement et de protection dans les forêts d'hivernage de la Réserve de biosphère "
            "du papillon monarque, au Mexique. Un protocole de surveillance harmonisé permet "
            "désormais aux trois pays de communiquer leurs résultats de la même façon, et un "
            "rapport d'étape trinational mesure les gains d'habitat par rapport à des cibles "
            "communes."
        ),
        "key_figures": [
            ("4 500 km", "de migration reliant le Canada, les États-Unis et le Mexique"),
            ("1", "protocole de surveillance harmonisé"),
        ],
    },
    "A Network of Marine Protected Areas from Baja California to the Bering Sea": {
        "title": "Un réseau d'aires marines protégées de la Basse-Californie à la mer de Béring",
        "summary": (
            "Des gestionnaires d'aires marines protégées de la côte du Pacifique des trois pays "
            "ont formé un réseau pour mettre en commun des connaissances scientifiques et des "
            "outils de gestion. Ensemble, ils ont désigné des aires de conservation prioritaires "
            "et mis à l'essai une méthode rapide d'évaluation de la vulnérabilité de leurs sites "
            "aux changements climatiques."
        ),
        "outcome": (
            "À partir de 2004, la CCE a réuni les organismes responsables des aires marines "
            "protégées de la côte pacifique de l'Amérique du Nord, du golfe de Californie à "
            "l'Alaska. Des spécialistes des trois pays ont cartographié les écorégions marines et "
            "désigné des aires de conservation prioritaires chevauchant les frontières nationales, "
            "sur lesquelles les organismes se sont appuyés pour planifier de nouvelles aires "
            "protégées et des mesures de gestion. Le réseau a ensuite mis au point une méthode "
            "d'évaluation rapide de la vulnérabilité que les gestionnaires peuvent réaliser en "
            "quelques ateliers à partir de l'information existante. Des évaluations pilotes menées "
            "dans des sites du Mexique, des États-Unis et du Canada ont débouché sur des mesures "
            "d'adaptation, comme l'ajustement de la surveillance des forêts de varech et la "
            "protection de refuges climatiques, et la méthode a depuis été diffusée auprès de "
            "gestionnaires d'autres côtes."
        ),
        "key_figures": [
            ("28", "aires de conservation prioritaires désignées"),
            ("8", "sites ayant mis à l'essai l'évaluation de la vulnérabilité"),
        ],
    },
    "Priority Areas for North America's Grasslands": {
        "title": "Des aires prioritaires pour les prairies de l'Amérique du Nord",
        "summary": (
            "Les oiseaux de prairie déclinent plus rapidement que presque tout autre groupe "
            "d'oiseaux du continent. Par l'intermédiaire de la CCE, des spécialistes des trois "
            "pays ont désigné des aires prioritaires pour la conservation des prairies et ont "
            "travaillé avec des éleveurs à des pratiques qui maintiennent les prairies en santé et "
            "productives."
        ),
        "outcome": (
            "La CCE a réuni des biologistes, des gestionnaires de parcours et des organismes de "
            "conservation pour désigner des aires de conservation prioritaires des prairies dans "
            "les Grandes Plaines et le désert de Chihuahua. La carte qui en a résulté était la "
            "première à traiter ces prairies comme un seul et même système, des Prairies "
            "canadiennes au nord du Mexique. Elle a orienté les investissements des organismes et "
            "de leurs partenaires dans la conservation des prairies, et plusieurs aires "
            "prioritaires du Chihuahua et du Coahuila ont fait l'objet d'ententes avec des "
            "éleveurs visant à améliorer la gestion du pâturage et à rétablir les graminées "
            "indigènes. La surveillance des oiseaux de prairie en hivernage au Mexique, coordonnée "
            "avec les relevés de nidification au Canada et aux États-Unis, a permis aux "
            "gestionnaires de mieux voir où les populations sont le plus menacées."
        ),
        "key_figures": [
            ("70+", "aires de conservation prioritaires des prairies cartographiées"),
            ("3", "pays partageant un plan de surveillance des oiseaux de prairie"),
        ],
    },
    "Small Grants, Local Results: The NAPECA Program": {
        "title": "Petites subventions, résultats locaux : le programme PNAACE",
        "summary": (
            "Le Partenariat nord-américain pour l'action communautaire en environnement a financé "
            "des organismes locaux pour qu'ils s'attaquent aux problèmes environnementaux de leurs "
            "propres collectivités. Les bénéficiaires ont restauré des habitats, réduit la "
            "consommation d'énergie et diminué la pollution, et ont fait part de leur expérience à "
            "leurs pairs des trois pays."
        ),
        "outcome": (
            "Au fil des cycles de subventions successifs, le PNAACE a soutenu des groupes "
            "communautaires, des organisations autochtones, des coopératives et des organismes "
            "sans but lucratif au moyen de subventions pouvant atteindre 100 000 $ US. Les projets "
            "ont notamment consisté à restaurer des milieux humides et des cours d'eau urbains, à "
            "former des briquetiers à des technologies de fours plus propres, à aider de petites "
            "entreprises à économiser l'énergie et à enseigner aux agriculteurs comment réduire "
            "leur utilisation de pesticides. Les bénéficiaires ont indiqué que le financement les "
            "avait souvent aidés à obtenir d'autres appuis d'administrations locales et de "
            "fondations. Une évaluation a révélé que la plupart des projets se sont poursuivis "
            "après la fin de la subvention, et que les échanges entre bénéficiaires de différents "
            "pays ont donné naissance à de nouveaux partenariats. Les leçons tirées du PNAACE ont "
            "par la suite façonné la conception du programme de subventions EJ4Climate de la CCE."
        ),
        "key_figures": [
            ("60+", "projets communautaires financés"),
            ("100 000 $ US", "subvention maximale par projet"),
        ],
    },
    "EJ4Climate: Grants for Climate-resilient Communities": {
        "title": "EJ4Climate : des subventions pour des collectivités résilientes face au climat",
        "summary": (
            "Le programme EJ4Climate finance des organismes communautaires qui travaillent avec "
            "des collectivités mal desservies et autochtones pour les préparer aux impacts "
            "climatiques. Les subventions ont servi à des mesures de rafraîchissement et "
            "d'ombrage, à la préparation aux inondations, à des systèmes alimentaires résistants à "
            "la sécheresse et à des plans d'urgence conçus par les collectivités elles-mêmes."
        ),
        "outcome": (
            "Depuis son premier appel, en 2022, EJ4Climate a financé des projets menés par des "
            "organismes communautaires et autochtones dans les trois pays. Au cours du premier "
            "cycle, les bénéficiaires ont planté des arbres et installé des structures d'ombrage "
            "dans des quartiers urbains très exposés à la chaleur, préparé des plans d'évacuation "
            "en cas d'inondation dans des collectivités côtières, restauré des systèmes "
            "traditionnels de récupération de l'eau et formé des résidents comme promoteurs de la "
            "résilience climatique. Les projets ont été choisis en portant une attention "
            "particulière aux collectivités qui reçoivent rarement du financement fédéral. À la "
            "lumière des commentaires des bénéficiaires, la CCE a simplifié les formulaires de "
            "demande, accepté des propositions en langues autochtones avec un soutien à la "
            "traduction et ajouté une série facultative de webinaires pour les demandeurs, ce qui "
            "a accru le nombre de nouveaux demandeurs lors des cycles suivants."
        ),
        "key_figures": [
            ("30+", "projets communautaires financés"),
            ("3", "langues pour les appels et les demandes"),
        ],
    },
    "Communities Keeping Litter out of Rivers and Seas": {
        "title": "Des collectivités qui empêchent les déchets d'atteindre les rivières et les mers",
        "summary": (
            "Après que des évaluations pilotes eurent montré où les déchets pénètrent dans les "
            "cours d'eau, la CCE a financé des organismes communautaires, dont beaucoup situés "
            "dans des endroits où les services de gestion des déchets sont limités, pour qu'ils "
            "mettent à l'essai leurs propres mesures de prévention. Leur expérience a ensuite été "
            "transformée en un guide pratique à l'intention d'autres collectivités et des "
            "administrations locales."
        ),
        "outcome": (
            "Les évaluations de bassins versants pilotes menées de 2017 à 2019 ont révélé que les "
            "emballages alimentaires, les bouteilles et les sacs de plastique étaient les objets "
            "les plus courants, et que la plupart des déchets pénétraient dans les cours d'eau "
            "près de dépotoirs sauvages et d'égouts pluviaux. Forte de ces constats, la CCE a "
            "accordé de petites subventions à des organismes communautaires des trois pays, "
            "notamment dans des collectivités autochtones et à faible revenu où les services de "
            "gestion des déchets sont limités. Les bénéficiaires ont installé des pièges à déchets "
            "dans des cours d'eau urbains, aménagé des points de collecte dans des zones sans "
            "collecte régulière, mené des campagnes dans les écoles et les marchés et formé des "
            "bénévoles à l'utilisation d'un protocole de surveillance commun. Plusieurs "
            "municipalités ont intégré ces mesures à leurs propres plans de gestion des déchets, "
            "et les leçons tirées ont été publiées dans un guide à l'intention des organismes "
            "locaux."
        ),
        "key_figures": [
            ("12", "projets communautaires soutenus"),
            ("45 tonnes", "de déchets retirés des cours d'eau"),
        ],
    },
    "The North American Environmental Atlas": {
        "title": "L'Atlas environnemental de l'Amérique du Nord",
        "summary": (
            "L'Atlas environnemental de l'Amérique du Nord réunit des cartes continues du "
            "continent produites avec les organismes cartographiques nationaux. Ses couches sur "
            "les écorégions, la couverture terrestre, les aires protégées, les bassins versants et "
            "les rejets de polluants peuvent être consultées et téléchargées gratuitement."
        ),
        "outcome": (
            "Avant l'Atlas, quiconque voulait une carte continentale devait assembler des "
            "ensembles de données nationaux dont les échelles, les classifications et les "
            "projections différaient. En collaboration avec Ressources naturelles Canada, l'INEGI, "
            "la Conabio et la Commission géologique des États-Unis (USGS), la CCE a produit des "
            "couches harmonisées qui se raccordent d'un pays à l'autre, dont les écorégions "
            "terrestres de niveau III et des cartes de la couverture terrestre établies à partir "
            "d'images satellitaires. Chaque couche est accompagnée de métadonnées trilingues et "
            "peut être téléchargée pour être utilisée dans des systèmes d'information "
            "géographique. Les couches de l'Atlas servent aux organismes gouvernementaux pour la "
            "planification de la conservation, aux chercheurs qui étudient les tendances "
            "continentales et aux enseignants. Grâce aux mises à jour régulières de la couverture "
            "terrestre, il a été possible de mesurer les changements survenus entre 2010 et 2020."
        ),
        "key_figures": [
            ("50+", "couches cartographiques téléchargeables"),
            ("3", "langues pour les métadonnées de chaque couche"),
            ("2010-2020", "évolution de la couverture terrestre mesurée"),
        ],
    },
    "Putting Blue Carbon on the Map": {
        "title": "Le carbone bleu sur la carte",
        "summary": (
            "La CCE a produit la première carte cohérente des marais salés, des mangroves et des "
            "herbiers marins le long des côtes des trois pays, accompagnée d'estimations du "
            "carbone qu'ils stockent. Ces résultats ont contribué à l'intégration des milieux "
            "humides côtiers dans la planification climatique et la gestion des zones côtières."
        ),
        "outcome": (
            "Des scientifiques des trois pays ont compilé et harmonisé les cartes existantes, "
            "comblé les lacunes au moyen de nouveaux échantillonnages sur le terrain et synthétisé "
            "des mesures du carbone provenant de centaines de sites. Les couches cartographiques "
            "qui en ont résulté, publiées dans l'Atlas environnemental de l'Amérique du Nord, ont "
            "montré pour la première fois, dans un seul ensemble de données, l'étendue des "
            "habitats de carbone bleu en Amérique du Nord. Les estimations du carbone ont donné "
            "aux organismes nationaux une base pour prendre en compte les milieux humides côtiers "
            "dans les inventaires des gaz à effet de serre et les stratégies climatiques, et "
            "plusieurs processus de planification côtière ont utilisé les cartes pour repérer des "
            "possibilités de restauration. Les méthodes d'échantillonnage ont été adoptées par "
            "d'autres équipes qui travaillent sur les mangroves et les herbiers marins."
        ),
        "key_figures": [
            ("3", "types d'habitats de carbone bleu cartographiés"),
            ("400+", "sites dont les mesures du carbone ont été synthétisées"),
        ],
    },
    "Climate Information for the Whole Continent": {
        "title": "De l'information climatique pour tout le continent",
        "summary": (
            "Une plateforme en ligne interactive a réuni des indicateurs et des cartes climatiques "
            "des trois pays, permettant aux responsables des politiques, aux chercheurs, aux "
            "enseignants et au public de comparer les émissions, les impacts et les mesures "
            "d'adaptation à l'échelle de l'Amérique du Nord, en français, en anglais et en "
            "espagnol."
        ),
        "outcome": (
            "Les données climatiques du Canada, du Mexique et des États-Unis étaient publiées sur "
            "des sites Web distincts, avec des indicateurs et des unités différents. La CCE a "
            "travaillé avec les organismes nationaux pour choisir un ensemble d'indicateurs "
            "comparables portant sur les émissions, la température, les précipitations, la glace "
            "de mer, le niveau de la mer et les effets de la chaleur sur la santé, et pour les "
            "présenter sur une seule plateforme trilingue dotée de cartes et de graphiques "
            "interactifs. La plateforme renvoyait directement aux sources officielles des données, "
            "de sorte que les chiffres restaient cohérents avec les rapports nationaux. Des "
            "enseignants, des journalistes et des chercheurs s'en sont servis pour comparer les "
            "tendances d'un pays à l'autre, et l'ensemble d'indicateurs a éclairé les travaux "
            "ultérieurs de la CCE sur la chaleur extrême et sur le portrait régional des émissions "
            "de gaz à effet de serre."
        ),
        "key_figures": [
            ("20+", "indicateurs climatiques comparables"),
            ("3", "langues sur la plateforme"),
        ],
    },
    "Training the People Who Enforce Environmental Law": {
        "title": "Former les personnes chargées d'appliquer les lois de l'environnement",
        "summary": (
            "Des agents de la faune, des agents des douanes et des inspecteurs de l'environnement "
            "des trois pays ont suivi des formations communes, en personne et en ligne. Des guides "
            "d'identification et des réseaux de personnes-ressources partagés permettent désormais "
            "d'intercepter plus facilement les envois illégaux et de mener des inspections sûres "
            "et efficaces."
        ),
        "outcome": (
            "De 2019 à 2021, la CCE a organisé des formations à l'intention des agents des "
            "services frontaliers et de la faune sur l'identification des espèces protégées et le "
            "ciblage des envois à risque élevé, et a produit des guides sur les reptiles, les "
            "produits marins et les bois faisant souvent l'objet de trafic. Lorsque la pandémie de "
            "COVID-19 a interrompu la formation en personne, la CCE a travaillé avec les "
            "organismes d'application de la loi à la création de cours en ligne trilingues sur la "
            "planification des inspections, la collecte de preuves et la sécurité sur le terrain. "
            "Les agents ayant suivi les cours ont indiqué utiliser le matériel dans leur travail "
            "quotidien, et des organismes ont ajouté des modules à leurs propres programmes "
            "d'accueil. Le réseau de personnes-ressources établi entre les organismes a servi à "
            "coordonner les interventions relatives à des envois suspects à plusieurs points "
            "d'entrée."
        ),
        "key_figures": [
            ("1 500+", "fonctionnaires formés en ligne et en personne"),
            ("6", "modules de cours en ligne en trois langues"),
        ],
    },
    "Energy Management in North American Factories": {
        "title": "La gestion de l'énergie dans les usines nord-américaines",
        "summary": (
            "Des installations industrielles des trois pays ont appris à gérer leur énergie de "
            "façon systématique au moyen de la norme ISO 50001. Les usines participantes ont "
            "réduit leur consommation d'énergie et leurs coûts, et un nouveau bassin de "
            "spécialistes formés aide d'autres entreprises à suivre leur exemple."
        ),
        "outcome": (
            "La CCE a travaillé avec les organismes responsables de l'énergie des trois pays pour "
            "former le personnel d'installations et des spécialistes indépendants aux systèmes de "
            "gestion de l'énergie fondés sur la norme ISO 50001. Des installations pilotes de "
            "secteurs comme la transformation alimentaire, les pièces automobiles et les produits "
            "chimiques ont constitué des équipes de l'énergie, installé des compteurs et pris des "
            "mesures peu coûteuses, comme la réparation des fuites d'air comprimé et l'ajustement "
            "des horaires de fonctionnement de l'équipement. Plusieurs installations ont obtenu la "
            "certification ISO 50001 pendant le projet. Leurs résultats, publiés sous forme "
            "d'études de cas, ont montré que les économies permettaient souvent de récupérer "
            "l'investissement en moins de deux ans. L'organisme mexicain chargé de l'efficacité "
            "énergétique a depuis intégré le matériel de formation à son programme national "
            "destiné à l'industrie."
        ),
        "key_figures": [
            ("8 %", "d'économies d'énergie en moyenne dans les installations pilotes"),
            ("120", "spécialistes de la gestion de l'énergie formés"),
        ],
    },
}

# The footer's legal pages, by the English page's slug (content.LEGAL_PAGES).
LEGAL_PAGES = {
    "privacy": {
        "title": "Avis de confidentialité",
        "slug": "confidentialite",
        "introduction": (
            "Ce que ce portail enregistre lorsque vous le consultez, téléchargez une publication "
            "ou vous connectez, et ce qu'il n'enregistre pas : ni publicité, ni mesure "
            "d'audience, ni témoins de suivi."
        ),
        "sections": [
            (
                "Qui est responsable",
                [
                    "Ce portail est publié par le Secrétariat de la Commission de coopération "
                    "environnementale (CCE), 700, rue de la Gauchetière Ouest, bureau 1620, "
                    "Montréal (Québec) H3B 5M2, Canada. Vos questions sur cet avis sont les "
                    'bienvenues à <a href="mailto:info@cec.org">info@cec.org</a>.',
                ],
            ),
            (
                "Lorsque vous lisez une page",
                [
                    "Comme tout serveur Web, le nôtre inscrit une ligne dans son journal pour "
                    "chaque requête :",
                    [
                        "la date et l'heure, et l'adresse de la page ou du fichier demandé;",
                        "la réponse donnée : son statut, sa taille et sa durée;",
                        "votre adresse Internet (IP) et l'identification que transmet votre "
                        "navigateur (son « agent utilisateur »).",
                    ],
                    "Ces journaux servent à faire fonctionner le portail, à en trouver les "
                    "pannes et à le protéger contre les abus. Ils ne servent pas à dresser le "
                    "profil des visiteurs et ne sont communiqués ni à des annonceurs ni à des "
                    "entreprises de mesure d'audience.",
                    "Les pages ne chargent rien depuis d'autres sites : ni scripts de tiers, ni "
                    "polices, ni vidéos, ni cartes, ni boutons de réseaux sociaux. Votre "
                    "navigateur ne communique avec aucun autre site pendant que vous lisez "
                    "celui-ci.",
                ],
            ),
            (
                "Lorsque vous téléchargez une publication",
                [
                    "Les téléchargements sont comptés pour établir le palmarès des 50 "
                    "publications les plus téléchargées, selon le code de pratique COUNTER "
                    "qu'utilisent les bibliothèques et les éditeurs : les robots et les scripts "
                    "ne sont pas comptés, et un second clic dans les 30 secondes ne compte "
                    "qu'une fois.",
                    "Pour reconnaître un téléchargement répété sans enregistrer qui vous êtes, "
                    "le portail conserve une empreinte à sens unique (un hachage à clé) de "
                    "votre adresse Internet et de l'identification de votre navigateur, ou de "
                    "votre session si vous en avez une (voir « Témoins » ci-dessous). Elle "
                    "n'est gardée que dans la mémoire à court terme du serveur : 30 secondes "
                    "pour la règle du double clic, et jusqu'à la fin de la journée pour le "
                    "décompte quotidien.",
                    "Un même réseau (une adresse Internet, ou le bloc d'adresses IPv6 d'un "
                    "foyer) ajoute au plus 10 téléchargements comptés d'une publication par "
                    "jour; les téléchargements suivants sont servis quand même, mais ne sont "
                    "pas comptés.",
                    "La base de données ne conserve que des nombres : combien de "
                    "téléchargements chaque version linguistique d'une publication a eus "
                    "chaque jour. Aucune adresse n'y est associée.",
                ],
            ),
            (
                "Témoins (cookies)",
                [
                    "La lecture du portail ne dépose aucun témoin : il n'y a ni témoins "
                    "publicitaires, ni témoins de mesure d'audience, ni témoins de suivi. La "
                    "langue de lecture vient de l'adresse de la page (/fr/ pour le français, "
                    "/es/ pour l'espagnol), et non d'un témoin.",
                    "Deux témoins ne sont déposés que si vous remplissez un formulaire de "
                    "connexion ou de mot de passe :",
                    [
                        "<b>sessionid</b> garde un rédacteur connecté à l'administration, ou "
                        "retient que vous avez donné le mot de passe d'une page protégée; il "
                        "prend fin lorsque vous vous déconnectez ou après deux semaines;",
                        "<b>csrftoken</b> protège le formulaire contre la falsification par un "
                        "autre site.",
                    ],
                    "Tous deux n'appartiennent qu'à ce site et ne sont transmis à personne "
                    "d'autre.",
                ],
            ),
            (
                "Comptes des rédacteurs",
                [
                    "Les personnes qui rédigent le portail ont un compte comprenant leur nom, "
                    "leur adresse courriel et leur mot de passe; celui-ci n'est conservé que "
                    "sous forme de hachage salé. Les tentatives de connexion échouées, et les "
                    "mauvais mots de passe donnés pour une page protégée, sont enregistrés avec "
                    "le nom d'utilisateur et l'adresse Internet afin de bloquer pendant 15 "
                    "minutes les essais répétés; une connexion réussie les efface. L'historique "
                    "de chaque page nomme les rédacteurs qui l'ont modifiée.",
                ],
            ),
            (
                "Vos questions",
                [
                    "Si vous nous écrivez, nous n'utilisons votre message et votre adresse "
                    "courriel que pour vous répondre. Pour savoir ce que le portail conserve "
                    "à votre sujet, ou pour le faire corriger ou supprimer, écrivez à "
                    '<a href="mailto:info@cec.org">info@cec.org</a>.',
                ],
            ),
        ],
    },
    "legal": {
        "title": "Mentions légales",
        "slug": "mentions-legales",
        "introduction": (
            "Qui publie ce portail, à qui appartient son contenu, comment réutiliser les "
            "publications de la CCE, et les limites de ce que nous pouvons garantir."
        ),
        "sections": [
            (
                "Éditeur",
                [
                    "Ce portail est publié par le Secrétariat de la Commission de coopération "
                    "environnementale (CCE), organisation intergouvernementale créée en 1994 "
                    "par le Canada, le Mexique et les États-Unis, qui exerce aujourd'hui ses "
                    "activités en vertu de l'Accord de coopération environnementale qui "
                    "accompagne l'Accord Canada–États-Unis–Mexique (ACEUM).",
                    "700, rue de la Gauchetière Ouest, bureau 1620, Montréal (Québec) H3B 5M2, "
                    "Canada · +1 514 350-4300 · "
                    '<a href="mailto:info@cec.org">info@cec.org</a>',
                ],
            ),
            (
                "Droit d'auteur",
                [
                    "Sauf indication contraire, les textes, publications, cartes, images et "
                    "données de ce portail sont © Commission de coopération environnementale. "
                    "Certains documents et images appartiennent à leurs auteurs ou à des "
                    "partenaires; le cas échéant, cela est indiqué à côté.",
                ],
            ),
            (
                "Réutilisation de nos publications",
                [
                    "Vous pouvez copier, imprimer et diffuser les publications de la CCE, en "
                    "tout ou en partie, à des fins d'enseignement, de recherche ou à d'autres "
                    "fins non commerciales, sans nous le demander au préalable, à condition :",
                    [
                        "d'en citer la source : la page de chaque publication en donne la "
                        "référence, prête à copier ou à télécharger pour un logiciel de "
                        "gestion bibliographique;",
                        "de ne pas dénaturer ce que vous citez ni le présenter comme une "
                        "position officielle de la CCE ou de ses pays membres;",
                        "de renvoyer à la page de la publication plutôt que d'en héberger des "
                        "copies modifiées.",
                    ],
                    "Toute réutilisation commerciale, ou de contenus attribués à des tiers, "
                    "exige l'autorisation écrite du Secrétariat de la CCE : "
                    '<a href="mailto:info@cec.org">info@cec.org</a>. Les descriptions des '
                    "publications diffusées par les fils, l'API et le service OAI-PMH du "
                    "portail peuvent être réutilisées librement, avec un lien vers la "
                    "publication.",
                ],
            ),
            (
                "Avertissement",
                [
                    "Les rapports préparés par le Secrétariat de la CCE ou par ses consultants "
                    "ne reflètent pas nécessairement le point de vue des gouvernements du "
                    "Canada, du Mexique ou des États-Unis.",
                    "Nous veillons à ce que l'information de ce portail soit exacte et à jour, "
                    "mais elle est fournie telle quelle, sans aucune garantie. La CCE décline "
                    "toute responsabilité quant aux pertes découlant de son utilisation. Les "
                    "liens vers d'autres sites sont donnés pour votre commodité : la CCE n'en "
                    "contrôle ni n'en cautionne le contenu.",
                ],
            ),
            (
                "Langues",
                [
                    "L'anglais, l'espagnol et le français sont les langues officielles de la "
                    "CCE. Les versions linguistiques d'une publication sont des documents "
                    "distincts; certaines publications n'existent qu'en une ou deux langues, "
                    "et la page de chacune indique lesquelles.",
                ],
            ),
        ],
    },
}


# Authors and partner agencies as they are named in French (official names where there
# are; Mexican agencies keep their Spanish names). A name not listed stays as it is.
NAMES = {
    "CEC Secretariat": "Secrétariat de la CCE",
    "CEC Council": "Conseil de la CCE",
    "Joint Public Advisory Committee": "Comité consultatif public mixte",
    "Environment and Climate Change Canada": "Environnement et Changement climatique Canada",
    "Agriculture and Agri-Food Canada": "Agriculture et Agroalimentaire Canada",
    "Canada Border Services Agency": "Agence des services frontaliers du Canada",
    "Crown-Indigenous Relations and Northern Affairs Canada": (
        "Relations Couronne-Autochtones et Affaires du Nord Canada"
    ),
    "Fisheries and Oceans Canada": "Pêches et Océans Canada",
    "Health Canada": "Santé Canada",
    "Innovation, Science and Economic Development Canada": (
        "Innovation, Sciences et Développement économique Canada"
    ),
    "Natural Resources Canada": "Ressources naturelles Canada",
    "Parks Canada": "Parcs Canada",
    "Public Services and Procurement Canada": "Services publics et Approvisionnement Canada",
    "US Centers for Disease Control and Prevention": (
        "Centres pour le contrôle et la prévention des maladies des États-Unis"
    ),
    "US Customs and Border Protection": (
        "Service des douanes et de la protection des frontières des États-Unis"
    ),
    "US Department of Agriculture": "Département de l’Agriculture des États-Unis",
    "US Department of Energy": "Département de l’Énergie des États-Unis",
    "US Department of Justice": "Département de la Justice des États-Unis",
    "US Environmental Protection Agency": "Agence de protection de l’environnement des États-Unis",
    "US Fish and Wildlife Service": "Service des pêches et de la faune des États-Unis",
    "US Food and Drug Administration": (
        "Agence des produits alimentaires et médicamenteux des États-Unis"
    ),
    "US Forest Service": "Service des forêts des États-Unis",
    "US General Services Administration": "Administration des services généraux des États-Unis",
    "US Geological Survey": "Institut d’études géologiques des États-Unis",
    "US National Oceanic and Atmospheric Administration (NOAA)": (
        "Agence américaine d’observation océanique et atmosphérique (NOAA)"
    ),
    "US National Park Service": "Service des parcs nationaux des États-Unis",
}
