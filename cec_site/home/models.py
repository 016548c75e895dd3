"""The home page: what the public sees first at /, /fr/ and /es/."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.queryset import FakeQuerySet
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page

from cec_site.core.blocks import LinkBlock
from cec_site.core.models import TopicPage
from cec_site.core.page_kinds import page_kind
from cec_site.core.visibility import is_public, public
from projects.models import ProjectIndexPage, ProjectPage
from publications import ranking
from publications.models import PublicationIndexPage, PublicationPage

# The size the featured project and publication show their image at
# (templates/components/featured_project.html, featured_publication.html).
FEATURE_RENDITION = "fill-800x450|format-webp"


def with_feature_rendition(card):
    """`card` with its image's feature-sized rendition prefetched instead of the card sizes.

    The card queries prefetch only the card-sized renditions. Wagtail then looks for the
    feature's size among them, misses, and its get_or_create runs on that prefetched queryset,
    filtered to the card size: it cannot find the row that exists, and the insert breaks the
    unique constraint. A 500 on every render of the home page after the first.
    """
    image = getattr(card, "image", None)
    if image is not None:
        getattr(image, "_prefetched_objects_cache", {}).pop("renditions", None)
        renditions = (
            get_image_model().get_rendition_model().objects.filter(filter_spec=FEATURE_RENDITION)
        )
        prefetch_related_objects([image], Prefetch("renditions", queryset=renditions))
    return card


class HomePage(Page):
    tagline = models.CharField(
        _("tagline"),
        max_length=160,
        help_text=_("The main heading of the site, one short sentence."),
    )
    introduction = models.TextField(
        _("introduction"),
        max_length=400,
        help_text=_("One or two sentences under the tagline."),
    )
    impact_text = models.TextField(
        _("Our Impact text"),
        blank=True,
        help_text=_("A paragraph inviting visitors to see what the CEC's work achieved."),
    )
    impact_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Our Impact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the Our Impact link leads."),
    )
    impact_link_label = models.CharField(
        _("Our Impact link label"), max_length=80, blank=True, default="Our Impact"
    )
    featured_project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("featured project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to show the newest active project."),
    )
    featured_publication = models.ForeignKey(
        "publications.PublicationPage",
        verbose_name=_("featured publication"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to show the newest publication."),
    )
    what_we_do_text = models.TextField(
        _("What We Do text"), blank=True, help_text=_("What the CEC does, in plain words.")
    )
    what_we_do_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("What We Do links"),
        help_text=_("Links shown under the What We Do text."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("tagline"), FieldPanel("introduction")], heading=_("Welcome")),
        InlinePanel(
            "spotlight_items",
            label=_("In the Spotlight"),
            heading=_("In the Spotlight"),
            max_num=6,
            help_text=_("Up to six items, in this order. Dates let you schedule an item."),
        ),
        MultiFieldPanel(
            [FieldPanel("impact_text"), FieldPanel("impact_link"), FieldPanel("impact_link_label")],
            heading=_("Our Impact"),
        ),
        MultiFieldPanel(
            [FieldPanel("featured_project"), FieldPanel("featured_publication")],
            heading=_("Featured"),
            help_text=_("If a chosen page is unpublished, the newest one shows instead."),
        ),
        MultiFieldPanel(
            [FieldPanel("what_we_do_text"), FieldPanel("what_we_do_links")],
            heading=_("What We Do"),
        ),
    ]

    # One home page per language (en, fr, es), all children of the tree's root;
    # clean() refuses a second one in the same language.
    max_count = len(settings.WAGTAIL_CONTENT_LANGUAGES)
    parent_page_types = ["wagtailcore.Page"]
    # Its children are the page types that say they go under a home page (settings'
    # CEC_HOME_PAGE_MODELS): each section's index, the topics, standard pages. A new section
    # plugs in without a change here.
    subpage_types = None

    class Meta:
        verbose_name = _("home page")

    def clean(self):
        super().clean()
        others = HomePage.objects.filter(locale_id=self.locale_id)
        if self.pk:
            others = others.exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(_("This language already has a home page."))

    def current_spotlight_items(self, now=None):
        """Spotlight items whose schedule includes `now`, in the editors' order."""
        now = now or timezone.now()
        items = self.spotlight_items.filter(Q(start_at__isnull=True) | Q(start_at__lte=now)).filter(
            Q(end_at__isnull=True) | Q(end_at__gt=now)
        )
        # An item linking to a page the public may not see is not shown at all.
        if isinstance(items, FakeQuerySet):  # a preview's items, in memory
            return [item for item in items if not item.link_page_id or is_public(item.link_page)]
        return items.filter(
            Q(link_page__isnull=True) | Q(link_page__in=public(Page.objects.all()))
        ).select_related("link_page", "image")

    @cached_property
    def spotlight_cards(self):
        """The items on show, each with its page as its own type (`item.linked`), so that a
        card shows that page's kind and date: a news item's or an event's own. One query per
        type of page linked, whatever the number of items."""
        items = list(self.current_spotlight_items())
        ids = {item.link_page_id for item in items if item.link_page_id}
        pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
        for item in items:
            item.linked = pages.get(item.link_page_id)
        return items

    def fragment_variant(self, request):
        """What its cached rendering (cec_site/core/fragments.py) depends on beyond the content
        version: the spotlight items on show now, so that an item's start or end time takes
        effect without any edit bumping the version, and the ranking the featured publication's
        rank comes from. It reads nothing of the query string."""
        items = self.current_spotlight_items().values_list("id", flat=True)
        return f"{','.join(map(str, items))}:{ranking.stamp()}"

    # What follows is read only when the template's cached rendering is stale (it is kept
    # until content changes), hence properties rather than context.

    @cached_property
    def topic_tiles(self):
        return list(
            public(TopicPage.objects.all())
            .filter(locale_id=self.locale_id, featured_on_home_page=True)
            .order_by("path")
        )

    @staticmethod
    def editions(model, chosen_id):
        """Every language edition of the chosen page (the featured_or_newest queries keep the
        one in this home page's language, if the public may see it), or None."""
        if chosen_id is None:
            return None
        key = model.objects.filter(pk=chosen_id).values("translation_key")
        return model.objects.filter(translation_key__in=key)

    @cached_property
    def featured_project_card(self):
        chosen = self.editions(ProjectPage, self.featured_project_id)
        return with_feature_rendition(
            ProjectPage.objects.featured_or_newest(chosen, self.locale_id)
        )

    @cached_property
    def featured_publication_card(self):
        chosen = self.editions(PublicationPage, self.featured_publication_id)
        card = PublicationPage.objects.featured_or_newest(chosen, self.locale_id)
        return with_feature_rendition(card)

    @cached_property
    def impact_page(self):
        """Where the Our Impact link leads: the chosen page in this language, else the chosen
        page itself, if the public may see it (else no link)."""
        if self.impact_link_id is None:
            return None
        key = Page.objects.filter(pk=self.impact_link_id).values("translation_key")
        candidates = public(Page.objects.filter(translation_key__in=key)).filter(
            Q(locale_id=self.locale_id) | Q(pk=self.impact_link_id)
        )
        found = {page.locale_id: page for page in candidates}
        return found.get(self.locale_id) or next(iter(found.values()), None)

    @cached_property
    def project_index(self):
        return public(ProjectIndexPage.objects.child_of(self)).first()

    @cached_property
    def top_50_url(self):
        index = public(PublicationIndexPage.objects.child_of(self)).first()
        return index.url + index.reverse_subpage("top_50") if index else None


class SpotlightItem(Orderable):
    """One item of *In the Spotlight*: a page of this site or an external link."""

    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="spotlight_items")
    title = models.CharField(_("title"), max_length=160)
    blurb = models.TextField(_("blurb"), max_length=400, blank=True)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A page of this site…"),
    )
    link_url = models.URLField(
        _("external address"), blank=True, help_text=_("…or the address of another site.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Required with an image."),
    )
    start_at = models.DateTimeField(
        _("show from"), null=True, blank=True, help_text=_("Leave empty to show at once.")
    )
    end_at = models.DateTimeField(
        _("show until"), null=True, blank=True, help_text=_("Leave empty to show until removed.")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("blurb"),
        FieldPanel("link_page"),
        FieldPanel("link_url"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("start_at"),
        FieldPanel("end_at"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("spotlight item")
        verbose_name_plural = _("spotlight items")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        # One message per problem, under the field it concerns.
        if self.link_page_id and self.link_url:
            errors["link_url"] = _("Choose a page or give an external address, not both.")
        elif not self.link_page_id and not self.link_url:
            errors["link_page"] = _("Choose a page, or give an external address below.")
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = _("Describe the image: alternative text is required.")
        if self.start_at and self.end_at and self.end_at <= self.start_at:
            errors["end_at"] = _("The end must come after the start.")
        if errors:
            raise ValidationError(errors)

    @property
    def card_kind(self):
        """What the linked page is ("Event", "Media release", "Publication"…), or ""."""
        linked = getattr(self, "linked", None)
        if linked is None:
            return ""
        return getattr(linked, "card_kind", "") or page_kind(linked)

    @property
    def card_date(self):
        """The linked page's own date (a news item's, an event's start), else when it was
        first published; None for an external link."""
        linked = getattr(self, "linked", None)
        if linked is None:
            return None
        return getattr(linked, "card_date", None) or linked.first_published_at

    @property
    def url(self):
        if self.link_page_id:
            return self.link_page.localized.url
        return self.link_url
