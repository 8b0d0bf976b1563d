import gc
import tracemalloc
import unittest

from coach_checks import CheckFailure, user_module

LIMIT = 1024 * 1024  # 1 MiB: 1024 cached badges take about 0.3 MiB, 20,000 take about 5 MiB


def setUpModule():
    global badges
    badges = user_module("badges")


class Memory(unittest.TestCase):
    def test_memory_stays_bounded(self):
        """after 20,000 distinct users, the file holds less than 1 MiB"""
        tracemalloc.start()
        try:
            for user_id in range(20_000):
                badges.render_badge(user_id)
            gc.collect()
            snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, badges.__file__)])
        finally:
            tracemalloc.stop()
        stats = snapshot.statistics("lineno")
        held = sum(stat.size for stat in stats)
        if held > LIMIT:
            top = stats[0].traceback[0]
            raise CheckFailure("Memory held by your code grows with every new user: the cache is never bounded.",
                               expected="under 1 MiB after 20,000 users", actual=f"{held / 1024 / 1024:.1f} MiB, most at line {top.lineno}",
                               file=top.filename, line=top.lineno)

    def test_same_badge(self):
        """the badge is still the same HTML"""
        badge = badges.render_badge(7)
        if not badge.startswith('<span class="badge" data-user="7">') or not badge.endswith("</span>"):
            raise CheckFailure("render_badge() must keep returning the same HTML.", expected='<span class="badge" data-user="7">…',
                               actual=badge[:60])
