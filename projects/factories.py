"""Factories of the projects section: the tests build with them, and so does its demo."""

import datetime

from wagtail.models import Locale

import factory
import wagtail_factories

from cec_site.core.factories import IndexPageFactory
from projects.models import ProjectIndexPage, ProjectPage


class ProjectIndexPageFactory(IndexPageFactory):
    title = "Projects"
    slug = "projects"

    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Cooperation project {n}")
    slug = factory.Sequence(lambda n: f"cooperation-project-{n}")
    locale = factory.LazyFunction(Locale.get_default)
    status = ProjectPage.Status.ACTIVE
    operational_plan = "2021–2022"
    year = 2022
    start_date = factory.Sequence(lambda n: datetime.date(2022, 1, 1) + datetime.timedelta(days=n))
    duration_months = 24
    summary = "Linear models of economic production place a high demand on natural resources."
    issue = "Electronic waste is growing."
    aim = "More circular supply chains."
    deliverables = "A report\nA workshop"
    partners = "Environment and Climate Change Canada\nSemarnat\nUS EPA"
    lead_name = "Ana Pérez"
    lead_email = "ana.perez@cec.org"

    class Meta:
        model = ProjectPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.topics.set(extracted)
            obj.save()  # a ParentalManyToManyField is written when the page is saved
