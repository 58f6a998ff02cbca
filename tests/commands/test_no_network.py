"""reetool never opens a network connection (issue 14, proof): ``self-test`` and every
headless command run in one child process whose socket functions refuse and record any
attempt. The test fails on any attempt, and on any command that did not succeed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import FIXTURES, ROOT

DRIVER = r"""
import json, os, socket, _socket, sys
attempts = []

def refuse(what):
    def blocked(*args, **kwargs):
        attempts.append(f"{what}{args[:2]!r}"[:200])
        raise OSError("network access blocked by the test")
    return blocked

class BlockedSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        refuse("socket")(*args)

socket.socket = _socket.socket = BlockedSocket
for name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname",
             "gethostbyname_ex", "gethostbyaddr", "socketpair", "fromfd"):
    setattr(socket, name, refuse(name))

from reetool.cli import build_parser, main

tmp, fixtures = sys.argv[1], sys.argv[2]
runs = [
    ["--version"],
    ["self-test"],
    ["screenshot", "market", "--out", f"{tmp}/market.png", "--size", "1024x768"],
    ["catalogue", "list", "--format", "csv"],
    ["catalogue", "show", "083201J"],
    ["catalogue", "coverage", "--format", "json"],
    ["catalogue", "import", f"{fixtures}/catalogue/inline.txt", "--dry-run"],
    ["catalogue", "import", f"{fixtures}/catalogue/inline.txt"],
    ["market", "shares", "--format", "csv"],
    ["market", "concentration", "--metric", "reserves", "--format", "json"],
    ["market", "scenario", "disruption", "--country", "China", "--cut", "50"],
    ["market", "scenario", "rampup", "--country", "China", "--country-growth", "0",
     "--others-growth", "10"],
    ["market", "import", f"{fixtures}/market/mcs2023-raree_world.csv", "--dry-run"],
    ["market", "import", f"{fixtures}/market/mcs2023-raree_world.csv"],
    ["market", "imports", "--format", "json"],
    "REMOVE",
    ["chart", "--list"],
    ["chart", "production_shares", "--out", f"{tmp}/c.png"],
    ["chart", "china_share", "--out", f"{tmp}/c.svg"],
    ["chart", "concentration", "--out", f"{tmp}/c.csv"],
]
done, results = set(), []
for argv in runs:
    if argv == "REMOVE":
        from reetool.data.market_store import list_imports
        argv = ["market", "remove-import", list_imports()[0]["id"]]
    try:
        code = main(argv)
    except SystemExit as exc:       # --version exits through argparse
        code = exc.code
    results.append([" ".join(argv[:3]), code])
    done.add(argv[0] if not argv[0].startswith("-") else None)
sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
for name in sub.choices:            # a command added later: at least its parser runs
    if name not in done:
        try:
            main([name, "--help"])
        except SystemExit as exc:
            results.append([f"{name} --help (not exercised)", exc.code])
print("RESULT " + json.dumps({"attempts": attempts, "results": results}))
"""


def test_self_test_and_every_headless_command_open_no_socket(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", DRIVER, str(tmp_path), str(FIXTURES)],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, out.stdout[-2000:] + out.stderr[-2000:]
    report = json.loads(line[len("RESULT "):])
    assert report["attempts"] == []
    failed = [r for r in report["results"] if r[1] not in (0, None)]
    assert failed == [], out.stderr[-2000:]
    assert len(report["results"]) >= 20
    assert "READY" in out.stdout and (tmp_path / "c.svg").stat().st_size > 0


def test_the_guard_would_catch_an_attempt(tmp_path):
    """The test above cannot pass vacuously: the same guard records a real attempt."""
    code = DRIVER.split("from reetool.cli")[0] + (
        "try:\n    socket.create_connection(('127.0.0.1', 9))\nexcept OSError:\n    pass\n"
        "try:\n    socket.socket()\nexcept OSError:\n    pass\n"
        "import urllib.request\n"
        "try:\n    urllib.request.urlopen('http://127.0.0.1:9/', timeout=1)\nexcept OSError:\n    pass\n"
        "print(len(attempts))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert int(out.stdout.strip()) >= 3
