"""The demo site's texts. The home page's come from the page it replaces (cec.org)."""

HOME = {
    "title": "Home",
    "tagline": "Three countries working together to protect our shared environment",
    "introduction": (
        "International collaboration between Canada, Mexico and the United States on "
        "environmental issues of common interest"
    ),
    "impact_text": (
        "Explore how the CEC’s work over the years has delivered tangible environmental and "
        "social outcomes across North America — from scientific studies that guided "
        "environmental standards, regulations and policies in Canada, Mexico and the "
        "United-States, to trinational conservation strategies, community grants and geospatial "
        "mapping projects. Whether you’re a policymaker, conservation expert, researcher or "
        "simply interested in North American environmental cooperation, this page offers a "
        "comprehensive overview of not only what the CEC has achieved — but how and why those "
        "efforts have unfolded."
    ),
    "impact_link_label": "Our Impact",
    "what_we_do_text": (
        "We conduct research, provide tools and training, and provide a unique space for "
        "decision-makers and the public to engage on environmental policy issues affecting the "
        "North American region."
    ),
}

SPOTLIGHT = [
    {
        "title": "North American Environmental Atlas",
        "blurb": (
            "Interactive maps of ecoregions, protected areas, rivers and pollutant releases "
            "across the three countries, with data to download."
        ),
        "link_url": "https://www.cec.org/north-american-environmental-atlas/",
        "image_alt": "A layered green landscape under an evening sky",
    },
    {
        "title": "EJ4Climate grants: supporting communities on the front line",
        "blurb": (
            "Grants for underserved and Indigenous communities preparing for the effects of "
            "climate change, in Canada, Mexico and the United States."
        ),
        "link_url": "https://www.cec.org/ej4climate/",
        "image_alt": "Rolling hills at sunrise",
    },
    {
        "title": "Submit a concern about environmental law enforcement",
        "blurb": (
            "Anyone in North America can ask the CEC to examine whether a country is "
            "effectively enforcing its environmental laws. Here is how."
        ),
        "link_url": "https://www.cec.org/submissions-on-enforcement/",
        "image_alt": "A river valley between forested slopes",
    },
]

SITE_SETTINGS = {
    "contact_email": "info@cec.org",
    "contact_phone": "+1 514 350-4300",
    "postal_address": (
        "700 de la Gauchetière St. West, Suite 1620\nMontreal (Quebec) H3B 5M2\nCanada"
    ),
    "social_links": [
        ("link", {"network": "LinkedIn", "url": "https://www.linkedin.com/company/cec-cca-cce/"}),
        ("link", {"network": "YouTube", "url": "https://www.youtube.com/user/CECweb"}),
        ("link", {"network": "Facebook", "url": "https://www.facebook.com/CECconnect"}),
    ],
}
