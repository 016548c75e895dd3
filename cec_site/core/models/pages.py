"""StandardPage: About and the other plain pages."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cec_site.core.blocks import BaseStreamBlock
from cec_site.core.models.mixins import HeroImageMixin, IgnoresQueryStringMixin, QuickServeMixin


class StandardPage(IgnoresQueryStringMixin, QuickServeMixin, HeroImageMixin, Page):
    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = (
        Page.content_panels
        + [FieldPanel("introduction")]
        + HeroImageMixin.hero_panels
        + [FieldPanel("body")]
    )
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = [*settings.CEC_HOME_PAGE_MODELS, "core.StandardPage"]
    subpage_types = ["core.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
