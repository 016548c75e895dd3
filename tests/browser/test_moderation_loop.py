"""[8/14] The moderation loop in Chromium: an Editor writes and submits, a Moderator approves.

"Approve and publish" was reported to leave pages not live, or live with a draft nobody made:
the editor's autosave POSTs the form again after the approval was sent
(`cec_site/core/edit_serialization.py`). Ten pages go round the loop, each checked in the
database and on the public listing; a page sent back for changes stays unpublished.

The translation loop: an Editor translates a live English publication into French in
wagtail-localize's editor (the title, and the French PDF for its PDF), submits it; nothing of it
is public until a Moderator approves it from the dashboard; then the French page shows the
French topic and document type, is in its topic's French listing and serves its own PDF.
"""

import hashlib
import re
import time

from wagtail.signals import page_published

import pytest

from publications.models import PublicationPage
from tests.browser.conftest import ARTIFACTS, committed, screenshot, signed_in

# django_db: so that pytest-django makes the test database the live server uses. The test itself
# runs in a transaction the live server cannot see: what it writes, it writes from a thread.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ROUNDS = 10


def english_publications_index(django_db_blocker):
    from publications.models import PublicationIndexPage

    with django_db_blocker.unblock():
        return PublicationIndexPage.objects.get(locale__language_code="en")


def page_state(django_db_blocker, title):
    """The page's state as the live server left it, read on a connection of its own (the
    test's own transaction would keep showing SQLite's snapshot from its first read)."""
    from wagtail.models import Revision

    from publications.models import PublicationPage

    def read():
        page = PublicationPage.objects.get(title=title)
        return {
            "id": page.pk,
            "live": page.live,
            "has_unpublished_changes": page.has_unpublished_changes,
            "published_latest": page.live_revision_id == page.latest_revision_id,
            "revisions": Revision.page_revisions.filter(object_id=str(page.pk)).count(),
            "in_moderation": page.workflow_in_progress,
            "url": page.get_url(),
        }

    return committed(read)


def footer_action(page, name):
    """A button of the editor's footer menu, opening the menu first when it is folded in it."""
    button = page.locator(f"footer [{name}]").first
    if not button.is_visible():
        page.locator("footer .w-dropdown__toggle").first.click()
    return button


def write_and_submit(editor, demo_site, index_id, title):
    editor.goto(f"{demo_site.url}/admin/pages/add/publications/publicationpage/{index_id}/")
    editor.fill("#id_title", title)
    editor.fill("#id_publication_date", "2026-11-30")
    editor.fill("#id_summary", f"{title}: what three countries learned together.")
    # Wagtail's script writes the slug from the title; on a busy machine it can still be empty
    # when the form is sent, and the form comes back asking for one (seen once in CI).
    editor.wait_for_function("() => document.querySelector('#id_slug').value !== ''")
    with editor.expect_navigation():
        footer_action(editor, 'name="action-submit"').click()
    editor.wait_for_load_state()
    if "/add/" in editor.url:  # the form came back: say why, rather than a missing page later
        errors = editor.locator(".error-message, .help-critical").all_inner_texts()
        raise AssertionError(f"{title!r} was not created: {errors}")


def approve_and_publish(moderator, demo_site, page_id):
    """Returns how many autosave POSTs the editor sent while and after approving."""
    autosaves = []

    def count_autosave(request):
        if request.method == "POST" and "application/json" in request.headers.get("accept", ""):
            autosaves.append(request.url)

    moderator.on("request", count_autosave)
    moderator.goto(f"{demo_site.url}/admin/pages/{page_id}/edit/")
    moderator.wait_for_load_state("networkidle")
    # The editor starts watching the form for changes 2 s after it loads; a Moderator reads the
    # page longer than that before approving it.
    moderator.wait_for_timeout(2500)
    with moderator.expect_navigation():  # Wagtail goes back to the listing
        footer_action(moderator, 'data-workflow-action-name="approve"').click()
    moderator.wait_for_timeout(1500)  # time for a late autosave to arrive and be answered
    moderator.remove_listener("request", count_autosave)
    return len(autosaves)


def test_ten_pages_go_round_the_loop_and_a_rejected_one_stays_unpublished(
    demo_site, page_at, people, django_db_blocker
):
    index = english_publications_index(django_db_blocker)
    editor = signed_in(page_at, demo_site, people["Editors"])
    moderator = signed_in(page_at, demo_site, people["Moderators"])
    timings = []
    # Publishing as slowly as on the loaded server of the report (search index, cache purge):
    # the editor's autosave then fires while the approval is still being answered.
    page_published.connect(slow_publish, sender=PublicationPage)
    try:
        run_the_loop(demo_site, page_at, django_db_blocker, index, editor, moderator, timings)
    finally:
        page_published.disconnect(slow_publish, sender=PublicationPage)
    report = "\n".join(
        f"round {n}: write+submit {s:.1f}s, approve+publish {a:.1f}s, autosave POSTs {k}"
        for n, s, a, k in timings
    )
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "moderation-loop-timings.txt").write_text(report + "\n")
    print(report)  # noqa: T201 - the timings, for the report
    assert sum(k for *_rest, k in timings) > 0, "no autosave was sent: the race was not tried"


def slow_publish(sender, instance, **kwargs):
    time.sleep(2)


def run_the_loop(demo_site, page_at, django_db_blocker, index, editor, moderator, timings):
    for round_number in range(1, ROUNDS + 1):
        title = f"Loop report {round_number}"
        started = time.monotonic()
        write_and_submit(editor, demo_site, index.pk, title)
        submitted = time.monotonic()
        state = page_state(django_db_blocker, title)
        assert not state["live"] and state["in_moderation"], state
        revisions_submitted = state["revisions"]
        if round_number == 1:
            moderator.goto(demo_site.url + "/admin/")
            screenshot(moderator, "moderator-dashboard")

        autosaves = approve_and_publish(moderator, demo_site, state["id"])
        approved = time.monotonic()
        message = moderator.locator(".messages").inner_text()
        state = page_state(django_db_blocker, title)
        assert state["live"], (round_number, state, message)
        assert not state["has_unpublished_changes"], (round_number, state)
        assert state["published_latest"], (round_number, state)
        assert state["revisions"] == revisions_submitted, (round_number, state)
        assert not state["in_moderation"], (round_number, state)
        assert f"'{title}' has been approved and published" in message, message

        visitor = page_at(1280)
        visitor.goto(demo_site.url + "/publications/")  # newest first: it leads the listing
        assert visitor.get_by_role("link", name=title, exact=True).count() >= 1, title
        assert visitor.goto(demo_site.url + state["url"]).status == 200
        visitor.context.close()
        timings.append((round_number, submitted - started, approved - submitted, autosaves))

    # Sent back for changes: it stays a draft, and the public sees nothing of it.
    title = "Loop report sent back"
    write_and_submit(editor, demo_site, index.pk, title)
    state = page_state(django_db_blocker, title)
    moderator.goto(f"{demo_site.url}/admin/pages/{state['id']}/edit/")
    moderator.wait_for_load_state("networkidle")
    footer_action(moderator, 'data-workflow-action-name="reject"').click()
    moderator.locator(".modal form textarea").fill("Please add the authors.")
    with moderator.expect_navigation():
        moderator.locator(".modal form button[type=submit]").click()
    moderator.wait_for_timeout(1500)
    state = page_state(django_db_blocker, title)
    assert not state["live"], state
    assert not state["in_moderation"], state
    visitor = page_at(1280)
    visitor.goto(demo_site.url + "/publications/")
    assert (
        visitor.get_by_role("link", name="Loop report 10", exact=True).count() >= 1
    )  # the listing works
    assert visitor.get_by_role("link", name=title, exact=True).count() == 0
    assert visitor.goto(demo_site.url + state["url"]).status == 404


SCREENSHOTS = ARTIFACTS.parent / "docs" / "screenshots"


def english_publication(index_id, title):
    """A live English publication, committed (as a Moderator would have published it)."""
    import datetime

    from wagtail.models import Page

    from publications.models import PublicationPage

    def make():
        index = Page.objects.get(pk=index_id)
        page = index.add_child(
            instance=PublicationPage(
                title=title,
                publication_date=datetime.date(2026, 11, 30),
                summary="How the three countries track the freight that crosses their borders.",
            )
        )
        page.save_revision().publish()
        return page.pk

    return committed(make)


def test_the_moderator_dashboard_and_the_editors_translation_editor(
    demo_site, page_at, people, django_db_blocker
):
    """The review queue comes first for Moderators; the downloads report is in the Reports
    menu for Editors; an Editor translates into French. Screenshots for the README."""
    index = english_publications_index(django_db_blocker)
    editor = signed_in(page_at, demo_site, people["Editors"])
    write_and_submit(editor, demo_site, index.pk, "Ozone and cross-border air: a review")

    moderator = signed_in(page_at, demo_site, people["Moderators"])
    moderator.goto(demo_site.url + "/admin/")
    moderator.wait_for_load_state("networkidle")
    headings = moderator.locator("main h2").all_inner_texts()
    review = next(i for i, text in enumerate(headings) if "Awaiting your review" in text)
    downloads = next(i for i, text in enumerate(headings) if "downloaded" in text)
    # Above it, only the site summary and the greeting, which are not panels.
    assert set(headings[:review]) <= {"Site summary", people["Moderators"].username}, headings
    assert review < downloads, headings
    assert "Ozone and cross-border air" in moderator.locator("main").inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    moderator.screenshot(path=str(SCREENSHOTS / "moderator-dashboard.png"), full_page=True)

    # The Reports menu offers the downloads report to Editors.
    editor.goto(demo_site.url + "/admin/")
    editor.get_by_role("button", name="Reports").click()
    editor.get_by_role("link", name="Publication downloads").click()
    editor.wait_for_url("**/reports/publication-downloads/**")

    # An Editor translates a published English publication into French.
    page_id = english_publication(index.pk, "North American freight emissions")
    editor.goto(f"{demo_site.url}/admin/localize/submit/page/{page_id}/")
    editor.get_by_role("checkbox", name=re.compile("^(French|Français)$")).check()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Submit", exact=True).click()
    editor.wait_for_load_state("networkidle")
    assert "/edit/" in editor.url, editor.url
    assert editor.get_by_text("Submit translation for moderation").first.is_visible()
    editor.screenshot(path=str(SCREENSHOTS / "editor-translation.png"), full_page=False)


# Translation: an Editor translates, a Moderator publishes ---------------------------------

TRANSLATED_TITLE = "Le fret transfrontalier et la qualité de l’air"


def translatable_publication(index_id):
    """A live English publication with a topic, a document type and a PDF that each have (or,
    for the PDF, get) a French counterpart; committed. Returns what the test checks against."""
    import datetime

    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model
    from wagtail.models import Locale, Page

    from cec_site.core.models import TopicPage
    from cec_site.home.demo.pdfs import write_pdf
    from publications.models import DocumentType, PublicationPage

    def pdf_document(title, filename, pages, language):
        content = write_pdf(
            title=title,
            subtitle="",
            summary="Freight, ports and the air along the borders.",
            pages=pages,
            citation="CEC. 2026.",
            language=language,
        )
        document = get_document_model()(title=title)
        document.file.save(filename, ContentFile(content), save=False)
        document.save()
        return document, hashlib.sha1(content).hexdigest(), len(content)  # noqa: S324

    def translated(queryset, preferred, french):
        """(English object, its French translation): the preferred one when it has one."""
        candidates = sorted(queryset, key=lambda obj: str(obj) != preferred)
        for obj in candidates:
            translation = obj.get_translation_or_none(french)
            if translation is not None and (not isinstance(obj, Page) or translation.live):
                return obj, translation
        raise AssertionError(f"the demo has no {queryset.model.__name__} translated into French")

    def make():
        french = Locale.objects.get(language_code="fr")
        topic, topic_fr = translated(
            TopicPage.objects.live().filter(locale__language_code="en"), "Pollutants", french
        )
        kind, kind_fr = translated(
            DocumentType.objects.filter(locale__language_code="en"), "Report", french
        )
        english_pdf, english_sha1, english_size = pdf_document(
            "Cross-border freight and air quality (PDF)", "cross-border-freight.pdf", 4, "en"
        )
        french_pdf, french_sha1, french_size = pdf_document(
            "Le fret transfrontalier et la qualité de l'air (PDF, français)",
            "fret-transfrontalier.pdf",
            7,
            "fr",
        )
        page = Page.objects.get(pk=index_id).add_child(
            instance=PublicationPage(
                title="Cross-border freight and air quality",
                slug="cross-border-freight-and-air-quality",
                publication_date=datetime.date(2026, 11, 29),
                summary="What trucks and trains crossing the borders mean for the air.",
                document=english_pdf,
                document_type=kind,
                topics=[topic],
            )
        )
        page.save_revision().publish()
        return {
            "page_id": page.pk,
            "translation_key": page.translation_key,
            "topic": topic.title,
            "topic_fr": topic_fr.title,
            "topic_fr_slug": topic_fr.slug,
            "topic_fr_url": topic_fr.url,
            "type": kind.name,
            "type_fr": kind_fr.name,
            "english_pdf": {"id": english_pdf.pk, "sha1": english_sha1, "size": english_size},
            "french_pdf": {
                "id": french_pdf.pk,
                "title": french_pdf.title,
                "sha1": french_sha1,
                "size": french_size,
            },
        }

    return committed(make)


def french_edition_state(translation_key):
    """The French edition of a publication as the database has it (read on a fresh connection):
    its row, and its latest revision (what a Moderator reviews and publishes)."""

    def read():
        from wagtail.models import Revision

        from publications.models import PublicationPage

        page = PublicationPage.objects.get(
            translation_key=translation_key, locale__language_code="fr"
        )
        latest = page.latest_revision.content if page.latest_revision_id else {}
        return {
            "id": page.pk,
            "title": page.title,
            "live": page.live,
            "has_unpublished_changes": page.has_unpublished_changes,
            "revisions": Revision.page_revisions.filter(object_id=str(page.pk)).count(),
            "latest_revision_id": page.latest_revision_id,
            "live_revision_id": page.live_revision_id,
            "in_moderation": page.workflow_in_progress,
            "revision_title": latest.get("title"),
            "revision_document_id": latest.get("document"),
            "document_id": page.document_id,
            "url": page.get_url(),
            "index_url": page.get_parent().get_url(),
        }

    return committed(read)


class Stopwatch:
    def __init__(self):
        self.steps = []
        self.last = time.monotonic()

    def lap(self, name):
        now = time.monotonic()
        self.steps.append((name, now - self.last))
        self.last = now
        print(f"  {name}: {self.steps[-1][1]:.1f}s")  # noqa: T201

    def report(self):
        lines = [f"{name}: {seconds:.1f}s" for name, seconds in self.steps]
        lines.append(f"total: {sum(seconds for _name, seconds in self.steps):.1f}s")
        return "\n".join(lines)


def localize_saved(response):
    return "/admin/localize/translate/" in response.url and response.request.method == "PUT"


def translate_title(editor, translated_title):
    """In localize's segment editor: the title's "Translate", the text, "Save"."""
    segment = editor.locator("li:has(> p.title)")  # localize marks the title's source text
    segment.get_by_role("button", name=re.compile("^(Translate|Edit)$")).click()
    segment.locator("textarea").fill(translated_title)
    with editor.expect_response(localize_saved) as saved:
        segment.get_by_role("button", name="Save", exact=True).click()
    assert saved.value.ok, saved.value.status


def choose_french_pdf(editor, document_title):
    """The PDF is a synchronised value on its field's tab, overridable: "Change document",
    then the French file in Wagtail's document chooser."""
    editor.get_by_role("tab", name="File and citation").click()
    editor.get_by_role("button", name="Change document").click()
    modal = editor.locator(".modal")
    with editor.expect_response(lambda response: "/chooser/results/" in response.url):
        modal.get_by_role("textbox", name="Search term").fill("transfrontalier")
    with editor.expect_response(localize_saved) as saved:
        modal.get_by_role("link", name=document_title, exact=True).first.click()
    assert saved.value.ok, saved.value.status
    segment = editor.locator("li:has(> div > .document-chooser)")
    segment.get_by_text(document_title, exact=True).wait_for()  # the French file, shown
    assert "Revert to English version" in segment.inner_text()


def submit_translation(editor):
    """The "Submit translation for moderation" button the editor shows Editors, then its
    confirmation."""
    messages = editor.locator(".messages")
    messages.get_by_role("link", name="Submit translation for moderation").click()
    editor.wait_for_load_state()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Submit for moderation").click()
    editor.wait_for_load_state()
    return editor.locator(".messages").inner_text()


def approve_from_dashboard(moderator, demo_site, title):
    """The Moderator's dashboard, *Awaiting your review*: the row's actions, "Approve"."""
    moderator.goto(demo_site.url + "/admin/")
    queue = moderator.locator("main section", has_text="Awaiting your review")
    row = queue.locator("tr", has_text=title)
    row.get_by_role("button", name="Actions").click()
    with moderator.expect_navigation():
        row.get_by_role("button", name="Approve", exact=True).click()
    moderator.wait_for_load_state()
    return moderator.locator("main").inner_text()


def test_an_editor_translates_a_publication_and_a_moderator_publishes_it(
    demo_site, page_at, people, django_db_blocker
):
    """English publication → Translate into French → title translated and the French PDF
    chosen in localize's editor → submitted → nothing public → approved from the dashboard →
    public, with the French topic, document type and PDF."""
    clock = Stopwatch()
    index = english_publications_index(django_db_blocker)
    source = translatable_publication(index.pk)
    english_url = english_page_url(source["page_id"])
    clock.lap("English publication and both PDFs made (ORM, committed)")

    editor = signed_in(page_at, demo_site, people["Editors"])
    editor.set_default_timeout(60_000)
    clock.lap("Editor signed in")

    # Translate: French, then localize's translation editor of the new French draft.
    editor.goto(f"{demo_site.url}/admin/localize/submit/page/{source['page_id']}/")
    editor.get_by_role("checkbox", name=re.compile("^(French|Français)$")).check()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Submit", exact=True).click()
    editor.wait_for_load_state("networkidle")
    assert "/edit/" in editor.url, editor.url
    state = french_edition_state(source["translation_key"])
    assert not state["live"], state
    assert state["revision_document_id"] is None, state  # the English PDF is not kept
    clock.lap("Translate into French: draft made, translation editor open")

    translate_title(editor, TRANSLATED_TITLE)
    clock.lap("title translated (segment editor)")
    choose_french_pdf(editor, source["french_pdf"]["title"])
    clock.lap("PDF overridden with the French file (document chooser)")
    editor.screenshot(path=str(ARTIFACTS / "translation-editor-french-pdf.png"))
    message = submit_translation(editor)
    assert "submitted for moderation" in message, message
    clock.lap("Submit translation for moderation (and its confirmation)")

    state = french_edition_state(source["translation_key"])
    assert not state["live"], state
    assert state["revisions"] >= 1 and state["latest_revision_id"] is not None, state
    assert state["in_moderation"], state
    assert state["revision_title"] == TRANSLATED_TITLE, state
    assert state["revision_document_id"] == source["french_pdf"]["id"], state
    visitor = page_at(1280)
    visitor.set_default_timeout(60_000)
    assert visitor.goto(demo_site.url + state["url"]).status == 404
    assert visitor.goto(demo_site.url + state["url"] + "download/").status == 404
    assert visitor.goto(demo_site.url + state["index_url"]).status == 200
    assert visitor.get_by_role("link", name=TRANSLATED_TITLE).count() == 0
    assert visitor.get_by_role("link", name=re.compile("Cross-border freight")).count() == 0
    visitor.context.close()
    clock.lap("checked: French draft in moderation, nothing of it public under /fr/")

    moderator = signed_in(page_at, demo_site, people["Moderators"])
    moderator.set_default_timeout(60_000)
    dashboard = approve_from_dashboard(moderator, demo_site, TRANSLATED_TITLE)
    clock.lap("Moderator: Approve from the dashboard's review queue")

    state = french_edition_state(source["translation_key"])
    assert state["live"], (state, dashboard)
    assert not state["has_unpublished_changes"], state
    assert state["live_revision_id"] == state["latest_revision_id"], state
    assert not state["in_moderation"], state
    assert state["title"] == TRANSLATED_TITLE, state
    assert state["document_id"] == source["french_pdf"]["id"], state
    # The dashboard says what the action did, and the row has left the review queue.
    assert f"'{TRANSLATED_TITLE}' has been approved and published" in dashboard, dashboard
    queue = moderator.locator("main section", has_text="Awaiting your review")
    assert queue.locator("tr", has_text=TRANSLATED_TITLE).count() == 0, "still in the queue"

    visitor = page_at(1280)
    visitor.set_default_timeout(60_000)
    assert visitor.goto(demo_site.url + state["url"]).status == 200
    facts = visitor.locator("dl.facts").inner_text()
    assert source["type_fr"] in facts and source["type"] not in facts, facts
    assert source["topic_fr"] in facts and source["topic"] not in facts, facts
    topic_link = visitor.locator("dl.facts").get_by_role("link", name=source["topic_fr"])
    assert topic_link.get_attribute("href").endswith(source["topic_fr_url"]), source
    button = visitor.locator("main a.button[type='application/pdf']")
    assert button.get_attribute("href") == state["url"] + "download/"

    visitor.goto(f"{demo_site.url}{state['index_url']}?topic={source['topic_fr_slug']}")
    assert visitor.get_by_role("link", name=TRANSLATED_TITLE).count() >= 1

    french = visitor.request.get(demo_site.url + state["url"] + "download/")
    english = visitor.request.get(demo_site.url + english_url + "download/")
    assert french.status == 200 and english.status == 200, (french.status, english.status)
    body = french.body()
    assert hashlib.sha1(body).hexdigest() == source["french_pdf"]["sha1"]  # noqa: S324
    assert len(body) == source["french_pdf"]["size"] != source["english_pdf"]["size"]
    assert french.headers["etag"] != english.headers["etag"]
    assert french.headers["content-disposition"].rstrip('"').endswith("-fr.pdf"), french.headers
    assert english.headers["content-disposition"].rstrip('"').endswith("-en.pdf")
    visitor.context.close()
    clock.lap("checked: French page, its topic's listing and its own PDF")

    report = clock.report()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "translation-loop-timings.txt").write_text(report + "\n")
    print(f"\ntranslation loop:\n{report}")  # noqa: T201 - the timings, for the report


def english_page_url(page_id):
    def read():
        from wagtail.models import Page

        return Page.objects.get(pk=page_id).get_url()

    return committed(read)
