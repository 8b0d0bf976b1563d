"""MRO, super() and descriptors: how Python finds an attribute.

Shows (standard library only):
- the C3 linearisation: for class D(B, C) with B(A), C(A), D.__mro__ is D, B, C, A, object;
- super() means "the next class in the MRO of the instance's type", not "my parent": B's
  super().save() calls C.save() when the object is a D, so every save() runs exactly once
  (cooperative multiple inheritance);
- an inconsistent hierarchy is refused when the class is created (TypeError: cannot create a
  consistent method resolution order);
- descriptors: an object with __get__ (and __set__) in a class body controls attribute access.
  A data descriptor (with __set__, e.g. property) wins over the instance __dict__; a non-data
  descriptor (only __get__, e.g. a plain function, functools.cached_property) is shadowed by it;
- functions are descriptors: C.method is the function, instance.method is a bound method.

Needs: only the standard library (Python 3.8+).
"""
import functools


class A:
    def save(self, log):
        log.append("A")


class B(A):
    def save(self, log):
        log.append("B")
        super().save(log)


class C(A):
    def save(self, log):
        log.append("C")
        super().save(log)


class D(B, C):
    def save(self, log):
        log.append("D")
        super().save(log)


print("D.__mro__ =", [k.__name__ for k in D.__mro__])
assert D.__mro__ == (D, B, C, A, object)
log = []
D().save(log)
print("D().save() ran:", log, "(B's super() went to C, not to A)")
assert log == ["D", "B", "C", "A"]
log = []
B().save(log)
assert log == ["B", "A"], "for a plain B, the next class after B is A"

try:
    type("Bad", (A, B), {})   # A before its own subclass B: no consistent order exists
    raise AssertionError("an inconsistent MRO must be refused")
except TypeError as e:
    print("class Bad(A, B) ->", e)


class Positive:
    """A data descriptor: validates on assignment, stores in the instance __dict__ under another name."""

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        return self if obj is None else obj.__dict__[self.name]

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        obj.__dict__[self.name] = value


class Order:
    quantity = Positive()

    def __init__(self, quantity):
        self.quantity = quantity          # goes through Positive.__set__

    @property
    def double(self):                     # property: a data descriptor without a setter
        return self.quantity * 2

    @functools.cached_property
    def expensive(self):                  # non-data descriptor: caches into the instance __dict__
        return self.quantity * 100


o = Order(3)
try:
    o.quantity = -1
    raise AssertionError("the descriptor must validate")
except ValueError as e:
    print("o.quantity = -1 ->", e)
o.__dict__["double"] = "shadow?"
print("o.double with 'double' in o.__dict__ ->", o.double, "(property is a data descriptor: it wins)")
assert o.double == 6
assert o.expensive == 300 and o.__dict__["expensive"] == 300
o.__dict__["expensive"] = "from __dict__"
print("o.expensive with 'expensive' in o.__dict__ ->", o.expensive, "(cached_property is non-data: __dict__ wins)")
assert o.expensive == "from __dict__"
assert hasattr(property, "__set__") and not hasattr(functools.cached_property, "__set__")

assert Order.__dict__["__init__"].__get__(o, Order).__self__ is o
print("Order.__init__ is", type(Order.__init__).__name__, "| o.__init__ is", type(o.__init__).__name__)
assert type(o.__init__).__name__ == "method" and type(Order.__init__).__name__ == "function"

print("OK: C3 MRO D, B, C, A, object; super() follows the instance's MRO; data descriptors beat the instance "
      "__dict__, non-data ones do not; functions bind through __get__")
