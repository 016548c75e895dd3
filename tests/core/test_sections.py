"""[12/14] Sections are plug-ins: core and the machine doors know none of them.

Each section app registers itself (cec_site/core/sections.py); core's code, migrations and
templates, and the doors that gather every section (search, the JSON API, feeds, OAI-PMH,
the sitemap), name no section: no import of a section app, no string naming one of its
models or its app, no identifier that is one of its classes. (Comments and docstrings may
use them as examples.)
"""

import ast
from pathlib import Path

import pytest

from cec_site.core.sections import all_sections, section_of

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "cec_site" / "core"
CORE_TEMPLATES = ROOT / "templates" / "core"
# The doors that serve every section, each iterating the registry.
DOORS = [ROOT / "cec_site" / name for name in ("search", "api", "feeds", "oai")]
DOOR_FILES = [ROOT / "cec_site" / "core" / "sitemaps.py"]
DOOR_TEMPLATES = [ROOT / "templates" / "search"]


def section_names():
    apps, models = set(), set()
    for section in all_sections():
        for label in (section.index_model, section.page_model):
            app_label, model = label.split(".")
            apps.add(app_label)
            models.add(model)
    return apps, models


def docstrings(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                yield body[0].value


def offences(path, apps, models):
    yield from offences_in(path, apps, models, ROOT)


def offences_in(path, apps, models, root):
    tree = ast.parse(path.read_text(), filename=str(path))
    skip = {id(node) for node in docstrings(tree)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            names = []
        for name in names:
            if name.split(".")[0] in apps:
                yield f"{path.relative_to(root)}:{node.lineno} imports {name}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            value = node.value
            if value in apps or any(value.startswith(f"{app}.") for app in apps):
                yield f"{path.relative_to(root)}:{node.lineno} names {value!r}"
        if isinstance(node, ast.Name | ast.Attribute):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name in models:
                yield f"{path.relative_to(root)}:{node.lineno} uses {name}"


def test_the_sections_are_registered_in_installed_apps_order():
    from django.apps import apps

    keys = [section.key for section in all_sections()]
    assert keys[:3] == ["projects", "publications", "impact-stories"]  # others follow
    app_order = [config.label for config in apps.get_app_configs()]
    positions = [app_order.index(section.page_model.split(".")[0]) for section in all_sections()]
    assert positions == sorted(positions)
    from publications.models import PublicationPage

    assert section_of(PublicationPage).key == "publications"


@pytest.mark.parametrize("apps_models", [section_names()], ids=["sections"])
def test_core_code_and_migrations_name_no_section(apps_models):
    apps, models = apps_models
    assert apps and models
    found = [
        offence for path in sorted(CORE.rglob("*.py")) for offence in offences(path, apps, models)
    ]
    assert found == []


@pytest.mark.parametrize("apps_models", [section_names()], ids=["sections"])
def test_the_doors_name_no_section(apps_models):
    """Search, the API, feeds, OAI-PMH and the sitemap iterate the registry."""
    apps, models = apps_models
    paths = [path for door in DOORS for path in sorted(door.rglob("*.py"))] + DOOR_FILES
    assert len(paths) > len(DOORS)
    found = [offence for path in paths for offence in offences(path, apps, models)]
    assert found == []


def test_the_offence_check_can_fail(tmp_path):
    """The check above finds each kind of naming it forbids."""
    sample = tmp_path / "door.py"
    sample.write_text(
        "from publications.models import PublicationPage\n"
        'MODEL = "publications.PublicationPage"\n'
        "PublicationPage.objects.all()\n"
    )
    apps, models = {"publications"}, {"PublicationPage"}
    found = sorted(offences_in(sample, apps, models, tmp_path))
    assert found == [
        "door.py:1 imports publications.models",
        "door.py:2 names 'publications.PublicationPage'",
        "door.py:3 uses PublicationPage",
    ]


@pytest.mark.parametrize("folder", [CORE_TEMPLATES, *DOOR_TEMPLATES], ids=["core", "search"])
def test_core_and_door_templates_name_no_section(folder):
    apps, models = section_names()
    found = []
    for path in sorted(folder.rglob("*.html")):
        text = path.read_text()
        for app in apps:
            for pattern in (f'"{app}"', f"'{app}'", f"{app}/", f"{app}."):
                if pattern in text:
                    found.append(f"{path.relative_to(ROOT)} names {pattern}")
    assert found == []


def test_the_layers_hold(tmp_path):
    """.importlinter's contracts (also run by `make lint`): core <- sections <- home, search
    and the machine doors; sections independent of each other; the product never imports
    its demo."""
    import subprocess
    import sys

    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(  # noqa: S603
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout
