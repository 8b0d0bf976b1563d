"""Exercise: Make a retried payment charge only once

POST /payments charges a card. Mobile clients retry when a response is lost, and send the same
Idempotency-Key header with the retry; today each retry charges again. Make a repeated key return
the first response (same status and body) without charging a second time.
"""
from flask import Flask, jsonify, request

app = Flask(__name__)
CHARGES = []  # what the card network really charged: (card, amount)
RESPONSES = {}  # Idempotency-Key → (body, status) of the first request with it


@app.post("/payments")
def create_payment():
    key = request.headers.get("Idempotency-Key")
    if key in RESPONSES:
        body, status = RESPONSES[key]
        return jsonify(body), status
    payload = request.get_json()
    CHARGES.append((payload["card"], payload["amount"]))
    body = {"payment": len(CHARGES), "amount": payload["amount"]}
    if key:
        RESPONSES[key] = (body, 201)
    return jsonify(body), 201
