"""The layer contract in pyproject.toml ([tool.importlinter]) holds: run ``lint-imports``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def test_layers_contract_is_configured() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert config["root_package"] == "rasid"
    (contract,) = [c for c in config["contracts"] if c["type"] == "layers"]
    layers = contract["layers"]
    assert layers[0] == "rasid.cli" and layers[-1] == "rasid.model"
    assert any("rasid.extract" in layer for layer in layers)
    assert layers.index("rasid.pipeline") < next(i for i, layer in enumerate(layers) if "rasid.extract" in layer)


@pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed (pip install -e '.[test]')")
def test_layers_import_linter_passes() -> None:
    done = subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
    assert "rasid layers KEPT" in done.stdout


@pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed (pip install -e '.[test]')")
def test_layers_import_linter_catches_an_upward_import(tmp_path: Path) -> None:
    """The check above can fail: a copy of the package where the model imports the CLI breaks the contract."""
    shutil.copytree(ROOT / "rasid", tmp_path / "rasid", ignore=shutil.ignore_patterns("__pycache__", "data", "samples"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    model = tmp_path / "rasid" / "model.py"
    model.write_text(model.read_text(encoding="utf-8") + "\nimport rasid.cli  # a layer violation\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode != 0, done.stdout
    assert "rasid.model is not allowed to import rasid.cli" in done.stdout
