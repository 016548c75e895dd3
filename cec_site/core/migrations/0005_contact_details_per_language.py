"""The footer's postal address moves from the site settings (one for every language) to
ContactDetails, written per language; the address already entered becomes the default
language's, and translations start from it."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from cec_site.core.migration_helpers import moderators_manage


def move_address(apps, schema_editor):
    SiteSettings = apps.get_model("core", "SiteSettings")
    ContactDetails = apps.get_model("core", "ContactDetails")
    Locale = apps.get_model("wagtailcore", "Locale")
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    address = (
        SiteSettings.objects.exclude(postal_address="")
        .values_list("postal_address", flat=True)
        .first()
    )
    if locale is not None and address and not ContactDetails.objects.exists():
        ContactDetails.objects.create(locale=locale, postal_address=address)


def move_address_back(apps, schema_editor):
    SiteSettings = apps.get_model("core", "SiteSettings")
    ContactDetails = apps.get_model("core", "ContactDetails")
    details = ContactDetails.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if details is not None:
        SiteSettings.objects.update(postal_address=details.postal_address)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_moderators_replace_public_files"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="ContactDetails",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                (
                    "postal_address",
                    models.TextField(
                        blank=True,
                        help_text="One line per line of the address.",
                        verbose_name="postal address",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "contact details",
                "verbose_name_plural": "contact details",
                "abstract": False,
                "unique_together": {("translation_key", "locale")},
            },
        ),
        migrations.RunPython(move_address, move_address_back),
        migrations.RemoveField(model_name="sitesettings", name="postal_address"),
        moderators_manage("core", "contactdetails"),
    ]
