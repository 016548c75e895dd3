"""Identifier, agreement and timeline validation; deadlines."""

import datetime

from django.core.exceptions import ValidationError

import pytest

from sem.factories import SubmissionPageFactory
from sem.models import SubmissionDeadlines, SubmissionPage, stage_errors

D = datetime.date
TODAY = D(2024, 6, 1)


def build(registry, **values):
    defaults = {
        "title": "Pesticide runoff",
        "slug": "pesticide-runoff",
        "identifier": "SEM-23-010",
        "party": "us",
        "date_filed": D(2023, 5, 2),
        "agreement": "usmca",
        "status": "open",
        "summary": "Runoff reaches the river.",
    }
    defaults.update(values)
    page = SubmissionPage(**defaults)
    page.locale = registry.locale
    return page


def check(page):
    """Validate as the admin does before the page has a place in the tree."""
    page.full_clean(exclude=["path", "depth"])


def errors_of(page):
    with pytest.raises(ValidationError) as error:
        check(page)
    return error.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize(
    "identifier",
    ["SEM-2023-001", "SEM-23-1", "SEM23001", "XYZ-23-001", "SEM-23-0001", "", "SEM-2a-001"],
)
def test_identifier_must_be_sem_yy_nnn(registry, identifier):
    assert "identifier" in errors_of(build(registry, identifier=identifier))


@pytest.mark.django_db
def test_identifier_is_normalised_and_its_year_is_the_year_filed(registry):
    page = build(registry, identifier="sem-23-010")
    registry.add_child(instance=page)
    assert page.identifier == "SEM-23-010"
    assert "year" in errors_of(build(registry, identifier="SEM-22-010"))["identifier"][0]


@pytest.mark.django_db
def test_identifier_is_unique_per_language_but_shared_by_translations(registry, locales):
    first = SubmissionPageFactory(parent=registry, identifier="SEM-23-004")
    duplicate = build(registry, identifier="SEM-23-004", slug="other")
    assert "Another submission" in errors_of(duplicate)["identifier"][0]
    # Its French translation shares the identifier (and its translation key): valid.
    french_home = registry.get_parent().specific.copy_for_translation(locales["fr"])
    registry.copy_for_translation(locales["fr"])
    french = first.copy_for_translation(locales["fr"])
    french.full_clean()
    assert french.identifier == "SEM-23-004"
    assert french_home.locale == french.locale
    # Another French submission may not take it.
    other_french = build(registry, identifier="SEM-23-004", slug="autre")
    other_french.locale = locales["fr"]
    assert "identifier" in errors_of(other_french)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("agreement", "filed", "valid"),
    [
        ("naaec", D(2020, 6, 30), True),
        ("naaec", D(2020, 7, 1), False),
        ("usmca", D(2020, 7, 1), True),
        ("usmca", D(2020, 6, 30), False),
    ],
)
def test_the_agreement_follows_the_date_filed(registry, agreement, filed, valid):
    page = build(registry, agreement=agreement, date_filed=filed, identifier=f"SEM-{filed:%y}-001")
    if valid:
        check(page)
    else:
        assert "agreement" in errors_of(page)


@pytest.mark.django_db
def test_closed_needs_a_reason_and_open_has_none(registry):
    assert "closing_reason" in errors_of(build(registry, status="closed"))
    assert "closing_reason" in errors_of(build(registry, closing_reason="withdrawn"))
    check(build(registry, status="closed", closing_reason="withdrawn"))


@pytest.mark.django_db
def test_date_filed_cannot_be_in_the_future(registry):
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    page = build(registry, date_filed=tomorrow, identifier=f"SEM-{tomorrow:%y}-001")
    assert "date_filed" in errors_of(page)


FILED = D(2023, 1, 10)


@pytest.mark.parametrize(
    ("stages", "expected"),
    [
        ([("received", D(2023, 1, 10)), ("criteria", D(2023, 2, 1))], {}),
        # The same kind twice (a revised submission): allowed.
        ([("criteria", D(2023, 2, 1)), ("criteria", D(2023, 4, 1))], {}),
        ([("criteria", D(2023, 2, 1)), ("received", D(2023, 3, 1))], {1: "kind"}),
        ([("received", D(2023, 2, 1)), ("criteria", D(2023, 1, 20))], {1: "date"}),
        ([("received", D(2023, 1, 9))], {0: "date"}),
        ([("received", D(2024, 6, 2))], {0: "date"}),
        (
            [("received", D(2023, 1, 10)), ("closed", D(2023, 2, 1)), ("closed", D(2023, 3, 1))],
            {2: "kind"},
        ),
    ],
)
def test_stage_order_and_dates(stages, expected):
    errors = stage_errors(FILED, stages, today=TODAY)
    assert {position: field for position, (field, _message) in errors.items()} == expected


@pytest.mark.django_db
def test_deadline_of_the_current_stage(registry):
    settings = SubmissionDeadlines.for_site(registry.get_site())
    assert settings.after_response_requested == 60
    page = SubmissionPageFactory(
        parent=registry,
        stages=[("received", D(2023, 3, 1)), ("response_requested", D(2024, 3, 1))],
    )
    page = SubmissionPage.objects.get(pk=page.pk)
    on_time = page.deadline(settings, today=D(2024, 4, 30))
    assert on_time.kind == "response_requested"
    assert on_time.target == D(2024, 4, 30)
    assert not on_time.past_target
    late = page.deadline(settings, today=D(2024, 5, 10))
    assert late.past_target and late.days_late == 10
    settings.after_response_requested = 90  # editable: the target moves
    assert not page.deadline(settings, today=D(2024, 5, 10)).past_target


@pytest.mark.django_db
def test_no_deadline_when_closed_or_without_stages(registry):
    settings = SubmissionDeadlines.for_site(registry.get_site())
    assert SubmissionPageFactory(parent=registry).deadline(settings) is None
    closed = SubmissionPageFactory(
        parent=registry,
        status="closed",
        closing_reason="criteria",
        stages=[("received", D(2023, 3, 1)), ("closed", D(2023, 4, 1))],
    )
    assert closed.deadline(settings) is None
