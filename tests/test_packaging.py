"""duba installs like any Python tool: the wheel carries every subpackage, the styles and the corpus."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _declared_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_subpackage_of_reader_is_declared() -> None:
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "reader").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    missing = found - _declared_packages()
    assert not missing, f"add {sorted(missing)} to [tool.setuptools] packages in pyproject.toml"


def test_bundled_folders_are_found_through_the_package() -> None:
    from reader import paths

    assert sorted(p.name for p in paths.styles_dir().glob("*.tcss")) == sorted(
        p.name for p in (ROOT / "styles").glob("*.tcss")
    )
    assert any(paths.bundled_corpus().glob("*.txt"))


def _backend_installed() -> bool:
    """Whether this environment has the build backend pyproject.toml asks for (the test extra installs it)."""
    from importlib.metadata import PackageNotFoundError, version

    from packaging.requirements import Requirement

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for line in config["build-system"]["requires"]:
        requirement = Requirement(line)
        try:
            if not requirement.specifier.contains(version(requirement.name), prereleases=True):
                return False
        except PackageNotFoundError:
            return False
    return True


def build_wheel(folder: Path) -> Path:
    """Build duba's wheel into `folder`: with the installed backend when it is the one asked for (~0.6 s),
    else in an isolated environment that pip fills (~3 s of CPU, ~8 s)."""
    if _backend_installed():
        command = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(folder)]
    else:
        command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder)]
    subprocess.run([*command, str(ROOT)], check=True, capture_output=True)
    (wheel,) = folder.glob("duba-*.whl")
    return wheel


@pytest.mark.slow
def test_wheel_holds_code_styles_and_corpus(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    for source in sorted((ROOT / "reader").rglob("*.py")):
        if "__pycache__" not in source.parts:
            assert source.relative_to(ROOT).as_posix() in names
    for sheet in (ROOT / "styles").glob("*.tcss"):
        assert f"reader/styles/{sheet.name}" in names
    for page in (ROOT / "corpus").glob("*.txt"):
        assert f"reader/bundled/{page.name}" in names
    assert any(name.endswith("/LICENSE") for name in names)
