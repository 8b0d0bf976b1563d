"""Assignment vs shallow copy vs deep copy.

Shows:
- `b = a` copies nothing: two names for one object;
- a shallow copy (copy.copy, list(a), a[:], dict.copy()) makes a new outer container whose
  elements are the SAME inner objects: mutating an inner list shows through;
- copy.deepcopy copies recursively (and handles shared/cyclic references with its memo), so the
  copy is fully independent;
- immutables inside (ints, strings, tuples of immutables) make the difference invisible.

Needs: only the standard library (Python 3.8+).
"""
import copy

config = {"name": "api", "hosts": ["a.example", "b.example"], "limits": {"rps": 100}}

alias = config
shallow = copy.copy(config)  # same as config.copy() / dict(config)
deep = copy.deepcopy(config)

config["hosts"].append("c.example")
config["limits"]["rps"] = 5
config["name"] = "renamed"

print("original :", config)
print("alias    :", alias)
print("shallow  :", shallow)
print("deep     :", deep)
assert alias is config
assert shallow is not config and shallow["hosts"] is config["hosts"]
assert shallow["hosts"] == ["a.example", "b.example", "c.example"] and shallow["limits"]["rps"] == 5
assert shallow["name"] == "api", "rebinding a top-level key does not affect the shallow copy"
assert deep["hosts"] == ["a.example", "b.example"] and deep["limits"] == {"rps": 100}
assert deep["hosts"] is not config["hosts"]

grid = [[0] * 3] * 3  # classic: three references to ONE row
grid[0][0] = 1
print("[[0]*3]*3 after grid[0][0] = 1 ->", grid)
assert grid == [[1, 0, 0]] * 3
fixed = [[0] * 3 for _ in range(3)]
fixed[0][0] = 1
assert fixed == [[1, 0, 0], [0, 0, 0], [0, 0, 0]]

shared = ["x"]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
assert pair_copy[0] is pair_copy[1] and pair_copy[0] is not shared, "deepcopy keeps sharing via its memo"
print("deepcopy preserved the internal sharing:", pair_copy[0] is pair_copy[1])

print("OK: assignment aliases, shallow copy shares nested objects, deepcopy duplicates them")
