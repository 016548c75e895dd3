"""One file, one language edition ([8/14]).

A file belongs to the language edition that had it first. A translation starts as a copy of
its source, file included (wagtail-localize copies document fields as they are), and would
serve the English PDF under its French name. So:

- what is stored for a translation never keeps an earlier edition's file: every revision is
  cleaned on its way in (`drop_files_of_earlier_editions`, called for each revision by
  cec_site/core/translation_references.py), and the public page says there is no PDF in that
  language, with nothing to serve at its download address;
- the page form refuses a file that is another edition's (`OwnFilesPageForm`);
- the page editor says when an edition has no file of its own yet
  (`editions_with_files_missing_here`).

Every public door (page, listing, download, feed, API, OAI) then needs no rule of its own:
an edition's document is its own, or there is none. No section is named here.
"""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.models import Page


def page_field_names():
    return {field.name for field in Page._meta.get_fields()}


def document_fields(model):
    """The foreign keys of `model` to documents (a publication's PDF…), page fields apart."""
    document_model = get_document_model()
    page_fields = page_field_names()
    return [
        field
        for field in model._meta.get_fields()
        if field.many_to_one
        and field.concrete
        and field.name not in page_fields
        and field.related_model is document_model
    ]


def other_editions(model, translation_key, locale_id):
    return model._default_manager.filter(translation_key=translation_key).exclude(
        locale_id=locale_id
    )


def drop_files_of_earlier_editions(model, content):
    """Empty the document fields of this revision content that hold an earlier edition's
    file (a copy wagtail-localize made); a file of its own is kept."""
    key, locale_id, pk = content.get("translation_key"), content.get("locale"), content.get("pk")
    if key is None or locale_id is None or pk is None:
        return
    for field in document_fields(model):
        document_id = content.get(field.name)
        if document_id is None:
            continue
        borrowed = (
            other_editions(model, key, locale_id)
            .filter(pk__lt=pk, **{field.attname: document_id})
            .exists()
        )
        if borrowed:
            content[field.name] = None


def editions_with_files_missing_here(page):
    """(field label, editions in other languages that have a file) for this page's empty
    document fields: the editor is told this edition has no file of its own yet."""
    missing = []
    for field in document_fields(type(page)):
        if getattr(page, field.attname) is not None:
            continue
        others = list(
            other_editions(type(page), page.translation_key, page.locale_id)
            .filter(**{f"{field.attname}__isnull": False})
            .select_related("locale")
        )
        if others:
            missing.append((capfirst(field.verbose_name), others))
    return missing


class OwnFilesPageForm(WagtailAdminPageForm):
    """The page form of a page type with files per language edition (`base_form_class`):
    its document choosers offer this language's files (cec_site/core/document_chooser.py)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # why: document_chooser imports this module (document_fields) and Wagtail's admin views
        from cec_site.core.document_chooser import chooser_widget

        locale = getattr(self.instance, "locale", None) or getattr(self.parent_page, "locale", None)
        if locale is None:
            return
        for field in document_fields(type(self.instance)):
            if field.name in self.fields:
                self.fields[field.name].widget = chooser_widget(locale.language_code)

    def clean(self):
        cleaned_data = super().clean()
        for field in document_fields(type(self.instance)):
            if field.name not in self.fields or self.has_error(field.name):
                continue
            page = self.instance
            document = cleaned_data.get(field.name)
            if document is None or page.translation_key is None:
                continue
            users = other_editions(type(page), page.translation_key, page.locale_id).filter(
                **{field.attname: document.pk}
            )
            if field.name not in self.changed_data and page.pk is not None:
                # Kept as it was: refused only when an earlier edition had it first (this
                # page's stored copy is then emptied anyway); a later one is the borrower.
                users = users.filter(pk__lt=page.pk)
            other = users.select_related("locale").order_by("pk").first()
            if other is not None:
                self.add_error(
                    field.name,
                    _(
                        "This file is the PDF of the %(language)s edition. Choose this "
                        "edition's own file, or leave it empty."
                    )
                    % {"language": other.locale.get_display_name()},
                )
        return cleaned_data
