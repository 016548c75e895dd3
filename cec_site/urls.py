from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control
from django.views.static import serve as static_serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap as sitemap_view
from wagtail.documents import urls as wagtaildocs_urls

from cec_site.core import page_passwords
from cec_site.core import views as core_views
from cec_site.core.sections import all_sections
from cec_site.core.sitemaps import MultilingualSitemap
from cec_site.search import views as search_views

# Outside the language prefixes: admin, documents, machine-facing endpoints.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's collection-password form, with guesses limited as for page passwords.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        page_passwords.authenticate_with_collection_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", core_views.healthz, name="healthz"),
    path("sitemap.xml", sitemap_view, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("api/v2/", include("cec_site.api.urls")),
    path("oai/", include("cec_site.oai.urls")),
]

if settings.SERVE_MEDIA:
    # Image renditions from the media folder, for a single machine without a web server in
    # front. Never the originals (original_images/: the upload as sent, full size), and never
    # documents: they go through /documents/.
    # A day in caches: a rendition's name does not change when its image's file is replaced.
    urlpatterns.append(
        re_path(
            r"^media/(?P<path>images/[^/]+)$",
            cache_control(public=True, max_age=24 * 60 * 60)(static_serve),
            {"document_root": settings.MEDIA_ROOT},
        )
    )

# English at the root (as on cec.org), French under /fr/, Spanish under /es/.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("feeds/", include("cec_site.feeds.urls")),
    # Wagtail's page-password form, with guesses limited per address and restriction.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        page_passwords.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    # Each section's own routes (a publication's counted download, found in one query before
    # Wagtail's routing), from the registry: cec_site/core/sections.py `urls`.
    *(path("", include(section.urls)) for section in all_sections() if section.urls),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# An error outside any view because the database is down (a middleware, the 404 page) ends as
# the 503 page too; any other error as the usual 500 page.
handler500 = "cec_site.core.database_unavailable.server_error"
