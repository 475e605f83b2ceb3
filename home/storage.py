"""Where photos and renditions are kept: a folder the web server never serves.

Wagtail puts images under ``MEDIA_ROOT`` and serves rendition files as plain
public files. Here both the originals and the renditions live under
``PHOTOS_ROOT`` instead, and their URLs (``/photos/…``) go to
``photos.views.serve_photo``, which decides who may see each file.

The multiple uploaders of images and documents hold a file whose details
failed validation (an empty title) as a ``wagtail.models.UploadedFile`` in
``wagtail_uploads/`` of the default storage, i.e. under ``MEDIA_ROOT``, where
it would be public at a guessable address before anyone has seen it.
``MediaStorage`` (the default storage) keeps that folder under
``PHOTOS_ROOT`` instead, so no web server or ``static()`` route can serve it.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property

# ``upload_to`` of ``wagtail.models.UploadedFile.file`` (Wagtail 8.0).
HELD_UPLOADS = "wagtail_uploads"


def is_held_upload(name):
    return str(name).replace("\\", "/").lstrip("/").startswith(f"{HELD_UPLOADS}/")


class MediaStorage(FileSystemStorage):
    """``MEDIA_ROOT``, except the uploads Wagtail holds, which live under ``PHOTOS_ROOT``."""

    @property
    def held(self):
        # Made on use, so that it follows PHOTOS_ROOT when a test changes it.
        return FileSystemStorage(location=settings.PHOTOS_ROOT)

    def _open(self, name, mode="rb"):
        if is_held_upload(name):
            return self.held._open(name, mode)
        return super()._open(name, mode)

    def _save(self, name, content):
        if is_held_upload(name):
            return self.held._save(name, content)
        return super()._save(name, content)

    def delete(self, name):
        if is_held_upload(name):
            return self.held.delete(name)
        return super().delete(name)

    def exists(self, name):
        if is_held_upload(name):
            return self.held.exists(name)
        return super().exists(name)

    def size(self, name):
        if is_held_upload(name):
            return self.held.size(name)
        return super().size(name)

    def path(self, name):
        if is_held_upload(name):
            return self.held.path(name)
        return super().path(name)


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
