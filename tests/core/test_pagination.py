"""The pager: the current page, its neighbours, the first and the last page, never fewer."""

import re
from html import unescape

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory

import pytest

from cec_site.core.listing import PAGE_SIZE, build_listing
from cec_site.core.templatetags.pagination_tags import page_links

PAGES = 25


def pager(html):
    """The pager as a visitor reads it: ["Previous", "1", "…", "10*", …]; * marks the current."""
    nav = re.search(r'<nav class="pagination".*?</nav>', html, re.S)
    if nav is None:
        return []
    items = []
    for item in re.findall(r"<li>(.*?)</li>", nav.group(0), re.S):
        text = re.sub(r'<span class="visually-hidden">.*?</span>', "", item)
        text = unescape(re.sub(r"<[^>]+>", "", text)).strip()
        items.append(text + ("*" if 'aria-current="page"' in item else ""))
    return items


def render_page(number, path="/projects/?status=active"):
    request = RequestFactory().get(path)
    page_obj = Paginator(range(PAGES * PAGE_SIZE), PAGE_SIZE).page(number)
    return render_to_string("components/pagination.html", {"page_obj": page_obj}, request=request)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, [1, 2, None, 25]),
        (2, [1, 2, 3, None, 25]),
        (10, [1, None, 9, 10, 11, None, 25]),
        (24, [1, None, 23, 24, 25]),
        (25, [1, None, 24, 25]),
    ],
)
def test_page_links_surround_the_current_page(number, expected):
    page_obj = Paginator(range(PAGES * PAGE_SIZE), PAGE_SIZE).page(number)
    assert page_links(page_obj) == expected


def test_a_short_listing_links_every_page():
    page_obj = Paginator(range(5 * PAGE_SIZE), PAGE_SIZE).page(3)
    assert page_links(page_obj) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, ["1*", "2", "…", "25", "Next"]),
        (10, ["Previous", "1", "…", "9", "10*", "11", "…", "25", "Next"]),
        (25, ["Previous", "1", "…", "24", "25*"]),
    ],
)
def test_the_pager_at_the_first_a_middle_and_the_last_of_25_pages(number, expected):
    html = render_page(number)
    assert pager(html) == expected
    # Each link keeps the filters and names its page for screen readers.
    assert 'href="?status=active&amp;page=25"' in html
    assert '<span class="visually-hidden">Page </span>' in html
    assert html.count('aria-current="page"') == 1


def test_one_page_has_no_pager():
    request = RequestFactory().get("/projects/")
    page_obj = Paginator(range(3), PAGE_SIZE).page(1)
    html = render_to_string("components/pagination.html", {"page_obj": page_obj}, request=request)
    assert "pagination" not in html


@pytest.mark.django_db
def test_a_listing_of_25_pages_links_the_pages_around_the_one_shown(client, site_tree, monkeypatch):
    from projects.factories import ProjectPageFactory

    # One project a page: 25 projects make the 25 pages of a long listing.
    monkeypatch.setitem(build_listing.__kwdefaults__, "page_size", 1)
    for _ in range(PAGES):
        ProjectPageFactory(parent=site_tree.projects)
    url = site_tree.projects.url

    first = client.get(url)
    assert pager(first.content.decode()) == ["1*", "2", "…", "25", "Next"]

    middle = client.get(url + "?status=active&page=13").content.decode()
    assert pager(middle) == ["Previous", "1", "…", "12", "13*", "14", "…", "25", "Next"]
    assert 'href="?status=active&amp;page=14" rel="next"' in middle
    assert 'href="?status=active&amp;page=12" rel="prev"' in middle

    last = client.get(url + "?page=25").content.decode()
    assert pager(last) == ["Previous", "1", "…", "24", "25*"]
    assert client.get(url + "?page=26").status_code == 404
