"""Issue 14's proof, small enough for every run (heavy variants: ``pytest -m stress``;
figures: ``python benchmarks/stress.py``)."""

from __future__ import annotations

import sys

import pytest

from tests.stress import harness

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork, FIFOs, SIGKILL")


def test_kill_during_save_100_times(isolated_user_folders):
    out = harness.kill_during_save(100, isolated_user_folders["data"])
    assert out["kills"] == 100 and out["corrupt"] == 0 and out["store_intact"]
    # every kill left the complete old or complete new version (both were seen), and the
    # temp files of interrupted saves were all cleaned
    assert out["complete_a"] + out["complete_b"] == 100
    assert out["complete_a"] > 0 and out["complete_b"] > 0
    assert out["temps_left"] == 0 and out["temps_cleaned"] == out["temps_seen"]


def test_fuzzed_inputs_never_traceback_hang_or_accept_bad(isolated_user_folders):
    out = harness.fuzz_inputs(400, isolated_user_folders["data"])
    assert out["inputs"] == 400
    assert (out["tracebacks"], out["hangs"], out["accepted_bad"]) == (0, 0, 0), out["examples"]
    assert out["refused"] > 300 and out["accepted"] > 0


def test_damaged_files_never_stop_the_window():
    cases = [("deep JSON", "catalogue imports"), ("FIFO", "edits"), ("400 digits", "market import")]
    out = harness.damaged_starts(cases)
    assert out["failed_starts"] == 0, out["failures"]
    assert out["damaged_files"] == out["named"] == out["set_aside"] == 3


@pytest.mark.stress
def test_kill_during_save_1000_times(isolated_user_folders):
    out = harness.kill_during_save(1000, isolated_user_folders["data"], seed=1000)
    assert out["corrupt"] == 0 and out["temps_left"] == 0 and out["store_intact"]


@pytest.mark.stress
def test_fuzz_10000_inputs(isolated_user_folders):
    out = harness.fuzz_inputs(10_000, isolated_user_folders["data"], seed=10_000)
    assert (out["tracebacks"], out["hangs"], out["accepted_bad"]) == (0, 0, 0), out["examples"]


@pytest.mark.stress
def test_every_damage_in_every_store_starts():
    out = harness.damaged_starts()
    assert out["failed_starts"] == 0, out["failures"]
    assert out["named"] == out["set_aside"] == out["damaged_files"] == len(harness.DAMAGE) * len(harness.STORES)
