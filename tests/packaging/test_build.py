"""packaging/build.py: the check of a built folder and the command line (no PyInstaller run)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSIONS = ROOT / "desktop" / "migrations" / "versions"


def load_build():
    spec = importlib.util.spec_from_file_location("packaging_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build()


def fake_bundle(folder: Path) -> Path:
    """A folder holding every file the check asks for, on this platform."""
    names = ["tripartite.exe", "tripartite-cli.exe"] if build.WINDOWS else ["tripartite"]
    patterns = build.COMMON + (build.WINDOWS_ONLY if build.WINDOWS else build.LINUX)
    files = [folder / name for name in names]
    files += [folder / "_internal" / pattern.replace("*", "x") for pattern in patterns]
    files += [folder / "_internal/desktop/migrations/versions" / p.name for p in VERSIONS.glob("*.py")]
    for path in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    return folder


def test_a_complete_bundle_passes(tmp_path):
    build.check_bundle(fake_bundle(tmp_path / "tripartite"))


def test_a_missing_migration_script_is_named(tmp_path):
    bundle = fake_bundle(tmp_path / "tripartite")
    (bundle / "_internal/desktop/migrations/versions/0001_initial_schema.py").unlink()
    with pytest.raises(build.BuildError, match="versions/0001_initial_schema.py"):
        build.check_bundle(bundle)


def test_a_missing_qt_plugin_and_template_are_named(tmp_path):
    bundle = fake_bundle(tmp_path / "tripartite")
    platforms = build.WINDOWS_ONLY[0] if build.WINDOWS else build.LINUX[0]
    (bundle / "_internal" / platforms).unlink()
    (bundle / "_internal/desktop/resources/templates/minutes.docx").unlink()
    with pytest.raises(build.BuildError) as refused:
        build.check_bundle(bundle)
    assert platforms in str(refused.value)
    assert "templates/minutes.docx" in str(refused.value)


def test_the_bundle_size_counts_files_once(tmp_path):
    (tmp_path / "a").write_bytes(b"x" * 2**20)
    (tmp_path / "link").symlink_to(tmp_path / "a")
    assert build.folder_mib(tmp_path) == pytest.approx(1.0)


@pytest.mark.parametrize("argv", [["--sign", "signtool sign $f"], ["--iscc", "ISCC.exe"]])
def test_signing_options_need_the_installer(argv, capsys):
    with pytest.raises(SystemExit) as exited:
        build.parse_args(argv)
    assert exited.value.code == 2
    assert "--installer" in capsys.readouterr().err


@pytest.mark.skipif(build.WINDOWS, reason="Inno Setup runs on Windows")
def test_the_installer_needs_windows(capsys):
    with pytest.raises(SystemExit) as exited:
        build.parse_args(["--installer"])
    assert exited.value.code == 2
    assert "Windows" in capsys.readouterr().err
