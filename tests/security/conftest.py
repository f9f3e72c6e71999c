"""The output fuzz tests (issue #12): hostile briefings through the PDF, the HTML export and
the map page. BRIEFING_FUZZ_EXAMPLES sets the examples per output (50 by default for a quick
run; scripts/test runs 2,000); the seed is fixed (hostile_briefings.FUZZ)."""

import pytest

# The checks in these helpers are the tests' assertions: show their values when they fail.
pytest.register_assert_rewrite("page_shown", "hostile_briefings")
