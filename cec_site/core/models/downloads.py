"""Counted downloads of documents served through a page's counted route (a SEM stage's
document…), one row per document and day: the history, never a raw log.

A section whose pages have one file per page edition and a ranking of their own keeps its own
table (a publication's PDF: PublicationDownloadDay); any other file a page serves through
cec_site.core.downloads is counted here, by the same rules.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentDownloadDay(models.Model):
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="download_days",
    )
    day = models.DateField(_("day"))
    # COUNTER R5's two metrics: every counted request (Total_Item_Requests) and the
    # user-sessions that requested the document that day (Unique_Item_Requests).
    count = models.PositiveIntegerField(_("downloads"), default=0)
    unique_count = models.PositiveIntegerField(_("unique downloads"), default=0)

    class Meta:
        verbose_name = _("document downloads on a day")
        verbose_name_plural = _("document downloads per day")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "day"], name="one_row_per_document_and_day"
            ),
            models.CheckConstraint(
                condition=models.Q(unique_count__lte=models.F("count")),
                name="unique_document_downloads_within_total",
            ),
        ]

    def __str__(self):
        return f"{self.document_id} {self.day}: {self.count} ({self.unique_count} unique)"
