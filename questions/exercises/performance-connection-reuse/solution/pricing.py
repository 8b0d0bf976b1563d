"""Exercise: Reuse the HTTP connection to the pricing service

fetch_prices() calls the pricing service once per product with requests.get(), which opens (and
closes) a new TCP connection every time: a handshake per call, and per TLS session in production.
Keep one requests.Session for the module so calls reuse a kept-alive connection.
"""
import requests

SESSION = requests.Session()


def fetch_price(base_url, product_id):
    """The price (cents) the pricing service gives for a product."""
    response = SESSION.get(f"{base_url}/prices/{product_id}", timeout=5)
    response.raise_for_status()
    return response.json()["cents"]


def fetch_prices(base_url, product_ids):
    return {product_id: fetch_price(base_url, product_id) for product_id in product_ids}
