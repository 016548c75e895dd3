"""The filter-form + pagination helper every listing shares (STYLE.md practice 4).

What bad input gets, decided once for every listing:
- a filter value that is not one of the choices (unknown topic, `year=abc`, an overlong or
  `<script>` value): status 400, the listing shown with a message by the field, that filter
  ignored and the valid ones applied;
- a repeated parameter (`topic=a&topic=b`): the last one counts, as everywhere in Django;
- a parameter that is no filter (`utm_source=…`): ignored;
- `page` that is not a whole number from 1 (`0`, `-1`, `1.5`, `abc`) or past the last page:
  404, "there is no such page of results".
Any filter in the query string makes the page `noindex`.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.apps import apps
from django.core.paginator import EmptyPage, Page, Paginator
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from cec_site.core.visibility import public

PAGE_SIZE = 12
PAGE_NUMBER = re.compile(r"^[1-9][0-9]{0,6}$")


class FilterChoiceField(forms.ChoiceField):
    """An optional choice whose error never repeats the visitor's value back."""

    def __init__(self, *, label, empty_label, choices=(), **kwargs):
        super().__init__(
            label=label,
            choices=choices,
            required=False,
            error_messages={"invalid_choice": _("Choose one of the options in the list.")},
            **kwargs,
        )
        self.empty_label = empty_label

    def set_choices(self, choices):
        self.choices = [("", self.empty_label), *choices]


def topic_choices(locale_id):
    """The topics the public may see (cec_site.core.visibility), as filter options."""
    # By name: the models import this module (ListingPageMixin), so it cannot import them.
    topics = public(apps.get_model("core", "TopicPage").objects.filter(locale_id=locale_id))
    return list(topics.values_list("slug", "title"))


class ListingFilterForm(forms.Form):
    """Base of each listing's filters: subclasses add fields and say how each one filters."""

    def filter(self, queryset):
        """Apply the filters that validated (`cleaned_data` holds only those)."""
        for name, value in getattr(self, "cleaned_data", {}).items():
            if value in ("", None):
                continue
            method = getattr(self, f"filter_{name}", None)
            if method is not None:
                queryset = method(queryset, value)
        return queryset

    def order(self, queryset):
        return queryset


@dataclass
class Listing:
    form: ListingFilterForm
    page_obj: Page
    status: int
    filtered: bool

    @property
    def count(self):
        return self.page_obj.paginator.count

    @property
    def variant(self):
        """What its rendering shows of the query string, as a key (cec_site/core/fragments.py):
        the filters as they validated and the page number, in one order; parameters that are
        no filter (`utm_source`) are not part of it."""
        chosen = getattr(self.form, "cleaned_data", {})
        shown = sorted(
            (name, str(value)) for name, value in chosen.items() if value not in ("", None)
        )
        return urlencode([*shown, ("page", self.page_obj.number)])


def build_listing(request, form, queryset, *, page_size=PAGE_SIZE):
    """Validate the filters, apply them, and cut one page of results (or raise Http404)."""
    valid = form.is_valid()
    queryset = form.order(form.filter(queryset))
    paginator = Paginator(queryset, page_size)
    raw_page = request.GET.get("page", "1")
    if not PAGE_NUMBER.match(raw_page):
        raise Http404(_("There is no such page of results."))
    try:
        page_obj = paginator.page(int(raw_page))
    except EmptyPage as error:
        raise Http404(_("There is no such page of results.")) from error
    filtered = any(request.GET.get(name) for name in form.fields)
    return Listing(form=form, page_obj=page_obj, status=200 if valid else 400, filtered=filtered)
