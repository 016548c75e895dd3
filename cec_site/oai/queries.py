"""What the OAI-PMH endpoint serves: every language edition of every page of the sections that
open the OAI door (`oai=True` in cec_site/core/sections.py: publications today).

A record is such a page (aliases excluded: they repeat another page). It is *live*
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
from cec_site.core.sections import all_sections
from cec_site.core.visibility import public

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


def oai_sections():
    """The sections whose pages are records, each with its content type's id.

    What a section gives the door (`dublin_core`, cec_site/core/sections.py) is a class with:
    `identifier`, the word naming its records (oai:<host>:<word>:<page id>); `related`, what
    to select_related with its pages; `edition_fields`, what its other language editions
    need loaded; and `elements(page, request, other_editions)`, the record's (Dublin Core
    element, text) pairs in order.
    """
    sections = [s for s in all_sections() if s.oai and s.dublin_core is not None]
    types = ContentType.objects.get_for_models(*[s.page_class for s in sections])
    return {types[section.page_class].pk: section for section in sections}


@dataclass(frozen=True)
class Stamp:
    """A record's header data: page id, datestamp, whether it is deleted, its page type."""

    id: int
    datestamp: datetime.datetime
    deleted: bool
    content_type_id: int


@dataclass(frozen=True)
class Selection:
    start: datetime.datetime | None = None
    end: datetime.datetime | None = None
    topic_key: object = None  # the translation_key of a topic, for set selection
    page_id: int | None = None
    content_type_id: int | None = None  # one section's records only


# Records ------------------------------------------------------------------------------

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)  # "never", where SQL wants a date


class Records:
    """The records, each with its datestamp and status, selected and paged in SQL.

    What happens to a record's ancestors (an index page made private, moved or unpublished)
    changes the record too. Those ancestors are few — home and index pages — so their changes
    are read first and written into the query as constants; asking the log about every
    ancestor of every record inside the query would scan the page tree per row.
    """

    def __init__(self, sections):
        self.sections = sections  # {content type id: section}, from oai_sections()
        steplen = Page.steplen
        parent_paths = (
            Page.objects.filter(content_type_id__in=list(sections))
            .order_by()
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

    def _pages(self, section, selection):
        model = section.page_class
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
        # Pages made in code may be live without publishing timestamps: their own date.
        own_date = [Cast(section.date_field, DateTimeField())] if section.date_field else []
        published_at = Coalesce(
            "last_published_at",
            "first_published_at",
            "latest_revision_created_at",
            *own_date,
            output_field=DateTimeField(),
        )
        expired = Q(expire_at__isnull=False, expire_at__lte=timezone.now())
        pages = (
            model.objects.filter(alias_of__isnull=True)
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
            topics = model._meta.get_field(section.topic_field)
            pages = pages.filter(
                pk__in=topics.remote_field.through.objects.filter(
                    **{f"{topics.m2m_reverse_field_name()}__in": set_topics.values("pk")}
                ).values(f"{topics.m2m_field_name()}_id")
            )
        return pages.order_by().values_list("id", "datestamp", "deleted", "content_type_id")

    def _tombstones(self, selection):
        """Records deleted for good after being published: the audit log remembers."""
        content_types = [pk for pk in self.sections if selection.content_type_id in (None, pk)]
        entries = (
            PageLogEntry.objects.filter(action=DELETE_ACTION, content_type_id__in=content_types)
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
            .annotate(
                datestamp=Max("timestamp"),
                deleted=Value(True, output_field=BooleanField()),
                type_id=Min("content_type_id"),
            )
        )
        if selection.start is not None:
            stamps = stamps.filter(datestamp__gte=selection.start)
        if selection.end is not None:
            stamps = stamps.filter(datestamp__lt=selection.end)
        return stamps.values_list("page_id", "datestamp", "deleted", "type_id")

    def _stamps(self, selection, after_id=0):
        """Every section's records, and the tombstones, as one query (a union)."""
        parts = [
            self._pages(section, selection).filter(pk__gt=after_id)
            for content_type_id, section in self.sections.items()
            if selection.content_type_id in (None, content_type_id)
            and (selection.topic_key is None or section.topic_field)
        ]
        if selection.topic_key is None:  # a deleted page's topics went with it
            parts.append(self._tombstones(selection).filter(page_id__gt=after_id))
        if not parts:
            return None
        return parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]

    def after(self, selection, after_id, limit):
        """The next `limit` records in id order after `after_id` (one query)."""
        stamps = self._stamps(selection, after_id)
        if stamps is None:
            return []
        rows = stamps.order_by("id")[:limit]
        return [Stamp(pk, datestamp, bool(deleted), kind) for pk, datestamp, deleted, kind in rows]

    def count(self, selection):
        stamps = self._stamps(selection)
        return 0 if stamps is None else stamps.count()

    def get(self, page_id, content_type_id):
        """The header of one record of one section, or None."""
        selection = Selection(page_id=page_id, content_type_id=content_type_id)
        found = self.after(selection, 0, 1)
        return found[0] if found else None

    def earliest_datestamp(self):
        everything = Selection()
        earliest = [
            self._pages(section, everything).aggregate(earliest=Min("datestamp"))["earliest"]
            for section in self.sections.values()
        ]
        earliest.append(
            self._tombstones(everything).aggregate(earliest=Min("datestamp"))["earliest"]
        )
        return min((instant for instant in earliest if instant is not None), default=None)


def record_pages(sections, stamps):
    """The pages behind a page of records, with what their metadata needs, by id: one query
    per section among them."""
    ids = {}
    for stamp in stamps:
        ids.setdefault(stamp.content_type_id, []).append(stamp.id)
    found = {}
    for content_type_id, section_ids in ids.items():
        section = sections.get(content_type_id)
        if section is None:
            continue
        pages = (
            section.page_class.objects.filter(pk__in=section_ids)
            .defer_streamfields()
            .select_related("locale", *section.dublin_core.related)
        )
        if section.topic_field:
            pages = pages.prefetch_related(
                Prefetch(
                    section.topic_field,
                    queryset=public(TopicPage.objects.all()).only("id", "title", "translation_key"),
                )
            )
        found.update((page.pk, page) for page in pages)
    return found


def editions(section, pages):
    """Every live, public language edition of these pages of one section, by translation_key."""
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    found = {}
    other_editions = (
        public(section.page_class.objects.all())
        .filter(translation_key__in=keys, alias_of__isnull=True)
        # What a page's URL needs, and what the section's metadata reads of its editions.
        .only("id", "url_path", "translation_key", *section.dublin_core.edition_fields)
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

    def specs_for(self, page, topic_field):
        """The setSpecs of a page, from its (prefetched) public topics."""
        if not topic_field:
            return []
        specs = {
            self.by_key[topic.translation_key].spec
            for topic in getattr(page, topic_field).all()
            if topic.translation_key in self.by_key
        }
        return sorted(specs)
