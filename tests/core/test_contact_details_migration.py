"""core/0005: the address entered in the site settings becomes the default language's
ContactDetails; migrating back puts it back. Run on the real migrations."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("core", "0004_moderators_replace_public_files")]
AFTER = [("core", "0005_contact_details_per_language")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def migrate_everything():
    """Back to every app's latest migration: going back to core 0004 also unapplied the apps
    whose migrations depend on core 0005 (sections added since: sem, news), and the
    transactional tests after this one need their tables."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_the_address_moves_to_the_default_language_and_back(site_tree, locales):
    old = migrate(BEFORE)
    Site = old.get_model("wagtailcore", "Site")
    old.get_model("core", "SiteSettings").objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"postal_address": "393 rue St-Jacques\nMontreal"},
    )
    try:
        new = migrate(AFTER)
        (moved,) = new.get_model("core", "ContactDetails").objects.all()
        assert moved.locale.language_code == "en"
        assert moved.postal_address == "393 rue St-Jacques\nMontreal"

        old = migrate(BEFORE)
        settings_row = old.get_model("core", "SiteSettings").objects.get()
        assert settings_row.postal_address == "393 rue St-Jacques\nMontreal"
    finally:
        migrate_everything()
