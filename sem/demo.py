"""Demo content of the SEM registry: the registry page, 14 submissions at every stage and their
French and Spanish editions, from demo_data.json (texts written for this demo).

`build()` is self-contained and idempotent: it finds the live home page of each language,
makes what is missing (the English pages first, then their translations with Wagtail's
`copy_for_translation`, as wagtail-localize does underneath) and changes nothing that exists.
A language whose home page does not exist yet is skipped: run it again once it does.
"""

import datetime
import functools
import json
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site

from fpdf import FPDF

from cec_site.core.models import TopicPage
from sem.models import SubmissionIndexPage, SubmissionPage, SubmissionStage

DATA = Path(__file__).with_name("demo_data.json")
LANGUAGES = ("en", "fr", "es")


@functools.cache
def data():
    return json.loads(DATA.read_text(encoding="utf-8"))


def day(value, today):
    if isinstance(value, dict):
        return today - datetime.timedelta(days=value["days_ago"])
    return datetime.date.fromisoformat(value)


def publish(page):
    page.save_revision().publish()
    return page


def english_home(builder=None):
    home = getattr(builder, "home", None)
    if home is not None:
        return home.specific
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page.specific if site else None


def homes(builder=None):
    """{language code: live home page} for the languages whose home page exists."""
    english = english_home(builder)
    if english is None:
        return {}
    found = {"en": english}
    for code in LANGUAGES[1:]:
        locale = Locale.objects.filter(language_code=code).first()
        translation = english.get_translation_or_none(locale) if locale else None
        if translation is not None and translation.live:
            found[code] = translation
    return found


def build(builder=None, section=None, today=None):
    """Builds what is missing; returns the English submissions by title."""
    today = today or timezone.localdate()
    home_pages = homes(builder)
    if "en" not in home_pages:
        return {}
    index = english_index(home_pages["en"])
    pages = {}
    for values in data()["submissions"]:
        page = english_submission(index, values, today)
        pages[page.title] = page
    for code, home in home_pages.items():
        if code == "en":
            continue
        translated_index = translate_index(index, home.locale, code)
        for values in data()["submissions"]:
            english = SubmissionPage.objects.child_of(index).get(slug=values["en"]["slug"])
            translate_submission(english, translated_index, values, code)
    return pages


# English ------------------------------------------------------------------------------------


def english_index(home):
    index = SubmissionIndexPage.objects.child_of(home).first()
    if index is not None:
        return index
    values = data()["index"]["en"]
    index = SubmissionIndexPage(locale=home.locale, show_in_menus=False, **values)
    home.add_child(instance=index)
    return publish(index)


def topics(names, locale):
    english = TopicPage.objects.filter(title__in=names, locale__language_code="en", live=True)
    if locale.language_code == "en":
        return list(english)
    return [t for t in (topic.get_translation_or_none(locale) for topic in english) if t]


def stage_rows(values, today, locale, code):
    texts = data()["decisions"]
    rows = []
    for position, (kind, date, *decision) in enumerate(values["stages"]):
        key = decision[0] if decision else kind
        rows.append(
            SubmissionStage(
                kind=kind,
                date=day(date, today),
                decision=texts[key][code],
                document=stage_document(values, kind, date, today, code),
                sort_order=position,
                locale=locale,
            )
        )
    return rows


def identifier(values, today):
    filed = day(values["filed"], today)
    return values["identifier"].replace("{yy}", f"{filed:%y}")


def english_submission(index, values, today):
    texts = values["en"]
    page = SubmissionPage.objects.child_of(index).filter(slug=texts["slug"]).first()
    if page is not None:
        return page
    page = SubmissionPage(
        locale=index.locale,
        identifier=identifier(values, today),
        party=values["party"],
        agreement=values["agreement"],
        date_filed=day(values["filed"], today),
        status=values["status"],
        closing_reason=values["closing_reason"],
        submitters=values["submitters"],
        **texts,
    )
    page.stages = stage_rows(values, today, index.locale, "en")
    page.topics = topics(values["topics"], index.locale)
    index.add_child(instance=page)
    return publish(page)


# Translations -------------------------------------------------------------------------------


def translate_index(index, locale, code):
    existing = index.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translated = index.copy_for_translation(locale)
    for field, value in data()["index"][code].items():
        setattr(translated, field, value)
    translated.draft_title = translated.title
    return publish(translated)


def translate_submission(english, translated_index, values, code):
    if english.get_translation_or_none(translated_index.locale) is not None:
        return
    translated = english.copy_for_translation(translated_index.locale)
    for field, value in values[code].items():
        setattr(translated, field, value)
    translated.draft_title = translated.title
    # The copied rows keep their translation keys and dates: give each its text and document.
    texts = data()["decisions"]
    rows = list(translated.stages.all())
    for row, (kind, date, *decision) in zip(rows, values["stages"], strict=True):
        row.decision = texts[decision[0] if decision else kind][code]
        row.document = stage_document(values, kind, date, None, code, english=english)
    translated.stages = rows
    translated.topics = topics(values["topics"], translated_index.locale)
    publish(translated)


# Documents ----------------------------------------------------------------------------------


def stage_document(values, kind, date, today, code, english=None):
    """The stage's document in one language (a one-page PDF), for the stages that have one."""
    names = data()["documents"].get(kind)
    if names is None:
        return None
    ident = english.identifier if english is not None else identifier(values, today)
    title = f"{ident} {names[code]} ({code.upper()})"
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        pdf = one_page_pdf(title, values[code]["title"], values[code]["summary"], code)
        document.file.save(f"{ident.lower()}-{kind}-{code}.pdf", ContentFile(pdf), save=False)
        document.save()
    return document


def one_page_pdf(heading, title, summary, code):
    def latin1(text):
        return text.replace("’", "'").encode("latin-1", "replace").decode("latin-1")

    organisation = {
        "en": "Commission for Environmental Cooperation",
        "fr": "Commission de coopération environnementale",
        "es": "Comisión para la Cooperación Ambiental",
    }[code]
    pdf = FPDF(format="Letter")
    pdf.set_title(latin1(heading))
    pdf.set_lang(code)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 9, latin1(heading), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 13)
    pdf.multi_cell(0, 8, latin1(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, latin1(summary), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.multi_cell(0, 6, latin1(organisation), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def counts():
    """{language code: number of live submissions}: what the demo made, for checks."""
    return {
        code: Page.objects.type(SubmissionPage).live().filter(locale__language_code=code).count()
        for code in LANGUAGES
    }
