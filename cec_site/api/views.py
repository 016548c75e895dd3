"""Read-only JSON endpoints (Wagtail API v2) for publications, projects and topics.

Each endpoint serves one page type, every language (`?locale=fr` for one), and only pages
the public may see (`cec_site.core.visibility`), whoever asks: the API never logs anyone in.
Nested pages (a publication's topics, a page's `alias_of`) go through the same rule. The fields
each type shows are its model's `api_fields`. Every query parameter is checked first
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

from rest_framework.fields import Field
from rest_framework.renderers import JSONRenderer

from cec_site.api.editions import LanguageEditionsField, attach_language_editions
from cec_site.api.validation import PAGE_ID_RANGE, related_page_model, validate_query
from cec_site.core.models import TopicPage
from cec_site.core.visibility import is_public, public
from projects.models import ProjectPage
from publications.models import PublicationPage


class CountedDownloadUrlField(Field):
    """A publication edition's counted download, as an absolute URL; null without a PDF.

    Never the file's /documents/ address: downloads through the API count like any other.
    """

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance if instance.document_id else None

    def to_representation(self, publication):
        page_url = publication.get_full_url(self.context["request"])
        return page_url + publication.reverse_subpage("download")


class PublicAliasOfField(PageAliasOfField):
    """`alias_of` names the original page only when the public may see it."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        original = instance.alias_of
        return original if original is not None and is_public(original) else None


def public_topics():
    """Topics as nested objects: only public ones, in one query for a whole listing."""
    return Prefetch("topics", queryset=public(TopicPage.objects.all()).order_by("title"))


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
            .defer_streamfields()
            .order_by(*self.default_order, "pk")
        )
        if self.action == "listing_view":
            queryset = self.filter_by_public_pages_only(queryset)
        return queryset

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
        return super().get_object()


class PublicationsAPIViewSet(SectionAPIViewSet):
    model = PublicationPage
    name = "publications"
    default_order = ("-publication_date",)
    listing_default_fields = SectionAPIViewSet.listing_default_fields + [
        "publication_date",
        "download_url",
    ]

    @classmethod
    def get_field_serializer_overrides(cls, model):
        overrides = super().get_field_serializer_overrides(model)
        overrides["download_url"] = CountedDownloadUrlField()
        overrides["language_editions"] = LanguageEditionsField()
        return overrides

    def get_queryset(self):
        return (
            super().get_queryset().select_related("document_type").prefetch_related(public_topics())
        )

    # `language_editions` for a whole page of results in one query, and only when asked for.

    def paginate_queryset(self, queryset):
        self.shown_pages = list(super().paginate_queryset(queryset))
        return self.shown_pages

    def get_object(self):
        page = super().get_object()
        self.shown_pages = [page]
        return page

    def prefetch_language_editions(self, page):
        if "language_editions" not in page.__dict__:
            shown = getattr(self, "shown_pages", None) or [page]
            attach_language_editions(shown if page in shown else [page], self.request)


class ProjectsAPIViewSet(SectionAPIViewSet):
    model = ProjectPage
    name = "projects"
    default_order = ("-start_date",)
    listing_default_fields = SectionAPIViewSet.listing_default_fields + ["status", "year"]

    def get_queryset(self):
        return super().get_queryset().prefetch_related(public_topics())


class TopicsAPIViewSet(SectionAPIViewSet):
    model = TopicPage
    name = "topics"
    default_order = ("title",)
    listing_default_fields = SectionAPIViewSet.listing_default_fields + ["short_description"]


ENDPOINTS = [PublicationsAPIViewSet, ProjectsAPIViewSet, TopicsAPIViewSet]
ENDPOINT_NAMES = [endpoint.name for endpoint in ENDPOINTS]


@require_safe
def api_root(request):
    """What /api/v2/ offers: each endpoint's absolute address."""
    # Absolute as the endpoints' own `detail_url`s are (the site's address, or WAGTAILAPI_BASE_URL).
    return JsonResponse(
        {
            name: get_full_url(request, reverse(f"wagtailapi:{name}:listing"))
            for name in ENDPOINT_NAMES
        }
    )
