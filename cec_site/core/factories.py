"""Factories of core's pages and of images: the tests build with them, and so does the demo
loader (factory-boy is a main dependency for that). Each section's own are in <app>/factories.py."""

from django.utils.text import slugify

from wagtail.models import Locale

import factory
import wagtail_factories

from cec_site.core.models import StandardPage, TopicIndexPage, TopicPage


class IndexPageFactory(wagtail_factories.PageFactory):
    """A section's listing page, in the default language: a section's factory names its model,
    title and slug."""

    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class TopicIndexPageFactory(IndexPageFactory):
    title = "Topics"
    slug = "topics"

    class Meta:
        model = TopicIndexPage


class TopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Iterator(["Climate Change", "Ecosystems", "Enforcement", "Pollutants"])
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify(o.title)}-{n}")
    short_description = "What the three countries do together on this issue."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = TopicPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "About"
    slug = factory.Sequence(lambda n: f"about-{n}")
    introduction = "The CEC was established in 1994."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = StandardPage


class ImageFactory(wagtail_factories.ImageFactory):
    """A real (small) image file, so renditions are really made."""

    title = "Hills under a pale sun"
