from django.urls import path

from .views import serve_photo

urlpatterns = [path("<path:path>", serve_photo, name="serve_photo")]
