"""`manage.py migrate`, then the cache table when the cache is one (no REDIS_URL).

Without Redis the shared cache is a table of the site's database (CACHES in
settings/base.py): every way the site is set up (`make run`, the container's one-shot migrate,
a server updated by hand) runs migrate, so migrate makes the table too. Django's own
`createcachetable` does the work and leaves an existing table alone.
"""

from django.core.management import call_command
from django.core.management.commands.migrate import Command as MigrateCommand


class Command(MigrateCommand):
    help = MigrateCommand.help + " Then creates the cache table if the cache is a database table."

    def handle(self, *args, **options):
        super().handle(*args, **options)
        if options.get("plan") or options.get("check_unapplied"):
            return  # a dry look: change nothing
        call_command(
            "createcachetable", database=options["database"], verbosity=options["verbosity"]
        )
