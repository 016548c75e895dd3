"""The real CEC topics and areas of work (cec-facts.md), with descriptions written for the demo."""

TOPICS = [
    {
        "title": "Climate Change",
        "short_description": (
            "Cutting short-lived climate pollutants, adapting to a changing climate and helping "
            "communities prepare for extreme weather."
        ),
        "colour": "ocean",
        "featured_on_home_page": True,
    },
    {
        "title": "Environmental Justice",
        "short_description": (
            "Making sure underserved and Indigenous communities share in a healthy environment and "
            "have a voice in decisions that affect it."
        ),
        "colour": "plum",
        "featured_on_home_page": True,
    },
    {
        "title": "Ecosystems",
        "short_description": (
            "Conserving the habitats and species the three countries share, from monarch "
            "butterflies to grasslands and marine protected areas."
        ),
        "colour": "forest",
        "featured_on_home_page": True,
    },
    {
        "title": "Enforcement",
        "short_description": (
            "Strengthening the enforcement of environmental laws, including the public submissions "
            "process on enforcement matters."
        ),
        "colour": "slate",
        "featured_on_home_page": True,
    },
    {
        "title": "Pollutants",
        "short_description": (
            "Tracking and reducing pollutant releases, hazardous waste and chemicals of mutual "
            "concern across North America."
        ),
        "colour": "earth",
        "featured_on_home_page": True,
    },
    {
        "title": "Youth Engagement",
        "short_description": (
            "Bringing young people into environmental decision-making through grants, "
            "innovation challenges and youth forums."
        ),
        "colour": "teal",
        "featured_on_home_page": True,
    },
    {
        "title": "Sustainable Living and Economies",
        "short_description": (
            "Circular economy, sustainable supply chains and less waste, for greener economies "
            "in the three countries."
        ),
        "colour": "forest",
        "featured_on_home_page": False,
    },
    {
        "title": "Private Sector Engagement",
        "short_description": (
            "Working with businesses and industry associations on cleaner production and "
            "sustainable trade."
        ),
        "colour": "ocean",
        "featured_on_home_page": False,
    },
]

INDEX_PAGES = {
    "projects": {
        "title": "Projects",
        "slug": "projects",
        "introduction": (
            "The CEC's cooperative projects bring together government agencies, experts and "
            "communities from Canada, Mexico and the United States."
        ),
    },
    "publications": {
        "title": "Publications",
        "slug": "publications",
        "introduction": (
            "Reports, background papers and fact sheets from the CEC, free to read and download."
        ),
    },
    "impact": {
        "title": "Our Impact",
        "slug": "our-impact",
        "introduction": (
            "What the CEC's work has changed across North America: standards and policies, "
            "conservation strategies, community grants and maps."
        ),
    },
    "topics": {
        "title": "Topics",
        "slug": "topics",
        "introduction": "The environmental issues the three countries work on together.",
    },
}

ABOUT = {
    "title": "About",
    "slug": "about",
    "introduction": (
        "The Commission for Environmental Cooperation (CEC) was established in 1994 by Canada, "
        "Mexico and the United States to work together on the shared North American environment."
    ),
    "paragraphs": [
        (
            "Who we are",
            "The CEC brings the three countries together to address environmental issues of "
            "common concern, to help prevent trade and environmental conflicts, and to promote "
            "the effective enforcement of environmental law. Since July 2020 it works under the "
            "Environmental Cooperation Agreement that accompanies the United States-Mexico-"
            "Canada Agreement. Its Secretariat is based in Montreal.",
        ),
        (
            "How we work",
            "The Council, made up of the three countries' environment ministers, sets the CEC's "
            "priorities. The Secretariat carries out the operational plan, and the Joint Public "
            "Advisory Committee advises the Council and keeps the public involved.",
        ),
    ],
}

DOCUMENT_TYPE_SLUGS = {
    "Report": "report",
    "Background paper": "background-paper",
    "Fact sheet": "fact-sheet",
    "Strategic Plan": "strategic-plan",
    "Operational Plan": "operational-plan",
    "Council Resolution": "council-resolution",
    "Advice to Council": "advice-to-council",
    "Guidelines": "guidelines",
}
