import mimetypes

from django.http import FileResponse, HttpResponseNotFound
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .access import cache_control_for, find_file


def not_found():
    """A 404 no cache keeps: the photo may become public when its page is published."""
    response = HttpResponseNotFound(_("No such photo."), content_type="text/plain; charset=utf-8")
    patch_cache_control(response, no_store=True)
    return response


@require_safe
def serve_photo(request, path):
    """A photo file, for those ``photos.access`` lets see; the same 404 for all others."""
    found = find_file(path)
    if found is None:
        return not_found()
    image, file, is_rendition = found
    cache_control = cache_control_for(request, image, is_rendition)
    if cache_control is None:
        return not_found()
    try:
        handle = file.storage.open(file.name, "rb")
    except FileNotFoundError:
        return not_found()
    content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, **cache_control)
    return response
