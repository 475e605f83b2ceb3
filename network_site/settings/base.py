"""Settings shared by every deployment shape.

Every deployment knob is read from the environment here, once, with its type
and its default; the defaults give the trial shape (SQLite, database search,
local-memory cache, media in a local folder). See docs/operations.md for the shapes.
"""

import os
from pathlib import Path

import dj_database_url

from search.backends import search_backends_from_env

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- The environment, declared once -------------------------------------------
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
REDIS_URL = os.environ.get("REDIS_URL", "")
VARNISH_PURGE_URL = os.environ.get("VARNISH_PURGE_URL", "")
# The largest request body any layer accepts: a 20 MB photo or document
# (WAGTAIL*_MAX_UPLOAD_SIZE) and its form. scripts/serve-prod.sh gives Varnish
# the same number; nginx's client_max_body_size should match it.
REQUEST_BODY_MAX_BYTES = int(os.environ.get("REQUEST_BODY_MAX_BYTES", str(25 * 1024 * 1024)))
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "")
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
# Photos and their renditions: outside MEDIA_ROOT and never served as plain
# files; photos.views.serve_photo answers for them (docs/photos-and-consent.md).
PHOTOS_ROOT = os.environ.get("PHOTOS_ROOT", str(BASE_DIR / "photos-private"))
PHOTOS_MAX_AGE = int(os.environ.get("PHOTOS_MAX_AGE", str(7 * 24 * 3600)))
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "static"))
STATIC_URL = os.environ.get("STATIC_URL", "/static/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@zawszepomocni.example")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# Rendered pages and routes kept in the cache (caching/generation.py). Their keys
# carry RELEASE (e.g. the deployed commit; by default a digest of the code and
# templates), so a deploy never serves the previous release's HTML.
PAGE_CACHE = env_bool("PAGE_CACHE", True)
RELEASE = os.environ.get("RELEASE", "")
# -------------------------------------------------------------------------------

INSTALLED_APPS = [
    "home",
    "awards",
    "search",
    "photos",
    "documents",
    "seo",
    "caching",
    "overrides",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
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
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "network_site.health.HealthCheckMiddleware",
    # Before anything reads the body (CSRF reads a POST's form).
    "network_site.request_limits.RequestLimitsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "network_site.security_headers.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "caching.routes.RouteCacheMiddleware",
]

ROOT_URLCONF = "network_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "network_site.wsgi.application"

DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if REDIS_URL:
    CACHES = {
        "default": {
            # A Redis outage is a cache miss, logged, never an error page.
            "BACKEND": "network_site.cache_backends.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "zawsze",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    # Sessions are read from Redis and written to the database too, so they
    # survive a Redis restart (and logins keep working while it is down).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages: Polish first ---------------------------------------------------
LANGUAGE_CODE = "pl"
LANGUAGES = [
    ("pl", "Polski"),
    ("en", "English"),
    ("uk", "Українська"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A new translation is a draft until the regional reviewers approve it
# (wagtail-localize would otherwise publish it when its source is live).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "network_site" / "static"]
STORAGES = {
    # MEDIA_ROOT, with the uploads Wagtail holds kept private (photos/storage.py).
    "default": {"BACKEND": "home.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    "photos": {"BACKEND": "home.storage.PhotoStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail -------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Zawsze pomocni"
WAGTAILIMAGES_IMAGE_MODEL = "home.NetworkImage"
WAGTAILIMAGES_EXTENSIONS = ["avif", "heic", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "photos.uploads.PhotoForm"
WAGTAILIMAGES_RENDITION_STORAGE = "photos"
# Checked by content on upload (documents.content): no formats that carry scripts.
WAGTAILDOCS_EXTENSIONS = ["docx", "odt", "ods", "pdf", "txt", "xlsx"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "documents.forms.DocumentForm"
# Always through the view, where documents.access decides who gets the file.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# PDFs open in the browser's viewer; everything else downloads (with nosniff either way).
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Form fields (not files) are held in memory: at most this much of them. An
# uploaded file goes to a temporary file past FILE_UPLOAD_MAX_MEMORY_SIZE.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
WAGTAILSEARCH_BACKENDS = search_backends_from_env(
    elasticsearch_url=ELASTICSEARCH_URL, opensearch_url=OPENSEARCH_URL
)
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Varnish in front: published changes are purged at once (caching/purge.py).
# Only the purge module sends purges, so wagtail.contrib.frontend_cache is not
# an installed app (its own signal handlers would purge the page a second time).
WAGTAILFRONTENDCACHE = (
    {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": VARNISH_PURGE_URL,
        }
    }
    if VARNISH_PURGE_URL
    else {}
)
