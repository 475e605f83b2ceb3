"""The network's content languages exist as Wagtail locales: Polish, English, Ukrainian."""

from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    locale_model = apps.get_model("wagtailcore", "Locale")
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale_model.objects.get_or_create(language_code=language_code)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
