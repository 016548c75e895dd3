"""Demo publications: reports, fact sheets, plans and other documents of the CEC."""

from datetime import date

DOCUMENT_TYPES = [
    "Report",
    "Background paper",
    "Fact sheet",
    "Strategic Plan",
    "Operational Plan",
    "Council Resolution",
    "Advice to Council",
    "Guidelines",
]

PUBLICATIONS = [
    {
        "title": "Submissions on Enforcement Matters: What Have We Learned?",
        "subtitle": "A Retrospective Review of Performance",
        "date": date(2024, 7, 17),
        "pages": 99,
        "image_alt": "SEM long-term impact assessment",
        "topics": ["Enforcement"],
        "document_type": "Report",
        "summary": (
            "This report assesses the performance and impact of the Submissions on Enforcement "
            "Matters (SEM) process from 1994 through 2021. The SEM process allows persons and "
            "nongovernmental organizations to file submissions with the Commission for "
            "Environmental Cooperation asserting that Canada, the United States of America, or "
            "Mexico is failing to effectively enforce its environmental laws and provides "
            "procedures for developing information concerning the asserted enforcement matters. "
            "The SEM process operated under the North American Agreement on Environmental "
            "Cooperation (NAAEC) from 1994 to June 2020 and now operates under the "
            "US-Mexico-Canada Agreement (USMCA/CUSMA) since July 2020. This report considers the "
            "objectives of the SEM process, its legal foundations, its implementation over time, "
            "and its results. The report considers the role of the process in promoting "
            "transparency, accountability, and public participation, as well as whether it has met "
            "its expected environmental objectives."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-312-8",
        "project": "",
    },
    {
        "title": "North American Terrestrial Ecoregions—Level III",
        "subtitle": "",
        "date": date(2012, 4, 19),
        "pages": 72,
        "topics": ["Ecosystems"],
        "document_type": "Report",
        "summary": (
            "Ecoregions are areas where ecosystems, and the type, quality and quantity of "
            "environmental resources, are broadly similar. This report describes the 182 Level III "
            "terrestrial ecoregions that cover Canada, Mexico and the United States, from Arctic "
            "tundra to tropical dry forests. For each region it summarizes landforms, climate, "
            "vegetation, wildlife and land use. The classification gives scientists, planners and "
            "land managers in the three countries a common framework for reporting on the state of "
            "the environment, setting conservation priorities and comparing ecosystems across "
            "national borders."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-021-9",
        "project": "",
    },
    {
        "title": "Building Community Solutions to Marine Litter",
        "subtitle": "A Guide for Local Organizations",
        "date": date(2022, 11, 15),
        "pages": 48,
        "topics": ["Pollutants", "Environmental Justice"],
        "document_type": "Guidelines",
        "summary": (
            "This guide draws on the experience of community organizations in Canada, Mexico and "
            "the United States that tackled marine litter in their own watersheds. It walks "
            "readers through the steps of a local project: identifying where litter comes from, "
            "involving residents and local authorities, choosing prevention and collection "
            "measures, monitoring results and keeping the work going once initial funding ends. "
            "Short case studies from coastal and inland communities show what worked, what did not "
            "and why. The guide is written for community groups, Indigenous organizations, schools "
            "and municipal staff."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-287-9",
        "project": "Community Solutions for Reducing Marine Litter",
    },
    {
        "title": "Strategic Plan 2021–2025",
        "subtitle": "",
        "date": date(2021, 3, 1),
        "pages": 28,
        "topics": ["Sustainable Living and Economies", "Climate Change"],
        "document_type": "Strategic Plan",
        "summary": (
            "The Strategic Plan sets out the priorities that guide the CEC's cooperative work for "
            "five years, the first under the Environmental Cooperation Agreement that entered into "
            "force with the USMCA/CUSMA/T-MEC in 2020. It identifies several strategic pillars, "
            "including clean air, land and water, circular economy and sustainable materials "
            "management, shared ecosystems and species, resilient economies and communities, and "
            "effective enforcement of environmental laws. The plan also commits the Parties to "
            "greater public participation, the inclusion of Indigenous and local communities and "
            "youth, and regular reporting on results."
        ),
        "authors": ["CEC Council"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Strategic Plan 2015–2020",
        "subtitle": "",
        "date": date(2015, 7, 16),
        "pages": 20,
        "topics": ["Climate Change", "Ecosystems"],
        "document_type": "Strategic Plan",
        "summary": (
            "Adopted by the CEC Council in 2015, this Strategic Plan focused the organization's "
            "work on three priorities: climate change mitigation and adaptation, green growth, and "
            "sustainable communities and ecosystems. It explains how the three countries intended "
            "to pool expertise and data on issues where joint action adds value, such as shared "
            "species, transboundary pollution and trade in environmental goods. The plan describes "
            "how projects would be selected, how results would be measured and how the public, "
            "Indigenous communities and the Joint Public Advisory Committee would be involved."
        ),
        "authors": ["CEC Council"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Operational Plan 2017–2018",
        "subtitle": "",
        "date": date(2017, 7, 20),
        "pages": 84,
        "topics": ["Pollutants", "Ecosystems"],
        "document_type": "Operational Plan",
        "summary": (
            "The Operational Plan 2017–2018 describes the cooperative projects the CEC carried out "
            "over two years under its 2015–2020 Strategic Plan. It presents each project's "
            "objectives, expected results, activities, partners and budget, covering topics such "
            "as marine litter, food loss and waste, pollutant release and transfer registers, and "
            "aquatic invasive species. The plan also outlines ongoing activities of the "
            "Secretariat, including the North American Environmental Atlas, the Submissions on "
            "Enforcement Matters process and community grants."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Operational Plan 2021–2022",
        "subtitle": "",
        "date": date(2021, 7, 14),
        "pages": 96,
        "topics": ["Climate Change", "Sustainable Living and Economies"],
        "document_type": "Operational Plan",
        "summary": (
            "This Operational Plan is the first prepared under the 2021–2025 Strategic Plan and "
            "the new Environmental Cooperation Agreement. It describes the projects approved by "
            "the Council for 2021 and 2022, including work on circularity in the electronics "
            "sector, community solutions for marine litter, shorebird conservation and online "
            "training for environmental inspectors. For each project, the plan sets out the "
            "problem to be addressed, objectives, expected outputs, performance measures and "
            "budget, together with the Secretariat's ongoing programs and its approach to public "
            "engagement."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Operational Plan 2024",
        "subtitle": "",
        "date": date(2024, 3, 12),
        "pages": 58,
        "topics": ["Climate Change", "Ecosystems"],
        "document_type": "Operational Plan",
        "summary": (
            "The Operational Plan 2024 presents the cooperative projects and initiatives the CEC "
            "will pursue during the year. New projects address sustainable tourism in marine "
            "protected areas, wildfire resilience, Indigenous and local knowledge for coastal "
            "adaptation, and seafood traceability, while multi-year work on extreme heat, electric "
            "vehicle batteries and cumulative environmental burdens continues. The plan summarizes "
            "each project's goals, partners, timeline and budget, and describes how the "
            "Secretariat will report on results to the Council and the public."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Operational Plan 2026",
        "subtitle": "",
        "date": date(2026, 2, 24),
        "pages": 62,
        "topics": ["Youth Engagement", "Enforcement"],
        "document_type": "Operational Plan",
        "summary": (
            "This plan outlines the CEC's work program for 2026. It introduces a new project on "
            "youth leadership in climate and environmental policy and describes the continuation "
            "of projects begun in earlier years, including efforts against illegal logging, "
            "nature-based solutions for urban flooding and support for youth grassland "
            "ambassadors. The plan lists objectives, partners, milestones and budgets for each "
            "project, and explains how progress will be tracked and published on the CEC website "
            "in English, French and Spanish."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Council Resolution 19-02: Youth Engagement in the Work of the CEC",
        "subtitle": "",
        "date": date(2019, 6, 27),
        "pages": 3,
        "topics": ["Youth Engagement"],
        "document_type": "Council Resolution",
        "summary": (
            "In this resolution, the CEC Council recognizes the role of young people in addressing "
            "North American environmental challenges and asks the Secretariat to create regular "
            "opportunities for youth to take part in CEC activities. The Council directs the "
            "Secretariat to hold a youth forum in connection with its annual session, to consider "
            "youth participation when designing projects, and to report back on progress. The "
            "resolution also invites the Joint Public Advisory Committee to advise on ways to "
            "reach youth from Indigenous, rural and underserved communities."
        ),
        "authors": ["CEC Council"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Council Resolution 22-03: Environmental Justice and Climate Resilience",
        "subtitle": "",
        "date": date(2022, 7, 8),
        "pages": 4,
        "topics": ["Environmental Justice", "Climate Change"],
        "document_type": "Council Resolution",
        "summary": (
            "Through this resolution, the Council affirms that environmental justice is a priority "
            "for cooperation among Canada, Mexico and the United States. It acknowledges that "
            "underserved and vulnerable communities, including Indigenous peoples, bear a "
            "disproportionate share of environmental harms and climate impacts. The Council "
            "directs the Secretariat to continue a grant program that supports community-led "
            "climate resilience projects, to integrate environmental justice considerations into "
            "new projects, and to share lessons learned through public reports and meetings."
        ),
        "authors": ["CEC Council"],
        "isbn": "",
        "project": "Environmental Justice for Climate Resilience (EJ4Climate) Grants",
    },
    {
        "title": "Council Resolution 24-01: Circular Economy and Sustainable Materials Management",
        "subtitle": "",
        "date": date(2024, 7, 10),
        "pages": 4,
        "topics": ["Sustainable Living and Economies", "Private Sector Engagement"],
        "document_type": "Council Resolution",
        "summary": (
            "The Council adopted this resolution to strengthen trinational cooperation on the "
            "circular economy. It recognizes that keeping products and materials in use for longer "
            "can reduce pollution, greenhouse gas emissions and pressure on natural resources "
            "while supporting resilient supply chains. The Council asks the Secretariat to build "
            "on its work in the electronics sector, to engage businesses and recyclers in "
            "identifying practical opportunities, and to examine sectors such as electric vehicle "
            "batteries, packaging and textiles in future operational plans."
        ),
        "authors": ["CEC Council"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Council Resolution 16-02: Conservation of the Monarch Butterfly",
        "subtitle": "",
        "date": date(2016, 9, 1),
        "pages": 3,
        "topics": ["Ecosystems"],
        "document_type": "Council Resolution",
        "summary": (
            "With this resolution, the Council commits the three countries to closer cooperation "
            "on the conservation of the monarch butterfly and its migration. It recognizes the "
            "monarch as a shared natural and cultural heritage of North America and notes the "
            "decline of the eastern population. The Council asks the Secretariat to support "
            "coordinated habitat restoration, harmonized monitoring and public outreach along the "
            "migratory route, working with federal, state, provincial and local agencies, "
            "Indigenous communities, landowners and civil society."
        ),
        "authors": ["CEC Council"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Advice to Council No. 18-01: Public Participation in the Work of the CEC",
        "subtitle": "",
        "date": date(2018, 11, 6),
        "pages": 6,
        "topics": ["Environmental Justice"],
        "document_type": "Advice to Council",
        "summary": (
            "The Joint Public Advisory Committee (JPAC) offers the Council recommendations on how "
            "to broaden public participation in CEC activities. Drawing on comments gathered at "
            "public meetings in the three countries, JPAC recommends earlier consultation on draft "
            "operational plans, more meetings outside large cities, simultaneous interpretation in "
            "English, French and Spanish, and support for the travel costs of community "
            "representatives. It also calls for clearer feedback to the public on how comments are "
            "used in decisions."
        ),
        "authors": ["Joint Public Advisory Committee"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Advice to Council No. 21-02: Plain Language and Accessibility of the SEM Process",
        "subtitle": "",
        "date": date(2021, 10, 19),
        "pages": 5,
        "topics": ["Enforcement"],
        "document_type": "Advice to Council",
        "summary": (
            "In this advice, JPAC reviews how easy it is for members of the public to understand "
            "and use the Submissions on Enforcement Matters process. It finds that many submitters "
            "find the procedures, timelines and legal terms hard to follow. JPAC recommends "
            "plain-language explanations of each step, a glossary of key terms, a public tracker "
            "showing the status of every submission, and clear flags on the website for "
            "submissions and factual records that are still in progress."
        ),
        "authors": ["Joint Public Advisory Committee"],
        "isbn": "",
        "project": "",
    },
    {
        "title": (
            "Advice to Council No. 23-01: Indigenous Knowledge in Environmental Decision-making"
        ),
        "subtitle": "",
        "date": date(2023, 5, 30),
        "pages": 7,
        "topics": ["Climate Change", "Environmental Justice"],
        "document_type": "Advice to Council",
        "summary": (
            "Following a public forum with Indigenous participants from the three countries, JPAC "
            "advises the Council on how the CEC can respectfully include Indigenous knowledge in "
            "its work. The advice stresses free, prior and informed consent, community ownership "
            "of knowledge and data, and fair compensation for participation. JPAC recommends that "
            "new projects involve Indigenous partners from the design stage, that the Secretariat "
            "develop ethical engagement guidelines, and that Indigenous knowledge be treated as a "
            "source of evidence alongside science."
        ),
        "authors": ["Joint Public Advisory Committee"],
        "isbn": "",
        "project": "",
    },
    {
        "title": (
            "Advice to Council No. 25-02: Youth Voices in North American Environmental Cooperation"
        ),
        "subtitle": "",
        "date": date(2025, 11, 4),
        "pages": 6,
        "topics": ["Youth Engagement"],
        "document_type": "Advice to Council",
        "summary": (
            "JPAC reviews the CEC's experience with youth engagement since 2019, including the "
            "youth forum, innovation challenge and youth-focused projects. It notes strong "
            "interest among young people but limited continuity between events. JPAC recommends "
            "establishing a standing youth advisory mechanism, reserving part of grant funding for "
            "youth-led projects, and offering mentoring and paid internships so that young people "
            "from all backgrounds can take part. The advice includes a summary of comments "
            "received from youth in the three countries."
        ),
        "authors": ["Joint Public Advisory Committee"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Advice to Council No. 16-03: Marine Litter and Plastic Pollution",
        "subtitle": "",
        "date": date(2016, 12, 8),
        "pages": 5,
        "topics": ["Pollutants"],
        "document_type": "Advice to Council",
        "summary": (
            "After a public meeting on the health of North American oceans, JPAC advises the "
            "Council to make marine litter a priority for trinational cooperation. The advice "
            "describes the scale of plastic pollution on the continent's coasts and its effects on "
            "wildlife, fisheries and tourism. JPAC recommends a focus on land-based sources, "
            "support for community-led prevention projects, common monitoring methods and closer "
            "work with industry on packaging, and it encourages the Parties to share data openly."
        ),
        "authors": ["Joint Public Advisory Committee"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Guidelines for Submissions on Enforcement Matters",
        "subtitle": "",
        "date": date(2012, 7, 11),
        "pages": 18,
        "topics": ["Enforcement"],
        "document_type": "Guidelines",
        "summary": (
            "These guidelines explain how members of the public and nongovernmental organizations "
            "can file a submission asserting that a country is failing to effectively enforce its "
            "environmental law. They describe what a submission must contain, how it is reviewed "
            "by the Secretariat, when a response from the country concerned is requested, and how "
            "the Council decides whether a factual record should be prepared. The guidelines also "
            "set out timelines for each stage and how documents are made public."
        ),
        "authors": ["CEC Council"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "EJ4Climate Grant Program: Guidelines for Applicants",
        "subtitle": "2025 Funding Cycle",
        "date": date(2025, 9, 15),
        "pages": 22,
        "topics": ["Environmental Justice", "Climate Change"],
        "document_type": "Guidelines",
        "summary": (
            "These guidelines explain who can apply for an EJ4Climate grant, what kinds of "
            "projects are eligible and how proposals are assessed. Eligible applicants include "
            "community-based organizations, Indigenous organizations and nonprofits in Canada, "
            "Mexico and the United States working with underserved and vulnerable communities on "
            "climate resilience. The document describes funding amounts, eligible costs, the "
            "application timeline and the selection criteria, and provides tips for preparing a "
            "strong proposal, along with answers to frequently asked questions."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Environmental Justice for Climate Resilience (EJ4Climate) Grants",
    },
    {
        "title": "Environmentally Sound Recycling of Spent Lead-Acid Batteries",
        "subtitle": "Technical Guidelines",
        "date": date(2019, 2, 5),
        "pages": 64,
        "topics": ["Pollutants"],
        "document_type": "Guidelines",
        "summary": (
            "Recycling spent lead-acid batteries recovers valuable lead, but poorly run facilities "
            "can expose workers and neighbours to dangerous levels of lead in air, soil and water. "
            "These guidelines set out good practices for collecting, storing, transporting and "
            "processing spent batteries, with recommended limits for emissions and workplace "
            "exposure and methods for monitoring them. They are intended for regulators, "
            "inspectors and facility operators in the three countries, and complement national "
            "rules on the cross-border movement of hazardous waste."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-205-3",
        "project": (
            "Tracking Transboundary Shipments of Hazardous Waste and Spent Lead-Acid Batteries"
        ),
    },
    {
        "title": "Heat-Health Action Planning",
        "subtitle": "Guidelines for Local Governments",
        "date": date(2025, 6, 3),
        "pages": 40,
        "topics": ["Climate Change", "Environmental Justice"],
        "document_type": "Guidelines",
        "summary": (
            "Many municipalities have no formal plan for protecting residents during extreme heat. "
            "These guidelines help local governments and public health units prepare one. They "
            "cover setting alert thresholds, identifying people at higher risk, coordinating "
            "cooling centres and outreach, protecting outdoor workers, and evaluating the response "
            "after each heat season. Examples from mid-sized cities in Canada, Mexico and the "
            "United States illustrate each step, and a template plan is provided that can be "
            "adapted to local conditions."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Extreme Heat and Health: Early Warning for Vulnerable Communities",
    },
    {
        "title": "Monitoring Land-based Marine Litter",
        "subtitle": "A Field Protocol for Rivers and Shorelines",
        "date": date(2019, 4, 23),
        "pages": 36,
        "topics": ["Pollutants"],
        "document_type": "Guidelines",
        "summary": (
            "This protocol provides a common method for counting and classifying litter on "
            "riverbanks, beaches and in storm drains, so that results from different sites and "
            "countries can be compared. It explains how to select survey sites, lay out transects, "
            "sort items into standard categories and record data on a simple form or mobile app. "
            "The protocol was tested by volunteers and municipal staff in pilot watersheds and is "
            "suited to community groups, schools and local authorities."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Reduction of Marine Litter",
    },
    {
        "title": "Measuring Food Loss and Waste",
        "subtitle": "A Practical Guide for Businesses and Institutions",
        "date": date(2019, 10, 16),
        "pages": 88,
        "topics": ["Sustainable Living and Economies"],
        "document_type": "Guidelines",
        "summary": (
            "Organizations cannot reduce what they do not measure. This guide helps farms, food "
            "processors, retailers, restaurants, hospitals and schools choose a method for "
            "measuring their food loss and waste, from direct weighing and waste audits to diaries "
            "and records analysis. It explains the strengths, costs and limits of each method, "
            "gives worked examples, and shows how results can be used to set targets, track "
            "progress and identify the most cost-effective ways to prevent waste and donate "
            "surplus food."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-224-4",
        "project": "Reducing Food Loss and Waste in North America",
    },
    {
        "title": "Community Science Activity Guide for Educators",
        "subtitle": "",
        "date": date(2021, 9, 8),
        "pages": 32,
        "topics": ["Youth Engagement"],
        "document_type": "Guidelines",
        "summary": (
            "This guide offers teachers and youth leaders a set of ready-to-use community science "
            "activities that students can carry out safely close to home or school. Activities "
            "include pollinator counts, bird observations, urban tree surveys and simple water "
            "quality checks, each with learning goals, step-by-step instructions and suggestions "
            "for sharing data through free online platforms. The guide is available in English, "
            "French and Spanish and can be adapted for different ages and settings."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Connecting Youth with Nature through Community Science",
    },
    {
        "title": "Monarch Butterflies: A Shared Responsibility",
        "subtitle": "",
        "date": date(2020, 3, 10),
        "pages": 2,
        "topics": ["Ecosystems"],
        "document_type": "Fact sheet",
        "summary": (
            "This fact sheet presents the monarch butterfly's remarkable migration between Canada, "
            "the United States and Mexico, and explains why the population has declined. It "
            "summarizes the main threats, including the loss of milkweed and nectar plants, "
            "degradation of overwintering forests and extreme weather. It also suggests simple "
            "actions that individuals, schools, farmers and municipalities can take, such as "
            "planting native milkweed, reducing pesticide use and reporting sightings to "
            "monitoring programs."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Conserving Monarch Butterfly Habitat along the Migratory Route",
    },
    {
        "title": "Industrial Pollution in North America at a Glance",
        "subtitle": "",
        "date": date(2020, 11, 24),
        "pages": 4,
        "topics": ["Pollutants"],
        "document_type": "Fact sheet",
        "summary": (
            "This fact sheet summarizes the latest data reported by industrial facilities to the "
            "pollutant release and transfer registers of Canada, Mexico and the United States. It "
            "shows the total amounts of pollutants released to air, water and land or transferred "
            "off-site, the industry sectors that report the largest quantities, and trends for "
            "selected substances. It also explains how to use the online Taking Stock tool to look "
            "up facilities near you and compare data across the three countries."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Improving the Comparability of Pollutant Release and Transfer Registers",
    },
    {
        "title": "Food Waste at Home: Simple Steps to Reduce It",
        "subtitle": "",
        "date": date(2018, 10, 16),
        "pages": 2,
        "topics": ["Sustainable Living and Economies"],
        "document_type": "Fact sheet",
        "summary": (
            "Households are among the largest sources of food waste in North America. This fact "
            "sheet explains why wasting food matters for the environment and the family budget, "
            "and offers practical tips: planning meals, making shopping lists, storing food "
            "properly, understanding date labels, using leftovers and composting what cannot be "
            "eaten. It includes a simple one-week challenge that families, classes and community "
            "groups can use to measure and reduce the food they throw away."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Blue Carbon Habitats of North America",
        "subtitle": "",
        "date": date(2016, 11, 3),
        "pages": 4,
        "topics": ["Climate Change", "Ecosystems"],
        "document_type": "Fact sheet",
        "summary": (
            "Salt marshes, mangroves and seagrass meadows capture and store carbon in their soils "
            "for centuries, while also protecting shorelines and providing nursery habitat for "
            "fish. This fact sheet explains what blue carbon is, shows where these habitats are "
            "found along North American coasts, and summarizes the threats they face. It also "
            "points to new map layers in the North American Environmental Atlas that show their "
            "extent and to ways they are being restored."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Blue Carbon: Mapping Coastal Wetlands as Carbon Sinks",
    },
    {
        "title": "Extreme Heat: Protecting Outdoor Workers",
        "subtitle": "",
        "date": date(2024, 6, 18),
        "pages": 2,
        "topics": ["Climate Change", "Environmental Justice"],
        "document_type": "Fact sheet",
        "summary": (
            "Construction crews, farmworkers, delivery drivers and others who work outdoors face a "
            "high risk of heat-related illness. This fact sheet describes the warning signs of "
            "heat exhaustion and heat stroke, and outlines practical measures employers and "
            "workers can take: gradual acclimatization, access to water, shade and rest, adjusted "
            "schedules and a buddy system. It also lists where to find heat alerts in Canada, "
            "Mexico and the United States."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Shorebirds on the Move",
        "subtitle": "",
        "date": date(2022, 5, 10),
        "pages": 2,
        "topics": ["Ecosystems"],
        "document_type": "Fact sheet",
        "summary": (
            "Some shorebirds fly more than 15,000 kilometres each year between Arctic breeding "
            "grounds and wintering areas in Mexico and farther south. This fact sheet introduces "
            "common species found along the Pacific and Central flyways, explains why stopover "
            "wetlands are so important to them, and suggests how beach users can avoid disturbing "
            "feeding and resting birds, for example by keeping dogs on a leash and giving flocks "
            "space."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "End-of-life Electric Vehicle Batteries: Key Facts",
        "subtitle": "",
        "date": date(2025, 4, 22),
        "pages": 4,
        "topics": ["Pollutants", "Sustainable Living and Economies"],
        "document_type": "Fact sheet",
        "summary": (
            "This fact sheet gives an overview of what happens to electric vehicle batteries when "
            "they can no longer power a car. It presents projected volumes of end-of-life "
            "batteries in North America, the materials they contain, and the main options for "
            "reuse in energy storage, repurposing and recycling. It also highlights safety risks "
            "during collection and transport and summarizes how rules differ among Canada, Mexico "
            "and the United States."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Environmentally Sound Management of End-of-life Electric Vehicle Batteries",
    },
    {
        "title": "How to File a Submission on Enforcement Matters",
        "subtitle": "",
        "date": date(2020, 9, 1),
        "pages": 2,
        "topics": ["Enforcement"],
        "document_type": "Fact sheet",
        "summary": (
            "Any person or nongovernmental organization residing in North America can ask the CEC "
            "to look into whether Canada, Mexico or the United States is effectively enforcing its "
            "environmental law. This fact sheet explains in plain language who can file a "
            "submission, what information to include, how to send it, and what happens next. It "
            "also describes what a factual record is and where to follow the progress of current "
            "submissions."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Invasive Species in the Aquarium and Live Bait Trade",
        "subtitle": "",
        "date": date(2018, 8, 14),
        "pages": 2,
        "topics": ["Ecosystems"],
        "document_type": "Fact sheet",
        "summary": (
            "Releasing aquarium pets, unused bait or water garden plants into the wild can "
            "introduce invasive species that harm native fish, plants and local economies. This "
            "fact sheet explains how such introductions happen, gives examples of species that "
            "have become established in North American waters, and offers simple advice for "
            "hobbyists, anglers and pet stores: never release, return unwanted animals to "
            "retailers, and dispose of bait properly."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "The CEC at 30",
        "subtitle": "Three Decades of North American Environmental Cooperation",
        "date": date(2024, 6, 25),
        "pages": 6,
        "topics": ["Ecosystems", "Pollutants"],
        "document_type": "Fact sheet",
        "summary": (
            "Since 1994, Canada, Mexico and the United States have worked together through the "
            "Commission for Environmental Cooperation. This fact sheet traces the organization's "
            "main milestones, from the first action plans on persistent chemicals to the North "
            "American Environmental Atlas, community grants and the Submissions on Enforcement "
            "Matters process. It presents key figures on projects, grants and publications and "
            "explains how the CEC works today under the Environmental Cooperation Agreement."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Circularity in the Electronics Sector",
        "subtitle": "Mapping Material Flows in North America",
        "date": date(2023, 10, 5),
        "pages": 74,
        "topics": ["Private Sector Engagement", "Sustainable Living and Economies"],
        "document_type": "Background paper",
        "summary": (
            "This background paper traces how electronic products and the materials they contain "
            "move through the North American economy, from manufacture and import to use, repair, "
            "collection and recycling. It estimates the quantities of discarded electronics "
            "generated in each country and the share recovered, identifies points in the value "
            "chain where materials are lost, and reviews circular business models such as leasing, "
            "refurbishment and take-back programs. The findings informed discussions with industry "
            "on priorities for a second phase of work."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-296-1",
        "project": (
            "Opportunities for Circularity in the North American Electronics Sector: Phase 1"
        ),
    },
    {
        "title": "Black Carbon Emissions from Artisanal Brick Kilns in Mexico",
        "subtitle": "",
        "date": date(2017, 5, 9),
        "pages": 46,
        "topics": ["Climate Change", "Pollutants"],
        "document_type": "Background paper",
        "summary": (
            "Thousands of small, traditional kilns in Mexico fire bricks using wood, sawdust, used "
            "tires and other fuels, releasing black carbon and other pollutants close to homes. "
            "This paper reports on field measurements of emissions from kilns in several states, "
            "compares them with the factors used in national inventories, and discusses cleaner "
            "kiln designs and fuels. It also considers the social and economic conditions of "
            "brickmakers that any reduction strategy needs to take into account."
        ),
        "authors": ["Laura Montiel Ochoa", "David R. Whitcomb"],
        "isbn": "",
        "project": "Improving Black Carbon Emissions Inventories",
    },
    {
        "title": "Mercury Supply and Trade in North America",
        "subtitle": "Sources, Flows and Storage Options",
        "date": date(2017, 2, 14),
        "pages": 58,
        "topics": ["Pollutants"],
        "document_type": "Background paper",
        "summary": (
            "This paper estimates how much mercury is mined, recovered, imported, exported and "
            "used in Canada, Mexico and the United States, drawing on customs records, industry "
            "data and government reports. It identifies the main trade flows within and beyond the "
            "region and discusses gaps in the data. The paper also examines options for the "
            "long-term storage of surplus mercury and the implications of the Minamata Convention "
            "for each country."
        ),
        "authors": ["Meridian Environmental Consulting"],
        "isbn": "978-2-89700-188-9",
        "project": "Reducing Mercury Emissions and Trade in North America",
    },
    {
        "title": "Comparing Facility-level Greenhouse Gas Reporting in North America",
        "subtitle": "",
        "date": date(2016, 9, 20),
        "pages": 52,
        "topics": ["Climate Change", "Private Sector Engagement"],
        "document_type": "Background paper",
        "summary": (
            "Canada, Mexico and the United States each require large facilities to report their "
            "greenhouse gas emissions, but the programs differ in important ways. This paper "
            "compares the gases, sectors and thresholds covered, calculation methods, verification "
            "requirements and public access to data. It finds that some sectors, such as cement "
            "and power generation, could be made comparable with modest changes, and outlines "
            "options that would reduce the burden on companies reporting in more than one country."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Harmonizing Greenhouse Gas Reporting for Industrial Facilities",
    },
    {
        "title": "Cumulative Impact Screening Tools",
        "subtitle": "A Review of Approaches in North America",
        "date": date(2024, 11, 19),
        "pages": 68,
        "topics": ["Environmental Justice", "Pollutants"],
        "document_type": "Background paper",
        "summary": (
            "Governments in North America increasingly use mapping tools to identify communities "
            "facing multiple environmental and social burdens. This paper reviews more than a "
            "dozen such tools at federal, state, provincial and municipal levels, comparing the "
            "indicators they use, how indicators are combined, data sources and the role of "
            "communities in their design. It highlights common strengths and limits and proposes a "
            "small set of core indicators that could be calculated consistently across the three "
            "countries."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-334-0",
        "project": "Mapping Cumulative Environmental Burdens in Underserved Communities",
    },
    {
        "title": "Indigenous Knowledge and Coastal Adaptation",
        "subtitle": "A Discussion Paper",
        "date": date(2025, 8, 12),
        "pages": 30,
        "topics": ["Climate Change", "Environmental Justice"],
        "document_type": "Background paper",
        "summary": (
            "This discussion paper explores how Indigenous knowledge of coastal environments can "
            "inform adaptation to climate change, and what conditions are needed for this to "
            "happen respectfully. It draws on published literature and conversations with "
            "knowledge holders in the three countries. The paper discusses principles of data "
            "sovereignty, consent and benefit sharing, describes examples where communities have "
            "led adaptation planning, and raises questions for agencies that wish to work in "
            "partnership with Indigenous communities."
        ),
        "authors": ["Naomi Sinclair", "Joaquín Tzec Canul"],
        "isbn": "",
        "project": "Indigenous and Local Knowledge for Climate Resilience in Coastal Communities",
    },
    {
        "title": "Chemicals in Products",
        "subtitle": "How Information Flows along Supply Chains",
        "date": date(2020, 12, 1),
        "pages": 62,
        "topics": ["Private Sector Engagement", "Pollutants"],
        "document_type": "Background paper",
        "summary": (
            "Information about the chemicals contained in consumer products often stops at the "
            "first link of the supply chain. Based on interviews and surveys with manufacturers, "
            "brands, retailers and recyclers in the textile and electronics sectors, this paper "
            "describes how such information is requested, shared and used today. It identifies the "
            "main barriers, including confidentiality concerns, complex global supply chains and "
            "incompatible data systems, and discusses voluntary and regulatory approaches that "
            "could improve transparency."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Supply Chain Transparency for Chemicals in Products",
    },
    {
        "title": "Nature-based Solutions for Flood Risk",
        "subtitle": "State of Practice in North American Cities",
        "date": date(2025, 10, 28),
        "pages": 54,
        "topics": ["Climate Change", "Sustainable Living and Economies"],
        "document_type": "Background paper",
        "summary": (
            "This paper reviews how cities in Canada, Mexico and the United States are using "
            "wetlands, floodplains, urban forests, bioswales and green roofs to manage stormwater "
            "and reduce flooding. It summarizes evidence on their performance and costs compared "
            "with conventional infrastructure, as well as their benefits for heat reduction, "
            "biodiversity and public health. It also identifies barriers related to financing, "
            "land availability, maintenance and design standards, and suggests where trinational "
            "cooperation could help."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Nature-based Solutions for Urban Flood Resilience",
    },
    {
        "title": "Verifying the Legality of Timber in North America",
        "subtitle": "Laws, Tools and Opportunities for Cooperation",
        "date": date(2026, 4, 14),
        "pages": 44,
        "topics": ["Enforcement", "Ecosystems"],
        "document_type": "Background paper",
        "summary": (
            "This paper describes the laws and tools that Canada, Mexico and the United States use "
            "to prevent illegally harvested timber from entering their markets. It compares "
            "documentation requirements, import controls, penalties and the use of forensic wood "
            "identification, and reviews recent enforcement cases. The paper identifies "
            "opportunities for closer cooperation, including shared reference collections of wood "
            "samples, joint training and faster exchange of information on suspicious shipments."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Combating Illegal Logging and Associated Timber Trade",
    },
    {
        "title": "Seafood Traceability Systems in North America",
        "subtitle": "",
        "date": date(2025, 7, 8),
        "pages": 40,
        "topics": ["Private Sector Engagement", "Ecosystems"],
        "document_type": "Background paper",
        "summary": (
            "How can a buyer be sure where a fish was caught and that it was caught legally? This "
            "paper compares government catch documentation schemes and private traceability "
            "systems used in Canada, Mexico and the United States, and examines how data move "
            "between fishers, processors, importers and retailers. It identifies gaps that allow "
            "mislabelling and illegal products to enter the market, and discusses low-cost digital "
            "options that could work for small-scale fisheries."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Partnering with Industry for Traceable and Sustainable Seafood",
    },
    {
        "title": "Post-fire Recovery in North American Forests",
        "subtitle": "Lessons from Three Countries",
        "date": date(2025, 12, 9),
        "pages": 50,
        "topics": ["Ecosystems", "Climate Change"],
        "document_type": "Background paper",
        "summary": (
            "Drawing on case studies from boreal, temperate and tropical dry forests, this paper "
            "compares how agencies in Canada, Mexico and the United States approach recovery after "
            "large wildfires. It covers emergency soil stabilization, replanting and natural "
            "regeneration, protection of water supplies, and the role of Indigenous fire "
            "stewardship and cultural burning. The paper identifies common challenges, such as "
            "seed shortages and repeated burns, and suggests topics for shared research and "
            "training."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-347-0",
        "project": "Wildfire Resilience and Post-fire Recovery in Shared Forest Landscapes",
    },
    {
        "title": "Managing Visitors in Marine Protected Areas",
        "subtitle": "Issues and Options",
        "date": date(2025, 5, 20),
        "pages": 38,
        "topics": ["Sustainable Living and Economies", "Ecosystems"],
        "document_type": "Background paper",
        "summary": (
            "Marine protected areas attract divers, kayakers, anglers and wildlife watchers whose "
            "spending supports coastal economies. This paper reviews how managers in the three "
            "countries set and enforce visitor limits, license tour operators, collect fees and "
            "monitor impacts on wildlife and habitats. It draws lessons from sites such as "
            "whale-watching areas and coral reefs, and outlines options for sharing tools among "
            "protected area managers and for working with operators on voluntary standards."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Sustainable Tourism in Marine Protected Areas",
    },
    {
        "title": "Environmental Enforcement Cooperation under the USMCA",
        "subtitle": "",
        "date": date(2021, 4, 27),
        "pages": 28,
        "topics": ["Enforcement"],
        "document_type": "Background paper",
        "summary": (
            "This paper describes how the Environmental Cooperation Agreement and the environment "
            "chapter of the USMCA/CUSMA/T-MEC shape cooperation on the enforcement of "
            "environmental laws in North America. It explains the changes made to the Submissions "
            "on Enforcement Matters process in 2020, the links between the CEC and the trade "
            "agreement's environment committee, and areas where agencies already cooperate, such "
            "as wildlife trade and hazardous waste. It concludes with questions for further "
            "discussion."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Plastic Waste Trade in North America",
        "subtitle": "Shifts in Trade Flows, 2015–2020",
        "date": date(2021, 6, 15),
        "pages": 42,
        "topics": ["Pollutants"],
        "document_type": "Background paper",
        "summary": (
            "After several Asian countries restricted imports of plastic scrap in 2018, trade "
            "flows shifted and more material stayed within North America or moved among the three "
            "countries. This paper analyzes trade data on plastic waste and scrap from 2015 to "
            "2020, describes changes in recycling capacity and prices, and considers the effect of "
            "new international rules under the Basel Convention on shipments within the region."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Taking Stock: North American Pollutant Releases and Transfers",
        "subtitle": "Volume 16",
        "date": date(2019, 12, 3),
        "pages": 124,
        "topics": ["Pollutants"],
        "document_type": "Report",
        "summary": (
            "This edition of Taking Stock combines data reported by more than 20,000 industrial "
            "facilities to the pollutant release and transfer registers of Canada, Mexico and the "
            "United States. It examines the amounts and types of pollutants released to air, water "
            "and land or transferred for recycling, treatment and disposal, including transfers "
            "across borders. A special analysis looks at the differences among the three registers "
            "and how they affect comparisons, with recommendations to make the data more "
            "consistent."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-241-1",
        "project": "Improving the Comparability of Pollutant Release and Transfer Registers",
    },
    {
        "title": "Food Loss and Waste in North America",
        "subtitle": "Measuring the Problem and Its Causes",
        "date": date(2018, 6, 26),
        "pages": 118,
        "topics": ["Sustainable Living and Economies"],
        "document_type": "Report",
        "summary": (
            "This report estimates the amount of food lost and wasted along the supply chain in "
            "Canada, Mexico and the United States, from the farm to the household. It examines the "
            "main causes at each stage, such as cosmetic standards, transport damage, overstocking "
            "and confusion about date labels, and the environmental impacts of the wasted food. "
            "The report also reviews policies and initiatives in the three countries and "
            "recommends priorities for prevention, food rescue and recycling."
        ),
        "authors": ["CEC Secretariat", "Northfield Resource Consulting"],
        "isbn": "978-2-89700-197-1",
        "project": "Reducing Food Loss and Waste in North America",
    },
    {
        "title": "Coastal Blue Carbon in North America",
        "subtitle": "Extent, Carbon Stocks and Management Options",
        "date": date(2017, 3, 28),
        "pages": 96,
        "topics": ["Climate Change", "Ecosystems"],
        "document_type": "Report",
        "summary": (
            "This report presents the first consistent map of salt marshes, mangroves and seagrass "
            "meadows along the coasts of Canada, Mexico and the United States, together with a "
            "synthesis of measurements of the carbon stored in their soils and plants. It "
            "estimates how much carbon could be released if these habitats continue to be lost, "
            "and discusses how conservation and restoration of blue carbon ecosystems can be "
            "included in national climate strategies and coastal management plans."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-173-5",
        "project": "Blue Carbon: Mapping Coastal Wetlands as Carbon Sinks",
    },
    {
        "title": "Monarch Conservation Progress Report",
        "subtitle": "Trinational Results, 2019–2020",
        "date": date(2021, 2, 18),
        "pages": 56,
        "topics": ["Ecosystems"],
        "document_type": "Report",
        "summary": (
            "This report presents the results of coordinated work by the three countries to "
            "conserve the monarch butterfly's habitat and migration. It describes the area of "
            "breeding and nectar habitat restored in Canada and the United States, forest "
            "protection and restoration in Mexico's overwintering sites, and the adoption of a "
            "harmonized monitoring protocol. It also reviews population trends observed during the "
            "period and identifies gaps where further effort is needed."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Conserving Monarch Butterfly Habitat along the Migratory Route",
    },
    {
        "title": "Wildlife Trade Enforcement at North American Ports of Entry",
        "subtitle": "Results of a Trinational Training Effort",
        "date": date(2021, 8, 24),
        "pages": 48,
        "topics": ["Enforcement", "Ecosystems"],
        "document_type": "Report",
        "summary": (
            "This report summarizes the results of a two-year effort to help border and wildlife "
            "officers in Canada, Mexico and the United States detect illegal shipments of "
            "protected species. It describes the training delivered, the identification guides "
            "produced and the information-sharing arrangements put in place, and analyzes seizure "
            "data for frequently trafficked species. The report concludes with recommendations for "
            "sustaining cooperation, including regular joint exercises and a shared contact "
            "network."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-269-5",
        "project": "Strengthening Compliance with Wildlife Trade Laws at Ports of Entry",
    },
    {
        "title": "Energy Management in Industry",
        "subtitle": "Results from North American Pilot Facilities",
        "date": date(2021, 5, 11),
        "pages": 64,
        "topics": ["Private Sector Engagement", "Climate Change"],
        "document_type": "Report",
        "summary": (
            "This report presents the experience of industrial facilities in Canada, Mexico and "
            "the United States that implemented energy management systems based on the ISO 50001 "
            "standard with CEC support. It documents the energy and cost savings achieved, the "
            "time and investment required, and the practical lessons learned, such as the "
            "importance of senior management commitment and metering. Case studies cover food "
            "processing, automotive parts, chemicals and other sectors."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-252-7",
        "project": "",
    },
    {
        "title": "Marine Litter in North American Watersheds",
        "subtitle": "Findings from Pilot Assessments",
        "date": date(2019, 9, 17),
        "pages": 76,
        "topics": ["Pollutants", "Ecosystems"],
        "document_type": "Report",
        "summary": (
            "This report presents the results of litter assessments carried out in pilot "
            "watersheds on the Pacific, Atlantic and Gulf coasts. Using a common monitoring "
            "protocol, teams identified the most frequent types of litter, their likely sources "
            "and the places where they enter rivers and the sea. The report compares prevention "
            "measures tested at each site, such as trash traps, improved collection and outreach, "
            "and recommends actions for local governments."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-233-6",
        "project": "Reduction of Marine Litter",
    },
    {
        "title": "Outcome-based Indicators for Environmental Enforcement",
        "subtitle": "Measuring What Matters",
        "date": date(2020, 10, 6),
        "pages": 44,
        "topics": ["Enforcement"],
        "document_type": "Report",
        "summary": (
            "Enforcement agencies often measure their work by the number of inspections and "
            "penalties. This report proposes a set of indicators that also capture results, such "
            "as compliance rates among regulated facilities, repeat violations and measurable "
            "improvements in environmental conditions. It describes how the indicators were tested "
            "in air quality, hazardous waste and wildlife programs in the three countries, and "
            "discusses data needs and how results can be reported to the public."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Measuring the Effectiveness of Environmental Enforcement",
    },
    {
        "title": "Green Freight in North America",
        "subtitle": "Emissions, Technologies and Program Alignment",
        "date": date(2017, 4, 25),
        "pages": 82,
        "topics": ["Climate Change", "Sustainable Living and Economies"],
        "document_type": "Report",
        "summary": (
            "This report estimates emissions of greenhouse gases and air pollutants from trucks, "
            "trains and ships moving goods along major North American trade corridors. It reviews "
            "proven fuel-saving technologies and practices, such as aerodynamic devices, "
            "low-rolling-resistance tires, idle reduction and driver training, and compares "
            "voluntary green freight programs in the three countries. It recommends ways to align "
            "these programs so that carriers operating across borders can participate more easily."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-165-0",
        "project": "Greening Freight Transportation along North American Trade Corridors",
    },
    {
        "title": "Climate Change Indicators for North America",
        "subtitle": "Trends across a Changing Continent",
        "date": date(2017, 9, 12),
        "pages": 70,
        "topics": ["Climate Change"],
        "document_type": "Report",
        "summary": (
            "This report presents a set of indicators that describe climate change and its effects "
            "across North America using comparable data from the three countries. Indicators cover "
            "greenhouse gas emissions, temperature and precipitation, sea ice and snow cover, sea "
            "level, heat-related health effects and the timing of seasonal events such as spring "
            "bloom. Each indicator includes a short explanation of what it shows, its data sources "
            "and limitations, and links to the interactive online platform."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "North American On-line Interactive Informational Platform on Climate Change",
    },
    {
        "title": "Air Quality Forecasting and Public Alerts in North America",
        "subtitle": "",
        "date": date(2021, 3, 16),
        "pages": 52,
        "topics": ["Pollutants"],
        "document_type": "Report",
        "summary": (
            "This report reviews how air quality is forecast and communicated to the public in "
            "Canada, Mexico and the United States. It compares national air quality indices, the "
            "health messages attached to each category and the channels used to reach people, from "
            "websites and mobile apps to radio. It also reports on training delivered to "
            "forecasters in Mexican cities and on new data-sharing arrangements for monitoring "
            "stations in border regions."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Improving Air Quality Forecasting and Public Information",
    },
    {
        "title": "Transboundary Movements of Spent Lead-Acid Batteries in North America",
        "subtitle": "",
        "date": date(2013, 5, 14),
        "pages": 110,
        "topics": ["Pollutants", "Enforcement"],
        "document_type": "Report",
        "summary": (
            "Large numbers of spent lead-acid batteries from cars and trucks cross North American "
            "borders each year for recycling. This report analyzes trade data on these shipments, "
            "compares the environmental and occupational health standards that apply to recycling "
            "facilities in the three countries, and reviews evidence of lead exposure near some "
            "facilities. It recommends steps to improve tracking of shipments and to ensure that "
            "batteries are recycled in an environmentally sound way wherever they are sent."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-043-1",
        "project": "",
    },
    {
        "title": "Land Cover Change in North America, 2010–2020",
        "subtitle": "",
        "date": date(2023, 3, 7),
        "pages": 38,
        "topics": ["Ecosystems"],
        "document_type": "Report",
        "summary": (
            "Using satellite imagery classified in the same way across the three countries, this "
            "report describes how North America's land cover changed between 2010 and 2020. It "
            "shows where forests, grasslands, wetlands, cropland and urban areas expanded or "
            "shrank, and highlights regions of rapid change, such as areas affected by wildfire "
            "and urban growth. The underlying maps are available for download from the North "
            "American Environmental Atlas."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-305-0",
        "project": "",
    },
    {
        "title": "North American Grassland Priority Conservation Areas",
        "subtitle": "Technical Report",
        "date": date(2013, 10, 22),
        "pages": 96,
        "topics": ["Ecosystems"],
        "document_type": "Report",
        "summary": (
            "This technical report identifies priority areas for conserving the grasslands of the "
            "Great Plains and the Chihuahuan Desert, which extend from the Canadian Prairies to "
            "northern Mexico. Experts from the three countries combined data on grassland "
            "condition, bird populations, threats and existing protected areas to select sites "
            "where conservation efforts would have the greatest effect. The report describes each "
            "area and suggests conservation actions involving ranchers, Indigenous communities and "
            "governments."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-058-5",
        "project": "",
    },
    {
        "title": "Marine Protected Areas and Climate Change",
        "subtitle": "A Guide to Rapid Vulnerability Assessment",
        "date": date(2014, 5, 27),
        "pages": 64,
        "topics": ["Ecosystems", "Climate Change"],
        "document_type": "Guidelines",
        "summary": (
            "Managers of marine protected areas need practical ways to understand how warming "
            "waters, ocean acidification and sea-level rise may affect their sites. This guide "
            "describes a rapid assessment method that uses existing information and expert "
            "knowledge to evaluate the vulnerability of habitats and species, and to identify "
            "adaptation options. It was tested at sites along the Pacific coast from Baja "
            "California to Alaska and can be completed in a few workshops."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-067-7",
        "project": "",
    },
    {
        "title": "Sound Management of Chemicals in North America",
        "subtitle": "Twenty Years of Trinational Cooperation",
        "date": date(2015, 11, 18),
        "pages": 60,
        "topics": ["Pollutants"],
        "document_type": "Report",
        "summary": (
            "Since the mid-1990s, Canada, Mexico and the United States have worked together to "
            "reduce risks from persistent and toxic chemicals such as PCBs, DDT, chlordane, "
            "lindane, mercury and dioxins. This report reviews the results of this cooperation, "
            "including phase-outs, reduced emissions and stronger monitoring of chemicals in the "
            "environment and in people. It describes the lessons learned about regional action "
            "plans and discusses priorities for future work."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-146-9",
        "project": "",
    },
    {
        "title": "Lindane in North America",
        "subtitle": "Lessons from a Regional Phase-out",
        "date": date(2014, 2, 11),
        "pages": 40,
        "topics": ["Pollutants"],
        "document_type": "Report",
        "summary": (
            "Lindane, a pesticide once widely used on seeds, livestock and in some medical "
            "treatments, persists in the environment and can harm human health. This report tells "
            "the story of how the three countries cooperated to phase out its agricultural and "
            "pharmaceutical uses, including support for Mexico in identifying alternatives. It "
            "summarizes the results, the role of public participation and the lessons this "
            "experience offers for managing other hazardous chemicals."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Youth Innovation Challenge 2023",
        "subtitle": "Finalists' Projects",
        "date": date(2023, 12, 5),
        "pages": 36,
        "topics": ["Youth Engagement"],
        "document_type": "Report",
        "summary": (
            "This report presents the projects of the finalists of the 2023 Youth Innovation "
            "Challenge, selected from more than 300 proposals submitted by young people in Canada, "
            "Mexico and the United States. The projects range from composting programs and repair "
            "cafés to apps that help residents report illegal dumping. For each team, the report "
            "describes the problem addressed, the proposed solution, the progress made during the "
            "mentoring program and the next steps planned."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Youth Innovation Challenge for Environmental Action",
    },
    {
        "title": "Repair, Reuse and Refurbishment of Electronics in North America",
        "subtitle": "",
        "date": date(2024, 9, 24),
        "pages": 88,
        "topics": ["Private Sector Engagement", "Sustainable Living and Economies"],
        "document_type": "Report",
        "summary": (
            "Extending the life of computers, phones and other devices is one of the most "
            "effective ways to reduce the environmental footprint of electronics. This report "
            "examines the repair and refurbishment sector in Canada, Mexico and the United States, "
            "including its size, jobs and the barriers it faces, such as access to spare parts, "
            "software locks and consumer trust. It presents examples of successful business models "
            "and options for governments and manufacturers to support longer product lives."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-321-0",
        "project": (
            "Opportunities for Circularity in the North American Electronics Sector: Phase 1"
        ),
    },
    {
        "title": "Community Action for the Environment",
        "subtitle": "Results of NAPECA Grants",
        "date": date(2017, 10, 3),
        "pages": 54,
        "topics": ["Sustainable Living and Economies", "Environmental Justice"],
        "document_type": "Report",
        "summary": (
            "This report looks back at the projects funded through the North American Partnership "
            "for Environmental Community Action. It summarizes what grantees achieved, from "
            "restored wetlands and community gardens to energy-saving programs and cleaner brick "
            "production, and how the projects involved local residents. Based on surveys and "
            "interviews with grantees, it also examines what helped projects succeed and what "
            "lessons can inform future community grant programs."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "North American Partnership for Environmental Community Action (NAPECA)",
    },
    {
        "title": "Building Climate Resilience in Underserved Communities",
        "subtitle": "Results of the First EJ4Climate Grant Cycle",
        "date": date(2024, 4, 16),
        "pages": 46,
        "topics": ["Environmental Justice", "Climate Change"],
        "document_type": "Report",
        "summary": (
            "This report describes the community projects supported in the first EJ4Climate grant "
            "cycle and the results they achieved. Projects included cooling and shade in urban "
            "neighbourhoods, flood preparedness in coastal communities, traditional food systems "
            "adapted to drought and emergency plans developed with Indigenous communities. The "
            "report also summarizes feedback from grantees on the application process and support "
            "they received, and explains how the program has been adjusted in response."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Environmental Justice for Climate Resilience (EJ4Climate) Grants",
    },
    {
        "title": "Pollinator Conservation in Agricultural Landscapes",
        "subtitle": "Practices and Incentives for Farmers",
        "date": date(2026, 6, 9),
        "pages": 58,
        "topics": ["Ecosystems"],
        "document_type": "Report",
        "summary": (
            "Bees, butterflies, moths and other pollinators are essential to many crops and wild "
            "plants, but many species are in decline. This report reviews practices that farmers "
            "and land managers in the three countries can use to support pollinators in "
            "agricultural areas, such as hedgerows, flowering cover crops and reduced pesticide "
            "exposure. It summarizes evidence on their benefits for crop yields and biodiversity "
            "and describes incentive programs that help farmers adopt them."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Greenhouse Gas Emissions in North America, 1990–2023",
        "subtitle": "",
        "date": date(2026, 9, 15),
        "pages": 66,
        "topics": ["Climate Change"],
        "document_type": "Report",
        "summary": (
            "This report brings together the official greenhouse gas inventories of Canada, Mexico "
            "and the United States to present a regional picture of emissions from 1990 to 2023. "
            "It shows trends by gas and by sector, including energy, transportation, industry, "
            "agriculture, waste and land use, and explains differences in methods among the "
            "national inventories. The report highlights where emissions have fallen, where they "
            "continue to grow, and the data gaps that remain."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-358-6",
        "project": "",
    },
    {
        "title": "CEC Annual Report 2023",
        "subtitle": "",
        "date": date(2024, 5, 21),
        "pages": 40,
        "topics": ["Climate Change", "Ecosystems"],
        "document_type": "Report",
        "summary": (
            "The Annual Report 2023 gives an overview of the CEC's activities and results during "
            "the year. It describes progress on cooperative projects, grants awarded to "
            "communities, new publications and map layers, the status of Submissions on "
            "Enforcement Matters and the work of the Joint Public Advisory Committee. It also "
            "includes highlights from the annual Council Session, the Youth Innovation Challenge "
            "and a summary of the organization's financial statements."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "",
    },
    {
        "title": "Energy Efficiency in Residential Buildings",
        "subtitle": "A North American Comparison",
        "date": date(2012, 10, 30),
        "pages": 72,
        "topics": ["Sustainable Living and Economies", "Climate Change"],
        "document_type": "Report",
        "summary": (
            "Homes account for a large share of energy use and greenhouse gas emissions in North "
            "America. This report compares building energy codes, appliance standards, labelling "
            "programs and financial incentives for energy efficiency in housing in Canada, Mexico "
            "and the United States. It estimates the energy savings that could be achieved through "
            "stronger codes and better compliance, and identifies opportunities for the three "
            "countries to share tools and align test methods."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-012-7",
        "project": "",
    },
    {
        "title": "Greening Public Procurement in North America",
        "subtitle": "",
        "date": date(2019, 3, 19),
        "pages": 48,
        "topics": ["Sustainable Living and Economies", "Private Sector Engagement"],
        "document_type": "Report",
        "summary": (
            "Public authorities in North America buy goods and services worth a significant share "
            "of the economy. This report compares green procurement policies in Canada, Mexico and "
            "the United States, and presents environmental criteria that public buyers can use for "
            "priority categories such as office equipment, cleaning products, vehicles and "
            "furniture. It also reports on discussions with suppliers about how consistent "
            "criteria across jurisdictions could encourage investment in greener products."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "",
        "project": "Green Public Procurement for Sustainable Markets",
    },
    {
        "title": "Aquatic Invasive Species Risk Screening",
        "subtitle": "Trinational Results for Species in Trade",
        "date": date(2019, 1, 29),
        "pages": 72,
        "topics": ["Ecosystems", "Enforcement"],
        "document_type": "Report",
        "summary": (
            "This report presents the results of risk screening for aquatic species commonly sold "
            "in the aquarium, water garden and live bait trade in North America. Using a shared "
            "screening tool, experts from the three countries assessed the likelihood that each "
            "species could become established and cause harm in different regions. The report "
            "lists species rated as high risk, discusses uncertainties and suggests how results "
            "can inform import rules and inspections."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-216-9",
        "project": "",
    },
    {
        "title": "Shorebird Stopover Sites of the Pacific and Central Flyways",
        "subtitle": "",
        "date": date(2023, 2, 14),
        "pages": 60,
        "topics": ["Ecosystems"],
        "document_type": "Report",
        "summary": (
            "This report describes the condition of more than 40 wetlands, beaches and mudflats "
            "used by migrating shorebirds along the Pacific and Central flyways. For each site it "
            "summarizes bird counts, habitat condition, threats and current management. It reports "
            "on restoration and disturbance reduction measures undertaken at pilot sites, and sets "
            "out priorities for conservation along each flyway so that managers in the three "
            "countries can coordinate their efforts."
        ),
        "authors": ["CEC Secretariat"],
        "isbn": "978-2-89700-318-0",
        "project": "Shorebird Conservation at Key Sites along the Pacific and Central Flyways",
    },
]
