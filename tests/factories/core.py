from django.utils.text import slugify

from wagtail.models import Locale

import factory
import wagtail_factories

from cec_site.core.models import StandardPage, TopicIndexPage, TopicPage


class TopicIndexPageFactory(wagtail_factories.PageFactory):
    title = "Topics"
    slug = "topics"
    locale = factory.LazyFunction(Locale.get_default)

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
