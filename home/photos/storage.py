"""Where photos and renditions are kept: a folder the web server never serves.

Wagtail puts images under ``MEDIA_ROOT`` and serves rendition files as plain
public files. Here both the originals and the renditions live under
``PHOTOS_ROOT`` instead, and their URLs (``/photos/…``) go to
``home.photos.views.serve_photo``, which decides who may see each file.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property


class PhotoStorage(FileSystemStorage):
    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PHOTOS_ROOT)

    @cached_property
    def base_url(self):
        return self._value_or_setting(self._base_url, "/photos/")

    def _clear_cached_properties(self, setting, **kwargs):
        """Follow ``PHOTOS_ROOT`` when a test changes it, as Django does for ``MEDIA_ROOT``."""
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PHOTOS_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


def photo_storage():
    """The storage of ``NetworkImage.file`` (a callable, so migrations do not freeze it)."""
    from django.core.files.storage import storages

    return storages["photos"]
