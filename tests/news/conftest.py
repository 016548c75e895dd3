import pytest

from news.factories import EventIndexPageFactory, NewsIndexPageFactory


@pytest.fixture
def news_tree(site_tree):
    """The site tree with the news and events listings under the English home page."""
    site_tree.news = NewsIndexPageFactory(parent=site_tree.home, show_in_menus=True)
    site_tree.events = EventIndexPageFactory(parent=site_tree.home, show_in_menus=True)
    return site_tree
