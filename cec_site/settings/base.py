"""Settings shared by every environment.

Production-safe on its own: DEBUG is off, nothing secret has a default, and every
value that differs between machines comes from the environment (12-factor).
"""

import os
import sys
from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from cec_site.core.cache_backends import FailFastConnection

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def gunicorn_workers():
    """gunicorn's worker count as cec_site/gunicorn.conf.py reads it: WEB_CONCURRENCY, else
    WORKERS (make run's), else 2."""
    return int(os.environ.get("WEB_CONCURRENCY") or os.environ.get("WORKERS") or "2")


PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


def refuse_per_process_cache(caches, workers):
    """Production refuses a default cache kept in each process when several workers serve:
    each would keep its own content version, pages and double-click windows (DESIGN §9)."""
    from django.core.exceptions import ImproperlyConfigured

    backend = caches["default"]["BACKEND"]
    if workers > 1 and backend in PER_PROCESS_CACHES:
        raise ImproperlyConfigured(
            f"The default cache ({backend}) is kept in each process, and {workers} gunicorn "
            "workers would each see their own: a page published or unpublished in one would "
            "stay stale in the others. Set REDIS_URL, or keep the database cache (the default "
            "without REDIS_URL), or run one worker (WEB_CONCURRENCY=1)."
        )


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # This project: core first, then the sections, then the pages gathering them.
    "cec_site.core",
    "projects",
    "publications",
    "impact",
    "sem",
    "news",
    "cec_site.home",
    "cec_site.search",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "csp",
    "axes",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "cec_site.core.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above the page cache, so that pages it replays get the current policies too.
    "cec_site.core.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "cec_site.core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cec_site.core.database_unavailable.DatabaseUnavailableMiddleware",
    "cec_site.core.edit_serialization.EditSerializationMiddleware",  # one change at a time per page
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cec_site.core.serving.ServePathMiddleware",  # Wagtail's site and home from the cache
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "cec_site.urls"
WSGI_APPLICATION = "cec_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: PostgreSQL when DATABASE_URL is set, an SQLite file under var/ otherwise.
if not os.environ.get("DATABASE_URL"):
    VAR_DIR.mkdir(exist_ok=True)  # SQLite cannot create the folder of its file
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes write to the file (gunicorn's workers, the cache table, cron): readers
    # do not block the writer (WAL), and a write transaction takes the lock as it begins and
    # waits for it (IMMEDIATE), instead of failing with "database is locked" when it upgrades.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE",
        timeout=20,
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer fails a request in seconds (a 503), not minutes.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        os.environ.get("DATABASE_CONNECT_TIMEOUT", "3")
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis shared by every app server when REDIS_URL is set, a database table otherwise.
# "default" holds fragments, rankings and whole pages; "renditions" is Wagtail's image
# rendition lookups (keys hold the file's hash, so they never go stale).
REDIS_URL = os.environ.get("REDIS_URL", "")
# django-redis with IGNORE_EXCEPTIONS: Redis down or silent makes it an empty cache, not 500s.
# Its pool uses cec_site.core.cache_backends.FailFastConnection, which leaves an unreachable
# Redis alone for a few seconds and logs it once per retry; django-redis's own logging option
# (DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS) stays off because it logs every ignored call at ERROR
# with a traceback, several a page during an outage. The short timeouts bound what a Redis
# that does not answer costs a request.
REDIS_CACHE_BACKEND = "django_redis.cache.RedisCache"
REDIS_CACHE_OPTIONS = {
    "IGNORE_EXCEPTIONS": True,
    "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
    "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
    "CONNECTION_POOL_KWARGS": {
        "connection_class": FailFastConnection,
    },
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": REDIS_CACHE_BACKEND,
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "cec",
            "OPTIONS": REDIS_CACHE_OPTIONS,
        },
        "renditions": {
            "BACKEND": REDIS_CACHE_BACKEND,
            "LOCATION": REDIS_URL,
            "OPTIONS": REDIS_CACHE_OPTIONS,
            "KEY_PREFIX": "cec-renditions",
            "TIMEOUT": 24 * 60 * 60,
        },
    }
else:
    # No Redis: a table of the site's own database (`manage.py createcachetable`, which
    # `make run` runs after migrate), so that every process shares it: all gunicorn workers,
    # cron's publish_scheduled, `manage.py shell`. A publish anywhere is then seen by every
    # visitor on the next request, and one client's double clicks are one window (DESIGN §9).
    # Chosen over FileBasedCache under var/: its add() is a test then a write, so two workers
    # could both "add" the same double-click key, whereas the table's primary key lets one
    # insert win; and it works the same on SQLite and PostgreSQL, on one machine or several.
    # The cost, measured on the demo site (a page-cache hit of /, best of 3 x 500 through
    # Django's handler, this 2-core machine shared): LocMemCache (wrong with 2 workers) 0.6 ms,
    # FileBasedCache 0.5 ms, DatabaseCache on SQLite 1.0 ms and on PostgreSQL about 1.9 ms
    # (its two-key SELECT costs 1.4 ms against SQLite's 0.5 ms), Redis 1.0 ms. Half a
    # millisecond to a millisecond more a hit buys the truth; Redis remains the production
    # choice (no load on the database, shared by every machine).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cec_cache",
            "KEY_PREFIX": "cec",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
        # Rendition lookups only: keys hold the file's hash, so a copy per process never
        # shows anything stale; kept in memory, where it costs nothing.
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
    }

# Whole pages for anonymous visitors (cec_site.core.page_cache), until content changes.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
# Kept at most this long; no longer than the Top 50 ranking (publications.ranking), whose
# ranks pages show.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 5 * 60))
PAGE_CACHE_ERROR_SECONDS = int(os.environ.get("PAGE_CACHE_ERROR_SECONDS", 60))  # 400, 404, 410
# What browsers and a CDN are told (Cache-Control: public, max-age=…).
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", 60))
# Never cached: the admin, documents, the API, health checks, media files and the counted
# downloads in every language (each one must reach the counter).
PAGE_CACHE_EXCLUDED_PATHS = [
    r"^/admin/",
    r"^/documents/",
    r"^/api/",
    r"^/healthz$",
    r"^/media/",
    r"/download/$",
]

# A CDN in front, purged by wagtail.contrib.frontend_cache when a page is published or
# unpublished: Cloudflare (zone id and API token), CloudFront (distribution id; needs boto3 and
# AWS credentials in the environment) or any cache accepting HTTP PURGE (Varnish, nginx).
# None set: no purging.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN", ""),
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"],
    }
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
# Each language's page has its own address (translated slugs): purge exactly that one, not
# copies of it under every language prefix.
WAGTAILFRONTENDCACHE_LANGUAGES = []

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English at the root, French under /fr/, Spanish under /es/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["cec_site.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/Toronto"

# Static files: whitenoise serves them, compressed and hashed.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Serve image renditions from MEDIA_ROOT through Django (one machine, no web server in front).
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Security defaults that hold everywhere; production.py adds the HTTPS-only ones.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views set SAMEORIGIN for themselves
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Public pages load only the site's own files: no inline script or style, no nonce (pages are
# cached and replayed to everyone), no plugins, never framed.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin (and the page previews it frames) still needs inline scripts and styles;
# cec_site.core.security.ContentSecurityPolicyMiddleware applies this under PATH_PREFIX.
ADMIN_CONTENT_SECURITY_POLICY = {
    "PATH_PREFIX": "/admin/",
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF, "https://releases.wagtail.org"],  # the upgrade notice
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
# Devices and tracking the site never uses, for every page and whatever it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # editors' avatars never leak their e-mail to a third party

# Admin sign-in is rate limited (django-axes): 5 failed passwords for one user name from one
# address lock that pair out for 15 minutes (HTTP 429). Attempts live in the database, not the
# cache, so a cache outage neither unlocks nor breaks sign-in.
# AxesBackend (not AxesStandaloneBackend) because it can also load a signed-in user: Wagtail's
# test helpers log in with the first backend listed.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
AXES_CLIENT_IP_CALLABLE = "cec_site.core.security.client_ip_address"
# Behind proxies that append to X-Forwarded-For (a load balancer, the compose proxy): how many.
# Risk: with a count, whoever reaches the app port directly could write X-Forwarded-For and be
# any address (sign-in limits, download counts, logs); so the header is believed only from a
# peer in TRUSTED_PROXY_NETWORKS (CIDRs, comma-separated). The default, loopback and private
# networks, fits the compose file (Caddy on the Docker network); name your proxies' networks
# exactly when other machines of a private network can reach the app port.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
TRUSTED_PROXY_NETWORKS = env_list(
    "TRUSTED_PROXY_NETWORKS",
    "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7",
)
# Counted downloads of one publication from one address (IPv4, or IPv6 /64) a day, whatever its
# agents and cookies (cec_site/core/downloads.py says why 10).
DOWNLOAD_DAILY_CAP_PER_ADDRESS = int(os.environ.get("DOWNLOAD_DAILY_CAP_PER_ADDRESS", "10"))

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Commission for Environmental Cooperation"
# The page types a language's site starts from: core's standard pages and topic index go
# under them (core names no app above it; the site says which home it has).
CEC_HOME_PAGE_MODELS = ["home.HomePage"]
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database search, with each page stemmed in its own language on PostgreSQL
# (cec_site/search/backend.py); SEARCH_CONFIG serves objects that have no language.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "cec_site.search.backend",
        "SEARCH_CONFIG": "english",
        "SEARCH_CONFIGS": {"en": "english", "fr": "french", "es": "spanish"},
        # Off only for bulk loads (the bench's scaled seed): each save otherwise re-aggregates
        # the whole index; run `manage.py update_index` once afterwards.
        "AUTO_UPDATE": env_bool("SEARCH_AUTO_UPDATE", True),
    }
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "csv", "xlsx", "docx", "odt", "txt", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 100 * 1024 * 1024
# Documents are always served by Wagtail's view at /documents/ (which checks who may see them),
# never by a redirect to the storage: /media/ has no document in it (cec_site/urls.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Moderation is the only way in (cec_site/core/moderation.py): replacing the file of a document
# or image that a live page uses is a Moderator's action; a publication's file stays a PDF.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cec_site.core.moderation.ModeratedDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "cec_site.core.moderation.ModeratedImageForm"
# wagtail-localize: a new translation starts as a draft, even when its source page is live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# At most 40 megapixels per image (width × height × frames), checked on upload before the image
# is decoded. Every rendition decodes the whole original: measured with Willow on this stack, a
# 40 MP photo peaks at ~340 MB and ~2.5 s per rendition, a 121 MP one at ~960 MB and ~9 s, so
# two workers of a 2-core, 2 GB server survive the former at once and not the latter. 40 MP
# still takes any phone photo and most full-frame cameras; larger scans are to be scaled down.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# A renamed or moved page keeps its old address: Wagtail adds a permanent redirect.
WAGTAILREDIRECTS_AUTO_CREATE = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Logs go to stdout, one JSON object per line (timestamp, level, logger, message, request_id,
# and a traceback in exc_info), plus one access line per request from RequestIdMiddleware.
# LOG_FORMAT=text gives one readable line each, for a terminal, stamped in UTC with its offset
# (cec_site.core.request_id.UTCFormatter; gunicorn's own lines use it too). Management
# commands (manage.py, django-admin) speak to a person: text unless LOG_FORMAT says otherwise.
RUNNING_A_COMMAND = Path(sys.argv[0]).name in {"manage.py", "django-admin"}
LOG_FORMAT = os.environ.get("LOG_FORMAT") or ("text" if RUNNING_A_COMMAND else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "cec_site.core.request_id.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "{levelname}{name}{message}{request_id}",
            "style": "{",
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": True,
        },
        "text": {"()": "cec_site.core.request_id.UTCFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id"],
            "formatter": "text" if LOG_FORMAT == "text" else "json",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # The access log stays on when LOG_LEVEL quiets the rest.
        "cec_site.access": {"level": "INFO"},
        "django.security.DisallowedHost": {"level": "ERROR"},
        "axes.apps": {"level": "WARNING"},  # its version, at every start of every process
        # Wagtail runs its background tasks inline and logs each one: keep that quiet.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Used by templates (skip-link target, HTML language) and translations of the names.
COUNTRY_NAMES = [_("Canada"), _("Mexico"), _("United States")]
