"""Production-safe settings shared by every environment.

Every value that differs between deployments is read from the environment here, in one
place (see `.env.example` and the README). `dev.py` and `test.py` only relax these.
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from wagtail.embeds import oembed_providers  # plain data: safe to import in settings

from .env import env_bool, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Application definition

INSTALLED_APPS = [
    "home",
    "deliberations",
    "consultations",
    "transparency",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "home.apps.HubUsersAppConfig",  # wagtail.users, see home/users.py
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    # Translation of pages and snippets; its locales admin replaces wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",  # Wagtail's read-only pages API (home/api.py)
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # HTML compressed on the way out (static files are precompressed by WhiteNoise).
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.site_cache.SiteCacheMiddleware",  # before anything asks which site this is
    # Above sessions and CSRF: it sees their cookies when it decides what may be shared.
    "home.frontend_cache.SharedCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the URL prefix (/cy/...): after sessions, before CommonMiddleware.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "engagement_hub.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "engagement_hub.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "engagement_hub.wsgi.application"

# Database: SQLite under var/ unless DATABASE_URL says otherwise.

DATABASE_URL = env_str("DATABASE_URL")
if not DATABASE_URL:
    VAR_DIR.mkdir(exist_ok=True)  # SQLite creates the file, not its folder
    DATABASE_URL = f"sqlite:///{VAR_DIR / 'engagement_hub.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's PostgreSQL search backend needs the SearchVectorField checks of this app.
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: shared stores only, so any web process can serve any request.

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Fails open: a Redis outage makes every read a miss, not every page an error.
            "BACKEND": "engagement_hub.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "engagement_hub",
            # Give up in seconds when Redis hangs, rather than holding the request.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "engagement_hub_cache",
        }
    }
# Rate-limit counters live in the database (engagement_hub/ratelimit.py), not the cache.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Responses accepted per client IP address per consultation: "count/seconds".
CONSULTATION_RATE_LIMIT = env_str("CONSULTATION_RATE_LIMIT", "20/600")
# How many proxies in front of the app append to X-Forwarded-For (0: use REMOTE_ADDR).
NUM_PROXIES = env_int("NUM_PROXIES", 0)
AXES_IPWARE_PROXY_COUNT = NUM_PROXIES or None

# Staff sign-in: django-axes locks out repeated failures, with its state in the database.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation

# The site's languages: the default first (its URLs have no prefix), then each language
# residents read the site in (/cy/, /pl/, /ur/...). Content and interface share them.
LANGUAGE_CODE = "en-gb"
LANGUAGE_NAMES = {
    "en-gb": "English",
    "cy": "Cymraeg",
    "pl": "Polski",
    "ur": "اردو",
    "pa": "ਪੰਜਾਬੀ",
    "bn": "বাংলা",
    "ro": "Română",
}
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    (code, LANGUAGE_NAMES.get(code, code))
    for code in env_list("LANGUAGES", [LANGUAGE_CODE, "cy", "pl", "ur"])
]
if LANGUAGES[0][0] != LANGUAGE_CODE:
    raise ImproperlyConfigured(f"LANGUAGES must start with the default, {LANGUAGE_CODE}.")
WAGTAIL_I18N_ENABLED = True
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

# Static files are built by `npm run build` into static/ and served by WhiteNoise.

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env_str("STATIC_ROOT", str(VAR_DIR / "staticfiles"))
STATIC_URL = "/static/"

MEDIA_ROOT = env_str("MEDIA_ROOT", str(VAR_DIR / "media"))
# Let Django serve media (development and browser tests only; a proxy does it in production).
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
MEDIA_URL = env_str("MEDIA_URL", "/media/")
PRIVATE_MEDIA_ROOT = env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private"))

# Media on S3-compatible storage when a bucket is configured; the local folder otherwise.
# Credentials are read by boto3 from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    _media_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": True,
        },
    }
    _private_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**_media_storage["OPTIONS"], "location": "private", "default_acl": "private"},
    }
else:
    _media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    _private_storage = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    }

STORAGES = {
    "default": _media_storage,
    # Briefing-pack PDFs: outside MEDIA_ROOT, served only by a permission-checked view.
    "private": _private_storage,
    "staticfiles": {"BACKEND": "engagement_hub.storage.StaticFilesStorage"},
}

# Many fields per form are normal in Wagtail's page editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail (Django 6.1 mailers). SMTP by default; EMAIL_BACKEND=console prints instead.

DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "engagement-hub@localhost")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
_email_backends = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
}
EMAIL_BACKEND_NAME = env_str("EMAIL_BACKEND", "smtp")
MAILERS = {
    "default": {
        "BACKEND": _email_backends.get(EMAIL_BACKEND_NAME, EMAIL_BACKEND_NAME),
        "OPTIONS": (
            {
                "host": env_str("EMAIL_HOST", "localhost"),
                "port": env_int("EMAIL_PORT", 25),
                "username": env_str("EMAIL_HOST_USER"),
                "password": env_str("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS", False),
                "timeout": env_int("EMAIL_TIMEOUT", 10),
            }
            if EMAIL_BACKEND_NAME == "smtp"
            else {}
        ),
    }
}

# Security headers that hold in every environment.

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
CSRF_FAILURE_VIEW = "home.views.csrf_failure"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override this to SAMEORIGIN.
SESSION_COOKIE_HTTPONLY = True

# Content Security Policy: strict on the public site (no inline script or style);
# the Wagtail admin, which needs inline code, gets ADMIN_CSP (see middleware.py).
# Embedded media players are the only third-party frames allowed.
EMBED_FRAME_SOURCES = env_list(
    "EMBED_FRAME_SOURCES",
    ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
)
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *env_list("CSP_EXTRA_IMG_SOURCES")],
    "font-src": [CSP.SELF],
    "frame-src": [CSP.SELF, *EMBED_FRAME_SOURCES],
    "frame-ancestors": [CSP.NONE],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
}
ADMIN_URL_PREFIXES = ("/admin/",)
ADMIN_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:", *env_list("CSP_EXTRA_IMG_SOURCES")],
    "frame-src": [CSP.SELF, *EMBED_FRAME_SOURCES],
    "frame-ancestors": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
}

# Wagtail

WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Engagement Hub")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search: the database by default (SQLite FTS5, or PostgreSQL full-text search when
# DATABASE_URL is PostgreSQL); Elasticsearch 8 when SEARCH_URL names a cluster, or
# OpenSearch 2 with SEARCH_BACKEND=opensearch (needs `pip install opensearch-py`).
# See docs/search.md.
SEARCH_URL = env_str("SEARCH_URL")
SEARCH_BACKEND = env_str("SEARCH_BACKEND", "elasticsearch")
_search_backends = {
    "elasticsearch": "wagtail.search.backends.elasticsearch8",
    "opensearch": "wagtail.search.backends.opensearch2",
}
if SEARCH_URL:
    if SEARCH_BACKEND not in _search_backends:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND must be one of {', '.join(_search_backends)}, not {SEARCH_BACKEND!r}."
        )
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": _search_backends[SEARCH_BACKEND],
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": env_str("SEARCH_INDEX_PREFIX", "engagement_hub_"),
            "TIMEOUT": env_int("SEARCH_TIMEOUT", 5),
        }
    }
else:
    # The database backend, with SQLite FTS5 titles weighted (see search/backends.py).
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Documents are served through Django so that private collections stay private.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ENABLE_UPDATE_CHECK = False

# The public pages API (/api/v2/, home/api.py): read-only, the same for every reader.
# No authentication at all: nobody sees more through it by being signed in, and it
# offers no way to try passwords.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
}
# Rich text as readers see it (links resolved), not Wagtail's database HTML.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"

# The full-page cache in front of the site (Varnish, docs/deploy.md): Wagtail sends it an
# HTTP PURGE for each page to forget (home/frontend_cache.py says which and when).
FRONTEND_CACHE_URL = env_str("FRONTEND_CACHE_URL")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
# Seconds a shared cache may keep a public page it is not told to purge.
SHARED_CACHE_SECONDS = env_int("SHARED_CACHE_SECONDS", 60 * 60)
# An approved workflow publishes even when the approver may not publish pages directly:
# the oversight panel's approval is what lets a briefing pack reach the jury.
WAGTAIL_FINISH_WORKFLOW_ACTION = "deliberations.workflows.publish_approved"
# Jurors sign in with a one-time link: how long it lasts, and how many links or sign-in
# attempts one address may ask for in a window.
JUROR_SIGN_IN_LINK_HOURS = env_int("JUROR_SIGN_IN_LINK_HOURS", 72)
JUROR_SIGN_IN_RATE_LIMIT = env_str("JUROR_SIGN_IN_RATE_LIMIT", "10/600")
# Staff groups who may read briefing packs before they are public, with the jury itself.
BRIEFING_PACK_STAFF_GROUPS = ["Communications team", "Oversight panel", "Administrators"]
# Wagtail's responsive wrapper uses a style attribute, which the CSP forbids; CSS does it.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
# Only the providers the Content-Security-Policy lets play (frame-src): an editor pasting
# another site's link gets a clear error in the editor, not a blank box on the page.
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [oembed_providers.youtube, oembed_providers.vimeo],
    }
]
# No Gravatar: it would send staff e-mail hashes to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Celery: the project's own background jobs (e-mails, sweeps). Wagtail's small jobs stay on
# its immediate task backend. Without a broker, tasks run eagerly in the calling process.

CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = False
# Enqueueing must fail in milliseconds when Redis is down: the submission is already
# committed, and the sweep enqueues what was missed once the broker is back.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "max_retries": 0,
    "socket_connect_timeout": 2,
    "socket_timeout": 2,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_IGNORE_RESULT = True  # no result backend: nothing waits on results
CELERY_TASK_ACKS_LATE = True  # a task killed mid-way is redelivered, not lost
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "resend-unsent-confirmations": {
        "task": "consultations.tasks.send_unsent_confirmations",
        "schedule": 300.0,
    },
    "forget-ended-rate-limit-windows": {
        "task": "home.tasks.forget_ended_rate_limit_windows",
        "schedule": 60.0 * 60,
    },
    "erase-expired-personal-data": {
        "task": "consultations.tasks.erase_expired_personal_data",
        "schedule": 60.0 * 60 * 24,
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # django-axes announces itself at INFO in every process; lockouts are WARNINGs.
    # WeasyPrint logs every layout step of every PDF at INFO.
    "loggers": {"axes": {"level": "WARNING"}, "weasyprint": {"level": "WARNING"}},
}
