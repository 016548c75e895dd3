"""Per-request security: which Content-Security-Policy a response gets, and who the client is.

The policies themselves live in settings (CONTENT_SECURITY_POLICY for the public site,
ADMIN_CONTENT_SECURITY_POLICY for Wagtail's admin); this module only chooses between them.
"""

import functools
import ipaddress

from django.conf import settings

from csp.middleware import CSPMiddleware, PolicyParts


def is_admin_request(request):
    """A request to Wagtail's admin, or the preview of a page it renders for an editor.

    A preview runs through the middleware a second time, with the page's public path and
    Wagtail's `is_dummy` flag; the admin frames it, so it must get the admin's policy.
    """
    return request.path_info.startswith(
        settings.ADMIN_CONTENT_SECURITY_POLICY["PATH_PREFIX"]
    ) or getattr(request, "is_dummy", False)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the looser admin policy for the admin and its previews.

    Wagtail's admin still needs inline scripts and styles and frames its own previews;
    every other response gets the strict public policy. A view's own @csp_replace /
    @csp_update still wins, as in django-csp.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_request(request):
            admin_policy = settings.ADMIN_CONTENT_SECURITY_POLICY
            return PolicyParts(
                config=admin_policy["DIRECTIVES"],
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts


def _network(value):
    try:
        return ipaddress.ip_network(value, strict=False)
    except ValueError:
        return None


@functools.cache
def _trusted_networks(networks):
    return tuple(network for network in map(_network, networks) if network is not None)


def _address(value):
    try:
        return ipaddress.ip_address((value or "").strip())
    except ValueError:
        return None


def counted_network(address):
    """What per-visitor limits count by: an IPv4 address, or the /64 an IPv6 address is in.

    One home or phone gets a whole IPv6 /64 and can pick a new address in it for every
    request; an IPv4-mapped IPv6 address is its IPv4 address. None when `address` is not an
    IP address. Page-password attempts and the downloads' daily cap both count by it.
    """
    parsed = _address(address)
    if parsed is None:
        return None
    if parsed.version == 6:
        if parsed.ipv4_mapped:
            return ipaddress.ip_network(parsed.ipv4_mapped)
        return ipaddress.ip_network(f"{parsed}/64", strict=False)
    return ipaddress.ip_network(parsed)


def is_trusted_proxy(address):
    """Is `address` one of TRUSTED_PROXY_NETWORKS (CIDRs: "10.0.0.0/8", "::1/128"…)?"""
    parsed = _address(address)
    if parsed is None:
        return False
    if parsed.version == 6 and parsed.ipv4_mapped:
        parsed = parsed.ipv4_mapped
    networks = _trusted_networks(tuple(settings.TRUSTED_PROXY_NETWORKS))
    return any(parsed in network for network in networks)


def client_ip_address(request):
    """The visitor's address: admin sign-in attempts (django-axes), the double-click window
    and daily cap of downloads and the access log all count or name visitors by it.

    Behind TRUSTED_PROXY_COUNT proxies that each append the address they saw to
    X-Forwarded-For, the client is that many entries from the right: anything further left
    was sent by the client itself and proves nothing. The header is believed only when it
    comes through the proxies: the peer (REMOTE_ADDR), and every proxy between it and the
    client, must be in TRUSTED_PROXY_NETWORKS; otherwise (someone reaching the app port
    directly, with a header of their own) the peer is the client. The address found must be
    a well-formed IP address, else the peer too. With no proxy, REMOTE_ADDR.
    """
    peer = request.META.get("REMOTE_ADDR")
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies or not is_trusted_proxy(peer):
        return peer
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    addresses = [address.strip() for address in forwarded.split(",") if address.strip()]
    if len(addresses) < proxies:
        return peer
    # addresses[-1] … addresses[-(proxies - 1)] were appended by the inner proxies.
    if not all(is_trusted_proxy(address) for address in addresses[len(addresses) - proxies + 1 :]):
        return peer
    client = addresses[-proxies]
    return client if _address(client) is not None else peer
