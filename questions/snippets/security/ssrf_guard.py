"""SSRF: a server that fetches user-supplied URLs can be pointed at its own internal network.

Shows (standard library: http.server, urllib, socket, ipaddress):
- an "internal" service on 127.0.0.1 (standing in for an admin API or the cloud metadata endpoint
  169.254.169.254) that the outside world cannot reach, but the server's URL fetcher can;
- a string blocklist ("localhost", "127.0.0.1" not in the URL) is bypassed by other spellings of the
  same address that the resolver accepts: http://2130706433/, http://0x7f000001/, http://127.1/;
- urllib follows redirects by default, so even a checked URL can hand the request on elsewhere;
- the guard that works: resolve the host, refuse if ANY resolved address is loopback, private,
  link-local (the metadata endpoint), reserved, multicast or unspecified (ipaddress does the
  classification; unwrap IPv4-mapped IPv6 addresses first), allow only http(s), and then connect to the address you checked (not re-resolve),
  with redirects off or re-checked per hop; an allow-list of hosts is better still.

Needs: only the standard library.
"""
import ipaddress
import socket
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer


class Internal(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.1:{self.server.server_port}/latest/meta-data/iam")
            self.end_headers()
            return
        body = b'{"AccessKeyId": "internal-secret"}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def naive_fetch(url):
    if "localhost" in url or "127.0.0.1" in url:
        return "blocked by the string check"
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.read().decode()


def is_forbidden(address):
    ip = ipaddress.ip_address(address)
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified


def guarded_check(url):
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "refused: scheme"
    addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)}
    bad = sorted(a for a in addresses if is_forbidden(a))
    return f"refused: {parts.hostname} resolves to {bad}" if bad else f"allowed: connect to {sorted(addresses)}"


server = HTTPServer(("127.0.0.1", 0), Internal)
port = server.server_port
threading.Thread(target=server.serve_forever, daemon=True).start()
try:
    print("direct:", naive_fetch(f"http://127.0.0.1:{port}/latest/meta-data/iam"))
    spellings = [f"http://2130706433:{port}/latest/meta-data/iam", f"http://0x7f000001:{port}/latest/meta-data/iam",
                 f"http://127.1:{port}/latest/meta-data/iam"]
    for url in spellings:
        got = naive_fetch(url)
        print(f"naive fetcher, {url:<46} -> {got}")
        assert "internal-secret" in got, "another spelling of 127.0.0.1 passed the string blocklist"
    got = naive_fetch(f"http://2130706433:{port}/redirect")
    print("naive fetcher follows a redirect                -> ", got)
    assert "internal-secret" in got

    for url in spellings + ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/admin", "file:///etc/passwd"]:
        verdict = guarded_check(url)
        print(f"guard, {url:<54} -> {verdict}")
        assert verdict.startswith("refused")
    assert ipaddress.ip_address("169.254.169.254").is_link_local
    # IPv4-mapped IPv6 spellings: the resolver accepts them, and older Pythons' ipaddress does not call
    # ::ffff:127.0.0.1 loopback (3.11: False, 3.14: True), so the guard unwraps ipv4_mapped first.
    mapped = ipaddress.ip_address("::ffff:127.0.0.1")
    print(f"Python {sys.version_info.major}.{sys.version_info.minor}: ip_address('::ffff:127.0.0.1').is_loopback =",
          mapped.is_loopback, "| ipv4_mapped =", mapped.ipv4_mapped)
    assert mapped.ipv4_mapped.is_loopback
    metadata = ipaddress.ip_address("::ffff:169.254.169.254")
    if sys.version_info[:2] == (3, 11):
        assert not mapped.is_loopback and not metadata.is_link_local, "3.11 does not look inside mapped addresses"
    if sys.version_info >= (3, 14):
        assert mapped.is_loopback and metadata.is_link_local, "3.14 classifies mapped addresses by their IPv4 part"
    for url in [f"http://[::ffff:127.0.0.1]:{port}/", "http://[::ffff:169.254.169.254]/latest/meta-data/"]:
        verdict = guarded_check(url)
        print(f"guard, {url:<54} -> {verdict}")
        assert verdict.startswith("refused"), "an IPv4-mapped spelling of an internal address"
    assert not is_forbidden("93.184.215.14"), "a public address is allowed"
    print("guard, a public address (93.184.215.14)                      -> allowed")
finally:
    server.shutdown()
    server.server_close()

print("OK: string blocklists are bypassed by other spellings of 127.0.0.1 and by redirects; resolving and classifying "
      "every address with ipaddress refuses loopback, private, link-local (metadata) and non-http URLs")
