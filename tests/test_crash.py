"""A publisher killed with SIGKILL at any moment leaves a complete, valid release."""
from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.publish import recover
from flows.validate import validate_package
from tests.fault_kit import PUBLISHER

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_sigkill_during_publishing_never_leaves_a_broken_package(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rng = random.Random(7)
    for trial in range(4):
        proc = subprocess.Popen([sys.executable, "-c", PUBLISHER, str(out), str(ROOT / "raw")],
                                stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout is not None
        proc.stdout.readline()  # at least one release is complete
        time.sleep(rng.uniform(0.0, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        recover(out)
        package = out / "datapackage.json"
        assert validate_package(package) == [], f"trial {trial}: package broken after kill"
        version = json.loads(package.read_text(encoding="utf-8"))["version"]
        assert (out / "CHANGELOG.md").read_text(encoding="utf-8") == f"# {version}\n"
        latest = json.loads((out / "releases" / "latest.json").read_text(encoding="utf-8"))
        assert latest["version"] == version  # validate_package checked releases/<version>/ and its checksums
        assert not (out / ".staging").exists() and not (out / ".previous").exists()
