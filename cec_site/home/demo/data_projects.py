"""Demo projects: cooperative projects of the CEC, as shown on cards and project pages."""

from datetime import date

PROJECTS = [
    {
        "title": "Opportunities for Circularity in the North American Electronics Sector: Phase 1",
        "year": 2022,
        "status": "active",
        "operational_plan": "2021–2022",
        "start_date": date(2022, 9, 1),
        "duration_months": 48,
        "topics": ["Private Sector Engagement", "Sustainable Living and Economies"],
        "summary": (
            "Linear models of economic production and consumption place a high demand on natural "
            "resources and accelerate environmental degradation. This in turn translates into "
            "increased business risks through higher costs, as well as supply uncertainties and "
            "disruptions. In the CEC's 2021–2025 Strategic Plan, the Parties acknowledged that "
            "shifting toward sustainable production and consumption is key to a greener and more "
            "resilient North American economy. This project looks at where repair, reuse, "
            "refurbishment and the recovery of materials can take hold in the electronics sector "
            "of the three countries."
        ),
        "issue": (
            "Electronics are among the fastest-growing waste streams in North America. Many "
            "devices are designed in ways that make repair, reuse and the recovery of materials "
            "difficult, and only a modest share of discarded equipment is collected for proper "
            "recycling. Valuable metals such as copper, gold and rare earth elements end up in "
            "landfills or are exported, while manufacturers remain exposed to volatile prices and "
            "supply disruptions for critical raw materials."
        ),
        "aim": (
            "To identify practical opportunities for companies, governments and recyclers in the "
            "three countries to keep electronic products and their materials in use for longer, "
            "and to build a shared evidence base for circular economy policies in the sector."
        ),
        "deliverables": [
            "Trinational map of electronics value chains and material flows",
            "Inventory of circular business models used by North American firms",
            "Workshops with manufacturers, refurbishers and recyclers",
            "Report with options for Phase 2 pilot projects",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "US Environmental Protection Agency",
            "Innovation, Science and Economic Development Canada",
            "Secretaría de Economía",
        ],
        "lead_name": "Claire Desrochers",
        "lead_email": "cdesrochers@cec.org",
        "image_alt": "Electronics sector",
    },
    {
        "title": "Reduction of Marine Litter",
        "year": 2017,
        "status": "completed",
        "operational_plan": "2017–2018",
        "start_date": date(2017, 8, 1),
        "duration_months": 24,
        "topics": ["Pollutants", "Ecosystems"],
        "summary": (
            "Much of the litter that washes up on North American coasts starts far inland, carried "
            "by rivers, storm drains and wind. This project looked at how waste escapes into "
            "waterways in selected pilot watersheds, tested low-cost ways to stop it, and shared "
            "the results with municipalities and community groups facing similar problems on the "
            "Pacific, Atlantic and Gulf coasts."
        ),
        "issue": (
            "Land-based sources account for most of the debris found in coastal and marine "
            "environments. Plastic bags, food packaging, bottles and fragments collect on beaches "
            "and in estuaries, where they harm seabirds, sea turtles and marine mammals and affect "
            "fisheries and tourism. Local governments often lack data on where litter comes from "
            "and which measures work best, and approaches differ widely between jurisdictions in "
            "the three countries."
        ),
        "aim": (
            "To improve understanding of how land-based litter reaches the sea, and to help "
            "communities in Canada, Mexico and the United States prevent it through tested, "
            "affordable measures and shared monitoring methods."
        ),
        "deliverables": [
            "Assessment of litter sources in pilot watersheds",
            "Common protocol for monitoring litter on shorelines and riverbanks",
            "Toolkit of prevention measures for local governments",
            "Outreach materials in English, French and Spanish",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Fisheries and Oceans Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "US Environmental Protection Agency",
            "US National Oceanic and Atmospheric Administration (NOAA)",
        ],
        "lead_name": "Rebecca Okafor",
        "lead_email": "rokafor@cec.org",
        "image_alt": "Illustration: blue hills under a pale sun",
    },
    {
        "title": "Community Solutions for Reducing Marine Litter",
        "year": 2021,
        "status": "completed",
        "operational_plan": "2021–2022",
        "start_date": date(2021, 5, 1),
        "duration_months": 30,
        "topics": ["Pollutants", "Environmental Justice"],
        "summary": (
            "Building on earlier CEC work on marine litter, this project supported community-led "
            "action to keep waste out of rivers and coastal waters in underserved areas. Local "
            "partners in the three countries designed and ran clean-up, collection and awareness "
            "activities, and their results were pooled to show which approaches could be scaled up "
            "elsewhere in North America."
        ),
        "issue": (
            "Communities with limited waste collection services, including many rural, Indigenous "
            "and low-income communities, often bear a heavy share of litter pollution in nearby "
            "waterways and on their shorelines. They may have few resources to tackle the problem, "
            "even though they depend on healthy coasts for food, income and cultural practices. "
            "Solutions designed without their participation frequently fail to last once outside "
            "funding ends."
        ),
        "aim": (
            "To help communities design and carry out their own solutions to marine litter, "
            "strengthen local waste management capacity, and document practical lessons that other "
            "communities and governments in North America can apply."
        ),
        "deliverables": [
            "Small grants to community organizations in the three countries",
            "Training on litter monitoring and waste reduction",
            "Case studies of community projects",
            "Guide for local organizations on community solutions to marine litter",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "Secretaría de Marina (Semar)",
            "US Environmental Protection Agency",
            "US National Oceanic and Atmospheric Administration (NOAA)",
        ],
        "lead_name": "Rebecca Okafor",
        "lead_email": "rokafor@cec.org",
        "image_alt": "Illustration: teal hills meeting a calm horizon under a white sun",
    },
    {
        "title": "North American On-line Interactive Informational Platform on Climate Change",
        "year": 2015,
        "status": "completed",
        "operational_plan": "2015–2016",
        "start_date": date(2015, 10, 1),
        "duration_months": 24,
        "topics": ["Climate Change"],
        "summary": (
            "Climate data for North America is spread across many national agencies, formats and "
            "languages. This project brought indicators, maps and reports from the three countries "
            "together on a single online platform, making it easier for decision-makers, "
            "researchers and the public to compare information on emissions, impacts and "
            "adaptation across the continent."
        ),
        "issue": (
            "Canada, Mexico and the United States each publish large amounts of information on "
            "greenhouse gas emissions, climate impacts and adaptation measures. This information "
            "uses different methods, units, time periods and languages, and sits on separate "
            "websites. People looking for a regional picture struggle to find comparable data, and "
            "shared challenges such as transboundary impacts are difficult to see."
        ),
        "aim": (
            "To create an interactive, trilingual online platform that links and presents "
            "comparable climate change information from the three countries, and to encourage its "
            "wide use by policymakers, educators, students and researchers."
        ),
        "deliverables": [
            "Inventory of national climate data sources and indicators",
            "Interactive online platform in English, French and Spanish",
            "Set of comparable North American climate indicators",
            "User guide and training webinars",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Natural Resources Canada",
            "Instituto Nacional de Ecología y Cambio Climático (INECC)",
            "US Environmental Protection Agency",
            "US National Oceanic and Atmospheric Administration (NOAA)",
        ],
        "lead_name": "Jean-François Gagnon",
        "lead_email": "jfgagnon@cec.org",
        "image_alt": "Illustration: layered green hills and a bright sun in a clear sky",
    },
    {
        "title": "Conserving Monarch Butterfly Habitat along the Migratory Route",
        "year": 2019,
        "status": "completed",
        "operational_plan": "2019–2020",
        "start_date": date(2019, 3, 1),
        "duration_months": 24,
        "topics": ["Ecosystems"],
        "summary": (
            "Each year, monarch butterflies travel thousands of kilometres between breeding areas "
            "in Canada and the United States and overwintering forests in central Mexico. This "
            "project helped landowners, land managers and communities restore milkweed and nectar "
            "plants along the route, and improved monitoring so the three countries could track "
            "how the population responds."
        ),
        "issue": (
            "The eastern monarch population has declined sharply since the 1990s. Loss of milkweed "
            "in breeding areas, degradation of overwintering forests, pesticide use and extreme "
            "weather all contribute. Because the species depends on habitat in all three "
            "countries, no single government can reverse the decline alone, and conservation "
            "efforts have often been uncoordinated and hard to measure."
        ),
        "aim": (
            "To increase the quantity and quality of monarch habitat along the migratory route, "
            "and to align monitoring methods so that Canada, Mexico and the United States can "
            "measure progress toward shared conservation targets."
        ),
        "deliverables": [
            "Habitat restoration guidelines for roadsides and rights-of-way",
            "Harmonized protocol for monitoring breeding and overwintering sites",
            "Training for land managers and volunteer monitors",
            "Trinational progress report on monarch conservation",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Parks Canada",
            "Comisión Nacional de Áreas Naturales Protegidas (Conanp)",
            "US Fish and Wildlife Service",
            "US Geological Survey",
        ],
        "lead_name": "Gabriela Ríos Montaño",
        "lead_email": "grios@cec.org",
        "image_alt": "Illustration: golden hills beneath an orange morning sun",
    },
    {
        "title": "Strengthening Compliance with Wildlife Trade Laws at Ports of Entry",
        "year": 2020,
        "status": "completed",
        "operational_plan": "2019–2020",
        "start_date": date(2020, 1, 15),
        "duration_months": 24,
        "topics": ["Enforcement", "Ecosystems"],
        "summary": (
            "Illegal trade in wildlife and wildlife products moves through airports, seaports and "
            "land crossings across North America. This project trained border and wildlife "
            "enforcement officers in the three countries to identify protected species, share "
            "intelligence and coordinate inspections, helping them detect and stop illegal "
            "shipments more consistently."
        ),
        "issue": (
            "Trade in protected plants and animals, such as totoaba swim bladders, sea cucumbers, "
            "turtles and rare timber, is governed by national laws and by the Convention on "
            "International Trade in Endangered Species (CITES). Officers at busy ports face large "
            "volumes of cargo and little time, and they often lack tools to recognize listed "
            "species or to exchange information quickly with counterparts in the other two "
            "countries."
        ),
        "aim": (
            "To strengthen the ability of enforcement officials in Canada, Mexico and the United "
            "States to detect, identify and intercept illegal wildlife shipments, and to improve "
            "cooperation among agencies along shared trade routes."
        ),
        "deliverables": [
            "Species identification guides for frontline inspectors",
            "Training in risk-based targeting for customs and wildlife officers",
            "Trinational workshop for enforcement officers",
            "Protocol for secure information sharing among agencies",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Canada Border Services Agency",
            "Procuraduría Federal de Protección al Ambiente (Profepa)",
            "US Fish and Wildlife Service",
            "US Customs and Border Protection",
        ],
        "lead_name": "Patrick O'Donnell",
        "lead_email": "podonnell@cec.org",
        "image_alt": "Illustration: dark green ridges under a hazy yellow sun",
    },
    {
        "title": "Improving the Comparability of Pollutant Release and Transfer Registers",
        "year": 2017,
        "status": "completed",
        "operational_plan": "2017–2018",
        "start_date": date(2017, 9, 1),
        "duration_months": 30,
        "topics": ["Pollutants"],
        "summary": (
            "Canada, Mexico and the United States each require industrial facilities to report "
            "their releases and transfers of pollutants. This project worked to align the "
            "substances covered, reporting thresholds and industry codes used in the three "
            "national registers, so that the data can be combined into a reliable North American "
            "picture for the public and decision-makers."
        ),
        "issue": (
            "Canada's National Pollutant Release Inventory, Mexico's Registro de Emisiones y "
            "Transferencia de Contaminantes and the US Toxics Release Inventory differ in the "
            "substances and sectors they cover and in how facilities estimate their releases. "
            "These differences make it hard to compare facilities doing similar work in different "
            "countries, or to follow cross-border transfers of waste for recycling, treatment and "
            "disposal."
        ),
        "aim": (
            "To increase the comparability of North American pollutant release and transfer data "
            "by identifying the key differences among the three registers and recommending "
            "practical steps to bring them closer together."
        ),
        "deliverables": [
            "Analysis of differences in substances, thresholds and sectors covered",
            "Recommendations to increase comparability",
            "Updated integrated North American dataset",
            "New edition of the Taking Stock report",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "Instituto Nacional de Estadística y Geografía (INEGI)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Michael Brandt",
        "lead_email": "mbrandt@cec.org",
        "image_alt": "Illustration: grey-blue hills under an overcast sky",
    },
    {
        "title": "Youth Innovation Challenge for Environmental Action",
        "year": 2023,
        "status": "completed",
        "operational_plan": "2023",
        "start_date": date(2023, 2, 1),
        "duration_months": 12,
        "topics": ["Youth Engagement"],
        "summary": (
            "Young people across North America have fresh ideas for tackling environmental "
            "problems in their communities. This challenge invited youth aged 18 to 30 in Canada, "
            "Mexico and the United States to propose practical solutions on a yearly theme. "
            "Finalists presented their ideas to the CEC Council and received mentoring and seed "
            "funding to develop them further."
        ),
        "issue": (
            "Young people will live longest with the consequences of today's environmental "
            "decisions, yet they are rarely involved in shaping them. Many youth-led initiatives "
            "have strong ideas but lack funding, mentors and contacts with decision-makers. Youth "
            "from rural, Indigenous and low-income communities face additional barriers to taking "
            "part in regional policy discussions."
        ),
        "aim": (
            "To give young people a direct way to contribute solutions to North American "
            "environmental challenges, to connect them with experts and decision-makers, and to "
            "support promising projects with mentoring and modest seed funding."
        ),
        "deliverables": [
            "Call for proposals in three languages",
            "Mentoring program for finalist teams",
            "Youth session at the annual Council Session",
            "Seed grants for winning projects",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "Instituto Mexicano de la Juventud (Imjuve)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Fernanda Quiroga",
        "lead_email": "fquiroga@cec.org",
        "image_alt": "Illustration: bright green hills under a cheerful yellow sun",
    },
    {
        "title": "Indigenous and Local Knowledge for Climate Resilience in Coastal Communities",
        "year": 2024,
        "status": "active",
        "operational_plan": "2024",
        "start_date": date(2024, 4, 1),
        "duration_months": 36,
        "topics": ["Climate Change", "Environmental Justice"],
        "summary": (
            "Indigenous and coastal communities hold deep knowledge of changing seasons, "
            "shorelines and species. This project supports communities in the three countries to "
            "document and apply that knowledge alongside scientific data when planning for "
            "sea-level rise, storms and erosion, and helps agencies bring it into adaptation "
            "decisions in a respectful, community-led way."
        ),
        "issue": (
            "Coastal communities across North America face rising seas, stronger storms, thawing "
            "permafrost and shifting fish stocks. Many Indigenous communities are among the most "
            "exposed, yet adaptation plans are often drawn up without their knowledge or "
            "participation. Traditional ecological knowledge is rarely recognized in official "
            "assessments, and communities have limited resources to record and protect it on their "
            "own terms."
        ),
        "aim": (
            "To strengthen coastal climate resilience by supporting communities to bring "
            "Indigenous and local knowledge into adaptation planning, with communities keeping "
            "control over how their knowledge is collected, shared and used."
        ),
        "deliverables": [
            "Community-led knowledge documentation pilots in each country",
            "Guidance on ethical engagement and data sovereignty",
            "Exchange visits among participating communities",
            "Summary of lessons for adaptation planners",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Crown-Indigenous Relations and Northern Affairs Canada",
            "Instituto Nacional de los Pueblos Indígenas (INPI)",
            "US National Oceanic and Atmospheric Administration (NOAA)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Samuel Whitehorse",
        "lead_email": "swhitehorse@cec.org",
        "image_alt": "Illustration: low coastal hills under a soft pink dawn",
    },
    {
        "title": "Reducing Food Loss and Waste in North America",
        "year": 2017,
        "status": "completed",
        "operational_plan": "2017–2018",
        "start_date": date(2017, 6, 1),
        "duration_months": 24,
        "topics": ["Sustainable Living and Economies"],
        "summary": (
            "A large share of the food produced in North America is never eaten. This project "
            "estimated how much food is lost or wasted along the supply chain in the three "
            "countries, examined the causes, and shared practical tools to help farmers, "
            "processors, retailers and households prevent waste and recover surplus food for "
            "people who need it."
        ),
        "issue": (
            "Food that is lost on farms, damaged in transport or thrown away in stores and homes "
            "wastes the water, land, energy and labour used to produce it. When it ends up in "
            "landfills, it produces methane, a powerful greenhouse gas. Estimates of the problem "
            "in North America varied widely, making it hard to set targets or to know which "
            "measures would be most effective."
        ),
        "aim": (
            "To improve the measurement of food loss and waste in North America and to help "
            "businesses, governments and communities prevent it, rescue surplus food and keep the "
            "remainder out of landfills."
        ),
        "deliverables": [
            "Estimate of food loss and waste across the supply chain",
            "Practical guide to measuring food loss and waste",
            "Education kit on food waste for schools and youth groups",
            "Case studies of food recovery programs",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Agriculture and Agri-Food Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "US Environmental Protection Agency",
            "US Department of Agriculture",
        ],
        "lead_name": "Isabelle Lavoie",
        "lead_email": "ilavoie@cec.org",
        "image_alt": "Illustration: patchwork hills in green and ochre under a warm sun",
    },
    {
        "title": "Reducing Mercury Emissions and Trade in North America",
        "year": 2015,
        "status": "completed",
        "operational_plan": "2015–2016",
        "start_date": date(2015, 9, 1),
        "duration_months": 24,
        "topics": ["Pollutants"],
        "summary": (
            "Mercury travels long distances through the air and builds up in fish and wildlife, "
            "affecting human health far from where it is released. This project tracked mercury "
            "supply, trade and emissions across the three countries and supported Mexico in "
            "reducing releases from key sectors, helping all three prepare to meet their "
            "commitments under the Minamata Convention."
        ),
        "issue": (
            "Mercury is used in some industrial processes and products and is released by coal "
            "combustion, metal production and artisanal gold mining. Once released, it can be "
            "deposited far away and accumulate in food webs. There was little information on how "
            "much mercury was traded among the three countries and where it ended up, which made "
            "its supply and use difficult to control."
        ),
        "aim": (
            "To reduce the risks that mercury poses to people and ecosystems by improving "
            "knowledge of mercury flows in North America and supporting actions to cut emissions "
            "and store surplus mercury safely."
        ),
        "deliverables": [
            "North American inventory of mercury supply and trade",
            "Emission inventories for priority sectors in Mexico",
            "Options for environmentally sound storage of surplus mercury",
            "Trinational workshop on implementing the Minamata Convention",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "Instituto Nacional de Ecología y Cambio Climático (INECC)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Michael Brandt",
        "lead_email": "mbrandt@cec.org",
        "image_alt": "Illustration: silver-grey hills under a pale winter sun",
    },
    {
        "title": "Improving Air Quality Forecasting and Public Information",
        "year": 2019,
        "status": "completed",
        "operational_plan": "2019–2020",
        "start_date": date(2019, 5, 1),
        "duration_months": 24,
        "topics": ["Pollutants"],
        "summary": (
            "Air pollution does not stop at borders, and people need reliable information to "
            "protect their health on poor air quality days. This project helped the three "
            "countries share monitoring data in near real time, improve forecasting tools in "
            "Mexican cities, and present air quality information to the public in a clear and "
            "consistent way."
        ),
        "issue": (
            "Fine particulate matter and ground-level ozone cause premature deaths and respiratory "
            "illness in all three countries. Monitoring networks and public alert systems differ "
            "in coverage, methods and the way they communicate risk. In some cities, residents "
            "receive little warning before pollution episodes, and data from stations near borders "
            "are not easily shared with neighbouring jurisdictions."
        ),
        "aim": (
            "To help people in North America protect their health by improving the sharing of air "
            "quality data across borders, strengthening forecasting capacity, and making public "
            "alerts easier for everyone to understand."
        ),
        "deliverables": [
            "Data-sharing arrangements for monitoring stations in border regions",
            "Air quality forecasting training for Mexican agencies",
            "Review of the messages used in national air quality indices",
            "Updated North American air quality map layer",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Instituto Nacional de Ecología y Cambio Climático (INECC)",
            "Secretaría del Medio Ambiente de la Ciudad de México (Sedema)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Tomás Villaseñor",
        "lead_email": "tvillasenor@cec.org",
        "image_alt": "Illustration: hills fading into a hazy amber sky",
    },
    {
        "title": "Improving Black Carbon Emissions Inventories",
        "year": 2016,
        "status": "completed",
        "operational_plan": "2015–2016",
        "start_date": date(2016, 1, 1),
        "duration_months": 24,
        "topics": ["Climate Change", "Pollutants"],
        "summary": (
            "Black carbon, a component of fine particle pollution, warms the climate and harms "
            "health. This project helped the three countries improve their estimates of black "
            "carbon emissions from sources such as diesel engines, brick kilns and residential "
            "wood burning, giving governments a better basis for actions that benefit both air "
            "quality and the climate."
        ),
        "issue": (
            "Short-lived climate pollutants such as black carbon and methane remain in the "
            "atmosphere for days to years but have a strong warming effect. Reducing them can slow "
            "near-term warming while improving air quality. Emission estimates for black carbon "
            "were, however, uncertain and inconsistent across North America, and some important "
            "sources, such as small-scale brick production, were poorly characterized."
        ),
        "aim": (
            "To strengthen black carbon emissions inventories in Canada, Mexico and the United "
            "States, with a focus on poorly documented sources, and to identify cost-effective "
            "reductions that benefit both the climate and public health."
        ),
        "deliverables": [
            "Harmonized methodology for black carbon inventories",
            "Field measurements of emissions from artisanal brick kilns",
            "Comparison of the three national inventories",
            "Options paper on mitigation measures",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Health Canada",
            "Instituto Nacional de Ecología y Cambio Climático (INECC)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Tomás Villaseñor",
        "lead_email": "tvillasenor@cec.org",
        "image_alt": "Illustration: charcoal hills under a smoky orange sun",
    },
    {
        "title": "Blue Carbon: Mapping Coastal Wetlands as Carbon Sinks",
        "year": 2015,
        "status": "completed",
        "operational_plan": "2015–2016",
        "start_date": date(2015, 11, 1),
        "duration_months": 30,
        "topics": ["Climate Change", "Ecosystems"],
        "summary": (
            "Salt marshes, mangroves and seagrass meadows store large amounts of carbon in their "
            "soils. This project mapped these coastal ecosystems across North America, estimated "
            "how much carbon they hold, and shared methods that managers can use to take carbon "
            "storage into account when protecting and restoring coastal habitats."
        ),
        "issue": (
            "Coastal wetlands store carbon at rates far higher than many forests, but they are "
            "being lost to development, drainage, pollution and sea-level rise. When degraded, "
            "they can release stored carbon back into the atmosphere. At the time, there was no "
            "consistent map of these blue carbon habitats across North America, and estimates of "
            "their carbon stocks varied widely."
        ),
        "aim": (
            "To improve knowledge of the extent and carbon stocks of blue carbon habitats in North "
            "America, and to support their conservation and restoration as part of national "
            "climate mitigation and adaptation strategies."
        ),
        "deliverables": [
            "Map of salt marshes, mangroves and seagrasses in North America",
            "Synthesis of carbon stock measurements",
            "Field sampling at priority sites",
            "Atlas map layers with downloadable data",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Fisheries and Oceans Canada",
            "Comisión Nacional para el Conocimiento y Uso de la Biodiversidad (Conabio)",
            "US National Oceanic and Atmospheric Administration (NOAA)",
            "US Geological Survey",
        ],
        "lead_name": "Karen Lindqvist",
        "lead_email": "klindqvist@cec.org",
        "image_alt": "Illustration: sea-green hills sloping toward a blue horizon",
    },
    {
        "title": "Strengthening Environmental Inspection Capacity through Online Training",
        "year": 2021,
        "status": "completed",
        "operational_plan": "2021–2022",
        "start_date": date(2021, 9, 1),
        "duration_months": 18,
        "topics": ["Enforcement"],
        "summary": (
            "Environmental inspectors need up-to-date skills to check compliance with laws on "
            "waste, chemicals and wildlife. This project developed a trilingual online training "
            "program with enforcement agencies in the three countries, covering inspection "
            "planning, evidence gathering and field safety, so that officials could keep learning "
            "during and after the COVID-19 pandemic."
        ),
        "issue": (
            "Enforcement agencies in North America face high staff turnover, large territories and "
            "a growing range of regulated activities. In-person training is costly and was largely "
            "suspended during the COVID-19 pandemic. Training materials were developed separately "
            "in each country, and inspectors had few opportunities to learn from counterparts "
            "facing similar challenges across the border."
        ),
        "aim": (
            "To strengthen the skills of environmental inspectors and enforcement officers in "
            "Canada, Mexico and the United States through shared, accessible online training and "
            "peer exchanges that can be updated and reused over time."
        ),
        "deliverables": [
            "Trilingual online course modules on inspection practice",
            "Virtual peer exchanges for enforcement officials",
            "Guide to safe and effective field inspections",
            "Evaluation of training uptake and results",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Procuraduría Federal de Protección al Ambiente (Profepa)",
            "Agencia de Seguridad, Energía y Ambiente (ASEA)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Patrick O'Donnell",
        "lead_email": "podonnell@cec.org",
        "image_alt": "Illustration: olive hills under a clear midday sun",
    },
    {
        "title": (
            "Tracking Transboundary Shipments of Hazardous Waste and Spent Lead-Acid Batteries"
        ),
        "year": 2018,
        "status": "completed",
        "operational_plan": "2017–2018",
        "start_date": date(2018, 1, 15),
        "duration_months": 24,
        "topics": ["Enforcement", "Pollutants"],
        "summary": (
            "Each year, large volumes of hazardous waste and spent lead-acid batteries cross North "
            "American borders for recycling. This project worked with environmental and customs "
            "authorities to replace paper notices with an electronic exchange system and to "
            "improve checks on shipments, reducing the risk of illegal or unsafe handling."
        ),
        "issue": (
            "Transboundary shipments of hazardous waste require notice and consent between the "
            "countries of export and import. Paper-based procedures are slow and make it hard to "
            "confirm that shipments arrive at authorized facilities. Spent lead-acid batteries are "
            "a particular concern, because lead released during poor recycling can contaminate "
            "soil and harm the health of workers and nearby residents."
        ),
        "aim": (
            "To improve the tracking and environmentally sound management of hazardous waste "
            "moving among the three countries, through electronic notification, better data and "
            "coordinated enforcement at border crossings and recycling facilities."
        ),
        "deliverables": [
            "Electronic exchange of notices and consents among the three countries",
            "Training for customs and environmental officials",
            "Report on trade in spent lead-acid batteries",
            "Guidelines on environmentally sound recycling practices",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Canada Border Services Agency",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "Procuraduría Federal de Protección al Ambiente (Profepa)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Michael Brandt",
        "lead_email": "mbrandt@cec.org",
        "image_alt": "Illustration: rust-coloured hills under a dusty sky",
    },
    {
        "title": "Energy Management Systems for Industrial Facilities",
        "year": 2019,
        "status": "completed",
        "operational_plan": "2019–2020",
        "start_date": date(2019, 6, 1),
        "duration_months": 24,
        "topics": ["Private Sector Engagement", "Climate Change"],
        "summary": (
            "Many factories could save energy and money by managing more carefully how they use "
            "power, heat and steam. This project helped industrial facilities in the three "
            "countries adopt the ISO 50001 energy management standard, trained experts to support "
            "them, and shared case studies showing savings in energy costs and greenhouse gas "
            "emissions."
        ),
        "issue": (
            "Industry accounts for a large share of energy use and greenhouse gas emissions in "
            "North America. Many facilities, especially small and medium-sized ones, lack systems "
            "to monitor their energy use and identify savings. International standards such as ISO "
            "50001 offer a structured approach, but uptake has been slow because of limited "
            "awareness, few trained experts and scarce evidence of benefits."
        ),
        "aim": (
            "To increase the adoption of energy management systems in North American industry, "
            "reducing energy costs and emissions, strengthening the competitiveness of "
            "participating facilities and building a pool of qualified experts in each country."
        ),
        "deliverables": [
            "Energy management training for facility staff and experts",
            "Support for pilot facilities seeking ISO 50001 certification",
            "Case studies of energy and cost savings",
            "Peer network of participating companies",
        ],
        "partners": [
            "Natural Resources Canada",
            "Comisión Nacional para el Uso Eficiente de la Energía (Conuee)",
            "US Department of Energy",
            "Environment and Climate Change Canada",
        ],
        "lead_name": "Hugo Bélanger",
        "lead_email": "hbelanger@cec.org",
        "image_alt": "Illustration: steel-blue hills under a bright white sun",
    },
    {
        "title": "Sustainable Tourism in Marine Protected Areas",
        "year": 2024,
        "status": "active",
        "operational_plan": "2024",
        "start_date": date(2024, 6, 1),
        "duration_months": 36,
        "topics": ["Sustainable Living and Economies", "Ecosystems"],
        "summary": (
            "Whale watching, diving and coastal recreation support thousands of jobs, but heavy "
            "visitor pressure can damage the places that attract tourists. This project works with "
            "managers of marine protected areas and local tourism operators in the three countries "
            "to develop visitor guidelines, monitoring tools and certification options that keep "
            "both ecosystems and livelihoods healthy."
        ),
        "issue": (
            "Marine protected areas from the Gulf of California to the Gulf of Maine draw growing "
            "numbers of visitors. Poorly managed tourism can disturb wildlife, damage reefs and "
            "kelp forests, and overload local infrastructure. Many protected areas lack the staff "
            "and data to set sustainable visitor limits, while small operators have few incentives "
            "to adopt better practices."
        ),
        "aim": (
            "To support tourism in marine protected areas that benefits local communities while "
            "protecting wildlife and habitats, by sharing management tools and working directly "
            "with tourism operators and site managers in each country."
        ),
        "deliverables": [
            "Protocol for monitoring visitor impacts in marine protected areas",
            "Best-practice guidelines for wildlife viewing operators",
            "Pilot projects at selected sites in each country",
            "Exchange program for protected area managers",
        ],
        "partners": [
            "Parks Canada",
            "Fisheries and Oceans Canada",
            "Comisión Nacional de Áreas Naturales Protegidas (Conanp)",
            "Secretaría de Turismo (Sectur)",
            "US National Oceanic and Atmospheric Administration (NOAA)",
        ],
        "lead_name": "Karen Lindqvist",
        "lead_email": "klindqvist@cec.org",
        "image_alt": "Illustration: turquoise hills beside a glittering sea under a high sun",
    },
    {
        "title": "Environmental Justice for Climate Resilience (EJ4Climate) Grants",
        "year": 2022,
        "status": "active",
        "operational_plan": "Initiative",
        "start_date": date(2022, 3, 1),
        "duration_months": 48,
        "topics": ["Environmental Justice", "Climate Change"],
        "summary": (
            "The EJ4Climate grant program funds community-based projects that help underserved and "
            "vulnerable communities, including Indigenous communities, prepare for the impacts of "
            "climate change. Grants support local organizations in Canada, Mexico and the United "
            "States to plan adaptation measures, reduce risks from heat, floods and drought, and "
            "share what they learn across the region."
        ),
        "issue": (
            "Climate change affects everyone, but its impacts fall hardest on communities that "
            "already face pollution, poverty, poor housing or limited access to services. These "
            "communities often have the least capacity to apply for large grants or to take part "
            "in planning processes. Without targeted support, adaptation spending can widen "
            "existing inequalities rather than reduce them."
        ),
        "aim": (
            "To build the climate resilience of underserved and vulnerable communities across "
            "North America by funding locally led projects and strengthening the capacity of "
            "community organizations to act on environmental justice and climate change."
        ),
        "deliverables": [
            "Annual grant cycles with calls in three languages",
            "Grants to community-based organizations in the three countries",
            "Training and networking for grant recipients",
            "Online map and stories of funded projects",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Ana Lucía Herrera",
        "lead_email": "aherrera@cec.org",
        "image_alt": "Illustration: rolling hills at sunrise with a rose-coloured sky",
    },
    {
        "title": "North American Partnership for Environmental Community Action (NAPECA)",
        "year": 2015,
        "status": "completed",
        "operational_plan": "Initiative",
        "start_date": date(2015, 1, 1),
        "duration_months": 36,
        "topics": ["Sustainable Living and Economies", "Environmental Justice"],
        "summary": (
            "NAPECA provided small grants to community groups, Indigenous organizations and "
            "nonprofits in Canada, Mexico and the United States for local projects on healthy "
            "communities, low-carbon economies and ecosystem conservation. The program helped turn "
            "ideas into action on the ground and connected grantees with one another to share "
            "experience across borders."
        ),
        "issue": (
            "Local organizations are often best placed to understand and solve environmental "
            "problems in their own communities, yet they struggle to find modest amounts of "
            "funding for practical, hands-on projects. Most funding programs are national in scope "
            "and rarely encourage exchanges between communities facing similar challenges in other "
            "parts of North America."
        ),
        "aim": (
            "To support community-based environmental projects that deliver tangible local "
            "results, build the capacity of grassroots organizations, and strengthen connections "
            "among communities in the three countries that are working toward similar goals."
        ),
        "deliverables": [
            "Annual grant cycles for community organizations",
            "Training and networking meetings for grantees",
            "Online showcase of funded projects",
            "Evaluation of program outcomes",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Ana Lucía Herrera",
        "lead_email": "aherrera@cec.org",
        "image_alt": "Illustration: hills under a pale sun",
    },
    {
        "title": "Extreme Heat and Health: Early Warning for Vulnerable Communities",
        "year": 2023,
        "status": "active",
        "operational_plan": "2023",
        "start_date": date(2023, 5, 1),
        "duration_months": 42,
        "topics": ["Climate Change", "Environmental Justice"],
        "summary": (
            "Heat waves are becoming longer and more intense across North America, with serious "
            "risks for older adults, outdoor workers and people without cooling at home. This "
            "project helps health and environment agencies in the three countries share practices "
            "for heat alerts, heat-health action plans and outreach, with a focus on reaching the "
            "people most at risk."
        ),
        "issue": (
            "Extreme heat causes more deaths than many other weather hazards but is often "
            "underestimated. Risk is highest among older people, people with chronic illness, "
            "outdoor workers and residents of dense urban neighbourhoods with few trees. Alert "
            "systems and response plans vary greatly among cities and regions, and many smaller "
            "communities have no heat-health plan at all."
        ),
        "aim": (
            "To reduce illness and death from extreme heat by helping communities in Canada, "
            "Mexico and the United States develop effective early warning systems and heat-health "
            "action plans that reach vulnerable people."
        ),
        "deliverables": [
            "Review of heat alert criteria used across North America",
            "Template for local heat-health action plans",
            "Pilot projects in mid-sized cities in each country",
            "Urban heat island map layers",
        ],
        "partners": [
            "Health Canada",
            "Environment and Climate Change Canada",
            "Secretaría de Salud",
            "Instituto Nacional de Ecología y Cambio Climático (INECC)",
            "US Centers for Disease Control and Prevention",
        ],
        "lead_name": "Rodrigo Salas Peña",
        "lead_email": "rsalas@cec.org",
        "image_alt": "Illustration: parched tan hills under a blazing red sun",
    },
    {
        "title": "Wildfire Resilience and Post-fire Recovery in Shared Forest Landscapes",
        "year": 2024,
        "status": "active",
        "operational_plan": "2024",
        "start_date": date(2024, 3, 1),
        "duration_months": 36,
        "topics": ["Ecosystems", "Climate Change"],
        "summary": (
            "Large wildfires have burned record areas of forest in North America in recent years. "
            "This project brings together fire and forest specialists from the three countries to "
            "compare approaches to post-fire restoration, map areas at high risk, and support land "
            "managers and communities in making forests and nearby settlements more resilient to "
            "fire."
        ),
        "issue": (
            "Hotter, drier conditions and longer fire seasons are increasing the size and severity "
            "of wildfires. Burned areas can suffer erosion, loss of wildlife habitat and poorer "
            "water quality, and some forests struggle to regenerate. Fire agencies in the three "
            "countries already cooperate on suppression, but there is less exchange on prevention, "
            "recovery and the role of Indigenous fire stewardship."
        ),
        "aim": (
            "To improve the resilience of North American forest ecosystems to wildfire by sharing "
            "knowledge on prevention, cultural burning and post-fire restoration among fire "
            "agencies, Indigenous peoples, landowners and local communities."
        ),
        "deliverables": [
            "Comparative review of post-fire restoration practices",
            "Map of wildfire risk to priority ecosystems",
            "Learning exchange on Indigenous fire stewardship",
            "Guidance on community wildfire preparedness",
        ],
        "partners": [
            "Natural Resources Canada",
            "Parks Canada",
            "Comisión Nacional Forestal (Conafor)",
            "US Forest Service",
        ],
        "lead_name": "Jean-François Gagnon",
        "lead_email": "jfgagnon@cec.org",
        "image_alt": "Illustration: dark forested hills under a deep orange sky",
    },
    {
        "title": "Youth Ambassadors for North American Grasslands",
        "year": 2025,
        "status": "active",
        "operational_plan": "2025",
        "start_date": date(2025, 4, 1),
        "duration_months": 24,
        "topics": ["Youth Engagement", "Ecosystems"],
        "summary": (
            "The grasslands of the Great Plains and the Chihuahuan Desert are among the most "
            "threatened ecosystems on the continent. This project trains young people from "
            "ranching, farming and Indigenous communities in the three countries as grassland "
            "ambassadors, who monitor grassland birds, lead local outreach and share stories of "
            "conservation with their peers."
        ),
        "issue": (
            "North American grasslands have been widely converted to cropland and other uses, and "
            "grassland bird populations have fallen more steeply than those of almost any other "
            "group of birds. Much of the remaining grassland is privately owned and managed by "
            "ranchers. Young people in these regions have few opportunities to build conservation "
            "careers or to connect with peers in the other countries."
        ),
        "aim": (
            "To engage young people in conserving North American grasslands by building their "
            "skills in monitoring and outreach, connecting youth across the three countries, and "
            "supporting them to lead local conservation activities."
        ),
        "deliverables": [
            "Training program for youth ambassadors",
            "Grassland bird monitoring with youth participants",
            "Cross-border youth exchange in the Chihuahuan Desert region",
            "Outreach materials produced by youth",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Comisión Nacional de Áreas Naturales Protegidas (Conanp)",
            "Comisión Nacional para el Conocimiento y Uso de la Biodiversidad (Conabio)",
            "US Fish and Wildlife Service",
            "US Department of Agriculture",
        ],
        "lead_name": "Fernanda Quiroga",
        "lead_email": "fquiroga@cec.org",
        "image_alt": "Illustration: wide yellow-green plains and low hills under a big sky",
    },
    {
        "title": "Supply Chain Transparency for Chemicals in Products",
        "year": 2019,
        "status": "completed",
        "operational_plan": "2019–2020",
        "start_date": date(2019, 9, 1),
        "duration_months": 24,
        "topics": ["Private Sector Engagement", "Pollutants"],
        "summary": (
            "Consumers, retailers and recyclers often do not know which chemicals are in the "
            "products they buy, sell or handle. This project worked with companies, industry "
            "associations and governments in the three countries to examine how information on "
            "chemicals in products is shared along supply chains, and identified practical ways to "
            "improve transparency."
        ),
        "issue": (
            "Products such as textiles, toys, electronics and building materials can contain flame "
            "retardants, phthalates and other substances of concern. Information on these "
            "chemicals rarely travels with the product from manufacturer to retailer, consumer and "
            "recycler. Without it, companies struggle to substitute safer alternatives, and "
            "recyclers cannot keep hazardous substances out of recovered materials."
        ),
        "aim": (
            "To improve the flow of information on chemicals in products along North American "
            "supply chains, helping companies manage risks and substitute safer alternatives, and "
            "supporting cleaner recycling and safer products for consumers."
        ),
        "deliverables": [
            "Survey of chemical information-sharing practices in selected sectors",
            "Case studies from the textile and electronics sectors",
            "Workshop with industry, government and civil society",
            "Recommendations for voluntary disclosure approaches",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Health Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Claire Desrochers",
        "lead_email": "cdesrochers@cec.org",
        "image_alt": "Illustration: lavender hills under a soft lemon sun",
    },
    {
        "title": "Environmentally Sound Management of End-of-life Electric Vehicle Batteries",
        "year": 2023,
        "status": "active",
        "operational_plan": "2023",
        "start_date": date(2023, 6, 1),
        "duration_months": 42,
        "topics": ["Pollutants", "Sustainable Living and Economies"],
        "summary": (
            "Sales of electric vehicles are growing quickly in all three countries, and with them "
            "the number of lithium-ion batteries that will reach the end of their first life. This "
            "project examines options for reuse, repurposing and recycling, identifies gaps in "
            "rules and facilities, and promotes safe handling to recover critical minerals and "
            "prevent fires and pollution."
        ),
        "issue": (
            "Lithium-ion batteries contain valuable materials such as lithium, cobalt and nickel, "
            "but they can catch fire or release hazardous substances if damaged or poorly managed. "
            "North America's capacity to collect, transport and recycle them is still developing, "
            "and rules on their classification and cross-border movement differ among the three "
            "countries, creating uncertainty for businesses and regulators."
        ),
        "aim": (
            "To support the environmentally sound management of end-of-life electric vehicle "
            "batteries in North America, increasing the recovery of critical minerals and reducing "
            "risks to workers, public safety and the environment."
        ),
        "deliverables": [
            "Projection of end-of-life battery volumes to 2040",
            "Review of regulations and transport requirements in the three countries",
            "Guidance on safe collection, storage and transport",
            "Dialogue with automakers, recyclers and regulators",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Natural Resources Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "US Environmental Protection Agency",
            "US Department of Energy",
        ],
        "lead_name": "Hugo Bélanger",
        "lead_email": "hbelanger@cec.org",
        "image_alt": "Illustration: indigo hills under an electric-blue evening sky",
    },
    {
        "title": "Connecting Youth with Nature through Community Science",
        "year": 2021,
        "status": "completed",
        "operational_plan": "2021–2022",
        "start_date": date(2021, 4, 1),
        "duration_months": 18,
        "topics": ["Youth Engagement"],
        "summary": (
            "Community science lets young people contribute real data to research while learning "
            "about nature close to home. This project supported schools and youth groups in the "
            "three countries to observe pollinators, birds and urban trees using free mobile "
            "tools, and brought participants together online to compare findings and talk about "
            "environmental careers."
        ),
        "issue": (
            "Many young people, especially in cities, have limited contact with nature and few "
            "chances to take part in scientific research. During the COVID-19 pandemic, school "
            "field trips and outdoor programs were widely cancelled. Educators were looking for "
            "simple, safe activities that could be done locally and would connect students to a "
            "larger purpose."
        ),
        "aim": (
            "To foster environmental awareness and science skills among young people in North "
            "America through community science activities that can be carried out safely close to "
            "home and shared across the three countries."
        ),
        "deliverables": [
            "Trilingual activity guides for educators",
            "Online observation challenges for youth groups",
            "Virtual exchanges among participating schools",
            "Summary of observations collected by youth",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Comisión Nacional para el Conocimiento y Uso de la Biodiversidad (Conabio)",
            "Secretaría de Educación Pública (SEP)",
            "US National Park Service",
        ],
        "lead_name": "Fernanda Quiroga",
        "lead_email": "fquiroga@cec.org",
        "image_alt": "Illustration: spring-green hills dotted with shadows under a gentle sun",
    },
    {
        "title": "Nature-based Solutions for Urban Flood Resilience",
        "year": 2025,
        "status": "active",
        "operational_plan": "2025",
        "start_date": date(2025, 2, 1),
        "duration_months": 36,
        "topics": ["Climate Change", "Sustainable Living and Economies"],
        "summary": (
            "Heavy rainfall is overwhelming drainage systems in many North American cities. This "
            "project helps municipalities in the three countries plan and evaluate nature-based "
            "solutions such as restored wetlands, rain gardens, urban forests and green roofs, "
            "which reduce flooding while also providing shade, wildlife habitat and green spaces "
            "for residents."
        ),
        "issue": (
            "Conventional stormwater infrastructure was designed for a climate that no longer "
            "exists. As extreme rainfall becomes more frequent, floods damage homes, disrupt "
            "transport and carry pollutants into rivers and lakes. Nature-based solutions can "
            "complement pipes and pumps, but many municipalities lack data on their costs and "
            "performance and face barriers in financing and maintaining them."
        ),
        "aim": (
            "To help cities and towns in North America reduce flood risk by planning, financing "
            "and maintaining nature-based solutions, with a focus on neighbourhoods most exposed "
            "to flooding, and to share evidence on their performance and wider benefits."
        ),
        "deliverables": [
            "Inventory of nature-based flood projects in the three countries",
            "Framework for assessing costs and performance",
            "Technical support to pilot municipalities",
            "Guide for municipal planners and engineers",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Infrastructure Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "Comisión Nacional del Agua (Conagua)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Isabelle Lavoie",
        "lead_email": "ilavoie@cec.org",
        "image_alt": "Illustration: green hills after rain under a pale silver sun",
    },
    {
        "title": "Preventing the Spread of Aquatic Invasive Species through Trade",
        "year": 2017,
        "status": "completed",
        "operational_plan": "2017–2018",
        "start_date": date(2017, 9, 15),
        "duration_months": 24,
        "topics": ["Ecosystems", "Enforcement"],
        "summary": (
            "Aquarium fish, live bait and ornamental plants can introduce invasive species into "
            "rivers and lakes when they are released or escape. This project assessed the risks of "
            "the live organism trade among the three countries, helped officials identify "
            "high-risk species at borders, and developed outreach to encourage traders and "
            "hobbyists to prevent releases."
        ),
        "issue": (
            "Invasive species such as zebra mussels, lionfish and invasive carp cause major "
            "ecological and economic damage once established in North American waters. The trade "
            "in live aquatic organisms is a significant pathway for new introductions. Risk "
            "assessment methods and import rules vary among the three countries, and frontline "
            "officials have difficulty identifying species of concern."
        ),
        "aim": (
            "To reduce the risk of new aquatic invasive species entering Canada, Mexico and the "
            "United States through trade, by harmonizing risk assessment tools, supporting border "
            "inspections and working with industry on prevention."
        ),
        "deliverables": [
            "Trinational risk screening tool for aquatic species",
            "Risk assessments for priority species in trade",
            "Identification guides for border inspectors",
            "Outreach materials for retailers and hobbyists",
        ],
        "partners": [
            "Fisheries and Oceans Canada",
            "Comisión Nacional para el Conocimiento y Uso de la Biodiversidad (Conabio)",
            "US Fish and Wildlife Service",
            "US Geological Survey",
        ],
        "lead_name": "Karen Lindqvist",
        "lead_email": "klindqvist@cec.org",
        "image_alt": "Illustration: hills reflected in a still blue lake",
    },
    {
        "title": "Shorebird Conservation at Key Sites along the Pacific and Central Flyways",
        "year": 2021,
        "status": "completed",
        "operational_plan": "2021–2022",
        "start_date": date(2021, 7, 1),
        "duration_months": 24,
        "topics": ["Ecosystems"],
        "summary": (
            "Shorebirds such as sandpipers and plovers depend on a chain of wetlands, beaches and "
            "mudflats during their long migrations. This project improved the management of key "
            "stopover sites in the three countries by supporting habitat restoration, reducing "
            "disturbance, and helping site managers share monitoring data along the Pacific and "
            "Central flyways."
        ),
        "issue": (
            "Many North American shorebird populations have declined by more than half since the "
            "1970s. Coastal development, water diversion, disturbance by people and dogs, and the "
            "loss of food at stopover sites all play a role. Because the birds rely on sites in "
            "several countries, losses at a single location can affect entire populations."
        ),
        "aim": (
            "To improve the conservation of migratory shorebirds by strengthening the management "
            "of priority stopover and wintering sites in Canada, Mexico and the United States, and "
            "by linking site managers along the flyways."
        ),
        "deliverables": [
            "Assessments of priority stopover wetlands",
            "Measures to reduce disturbance at pilot sites",
            "Shared monitoring database for site managers",
            "Conservation priorities for each flyway",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Comisión Nacional de Áreas Naturales Protegidas (Conanp)",
            "US Fish and Wildlife Service",
            "US Geological Survey",
        ],
        "lead_name": "Gabriela Ríos Montaño",
        "lead_email": "grios@cec.org",
        "image_alt": "Illustration: sandy hills along a shoreline under a low sun",
    },
    {
        "title": "Measuring the Effectiveness of Environmental Enforcement",
        "year": 2019,
        "status": "completed",
        "operational_plan": "2019–2020",
        "start_date": date(2019, 2, 1),
        "duration_months": 18,
        "topics": ["Enforcement"],
        "summary": (
            "Counting inspections and fines says little about whether enforcement actually "
            "improves environmental conditions. This project worked with enforcement agencies in "
            "the three countries to develop indicators that link enforcement activities to "
            "compliance rates and environmental outcomes, and tested them on selected air quality, "
            "hazardous waste and wildlife programs."
        ),
        "issue": (
            "Environmental enforcement agencies report regularly on their activities, such as the "
            "number of inspections carried out or penalties imposed. These figures show effort but "
            "not results. Without outcome-based indicators, it is difficult for agencies, "
            "legislators and the public to judge whether enforcement programs are working, or "
            "where limited resources would have the greatest effect."
        ),
        "aim": (
            "To help enforcement agencies in Canada, Mexico and the United States measure the "
            "results of their work through shared indicators that connect enforcement actions with "
            "compliance and environmental outcomes, and to report on them transparently."
        ),
        "deliverables": [
            "Review of enforcement performance indicators in use",
            "Proposed set of outcome-based indicators",
            "Pilot testing in three enforcement programs",
            "Workshop with enforcement managers",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Procuraduría Federal de Protección al Ambiente (Profepa)",
            "US Environmental Protection Agency",
            "US Department of Justice",
        ],
        "lead_name": "Patrick O'Donnell",
        "lead_email": "podonnell@cec.org",
        "image_alt": "Illustration: muted brown hills under a thin white sun",
    },
    {
        "title": "Harmonizing Greenhouse Gas Reporting for Industrial Facilities",
        "year": 2015,
        "status": "completed",
        "operational_plan": "2015–2016",
        "start_date": date(2015, 10, 15),
        "duration_months": 24,
        "topics": ["Climate Change", "Private Sector Engagement"],
        "summary": (
            "Companies operating in more than one North American country often have to report "
            "their greenhouse gas emissions under different rules. This project compared "
            "facility-level reporting programs in the three countries, identified differences in "
            "methods and thresholds, and recommended ways to make the data more comparable and "
            "reduce the reporting burden on industry."
        ),
        "issue": (
            "Canada, Mexico and the United States each run mandatory greenhouse gas reporting "
            "programs for large emitters, introduced at different times and for different "
            "purposes. Differences in covered gases, sectors, thresholds and calculation methods "
            "make it difficult to compare emissions from similar facilities, and impose extra "
            "costs on companies that report in several jurisdictions."
        ),
        "aim": (
            "To improve the comparability of facility-level greenhouse gas emissions data in North "
            "America and reduce duplication for reporting companies, while maintaining the "
            "integrity and purpose of each national program and its legal basis."
        ),
        "deliverables": [
            "Comparative analysis of national reporting programs",
            "Sector-by-sector comparison of calculation methods",
            "Recommendations to increase comparability",
            "Dialogue between industry and government",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "Instituto Nacional de Ecología y Cambio Climático (INECC)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Jean-François Gagnon",
        "lead_email": "jfgagnon@cec.org",
        "image_alt": "Illustration: pale green hills under a cloudless sky",
    },
    {
        "title": "Greening Freight Transportation along North American Trade Corridors",
        "year": 2015,
        "status": "completed",
        "operational_plan": "2015–2016",
        "start_date": date(2015, 8, 1),
        "duration_months": 24,
        "topics": ["Climate Change", "Sustainable Living and Economies"],
        "summary": (
            "Trucks, trains and ships carry goods worth billions of dollars across North American "
            "borders every day, burning large amounts of diesel fuel. This project assessed "
            "freight emissions along major trade corridors, promoted fuel-saving technologies and "
            "practices among carriers, and explored how voluntary green freight programs in the "
            "three countries could work together."
        ),
        "issue": (
            "Freight transportation is a growing source of greenhouse gases, black carbon and "
            "nitrogen oxides in North America. Emissions concentrate along highways, border "
            "crossings and ports, often near low-income neighbourhoods. Carriers that operate "
            "across borders face different voluntary programs and standards, and small fleets in "
            "particular lack information on cost-effective ways to cut their fuel use."
        ),
        "aim": (
            "To reduce emissions from freight transportation in North America by promoting "
            "efficient technologies and practices, and by aligning voluntary green freight "
            "programs in the three countries so that carriers benefit across borders."
        ),
        "deliverables": [
            "Emissions inventory for key trade corridors",
            "Comparison of green freight programs in the three countries",
            "Fuel efficiency workshops for small carriers",
            "Recommendations for cross-border alignment",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Natural Resources Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "Secretaría de Comunicaciones y Transportes (SCT)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Hugo Bélanger",
        "lead_email": "hbelanger@cec.org",
        "image_alt": "Illustration: long low hills under a wide peach-coloured sky",
    },
    {
        "title": "Mapping Cumulative Environmental Burdens in Underserved Communities",
        "year": 2023,
        "status": "active",
        "operational_plan": "2023",
        "start_date": date(2023, 9, 1),
        "duration_months": 40,
        "topics": ["Environmental Justice", "Pollutants"],
        "summary": (
            "Some neighbourhoods live with several sources of pollution at once, from highways and "
            "factories to contaminated sites, while also facing social and health disadvantages. "
            "This project compares the tools used in the three countries to map these cumulative "
            "burdens, and works with communities to test a shared approach that can guide "
            "investment and permitting decisions."
        ),
        "issue": (
            "Environmental risks are not evenly distributed. Low-income, racialized and Indigenous "
            "communities often live closer to industrial facilities, major roads and waste sites, "
            "and experience higher rates of pollution-related illness. Screening tools exist in "
            "some jurisdictions, but they use different indicators and data, and communities are "
            "rarely involved in deciding what should be measured."
        ),
        "aim": (
            "To help governments and communities identify places facing the highest cumulative "
            "environmental burdens, using transparent indicators and community input, so that "
            "action and resources reach the places where they are most needed."
        ),
        "deliverables": [
            "Review of environmental justice screening tools in North America",
            "Shared set of core indicators",
            "Community validation workshops in pilot areas",
            "Map layers for the North American Environmental Atlas",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Health Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "Instituto Nacional de Ecología y Cambio Climático (INECC)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Ana Lucía Herrera",
        "lead_email": "aherrera@cec.org",
        "image_alt": "Illustration: hills in layered shades of plum under a dim sun",
    },
    {
        "title": "Partnering with Industry for Traceable and Sustainable Seafood",
        "year": 2024,
        "status": "active",
        "operational_plan": "2024",
        "start_date": date(2024, 9, 1),
        "duration_months": 30,
        "topics": ["Private Sector Engagement", "Ecosystems"],
        "summary": (
            "Seafood is one of the most traded foods in North America, and its supply chains are "
            "long and complex. This project works with fishers, processors, retailers and "
            "regulators to improve traceability from catch to plate, helping to keep illegally "
            "caught products off the market and to reward fisheries that are managed sustainably."
        ),
        "issue": (
            "Illegal, unreported and unregulated fishing undermines conservation measures and "
            "harms law-abiding fishers. Products can be mislabelled or mixed with legal catch as "
            "they move through processors and distributors in several countries. Traceability "
            "systems vary widely among companies and countries, and small-scale fisheries often "
            "lack the tools to document the origin of their catch."
        ),
        "aim": (
            "To strengthen the traceability of seafood traded in North America through cooperation "
            "between governments and the private sector, supporting sustainable fisheries, "
            "including small-scale fisheries, and fair competition for legal producers."
        ),
        "deliverables": [
            "Mapping of supply chains for priority species",
            "Pilot digital traceability systems with industry partners",
            "Guidance on interoperable data standards",
            "Forum with retailers and processors",
        ],
        "partners": [
            "Fisheries and Oceans Canada",
            "Comisión Nacional de Acuacultura y Pesca (Conapesca)",
            "US National Oceanic and Atmospheric Administration (NOAA)",
            "US Food and Drug Administration",
        ],
        "lead_name": "Rebecca Okafor",
        "lead_email": "rokafor@cec.org",
        "image_alt": "Illustration: blue-green hills above a dark sea under a setting sun",
    },
    {
        "title": "Youth Leadership on Climate and the Environment",
        "year": 2026,
        "status": "active",
        "operational_plan": "2026",
        "start_date": date(2026, 2, 1),
        "duration_months": 24,
        "topics": ["Youth Engagement", "Climate Change"],
        "summary": (
            "This project supports young leaders in Canada, Mexico and the United States to take "
            "part in environmental decision-making. It offers training on policy and public "
            "participation, funds youth-led climate projects in their communities, and creates "
            "regular opportunities for youth representatives to present their views to the CEC "
            "Council and the Joint Public Advisory Committee."
        ),
        "issue": (
            "Young people are increasingly active on climate and environmental issues, but their "
            "involvement in formal policy processes remains limited and often symbolic. Youth-led "
            "groups tend to have little funding and few links to decision-makers. Earlier CEC "
            "youth activities showed strong interest, but participants asked for more lasting ways "
            "to stay involved beyond a single event."
        ),
        "aim": (
            "To create lasting opportunities for young people to shape environmental policy in "
            "North America, by building their skills, funding their community projects and giving "
            "them a regular voice in CEC processes."
        ),
        "deliverables": [
            "Youth policy training program",
            "Grants for youth-led community climate projects",
            "Youth forum alongside the annual Council Session",
            "Recommendations for a standing youth advisory mechanism",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "Instituto Mexicano de la Juventud (Imjuve)",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Fernanda Quiroga",
        "lead_email": "fquiroga@cec.org",
        "image_alt": "Illustration: bright hills under a rising sun and a clear turquoise sky",
    },
    {
        "title": "Combating Illegal Logging and Associated Timber Trade",
        "year": 2025,
        "status": "active",
        "operational_plan": "2025",
        "start_date": date(2025, 5, 1),
        "duration_months": 30,
        "topics": ["Enforcement", "Ecosystems"],
        "summary": (
            "Illegal logging degrades forests, harms the communities that depend on them and "
            "undercuts legal timber producers. This project helps enforcement and forestry "
            "agencies in the three countries verify the legal origin of timber, apply wood "
            "identification techniques and share information on suspicious shipments moving "
            "through North American markets."
        ),
        "issue": (
            "Timber from illegal or unverified sources can enter North American markets directly "
            "or inside furniture, flooring and other products. Detecting it requires knowledge of "
            "tree species, documentation and trade routes. Agencies in the three countries differ "
            "in their legal tools and laboratory capacity, and cooperation on investigations that "
            "cross borders is still limited in practice."
        ),
        "aim": (
            "To strengthen the ability of authorities in Canada, Mexico and the United States to "
            "detect and act on illegally sourced timber, through shared verification tools, wood "
            "identification capacity and closer cooperation."
        ),
        "deliverables": [
            "Training on timber legality verification for inspectors",
            "Reference collection and protocols for wood identification",
            "Information-sharing arrangements among enforcement agencies",
            "Due diligence guidance for importers",
        ],
        "partners": [
            "Natural Resources Canada",
            "Environment and Climate Change Canada",
            "Procuraduría Federal de Protección al Ambiente (Profepa)",
            "Comisión Nacional Forestal (Conafor)",
            "US Forest Service",
        ],
        "lead_name": "Patrick O'Donnell",
        "lead_email": "podonnell@cec.org",
        "image_alt": "Illustration: pine-green hills under a misty morning sun",
    },
    {
        "title": "Green Public Procurement for Sustainable Markets",
        "year": 2017,
        "status": "completed",
        "operational_plan": "2017–2018",
        "start_date": date(2017, 11, 1),
        "duration_months": 24,
        "topics": ["Sustainable Living and Economies", "Private Sector Engagement"],
        "summary": (
            "Governments in North America spend billions each year on goods and services, from "
            "office equipment to vehicles and construction. This project helped public buyers in "
            "the three countries include environmental criteria in their purchasing, and worked "
            "with suppliers to understand how government demand can encourage greener products and "
            "services."
        ),
        "issue": (
            "Public purchasing can shape markets, but environmental considerations are often "
            "missing from tender documents or applied inconsistently. Procurement officials may "
            "lack guidance, reliable ecolabels or information on life-cycle costs. Suppliers, "
            "especially small businesses, face different requirements in each jurisdiction, which "
            "makes it harder for them to invest in greener products and services."
        ),
        "aim": (
            "To use the purchasing power of governments to support markets for environmentally "
            "preferable goods and services in North America, by sharing criteria, tools and "
            "experience among public buyers and suppliers."
        ),
        "deliverables": [
            "Comparison of green procurement policies in the three countries",
            "Common environmental criteria for priority product categories",
            "Training for procurement officials",
            "Dialogue sessions with suppliers",
        ],
        "partners": [
            "Environment and Climate Change Canada",
            "Public Services and Procurement Canada",
            "Secretaría de Medio Ambiente y Recursos Naturales (Semarnat)",
            "US General Services Administration",
            "US Environmental Protection Agency",
        ],
        "lead_name": "Claire Desrochers",
        "lead_email": "cdesrochers@cec.org",
        "image_alt": "Illustration: neat green terraces of hills under a mild sun",
    },
]
