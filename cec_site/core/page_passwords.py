"""Page passwords ("private, accessible with a password") cannot be guessed without limit.

Wagtail checks a page password at /_util/authenticate_with_password/<restriction>/<page>/ (and a
collection's, for its documents, at /documents/authenticate_with_password/<restriction>/) and,
left alone, answers every wrong guess at once. This wraps that view with the same rule as
django-axes applies to admin sign-in (AXES_FAILURE_LIMIT attempts per AXES_COOLOFF_TIME): the
attempts are counted per visitor address *and* restriction, and past the limit the visitor gets
a 429 page until the cool-off has passed since their last counted attempt, even with the right
password.

The count lives in the database, in django-axes' own AccessAttempt table (the user name column
holds "page-password:<restriction id>" or "collection-password:<restriction id>"), for the
reason sign-in keeps its attempts there: every app server sees the same count, and a cache
outage neither unlocks nor breaks the form. Admins see the rows beside the sign-in attempts,
and `manage.py axes_reset_ip <address>` unlocks.

An attempt is counted *before* Wagtail checks the password, with the row locked, so concurrent
guesses cannot slip more than the limit through; a right password then clears the count.
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template import engines
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.views.decorators.cache import never_cache

from wagtail import views as wagtail_views
from wagtail.documents.views import serve as document_views
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt

from cec_site.core.security import client_ip_address, counted_network

logger = logging.getLogger(__name__)

DEFAULT_COOLOFF = timedelta(minutes=15)

LOCKOUT_PAGE = engines["django"].from_string(
    """{% extends "base.html" %}
{% block title %}{{ heading }}{% endblock %}
{% block robots %}<meta name="robots" content="noindex">{% endblock %}
{% block content %}
<div class="container section prose">
    <h1>{{ heading }}</h1>
    <div class="messages" role="alert"><p>{{ message }}</p></div>
</div>
{% endblock %}"""
)


# Visitors whose address is not one (a proxy's odd header) share one count. Not NULL: the table's
# unique constraint would then let each attempt make a row of its own.
UNKNOWN_ADDRESS = "0.0.0.0"  # noqa: S104 (a label, not a bind address)


def _address(request):
    """The network the visitor is counted by (cec_site.core.security.counted_network), as the
    IP address column takes it: an IPv4 address, or the first address of an IPv6 /64."""
    network = counted_network(client_ip_address(request))
    return UNKNOWN_ADDRESS if network is None else str(network.network_address)


def _count_attempt(request, counter, limit, cooloff):
    """Count one attempt; return the AccessAttempt row, or None when the visitor is locked out.

    Failures older than the cool-off are forgotten. A refused attempt is not counted, so the
    lock ends `cooloff` after the last attempt that reached the password check.
    """
    now = timezone.now()
    with transaction.atomic():
        attempt, _created = AccessAttempt.objects.select_for_update().get_or_create(
            username=counter,
            ip_address=_address(request),
            user_agent="",  # one count whatever the browser claims to be
            defaults={
                "http_accept": request.headers.get("Accept", "")[:1025],
                "path_info": request.path_info[:255],
                "get_data": "",
                "post_data": "",
                "failures_since_start": 0,
            },
        )
        if attempt.attempt_time <= now - cooloff:
            attempt.failures_since_start = 0
        if attempt.failures_since_start >= limit:
            return None
        attempt.failures_since_start += 1
        attempt.attempt_time = now
        attempt.save(update_fields=["failures_since_start", "attempt_time"])
    return attempt


def lockout_response(request, cooloff):
    minutes = max(1, round(cooloff.total_seconds() / 60))
    context = {
        "heading": gettext("Too many attempts"),
        "message": ngettext(
            "Too many wrong passwords were entered here from your network. For your security, "
            "the password form is paused for %(minutes)d minute. Please try again later.",
            "Too many wrong passwords were entered here from your network. For your security, "
            "the password form is paused for %(minutes)d minutes. Please try again later.",
            minutes,
        )
        % {"minutes": minutes},
    }
    response = HttpResponse(LOCKOUT_PAGE.render(context, request), status=429)
    response["Retry-After"] = str(int(cooloff.total_seconds()))
    return response


def _throttled(request, counter, view, *args):
    """Run Wagtail's password `view` for a POST that the `counter` (one per restriction) allows."""
    limit = get_failure_limit(request, None)
    cooloff = get_cool_off(request) or DEFAULT_COOLOFF
    attempt = _count_attempt(request, counter, limit, cooloff)
    if attempt is None:
        logger.warning("Password form %s locked for %s", counter, _address(request))
        return lockout_response(request, cooloff)
    response = view(request, *args)
    if response.status_code in (301, 302, 303):  # Wagtail redirects once the password is right
        AccessAttempt.objects.filter(pk=attempt.pk).delete()
    return response


@never_cache
def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's page-password view, with attempts limited per address and restriction."""
    view = wagtail_views.authenticate_with_password
    if request.method != "POST":
        return view(request, page_view_restriction_id, page_id)
    # Only restrictions that exist are counted: made-up ids add no rows.
    get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    counter = f"page-password:{page_view_restriction_id}"
    return _throttled(request, counter, view, page_view_restriction_id, page_id)


@never_cache
def authenticate_with_collection_password(request, restriction_id):
    """The same for the password of a collection's documents (/documents/authenticate_…/)."""
    view = document_views.authenticate_with_password
    if request.method != "POST":
        return view(request, restriction_id)
    get_object_or_404(CollectionViewRestriction, id=restriction_id)
    return _throttled(request, f"collection-password:{restriction_id}", view, restriction_id)
