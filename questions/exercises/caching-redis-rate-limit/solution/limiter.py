"""Exercise: Fix the Redis rate limiter: atomic and expiring

allow() should let a client make at most `limit` requests per `window` seconds, counting in Redis.
It reads the counter with GET and writes it back with SET: the key never expires (a blocked client
stays blocked for ever) and two requests at once can both read the same count. Use Redis's atomic
INCR and give the window's key an expiry.
"""
def allow(r, client_id, limit=3, window=60):
    """True when this request of `client_id` is within `limit` requests per `window` seconds."""
    key = f"rate:{client_id}"
    count = r.incr(key)
    if count == 1:
        r.expire(key, window)
    return count <= limit
