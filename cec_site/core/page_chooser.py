"""The page choosers of a page's form open in that page's language.

Wagtail's page chooser opens where its current value lives, and with no value at the root
of the page tree in the admin's own language: a French page's editor would browse the
English site first. The page editor (templates/wagtailadmin/pages/{create,edit}.html) names
the start of the page's own language tree — the home page in that language — and
static/js/page-chooser-in-language.js makes every page chooser of the form (model
fields, inline panels, StreamField blocks: they share Wagtail's PageChooserModal) open there
when it has no value. Wagtail's chooser keeps its locale switcher, so other languages stay
one click away.
"""

from wagtail.models import Page


def language_home(page):
    """The home page of `page`'s language on its site (or the site's own when it has no
    translation in that language), or None for pages outside any site."""
    site = page.get_site()
    if site is None or page.locale_id is None:
        return None
    root = site.root_page
    if root.locale_id == page.locale_id:
        return root
    return (
        Page.objects.filter(translation_key=root.translation_key, locale_id=page.locale_id)
        .only("pk")
        .first()
        or root
    )


def chooser_start(page=None, parent_page=None):
    """What the page editor tells its choosers: where to open with no value. The edited
    page's language; for a page being created, its parent's."""
    anchor = page if isinstance(page, Page) and page.pk else parent_page
    if not isinstance(anchor, Page):
        return {}
    home = language_home(anchor)
    return {"parentId": home.pk} if home is not None else {}
