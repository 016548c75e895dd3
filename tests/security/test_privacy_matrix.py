"""The privacy matrix: no kind of hidden content reaches the public through any door.

Rows are the kinds of hidden content (a draft, a scheduled page, an expired one, one
unpublished after every door had cached it, password-, login- and group-protected pages, a PDF
in a private collection, a private topic). Each row builds one small site whose hidden items
each carry a marker word of that row (in the title, the slug, the summary and the files' titles
and file names), links them from every public place an editor could (featured items, spotlight,
related items, topics, menus, translations, the Our Impact link, downloads for the Top 50),
then asks every public door. A door fails the row when the marker shows in its answer, or when
it answers 200 with a hidden file's bytes (a publication's PDF, a SEM stage's document); one
assertion lists every failing door.

The control row builds the same site with nothing hidden and checks that each door *does*
show the items: a door that can never show anything cannot prove it hides them. The rule
under test is cec_site.core.visibility.
"""

import datetime
import re
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)

import pytest

from cec_site.core.factories import StandardPageFactory, TopicPageFactory
from cec_site.home.factories import SpotlightItemFactory, pdf_bytes
from impact.factories import ImpactStoryPageFactory
from projects.factories import ProjectPageFactory
from publications.factories import PublicationPageFactory
from publications.models import PublicationDownloadDay, PublicationProject
from sem.factories import SubmissionIndexPageFactory, SubmissionPageFactory

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"
PAGE_KINDS = ("project", "publication", "story", "topic", "menu", "translation", "submission")


# The world -------------------------------------------------------------------------------


def marked(row, kind):
    """The marker word of one hidden item: unique to the row and the item."""
    return f"zq{row}{kind}x"


def search_word(row, kind):
    """A second word of the item's title, to search for: a search for the marker itself
    would only prove that the results page repeats what the visitor typed."""
    return f"find{row}{kind}"


def pdf_document(title, file_name, collection=None):
    document = get_document_model()(title=title)
    if collection is not None:
        document.collection = collection
    document.file.save(file_name, ContentFile(pdf_bytes(title=title)), save=True)
    return document


def stored_bytes(document):
    with document.file.open("rb") as file:
        return file.read()


def build_world(row, site_tree, locales, *, marked_kinds, private_collection=False):
    """One site: public content, plus the row's marked items linked from everywhere.

    `marked_kinds` are the kinds of item that carry the row's marker; items of the other
    kinds are made without it (a row about a private topic has only its topic marked).
    """
    home = site_tree.home

    def name(kind, fallback):
        return marked(row, kind) if kind in marked_kinds else fallback

    def words(kind, fallback):
        word = name(kind, fallback)
        title = f"{word.capitalize()} {kind} {search_word(row, kind)}"
        if kind == "topic":  # first by name: the label a publication's card shows
            title = f"A {title}"
        return {"title": title, "slug": f"{word}-{kind}"}

    # Public content, no marker: it links to the hidden items.
    public_pdf = pdf_document("Public report", "public-report.pdf")
    topic = TopicPageFactory(
        parent=site_tree.topic_index,
        short_description=f"About {name('topic', 'plain')}.",
        **words("topic", "plaintopic"),
    )
    project = ProjectPageFactory(
        parent=site_tree.projects,
        title="Open project",
        slug="open-project",
        topics=[site_tree.climate, topic],
    )
    publication = PublicationPageFactory(
        parent=site_tree.publications,
        title="Open publication",
        slug="open-publication",
        document=public_pdf,
        topics=[site_tree.climate, topic],
    )
    story = ImpactStoryPageFactory(
        parent=site_tree.impact,
        title="Open story",
        slug="open-story",
        topics=[site_tree.climate, topic],
    )
    about = StandardPageFactory(parent=home, title="About us", slug="about-us", show_in_menus=True)
    registry = SubmissionIndexPageFactory(parent=home)

    # The items that may be hidden.
    collection = None
    if private_collection:
        collection = Collection.get_first_root_node().add_child(name="Embargoed")
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    pdf_word = name("pdf", "plainpdf")
    hidden_pdf = pdf_document(f"{pdf_word} report", f"{pdf_word}.pdf", collection)
    hidden_stage_document = pdf_document(
        f"{pdf_word} determination", f"{pdf_word}-determination.pdf", collection
    )
    hidden = SimpleNamespace(topic=topic)
    hidden.project = ProjectPageFactory(
        parent=site_tree.projects,
        summary=f"What {name('project', 'plain')} does.",
        start_date=datetime.date(2030, 1, 1),  # the newest: featured even without a choice
        topics=[site_tree.climate],
        **words("project", "plainproject"),
    )
    hidden.publication = PublicationPageFactory(
        parent=site_tree.publications,
        subtitle=f"{name('publication', 'plain')} subtitle",
        summary=f"What {name('publication', 'plain')} found.",
        publication_date=datetime.date(2030, 1, 1),
        document=hidden_pdf,
        topics=[site_tree.climate],
        **words("publication", "plainpublication"),
    )
    hidden.story = ImpactStoryPageFactory(
        parent=site_tree.impact,
        summary=f"How {name('story', 'plain')} changed things.",
        topics=[site_tree.climate],
        **words("story", "plainstory"),
    )
    hidden.submission = SubmissionPageFactory(
        parent=registry,
        summary=f"What {name('submission', 'plain')} asserts.",
        stages=[
            ("criteria", datetime.date(2023, 5, 4), "Meets the criteria.", hidden_stage_document)
        ],
        **words("submission", "plainsubmission"),
    )
    hidden.menu = StandardPageFactory(
        parent=home,
        introduction=f"{name('menu', 'plain')} introduction.",
        show_in_menus=True,
        **words("menu", "plainmenu"),
    )
    # A French home and a French edition of the public "About us" page.
    home_fr = home.copy_for_translation(locales["fr"])
    home_fr.save_revision().publish()
    hidden.translation = about.copy_for_translation(locales["fr"])
    for attribute, value in words("translation", "plaintranslation").items():
        setattr(hidden.translation, attribute, value)
    hidden.translation.save_revision().publish()
    hidden.translation = Page.objects.get(pk=hidden.translation.pk).specific

    # Every public place that can point to them.
    home.featured_project = hidden.project
    home.featured_publication = hidden.publication
    home.impact_text = "See what changed."
    home.impact_link = hidden.menu
    home.save()
    for kind in ("project", "publication", "story", "topic", "menu"):
        SpotlightItemFactory(
            home_page=home,
            title=f"{name(kind, 'plain').capitalize()} in the spotlight",
            link_url="",
            link_page=getattr(hidden, kind),
        )
    project.related_project_links.create(page=hidden.project)
    PublicationProject.objects.create(publication=hidden.publication, project=project)
    PublicationProject.objects.create(publication=publication, project=hidden.project)
    story.related_links.create(page=hidden.publication)
    story.related_links.create(page=hidden.project)
    today = timezone.localdate()
    counts = [f.name for f in PublicationDownloadDay._meta.fields if f.name.endswith("count")]
    for edition, downloads in ((hidden.publication, 90), (publication, 3)):
        PublicationDownloadDay.objects.create(
            publication=edition, day=today, **dict.fromkeys(counts, downloads)
        )

    return SimpleNamespace(
        row=row,
        site=site_tree,
        home_fr=home_fr,
        project=project,
        publication=publication,
        story=story,
        about=about,
        registry=registry,
        hidden=hidden,
        hidden_pdf=hidden_pdf,
        hidden_pdf_bytes=stored_bytes(hidden_pdf),
        hidden_stage_document=hidden_stage_document,
        hidden_stage_document_bytes=stored_bytes(hidden_stage_document),
        marked_kinds=set(marked_kinds),
    )


def hidden_pages(world):
    return [getattr(world.hidden, kind) for kind in PAGE_KINDS]


# How each row hides its items ------------------------------------------------------------


def make_draft(world):
    """Never published: not live, no publication date, no live revision."""
    for page in hidden_pages(world):
        Page.objects.filter(pk=page.pk).update(
            live=False,
            has_unpublished_changes=True,
            first_published_at=None,
            last_published_at=None,
            live_revision=None,
        )


def make_scheduled(world):
    """Approved by a Moderator, going live next week."""
    make_draft(world)
    next_week = timezone.now() + datetime.timedelta(days=7)
    for page in hidden_pages(world):
        page = Page.objects.get(pk=page.pk).specific
        page.go_live_at = next_week
        page.save_revision().publish()
        page.refresh_from_db()
        assert not page.live and page.revisions.filter(approved_go_live_at=next_week).exists()


def make_expired(world):
    """Its expiry time has passed; `publish_scheduled` has not run yet: still live in the DB."""
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    for page in hidden_pages(world):
        Page.objects.filter(pk=page.pk).update(expire_at=an_hour_ago)
        assert Page.objects.get(pk=page.pk).live


def restrict(restriction_type, **options):
    def hide(world):
        for page in hidden_pages(world):
            restriction = PageViewRestriction.objects.create(
                page=page, restriction_type=restriction_type, **options
            )
            if restriction_type == PageViewRestriction.GROUPS:
                from django.contrib.auth.models import Group

                restriction.groups.add(Group.objects.get_or_create(name="Secretariat")[0])

    return hide


def unpublish_after_caching(world):
    """Every door has shown (and cached) the items; then a Moderator unpublishes them."""
    for page in hidden_pages(world):
        Page.objects.get(pk=page.pk).specific.unpublish()


def restrict_topic(world):
    PageViewRestriction.objects.create(
        page=world.hidden.topic, restriction_type=PageViewRestriction.LOGIN
    )


def nothing(world):
    pass


@dataclass(frozen=True)
class Row:
    name: str
    code: str  # the marker's middle
    hide: object
    marked_kinds: tuple = (*PAGE_KINDS, "pdf")
    private_collection: bool = False
    prime_first: bool = False  # ask every door (and check it shows the items) before hiding


ROWS = [
    Row("draft", "dra", make_draft),
    Row("scheduled", "sch", make_scheduled),
    Row("expired", "exp", make_expired),
    Row("unpublished after being cached", "cac", unpublish_after_caching, prime_first=True),
    Row(
        "password-protected",
        "pwd",
        restrict(PageViewRestriction.PASSWORD, password="letmein"),  # noqa: S106
    ),
    Row("login-protected", "log", restrict(PageViewRestriction.LOGIN)),
    Row("group-restricted", "grp", restrict(PageViewRestriction.GROUPS)),
    Row("PDF in a private collection", "col", nothing, ("pdf",), private_collection=True),
    Row("private topic", "top", restrict_topic, ("topic",)),
]
CONTROL = Row("control: nothing hidden", "pub", nothing)


# The doors -------------------------------------------------------------------------------


@dataclass
class Answer:
    url: str
    status: int
    body: bytes
    part: str = ""  # which part of the page the door is (the menu, the switcher…)


@dataclass(frozen=True)
class Door:
    name: str
    ask: object  # (client, world) -> [Answer]
    shows_public_items: bool = True  # the control row checks it shows them
    needs_postgres_to_show: bool = False
    # The hidden files it serves when they are public (the control row checks each), as the
    # world's attributes holding their bytes.
    serves_files: tuple = ()
    extra: dict = field(default_factory=dict)


def get(client, url, part=""):
    response = client.get(url)
    if response.status_code in (301, 302) and "/download/" in response.get("Location", ""):
        # /documents/ hands a publication's PDF or a stage's document to its counted
        # download: follow that one (never a sign-in redirect, whose form repeats the address
        # asked for).
        url, response = response["Location"], client.get(response["Location"])
    if getattr(response, "streaming", False):
        body = b"".join(response.streaming_content)
    else:
        body = response.content
    return Answer(url=url, status=response.status_code, body=body, part=part)


def section(answer, start_pattern, end_pattern, part):
    """One part of an HTML answer (e.g. the primary menu), as its own answer."""
    text = answer.body.decode("utf-8", "replace")
    match = re.search(start_pattern + r".*?" + end_pattern, text, re.S)
    return Answer(answer.url, answer.status, (match.group(0) if match else "").encode(), part)


def tags(answer, pattern, part):
    """Every match of `pattern` in an HTML answer, as one answer."""
    text = answer.body.decode("utf-8", "replace")
    return Answer(
        answer.url, answer.status, "\n".join(re.findall(pattern, text, re.S)).encode(), part
    )


def page_urls(client, world):
    return [get(client, page.url) for page in hidden_pages(world)]


def listings(client, world):
    return [
        get(client, "/projects/"),
        get(client, "/publications/"),
        get(client, "/publications/?sort=downloads"),
        get(client, "/our-impact/"),
        get(client, world.registry.url),
    ]


def filter_choices(client, world):
    answers = []
    for url in ("/projects/", "/publications/", "/our-impact/", "/search/"):
        answer = get(client, url)
        answers.append(tags(answer, r"<select.*?</select>", f"filter choices of {url}"))
    return answers


def topic_pages(client, world):
    return [get(client, world.site.climate.url), get(client, world.site.topic_index.url)]


def home_page(client, world):
    return [get(client, "/")]


def home_featured_project(client, world):
    answer = get(client, "/")
    return [section(answer, r"featured-project-heading", r"</section>", "featured project")]


def home_featured_publication(client, world):
    answer = get(client, "/")
    return [section(answer, r"featured-publication-heading", r"</section>", "featured publication")]


def home_spotlight(client, world):
    answer = get(client, "/")
    return [section(answer, r"spotlight-heading", r"</section>", "spotlight")]


def home_topics_and_impact(client, world):
    answer = get(client, "/")
    return [
        section(answer, r"topics-heading", r"</section>", "topic tiles"),
        section(answer, r"impact-heading", r"</section>", "Our Impact link"),
    ]


def related_items(client, world):
    answers = []
    for page in (world.project, world.publication, world.story):
        answer = get(client, page.url)
        answers.append(section(answer, r"<main", r"</main>", f"main of {page.url}"))
    return answers


def search(client, world):
    answers = []
    for kind in ("project", "publication", "story", "topic", "menu", "submission"):
        answers.append(get(client, f"/search/?q={search_word(world.row, kind)}"))
    answers.append(get(client, f"/fr/search/?q={search_word(world.row, 'translation')}"))
    return answers


def sitemap(client, world):
    return [get(client, "/sitemap.xml")]


def feeds(client, world):
    topic_slug = world.hidden.topic.slug
    return [
        get(client, url)
        for url in (
            "/feeds/publications/rss/",
            "/feeds/publications/atom/",
            "/feeds/projects/rss/",
            "/feeds/projects/atom/",
            f"/feeds/publications/{world.site.climate.slug}/rss/",
            f"/feeds/publications/{topic_slug}/rss/",
            f"/feeds/projects/{topic_slug}/atom/",
            "/feeds/sem/rss/",
            f"{world.registry.url}feed/",
            f"{world.hidden.submission.url}feed/",
        )
    ]


def api_listings(client, world):
    return [
        get(client, "/api/v2/publications/?fields=*"),
        get(client, "/api/v2/projects/?fields=*"),
        get(client, "/api/v2/topics/?fields=*"),
        get(client, "/api/v2/sem/?fields=*"),
        get(client, "/api/v2/publications/?search=" + search_word(world.row, "publication")),
    ]


def api_details(client, world):
    hidden = world.hidden
    return [
        get(client, f"/api/v2/publications/{hidden.publication.pk}/"),
        get(client, f"/api/v2/projects/{hidden.project.pk}/"),
        get(client, f"/api/v2/topics/{hidden.topic.pk}/"),
        get(client, f"/api/v2/sem/{hidden.submission.pk}/"),
    ]


def api_nested_topics(client, world):
    return [
        get(client, f"/api/v2/publications/{world.publication.pk}/"),
        get(client, f"/api/v2/projects/{world.project.pk}/"),
        get(client, "/api/v2/publications/?fields=topics"),
    ]


def oai(client, world):
    identifier = f"oai:localhost:publication:{world.hidden.publication.pk}"
    return [
        get(client, "/oai/?verb=ListRecords&metadataPrefix=oai_dc"),
        get(client, "/oai/?verb=ListIdentifiers&metadataPrefix=oai_dc"),
        get(client, f"/oai/?verb=GetRecord&metadataPrefix=oai_dc&identifier={identifier}"),
        get(client, "/oai/?verb=ListSets"),
    ]


def top_50(client, world):
    return [get(client, "/publications/top-50/")]


def counted_download(client, world):
    return [get(client, world.hidden.publication.url + "download/")]


def stage_document_download(client, world):
    submission = world.hidden.submission
    stage = submission.stages.get()
    return [get(client, f"{submission.url}stages/{stage.pk}/download/")]


def documents(client, world):
    return [get(client, world.hidden_pdf.url), get(client, world.hidden_stage_document.url)]


def citations(client, world):
    base = world.hidden.publication.url
    return [get(client, f"{base}cite/{name}/") for name in ("bibtex", "ris", "csl-json")]


def menus(client, world):
    answer = get(client, world.about.url)
    return [section(answer, r'<nav class="primary-nav"', r"</nav>", "primary menu")]


def language_switcher(client, world):
    answer = get(client, world.about.url)
    return [
        section(answer, r'<nav class="language-switcher"', r"</nav>", "language switcher"),
        tags(answer, r'<link rel="alternate"[^>]*>', "hreflang links"),
    ]


DOORS = [
    Door("page URL itself", page_urls),
    Door("section listings", listings),
    Door("topic filter choices", filter_choices),
    Door("topic page and topic index", topic_pages),
    Door("home: featured project", home_featured_project),
    Door("home: featured publication", home_featured_publication),
    Door("home: spotlight", home_spotlight),
    Door("home: topic tiles and Our Impact link", home_topics_and_impact),
    Door("home page, whole", home_page),
    Door("related items", related_items),
    Door("search", search, needs_postgres_to_show=True),
    Door("sitemap.xml", sitemap),
    Door("RSS/Atom feeds", feeds),
    Door("API listings", api_listings),
    Door("API details", api_details),
    Door("API nested topics", api_nested_topics),
    Door("OAI-PMH", oai),
    Door("Top 50", top_50),
    Door("counted download", counted_download, serves_files=("hidden_pdf_bytes",)),
    Door(
        "SEM stage document download",
        stage_document_download,
        serves_files=("hidden_stage_document_bytes",),
    ),
    Door(
        "/documents/",
        documents,
        serves_files=("hidden_pdf_bytes", "hidden_stage_document_bytes"),
    ),
    Door("citations", citations),
    Door("menus", menus),
    Door("language switcher", language_switcher),
]

# What each door can show in the control row (which of the marked items reach it there).
SHOWN_BY = {
    "page URL itself": PAGE_KINDS,
    "section listings": ("project", "publication", "story", "topic", "submission"),
    "topic filter choices": ("topic",),
    "topic page and topic index": ("project", "publication", "story", "topic"),
    "home: featured project": ("project",),
    "home: featured publication": ("publication",),
    "home: spotlight": ("project", "publication", "story", "topic", "menu"),
    "home: topic tiles and Our Impact link": ("topic", "menu"),
    "home page, whole": ("project", "publication", "story", "topic", "menu"),
    "related items": ("project", "publication", "topic"),
    "search": ("project", "publication", "story", "topic", "menu", "translation", "submission"),
    "sitemap.xml": PAGE_KINDS,
    "RSS/Atom feeds": ("project", "publication", "topic", "submission"),
    "API listings": ("project", "publication", "topic", "submission"),
    "API details": ("project", "publication", "topic", "submission"),
    "API nested topics": ("topic",),
    "OAI-PMH": ("publication", "topic"),
    "Top 50": ("publication",),
    "counted download": (),
    "SEM stage document download": (),
    "/documents/": (),
    "citations": ("publication",),
    "menus": ("menu",),
    "language switcher": ("translation",),
}


# The checks ------------------------------------------------------------------------------


def visitor():
    # A door that fails (500) leaks nothing, and the control row then says it shows nothing.
    return Client(
        HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.23", raise_request_exception=False
    )


def echoes(url):
    """The address asked for, as an answer may repeat it (a 404 page's language links, a
    password form's return address): the visitor typed it, it gives nothing away."""
    path = url.split("?")[0]
    base = re.sub(r"^/(fr|es)/", "/", path)
    return sorted({path, base, "/fr" + base, "/es" + base}, key=len, reverse=True)


def leaks(answer, world):
    """What of the row's hidden content this answer gives away."""
    found = []
    text = answer.body.decode("utf-8", "replace").lower()
    for echo in echoes(answer.url.lower()):
        text = text.replace(echo, "")
    for kind in (*PAGE_KINDS, "pdf"):
        marker = marked(world.row, kind)
        position = text.find(marker)
        if position >= 0:
            context = text[max(0, position - 60) : position + 40].replace("\n", " ")
            found.append(f"marker {marker!r} in …{context}…")
    files_are_hidden = "pdf" in world.marked_kinds
    for file in ("hidden_pdf_bytes", "hidden_stage_document_bytes"):
        if files_are_hidden and answer.status == 200 and getattr(world, file) in answer.body:
            found.append(f"the hidden file's bytes ({file})")
    return found


def where(answer):
    return f"{answer.url}" + (f" ({answer.part})" if answer.part else "") + f" [{answer.status}]"


def ask_every_door(world):
    client = visitor()
    return {door.name: door.ask(client, world) for door in DOORS}


def assert_doors_show_public_items(world, answers, row_name):
    """The doors are not blind: with the items public, each door shows them."""
    missing = []
    is_postgres = connection.vendor == "postgresql"
    for door in DOORS:
        if door.needs_postgres_to_show and not is_postgres:
            continue
        body = b"\n".join(answer.body for answer in answers[door.name]).decode("utf-8", "replace")
        for kind in SHOWN_BY[door.name]:
            if kind in world.marked_kinds and marked(world.row, kind) not in body.lower():
                missing.append(f"{door.name}: does not show the public {kind}")
        for file in door.serves_files:
            if not any(
                answer.status == 200 and getattr(world, file) in answer.body
                for answer in answers[door.name]
            ):
                missing.append(f"{door.name}: does not serve the public file ({file})")
    assert not missing, f"{row_name}: doors that show nothing prove nothing:\n" + "\n".join(missing)


@pytest.mark.parametrize("row", ROWS, ids=[row.code for row in ROWS])
def test_hidden_content_reaches_no_public_door(row, site_tree, locales):
    world = build_world(
        row.code,
        site_tree,
        locales,
        marked_kinds=row.marked_kinds,
        private_collection=row.private_collection,
    )
    if row.prime_first:
        assert_doors_show_public_items(world, ask_every_door(world), row.name)
    row.hide(world)

    failures = []
    for door_name, answers in ask_every_door(world).items():
        for answer in answers:
            for leak in leaks(answer, world):
                failures.append(f"{row.name} × {door_name}: {where(answer)}: {leak}")
    assert not failures, f"{len(failures)} leak(s):\n" + "\n".join(failures)


def test_every_door_shows_public_content(site_tree, locales):
    """The control row: the same site with nothing hidden, shown by every door."""
    world = build_world(CONTROL.code, site_tree, locales, marked_kinds=CONTROL.marked_kinds)
    assert_doors_show_public_items(world, ask_every_door(world), CONTROL.name)
