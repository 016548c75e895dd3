"""A small site for the fault scenarios, built with the test factories.

Run in the server's environment (production settings, the throw-away database):
`python -m tests.faults.seed`. Prints, as JSON, the addresses the scenarios visit.
Much faster than load_demo_content, which also builds translations and download history.
"""

import json
import os


def build():
    from wagtail.models import Locale, Page, Site

    from cec_site.core.factories import TopicIndexPageFactory, TopicPageFactory
    from cec_site.home.factories import HomePageFactory, PdfDocumentFactory
    from projects.factories import ProjectIndexPageFactory, ProjectPageFactory
    from publications.factories import PublicationIndexPageFactory, PublicationPageFactory

    for code in ("en", "fr", "es"):
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    topics = TopicIndexPageFactory(parent=home, show_in_menus=True)
    climate = TopicPageFactory(parent=topics, title="Climate Change", slug="climate-change")
    projects = ProjectIndexPageFactory(parent=home, show_in_menus=True)
    for _ in range(3):
        ProjectPageFactory(parent=projects, topics=[climate])
    publications = PublicationIndexPageFactory(parent=home, show_in_menus=True)
    editions = [
        PublicationPageFactory(parent=publications, topics=[climate], document=PdfDocumentFactory())
        for _ in range(3)
    ]
    return {
        "home": home.url,
        "projects": projects.url,
        "publications": publications.url,
        "publication": editions[0].url,
        "download": editions[0].download_url,
        "publication_ids": [edition.pk for edition in editions],
    }


if __name__ == "__main__":
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cec_site.settings.production")
    django.setup()
    print(json.dumps(build()))
