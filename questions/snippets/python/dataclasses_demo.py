"""dataclasses: generated __init__, __repr__ and __eq__ (and optionally ordering, hashing, immutability).

Shows:
- @dataclass writes __init__/__repr__/__eq__ from the annotated fields; equality is by value;
- defaults, field(default_factory=list) for mutable defaults, __post_init__ for validation;
- frozen=True makes instances immutable (FrozenInstanceError) and hashable, so usable as dict keys;
- order=True compares field by field as tuples; asdict() and replace();
- type hints are not enforced at run time (pydantic or attrs validators do that).

Needs: only the standard library (Python 3.8+).
"""
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Order:
    id: int
    customer: str
    items: list = field(default_factory=list)
    discount: float = 0.0

    def __post_init__(self):
        if not 0 <= self.discount <= 1:
            raise ValueError("discount must be between 0 and 1")


o = Order(1, "alice", ["tea"])
print("repr :", o)
assert repr(o) == "Order(id=1, customer='alice', items=['tea'], discount=0.0)"
assert o == Order(1, "alice", ["tea"]) and o is not Order(1, "alice", ["tea"])
assert Order(2, "bob").items is not Order(3, "carol").items
try:
    Order(4, "dave", discount=1.5)
    raise AssertionError("__post_init__ should reject this")
except ValueError as e:
    print("__post_init__ validation ->", e)
assert Order.__hash__ is None, "eq=True without frozen: instances are unhashable"


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


v = Version(1, 4, 2)
try:
    v.major = 2
    raise AssertionError("frozen instances must be immutable")
except dataclasses.FrozenInstanceError as e:
    print("frozen: assigning a field ->", type(e).__name__, e)
releases = {Version(1, 4, 2): "stable", Version(2, 0): "beta"}
assert releases[Version(1, 4, 2)] == "stable", "frozen + eq -> hashable, usable as a dict key"
assert sorted([Version(2), Version(1, 10), Version(1, 9, 9)]) == [Version(1, 9, 9), Version(1, 10), Version(2)]
print("order=True sorted:", sorted([Version(2), Version(1, 10), Version(1, 9, 9)]))
print("asdict:", dataclasses.asdict(v), "| replace:", dataclasses.replace(v, patch=3))
assert dataclasses.replace(v, patch=3) == Version(1, 4, 3) and v.patch == 2

unchecked = Order("not-an-int", 42)
print("type hints are not enforced:", unchecked)
assert unchecked.id == "not-an-int"

print("OK: dataclass generated __init__/__repr__/__eq__, default_factory, __post_init__, frozen+hashable, ordering")
