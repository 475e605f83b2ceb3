"""Gallery photos and project participant groups become translatable with their parent.

Existing rows take their parent's locale and a translation key of their own.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def fill_locale_and_key(apps, schema_editor):
    for model_name, parent_field in [("GalleryPhoto", "page"), ("ProjectParticipantGroup", "project")]:
        model = apps.get_model("awards", model_name)
        for row in model.objects.select_related(parent_field):
            row.locale_id = getattr(row, parent_field).locale_id
            row.translation_key = uuid.uuid4()
            row.save(update_fields=["locale", "translation_key"])


def locale_field(null):
    return models.ForeignKey(
        editable=False,
        null=null,
        on_delete=django.db.models.deletion.PROTECT,
        related_name="+",
        to="wagtailcore.locale",
        verbose_name="locale",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("awards", "0003_centre_workspace"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *(
            operation
            for model_name in ["galleryphoto", "projectparticipantgroup"]
            for operation in [
                migrations.AddField(model_name, "locale", locale_field(null=True)),
                migrations.AddField(
                    model_name, "translation_key", models.UUIDField(editable=False, null=True)
                ),
            ]
        ),
        migrations.RunPython(fill_locale_and_key, migrations.RunPython.noop),
        *(
            operation
            for model_name in ["galleryphoto", "projectparticipantgroup"]
            for operation in [
                migrations.AlterField(model_name, "locale", locale_field(null=False)),
                migrations.AlterField(
                    model_name,
                    "translation_key",
                    models.UUIDField(default=uuid.uuid4, editable=False),
                ),
                migrations.AlterUniqueTogether(model_name, {("translation_key", "locale")}),
            ]
        ),
    ]
