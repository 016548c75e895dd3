"""Site-wide settings: what is the same in every language (Settings › Site settings), and the
footer's contact details, written per language and translated like pages (Snippets)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet

from cec_site.core.blocks import SocialLinkBlock


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The same in every language. The postal address, which is not, is `ContactDetails`."""

    contact_email = models.EmailField(
        _("contact email"), blank=True, help_text=_("Shown in the footer.")
    )
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        verbose_name=_("social media links"),
        help_text=_("Shown in the footer, in this order."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = _("site settings")


@register_snippet
class ContactDetails(TranslatableMixin, models.Model):
    """The footer's postal address in one language ("Montréal (Québec)" in French, "Montreal,
    Quebec" in English): one per language, translated with wagtail-localize's *Translate*,
    like a page. Like the other snippets without drafts, only Moderators change it."""

    postal_address = models.TextField(
        _("postal address"), blank=True, help_text=_("One line per line of the address.")
    )

    panels = [FieldPanel("postal_address")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

    def __str__(self):
        first_line = self.postal_address.strip().splitlines()[:1]
        return first_line[0] if first_line else str(self._meta.verbose_name)

    @classmethod
    def for_language(cls, language_code):
        """The contact details in this language, else in the default language, else None."""
        wanted = [language_code, settings.LANGUAGE_CODE]
        found = {
            details.locale.language_code: details
            for details in cls.objects.filter(locale__language_code__in=wanted).select_related(
                "locale"
            )
        }
        return next((found[code] for code in wanted if code in found), None)
