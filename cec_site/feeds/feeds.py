"""RSS 2.0 and Atom feeds of the new pages of each section that opens the feed door
(`feed=True` in cec_site/core/sections.py: projects and publications), in the visitor's
language.

Each feed lists the newest items of the language of its address (`/feeds/…` English,
`/fr/feeds/…` French, `/es/feeds/…` Spanish), all of them or those on one topic. Links are
absolute.

Items, topics (the topic of a per-topic feed and every item's categories) and the feed's
own link all go through the one visibility rule (`cec_site.core.visibility`): a private,
draft or expired topic has no feed and is nobody's category. A topic slug that no page could
have (control characters, too long) is simply not found.

What a section's feeds say beyond the defaults below (their title and description, the
items' order, date, author, enclosures…) is its `feed_class`: a plain class of Django
syndication's own Feed methods, plus `section_queryset(subject)` calling super(), mixed in
before SectionFeed. It reads `subject.topic` and `self.item_link(item)`.
"""

import re
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import F, Prefetch
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from cec_site.core.models import TopicPage
from cec_site.core.queries import topic_labels
from cec_site.core.visibility import public

ITEMS_PER_FEED = 30
# What a page slug can be (Wagtail allows unicode slugs): anything else names no topic.
SLUG = re.compile(r"[-\w]{1,255}")


@dataclass
class FeedSubject:
    """What one request's feed is about: the request (for absolute links), language, topic."""

    request: object
    locale: Locale
    topic: TopicPage | None


class SectionFeed(Feed):
    """The newest live, public pages of one section in the current language.

    The syndication view calls one shared instance for every request, so nothing about the
    request is kept on `self`: `get_object` returns it, and `items` writes each item's absolute
    address onto the item itself.
    """

    section = None  # the Section (cec_site.core.sections) whose pages it lists

    def get_object(self, request, topic=None):
        locale = Locale.get_active()
        topic_page = None
        if topic is not None:
            if SLUG.fullmatch(topic):
                topic_page = (
                    public(TopicPage.objects.filter(locale=locale, slug=topic))
                    .defer_streamfields()
                    .first()
                )
            if topic_page is None:
                raise Http404(_("There is no such topic."))
        return FeedSubject(request=request, locale=locale, topic=topic_page)

    def section_queryset(self, subject):
        """Its public pages in the language (on the topic), first published first."""
        topic_field = self.section.topic_field
        queryset = public(self.section.page_class.objects.filter(locale=subject.locale))
        if subject.topic is not None:
            queryset = queryset.filter(**{topic_field: subject.topic})
        if topic_field:
            # Only public topics, so categories never name a private one.
            queryset = queryset.prefetch_related(
                Prefetch(topic_field, queryset=topic_labels().queryset)
            )
        newest = F("first_published_at").desc(nulls_last=True)
        return queryset.defer_streamfields().order_by(newest, "title")

    def items(self, subject):
        items = list(self.section_queryset(subject)[:ITEMS_PER_FEED])
        for item in items:
            item.feed_link = item.get_full_url(subject.request)
        return items

    def title(self, subject):
        if subject.topic is not None:
            return _("%(section)s on %(topic)s") % {
                "section": self.section.label,
                "topic": subject.topic.title,
            }
        return str(self.section.label)

    def description(self, subject):
        return _(
            "The newest of “%(section)s” from the Commission for Environmental Cooperation."
        ) % {"section": self.section.label}

    def link(self, subject):
        if subject.topic is not None:
            page = subject.topic
        else:
            page = public(self.section.index_class.objects.filter(locale=subject.locale)).first()
        if page is None:  # no public index page in this language: the site's own home
            page = public(Page.objects.filter(depth=2, locale=subject.locale)).first()
        return page.get_full_url(subject.request) if page else "/"

    def author_name(self):
        return _("Commission for Environmental Cooperation")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return getattr(item, "summary", "") or item.search_description

    def item_link(self, item):
        return item.feed_link

    def item_categories(self, item):
        topic_field = self.section.topic_field
        if not topic_field:
            return []
        return sorted(topic.title for topic in getattr(item, topic_field).all())

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class AtomFeedMixin:
    feed_type = Atom1Feed

    def subtitle(self, subject):
        return self.description(subject)


def feeds_for(section):
    """The RSS and Atom feed classes of a section: its `feed_class`, then the defaults."""
    bases = (SectionFeed,) if section.feed_class is None else (section.feed_class, SectionFeed)
    name = "".join(part.title() for part in re.split(r"[^A-Za-z0-9]+", section.key))
    rss = type(f"{name}Feed", bases, {"section": section})
    atom = type(f"{name}AtomFeed", (AtomFeedMixin, rss), {})
    return rss, atom
