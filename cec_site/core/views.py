import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

from cec_site.core.metadata import site_url

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers, 503 when it does not (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        # One short line: load balancers poll this every few seconds during an outage.
        logger.warning("Health check: the database does not answer (%s)", type(error).__name__)
        response = JsonResponse({"status": "unavailable", "database": "down"}, status=503)
        response._has_been_logged = True  # not again as an error by Django's request logger
        return response
    return JsonResponse({"status": "ok", "database": "up"})


ROBOTS_MAX_AGE = 60 * 60 * 24


@require_safe
@cache_control(public=True, max_age=ROBOTS_MAX_AGE)
def robots_txt(request):
    """Crawl everything but the admin and search results (endless, thin pages); name the sitemap.

    The addresses come from the URL configuration, so a moved admin or search stays covered.
    """
    disallowed = [reverse("wagtailadmin_home")]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            disallowed.append(reverse("search"))
    # Disallow lines first: older crawlers take the first rule that matches, not the longest.
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in dict.fromkeys(disallowed))]
    # On the Site's address, as the sitemap's own entries are (Wagtail's get_full_url).
    sitemap = site_url(request, path="/sitemap.xml")
    lines += ["Allow: /", "", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
