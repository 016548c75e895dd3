"""References follow the language ([8/14]).

A page's references to translatable things (topics, document types, kinds of impact, related
pages, the home page's featured items and links) point to their translation in the page's own
locale whenever one exists. wagtail-localize copies a source page's many-to-many fields,
foreign keys and inline items as they are, so a French publication kept its English topics (and
was missing from `/fr/publications/?topic=…`) and its English document type.

Every page revision passes through here before it is written (`pre_save` of `Revision`):
whoever makes it — wagtail-localize's translation editor or update, the "Submit translation for
moderation" button, the page editor, a workflow — what is stored, and published from it, points
to the page's own language. What has no translation yet stays as it is, and the page editor
says so (`warn_about_other_languages`), as it does when a publication edition has no PDF of its
own (cec_site/core/edition_files.py: it never serves another edition's file).

Each reference is found from the models themselves (foreign keys and many-to-many fields to a
`TranslatableMixin` model, the same in inline items, page and snippet choosers in StreamFields):
no section is named here.
"""

import json
from functools import partial

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import pre_save
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks, hooks
from wagtail.admin import messages as admin_messages
from wagtail.admin.forms.models import register_form_field_override
from wagtail.fields import StreamField
from wagtail.models import Page, Revision, TranslatableMixin
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.models import TranslationSource

from cec_site.core import edition_files

# Fields every page has, which are not content references.
PAGE_FIELDS = {field.name for field in Page._meta.get_fields()}


def is_translatable(model):
    return model is not None and issubclass(model, TranslatableMixin)


def reference_fields(model, skip=()):
    """The foreign keys and many-to-many fields of `model` to translatable models."""
    for field in model._meta.get_fields():
        if field.name in skip or not getattr(field, "concrete", False):
            continue
        if isinstance(field, ParentalKey) or getattr(field.remote_field, "parent_link", False):
            continue
        if (field.many_to_one or field.many_to_many) and is_translatable(field.related_model):
            yield field


def child_relations(model):
    """(accessor, child model) of the inline items (ParentalKey children) of `model`."""
    for relation in model._meta.related_objects:
        if isinstance(relation.remote_field, ParentalKey):
            yield relation.get_accessor_name(), relation.related_model


def stream_fields(model):
    for field in model._meta.get_fields():
        if isinstance(field, StreamField) and field.name not in PAGE_FIELDS:
            yield field


def chooser_target(block):
    if isinstance(block, blocks.PageChooserBlock):
        return Page
    if isinstance(block, SnippetChooserBlock) and is_translatable(block.target_model):
        return block.target_model
    return None


def stream_choosers(block, value, setter, found):
    """Append (target model, pk, setter) for each chooser in raw StreamField data."""
    target = chooser_target(block)
    if target is not None:
        if value:
            found.append((target, value, setter))
        return
    if isinstance(block, blocks.StreamBlock):
        for child in value or []:
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                stream_choosers(
                    child_block, child.get("value"), partial(child.__setitem__, "value"), found
                )
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(value or []):
            if isinstance(item, dict) and {"type", "value", "id"} <= item.keys():
                stream_choosers(
                    block.child_block, item["value"], partial(item.__setitem__, "value"), found
                )
            else:
                stream_choosers(block.child_block, item, partial(value.__setitem__, index), found)
    elif isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        for name, child_block in block.child_blocks.items():
            if name in value:
                stream_choosers(child_block, value[name], partial(value.__setitem__, name), found)


class References:
    """The references of one page's content (a revision's `content`), each with its setter."""

    def __init__(self, model, content):
        self.model = model
        self.content = content
        self.found = []  # (label, target model, pk, setter)

    def collect(self):
        self._fields(self.model, self.content, "", skip=PAGE_FIELDS)
        for accessor, child_model in child_relations(self.model):
            for child in self.content.get(accessor) or []:
                if isinstance(child, dict):
                    self._fields(child_model, child, capfirst(child_model._meta.verbose_name))
        for field in stream_fields(self.model):
            self._stream(field)
        return self

    def _fields(self, model, data, prefix, skip=()):
        for field in reference_fields(model, skip=skip):
            label = capfirst(field.verbose_name)
            if prefix:
                label = f"{prefix}: {label}"
            if field.name not in data:
                continue
            value = data[field.name]
            if field.many_to_many:
                for index, pk in enumerate(value or []):
                    self.found.append(
                        (label, field.related_model, pk, self._list_setter(value, index))
                    )
            elif value is not None:
                self.found.append(
                    (label, field.related_model, value, self._key_setter(data, field.name))
                )

    def _stream(self, field):
        raw = self.content.get(field.name)
        if not raw:
            return
        data = json.loads(raw) if isinstance(raw, str) else raw
        label = capfirst(field.verbose_name)
        choosers = []
        stream_choosers(field.stream_block, data, None, choosers)

        def store(setter, new):
            setter(new)
            self.content[field.name] = json.dumps(data) if isinstance(raw, str) else data

        for target, pk, setter in choosers:
            self.found.append((label, target, pk, partial(store, setter)))

    @staticmethod
    def _list_setter(values, index):
        return lambda new: values.__setitem__(index, new)

    @staticmethod
    def _key_setter(data, key):
        return lambda new: data.__setitem__(key, new)


def base_of(model):
    return model.get_translation_model() if hasattr(model, "get_translation_model") else model


def translations_in(locale_id, references):
    """{(base model, pk): (object, its translation in the locale or None)} for these references."""
    wanted = {}
    for _label, target, pk, _setter in references:
        if str(pk).isdigit():
            wanted.setdefault(base_of(target), set()).add(int(pk))
    found = {}
    for model, pks in wanted.items():
        objects = {obj.pk: obj for obj in model._default_manager.filter(pk__in=pks)}
        keys = {obj.translation_key for obj in objects.values()}
        translated = {
            obj.translation_key: obj
            for obj in model._default_manager.filter(translation_key__in=keys, locale_id=locale_id)
        }
        for pk, obj in objects.items():
            found[(model, pk)] = (obj, translated.get(obj.translation_key))
    return found


def localize_content(model, content, locale_id):
    """Point the references of this content to the locale's translations; return the rest.

    The rest: (label, object) of what has no translation in the locale.
    """
    references = References(model, content).collect().found
    if not references:
        return []
    lookup = translations_in(locale_id, references)
    untranslated = []
    for label, target, pk, setter in references:
        if not str(pk).isdigit():
            continue
        obj, translation = lookup.get((base_of(target), int(pk)), (None, None))
        if obj is None or obj.locale_id == locale_id:
            continue
        if translation is None:
            untranslated.append((label, obj))
        else:
            setter(translation.pk)
    return untranslated


# Every page revision, before it is written --------------------------------------------


def localize_revision(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance.content, dict):
        return
    page_type = ContentType.objects.get_for_id(instance.base_content_type_id)
    if page_type.model_class() is not Page:
        return
    model = ContentType.objects.get_for_id(instance.content_type_id).model_class()
    if model is None:
        return
    locale_id = instance.content.get("locale")
    if locale_id is None:
        return
    localize_content(model, instance.content, locale_id)
    edition_files.drop_files_of_earlier_editions(model, instance.content)


def connect_signals():
    pre_save.connect(localize_revision, sender=Revision, dispatch_uid="localize_revision")
    register_form_fields()


# What the editor sees ------------------------------------------------------------------


def other_language_references(page):
    """(label, object) of this page's references that stay in another language."""
    content = page.serializable_data()
    references = References(type(page), content).collect().found
    if not references:
        return []
    lookup = translations_in(page.locale_id, references)
    result = []
    for label, target, pk, _setter in references:
        if not str(pk).isdigit():
            continue
        obj, _translation = lookup.get((base_of(target), int(pk)), (None, None))
        if obj is not None and obj.locale_id != page.locale_id:
            result.append((label, obj))
    return result


def describe(obj):
    locale = getattr(obj, "locale", None)
    language = locale.get_display_name() if locale is not None else ""
    title = obj.get_admin_display_title() if isinstance(obj, Page) else str(obj)
    return f"{title} ({language})" if language else title


@hooks.register("before_edit_page", order=-90)
def warn_about_other_languages(request, page):
    if request.method != "GET":
        return None
    page = page.get_latest_revision_as_object()  # what the editor is about to see
    references = other_language_references(page)
    if references:
        admin_messages.warning(
            request,
            _(
                "These still point to another language, for want of a translation into "
                "%(language)s: %(references)s."
            )
            % {
                "language": page.locale.get_display_name(),
                "references": "; ".join(f"{label}: {describe(obj)}" for label, obj in references),
            },
        )
    for label, others in edition_files.editions_with_files_missing_here(page):
        admin_messages.warning(
            request,
            _(
                "%(field)s: this %(language)s edition has no file of its own yet, so its "
                "public page offers no PDF (the %(others)s edition has one). Choose the "
                "%(language)s file."
            )
            % {
                "field": label,
                "language": page.locale.get_display_name(),
                "others": ", ".join(other.locale.get_display_name() for other in others),
            },
        )
    return None


@hooks.register("after_edit_page")
def remind_of_translations(request, page):
    """Changing a page does not change its translations: say which still show the earlier
    version, and where to bring them up to date (wagtail-localize's "Sync translated
    pages", then their own moderation)."""
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None:
        return None
    translations = list(
        Page.objects.filter(translation_key=page.translation_key)
        .exclude(locale_id=page.locale_id)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    if not translations:
        return None
    message = _(
        "Its translations (%(languages)s) still show the earlier version until they are "
        "updated and approved."
    ) % {"languages": ", ".join(t.locale.get_display_name() for t in translations)}
    admin_messages.warning(
        request,
        message,
        buttons=[
            admin_messages.button(
                reverse("wagtail_localize:update_translations", args=[source.pk]),
                _("Sync translated pages"),
            )
        ],
    )
    return None


# Choosers per language -----------------------------------------------------------------


class OwnLanguageChoices(forms.ModelMultipleChoiceField):
    """A many-to-many field's choices, in the page's own language when they are translatable.

    Installed for every ParentalManyToManyField of the admin's forms (topic checkboxes on
    publications, projects and stories…): the page form knows its page (or, for a new page,
    its parent), hence its locale. Validation uses the same choices, so another language's
    topic cannot be posted either.
    """

    def get_bound_field(self, form, field_name):
        locale_id = form_locale_id(form)
        if (
            locale_id is not None
            and is_translatable(self.queryset.model)
            and not getattr(self, "_own_language", False)
        ):
            self.queryset = self.queryset.filter(locale_id=locale_id)
            self._own_language = True
        return super().get_bound_field(form, field_name)


def form_locale_id(form):
    instance = getattr(form, "instance", None)
    if getattr(instance, "locale_id", None) is not None:
        return instance.locale_id
    parent = getattr(form, "parent_page", None)
    return getattr(parent, "locale_id", None)


def register_form_fields():
    register_form_field_override(
        ParentalManyToManyField, override={"form_class": OwnLanguageChoices}
    )
