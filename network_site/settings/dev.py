"""The trial shape on a laptop: debug on, a throwaway secret, mail on the console."""

from .base import *  # noqa: F403
from .base import env_bool

# Under `make run` templates change beneath a running server (runserver reloads
# code, not the digest of templates): render every page afresh.
PAGE_CACHE = env_bool("PAGE_CACHE", False)

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
