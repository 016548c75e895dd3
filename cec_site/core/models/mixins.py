"""Abstract mixins composed into page types; each brings its own fields and panels."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.models import Page


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


class SummaryMixin(models.Model):
    """The short text shown on cards and in search results."""

    summary = models.TextField(
        _("summary"),
        max_length=800,
        help_text=_("Two to four plain sentences, shown on cards and in search results."),
    )

    class Meta:
        abstract = True


class ListingPageMixin:
    """An index page listing its section with the shared filter + pagination helper.

    Subclasses set `filter_form_class` and implement `listing_queryset()`.
    """

    filter_form_class = None

    def listing_queryset(self):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        from cec_site.core.listing import build_listing

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
