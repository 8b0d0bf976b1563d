import threading
import unittest

from coach_checks import CheckFailure, redis_server, user_module


def setUpModule():
    global limiter, server, r
    limiter = user_module("limiter")
    server = redis_server()
    r = server.__enter__()


def tearDownModule():
    server.__exit__(None, None, None)


class RedisWithGap:
    """A client on which another worker's request counts at the same moment as this one's."""

    def __init__(self, real, key):
        self.real, self.key, self.done = real, key, False

    def __getattr__(self, name):
        return getattr(self.real, name)

    def other_request(self):
        if not self.done:
            self.done = True
            self.real.incr(self.key)

    def get(self, key):
        value = self.real.get(key)
        self.other_request()  # between this read and the write that follows
        return value

    def incr(self, *args, **kwargs):
        self.other_request()
        return self.real.incr(*args, **kwargs)

    def pipeline(self, *args, **kwargs):
        self.other_request()
        return self.real.pipeline(*args, **kwargs)


class RateLimit(unittest.TestCase):
    def test_limit(self):
        """3 requests pass, the 4th is refused"""
        results = [limiter.allow(r, "ada", limit=3, window=60) for _ in range(4)]
        if results != [True, True, True, False]:
            raise CheckFailure("The limiter must allow exactly 3 requests.", expected=[True, True, True, False],
                               actual=results, at=limiter.allow)

    def test_key_expires(self):
        """the counter key expires with the window"""
        limiter.allow(r, "bob", limit=3, window=60)
        ttl = r.ttl("rate:bob")
        if not 0 < ttl <= 60:
            raise CheckFailure("The counter never expires: a client that hit the limit stays blocked for ever.",
                               expected="a TTL between 1 and 60 s", actual=f"TTL {ttl}", at=limiter.allow)

    def test_concurrent_requests_all_counted(self):
        """a request counted by another worker at the same moment is not lost"""
        limiter.allow(RedisWithGap(r, "rate:eve"), "eve", limit=10, window=60)
        count = int(r.get("rate:eve"))
        if count != 2:
            raise CheckFailure("Two requests at the same time were counted as one (read, then write back).",
                               expected="counter 2", actual=f"counter {count}", at=limiter.allow)
