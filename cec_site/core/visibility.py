"""What the public may see: the one rule every door goes through.

A page is *public* when it is live, has not reached its expiry time (even before
`publish_scheduled` has run to unpublish it), and neither it nor any ancestor carries a view
restriction (password, login or group). A file is public when it is in a collection without
a view restriction and every page that uses it (a publication's PDF, a hero image…) is public;
a file no page uses is public if its collection is.

Pages, listings, the home page's featured items and spotlight, related items, topic labels and
filter choices, search, the sitemap, feeds, the API (nested fields too), OAI-PMH, the Top 50,
counted downloads, `/documents/`, images, citations, menus and the language switcher all ask
here. `tests/security/test_privacy_matrix.py` lists the doors and fails when one forgets.
"""

from django.apps import apps
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.utils import timezone

from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction


def restricted_ancestor_or_self():
    """A subquery: some view restriction sits on the outer page or one of its ancestors.

    Wagtail's `.public()` first loads every restriction (one more query per call); this asks
    the database in the same query, by path prefix.
    """
    return PageViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, Length("page__path"))
    ).filter(prefix=F("page__path"))


def current_q(now=None, prefix=""):
    """Live and not past its expiry time: the part of the rule a `Q` can say.

    `prefix` reaches the page through a relation (`prefix="link_page__"`).
    """
    now = now or timezone.now()
    return Q(**{f"{prefix}live": True}) & (
        Q(**{f"{prefix}expire_at__isnull": True}) | Q(**{f"{prefix}expire_at__gt": now})
    )


def public_q(now=None):
    """The rule as a `Q` on pages: live, not expired, no view restriction on it or above."""
    return current_q(now) & ~Q(Exists(restricted_ancestor_or_self()))


def public(queryset, now=None):
    """The pages of `queryset` the public may see (any page queryset, any page model)."""
    return queryset.filter(current_q(now)).exclude(Exists(restricted_ancestor_or_self()))


def public_in_order(queryset, ids):
    """The public pages of `queryset` among `ids`, in the order of `ids` (one query).

    For lists editors put in order (related items, spotlight links).
    """
    ids = [pk for pk in ids if pk is not None]
    if not ids:
        return []
    found = {page.pk: page for page in public(queryset.filter(pk__in=ids))}
    return [found[pk] for pk in dict.fromkeys(ids) if pk in found]


def public_in_link_order(queryset, links, field):
    """The public pages of `queryset` that `links` (an Orderable's saved rows) point to by
    their foreign key `field`, in the links' order: one query (`public_in_order` needs the
    links loaded first).

    For a page loaded from the database; an editor's preview, whose links are in memory,
    uses `public_in_order` with them.
    """
    # Each page at its first link, in the links' own order (sort_order, unset last, then pk).
    first_link = links.filter(**{field: OuterRef("pk")}).order_by(
        F("sort_order").asc(nulls_last=True), "pk"
    )
    pages = public(queryset.filter(pk__in=links.values(field))).annotate(
        link_position=Subquery(first_link.values("sort_order")[:1]),
        link_pk=Subquery(first_link.values("pk")[:1]),
    )
    return list(pages.order_by(F("link_position").asc(nulls_last=True), "link_pk"))


def public_linked(queryset, links, field, request=None):
    """The public pages an editor linked in order (`links`: a page's ParentalKey manager of
    Orderables, `field` their foreign key to the page): `public_in_link_order` on the saved
    links, or `public_in_order` on the ones in memory for a preview."""
    if getattr(request, "is_preview", False) or not hasattr(links, "get_live_queryset"):
        return public_in_order(queryset, [getattr(link, f"{field}_id") for link in links.all()])
    return public_in_link_order(queryset, links.get_live_queryset(), field)


def public_pages(model=Page):
    """Every public page of `model`."""
    return public(model.objects.all())


def is_current(page, now=None):
    """Live and not past its expiry time (no query): what serving a page checks first.

    Wagtail's own serve refuses pages that are not live and asks for the password or the
    sign-in of a restricted one; a page whose `expire_at` has passed stays live until
    `publish_scheduled` runs, so cec_site.core.wagtail_hooks refuses it with this.
    """
    if page is None or not page.live:
        return False
    now = now or timezone.now()
    return page.expire_at is None or page.expire_at > now


def is_public(page, now=None):
    """The same rule for one page object already loaded (one query: avoid it in loops)."""
    if not is_current(page, now):
        return False
    return not page.get_view_restrictions().exists()


def public_or_none(page):
    """`page` when the public may see it, else None: for foreign keys editors chose."""
    return page if is_public(page) else None


def user_may_edit_any(user, pages):
    """Editors and Moderators still preview and fetch what they are working on."""
    if user is None or not user.is_authenticated:
        return False
    return any(page.permissions_for_user(user).can_edit() for page in pages)


def file_fields():
    """(page model, field) of every declared page file: sections declare the foreign keys that
    make a document a page's file (a PDF) with `public_file_fields = ["document", …]` on their
    page model; core names none of them."""
    for model in apps.get_models():
        if issubclass(model, Page):
            for field_name in getattr(model, "public_file_fields", ()):
                yield model, field_name


def pages_using_document(document):
    """Every page that gives this document to the public as its file (any section)."""
    for model, field_name in file_fields():
        yield from model.objects.filter(**{field_name: document})


def collection_is_public(collection):
    return not collection.get_view_restrictions().exists()


def document_is_public(document):
    """A document the public may fetch: public collection, and no non-public page uses it."""
    if not collection_is_public(document.collection):
        return False
    return all(is_public(page) for page in pages_using_document(document))


def public_documents(documents):
    """The ids of those of `documents` (collections loaded) the public may fetch: the rule of
    document_is_public for many at once, in one query for the restricted collections and one
    per declared file field, however many documents."""
    documents = [document for document in documents if document is not None]
    if not documents:
        return set()
    restricted = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    restricted = tuple(restricted)
    ids = {
        document.pk
        for document in documents
        if not (restricted and document.collection.path.startswith(restricted))
    }
    for model, field_name in file_fields():
        if not ids:
            break
        using = model.objects.filter(**{f"{field_name}__in": ids})
        hidden = using.exclude(pk__in=public(model.objects.all()).values("pk"))
        ids -= set(hidden.values_list(field_name, flat=True))
    return ids


def document_visible_to(document, user):
    """The public's rule, except that someone who may edit a page using it may fetch it."""
    if document_is_public(document):
        return True
    return user_may_edit_any(user, list(pages_using_document(document)))
