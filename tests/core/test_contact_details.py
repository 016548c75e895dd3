"""[8/14] The footer's postal address is written per language (ContactDetails, a translatable
snippet), and moves out of the site settings with the migration."""

import pytest

from cec_site.core.models import ContactDetails

pytestmark = pytest.mark.django_db


def footer(html):
    return html[html.index('<footer class="site-footer">') :]


def test_the_footer_shows_the_address_in_the_visitors_language(client, site_tree, locales):
    english = ContactDetails.objects.create(
        locale=locales["en"], postal_address="700 de la Gauchetière St. West\nMontreal (Quebec)"
    )
    french = english.copy_for_translation(locales["fr"])
    french.postal_address = "700, rue de la Gauchetière Ouest\nMontréal (Québec)"
    french.save()
    french_home = site_tree.home.copy_for_translation(locales["fr"])
    french_home.save_revision().publish()
    spanish_home = site_tree.home.copy_for_translation(locales["es"])
    spanish_home.save_revision().publish()

    assert "Montreal (Quebec)" in footer(client.get("/").content.decode())
    assert "Montréal (Québec)" in footer(client.get("/fr/").content.decode())
    # Not translated into Spanish yet: the English address.
    assert "Montreal (Quebec)" in footer(client.get("/es/").content.decode())


def test_a_changed_address_shows_at_once(client, site_tree, locales):
    details = ContactDetails.objects.create(locale=locales["en"], postal_address="Old Street")
    assert "Old Street" in footer(client.get("/").content.decode())
    details.postal_address = "New Street"
    details.save()
    assert "New Street" in footer(client.get("/").content.decode())
