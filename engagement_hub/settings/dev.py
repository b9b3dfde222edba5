"""Local development: debug on, a generated secret kept under var/, mail printed."""

import secrets

from .base import *  # noqa: F403
from .base import VAR_DIR
from .env import env_list, env_str

DEBUG = True
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])


def _dev_secret_key() -> str:
    """A random key generated once per checkout, so sessions survive restarts."""
    path = VAR_DIR / "dev_secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = env_str("SECRET_KEY") or _dev_secret_key()

CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# WhiteNoise serves straight from the source folders, as runserver would.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT = VAR_DIR / "staticfiles"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
