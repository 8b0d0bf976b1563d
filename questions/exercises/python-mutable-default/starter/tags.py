"""Exercise: Fix the shared mutable default argument

add_tag(tag, tags=[]) returns the tags of a new post with `tag` added. The default list is made
once, when the function is defined, so every call without `tags` adds to the same list and new
posts inherit the tags of earlier ones. Make each call get its own list, and do not modify a list
the caller passed in.
"""
def add_tag(tag, tags=[]):
    """A new list: `tags` (default none) with `tag` added at the end."""
    tags.append(tag)
    return tags
