"""RSS 2.0 and Atom feeds of new publications and projects, in the visitor's language.

Each feed lists the newest items of the language of its address (`/feeds/…` English,
`/fr/feeds/…` French, `/es/feeds/…` Spanish), all of them or those on one topic. Links are
absolute; a publication's enclosure is its counted download, not the file in /documents/.

Items, topics (the topic of a per-topic feed and every item's categories) and the feed's
own link all go through the one visibility rule (`cec_site.core.visibility`): a private,
draft or expired topic has no feed and is nobody's category. A topic slug that no page could
have (control characters, too long) is simply not found.
"""

import datetime
import re
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from cec_site.core.models import TopicPage
from cec_site.core.queries import topic_labels
from cec_site.core.visibility import public
from projects.models import ProjectIndexPage, ProjectPage
from publications.models import PublicationIndexPage, PublicationPage

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

    page_model = None
    index_model = None

    def get_object(self, request, topic=None):
        locale = Locale.get_active()
        topic_page = None
        if topic is not None:
            topic_page = None
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
        queryset = public(self.page_model.objects.filter(locale=subject.locale))
        if subject.topic is not None:
            queryset = queryset.filter(topics=subject.topic)
        # topic_labels(): only public topics, so categories never name a private one.
        return queryset.defer_streamfields().prefetch_related(topic_labels())

    def items(self, subject):
        items = list(self.section_queryset(subject)[:ITEMS_PER_FEED])
        for item in items:
            item.feed_link = item.get_full_url(subject.request)
        return items

    def link(self, subject):
        if subject.topic is not None:
            page = subject.topic
        else:
            page = public(self.index_model.objects.filter(locale=subject.locale)).first()
        if page is None:  # no public index page in this language: the site's own home
            page = public(Page.objects.filter(depth=2, locale=subject.locale)).first()
        return page.get_full_url(subject.request) if page else "/"

    def author_name(self):
        return _("Commission for Environmental Cooperation")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.feed_link

    def item_categories(self, item):
        return sorted(topic.title for topic in item.topics.all())

    def item_updateddate(self, item):
        return item.last_published_at


class PublicationFeed(SectionFeed):
    page_model = PublicationPage
    index_model = PublicationIndexPage

    def title(self, subject):
        if subject.topic is not None:
            return _("CEC publications on %(topic)s") % {"topic": subject.topic.title}
        return _("New CEC publications")

    def description(self, subject):
        return _(
            "Reports, papers and fact sheets of the Commission for Environmental Cooperation, "
            "newest first."
        )

    def section_queryset(self, subject):
        return (
            super()
            .section_queryset(subject)
            .select_related("document")
            .order_by("-publication_date", "-first_published_at", "title")
        )

    def item_pubdate(self, item):
        # A publication is dated by its day of publication, at midnight in the CEC's time zone.
        midnight = datetime.datetime.combine(item.publication_date, datetime.time.min)
        return timezone.make_aware(midnight)

    def item_author_name(self, item):
        return item.authors

    def item_enclosures(self, item):
        if item.document is None:
            return []
        # RSS asks for the length in bytes (read once from storage, then kept); 0 if unknown.
        length = item.document.get_file_size() or 0
        download = item.feed_link + item.reverse_subpage("download")
        return [Enclosure(download, str(length), "application/pdf")]


class ProjectFeed(SectionFeed):
    page_model = ProjectPage
    index_model = ProjectIndexPage

    def title(self, subject):
        if subject.topic is not None:
            return _("CEC projects on %(topic)s") % {"topic": subject.topic.title}
        return _("New CEC projects")

    def description(self, subject):
        return _(
            "Projects of Canada, Mexico and the United States through the Commission for "
            "Environmental Cooperation, newest first."
        )

    def section_queryset(self, subject):
        newest = F("first_published_at").desc(nulls_last=True)
        return super().section_queryset(subject).order_by(newest, "title")

    def item_pubdate(self, item):
        return item.first_published_at


class AtomFeedMixin:
    feed_type = Atom1Feed

    def subtitle(self, subject):
        return self.description(subject)


class PublicationAtomFeed(AtomFeedMixin, PublicationFeed):
    pass


class ProjectAtomFeed(AtomFeedMixin, ProjectFeed):
    pass
