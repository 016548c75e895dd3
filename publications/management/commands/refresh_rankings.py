from django.core.management.base import BaseCommand

from publications import ranking


class Command(BaseCommand):
    help = "Recompute the Top 50 Publications of every window now (it happens every 5 minutes)."

    def handle(self, *args, **options):
        for window in ranking.WINDOWS:
            result = ranking.refresh(window)
            self.stdout.write(f"{window}: {len(result.entries)} publications ranked")
