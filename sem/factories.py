"""Factories of the SEM registry: the tests build with them, and so does its demo."""

import datetime

from wagtail.models import Locale

import factory
import wagtail_factories

from cec_site.core.factories import IndexPageFactory
from sem.models import SubmissionIndexPage, SubmissionPage, SubmissionStage


class SubmissionIndexPageFactory(IndexPageFactory):
    title = "Submissions on Enforcement Matters"
    slug = "submissions-on-enforcement-matters"
    introduction = "Anyone in North America may assert that a country is not enforcing its law."
    process = "<p>The Secretariat first checks the criteria.</p>"

    class Meta:
        model = SubmissionIndexPage


class SubmissionPageFactory(wagtail_factories.PageFactory):
    """A USMCA submission filed in 2023 (identifiers SEM-23-001, -002…), with no stages: pass
    `stages=[("received", date), …]` to give it a timeline."""

    title = factory.Sequence(lambda n: f"Wetland drainage in watershed {n}")
    slug = factory.Sequence(lambda n: f"sem-submission-{n}")
    identifier = factory.LazyAttributeSequence(
        lambda o, n: f"SEM-{o.date_filed:%y}-{n % 999 + 1:03d}"
    )
    party = "mx"
    date_filed = datetime.date(2023, 3, 1)
    agreement = "usmca"
    status = "open"
    summary = "The submitters assert that wetland protection rules are not being enforced."
    submitters = "Friends of the Wetlands"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = SubmissionPage
        skip_postgeneration_save = True

    @factory.post_generation
    def stages(obj, create, extracted, **kwargs):
        if create and extracted:
            for position, (kind, date, *rest) in enumerate(extracted):
                SubmissionStage.objects.create(
                    page=obj,
                    kind=kind,
                    date=date,
                    decision=rest[0] if rest else "",
                    document=rest[1] if len(rest) > 1 else None,
                    sort_order=position,
                    locale=obj.locale,
                )

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.topics.set(extracted)
            obj.save()
