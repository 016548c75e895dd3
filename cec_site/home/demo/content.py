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

# The footer's address in each language (core.ContactDetails): the French and Spanish are
# translations of the English one.
POSTAL_ADDRESSES = {
    "en": "700 de la Gauchetière St. West, Suite 1620\nMontreal (Quebec) H3B 5M2\nCanada",
    "fr": "700, rue de la Gauchetière Ouest, bureau 1620\nMontréal (Québec) H3B 5M2\nCanada",
    "es": "700 de la Gauchetière Oeste, oficina 1620\nMontreal (Quebec) H3B 5M2\nCanadá",
}

SITE_SETTINGS = {
    "contact_email": "info@cec.org",
    "contact_phone": "+1 514 350-4300",
    "social_links": [
        ("link", {"network": "LinkedIn", "url": "https://www.linkedin.com/company/cec-cca-cce/"}),
        ("link", {"network": "YouTube", "url": "https://www.youtube.com/user/CECweb"}),
        ("link", {"network": "Facebook", "url": "https://www.facebook.com/CECconnect"}),
    ],
}

# The footer's legal pages (cec_site/core/templatetags/chrome_tags.py finds them by slug under
# the home page). What the privacy notice says is what the code does: the access log
# (cec_site/core/request_id.py), download counting (publications/downloads.py), the cookies of
# sign-in and page passwords (settings), the sign-in lockout (django-axes).
# A section is (heading, [blocks]); a block is a paragraph (a string) or a bulleted list (a
# list of strings). The strings are rich text: they may hold links and <b>.
LEGAL_PAGES = [
    {
        "title": "Privacy notice",
        "slug": "privacy",
        "introduction": (
            "What this portal records when you read it, download a publication or sign in, and "
            "what it does not: no advertising, no analytics and no tracking cookies."
        ),
        "sections": [
            (
                "Who is responsible",
                [
                    "This portal is published by the Secretariat of the Commission for "
                    "Environmental Cooperation (CEC), 700 de la Gauchetière St. West, Suite "
                    "1620, Montreal (Quebec) H3B 5M2, Canada. Questions about this notice are "
                    'welcome at <a href="mailto:info@cec.org">info@cec.org</a>.',
                ],
            ),
            (
                "When you read a page",
                [
                    "Like any web server, ours writes one line to its log for each request:",
                    [
                        "the date and time, and the address of the page or file asked for;",
                        "the answer given: its status, its size and how long it took;",
                        "your Internet (IP) address and the identification your browser sends "
                        "(its “user agent”).",
                    ],
                    "These logs are used to keep the portal running, to find faults and to "
                    "protect it against abuse. They are not used to build profiles of visitors "
                    "and are not shared with advertisers or analytics companies.",
                    "The pages load nothing from other websites: no third-party scripts, fonts, "
                    "videos, maps or social-media buttons. Your browser contacts no other "
                    "website while you read this one.",
                ],
            ),
            (
                "When you download a publication",
                [
                    "Downloads are counted to rank the Top 50 publications, by the COUNTER Code "
                    "of Practice that libraries and publishers use: robots and scripts are not "
                    "counted, and a second click within 30 seconds counts once.",
                    "To recognize a repeated download without recording who you are, the "
                    "portal keeps a one-way fingerprint (a keyed hash) of your Internet address "
                    "and browser identification, or of your session if you have one (see "
                    "Cookies below). "
                    "It is kept only in the server's short-term memory: 30 seconds for the "
                    "double-click rule, and until the end of the day for the daily count.",
                    "One network (an Internet address, or a home's block of IPv6 addresses) "
                    "adds at most 10 counted downloads of a publication a day; further downloads "
                    "are served all the same but not counted.",
                    "The database keeps only numbers: how many downloads each language edition "
                    "of a publication had each day. No address is stored with them.",
                ],
            ),
            (
                "Cookies",
                [
                    "Reading the portal sets no cookie: there are no advertising, analytics or "
                    "tracking cookies. The language you read in comes from the page address "
                    "(/fr/ for French, /es/ for Spanish), not from a cookie.",
                    "Two cookies are set only when you fill in a sign-in or password form:",
                    [
                        "<b>sessionid</b> keeps an editor signed in to the administration, or "
                        "remembers that you gave the password of a protected page; it ends when "
                        "you sign out or after two weeks;",
                        "<b>csrftoken</b> protects the form against forgery by another website.",
                    ],
                    "Both belong to this site alone and are sent to no one else.",
                ],
            ),
            (
                "Editors' accounts",
                [
                    "People who edit the portal have an account with their name, email address "
                    "and password; the password is stored only as a salted hash. Failed sign-in "
                    "attempts, and wrong passwords for a protected page, are recorded with the "
                    "user name and Internet address so that repeated guessing can be blocked "
                    "for 15 minutes; a successful sign-in clears them. The history of each page "
                    "names the editors who changed it.",
                ],
            ),
            (
                "Your questions",
                [
                    "If you write to us, we use your message and your email address only to "
                    "answer you. To ask what the portal holds about you, or to have it "
                    'corrected or removed, write to <a href="mailto:info@cec.org">'
                    "info@cec.org</a>.",
                ],
            ),
        ],
    },
    {
        "title": "Legal notice",
        "slug": "legal",
        "introduction": (
            "Who publishes this portal, who owns its content, how you may reuse the CEC's "
            "publications, and the limits of what we can promise."
        ),
        "sections": [
            (
                "Publisher",
                [
                    "This portal is published by the Secretariat of the Commission for "
                    "Environmental Cooperation (CEC), an intergovernmental organization "
                    "established in 1994 by Canada, Mexico and the United States, which works "
                    "today under the Environmental Cooperation Agreement that accompanies the "
                    "United States-Mexico-Canada Agreement.",
                    "700 de la Gauchetière St. West, Suite 1620, Montreal (Quebec) H3B 5M2, "
                    'Canada · +1 514 350-4300 · <a href="mailto:info@cec.org">info@cec.org</a>',
                ],
            ),
            (
                "Copyright",
                [
                    "Unless stated otherwise, the texts, publications, maps, images and data on "
                    "this portal are © Commission for Environmental Cooperation. Some images and "
                    "documents belong to their authors or partners; where that is the case, it "
                    "is said beside them.",
                ],
            ),
            (
                "Reusing our publications",
                [
                    "You may copy, print and share the CEC's publications, in whole or in "
                    "part, for education, research and other non-commercial purposes, without "
                    "asking us first, provided that:",
                    [
                        "you cite the source: each publication page gives its citation, ready to "
                        "copy or to download for a reference manager;",
                        "you do not change the meaning of what you quote, or present it as an "
                        "official position of the CEC or of its member countries;",
                        "you link to the publication's page rather than host altered copies.",
                    ],
                    "Commercial reuse, and reuse of material credited to others, needs the "
                    'written permission of the CEC Secretariat: <a href="mailto:info@cec.org">'
                    "info@cec.org</a>. The descriptions of publications offered in the "
                    "portal's feeds, API and OAI-PMH service may be reused freely, with a link "
                    "to the publication.",
                ],
            ),
            (
                "Disclaimer",
                [
                    "Reports prepared by the CEC Secretariat or its consultants do not "
                    "necessarily reflect the views of the governments of Canada, Mexico or the "
                    "United States.",
                    "We take care that the information on this portal is accurate and up to "
                    "date, but it is provided as it is, without any warranty. The CEC is not "
                    "liable for any loss arising from its use. Links to other websites are "
                    "given for convenience: the CEC neither controls nor endorses their content.",
                ],
            ),
            (
                "Languages",
                [
                    "English, French and Spanish are the CEC's official languages. Each "
                    "publication's language editions are separate documents; some publications "
                    "exist in only one or two languages, and the page of each says which.",
                ],
            ),
        ],
    },
]
