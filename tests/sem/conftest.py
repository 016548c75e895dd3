import pytest

from sem.factories import SubmissionIndexPageFactory


@pytest.fixture
def registry(site_tree):
    """The English SEM registry under the home page of `site_tree`."""
    return SubmissionIndexPageFactory(parent=site_tree.home, show_in_menus=True)
