"""A language edition that still holds an earlier edition's PDF (copied when it was
translated) no longer does: it served the English file under its French name. The document
itself stays in the library; the editor says the edition has no file of its own yet
(cec_site/core/edition_files.py). Its cover, made from that file, goes too."""

from django.db import migrations
from django.db.models import Exists, OuterRef


def drop_borrowed_files(apps, schema_editor):
    PublicationPage = apps.get_model("publications", "PublicationPage")
    earlier_with_same_file = PublicationPage.objects.filter(
        translation_key=OuterRef("translation_key"),
        document_id=OuterRef("document_id"),
        pk__lt=OuterRef("pk"),
    ).exclude(locale_id=OuterRef("locale_id"))
    borrowed = PublicationPage.objects.filter(document__isnull=False).filter(
        Exists(earlier_with_same_file)
    )
    PublicationPage.objects.filter(pk__in=list(borrowed.values_list("pk", flat=True))).update(
        document=None, cover=None
    )


class Migration(migrations.Migration):
    dependencies = [("publications", "0006_publicationpage_cover")]

    operations = [migrations.RunPython(drop_borrowed_files, migrations.RunPython.noop)]
