"""The section's demo alone (`load_demo_content --sections sem`): three languages, idempotent."""

from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.models import Revision

import pytest

from cec_site.core.factories import TopicIndexPageFactory, TopicPageFactory
from sem import demo
from sem.models import SubmissionIndexPage, SubmissionPage, SubmissionStage


@pytest.fixture
def three_homes(home_page, locales):
    topic_index = TopicIndexPageFactory(parent=home_page)
    topics = [
        TopicPageFactory(parent=topic_index, title=title, slug=title.lower().replace(" ", "-"))
        for title in ("Enforcement", "Ecosystems", "Pollutants")
    ]
    for code in ("fr", "es"):
        home_page.copy_for_translation(locales[code]).save_revision().publish()
        topic_index.copy_for_translation(locales[code]).save_revision().publish()
        for topic in topics:
            topic.copy_for_translation(locales[code]).save_revision().publish()
    return home_page


def load():
    call_command("load_demo_content", "--sections", "sem", "--history-days", "1", verbosity=0)


@pytest.mark.django_db
def test_demo_builds_the_registry_in_three_languages_once(client, three_homes):
    load()
    assert demo.counts() == {"en": 17, "fr": 17, "es": 17}
    stages = SubmissionStage.objects.count()
    revisions = Revision.objects.count()
    documents = get_document_model().objects.count()
    load()  # a second run changes nothing
    assert demo.counts() == {"en": 17, "fr": 17, "es": 17}
    assert SubmissionStage.objects.count() == stages
    assert Revision.objects.count() == revisions
    assert get_document_model().objects.count() == documents

    english = SubmissionPage.objects.get(identifier="SEM-21-002", locale__language_code="en")
    spanish = english.get_translation(english.locale.__class__.objects.get(language_code="es"))
    assert spanish.identifier == "SEM-21-002" and spanish.title.startswith("La vaquita")
    assert spanish.url.startswith("/es/peticiones-relativas-a-la-aplicacion/")
    assert [s.kind for s in spanish.stages.all()] == [s.kind for s in english.stages.all()]
    assert spanish.stages.first().decision.startswith("El Secretariado")
    assert {p.party for p in SubmissionPage.objects.all()} == {"ca", "mx", "us"}
    assert {p.agreement for p in SubmissionPage.objects.all()} == {"naaec", "usmca"}
    assert {p.status for p in SubmissionPage.objects.all()} == {"open", "closed"}
    assert SubmissionPage.objects.filter(topics__isnull=False).exists()

    for code, text in (
        ("en", "How the process works"),
        ("fr", "Qui peut présenter"),
        ("es", "Quién puede presentar"),
    ):
        registry = SubmissionIndexPage.objects.get(locale__language_code=code)
        response = client.get(registry.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert text in html
        assert html.count('class="card"') == 12  # the first page of 17
        vaquita = SubmissionPage.objects.get(identifier="SEM-21-002", locale=registry.locale)
        recent = SubmissionPage.objects.get(slug__contains="bird", locale__language_code="en")
        recent = recent.get_translation(registry.locale)
        past = client.get(registry.url + "past-target/").content.decode()
        assert vaquita.title in past  # its factual record is long overdue
        assert recent.title not in past  # filed ten days ago: within its target
    published = SubmissionStage.objects.filter(kind="published", locale__language_code="fr")
    assert published and all(row.document.title.endswith("(FR)") for row in published)
    # /documents/ sends a public stage document to its counted download route.
    assert client.get(published[0].document.url, follow=True).status_code == 200
