"""Blocks shared by every section. Each block renders itself with its own template."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock


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
        # One message per problem, under the field it concerns.
        if value.get("page") and value.get("url"):
            message = _("Choose a page or give an external address, not both.")
            raise StructBlockValidationError(block_errors={"url": ValidationError(message)})
        if not value.get("page") and not value.get("url"):
            message = _("Choose a page, or give an external address below.")
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        return value


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.CharBlock(
        label=_("Network"), max_length=60, help_text=_("Shown to visitors, e.g. LinkedIn.")
    )
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "site"
        template = "blocks/social_link_block.html"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (level 2)")), ("h3", _("Subsection (level 3)"))],
        default="h2",
        help_text=_("Keep headings in order: a level 3 goes under a level 2."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class CaptionedImageBlock(ImageBlock):
    """Wagtail's image block (alt text or "decorative") with an optional caption."""

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks every page type shares; sections extend it with their own."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock(label=_("Image"))
    quote = QuoteBlock()
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), template="blocks/link_list_block.html")

    class Meta:
        template = "blocks/stream_block.html"
