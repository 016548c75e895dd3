"""Abstract bases the sections build on: a section's listing page and a translatable taxonomy.

Abstract, so they add no table and no join: each section's models keep their own tables, and
moving a field here changes nothing in the database.
"""

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, TranslatableMixin

from cec_site.core.models.mixins import ListingPageMixin, QuickServeMixin


class SectionIndexPage(QuickServeMixin, ListingPageMixin, models.Model):
    """A section's listing page: an introduction, then its pages as filtered, paginated cards.

    One per language's home page. A subclass puts `Page` last among its bases, lists the one
    page type it holds in `subpage_types`, and names its filter form in `filter_form`
    ("app.forms.FormClass", imported when a listing is shown, so models never import forms).
    The listed model's manager gives the listing: `listing(locale_id)` (a `CardQuerySet`).

    Routing to one of its pages takes one query instead of Wagtail's two (the child, then its
    specific row), joined to the foreign keys its template shows (`child_select_related`).
    """

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = settings.CEC_HOME_PAGE_MODELS  # under each language's home page
    max_count_per_parent = 1  # one per language's home page
    filter_form = ""  # dotted path of its ListingFilterForm subclass
    child_select_related = ("image",)  # fetched with one of its pages when routing to it

    class Meta:
        abstract = True

    @property
    def filter_form_class(self):
        return import_string(self.filter_form)

    @classmethod
    def listed_model(cls):
        """The page type it lists: the one in its `subpage_types`."""
        (model,) = cls.allowed_subpage_models()
        return model

    def listing_queryset(self):
        return self.listed_model().objects.listing(self.locale_id)

    def route(self, request, path_components):
        if not path_components or self.is_own_route(path_components):
            return super().route(request, path_components)
        model = self.listed_model()
        child = (
            model.objects.child_of(self)
            .filter(slug=path_components[0])
            .select_related(*self.child_select_related)
            .first()
        )
        if child is None:  # no such page, or one of another type: Wagtail's own routing
            return super().route(request, path_components)
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def is_own_route(self, path_components):
        """A route of the index page itself (a RoutablePageMixin's), which comes first."""
        if not self.live or not hasattr(self, "resolve_subpage"):
            return False
        try:
            self.resolve_subpage("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True


class TaxonomySnippet(TranslatableMixin, models.Model):
    """A kind of thing editors add without a deploy (a document type, a kind of impact):
    a name and a slug for filter addresses, one per language, translated like pages."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in filter addresses."))

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    @classmethod
    def filter_choices(cls, locale_id):
        """(slug, name) of every one in a language, as a listing's filter options."""
        return list(cls.objects.filter(locale_id=locale_id).values_list("slug", "name"))
