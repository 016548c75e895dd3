"""Demo impact stories: what CEC cooperation has changed, by kind of result."""

IMPACT_KINDS = [
    ("standards", "Standards, regulations and policies"),
    ("conservation", "Trinational conservation strategies"),
    ("grants", "Community grants"),
    ("mapping", "Geospatial mapping"),
    ("capacity", "Training and capacity building"),
]

IMPACT_STORIES = [
    {
        "title": "Two Decades of Public Data on Industrial Pollution",
        "kind": "standards",
        "countries": ["CA", "MX", "US"],
        "years": "1997–2024",
        "summary": (
            "Through the Taking Stock initiative, the three countries have compared and published "
            "data on pollutants released by industry. The work helped Mexico establish mandatory "
            "facility reporting and brought the three national registers closer together, giving "
            "communities a single place to see what is released near them."
        ),
        "outcome": (
            "When CEC cooperation on pollutant release and transfer registers began in the late "
            "1990s, only Canada and the United States required facilities to report publicly. CEC "
            "technical support and trinational dialogue helped Mexico make reporting to its "
            "Registro de Emisiones y Transferencia de Contaminantes mandatory in 2004, and later "
            "to expand the list of substances covered. A comparability project in 2017–2018 led "
            "the three governments to align industry codes and adopt common reporting for several "
            "priority substances. Today the Taking Stock online tool lets anyone search data from "
            "more than 20,000 facilities in the three countries, and the integrated dataset is "
            "used by researchers, journalists and community groups to track trends and "
            "cross-border transfers of waste."
        ),
        "key_figures": [
            ("20,000+", "facilities reporting across North America"),
            ("3", "national registers made more comparable"),
            ("2004", "year Mexico made reporting mandatory"),
        ],
        "topics": ["Pollutants"],
        "projects": ["Improving the Comparability of Pollutant Release and Transfer Registers"],
        "publications": [
            "Taking Stock: North American Pollutant Releases and Transfers",
            "Industrial Pollution in North America at a Glance",
        ],
    },
    {
        "title": "Phasing Out DDT and Lindane in Mexico",
        "kind": "standards",
        "countries": ["MX", "CA", "US"],
        "years": "1997–2015",
        "summary": (
            "Under North American regional action plans on persistent chemicals, Mexico ended the "
            "use of DDT for malaria control and phased out agricultural and pharmaceutical uses of "
            "lindane, with technical and financial support from its two partners and the CEC."
        ),
        "outcome": (
            "North American Regional Action Plans adopted by the CEC Council set shared goals for "
            "reducing persistent, toxic chemicals. For DDT, Mexico replaced spraying for malaria "
            "control with an integrated approach combining community clean-up of mosquito breeding "
            "sites, targeted treatment and better surveillance, and stopped using DDT in 2000 "
            "without a rise in malaria cases. For lindane, a trinational plan led to the "
            "cancellation of its agricultural registrations and pharmaceutical uses in Mexico, "
            "aligning its rules with those of Canada and the United States. Monitoring of "
            "chemicals in the environment and in blood samples, supported by the CEC, documented "
            "falling levels in participating communities. These results later informed the listing "
            "of lindane under the Stockholm Convention."
        ),
        "key_figures": [
            ("2000", "year Mexico stopped using DDT for malaria control"),
            ("1997", "year the regional action plan on DDT was adopted"),
        ],
        "topics": ["Pollutants"],
        "projects": [],
        "publications": [
            "Lindane in North America",
            "Sound Management of Chemicals in North America",
        ],
    },
    {
        "title": "Electronic Tracking of Hazardous Waste across Borders",
        "kind": "standards",
        "countries": ["CA", "MX", "US"],
        "years": "2013–2020",
        "summary": (
            "The three countries replaced paper notices for hazardous waste shipments with an "
            "electronic data exchange, making it faster to approve legal shipments and easier to "
            "spot illegal ones. New guidelines also raised expectations for the recycling of spent "
            "lead-acid batteries."
        ),
        "outcome": (
            "Every shipment of hazardous waste between the three countries requires a notice from "
            "the exporting country and consent from the importing one. Until recently, these "
            "documents were exchanged by fax and mail, and reconciling them with customs records "
            "took weeks. With CEC support, environmental authorities in Canada, Mexico and the "
            "United States built and connected electronic notice-and-consent systems, so that "
            "approvals now move between agencies in near real time. Customs and environmental "
            "officers received joint training on verifying shipments at the border. In parallel, "
            "the CEC published technical guidelines for the environmentally sound recycling of "
            "spent lead-acid batteries, which regulators have used when reviewing permits and "
            "inspecting facilities that receive batteries from abroad."
        ),
        "key_figures": [
            ("Weeks to days", "time to process a shipment notice"),
            ("3", "national systems now linked electronically"),
        ],
        "topics": ["Enforcement", "Pollutants"],
        "projects": [
            "Tracking Transboundary Shipments of Hazardous Waste and Spent Lead-Acid Batteries",
        ],
        "publications": [
            "Environmentally Sound Recycling of Spent Lead-Acid Batteries",
            "Transboundary Movements of Spent Lead-Acid Batteries in North America",
        ],
    },
    {
        "title": "A Continental Plan for the Monarch Butterfly",
        "kind": "conservation",
        "countries": ["CA", "MX", "US"],
        "years": "2008–2021",
        "summary": (
            "The monarch is the only butterfly with a migration that links all three countries. A "
            "North American conservation plan developed through the CEC set shared priorities for "
            "protecting breeding, migration and overwintering habitat, and for monitoring the "
            "population in a consistent way."
        ),
        "outcome": (
            "The North American Monarch Conservation Plan, first prepared through the CEC in 2008, "
            "gave governments, scientists and civil society a common agenda for the species. It "
            "was followed by coordinated work on habitat, monitoring and outreach. Between 2019 "
            "and 2021, partners restored or enhanced milkweed and nectar habitat along roadsides, "
            "utility corridors and farms in Canada and the United States, while reforestation and "
            "protection efforts continued in the overwintering forests of the Monarch Butterfly "
            "Biosphere Reserve in Mexico. A harmonized monitoring protocol now allows the three "
            "countries to report results in the same way, and a trinational progress report tracks "
            "habitat gains against shared targets."
        ),
        "key_figures": [
            ("4,500 km", "migration linking Canada, the US and Mexico"),
            ("1", "harmonized monitoring protocol"),
        ],
        "topics": ["Ecosystems"],
        "projects": ["Conserving Monarch Butterfly Habitat along the Migratory Route"],
        "publications": [
            "Monarch Conservation Progress Report",
            "Monarch Butterflies: A Shared Responsibility",
        ],
    },
    {
        "title": "A Network of Marine Protected Areas from Baja California to the Bering Sea",
        "kind": "conservation",
        "countries": ["CA", "MX", "US"],
        "years": "2004–2016",
        "summary": (
            "Marine protected area managers along the Pacific coast of the three countries formed "
            "a network to share science and management tools. Together they identified priority "
            "conservation areas and tested a rapid method for assessing the vulnerability of their "
            "sites to climate change."
        ),
        "outcome": (
            "Starting in 2004, the CEC brought together agencies responsible for marine protected "
            "areas along the Pacific coast of North America, from the Gulf of California to "
            "Alaska. Experts from the three countries mapped marine ecoregions and identified "
            "priority conservation areas that cross national boundaries, which agencies used when "
            "planning new protected areas and management measures. The network then developed a "
            "rapid vulnerability assessment method that managers can complete in a few workshops "
            "using existing information. Pilot assessments at sites in Mexico, the United States "
            "and Canada led to adaptation measures such as adjusted monitoring of kelp forests and "
            "protection of climate refuges, and the method has since been shared with managers on "
            "other coasts."
        ),
        "key_figures": [
            ("28", "priority conservation areas identified"),
            ("8", "sites that piloted the vulnerability assessment"),
        ],
        "topics": ["Ecosystems", "Climate Change"],
        "projects": [],
        "publications": ["Marine Protected Areas and Climate Change"],
    },
    {
        "title": "Priority Areas for North America's Grasslands",
        "kind": "conservation",
        "countries": ["CA", "MX", "US"],
        "years": "2010–2018",
        "summary": (
            "Grassland birds are declining faster than almost any other group of birds on the "
            "continent. Working through the CEC, experts from the three countries identified "
            "priority areas for grassland conservation and worked with ranchers on practices that "
            "keep grasslands healthy and productive."
        ),
        "outcome": (
            "The CEC convened biologists, range managers and conservation organizations to "
            "identify Grassland Priority Conservation Areas across the Great Plains and Chihuahuan "
            "Desert. The resulting map was the first to treat these grasslands as one shared "
            "system from the Canadian Prairies to northern Mexico. It guided where agencies and "
            "partners invested in grassland conservation, and several priority areas in Chihuahua "
            "and Coahuila became the focus of agreements with ranchers to improve grazing "
            "management and restore native grasses. Monitoring of wintering grassland birds in "
            "Mexico, coordinated with breeding surveys in Canada and the United States, gave "
            "managers a clearer view of where populations are most at risk."
        ),
        "key_figures": [
            ("70+", "grassland priority conservation areas mapped"),
            ("3", "countries sharing a grassland bird monitoring design"),
        ],
        "topics": ["Ecosystems"],
        "projects": ["Youth Ambassadors for North American Grasslands"],
        "publications": ["North American Grassland Priority Conservation Areas"],
    },
    {
        "title": "Small Grants, Local Results: The NAPECA Program",
        "kind": "grants",
        "countries": ["CA", "MX", "US"],
        "years": "2010–2017",
        "summary": (
            "The North American Partnership for Environmental Community Action funded local "
            "organizations to tackle environmental problems in their own communities. Grantees "
            "restored habitats, cut energy use and reduced pollution, and shared their experience "
            "with peers across the three countries."
        ),
        "outcome": (
            "Over successive grant cycles, NAPECA supported community groups, Indigenous "
            "organizations, cooperatives and nonprofits with grants of up to US$100,000. Projects "
            "included restoring wetlands and urban streams, training brickmakers in cleaner kiln "
            "technologies, helping small businesses save energy, and teaching farmers to reduce "
            "pesticide use. Grantees reported that the funding often helped them attract further "
            "support from local governments and foundations. An evaluation found that most "
            "projects continued after the grant ended, and that exchanges among grantees in "
            "different countries led to new partnerships. Lessons from NAPECA later shaped the "
            "design of the CEC's EJ4Climate grant program."
        ),
        "key_figures": [
            ("60+", "community projects funded"),
            ("US$100,000", "maximum grant per project"),
        ],
        "topics": ["Sustainable Living and Economies", "Environmental Justice"],
        "projects": ["North American Partnership for Environmental Community Action (NAPECA)"],
        "publications": ["Community Action for the Environment"],
    },
    {
        "title": "EJ4Climate: Grants for Climate-resilient Communities",
        "kind": "grants",
        "countries": ["CA", "MX", "US"],
        "years": "2022–2025",
        "summary": (
            "The EJ4Climate program funds community organizations working with underserved and "
            "Indigenous communities to prepare for climate impacts. Grants have paid for cooling "
            "and shade, flood preparedness, drought-resilient food systems and emergency plans "
            "designed by the communities themselves."
        ),
        "outcome": (
            "Since its first call in 2022, EJ4Climate has funded projects led by community-based "
            "and Indigenous organizations in all three countries. In its first cycle, grantees "
            "planted trees and installed shade structures in urban neighbourhoods with high heat "
            "exposure, prepared flood evacuation plans in coastal communities, restored "
            "traditional water harvesting systems and trained local residents as climate "
            "resilience promoters. Projects were selected with attention to communities that "
            "rarely receive federal funding. Grantee feedback led the CEC to simplify application "
            "forms, accept proposals in Indigenous languages with translation support, and add an "
            "optional webinar series for applicants, which increased the number of first-time "
            "applicants in later cycles."
        ),
        "key_figures": [
            ("30+", "community projects funded"),
            ("3", "languages for calls and applications"),
        ],
        "topics": ["Environmental Justice", "Climate Change"],
        "projects": ["Environmental Justice for Climate Resilience (EJ4Climate) Grants"],
        "publications": [
            "Building Climate Resilience in Underserved Communities",
            "EJ4Climate Grant Program: Guidelines for Applicants",
        ],
    },
    {
        "title": "Communities Keeping Litter out of Rivers and Seas",
        "kind": "grants",
        "countries": ["CA", "MX", "US"],
        "years": "2017–2022",
        "summary": (
            "After pilot assessments showed where litter enters waterways, the CEC funded "
            "community organizations, many in places with limited waste services, to test their "
            "own prevention measures. Their experience was then turned into a practical guide for "
            "other communities and local governments."
        ),
        "outcome": (
            "Pilot watershed assessments between 2017 and 2019 identified food packaging, bottles "
            "and plastic bags as the most common items and showed that most litter entered rivers "
            "near informal dumping sites and storm drains. Building on these findings, the CEC "
            "awarded small grants to community organizations in the three countries, including "
            "Indigenous and low-income communities with limited waste services. Grantees installed "
            "trash traps in urban streams, organized collection points in areas without regular "
            "pickup, ran school and market campaigns and trained volunteers to use a common "
            "monitoring protocol. Several municipalities adopted the measures in their own waste "
            "plans, and the lessons were published in a guide for local organizations."
        ),
        "key_figures": [
            ("12", "community projects supported"),
            ("45 tonnes", "of litter removed from waterways"),
        ],
        "topics": ["Pollutants", "Environmental Justice"],
        "projects": [
            "Reduction of Marine Litter",
            "Community Solutions for Reducing Marine Litter",
        ],
        "publications": [
            "Building Community Solutions to Marine Litter",
            "Marine Litter in North American Watersheds",
        ],
    },
    {
        "title": "The North American Environmental Atlas",
        "kind": "mapping",
        "countries": ["CA", "MX", "US"],
        "years": "2006–2025",
        "summary": (
            "The North American Environmental Atlas brings together seamless maps of the continent "
            "produced with national mapping agencies. Its layers on ecoregions, land cover, "
            "protected areas, watersheds and pollutant releases are freely available to view and "
            "download."
        ),
        "outcome": (
            "Before the Atlas, anyone wanting a continental map had to stitch together national "
            "datasets with different scales, classifications and projections. Working with Natural "
            "Resources Canada, INEGI, Conabio and the US Geological Survey, the CEC produced "
            "harmonized layers that match across borders, including the Level III terrestrial "
            "ecoregions and land cover maps derived from satellite imagery. Each layer comes with "
            "trilingual metadata and can be downloaded for use in geographic information systems. "
            "Atlas layers are used by government agencies for conservation planning, by "
            "researchers studying continental trends, and by teachers. Regular updates of land "
            "cover have made it possible to measure change between 2010 and 2020."
        ),
        "key_figures": [
            ("50+", "map layers available to download"),
            ("3", "languages for every layer's metadata"),
            ("2010–2020", "land cover change measured"),
        ],
        "topics": ["Ecosystems"],
        "projects": [],
        "publications": [
            "North American Terrestrial Ecoregions—Level III",
            "Land Cover Change in North America, 2010–2020",
        ],
    },
    {
        "title": "Putting Blue Carbon on the Map",
        "kind": "mapping",
        "countries": ["CA", "MX", "US"],
        "years": "2015–2017",
        "summary": (
            "The CEC produced the first consistent map of salt marshes, mangroves and seagrasses "
            "along the coasts of the three countries, with estimates of the carbon they store. The "
            "results helped bring coastal wetlands into climate and coastal management planning."
        ),
        "outcome": (
            "Scientists from the three countries compiled and harmonized existing maps, filled "
            "gaps with new field sampling, and synthesized carbon measurements from hundreds of "
            "sites. The resulting map layers, published in the North American Environmental Atlas, "
            "showed the extent of blue carbon habitats across North America for the first time in "
            "a single dataset. The carbon estimates gave national agencies a basis for considering "
            "coastal wetlands in greenhouse gas inventories and climate strategies, and several "
            "coastal planning processes used the maps to identify restoration opportunities. The "
            "sampling methods have been adopted by other teams working on mangroves and seagrasses."
        ),
        "key_figures": [
            ("3", "blue carbon habitat types mapped"),
            ("400+", "sites with carbon measurements synthesized"),
        ],
        "topics": ["Climate Change", "Ecosystems"],
        "projects": ["Blue Carbon: Mapping Coastal Wetlands as Carbon Sinks"],
        "publications": [
            "Coastal Blue Carbon in North America",
            "Blue Carbon Habitats of North America",
        ],
    },
    {
        "title": "Climate Information for the Whole Continent",
        "kind": "mapping",
        "countries": ["CA", "MX", "US"],
        "years": "2015–2017",
        "summary": (
            "An interactive online platform brought together climate indicators and maps from the "
            "three countries, so that policymakers, researchers, teachers and the public could "
            "compare emissions, impacts and adaptation measures across North America in English, "
            "French and Spanish."
        ),
        "outcome": (
            "Climate data from Canada, Mexico and the United States had been published on separate "
            "websites, with different indicators and units. The CEC worked with national agencies "
            "to select a set of comparable indicators, covering emissions, temperature, "
            "precipitation, sea ice, sea level and heat-related health effects, and to present "
            "them on a single trilingual platform with interactive maps and charts. The platform "
            "linked directly to the official data sources, so figures stayed consistent with "
            "national reporting. Teachers, journalists and researchers used it to compare trends "
            "across borders, and the indicator set informed later CEC work on extreme heat and on "
            "the regional picture of greenhouse gas emissions."
        ),
        "key_figures": [
            ("20+", "comparable climate indicators"),
            ("3", "languages on the platform"),
        ],
        "topics": ["Climate Change"],
        "projects": ["North American On-line Interactive Informational Platform on Climate Change"],
        "publications": ["Climate Change Indicators for North America"],
    },
    {
        "title": "Training the People Who Enforce Environmental Law",
        "kind": "capacity",
        "countries": ["CA", "MX", "US"],
        "years": "2019–2023",
        "summary": (
            "Wildlife officers, customs agents and environmental inspectors from the three "
            "countries trained together, in person and online. Shared identification guides and "
            "contact networks have made it easier to stop illegal shipments and to carry out safe, "
            "effective inspections."
        ),
        "outcome": (
            "Between 2019 and 2021, the CEC organized training for border and wildlife officers on "
            "identifying protected species and targeting high-risk shipments, producing guides on "
            "frequently trafficked reptiles, marine products and timber. When the COVID-19 "
            "pandemic halted in-person training, the CEC worked with enforcement agencies to build "
            "trilingual online courses on inspection planning, evidence gathering and field "
            "safety. Officers completing the courses reported using the material in daily work, "
            "and agencies added modules to their own induction programs. The contact network "
            "established among agencies has been used to coordinate responses to suspicious "
            "shipments at several ports of entry."
        ),
        "key_figures": [
            ("1,500+", "officials trained online and in person"),
            ("6", "online course modules in three languages"),
        ],
        "topics": ["Enforcement"],
        "projects": [
            "Strengthening Environmental Inspection Capacity through Online Training",
            "Strengthening Compliance with Wildlife Trade Laws at Ports of Entry",
        ],
        "publications": ["Wildlife Trade Enforcement at North American Ports of Entry"],
    },
    {
        "title": "Energy Management in North American Factories",
        "kind": "capacity",
        "countries": ["CA", "MX", "US"],
        "years": "2019–2021",
        "summary": (
            "Industrial facilities in the three countries learned to manage energy systematically "
            "using the ISO 50001 standard. Participating plants cut their energy use and costs, "
            "and a new pool of trained experts is helping other companies follow their lead."
        ),
        "outcome": (
            "The CEC worked with energy agencies in the three countries to train facility staff "
            "and independent experts in energy management systems based on ISO 50001. Pilot "
            "facilities in sectors such as food processing, automotive parts and chemicals set up "
            "energy teams, installed metering and carried out low-cost measures such as fixing "
            "compressed air leaks and adjusting equipment schedules. Several facilities achieved "
            "ISO 50001 certification during the project. Their results, published as case studies, "
            "showed that savings often paid back the investment in less than two years. Mexico's "
            "energy efficiency agency has since incorporated the training materials into its "
            "national program for industry."
        ),
        "key_figures": [
            ("8%", "average energy savings at pilot facilities"),
            ("120", "energy management experts trained"),
        ],
        "topics": ["Private Sector Engagement", "Climate Change"],
        "projects": ["Energy Management Systems for Industrial Facilities"],
        "publications": ["Energy Management in Industry"],
    },
]
