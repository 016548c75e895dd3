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

# Each item links to a page of the demo site, by that page's title.
SPOTLIGHT = [
    {
        "title": "Mapping North America's ecoregions",
        "blurb": (
            "The updated Level III terrestrial ecoregions map gives the three countries one "
            "shared picture of their landscapes, with data to download."
        ),
        "link_title": "North American Terrestrial Ecoregions—Level III",
        "image_alt": "A layered green landscape under an evening sky",
    },
    {
        "title": "Community solutions to marine litter",
        "blurb": (
            "How towns on the Pacific coast and along the Rio Grande cut the waste that ends up "
            "in rivers and the sea, and what others can learn from them."
        ),
        "link_title": "Building Community Solutions to Marine Litter",
        "image_alt": "Rolling hills at sunrise",
    },
    {
        "title": "What 25 years of enforcement submissions taught us",
        "blurb": (
            "Anyone in North America can ask the CEC to examine whether a country is "
            "enforcing its environmental laws. A review of how the process has worked."
        ),
        "link_title": "Submissions on Enforcement Matters: What Have We Learned?",
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
