"""Verifying a webhook: HMAC-SHA256 over the timestamp and the RAW body, constant-time compare, replay window.

Shows (standard library: hmac, hashlib, json):
- the sender signs f"{timestamp}.{raw_body}" with the shared secret; the receiver recomputes it;
- re-serialising the parsed JSON changes the bytes (spacing, key order, unicode escapes), so a
  signature checked over json.dumps(json.loads(body)) fails: verify the raw bytes, parse afterwards;
- a changed amount, a wrong secret or a missing header fail;
- the comparison uses hmac.compare_digest (time does not depend on where the strings differ);
- an old timestamp is refused (the signed timestamp stops an attacker who recorded a valid request
  from replaying it later); keep event ids to refuse duplicates inside the window too.

Needs: only the standard library.
"""
import hashlib
import hmac
import json
import time

SECRET = b"whsec_demo_0123456789abcdef0123456789"
TOLERANCE = 300  # seconds


def sign(secret, timestamp, raw_body):
    return hmac.new(secret, f"{timestamp}.".encode() + raw_body, hashlib.sha256).hexdigest()


def verify(headers, raw_body, now, seen_ids):
    try:
        timestamp = int(headers["X-Timestamp"])
        given = headers["X-Signature"]
    except (KeyError, ValueError):
        return "rejected: missing or malformed signature headers"
    if abs(now - timestamp) > TOLERANCE:
        return "rejected: timestamp outside the 5-minute window (replay?)"
    if not hmac.compare_digest(sign(SECRET, timestamp, raw_body), given):
        return "rejected: bad signature"
    event = json.loads(raw_body)               # parse only after the bytes are verified
    if event["id"] in seen_ids:
        return "rejected: duplicate event id"
    seen_ids.add(event["id"])
    return "accepted"


now = int(time.time())
raw = b'{"id": "evt_1", "type": "payment.succeeded",  "amount": 4200, "currency": "EUR", "note": "caf\\u00e9"}'
headers = {"X-Timestamp": str(now), "X-Signature": sign(SECRET, now, raw)}
seen = set()

reserialised = json.dumps(json.loads(raw)).encode()
print("raw body      :", raw.decode())
print("json re-dumped:", reserialised.decode())
assert reserialised != raw, "parsing and dumping JSON does not give back the signed bytes"
assert not hmac.compare_digest(sign(SECRET, now, reserialised), headers["X-Signature"])

cases = [
    ("the genuine request", headers, raw, now),
    ("the same request again", headers, raw, now),
    ("amount changed to 1", headers, raw.replace(b"4200", b"1"), now),
    ("signed with another secret", {**headers, "X-Signature": sign(b"guess", now, raw)}, raw, now),
    ("no signature header", {"X-Timestamp": str(now)}, raw, now),
    ("replayed 10 minutes later", headers, raw, now + 600),
]
results = {}
for name, h, body, at in cases:
    results[name] = verify(h, body, at, seen)
    print(f"{name:<28} -> {results[name]}")
assert results["the genuine request"] == "accepted"
assert results["the same request again"] == "rejected: duplicate event id"
assert results["amount changed to 1"] == results["signed with another secret"] == "rejected: bad signature"
assert results["no signature header"].startswith("rejected: missing")
assert results["replayed 10 minutes later"].startswith("rejected: timestamp")

# The timestamp is inside the signed bytes: moving it forward to pass the window breaks the signature.
forged = {**headers, "X-Timestamp": str(now + 600)}
assert verify(forged, raw, now + 600, set()) == "rejected: bad signature"
print("fresh timestamp on an old signature -> rejected: bad signature")

print("OK: HMAC over timestamp + raw body verified with compare_digest; tampering, wrong secret, re-serialised JSON, "
      "replays and duplicates are rejected")
