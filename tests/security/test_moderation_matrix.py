"""Moderation matrix: no admin route lets an Editor put anything in front of the public.

One row per admin route an Editor (member of *Editors* only) can reach, each with the same three
checks, through the real admin views and the public site seen by an anonymous visitor:

1. before: the public does not see the marker;
2. the Editor takes the route: the public still does not see it;
3. a Moderator publishes (the same route, or approving what the Editor submitted): it shows.

The third check proves each row could fail: the marker does reach the public through that
route once someone with publish permission takes it. See cec_site/core/moderation.py.
"""

from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageLogEntry, PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from cec_site.core.factories import ImageFactory, StandardPageFactory
from cec_site.home.factories import PdfDocumentFactory, pdf_bytes
from publications.factories import PublicationPageFactory
from publications.models import DocumentType

pytestmark = pytest.mark.django_db

MARKER = "Zanzibarquux"  # appears nowhere unless an action below puts it there


# People and pages ------------------------------------------------------------------------


def member_of(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, f"{username}@cec.org", "s3cret-pass")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def people(django_user_model):
    return SimpleNamespace(
        editor=member_of(django_user_model, "Editors", "eddie"),
        moderator=member_of(django_user_model, "Moderators", "mona"),
    )


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def public_html(url):
    """What an anonymous visitor gets at `url`: the page's text, or '' when it is not there."""
    response = Client().get(url)
    if response.status_code != 200:
        return ""
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("latin-1")
    return response.content.decode()


@pytest.fixture
def world(site_tree, locales, people):
    """The English site, its French home and publications index (live), a live publication."""
    french = {}
    for name in ("home", "publications"):
        page = getattr(site_tree, name).specific.copy_for_translation(locales["fr"])
        page.save_revision().publish()
        french[name] = page
    publication = PublicationPageFactory(
        parent=site_tree.publications,
        title="Report on North American freight",
        slug="freight",
        document=PdfDocumentFactory(uploaded_by_user=people.editor),
        image=ImageFactory(
            uploaded_by_user=people.editor, collection=Collection.get_first_root_node()
        ),
        image_alt="Freight trains at a border crossing",
    )
    publication.save_revision().publish()
    return SimpleNamespace(
        **vars(site_tree), **vars(people), locales=locales, french=french, publication=publication
    )


def standard_page(world, title="About us", slug="about-us"):
    page = StandardPageFactory(parent=world.home, title=title, slug=slug)
    page.save_revision().publish()
    return page


def standard_page_form(page, **overrides):
    data = {
        "title": page.title,
        "slug": page.slug,
        "introduction": page.introduction,
        "image": "",
        "image_alt": "",
        "image_caption": "",
        "body": streamfield([]),
        "seo_title": "",
        "search_description": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def refreshed(page):
    return Page.objects.get(pk=page.pk).specific


# wagtail-localize helpers ----------------------------------------------------------------


def translate_and_publish(world, page):
    """A French translation made and published earlier by a Moderator (localize's own API)."""
    from wagtail_localize.operations import translate_object

    translate_object(page, [world.locales["fr"]], user=world.moderator)
    french = refreshed(page.get_translation(world.locales["fr"]))
    french.save_revision(user=world.moderator).publish()
    return refreshed(french)


def typed_french_title(world, page, text):
    """What an Editor types as the French title in localize's translation editor (its API)."""
    from wagtail_localize.models import TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(page)
    source.update_from_db()
    segment = source.stringsegment_set.get(context__path="title")
    translation = source.translations.filter(target_locale=world.locales["fr"]).first()
    if translation is None:  # no translation record yet: straight into translation memory
        from wagtail_localize.models import StringTranslation

        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=world.locales["fr"],
            context=segment.context,
            defaults={"data": text},
        )
        return
    response = signed_in(world.editor).put(
        reverse(
            "wagtail_localize:edit_string_translation", args=(translation.pk, segment.string_id)
        ),
        data=f"value={text}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content


def translation_of(world, page):
    from wagtail_localize.models import Translation

    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=world.locales["fr"]
    )


def french_url(world, page):
    return refreshed(page.get_translation(world.locales["fr"])).url


def approve(client, page):
    page = refreshed(page)
    task_state = page.current_workflow_task_state
    assert task_state is not None, "nothing was submitted for moderation"
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)),
        {"comment": "Approved."},
    )
    assert response.status_code in (200, 302)


# The routes ------------------------------------------------------------------------------


class Route:
    """One admin route: `prepare` the site, `act` as someone, `shows` on the public site."""

    def prepare(self, world):
        return SimpleNamespace()

    def act(self, client, world, state):
        raise NotImplementedError

    def moderate(self, client, world, state):
        """The Moderator's step; by default the same action, taken with publish permission."""
        self.act(client, world, state)

    def shows(self, world, state):
        raise NotImplementedError


class PageEditPublish(Route):
    def prepare(self, world):
        return SimpleNamespace(page=standard_page(world))

    def act(self, client, world, state):
        client.post(
            edit_url(state.page),
            {**standard_page_form(state.page, title=MARKER), "action-publish": "publish"},
        )

    def shows(self, world, state):
        return MARKER in public_html(state.page.url)


class PageEditSubmitThenApprove(PageEditPublish):
    def act(self, client, world, state):
        response = client.post(
            edit_url(state.page),
            {**standard_page_form(state.page, title=MARKER), "action-submit": "submit"},
        )
        assert response.status_code == 302
        assert refreshed(state.page).workflow_in_progress

    def moderate(self, client, world, state):
        approve(client, state.page)


class RevertAndPublish(PageEditPublish):
    def prepare(self, world):
        page = standard_page(world, title=MARKER)  # an old, superseded version
        old = page.latest_revision
        page.title = "About us"
        page.save_revision().publish()
        return SimpleNamespace(page=refreshed(page), old=old)

    def act(self, client, world, state):
        url = reverse("wagtailadmin_pages:revisions_revert", args=(state.page.pk, state.old.pk))
        assert client.get(url).status_code == 200
        client.post(
            edit_url(state.page) + f"?revision={state.old.pk}",
            {
                **standard_page_form(state.page, title=MARKER),
                "revision": state.old.pk,
                "action-publish": "publish",
            },
        )


class BulkPublish(PageEditPublish):
    def prepare(self, world):
        page = standard_page(world)
        page.title = MARKER
        page.save_revision(user=world.editor)  # a draft waiting for moderation
        return SimpleNamespace(page=refreshed(page))

    def act(self, client, world, state):
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        client.post(f"{url}?id={state.page.pk}", {"include_descendants": ""})


class CopyAndPublishCopies(Route):
    def prepare(self, world):
        return SimpleNamespace(page=standard_page(world))

    def act(self, client, world, state):
        client.post(
            reverse("wagtailadmin_pages:copy", args=(state.page.pk,)),
            {
                "new_title": MARKER,
                "new_slug": "copied",
                "new_parent_page": world.home.pk,
                "copy_subpages": "",
                "publish_copies": "on",
            },
        )

    def moderate(self, client, world, state):
        Page.objects.filter(slug="copied").delete()  # the Editor's draft copy took the slug
        self.act(client, world, state)

    def shows(self, world, state):
        return MARKER in public_html("/copied/")


class CopyAsAlias(CopyAndPublishCopies):
    def act(self, client, world, state):
        client.post(
            reverse("wagtailadmin_pages:copy", args=(state.page.pk,)),
            {
                "new_title": MARKER,
                "new_slug": "copied",
                "new_parent_page": world.home.pk,
                "copy_subpages": "",
                "alias": "on",
            },
        )

    def shows(self, world, state):
        return public_html("/copied/") != ""


class Move(Route):
    def prepare(self, world):
        return SimpleNamespace(
            about=standard_page(world), contact=standard_page(world, MARKER, "contact")
        )

    def act(self, client, world, state):
        client.post(
            reverse("wagtailadmin_pages:move_confirm", args=(state.contact.pk, state.about.pk))
        )

    def shows(self, world, state):
        return MARKER in public_html("/about-us/contact/")


class LiftAViewRestriction(Route):
    """Taking a page's password off publishes it to everyone."""

    def prepare(self, world):
        page = standard_page(world)
        page.introduction = MARKER
        page.save_revision().publish()
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="embargo"
        )
        return SimpleNamespace(page=refreshed(page))

    def act(self, client, world, state):
        client.post(
            reverse("wagtailadmin_pages:set_privacy", args=(state.page.pk,)),
            {"restriction_type": "none", "password": "", "groups": []},
        )

    def shows(self, world, state):
        return MARKER in public_html(state.page.url)


class LocalizeTranslate(Route):
    """Translate a live page: the translation must start as a draft."""

    def prepare(self, world):
        return SimpleNamespace(page=world.publication)

    def act(self, client, world, state):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=(state.page.pk,)),
            {"locales": [world.locales["fr"].pk]},
        )
        assert response.status_code == 302

    def moderate(self, client, world, state):
        french = state.page.get_translation(world.locales["fr"])
        client.post(edit_url(french), {"action": "publish"})

    def shows(self, world, state):
        french = state.page.get_translation_or_none(world.locales["fr"])
        return french is not None and "North American freight" in public_html(refreshed(french).url)


class LocalizeTranslateOverLiveAlias(Route):
    """Translate into a locale where the page is live as an alias: it would change in place."""

    def prepare(self, world):
        world.publication.copy_for_translation(world.locales["fr"], alias=True)
        typed_french_title(world, world.publication, MARKER)
        return SimpleNamespace(page=world.publication)

    def act(self, client, world, state):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=(state.page.pk,)),
            {"locales": [world.locales["fr"].pk]},
        )

    def shows(self, world, state):
        return MARKER in public_html(french_url(world, state.page))


class LocalizeUpdateAndPublish(Route):
    """Update translations with "Publish immediately": text typed for French goes live."""

    def prepare(self, world):
        translate_and_publish(world, world.publication)
        typed_french_title(world, world.publication, MARKER)
        return SimpleNamespace(page=world.publication)

    def act(self, client, world, state):
        from wagtail_localize.models import TranslationSource

        source = TranslationSource.objects.get_for_instance(state.page)
        client.post(
            reverse("wagtail_localize:update_translations", args=(source.pk,)),
            {"publish_translations": "on"},
        )

    def shows(self, world, state):
        return MARKER in public_html(french_url(world, state.page))


class LocalizeEditorPublish(LocalizeUpdateAndPublish):
    """The translation editor's "Publish in French"."""

    def act(self, client, world, state):
        french = state.page.get_translation(world.locales["fr"])
        client.post(edit_url(french), {"action": "publish"})


class LocalizeEditorSubmitForModeration(LocalizeUpdateAndPublish):
    """An Editor's translation goes through the Moderators approval workflow."""

    def act(self, client, world, state):
        response = client.post(
            reverse(
                "cec_moderation:submit_translation",
                args=(translation_of(world, state.page).pk,),
            )
        )
        assert response.status_code == 302

    def moderate(self, client, world, state):
        approve(client, state.page.get_translation(world.locales["fr"]))


class LocalizeRestartThenPublish(LocalizeUpdateAndPublish):
    def prepare(self, world):
        state = super().prepare(world)
        translation = translation_of(world, state.page)
        translation.enabled = False  # "Stop Synced translation" earlier
        translation.save()
        return state

    def act(self, client, world, state):
        french = state.page.get_translation(world.locales["fr"])
        client.post(edit_url(french), {"localize-restart-translation": "restart"})
        client.post(edit_url(french), {"action": "publish"})


class LocalizeConvertToAlias(Route):
    """An alias mirrors its source: converting a French page to one publishes English text."""

    def prepare(self, world):
        page = world.publication
        page.title = f"Report {MARKER}"  # English, not yet approved for the French page
        page.save_revision().publish()
        french = translate_and_publish(world, page)
        french.title = "Rapport sur le fret"
        french.save_revision().publish()
        return SimpleNamespace(page=refreshed(page), french=refreshed(french))

    def act(self, client, world, state):
        client.post(reverse("wagtail_localize:convert_to_alias", args=(state.french.pk,)))

    def shows(self, world, state):
        return MARKER in public_html(refreshed(state.french).url)


class DocumentFileReplacement(Route):
    """The Editor uploaded the publication's PDF; once live, only a Moderator replaces it."""

    def prepare(self, world):
        return SimpleNamespace(document=world.publication.document)

    def act(self, client, world, state):
        new_pdf = pdf_bytes() + f"%{MARKER}\n".encode()
        client.post(
            reverse("wagtaildocs:edit", args=(state.document.pk,)),
            {
                "title": state.document.title,
                "file": SimpleUploadedFile("report.pdf", new_pdf, "application/pdf"),
                "tags": "",
                "collection": state.document.collection_id,
            },
        )

    def shows(self, world, state):
        return MARKER in public_html(world.publication.url + "download/")


class ImageFileReplacement(Route):
    """The Editor uploaded the publication's cover; once live, only a Moderator replaces it."""

    def prepare(self, world):
        return SimpleNamespace(image=world.publication.image)

    def act(self, client, world, state):
        upload = ImageFactory.build().file  # a real image file
        upload.open("rb")
        client.post(
            reverse("wagtailimages:edit", args=(state.image.pk,)),
            {
                "title": state.image.title,
                "file": SimpleUploadedFile(f"{MARKER.lower()}.jpg", upload.read(), "image/jpeg"),
                "tags": "",
                "collection": state.image.collection_id,
                "focal_point_x": "",
                "focal_point_y": "",
                "focal_point_width": "",
                "focal_point_height": "",
            },
        )

    def shows(self, world, state):
        image = get_image_model().objects.get(pk=state.image.pk)
        return MARKER.lower() in image.file.name and MARKER.lower() in public_html(
            world.publication.url
        )


class SnippetEdit(Route):
    """A document type's name shows on every publication of that type."""

    def prepare(self, world):
        return SimpleNamespace(document_type=world.publication.document_type)

    def act(self, client, world, state):
        client.post(
            reverse(
                "wagtailsnippets_publications_documenttype:edit", args=(state.document_type.pk,)
            ),
            {"name": MARKER, "slug": state.document_type.slug},
        )

    def shows(self, world, state):
        return MARKER in public_html(world.publication.url)


class SnippetAdd(Route):
    """A new document type shows at once among the listing's filter choices."""

    def act(self, client, world, state):
        client.post(
            reverse("wagtailsnippets_publications_documenttype:add"),
            {"name": MARKER, "slug": "brief", "locale": world.locales["en"].pk},
        )

    def shows(self, world, state):
        return MARKER in public_html(world.publications.url)


class SnippetTranslate(Route):
    """Translating a snippet without drafts makes it public at once (French filter choices)."""

    def prepare(self, world):
        document_type = world.publication.document_type
        DocumentType.objects.filter(pk=document_type.pk).update(name=MARKER)
        return SimpleNamespace(document_type=document_type)

    def act(self, client, world, state):
        client.post(
            reverse(
                "wagtail_localize:submit_snippet_translation",
                args=("publications", "documenttype", state.document_type.pk),
            ),
            {"locales": [world.locales["fr"].pk]},
        )

    def shows(self, world, state):
        return MARKER in public_html(world.french["publications"].url)


ROUTES = {
    "page edit: publish": PageEditPublish(),
    "page edit: submit, then approve": PageEditSubmitThenApprove(),
    "revisions: revert and publish": RevertAndPublish(),
    "bulk action: publish": BulkPublish(),
    "copy: publish copies": CopyAndPublishCopies(),
    "copy: as an alias": CopyAsAlias(),
    "move a live page": Move(),
    "privacy: lift a password": LiftAViewRestriction(),
    "localize: Translate": LocalizeTranslate(),
    "localize: Translate over a live alias": LocalizeTranslateOverLiveAlias(),
    "localize: Update translations, publish": LocalizeUpdateAndPublish(),
    "localize: translation editor, publish": LocalizeEditorPublish(),
    "localize: submit translation for moderation": LocalizeEditorSubmitForModeration(),
    "localize: restart translation, publish": LocalizeRestartThenPublish(),
    "localize: convert to alias": LocalizeConvertToAlias(),
    "documents: replace a live file": DocumentFileReplacement(),
    "images: replace a live file": ImageFileReplacement(),
    "snippets: edit a document type": SnippetEdit(),
    "snippets: add a document type": SnippetAdd(),
    "localize: Translate a snippet": SnippetTranslate(),
}


@pytest.mark.parametrize("route", ROUTES.values(), ids=ROUTES.keys())
def test_only_a_moderator_puts_it_live(route, world, django_capture_on_commit_callbacks):
    state = route.prepare(world)
    assert not route.shows(world, state), "the marker is public before anyone acts"

    # wagtail-localize publishes when the transaction commits: run that as in production.
    with django_capture_on_commit_callbacks(execute=True):
        route.act(signed_in(world.editor), world, state)
    assert not route.shows(world, state), "an Editor put it in front of the public"

    with django_capture_on_commit_callbacks(execute=True):
        route.moderate(signed_in(world.moderator), world, state)
    assert route.shows(world, state), "a Moderator could not publish it (the check is blind)"


# What an Editor is told ------------------------------------------------------------------


def test_update_translations_tells_an_editor_to_ask_a_moderator(world):
    from wagtail_localize.models import TranslationSource

    translate_and_publish(world, world.publication)
    source = TranslationSource.objects.get_for_instance(world.publication)
    url = reverse("wagtail_localize:update_translations", args=(source.pk,))
    response = signed_in(world.editor).post(url, {"publish_translations": "on"})
    assert response.status_code == 200
    assert "a Moderator must approve them" in response.content.decode()
    # Without publishing, the Editor still brings the translations up to date.
    response = signed_in(world.editor).post(url, {})
    assert response.status_code == 302


def test_translate_over_a_live_alias_says_why(world):
    world.publication.copy_for_translation(world.locales["fr"], alias=True)
    response = signed_in(world.editor).post(
        reverse("wagtail_localize:submit_page_translation", args=(world.publication.pk,)),
        {"locales": [world.locales["fr"].pk]},
    )
    assert response.status_code == 200
    assert "only a Moderator can replace it" in response.content.decode()
    assert refreshed(world.publication.get_translation(world.locales["fr"])).alias_of_id


def test_an_editors_translation_is_a_draft_in_the_moderators_workflow(world):
    client = signed_in(world.editor)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=(world.publication.pk,)),
        {"locales": [world.locales["fr"].pk]},
    )
    french = refreshed(world.publication.get_translation(world.locales["fr"]))
    assert not french.live
    edit_page = client.get(edit_url(french)).content.decode()
    submit_url = reverse(
        "cec_moderation:submit_translation", args=(translation_of(world, world.publication).pk,)
    )
    assert "Only a Moderator can publish this translation" in edit_page
    assert submit_url in edit_page  # the message's button
    assert '"canPublish": false' in edit_page.replace("&quot;", '"')  # localize hides Publish
    assert "Submit the translation" in client.get(submit_url).content.decode()

    # The document type is a snippet without drafts: its French version is a Moderator's.
    assert not DocumentType.objects.filter(locale=world.locales["fr"]).exists()

    client.post(submit_url)
    french = refreshed(french)
    assert not french.live
    assert french.workflow_in_progress
    assert french.current_workflow_task.name == "Moderators approval"
    # The Moderators' audit trail: who saved the draft and who submitted it.
    log = PageLogEntry.objects.filter(page=french, user=world.editor)
    assert {"wagtail.edit", "wagtail.workflow.start"} <= set(log.values_list("action", flat=True))


def test_the_convert_to_alias_menu_item_is_hidden_from_editors(world):
    page = world.publication
    french = translate_and_publish(world, page)
    translation = translation_of(world, page)
    translation.enabled = False  # the ordinary page editor, with localize's menu items
    translation.save()
    html = signed_in(world.editor).get(edit_url(french)).content.decode()
    assert "localize-convert-to-alias" not in html
    html = signed_in(world.moderator).get(edit_url(french)).content.decode()
    assert "localize-convert-to-alias" in html


def test_editors_may_no_longer_change_others_files_or_snippets(world):
    client = signed_in(world.editor)
    someone_elses = PdfDocumentFactory()
    response = client.get(reverse("wagtaildocs:edit", args=(someone_elses.pk,)))
    assert response.status_code in (302, 403)
    assert not world.editor.has_perm("publications.change_documenttype")
    assert not world.editor.has_perm("publications.add_documenttype")
    assert world.moderator.has_perm("publications.change_documenttype")
    # Editors still upload files and choose them for the pages they submit.
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "New report",
            "file": SimpleUploadedFile("new.pdf", pdf_bytes(), "application/pdf"),
            "tags": "",
            # Shown once the site has more than one collection (the publication covers').
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    own = get_document_model().objects.get(title="New report")
    assert client.get(reverse("wagtaildocs:edit", args=(own.pk,))).status_code == 200
