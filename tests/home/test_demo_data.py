"""The demo's texts are data (cec_site/home/demo/data/*.json for the site, <app>/demo_data.json
for each section), complete in every language, and the loader finds each section's demo
through the section registry and names none."""

import ast
import json
import re
from pathlib import Path

from django.apps import apps as django_apps

import pytest

from cec_site.core import sections
from cec_site.home.demo import sections as section_demos
from cec_site.home.demo.data import DATA, languages, read

DEMO_PACKAGE = Path(section_demos.__file__).parent
LOADER = DEMO_PACKAGE.parent / "management" / "commands" / "load_demo_content.py"
# The sections whose data files share one shape: {language: {"index", "items", …}}.
SECTION_APPS = {"projects": "projects", "publications": "publications", "impact-stories": "impact"}


def texts(name):
    """A site-wide data file (data/<name>.json) or a section's (<app>/demo_data.json)."""
    if name in SECTION_APPS:
        return read(Path(django_apps.get_app_config(SECTION_APPS[name]).path) / "demo_data.json")
    return read(DATA / f"{name}.json")


def data_files():
    return [*sorted(path.stem for path in DATA.glob("*.json")), *SECTION_APPS]


def test_every_data_file_has_english_and_each_translated_language():
    assert languages() == ["fr", "es"]
    for name in data_files():
        assert list(texts(name)) == ["en", *languages()], name


@pytest.mark.parametrize("name", list(SECTION_APPS))
def test_every_page_of_a_section_is_translated_and_no_translation_is_orphaned(name):
    english = {values["title"] for values in texts(name)["en"]["items"]}
    assert english
    for language in languages():
        translations = texts(name)[language]
        assert set(translations["items"]) == english, language
        assert set(translations["index"]) >= {"title", "slug", "introduction"}
        for values in translations["items"].values():
            assert values["title"] and values["title"] not in english


def test_taxonomies_topics_and_standing_pages_are_translated_key_for_key():
    for name, key in (("publications", "document_types"), ("impact-stories", "kinds")):
        slugs = set(texts(name)["en"][key])
        for language in languages():
            assert set(texts(name)[language][key]) == slugs, (name, language)
    topics = {values["title"] for values in texts("topics")["en"]["items"]}
    legal = {values["slug"] for values in texts("pages")["en"]["legal_pages"]}
    spotlight = {values["title"] for values in texts("site")["en"]["spotlight"]}
    for language in languages():
        assert set(texts("topics")[language]["items"]) == topics
        assert set(texts("pages")[language]["legal_pages"]) == legal
        assert set(texts("site")[language]["spotlight"]) == spotlight


def test_dates_are_read_as_dates():
    project = texts("projects")["en"]["items"][0]
    publication = texts("publications")["en"]["items"][0]
    assert project["start_date"].isoformat() == "2022-09-01"
    assert publication["date"].year == 2024


def test_every_name_a_page_points_to_exists_in_the_data():
    """Topics, document types, impact kinds and the titles links name are those of the data."""
    topics = {values["title"] for values in texts("topics")["en"]["items"]}
    projects = {values["title"] for values in texts("projects")["en"]["items"]}
    publications = texts("publications")["en"]
    types = set(publications["document_types"].values())
    kinds = set(texts("impact-stories")["en"]["kinds"])
    for values in texts("projects")["en"]["items"]:
        assert set(values["topics"]) <= topics, values["title"]
    for values in publications["items"]:
        assert set(values["topics"]) <= topics and values["document_type"] in types
    for values in texts("impact-stories")["en"]["items"]:
        assert set(values["topics"]) <= topics and values["kind"] in kinds
    titles = projects | {values["title"] for values in publications["items"]}
    for field, title in texts("site")["en"]["featured"].items():
        assert title in titles or field == "impact_link"
    spotlit = {item["link_title"] for item in texts("site")["en"]["spotlight"]}
    assert spotlit <= titles | section_demo_titles()


def section_demo_titles():
    """The English titles of the sections that bring their own demo data (<app>/demo_data.json:
    news and events, the SEM registry)."""
    titles = set()

    def collect(value):
        if isinstance(value, dict):
            if isinstance(value.get("en"), dict) and "title" in value["en"]:
                titles.add(value["en"]["title"])
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for section in sections.all_sections():
        path = Path(django_apps.get_app_config(section.page_model.split(".")[0]).path)
        if (path / "demo_data.json").exists():
            collect(json.loads((path / "demo_data.json").read_text(encoding="utf-8")))
    return titles


def test_the_demo_package_holds_code_and_the_texts_are_data():
    """No module of the demo package is a table of texts: none holds a long string literal
    outside its docstrings (the texts moved to data/, where translators find them)."""
    for path in DEMO_PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        long_strings = [
            node.value[:40]
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and len(node.value) > 120
            and id(node) not in docstrings
        ]
        assert not long_strings, (path.name, long_strings)


@pytest.fixture
def extra_section():
    """A section registered for one test, then taken out of the registry again."""
    added = []

    def register(**values):
        section = sections.Section(
            label="Extra",
            item_label="Extra",
            index_model="projects.ProjectIndexPage",
            page_model="projects.ProjectPage",
            card_template="components/project_card.html",
            **values,
        )
        added.append(section.key)
        return sections.register(section)

    yield register
    for key in added:
        sections._registry.pop(key, None)


class ExtraDemo:
    """A section's demo that defines one step."""

    def __init__(self, section, builder):
        self.section = section

    def build(self, builder, scale):
        return {"built by": self.section.key}


def test_the_loader_finds_each_sections_demo_by_its_registration(extra_section):
    found = section_demos.demo_sections(warn=lambda message: None)
    keys = [section.key for section in found]
    assert keys[:3] == ["projects", "publications", "impact-stories"]
    assert {section.key: demo.__module__ for section, demo in found.items()}["sem"] == "sem.demo"

    extra_section(key="extra-class", demo=f"{__name__}.ExtraDemo")
    extra_section(key="extra-missing", demo="no_such_app.demo.Demo")
    extra_section(key="extra-none")
    warnings = []
    found = {s.key: (s, demo) for s, demo in section_demos.demo_sections(warnings.append).items()}
    section, demo_class = found["extra-class"]
    (demo,) = section_demos.demos(builder=None, chosen={section: demo_class})
    assert demo.build(None, scale=1) == {"built by": "extra-class"}
    assert "extra-missing" not in found and "extra-none" not in found
    extra_warnings = [message for message in warnings if "extra-" in message]
    assert len(extra_warnings) == 1 and "extra-missing section" in extra_warnings[0]


def test_the_loader_names_no_section():
    """The demo package and its command find the sections through the registry: none of them
    imports a section app or holds a section's key, app or model name."""
    names = set()
    for section in sections.all_sections():
        app = section.page_model.split(".")[0]
        names |= {section.key, app, *section.page_model.split("."), *section.index_model.split(".")}
    for path in [*DEMO_PACKAGE.glob("*.py"), LOADER]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = [alias.name for alias in node.names] + [getattr(node, "module", "")]
                roots = {(module or "").split(".")[0] for module in modules}
                assert not roots & names, (path.name, roots & names)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert node.value not in names, (path.name, node.value)
            elif isinstance(node, ast.Name | ast.Attribute):
                name = node.id if isinstance(node, ast.Name) else node.attr
                assert name not in names, (path.name, name)
    assert not list(DATA.glob("*.json")) or {p.stem for p in DATA.glob("*.json")}.isdisjoint(names)


def test_every_submission_a_news_item_cites_is_in_the_registry_and_linked():
    """A news item that names a submission (SEM-YY-NNN) names one of the demo registry, in
    every language, and links to its page."""
    news = read(Path(django_apps.get_app_config("news").path) / "demo_data.json")
    registry = read(Path(django_apps.get_app_config("sem").path) / "demo_data.json")
    titles = {values["identifier"]: values["en"]["title"] for values in registry["submissions"]}
    cited = 0
    for item in news["news"]["items"]:
        for code in ("en", *languages()):
            text = json.dumps(item[code], ensure_ascii=False)
            for identifier in re.findall(r"SEM-\d\d-\d{3}", text):
                cited += 1
                assert identifier in titles, (item["en"]["title"], identifier)
                assert titles[identifier] in item["related"], (item["en"]["title"], identifier)
    assert cited >= 3
