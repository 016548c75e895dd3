"""Read-only JSON endpoints (Wagtail API v2): one per section that opens the API door
(`api=True` in cec_site/core/sections.py: /api/v2/<key>/, projects and publications today),
and topics.

Each endpoint serves one page type, every language (`?locale=fr` for one), and only pages
the public may see (`cec_site.core.visibility`), whoever asks: the API never logs anyone in.
Nested pages (a page's topics, its `alias_of`) go through the same rule. The fields each type
shows are its model's `api_fields`, a section's `api_serializers` replacing those a model
attribute alone cannot give; its listing shows `api_listing_fields` besides the title, and
comes newest first by its `newest_first`. Every query parameter is checked first
(`validation.py`): bad input is a 400 with a `message`, never a 500.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Prefetch
from django.http import Http404, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from wagtail.api.utils import get_full_url
from wagtail.api.v2.serializers import PageAliasOfField
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.fields import RichTextField, StreamField

from rest_framework.renderers import JSONRenderer

from cec_site.api.validation import PAGE_ID_RANGE, related_page_model, validate_query
from cec_site.core.models import TopicPage
from cec_site.core.sections import all_sections
from cec_site.core.visibility import is_public, public


class PublicAliasOfField(PageAliasOfField):
    """`alias_of` names the original page only when the public may see it."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        original = instance.alias_of
        return original if original is not None and is_public(original) else None


def public_topics(field_name):
    """Topics as nested objects: only public ones, in one query for a whole listing."""
    return Prefetch(field_name, queryset=public(TopicPage.objects.all()).order_by("title"))


class SectionAPIViewSet(PagesAPIViewSet):
    """The pages of one type. `?type=` is refused: each endpoint is its own type."""

    renderer_classes = [JSONRenderer]
    authentication_classes = []  # anonymous for everyone: no session, no private pages
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {"type"}
    default_order = ("path",)

    def initial(self, request, *args, **kwargs):
        validate_query(self, request)  # a 400 (or 404) before anything else reads them
        super().initial(request, *args, **kwargs)

    @classmethod
    def orderable_fields(cls, model):
        """The fields `?order=` takes: columns of the page itself (no lists, no bodies)."""
        orderable = set()
        for name in cls.get_available_fields(model, db_fields_only=True):
            field = model._meta.get_field(name) if name != "id" else model._meta.pk
            if field.many_to_many or field.one_to_many:
                continue
            if isinstance(field, StreamField | RichTextField):
                continue
            orderable.add(name)
        return orderable

    @classmethod
    def get_field_serializer_overrides(cls, model):
        overrides = super().get_field_serializer_overrides(model)
        overrides["alias_of"] = PublicAliasOfField()
        return overrides

    def get_base_queryset(self):
        # Wagtail's version lets through private pages the visitor may see; this API shows
        # none of them: only what the one visibility rule calls public.
        return public(super().get_base_queryset())

    def get_queryset(self):
        visible = self.get_base_queryset().values_list("pk", flat=True)
        queryset = (
            self.model.objects.filter(pk__in=visible)
            .select_related("locale")
            .order_by(*self.default_order, "pk")
        )
        if not self.shows_streamfields():
            queryset = queryset.defer_streamfields()
        if self.action == "listing_view":
            queryset = self.filter_by_public_pages_only(queryset)
        return queryset

    def shows_streamfields(self):
        """Whether the answer shows a StreamField (a page's details, `?fields=*` or `body`):
        then it comes with the pages rather than in one query per page."""
        if self.action != "listing_view":
            return True
        asked = {
            name.strip().lstrip("-").split("(")[0]
            for name in self.request.GET.get("fields", "").split(",")
        }
        streamfields = {
            model_field.name
            for model_field in self.model._meta.get_fields()
            if isinstance(model_field, StreamField)
        }
        return "*" in asked or bool(asked & streamfields)

    def filter_by_public_pages_only(self, queryset):
        """`?topics=<id>` (any relation to pages) finds nothing when that page is not public.

        Otherwise the listing would tell which public pages carry a private topic.
        """
        for name, value in self.request.GET.items():
            try:
                field = self.model._meta.get_field(name)
            except FieldDoesNotExist:  # parameters that are not fields
                continue
            target = related_page_model(field)
            if target is None or not value.isdigit():
                continue
            if not public(target.objects.filter(pk=int(value))).exists():
                return queryset.none()
        return queryset

    def get_object(self):
        pk = self.kwargs.get("pk")
        if pk is not None and not PAGE_ID_RANGE[0] <= int(pk) <= PAGE_ID_RANGE[1]:
            raise Http404("No page has that id.")
        page = super().get_object()
        self.shown_pages = [page]
        return page

    def paginate_queryset(self, queryset):
        # The page of results shown, kept for serializer fields that fetch something for all
        # of them at once (a publication's language editions: publications/api.py).
        self.shown_pages = list(super().paginate_queryset(queryset))
        return self.shown_pages


def section_endpoint(section):
    """The API endpoint of a section: its page model, name, order and fields."""
    model = section.page_class
    # Relations its api_fields show, fetched with the pages: snippets in one join, topics
    # (public ones) in one query per page of results.
    api_field_names = {api_field.name for api_field in getattr(model, "api_fields", [])}
    joined = []
    for name in sorted(api_field_names):
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if model_field.many_to_one:
            joined.append(name)
    topics = section.topic_field if section.topic_field in api_field_names else ""
    overrides = dict(section.api_serializers)

    class Endpoint(SectionAPIViewSet):
        listing_default_fields = SectionAPIViewSet.listing_default_fields + list(
            section.api_listing_fields
        )

        @classmethod
        def get_field_serializer_overrides(cls, model):
            return {**super().get_field_serializer_overrides(model), **overrides}

        def get_queryset(self):
            queryset = super().get_queryset()
            if joined:
                queryset = queryset.select_related(*joined)
            if topics:
                queryset = queryset.prefetch_related(public_topics(topics))
            return queryset

    Endpoint.model = model
    Endpoint.name = section.key
    Endpoint.default_order = tuple(section.newest_first)
    Endpoint.__name__ = Endpoint.__qualname__ = f"{model.__name__}APIViewSet"
    return Endpoint


class TopicsAPIViewSet(SectionAPIViewSet):
    model = TopicPage
    name = "topics"
    default_order = ("title",)
    listing_default_fields = SectionAPIViewSet.listing_default_fields + ["short_description"]


def endpoints():
    """The endpoints, as the registry says now: each section's that opens the door, topics.

    New classes on each call: DRF's as_view() sets `name` to None on the class it is given,
    so a class serves one URLconf only.
    """
    topics = type("TopicsAPIViewSet", (TopicsAPIViewSet,), {"name": TopicsAPIViewSet.name})
    return [section_endpoint(s) for s in all_sections() if s.api] + [topics]


ENDPOINTS = endpoints()


@require_safe
def api_root(request, names):
    """What /api/v2/ offers: each endpoint's absolute address."""
    # Absolute as the endpoints' own `detail_url`s are (the site's address, or WAGTAILAPI_BASE_URL).
    return JsonResponse(
        {name: get_full_url(request, reverse(f"wagtailapi:{name}:listing")) for name in names}
    )
