"""The page editor's `{% page_chooser_start %}` (cec_site/core/page_chooser.py)."""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html, json_script

from cec_site.core.page_chooser import chooser_start

register = template.Library()


@register.simple_tag(takes_context=True)
def page_chooser_start(context):
    """Where the form's page choosers open, and the script that makes them open there."""
    start = chooser_start(context.get("page"), context.get("parent_page"))
    return format_html(
        '{}<script src="{}" defer></script>',
        json_script(start, "cec-page-chooser-start"),
        static("js/page-chooser-in-language.js"),
    )
