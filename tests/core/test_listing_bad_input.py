"""What every listing does with bad input (decided in cec_site/core/listing.py).

- a value that is not one of a filter's choices: 400, the page with a message by the field;
- `page` that is not a whole number from 1, or is past the last page: 404;
- a repeated parameter: the last one counts (200);
- a parameter that is no filter: ignored (200).
Never a 5xx, and never the visitor's value echoed unescaped.
"""

import pytest

from impact.factories import ImpactStoryPageFactory
from projects.factories import ProjectPageFactory
from publications.factories import PublicationPageFactory

LONG = "x" * 5000
SCRIPT = "<script>alert(1)</script>"

HOSTILE = [
    # (listing, query string, status, what the visitor sees)
    ("projects", "?topic=no-such-topic", 400, "Choose one of the options in the list."),
    ("projects", "?year=abc", 400, "Choose one of the options in the list."),
    ("projects", "?year=1.5", 400, "Choose one of the options in the list."),
    ("projects", "?status=archived", 400, "Choose one of the options in the list."),
    ("projects", f"?plan={LONG}", 400, "Choose one of the options in the list."),
    ("projects", f"?topic={SCRIPT}", 400, "Choose one of the options in the list."),
    ("projects", "?page=0", 404, "Page not found"),
    ("projects", "?page=-1", 404, "Page not found"),
    ("projects", "?page=1.5", 404, "Page not found"),
    ("projects", "?page=abc", 404, "Page not found"),
    ("projects", "?page=999999", 404, "Page not found"),
    ("projects", f"?page={LONG}", 404, "Page not found"),
    ("projects", "?page=", 404, "Page not found"),
    ("projects", "?status=completed&status=active", 200, "result"),
    ("projects", "?utm_source=newsletter", 200, "result"),
    ("projects", "?topic=climate-change&topic=", 200, "result"),
    ("publications", "?sort=most_clicks", 400, "Choose one of the options in the list."),
    ("publications", "?language=de", 400, "Choose one of the options in the list."),
    ("publications", "?type=%00", 400, "Choose one of the options in the list."),
    ("publications", f"?year={SCRIPT}&page=1", 400, "Choose one of the options in the list."),
    ("publications", "?page=2", 404, "Page not found"),
    ("impact", "?country=fr", 400, "Choose one of the options in the list."),
    ("impact", "?kind=../../etc/passwd", 400, "Choose one of the options in the list."),
    ("impact", "?country=ca&country=mx", 200, "result"),
    ("impact", "?topic[]=a", 200, "result"),
]


@pytest.fixture
def listings(site_tree):
    ProjectPageFactory(parent=site_tree.projects, topics=[site_tree.climate])
    PublicationPageFactory(parent=site_tree.publications)
    ImpactStoryPageFactory(parent=site_tree.impact)
    return {
        "projects": site_tree.projects,
        "publications": site_tree.publications,
        "impact": site_tree.impact,
    }


@pytest.mark.django_db
@pytest.mark.parametrize(("listing", "query", "status", "shown"), HOSTILE)
def test_bad_input_gets_a_clear_answer_never_a_5xx(client, listings, listing, query, status, shown):
    response = client.get(listings[listing].url + query)
    assert response.status_code == status
    html = response.content.decode()
    assert shown in html
    assert SCRIPT not in html, "a parameter is never echoed unescaped"
    assert LONG not in html, "an overlong value is not echoed back"


@pytest.mark.django_db
def test_filters_combine_and_count(client, site_tree):
    ProjectPageFactory(parent=site_tree.projects, status="active", topics=[site_tree.climate])
    ProjectPageFactory(parent=site_tree.projects, status="completed", topics=[site_tree.climate])
    ProjectPageFactory(parent=site_tree.projects, status="active", topics=[site_tree.enforcement])
    url = site_tree.projects.url
    assert "3 results" in client.get(url).content.decode()
    assert "2 results" in client.get(url + "?topic=climate-change").content.decode()
    response = client.get(url + "?topic=climate-change&status=active")
    assert "1 result<" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex"
    assert "X-Robots-Tag" not in client.get(url)


@pytest.mark.django_db
def test_twelve_per_page_with_page_links(client, site_tree):
    ProjectPageFactory.create_batch(30, parent=site_tree.projects)
    html = client.get(site_tree.projects.url + "?page=2").content.decode()
    assert html.count('class="card"') == 12
    assert 'aria-current="page"' in html and "?page=3" in html
    assert (
        client.get(site_tree.projects.url + "?page=3").content.decode().count('class="card"') == 6
    )


@pytest.mark.django_db
def test_publications_sort_by_title_and_filter_by_type_and_year(client, site_tree):
    import datetime

    from publications.factories import DocumentTypeFactory

    fact_sheet = DocumentTypeFactory(name="Fact sheet", slug="fact-sheet")
    PublicationPageFactory(
        parent=site_tree.publications,
        title="Zinc in rivers",
        publication_date=datetime.date(2020, 1, 1),
    )
    PublicationPageFactory(
        parent=site_tree.publications,
        title="Air quality",
        document_type=fact_sheet,
        publication_date=datetime.date(2021, 1, 1),
    )
    html = client.get(site_tree.publications.url + "?sort=title").content.decode()
    assert html.index("Air quality") < html.index("Zinc in rivers")
    html = client.get(site_tree.publications.url).content.decode()
    assert html.index("Air quality") < html.index("Zinc in rivers")  # newest first
    html = client.get(site_tree.publications.url + "?type=fact-sheet").content.decode()
    assert "Air quality" in html and "Zinc in rivers" not in html
    html = client.get(site_tree.publications.url + "?year=2020").content.decode()
    assert "Zinc in rivers" in html and "Air quality" not in html
