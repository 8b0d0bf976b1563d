"""Exercise: Bound the module-level cache that leaks memory

render_badge() memoises its result in a module-level dict that is never emptied. In a long-running
worker every distinct user id adds an entry, so memory grows without limit (the leak tracemalloc
points at). Bound the cache (functools.lru_cache with a maxsize, for instance) so that memory
stays flat however many users come by.
"""
_cache = {}


def render_badge(user_id):
    """An HTML badge for the user (expensive to build, so it is memoised)."""
    if user_id not in _cache:
        _cache[user_id] = f'<span class="badge" data-user="{user_id}">' + "*" * 200 + "</span>"
    return _cache[user_id]
