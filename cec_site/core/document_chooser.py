"""The document chooser of a language edition's file field offers that language's files.

Documents have no language of their own, so "this language's files" is what the site can
know: every document except those that are already the file of another language's edition
(a French publication's chooser no longer offers the English PDF, the very file
cec_site/core/edition_files.py refuses). Wagtail's document chooser, with a `locale`
parameter kept across its search, pages and upload tab; its other behaviour (permissions,
collections, upload) is Wagtail's own.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model_string
from wagtail.documents.views.chooser import (
    DocumentChooseResultsView,
    DocumentChooserUploadView,
    DocumentChooserViewSet,
    DocumentChooseView,
)
from wagtail.models import Locale, get_page_models

from cec_site.core.edition_files import document_fields


def files_of_other_languages(language_code):
    """A queryset of the ids of documents that are a file of an edition in another language."""
    ids = None
    for model in get_page_models():
        if model._meta.abstract or model._meta.proxy:
            continue
        for field in document_fields(model):
            others = (
                model._default_manager.exclude(locale__language_code=language_code)
                .filter(**{f"{field.attname}__isnull": False})
                .values(field.attname)
            )
            ids = others if ids is None else ids.union(others)
    return ids


class InLanguage:
    preserve_url_parameters = ["multiple", "locale"]

    def get_object_list(self):
        documents = super().get_object_list()
        language_code = self.request.GET.get("locale", "")
        if not Locale.objects.filter(language_code=language_code).exists():
            return documents  # no language asked for, or an unknown one: all of them
        others = files_of_other_languages(language_code)
        return documents if others is None else documents.exclude(pk__in=others)


class ChooseInLanguageView(InLanguage, DocumentChooseView):
    pass


class ChooseInLanguageResultsView(InLanguage, DocumentChooseResultsView):
    pass


class UploadInLanguageView(DocumentChooserUploadView):
    preserve_url_parameters = ["multiple", "locale"]


class DocumentInLanguageChooserViewSet(DocumentChooserViewSet):
    choose_view_class = ChooseInLanguageView
    choose_results_view_class = ChooseInLanguageResultsView
    create_view_class = UploadInLanguageView
    choose_one_text = _("Choose this language's file")


viewset = DocumentInLanguageChooserViewSet(
    "document_in_language_chooser",
    model=get_document_model_string(),
    url_prefix="documents/chooser-in-language",
)


def chooser_widget(language_code):
    """The chooser widget for a document field of a page in this language."""
    base = viewset.widget_class

    class InLanguageWidget(base):
        def get_chooser_modal_url(self):
            return reverse(self.chooser_modal_url_name) + f"?locale={language_code}"

    return InLanguageWidget()
