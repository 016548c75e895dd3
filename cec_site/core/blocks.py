"""Blocks shared by every section. Each block renders itself with its own template."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site or to another site, with its own label."""

    label = blocks.CharBlock(
        label=_("Label"), max_length=120, help_text=_("The words a visitor clicks.")
    )
    page = blocks.PageChooserBlock(
        label=_("Page"), required=False, help_text=_("A page of this site…")
    )
    url = blocks.URLBlock(
        label=_("External address"), required=False, help_text=_("…or the address of another site.")
    )

    class Meta:
        icon = "link"
        template = "blocks/link_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or give an external address, not both.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.CharBlock(
        label=_("Network"), max_length=60, help_text=_("Shown to visitors, e.g. LinkedIn.")
    )
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "site"
        template = "blocks/social_link_block.html"
