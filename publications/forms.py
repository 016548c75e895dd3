from django.db.models import Exists, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce, ExtractYear
from django.utils.translation import gettext_lazy as _

from cec_site.core.cache import cached
from cec_site.core.listing import FilterChoiceField, ListingFilterForm, topic_choices
from cec_site.core.visibility import public


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
        from django.conf import settings

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
        from publications.models import DocumentType, PublicationPage

        years = (
            public(PublicationPage.objects.filter(locale_id=locale_id))
            .annotate(published_year=ExtractYear("publication_date"))
            .order_by("-published_year")
            .values_list("published_year", flat=True)
            .distinct()
        )
        return {
            "topic": topic_choices(locale_id),
            "type": list(
                DocumentType.objects.filter(locale_id=locale_id).values_list("slug", "name")
            ),
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
        from publications.models import PublicationPage

        editions = public(
            PublicationPage.objects.filter(
                translation_key=OuterRef("translation_key"),
                locale__language_code=language_code,
                document__isnull=False,
            )
        )
        return queryset.filter(Exists(editions))

    def order(self, queryset):
        key = getattr(self, "cleaned_data", {}).get("sort") or "newest"
        if key == "downloads":
            return most_downloaded_first(queryset)
        return queryset.order_by(*self.SORTS.get(key, self.SORTS["newest"]))


def most_downloaded_first(queryset):
    """All-time downloads of every language edition, summed in a subquery of the listing's."""
    from publications.models import PublicationDownloadDay

    totals = (
        PublicationDownloadDay.objects.filter(
            publication__translation_key=OuterRef("translation_key"), publication__live=True
        )
        .values("publication__translation_key")
        .annotate(total=Sum("count"))
        .values("total")
    )
    return queryset.annotate(downloads=Coalesce(Subquery(totals), 0)).order_by(
        "-downloads", "-publication_date", "title"
    )
