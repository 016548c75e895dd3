"""What the OAI-PMH endpoint serves: every language edition of every publication.

A record is a PublicationPage (aliases excluded: they repeat another page). It is *live*
while the page is public by the one visibility rule (`cec_site.core.visibility`: live, not
expired, no view restriction on it or an ancestor). It is *deleted* — a header with
status="deleted" — once it stops being so, taken from what Wagtail keeps anyway:
- an unpublished page (live=False, first_published_at set), stamped with its unpublishing;
- a page past its expiry time (even before `publish_scheduled` unpublishes it), stamped
  with that time;
- a page made private after it was first published, stamped with the restriction;
- a page deleted for good: its PageLogEntry rows outlive it ('wagtail.delete', and a
  'wagtail.publish*' entry showing it had been public), stamped with the deletion.

A record's datestamp is the latest change a harvester must see: its last publication, or
a later unpublishing, view restriction or move of the page or of one of its ancestors.
Pages come in id order, so a resumption token only needs the last id it gave.
"""

import datetime
import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    BooleanField,
    Case,
    DateTimeField,
    Exists,
    F,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Greatest, Length, Substr
from django.utils import timezone

from wagtail.models import Page, PageLogEntry, PageViewRestriction

from cec_site.core.models import TopicPage
from cec_site.core.visibility import public
from publications.models import PublicationPage

PUBLISH_ACTION_PREFIX = "wagtail.publish"  # wagtail.publish, wagtail.publish.scheduled
DELETE_ACTION = "wagtail.delete"
VISIBILITY_ACTIONS = [
    "wagtail.unpublish",
    "wagtail.unpublish.scheduled",
    "wagtail.view_restriction.create",
    "wagtail.view_restriction.edit",
    "wagtail.view_restriction.delete",
    "wagtail.move",
]
# The OAI-PMH setSpec syntax (unreserved URI characters).
SET_SPEC_PATTERN = re.compile(r"[A-Za-z0-9\-_.!~*'()]+")


@dataclass(frozen=True)
class Stamp:
    """A record's header data: page id, datestamp, and whether it is deleted."""

    id: int
    datestamp: datetime.datetime
    deleted: bool


@dataclass(frozen=True)
class Selection:
    start: datetime.datetime | None = None
    end: datetime.datetime | None = None
    topic_key: object = None  # the translation_key of a topic, for set selection
    page_id: int | None = None


# Records ------------------------------------------------------------------------------

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)  # "never", where SQL wants a date


class Records:
    """The records, each with its datestamp and status, selected and paged in SQL.

    What happens to a publication's ancestors (an index page made private, moved or
    unpublished) changes its record too. Those ancestors are few — home and index pages — so
    their changes are read first and written into the query as constants; asking the log
    about every ancestor of every record inside the query would scan the page tree per row.
    """

    def __init__(self):
        steplen = Page.steplen
        parent_paths = (
            PublicationPage.objects.order_by()
            .annotate(parent_path=Substr("path", 1, Length("path") - steplen))
            .values_list("parent_path", flat=True)
            .distinct()
        )
        ancestor_paths = {
            path[:end] for path in parent_paths for end in range(steplen, len(path) + 1, steplen)
        }
        self.ancestor_changes = sorted(
            PageLogEntry.objects.filter(
                action__in=VISIBILITY_ACTIONS, page__path__in=ancestor_paths
            )
            .order_by()
            .values("page__path")
            .annotate(latest=Max("timestamp"))
            .values_list("latest", "page__path"),
            reverse=True,
        )
        self.restricted_ancestor_paths = list(
            PageViewRestriction.objects.filter(page__path__in=ancestor_paths).values_list(
                "page__path", flat=True
            )
        )

    def _pages(self, selection):
        restricted = Exists(PageViewRestriction.objects.filter(page_id=OuterRef("pk")))
        for path in self.restricted_ancestor_paths:
            restricted = restricted | Q(path__startswith=path)
        changed_itself = Subquery(
            PageLogEntry.objects.filter(page_id=OuterRef("pk"), action__in=VISIBILITY_ACTIONS)
            .order_by("-timestamp")
            .values("timestamp")[:1],
            output_field=DateTimeField(),
        )
        # The latest change of an ancestor: the first that matches, newest first.
        ancestor_changed = Case(
            *[
                When(path__startswith=path, then=Value(latest))
                for latest, path in self.ancestor_changes
            ],
            default=Value(EPOCH),
            output_field=DateTimeField(),
        )
        # Pages made in code may be live without publishing timestamps: the publication date.
        published_at = Coalesce(
            "last_published_at",
            "first_published_at",
            "latest_revision_created_at",
            Cast("publication_date", DateTimeField()),
            output_field=DateTimeField(),
        )
        expired = Q(expire_at__isnull=False, expire_at__lte=timezone.now())
        pages = (
            PublicationPage.objects.filter(alias_of__isnull=True)
            .annotate(
                restricted=Case(
                    When(restricted, then=Value(True)),
                    default=Value(False),
                    output_field=BooleanField(),
                ),
                past_expiry=Case(
                    When(expired, then=Value(True)),
                    default=Value(False),
                    output_field=BooleanField(),
                ),
                visibility_changed_at=Greatest(
                    Coalesce(changed_itself, Value(EPOCH)),
                    ancestor_changed,
                    Case(When(expired, then=F("expire_at")), default=Value(EPOCH)),
                    output_field=DateTimeField(),
                ),
            )
            .annotate(
                datestamp=Greatest(
                    published_at, "visibility_changed_at", output_field=DateTimeField()
                ),
                deleted=Case(
                    When(live=True, restricted=False, past_expiry=False, then=Value(False)),
                    default=Value(True),
                    output_field=BooleanField(),
                ),
            )
            .filter(
                Q(live=True, restricted=False, past_expiry=False)
                | Q(live=False, first_published_at__isnull=False)
                # Expired after its publication: a deleted record from then on.
                | Q(live=True, restricted=False, past_expiry=True, first_published_at__isnull=False)
                # Private from before its first publication: never a public record.
                | Q(
                    live=True,
                    restricted=True,
                    visibility_changed_at__gt=F("first_published_at"),
                )
            )
        )
        if selection.page_id is not None:
            pages = pages.filter(pk=selection.page_id)
        if selection.start is not None:
            pages = pages.filter(datestamp__gte=selection.start)
        if selection.end is not None:
            pages = pages.filter(datestamp__lt=selection.end)
        if selection.topic_key is not None:
            set_topics = public(TopicPage.objects.filter(translation_key=selection.topic_key))
            pages = pages.filter(
                pk__in=PublicationPage.topics.through.objects.filter(
                    topicpage__in=set_topics.values("pk")
                ).values("publicationpage_id")
            )
        return pages.order_by().values_list("id", "datestamp", "deleted")

    @staticmethod
    def _tombstones(selection):
        """Publications deleted for good after being published: the audit log remembers."""
        content_type = ContentType.objects.get_for_model(PublicationPage)
        entries = (
            PageLogEntry.objects.filter(action=DELETE_ACTION, content_type=content_type)
            .exclude(Exists(Page.objects.filter(pk=OuterRef("page_id"))))
            .filter(
                Exists(
                    PageLogEntry.objects.filter(
                        page_id=OuterRef("page_id"), action__startswith=PUBLISH_ACTION_PREFIX
                    )
                )
            )
        )
        if selection.page_id is not None:
            entries = entries.filter(page_id=selection.page_id)
        stamps = (
            entries.order_by()
            .values("page_id")
            .annotate(datestamp=Max("timestamp"), deleted=Value(True, output_field=BooleanField()))
        )
        if selection.start is not None:
            stamps = stamps.filter(datestamp__gte=selection.start)
        if selection.end is not None:
            stamps = stamps.filter(datestamp__lt=selection.end)
        return stamps.values_list("page_id", "datestamp", "deleted")

    def _stamps(self, selection, after_id=0):
        pages = self._pages(selection)
        tombstones = self._tombstones(selection)
        if after_id:
            pages = pages.filter(pk__gt=after_id)
            tombstones = tombstones.filter(page_id__gt=after_id)
        if selection.topic_key is not None:
            return pages  # a deleted page's topics went with it
        return pages.union(tombstones, all=True)

    def after(self, selection, after_id, limit):
        """The next `limit` records in id order after `after_id` (one query)."""
        rows = self._stamps(selection, after_id).order_by("id")[:limit]
        return [Stamp(id, datestamp, bool(deleted)) for id, datestamp, deleted in rows]

    def count(self, selection):
        return self._stamps(selection).count()

    def get(self, page_id):
        """The header of one record, or None."""
        found = self.after(Selection(page_id=page_id), 0, 1)
        return found[0] if found else None

    def earliest_datestamp(self):
        everything = Selection()
        earliest = [
            self._pages(everything).aggregate(earliest=Min("datestamp"))["earliest"],
            self._tombstones(everything).aggregate(earliest=Min("datestamp"))["earliest"],
        ]
        return min((instant for instant in earliest if instant is not None), default=None)


def publications(ids):
    """The pages behind a page of records, with what their metadata needs, by id."""
    pages = (
        PublicationPage.objects.filter(pk__in=ids)
        .defer_streamfields()
        .select_related("locale", "document_type")
        .prefetch_related(
            Prefetch(
                "topics",
                queryset=public(TopicPage.objects.all()).only("id", "title", "translation_key"),
            )
        )
    )
    return {page.pk: page for page in pages}


def editions(pages):
    """Every live, public language edition of these publications, by translation_key."""
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    found = {}
    other_editions = (
        public(PublicationPage.objects.all())
        .filter(translation_key__in=keys, alias_of__isnull=True)
        # What a page's URL needs, and whether the edition has a PDF of its own.
        .only("id", "url_path", "translation_key", "document")
        .order_by("locale__language_code")
    )
    for edition in other_editions:
        found.setdefault(edition.translation_key, []).append(edition)
    return found


# Sets ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TopicSet:
    spec: str
    name: str
    topic_key: object


class TopicSets:
    """One set per public topic, across languages: its default-language slug and title.

    A private, draft or expired topic is no set, and no record names it.
    """

    def __init__(self):
        topics = (
            public(TopicPage.objects.all())
            .filter(alias_of__isnull=True)
            .order_by("id")
            .values_list("id", "translation_key", "slug", "title", "locale__language_code")
        )
        default_language = settings.LANGUAGE_CODE
        chosen = {}  # translation_key → (id, slug, title, language) of the naming edition
        for topic_id, key, slug, title, language in topics:
            current = chosen.get(key)
            if current is None or (language == default_language != current[3]):
                chosen[key] = (topic_id, slug, title, language)
        self.sets, self.by_key, self.by_spec = [], {}, {}
        for key, (topic_id, slug, title, _language) in sorted(
            chosen.items(), key=lambda item: item[1][1]
        ):
            spec = slug
            if not SET_SPEC_PATTERN.fullmatch(spec) or spec in self.by_spec:
                spec = f"topic-{topic_id}"  # a slug with other characters, or twice
            topic_set = TopicSet(spec=spec, name=title, topic_key=key)
            self.sets.append(topic_set)
            self.by_key[key] = topic_set
            self.by_spec[spec] = topic_set

    def specs_for(self, publication):
        """The setSpecs of a publication, from its (prefetched) public topics."""
        specs = {
            self.by_key[topic.translation_key].spec
            for topic in publication.topics.all()
            if topic.translation_key in self.by_key
        }
        return sorted(specs)
