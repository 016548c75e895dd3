from django.db import connection

from wagtail.models import Locale, Page, Site

import pytest

from cec_site.home.factories import HomePageFactory


def pytest_collection_modifyitems(config, items):
    """Browser tests run last; PostgreSQL-only tests skip, with a reason, on SQLite."""
    from django.conf import settings

    items.sort(key=lambda item: "browser" in item.keywords)

    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" in engine:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL to run it")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "fr", "es")
    }


@pytest.fixture
def home_page(db, locales):
    """The English home page, root of the default site (as load_demo_content makes it)."""
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


@pytest.fixture
def is_postgres():
    return connection.vendor == "postgresql"


@pytest.fixture
def site_tree(home_page):
    """The home page with every section's index and two topics, as editors would set it up."""
    from types import SimpleNamespace

    from cec_site.core.factories import TopicIndexPageFactory, TopicPageFactory
    from impact.factories import ImpactIndexPageFactory
    from projects.factories import ProjectIndexPageFactory
    from publications.factories import PublicationIndexPageFactory

    topic_index = TopicIndexPageFactory(parent=home_page, show_in_menus=True)
    return SimpleNamespace(
        home=home_page,
        projects=ProjectIndexPageFactory(parent=home_page, show_in_menus=True),
        publications=PublicationIndexPageFactory(parent=home_page, show_in_menus=True),
        impact=ImpactIndexPageFactory(parent=home_page, show_in_menus=True),
        topic_index=topic_index,
        climate=TopicPageFactory(parent=topic_index, title="Climate Change", slug="climate-change"),
        enforcement=TopicPageFactory(parent=topic_index, title="Enforcement", slug="enforcement"),
    )


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (double-click windows, rankings, fragments)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
