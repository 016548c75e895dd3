"""The site's error handlers and page routes, plus views whose database is unreachable."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls

from cec_site.urls import handler500  # noqa: F401 - the project's own, under test
from tests.faults.unreachable import breaks_a_constraint, needs_the_database

urlpatterns = i18n_patterns(
    path("needs-the-database/", needs_the_database),
    path("breaks-a-constraint/", breaks_a_constraint),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
