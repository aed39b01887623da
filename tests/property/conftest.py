"""Hypothesis profiles of the property suites (issue 15, "Hostile input").

``default`` keeps the whole of tests/property well under a minute on a 2-core machine; ``ci``
(chosen when ``CI`` is set, or by ``HYPOTHESIS_PROFILE=ci``) runs twice the examples and
still fits; both draw the same examples every run. ``hunt`` (by hand,
``HYPOTHESIS_PROFILE=hunt python -m pytest tests/property``) runs forty times as many, new
ones each time. No example database is
written into the checkout: a failure prints its reproduction (``@reproduce_failure``) and the
shrunk example instead.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

# Hypothesis caches what it learns of the source (constants) in .hypothesis/: keep it out of the
# checkout that several people share.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "tripartite-hypothesis")

_COMMON = dict(
    deadline=None,                # time is bounded by explicit limits, not per-example deadlines
    database=None,
    print_blob=True,
    # One database per test function, shared by its examples: each example compares the
    # counts before and after itself, so the fixture's scope is what we want.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)
# The suite's profiles draw the same examples on every run (derandomize): a bug that a random
# draw finds first shows up in a hunt by hand, gets fixed with its own test, and never turns a
# clean clone's test run red by chance. ``hunt`` draws new examples every time.
settings.register_profile("default", max_examples=25, derandomize=True, **_COMMON)
settings.register_profile("ci", max_examples=50, derandomize=True, **_COMMON)
settings.register_profile("hunt", max_examples=1000, **_COMMON)  # by hand, to look for bugs
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default"))
