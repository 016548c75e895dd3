from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SemConfig(AppConfig):
    name = "sem"
    verbose_name = _("Submissions on Enforcement Matters")

    def ready(self):
        from cec_site.core import sections
        from cec_site.core.downloads import CountedFile
        from sem.models import SubmissionPage

        sections.register(
            sections.Section(
                key="sem",
                label=_("Submissions on Enforcement Matters"),
                item_label=_("Submission on enforcement matters"),
                index_model="sem.SubmissionIndexPage",
                page_model="sem.SubmissionPage",
                card_template="sem/submission_card.html",
                topic_relation="sem_submissions",
                newest_first=("-date_filed", "-first_published_at"),
                search=True,
                feed=True,
                api=True,
                demo="sem.demo.SubmissionsDemo",
                date_field="date_filed",  # search results show the date filed
                api_listing_fields=("identifier", "party", "date_filed", "status"),
                # /documents/ sends a public submission's stage documents to their counted route.
                extras={
                    "counted_files": (
                        CountedFile("stages__document", SubmissionPage.counted_file_url),
                    )
                },
            )
        )
