"""[8/14] One error message per problem: an empty link says "choose", once; two targets say
"not both", once (an empty spotlight item used to get "…not both" four times)."""

from django.core.exceptions import ValidationError

from wagtail.blocks.struct_block import StructBlockValidationError

import pytest

from cec_site.core.blocks import LinkBlock
from cec_site.home.models import SpotlightItem

pytestmark = pytest.mark.django_db


def errors_of(item):
    with pytest.raises(ValidationError) as raised:
        item.clean()
    return raised.value.message_dict


def test_an_empty_spotlight_link_asks_for_one_once():
    errors = errors_of(SpotlightItem(title="Item"))
    assert errors == {"link_page": ["Choose a page, or give an external address below."]}


def test_a_spotlight_link_with_two_targets_says_not_both_once(site_tree):
    item = SpotlightItem(title="Item", link_page=site_tree.home, link_url="https://example.org/")
    errors = errors_of(item)
    assert errors == {"link_url": ["Choose a page or give an external address, not both."]}


def test_a_spotlight_link_with_one_target_is_valid(site_tree):
    SpotlightItem(title="Item", link_url="https://example.org/").clean()
    SpotlightItem(title="Item", link_page=site_tree.home).clean()


@pytest.mark.parametrize(
    "value, field, message",
    [
        ({"label": "Read"}, "page", "Choose a page, or give an external address below."),
        (
            {"label": "Read", "page": "home", "url": "https://example.org/"},
            "url",
            "Choose a page or give an external address, not both.",
        ),
    ],
)
def test_link_blocks_say_it_once(site_tree, value, field, message):
    block = LinkBlock()
    if value.get("page") == "home":
        value = {**value, "page": site_tree.home.pk}
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(block.to_python(value))
    assert set(raised.value.block_errors) == {field}
    assert raised.value.block_errors[field].messages == [message]
