"""A synchronous (blocking) client library, as many are. You do not need to change this file."""
import threading

STARTED = threading.Event()  # set when a fetch begins
RELEASE = threading.Event()  # the "server" answers when this is set (the checks set it)
LAST = "not run"


def fetch_report():
    """Blocks the calling thread until the report is ready (or gives up after 5 s)."""
    global LAST
    STARTED.set()
    LAST = "released" if RELEASE.wait(timeout=5) else "gave up after 5 s"
    return "quarterly figures"
