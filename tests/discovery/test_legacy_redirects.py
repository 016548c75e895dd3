"""Old cec.org addresses answer 301 to the new pages; pages that move keep their old address."""

from io import StringIO

from django.conf import settings
from django.core.management import CommandError, call_command

from wagtail.contrib.redirects.models import Redirect

import pytest

from cec_site.core.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def import_csv(tmp_path, text, *args):
    path = tmp_path / "redirects.csv"
    path.write_text(text, encoding="utf-8")
    out, err = StringIO(), StringIO()
    call_command("import_legacy_redirects", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def assert_redirects(client, old_url, page, route=""):
    response = client.get(old_url)
    assert response.status_code == 301, old_url
    assert response["Location"] == page.url + route.lstrip("/")
    assert client.get(response["Location"]).status_code == 200


@pytest.fixture
def legacy_csv(trilingual_site):
    newest = {code: trilingual_site.publications[code][-1] for code in ("en", "fr", "es")}
    project = trilingual_site.projects["en"][0]
    climate_es = trilingual_site.tree["es"].climate
    rows = [
        ("/index.cfm?varlan=english&ID=2345", newest["en"], ""),
        ("/index.cfm?varlan=french&ID=2345", newest["fr"], ""),
        ("/index.cfm?varlan=spanish&ID=2345", newest["es"], ""),
        ("http://www.cec.org/Page.asp?PageID=122&SiteNodeID=1043", project, ""),
        ("/Page.asp?PageID=1226&SiteNodeID=1062&AA_SiteLanguageID=3", climate_es, ""),
        ("/islandora/fr/item/11771-communications-sur-les-questions", newest["fr"], ""),
        ("/islandora/en/item/11771-submissions-en.pdf", newest["en"], "/download/"),
    ]
    text = "old_url,new_url\n" + "".join(
        f"{old},{page.url}{route.lstrip('/')}\n" for old, page, route in rows
    )
    return text, rows


def test_every_old_format_answers_301_to_its_page(client, tmp_path, legacy_csv):
    text, rows = legacy_csv
    out, err = import_csv(tmp_path, text)
    assert err == ""
    assert "7 new, 0 updated, 0 unchanged; 0 rows skipped" in out
    for old, page, route in rows:
        assert_redirects(client, old.removeprefix("http://www.cec.org"), page, route)
    assert Redirect.objects.filter(is_permanent=True, site=None).count() == 7


def test_old_addresses_match_whatever_the_order_of_their_parameters(client, tmp_path, legacy_csv):
    text, rows = legacy_csv
    import_csv(tmp_path, text)
    page = rows[1][1]
    assert_redirects(client, "/index.cfm?ID=2345&varlan=french", page)
    assert_redirects(client, "/Page.asp?SiteNodeID=1043&PageID=122", rows[3][1])
    # Another old page of the same script is not ours: not found, not a wrong redirect.
    assert client.get("/index.cfm?varlan=french&ID=9999").status_code == 404


def test_reimporting_changes_nothing_and_a_changed_row_updates(client, tmp_path, legacy_csv):
    text, rows = legacy_csv
    import_csv(tmp_path, text)
    before = list(Redirect.objects.order_by("pk").values())
    out, _err = import_csv(tmp_path, text)
    assert "0 new, 0 updated, 7 unchanged; 0 rows skipped" in out
    assert list(Redirect.objects.order_by("pk").values()) == before

    other = rows[0][1].get_parent()  # the English publications index
    changed = text.replace(f"{rows[0][0]},{rows[0][1].url}", f"{rows[0][0]},{other.url}")
    out, _err = import_csv(tmp_path, changed)
    assert "0 new, 1 updated, 6 unchanged" in out
    assert_redirects(client, rows[0][0], other)


def test_a_redirect_follows_its_page_when_the_page_is_renamed(client, tmp_path, legacy_csv):
    text, rows = legacy_csv
    import_csv(tmp_path, text)
    old, page, _route = rows[2]
    page.slug = "nuevo-nombre"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.url.endswith("/nuevo-nombre/")
    assert_redirects(client, old, page)


def test_bad_rows_are_reported_by_line_and_the_good_ones_imported(client, tmp_path, legacy_csv):
    _text, rows = legacy_csv
    good_old, good_page, _route = rows[0]
    live_page = rows[1][1]
    text = "\n".join(
        [
            "old_url,new_url",
            f"{good_old},{good_page.url}",  # line 2: fine
            "/index.cfm?varlan=english&ID=1,/publications/no-such-page/",  # 3: unknown page
            "only-one-column",  # 4
            "/a,/b/,/c/",  # 5: three columns
            '"/unterminated,/publications/',  # 6: broken quoting
            f"{live_page.url},{good_page.url}",  # 7: a live page's own address
            f"{good_old},{live_page.url}",  # 8: the same old address again
            f"/old,{good_page.url}?x=1",  # 9: a query string on the new address
            f"ftp://example.org/x,{good_page.url}",  # 10: not http
            f"/en{good_page.url},{good_page.url}",  # 11: fine: /en/… is no page here
            "/index.cfm?varlan=english&ID=5,/fr/no-such-section/x/",  # 12: no such page
            "",
            f"/{'x' * 300},{good_page.url}",  # 14: too long
        ]
    )
    with pytest.raises(CommandError, match="2 new") as error:
        import_csv(tmp_path, text)
    assert "10 rows skipped" in str(error.value)
    # The good rows are in.
    assert_redirects(client, good_old, good_page)
    assert Redirect.objects.count() == 2
    # The report names each bad line.
    path = tmp_path / "redirects.csv"
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_legacy_redirects", str(path), stdout=StringIO(), stderr=err)
    reported = {
        int(line.split(", line ")[1].split(":")[0]): line for line in err.getvalue().splitlines()
    }
    assert sorted(reported) == [3, 4, 5, 6, 7, 8, 9, 10, 12, 14]
    assert "no live page answers /publications/no-such-page/" in reported[3]
    assert "expected 2 columns" in reported[4] and "found 3" in reported[5]
    assert "not a valid CSV line" in reported[6]
    assert "a live page answers" in reported[7]
    assert "same old address as line 2" in reported[8]
    assert "query string" in reported[9]
    assert "neither a path nor an http(s) URL" in reported[10]
    assert "no live page answers /fr/no-such-section/x/" in reported[12]
    assert "longer than 255" in reported[14]


def test_unreadable_files_get_a_clear_message(tmp_path, home_page):
    with pytest.raises(CommandError, match="There is no file"):
        call_command("import_legacy_redirects", str(tmp_path / "missing.csv"))
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("/index.cfm?ID=1,/publicación/\n".encode("latin-1"))
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("import_legacy_redirects", str(latin1))
    assert Redirect.objects.count() == 0


def test_dry_run_checks_without_saving(tmp_path, legacy_csv):
    text, _rows = legacy_csv
    out, _err = import_csv(tmp_path, text, "--dry-run")
    assert "Would import: 7 new" in out
    assert Redirect.objects.count() == 0


def test_moved_and_renamed_pages_keep_their_old_address(
    client, site_tree, django_capture_on_commit_callbacks
):
    assert settings.WAGTAILREDIRECTS_AUTO_CREATE is True
    about = StandardPageFactory(parent=site_tree.home, slug="about")
    about.save_revision().publish()
    assert client.get("/about/").status_code == 200

    # An editor renames it (Wagtail makes the redirect once the change is committed)…
    about.slug = "about-the-cec"
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    about.refresh_from_db()
    assert_redirects(client, "/about/", about)

    # …then moves it under the publications.
    with django_capture_on_commit_callbacks(execute=True):
        about.move(site_tree.publications, pos="last-child")
    about.refresh_from_db()
    assert about.url == "/publications/about-the-cec/"
    assert_redirects(client, "/about-the-cec/", about)
    assert_redirects(client, "/about/", about)
    assert Redirect.objects.filter(automatically_created=True, is_permanent=True).count() == 2
