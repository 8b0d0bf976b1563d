"""Redis replication, and the key slots Redis Cluster shards by.

Shows, on two throwaway redis-servers (the primary on 127.0.0.1 and a free port, because replicas
connect over TCP; the replica on a unix socket; both in a temp dir, stopped at the end):
- REPLICAOF: the replica copies the primary's data and then streams every write, asynchronously;
- WAIT 1 <ms> returns how many replicas acknowledged the writes so far (it does not make Redis
  strongly consistent: a failover can still lose acknowledged writes);
- a replica is read-only by default (replica-read-only yes): writes get READONLY;
- Redis Cluster: every key maps to one of 16384 hash slots, CRC16(key) mod 16384 (redis-py's
  key_slot gives the value the server uses: 12182 for "foo"); a hash tag {user:42} puts keys in the
  same slot, which multi-key commands and transactions in a cluster require.
Sentinel (automatic failover for one primary) and Cluster (sharding + failover) are described in
the answer; running them needs several more processes.

Needs: pip install redis, and a redis-server binary (apt install redis-server).
"""
import socket
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

REDIS_SERVER = shutil.which("redis-server")
try:
    import redis
except ImportError:
    print("This snippet needs redis-py: pip install redis")
    sys.exit(2)
if REDIS_SERVER is None:
    print("This snippet needs the redis-server binary: apt install redis-server (or brew install redis)")
    sys.exit(2)


def start_redis(workdir, name="redis", *extra):
    """Start a private redis-server (no TCP port, unix socket only); return (process, client)."""
    sock = os.path.join(workdir, name + ".sock")
    proc = subprocess.Popen(
        [REDIS_SERVER, "--port", "0", "--unixsocket", sock, "--unixsocketperm", "700", "--save", "",
         "--appendonly", "no", "--dir", workdir, "--dbfilename", name + ".rdb",
         "--logfile", os.path.join(workdir, name + ".log"), *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(unix_socket_path=sock, decode_responses=True)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            return proc, client
        except redis.ConnectionError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"redis-server did not start, see {workdir}/{name}.log")
            time.sleep(0.02)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, what, seconds=10):
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


from redis.crc import key_slot  # noqa: E402

workdir = tempfile.mkdtemp(prefix="redis-repl-")
port = free_port()
procs = []
try:
    primary_proc, primary = start_redis(workdir, "primary", "--port", str(port), "--bind", "127.0.0.1",
                                          "--repl-diskless-sync-delay", "0")
    procs.append(primary_proc)
    primary.set("before", "copied by the initial sync")
    replica_proc, replica = start_redis(workdir, "replica", "--replicaof", "127.0.0.1", str(port))
    procs.append(replica_proc)
    wait_for(lambda: replica.info("replication").get("master_link_status") == "up", "the replica link")
    print("replica role:", replica.info("replication")["role"], "| primary connected_slaves:",
          primary.info("replication")["connected_slaves"])

    primary.set("order:1", "paid")
    acked = primary.wait(1, 2000)
    wait_for(lambda: replica.get("order:1") == "paid", "the write to reach the replica")
    print("WAIT 1 2000 ->", acked, "replica acknowledged | replica reads:", replica.get("before"), "/", replica.get("order:1"))
    assert acked == 1 and replica.get("before") == "copied by the initial sync"
    try:
        replica.set("order:2", "x")
        raise AssertionError("a replica must refuse writes")
    except redis.exceptions.ReadOnlyError as e:
        print("SET on the replica ->", str(e).split(".")[0])

    slots = {k: key_slot(k.encode()) for k in ["foo", "user:42:cart", "{user:42}:cart", "{user:42}:orders"]}
    print("hash slots:", slots)
    assert slots["foo"] == 12182 and all(0 <= s < 16384 for s in slots.values())
    assert slots["{user:42}:cart"] == slots["{user:42}:orders"] == key_slot(b"user:42")
finally:
    for p in procs:
        p.terminate()
        p.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)

print("OK: the replica received the primary's data and writes (WAIT counted its ack) and refused writes itself; "
      "cluster keys map to 16384 slots and hash tags co-locate keys")
