"""Factories of the impact stories section: the tests build with them, and so does its demo."""

from wagtail.models import Locale

import factory
import wagtail_factories

from cec_site.core.factories import IndexPageFactory
from impact.models import ImpactIndexPage, ImpactKind, ImpactStoryPage


class ImpactKindFactory(factory.django.DjangoModelFactory):
    name = "Community grants"
    slug = "grants"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = ImpactKind
        django_get_or_create = ["slug", "locale"]


class ImpactIndexPageFactory(IndexPageFactory):
    title = "Our Impact"
    slug = "our-impact"

    class Meta:
        model = ImpactIndexPage


class ImpactStoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Impact story {n}")
    slug = factory.Sequence(lambda n: f"impact-story-{n}")
    locale = factory.LazyFunction(Locale.get_default)
    kind = factory.SubFactory(ImpactKindFactory)
    summary = "Grants helped 40 communities restore their watersheds."
    outcome = "Forty community groups in the three countries restored wetlands."
    years = "2015–2021"
    in_canada = True
    in_mexico = True

    class Meta:
        model = ImpactStoryPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.topics.set(extracted)
            obj.save()  # a ParentalManyToManyField is written when the page is saved
