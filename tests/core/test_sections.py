"""[12/14] Sections are plug-ins: core knows none of them.

Each section app registers itself (cec_site/core/sections.py); core's code, migrations and
templates name no section: no import of a section app, no string naming one of its models
or its app, no identifier that is one of its classes. (Comments and docstrings may use them
as examples.)
"""

import ast
from pathlib import Path

import pytest

from cec_site.core.sections import all_sections, section_of

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "cec_site" / "core"
CORE_TEMPLATES = ROOT / "templates" / "core"


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
                yield f"{path.relative_to(ROOT)}:{node.lineno} imports {name}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            value = node.value
            if value in apps or any(value.startswith(f"{app}.") for app in apps):
                yield f"{path.relative_to(ROOT)}:{node.lineno} names {value!r}"
        if isinstance(node, ast.Name | ast.Attribute):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name in models:
                yield f"{path.relative_to(ROOT)}:{node.lineno} uses {name}"


def test_the_three_sections_are_registered_in_installed_apps_order():
    assert [section.key for section in all_sections()] == [
        "projects",
        "publications",
        "impact-stories",
    ]
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


def test_core_templates_name_no_section():
    apps, models = section_names()
    found = []
    for path in sorted(CORE_TEMPLATES.rglob("*.html")):
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
