"""Factories of news and events: the tests build with them, and so do their demos."""

import datetime

from wagtail.models import Locale

import factory
import wagtail_factories

from cec_site.core.factories import IndexPageFactory
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage


class NewsIndexPageFactory(IndexPageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class EventIndexPageFactory(IndexPageFactory):
    title = "Events"
    slug = "events"

    class Meta:
        model = EventIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"CEC news item {n}")
    slug = factory.Sequence(lambda n: f"news-item-{n}")
    locale = factory.LazyFunction(Locale.get_default)
    date = datetime.date(2026, 6, 15)
    kind = "media-release"
    summary = "The CEC Council met in Mérida and adopted its operational plan."

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.topics.set(extracted)
            obj.save()  # a ParentalManyToManyField is written when the page is saved


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"CEC event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    locale = factory.LazyFunction(Locale.get_default)
    kind = "public-forum"
    # 10:00 to 13:00 in Mexico City (UTC−6, no daylight saving time since 2022).
    start = datetime.datetime(2027, 3, 10, 16, 0, tzinfo=datetime.UTC)
    end = datetime.datetime(2027, 3, 10, 19, 0, tzinfo=datetime.UTC)
    time_zone = "America/Mexico_City"
    venue = "Fiesta Americana, Mérida, Yucatán"
    summary = "A public forum of the Joint Public Advisory Committee on marine litter."
    interpretation_en = True
    interpretation_es = True

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.topics.set(extracted)
            obj.save()
