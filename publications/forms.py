from django.conf import settings
from django.utils.translation import gettext_lazy as _

from cec_site.core.cache import cached
from cec_site.core.listing import FilterChoiceField, ListingFilterForm, topic_choices
from publications.models import DocumentType, PublicationPage


class PublicationFilterForm(ListingFilterForm):
    SORTS = {
        "newest": ("-publication_date", "title"),
        "title": ("title",),
    }

    topic = FilterChoiceField(label=_("Topic"), empty_label=_("All topics"))
    type = FilterChoiceField(label=_("Document type"), empty_label=_("All types"))
    year = FilterChoiceField(label=_("Year"), empty_label=_("All years"))
    language = FilterChoiceField(label=_("Available in"), empty_label=_("Any language"))
    sort = FilterChoiceField(label=_("Sort by"), empty_label=_("Newest first"))

    def __init__(self, data, *, locale_id):
        super().__init__(data)
        choices = cached(
            "publication-filter-choices", locale_id, lambda: self.choices_for(locale_id)
        )
        self.fields["topic"].set_choices(choices["topic"])
        self.fields["type"].set_choices(choices["type"])
        self.fields["year"].set_choices(choices["year"])
        self.fields["language"].set_choices(settings.LANGUAGES)
        self.fields["sort"].set_choices(
            [("title", _("Title (A–Z)")), ("downloads", _("Most downloaded"))]
        )

    @staticmethod
    def choices_for(locale_id):
        years = PublicationPage.objects.publication_years(locale_id)
        return {
            "topic": topic_choices(locale_id),
            "type": DocumentType.filter_choices(locale_id),
            "year": [(str(year), str(year)) for year in years],
        }

    def filter_topic(self, queryset, slug):
        return queryset.filter(topics__slug=slug)

    def filter_type(self, queryset, slug):
        return queryset.filter(document_type__slug=slug)

    def filter_year(self, queryset, year):
        return queryset.filter(publication_date__year=int(year))

    def filter_language(self, queryset, language_code):
        """Publications with a public edition, with its PDF, in that language."""
        return queryset.with_public_edition_in(language_code)

    def order(self, queryset):
        key = getattr(self, "cleaned_data", {}).get("sort") or "newest"
        if key == "downloads":
            return queryset.most_downloaded_first()
        return queryset.order_by(*self.SORTS.get(key, self.SORTS["newest"]))
