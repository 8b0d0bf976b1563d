"""`is` vs `==`: identity (same object) vs equality (same value, via __eq__).

Shows:
- two equal lists are == but not `is`; an alias is both;
- `==` calls __eq__, which a class can define; `is` cannot be overridden (it compares id());
- use `is` for singletons: None, True/False, sentinels; `x == None` can be fooled by a custom __eq__;
- equal values need not be the same object, and whether equal ints/strings are shared is a CPython
  implementation detail (caching, interning) - never rely on `is` for values;
- float('nan') is not equal to itself, yet `x is x` is True (containers check identity first).

Needs: only the standard library (Python 3.8+).
"""
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(f"a == b: {a == b}, a is b: {a is b}, a is c: {a is c}  (id(a)==id(c): {id(a) == id(c)})")
assert a == b and a is not b and a is c


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents


assert Money(100) == Money(100) and Money(100) is not Money(100)
print("Money(100) == Money(100):", Money(100) == Money(100), "| is:", Money(100) is Money(100))


class Weird:
    def __eq__(self, other):
        return True  # claims equality with everything


w = Weird()
print("Weird() == None:", w == None, "| Weird() is None:", w is None)  # noqa: E711
assert (w == None) is True and (w is None) is False  # noqa: E711

n1, n2 = int("100000"), int("100000")  # built at run time: distinct objects in CPython
print(f"int('100000') twice: == {n1 == n2}, is {n1 is n2}  (identity of equal values is an implementation detail)")
assert n1 == n2


class Point:  # defines __eq__ but not __hash__
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x


print("class with __eq__ only: Point.__hash__ =", Point.__hash__)
assert Point.__hash__ is None, "defining __eq__ without __hash__ sets __hash__ = None"
try:
    {Point(1)}
    raise AssertionError("instances must be unhashable")
except TypeError as e:
    print("  {Point(1)} ->", e)

nan = float("nan")
print("nan == nan:", nan == nan, "| nan is nan:", nan is nan, "| nan in [nan]:", nan in [nan])
assert nan != nan and nan is nan and nan in [nan]

MISSING = object()  # a sentinel: compare with `is`


def get(d, key, default=MISSING):
    value = d.get(key, MISSING)
    if value is MISSING:
        if default is MISSING:
            raise KeyError(key)
        return default
    return value


assert get({"k": None}, "k") is None and get({}, "k", 0) == 0
print("sentinel lookup distinguishes a stored None from a missing key")

print("OK: `is` compares identity, `==` compares values via __eq__; use `is` for None and sentinels only")
