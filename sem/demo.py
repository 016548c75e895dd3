"""The demo's SEM registry: the registry page, its submissions at every stage and their French
and Spanish editions, from demo_data.json (texts written for this demo). Dates given as
{"days_ago": n} are counted back from the day of the load, so the registry always has recent
submissions (their identifiers, "SEM-{yy}-003", take the year they were filed in).

The demo loader (cec_site/home/demo) runs its steps and hands it its helpers; the product never
imports this module.
"""

import datetime
from pathlib import Path

from django.utils import timezone

from wagtail.models import Page

from sem.factories import SubmissionIndexPageFactory, SubmissionPageFactory
from sem.models import SubmissionIndexPage, SubmissionPage, SubmissionStage

DATA = Path(__file__).with_name("demo_data.json")
LANGUAGES = ("en", "fr", "es")


def day(value, today):
    if isinstance(value, dict):
        return today - datetime.timedelta(days=value["days_ago"])
    return datetime.date.fromisoformat(value)


def identifier(values, today):
    filed = day(values["filed"], today)
    return values["identifier"].replace("{yy}", f"{filed:%y}")


class SubmissionsDemo:
    def __init__(self, section, builder):
        self.section = section
        self.data = builder.texts(DATA)
        self.today = timezone.localdate()

    # English ---------------------------------------------------------------------------------

    def build(self, builder, scale):
        """The registry page (out of the menus: the SEM pages lead to it) and the submissions
        missing under it; returns the English submissions by title."""
        index = builder.index(
            SubmissionIndexPageFactory, self.data["index"]["en"], show_in_menus=False
        )
        pages = {}
        for values in self.data["submissions"]:
            texts = values["en"]
            page = SubmissionPage.objects.child_of(index).filter(slug=texts["slug"]).first()
            if page is None:
                page = SubmissionPageFactory.build(
                    locale=index.locale,
                    identifier=identifier(values, self.today),
                    party=values["party"],
                    agreement=values["agreement"],
                    date_filed=day(values["filed"], self.today),
                    status=values["status"],
                    closing_reason=values["closing_reason"],
                    submitters=values["submitters"],
                    **texts,
                )
                page.stages = self.stage_rows(builder, values, index.locale)
                page.topics = [builder.topics[name] for name in values["topics"]]
                builder.publish(index, page)
            pages[page.title] = page
        return pages

    def stage_rows(self, builder, values, locale):
        decisions = self.data["decisions"]
        rows = []
        for position, (kind, date, *decision) in enumerate(values["stages"]):
            rows.append(
                SubmissionStage(
                    kind=kind,
                    date=day(date, self.today),
                    decision=decisions[decision[0] if decision else kind]["en"],
                    document=self.stage_document(builder, values, kind, "en"),
                    sort_order=position,
                    locale=locale,
                )
            )
        return rows

    # Translations ----------------------------------------------------------------------------

    def translate(self, translator, progress):
        code = translator.language
        index = SubmissionIndexPage.objects.child_of(translator.english_home).first()
        if index is None:
            return
        translator.translate_index(SubmissionIndexPage, self.data["index"][code])
        decisions = self.data["decisions"]
        for values in self.data["submissions"]:
            english = SubmissionPage.objects.child_of(index).get(slug=values["en"]["slug"])
            if translator.translated(english) is not None:
                continue
            translated = translator.copy(english, publish=False, **values[code])
            # The copied rows keep their translation keys and dates: give each its text and
            # document.
            rows = list(translated.stages.all())
            for row, (kind, _date, *decision) in zip(rows, values["stages"], strict=True):
                row.decision = decisions[decision[0] if decision else kind][code]
                row.document = self.stage_document(
                    translator.builder, values, kind, code, english.identifier
                )
            translated.stages = rows
            translated.topics = translator.topics_of(english)
            translated.save_revision().publish()

    # Documents -------------------------------------------------------------------------------

    def stage_document(self, builder, values, kind, code, ident=None):
        """The stage's document in one language (a one-page PDF), for the stages that have one."""
        names = self.data["documents"].get(kind)
        if names is None:
            return None
        ident = ident or identifier(values, self.today)
        title = f"{ident} {names[code]} ({code.upper()})"
        return builder.one_page_pdf(
            title=title,
            filename=f"{ident.lower()}-{kind}-{code}.pdf",
            heading=title,
            subtitle=values[code]["title"],
            summary=values[code]["summary"],
            language=code,
        )


def counts():
    """{language code: number of live submissions}: what the demo made, for checks."""
    return {
        code: Page.objects.type(SubmissionPage).live().filter(locale__language_code=code).count()
        for code in LANGUAGES
    }
