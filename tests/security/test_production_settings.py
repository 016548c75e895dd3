"""What production settings turn on (check --deploy itself runs in tests/core/test_settings.py)."""

import json

from tests.core.test_settings import run_manage

SECRET = "vL7#qP2@xN9$wR4%tY6^uI8&oA1*sD3(fG5)hJ0-kZ_cB" * 2

PRINT_SETTINGS = """
import json
from django.conf import settings as s
print(json.dumps({
    name: getattr(s, name)
    for name in (
        "DEBUG", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "LANGUAGE_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY", "LANGUAGE_COOKIE_HTTPONLY", "SECURE_PROXY_SSL_HEADER",
        "X_FRAME_OPTIONS", "AXES_ENABLED", "AXES_HANDLER", "AXES_FAILURE_LIMIT",
        "AUTHENTICATION_BACKENDS", "MIDDLEWARE",
    )
}))
"""


def production_settings(**env):
    result = run_manage(
        "shell", "-c", PRINT_SETTINGS, SECRET_KEY=SECRET, ALLOWED_HOSTS="www.cec.org", **env
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_is_https_only_with_secure_cookies():
    values = production_settings()
    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    for cookie in ("SESSION", "CSRF", "LANGUAGE"):
        assert values[f"{cookie}_COOKIE_SECURE"] is True, cookie
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["LANGUAGE_COOKIE_HTTPONLY"] is True
    assert values["X_FRAME_OPTIONS"] == "DENY"


def test_production_rate_limits_admin_sign_in_in_the_database():
    values = production_settings()
    assert values["AXES_ENABLED"] is True
    assert values["AXES_HANDLER"] == "axes.handlers.database.AxesDatabaseHandler"
    assert values["AXES_FAILURE_LIMIT"] == 5
    assert values["AUTHENTICATION_BACKENDS"][0] == "axes.backends.AxesBackend"
    assert values["MIDDLEWARE"][-1] == "axes.middleware.AxesMiddleware"


def test_the_proxy_header_comes_from_the_environment():
    assert production_settings()["SECURE_PROXY_SSL_HEADER"] is None
    behind_proxy = production_settings(SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto")
    assert behind_proxy["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
