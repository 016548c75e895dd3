"""Abstract mixins composed into page types; each brings its own fields and panels."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.models import Page, PageViewRestriction

from cec_site.core.listing import build_listing
from cec_site.core.metadata import breadcrumb_trail


class HeroImageMixin(models.Model):
    """A page's main image, with the alternative text it requires and an optional caption."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page and on its card."),
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Required with an image."),
    )
    image_caption = models.CharField(_("image caption"), max_length=250, blank=True)

    hero_panels = [
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_caption")],
            heading=_("Image"),
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Describe the image: alternative text is required.")}
            )


class IgnoresQueryStringMixin:
    """A page type whose rendering reads nothing of the query string: one rendering of its
    fragments serves every address of it (`?utm_source=…`, `?fbclid=…`), see
    cec_site/core/fragments.py. A page type that shows something of it must not use this."""

    def fragment_variant(self, request):
        return ""


class SummaryMixin(models.Model):
    """The short text shown on cards and in search results."""

    summary = models.TextField(
        _("summary"),
        max_length=800,
        help_text=_("Two to four plain sentences, shown on cards and in search results."),
    )

    class Meta:
        abstract = True


class QuickServeMixin:
    """Two queries fewer each time the page is served, for the same page.

    - `get_view_restrictions`, which serving a page asks for on every request, in one query
      instead of two: the same restrictions (on the page or an ancestor; an alias's are its
      source's), found by the tree's paths in a subquery rather than by loading the ancestors
      first.
    - The breadcrumbs (templates/components/breadcrumbs.html) from the shared cache, kept
      until content next changes, instead of a query for the ancestors.
    """

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.pk is not None:
            context["breadcrumb_trail"] = breadcrumb_trail(self, request)
        return context

    def get_view_restrictions(self):
        if not self.path:  # not in the tree yet
            return super().get_view_restrictions()
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        lineage = Page.objects.filter(path__in=paths)
        return PageViewRestriction.objects.filter(
            Q(page__in=lineage.filter(alias_of__isnull=True).values("pk"))
            | Q(page__in=lineage.filter(alias_of__isnull=False).values("alias_of"))
        )


class ListingPageMixin:
    """An index page listing its section with the shared filter + pagination helper.

    Subclasses set `filter_form_class` and implement `listing_queryset()`; a section's index
    page gets both from `SectionIndexPage` (cec_site/core/models/bases.py).
    """

    filter_form_class = None

    def listing_queryset(self):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.filter_form_class(request.GET, locale_id=self.locale_id)
        context["listing"] = build_listing(request, form, self.listing_queryset())
        context["form"] = form
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        listing = (getattr(response, "context_data", None) or {}).get("listing")
        if listing is None:  # another route of a routable page
            return response
        response.status_code = listing.status
        if listing.filtered:
            # Filter combinations are endless: keep them out of search engines.
            response["X-Robots-Tag"] = "noindex"
        return response


def tabbed_panels(*tabs):
    """An editor with the page type's own tabs, (heading, panels), then Promote and Settings."""
    return TabbedInterface(
        [ObjectList(panels, heading=heading) for heading, panels in tabs]
        + [
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
