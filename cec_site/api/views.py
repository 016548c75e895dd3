"""Read-only JSON endpoints (Wagtail API v2) for publications, projects and topics.

Each endpoint serves one page type, every language (`?locale=fr` for one), and only live
pages outside any private section, whoever asks: the API never logs anyone in. The fields
each type shows are its model's `api_fields`.
"""

from django.db.models import Prefetch
from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from wagtail.api.utils import get_full_url
from wagtail.api.v2.views import PagesAPIViewSet

from rest_framework.fields import Field
from rest_framework.renderers import JSONRenderer

from cec_site.core.models import TopicPage
from cec_site.core.queries import public
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


def live_topics():
    """Topics as nested objects: only the live ones, in one query for a whole listing."""
    return Prefetch("topics", queryset=TopicPage.objects.live().order_by("title"))


class SectionAPIViewSet(PagesAPIViewSet):
    """The pages of one type. `?type=` is refused: each endpoint is its own type."""

    renderer_classes = [JSONRenderer]
    authentication_classes = []  # anonymous for everyone: no session, no private pages
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {"type"}
    default_order = ("path",)

    def get_base_queryset(self):
        # Wagtail's version lets through private pages the visitor may see; this API shows
        # none of them.
        return public(super().get_base_queryset())

    def get_queryset(self):
        visible = self.get_base_queryset().values_list("pk", flat=True)
        return (
            self.model.objects.filter(pk__in=visible)
            .select_related("locale")
            .defer_streamfields()
            .order_by(*self.default_order, "pk")
        )


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
        return overrides

    def get_queryset(self):
        return (
            super().get_queryset().select_related("document_type").prefetch_related(live_topics())
        )


class ProjectsAPIViewSet(SectionAPIViewSet):
    model = ProjectPage
    name = "projects"
    default_order = ("-start_date",)
    listing_default_fields = SectionAPIViewSet.listing_default_fields + ["status", "year"]

    def get_queryset(self):
        return super().get_queryset().prefetch_related(live_topics())


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
