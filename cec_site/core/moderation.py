"""Moderation is the only way in: no admin route puts content live without `publish_page`.

DESIGN.md §9. Wagtail itself already asks for publish permission on the page editor's
"Publish", bulk publish, "copy" with *publish copies* or *alias*, revert (a revert is saved as a
draft unless published) and move; `tests/security/test_moderation_matrix.py` proves each. This
module closes the routes Wagtail and wagtail-localize leave open, each with their own extension
points (hooks, form base settings, admin URLs registered ahead of localize's):

wagtail-localize
  * *Translate* (`localize/submit/page/<id>/`): new translations are drafts
    (`WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False`). A user who may not publish may
    not translate into a locale where the page, or one of the subtree's pages, is already live
    (a live alias or translation would be overwritten in place), and related snippets that
    would be public at once (they have no drafts) are left to a Moderator.
  * *Translate* a snippet without drafts (a document type…): it is public as soon as it is
    made, so it needs the model's add and change permissions (Moderators).
  * *Update translations* (`localize/update/<id>/`): "Publish immediately" needs publish
    permission on every translated page; otherwise the form says so and nothing is saved.
  * Translation editor "Publish in …": localize already asks `can_publish()` (403). Editors
    use "Submit translation for moderation" instead (in the editor's banner, `submit_for_moderation`
    below): it saves the translation as a draft revision and starts the page's workflow.
  * "Convert to alias page": an alias mirrors its source's live state, so (as Wagtail does for
    new aliases) it needs publish permission; the menu item is hidden from the others.

Documents and images
  * Replacing the file of a document or image a live page uses needs publish permission on
    each such page (`ModeratedDocumentForm`, `ModeratedImageForm`, installed through
    WAGTAILDOCS_DOCUMENT_FORM_BASE / WAGTAILIMAGES_IMAGE_FORM_BASE). A document that is a
    page's public file only ever takes a real PDF (`cec_site.core.files.is_pdf`), whoever edits it.
  * `/documents/<id>/<file>` answers 404 unless `visibility.document_visible_to` lets the user
    see it (before the redirect to a file's counted download, cec_site/core/wagtail_hooks.py).

Nothing here writes around Wagtail's history: drafts are saved with `log_action=True` and the
workflow is started through `Workflow.start`, which logs too.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template import RequestContext, Template
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin import messages as admin_messages
from wagtail.admin.widgets.button import Button
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm
from wagtail.models import DraftStateMixin, Page, ReferenceIndex
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views import convert, submit_translations, update_translations

from cec_site.core import visibility
from cec_site.core.files import PDF_MAGIC, is_pdf
from cec_site.core.image_uploads import StripImageMetadata

# Who may put something live ------------------------------------------------------------


def may_put_live(user, instance):
    """May `user` make this page or snippet public (publish it, or save what has no drafts)?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    model = type(instance)
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", model))
    # Without drafts, saving is publishing.
    return user.has_perm(get_permission_name("add", model)) and user.has_perm(
        get_permission_name("change", model)
    )


# wagtail-localize: Translate ------------------------------------------------------------


class DraftsOnlyTranslationCreator(TranslationCreator):
    """localize's creator, minus the related snippets this user could not put live."""

    def create_translations(self, instance, include_related_objects=True):
        if not isinstance(instance, (Page, DraftStateMixin)) and not may_put_live(
            self.user, instance
        ):
            return  # a Moderator translates it; the page falls back to the source's
        super().create_translations(instance, include_related_objects)


def live_pages_in(locales, pages):
    """The pages of these translation keys that are live in these locales."""
    return Page.objects.filter(
        translation_key__in=[page.translation_key for page in pages],
        locale__in=locales,
        live=True,
    )


class ModeratedSubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    def form_valid(self, form):
        locales = form.cleaned_data["locales"]
        user = self.request.user
        subtree = form.cleaned_data["include_subtree"]
        pages = [self.object, *(self.object.get_descendants() if subtree else [])]
        may_publish = all(page.permissions_for_user(user).can_publish() for page in pages)
        if not may_publish:
            live = live_pages_in(locales, pages).select_related("locale").first()
            if live is not None:
                form.add_error(
                    "locales",
                    _(
                        "“%(title)s” is already public in %(language)s: only a Moderator can "
                        "replace it with a translation."
                    )
                    % {"title": live.title, "language": live.locale.get_display_name()},
                )
                return self.render_to_response(self.get_context_data(form=form))
        with transaction.atomic():
            creator_class = TranslationCreator if may_publish else DraftsOnlyTranslationCreator
            creator = creator_class(user, locales)
            for page in pages:  # the page first, then its subtree in tree order
                creator.create_translations(page.specific)
            self.components.save(creator, sources_and_translations=creator.mappings)

        if len(locales) == 1:
            language = locales[0].get_display_name()
            translated = self.object.get_translation(locales[0])
        else:
            language = _("{} locales").format(len(locales))
            translated = None
        messages.success(self.request, self.get_success_message(language))
        return redirect(self.get_success_url() or self.get_default_success_url(translated))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if "form" in kwargs:  # keep the form with its errors
            context["form"] = kwargs["form"]
        return context


class ModeratedSubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    def dispatch(self, request, *args, **kwargs):
        instance = self.get_object()
        if not isinstance(instance, DraftStateMixin) and not may_put_live(request.user, instance):
            raise PermissionDenied(
                _("A translation of this is public as soon as it is made: a Moderator makes it.")
            )
        return super().dispatch(request, *args, **kwargs)


# wagtail-localize: Update translations --------------------------------------------------


class ModeratedUpdateTranslationsForm(update_translations.UpdateTranslationsForm):
    def __init__(self, *args, may_publish=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.may_publish = may_publish
        if not may_publish:
            self.fields["publish_translations"].help_text = gettext_lazy(
                "Only a Moderator can publish. Without it, the translations are brought up to "
                "date for translators and the public pages stay as they are."
            )

    def clean_publish_translations(self):
        publish = self.cleaned_data["publish_translations"]
        if publish and not self.may_publish:
            raise ValidationError(
                _("You may not publish these translations: a Moderator must approve them.")
            )
        return publish


class ModeratedUpdateTranslationsView(update_translations.UpdateTranslationsView):
    def may_publish(self):
        for translation in self.object.translations.filter(enabled=True):
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:
                continue  # nothing there yet: publishing would create it, as a draft first
            if not may_put_live(self.request.user, target):
                return False
        return True

    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return ModeratedUpdateTranslationsForm(data, may_publish=self.may_publish())

    def post(self, request, **kwargs):
        form = self.get_form()
        if form.is_valid() and self.components.is_valid():
            return self.form_valid(form)
        # localize's template shows no field errors: say it at the top of the page.
        for error in form.errors.get("publish_translations", []):
            messages.error(request, error)
        context = self.get_context_data(**kwargs)
        context["form"] = form
        return self.render_to_response(context)


# wagtail-localize: convert to alias -----------------------------------------------------


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id, alias_of_id__isnull=True)
    if not page.permissions_for_user(request.user).can_publish():
        messages.error(
            request,
            _(
                "Only a Moderator can turn this page into an alias: an alias is published "
                "with its source page."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.id)
    return convert.convert_to_alias(request, page_id)


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias_from_those_who_may_not_publish(menu_items, request, context):
    page = context.get("page")
    if page is None or page.permissions_for_user(request.user).can_publish():
        return
    menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


# wagtail-localize: an Editor's translation goes through the workflow --------------------


def translation_of(page):
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


CONFIRM_SUBMISSION = """{% extends "wagtailadmin/generic/base.html" %}
{% block main_content %}
<p>{{ question }}</p>
<form method="POST">{% csrf_token %}
<button class="button" type="submit">{{ submit_label }}</button>
<a href="{{ edit_url }}" class="button button-secondary">{{ back_label }}</a>
</form>
{% endblock %}"""


def submit_for_moderation(request, translation_id):
    """Save the translation as a draft of the page and submit it, as the page editor does.

    GET asks for confirmation; POST saves and submits.
    """
    translation = get_object_or_404(Translation, id=translation_id, enabled=True)
    try:
        page = translation.get_target_instance()
    except Page.DoesNotExist as error:
        raise Http404 from error
    if not isinstance(page, Page) or page.alias_of_id:
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.id])
    if request.method != "POST":
        title = _("Submit translation for moderation")
        context = {
            "question": _(
                "Submit the translation of “%(title)s” into %(language)s to the Moderators? It "
                "is saved as a draft; the public sees it once a Moderator approves it."
            )
            % {
                "title": page.get_admin_display_title(),
                "language": translation.target_locale.get_display_name(),
            },
            "submit_label": _("Submit for moderation"),
            "back_label": _("Go back"),
            "edit_url": edit_url,
            "header_title": title,
            "page_title": title,
            "header_icon": "resubmit",
        }
        return HttpResponse(Template(CONFIRM_SUBMISSION).render(RequestContext(request, context)))
    # The translated content, in memory only: the live row stays as the Moderators left it.
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    try:
        with transaction.atomic():
            draft.save_revision(user=request.user, log_action=True)
            state = draft.current_workflow_state
            if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
                state.resume(request.user)  # sent back by a Moderator, now resubmitted
            elif state is None and (workflow := draft.get_workflow()) is not None:
                workflow.start(draft, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(errors)s")
            % {"errors": "; ".join(error.messages)},
        )
    else:
        messages.success(
            request,
            _("The translation of “%(title)s” was saved as a draft and submitted for moderation.")
            % {"title": draft.get_admin_display_title()},
        )
    return redirect(edit_url)


def submit_url_for(page, user):
    """The submission address, for a translated page this user may edit but not publish."""
    if page.alias_of_id:
        return None
    permissions = page.permissions_for_user(user)
    if permissions.can_publish() or not permissions.can_edit():
        return None
    translation = translation_of(page)
    if translation is None:
        return None
    return reverse("cec_moderation:submit_translation", args=[translation.id])


@hooks.register("register_page_header_buttons")
@hooks.register("register_page_listing_more_buttons")
def submit_translation_for_moderation_button(page, user, view_name=None, next_url=None):
    url = submit_url_for(page, user)
    if url is not None:
        yield Button(_("Submit translation for moderation"), url, icon_name="resubmit", priority=5)


@hooks.register("before_edit_page", order=-100)
def tell_editors_how_a_translation_goes_live(request, page):
    """localize's translation editor offers "Publish" to Moderators only: tell the others."""
    if request.method != "GET":
        return None
    url = submit_url_for(page, request.user)
    if url is not None:
        admin_messages.info(
            request,
            _(
                "Only a Moderator can publish this translation. When it is ready, submit it "
                "for moderation."
            ),
            buttons=[admin_messages.button(url, _("Submit translation for moderation"))],
        )
    return None


@hooks.register("register_admin_urls", order=-100)
def moderated_localize_urls():
    """Registered ahead of wagtail-localize's own URLs, which they replace at the same paths."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            ModeratedSubmitPageTranslationView.as_view(),
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            ModeratedSubmitSnippetTranslationView.as_view(),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            ModeratedUpdateTranslationsView.as_view(),
        ),
        path("localize/page/<int:page_id>/convert_to_alias/", convert_to_alias),
        path(
            "moderation/",
            include(
                (
                    [
                        path(
                            "translations/<int:translation_id>/submit/",
                            submit_for_moderation,
                            name="submit_translation",
                        )
                    ],
                    "cec_moderation",
                ),
                namespace="cec_moderation",
            ),
        ),
    ]


# Documents and images -------------------------------------------------------------------


def live_pages_using(instance):
    """Live pages that show this document or image: its page fields and every reference."""
    references = ReferenceIndex.get_references_to(instance).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    page_ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    if hasattr(instance, "file_extension"):  # a document: also the pages it is the file of
        page_ids.update(page.pk for page in visibility.pages_using_document(instance))
    return Page.objects.filter(pk__in=page_ids, live=True)


class FileReplacementRule:
    """Mixin for the admin's document and image forms: who may replace a file in use."""

    def __init__(self, *args, **kwargs):
        self.user = kwargs.get("user")  # the base form takes it off for its collections
        super().__init__(*args, **kwargs)

    def replacing_file(self):
        return self.instance.pk is not None and "file" in self.changed_data

    def check_replacement_allowed(self):
        if self.user is None:
            return
        for page in live_pages_using(self.instance):
            if not page.permissions_for_user(self.user).can_publish():
                self.add_error(
                    "file",
                    _(
                        "“%(title)s” is public and uses this file: only a Moderator can "
                        "replace it. Upload a new one and choose it on the page instead, then "
                        "submit the page for moderation."
                    )
                    % {"title": page.get_admin_display_title()},
                )
                return


class ModeratedDocumentForm(FileReplacementRule, BaseDocumentForm):
    def clean(self):
        cleaned_data = super().clean()
        uploaded = cleaned_data.get("file")
        if self.replacing_file() and uploaded:
            self.check_replacement_allowed()
            self.check_publication_file_is_a_pdf(uploaded)
        return cleaned_data

    def check_publication_file_is_a_pdf(self, uploaded):
        if not any(True for _page in visibility.pages_using_document(self.instance)):
            return
        head = uploaded.read(len(PDF_MAGIC))
        uploaded.seek(0)
        # `is_pdf` reads a document's name and first bytes: give it a copy of both.
        probe = type(self.instance)(file=ContentFile(head, name=uploaded.name))
        if not is_pdf(probe):
            self.add_error(
                "file",
                _("This document is a page's PDF file: its new file must be a PDF too."),
            )


class ModeratedImageForm(StripImageMetadata, FileReplacementRule, BaseImageForm):
    """Wagtail's image form: uploads lose their metadata (image_uploads.py); files in use stay."""

    def clean(self):
        cleaned_data = super().clean()
        if self.replacing_file():
            self.check_replacement_allowed()
        return cleaned_data


# `/documents/<id>/<file>` ---------------------------------------------------------------


@hooks.register("before_serve_document", order=-100)
def hide_documents_the_public_may_not_see(document, request):
    """404 for the file of a draft, scheduled, expired or restricted page.

    Runs before the redirect to a file's counted download (cec_site/core/wagtail_hooks.py).
    A collection's own password or login restriction stays Wagtail's to ask (its hook runs
    next).
    """
    if visibility.document_visible_to(document, request.user):
        return None
    pages = list(visibility.pages_using_document(document))
    if not visibility.collection_is_public(document.collection) and all(
        visibility.is_public(page) for page in pages
    ):
        return None  # only the collection is private: Wagtail asks for the password or login
    raise Http404
