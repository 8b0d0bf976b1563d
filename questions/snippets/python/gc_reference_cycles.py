"""CPython memory management: reference counting, the cyclic garbage collector, and weakref.

Shows:
- reference counting frees an object the moment its last reference goes (a weakref.finalize
  callback fires right at `del`);
- two objects that refer to each other (a cycle) are NOT freed by refcounting; with automatic GC
  disabled they stay alive until gc.collect() finds and frees the unreachable cycle;
- a weak reference does not keep its target alive: a child -> parent link via weakref.ref avoids
  the cycle, and WeakValueDictionary is a cache that does not keep its values alive.

Needs: only the standard library (CPython 3.8+; the immediate-free behaviour is CPython's refcounting).
"""
import gc
import weakref

freed = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
        weakref.finalize(self, freed.append, name)  # records when the object is actually freed


gc.disable()  # so that only refcounting runs unless we call gc.collect() ourselves
try:
    a = Node("plain")
    del a
    print("after del plain:", freed)
    assert freed == ["plain"], "refcount hit zero: freed immediately"

    x, y = Node("cycle-x"), Node("cycle-y")
    x.other, y.other = y, x  # x -> y -> x
    del x, y
    print("after del of a 2-object cycle:", freed, "(still alive: each keeps the other's refcount at 1)")
    assert "cycle-x" not in freed
    found = gc.collect()
    print(f"gc.collect() found {found} unreachable objects ->", freed)
    assert {"cycle-x", "cycle-y"} <= set(freed)
finally:
    gc.enable()


class TreeNode:
    def __init__(self, name, parent=None):
        self.name, self.children = name, []
        self._parent = weakref.ref(parent) if parent else None  # weak: no parent <-> child cycle
        if parent:
            parent.children.append(self)
        weakref.finalize(self, freed.append, name)

    @property
    def parent(self):
        return self._parent() if self._parent else None


freed.clear()
gc.disable()
try:
    root = TreeNode("root")
    leaf = TreeNode("leaf", parent=root)
    assert leaf.parent is root
    del root
    print("tree with weak parent links, after del root:", freed, "| leaf.parent ->", leaf.parent)
    assert freed == ["root"] and leaf.parent is None, "freed by refcounting alone, no gc.collect() needed"
finally:
    gc.enable()

cache = weakref.WeakValueDictionary()
obj = Node("cached")
cache["k"] = obj
assert "k" in cache
del obj
print("WeakValueDictionary after the last strong reference is gone:", dict(cache))
assert "k" not in cache

print("OK: refcounting frees at once, cycles need the cyclic GC (gc.collect), weak references avoid cycles and let caches forget")
