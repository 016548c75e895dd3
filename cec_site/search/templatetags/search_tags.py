"""The search page's own template helpers."""

from django import template
from django.utils.translation import pgettext

register = template.Library()


@register.filter
def quoted(text):
    """`text` between the current language's quotation marks: “…” in English, « … » in French,
    «…» in Spanish. Plain text: the template escapes it where it is shown."""
    return pgettext("quotation marks around the words searched for", "“%(text)s”") % {"text": text}
