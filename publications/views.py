"""The counted download and the Top 50 page (routes of the publication page types)."""

from functools import partial

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.http import require_safe

from wagtail import views as wagtail_views
from wagtail.models import Site

from cec_site.core.downloads import daily_cap
from cec_site.core.file_responses import file_response
from cec_site.core.visibility import is_public
from publications import ranking
from publications.downloads import count_download
from publications.models import PublicationPage


def public_edition(index_page, slug):
    """The edition `slug` under `index_page` when the public may see it and its PDF is not in
    a private collection: one query (publications/queries.py)."""
    return PublicationPage.objects.public_edition(index_page, slug)


def download_route(request, index_slug, slug):
    """`<index>/<slug>/download/` before Wagtail's own routing (publications/urls.py, in the
    language patterns before Wagtail's). The page is found by its URL path under the home
    page of the active language (Wagtail's cached site root paths): one query, instead of
    Wagtail's five (site, locale, home page, index page and its specific row) plus ours.
    Wagtail's own `serve` then runs as ever (its hooks, the view-restriction check, the
    routable page's `download/` view), with that route already found. Anything else (not
    a publication, several sites) goes through Wagtail's routing unchanged.
    """
    path = f"{index_slug}/{slug}/download/"
    language = translation.get_language()
    roots = Site.get_site_root_paths()
    if len({root.site_id for root in roots}) == 1:
        root_path = next((root.root_path for root in roots if root.language_code == language), None)
        if root_path is not None:
            publication = PublicationPage.objects.filter(
                slug=slug, url_path=f"{root_path}{index_slug}/{slug}/"
            ).first_public_edition()
            if publication is not None:
                request._wagtail_route_for_request = publication.route(request, ["download"])
    return wagtail_views.serve(request, path)


@require_safe
def download(request, publication):
    """The PDF, whole or one byte range (cec_site/core/file_responses.py); counted
    (publications/downloads.py) only when the answer starts at the file's first byte: a
    resumed or ranged download counts once."""
    if not getattr(publication, "_known_public", False) and not is_public(publication):
        raise Http404
    document = publication.document
    if document is None:  # an edition without a PDF of its own: never another one's
        raise Http404
    return file_response(
        request,
        document,
        filename=publication.download_filename,
        content_type="application/pdf",
        count=partial(count_download, request, publication),
    )


def top_50(request, index_page):
    window = request.GET.get("window", ranking.DEFAULT_WINDOW)
    if window not in ranking.WINDOWS:
        raise Http404
    current = ranking.get(window)
    return TemplateResponse(
        request,
        "publications/top_50.html",
        {
            "page": index_page,
            "self": index_page,
            "window": window,
            "windows": [(key, label) for key, (label, _days) in ranking.WINDOWS.items()],
            "ranking": current,
            "daily_cap": daily_cap(),
            "entries": lambda: ranked_publications(current, index_page.locale_id),
        },
    )


def ranked_publications(current, locale_id):
    """The ranked publications, each in the visitor's language, else the default language,
    else any public edition; numbered in order, with no gap."""
    keys = [key for key, _count in current.entries]
    editions = {}
    queryset = PublicationPage.objects.ranked(keys)

    def preference(edition):
        if edition.locale_id == locale_id:
            return 0
        return 1 if edition.locale.language_code == settings.LANGUAGE_CODE else 2

    for edition in queryset:
        key = str(edition.translation_key)
        if key not in editions or preference(edition) < preference(editions[key]):
            editions[key] = edition
    shown = [(key, count) for key, count in current.entries if key in editions]
    return [
        {"rank": rank, "downloads": count, "publication": editions[key]}
        for rank, (key, count) in enumerate(shown, start=1)
    ]
