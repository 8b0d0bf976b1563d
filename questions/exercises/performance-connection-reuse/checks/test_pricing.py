import json
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from coach_checks import CheckFailure, user_module


class Prices(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
    connections = set()

    def setup(self):
        super().setup()
        Prices.connections.add(self.client_address)

    def do_GET(self):
        body = json.dumps({"cents": 100 + int(self.path.rsplit("/", 1)[-1])}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class ConnectionReuse(unittest.TestCase):
    def test_one_connection_for_five_calls(self):
        """five calls to the pricing service use one TCP connection"""
        pricing = user_module("pricing")
        server = ThreadingHTTPServer(("127.0.0.1", 0), Prices)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            prices = pricing.fetch_prices(f"http://127.0.0.1:{server.server_port}", [1, 2, 3, 4, 5])
        finally:
            server.shutdown()
            server.server_close()
        if prices != {1: 101, 2: 102, 3: 103, 4: 104, 5: 105}:
            raise CheckFailure("fetch_prices() must still return every price.", expected="{1: 101, …}", actual=prices)
        opened = len(Prices.connections)
        if opened != 1:
            raise CheckFailure("Every call opened a new TCP connection to the pricing service.",
                               expected="1 connection", actual=f"{opened} connections", at=pricing.fetch_price)
