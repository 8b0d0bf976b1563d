"""Exercise: Keep the current user per request, not per process

The Flask API stores the authenticated user in a module-level variable. The next request without a
token then runs as the previous request's user. Keep the user in the request's own context
(flask.g), so a request without a token is anonymous and gets 401.
"""
from flask import Flask, jsonify, request

app = Flask(__name__)
TOKENS = {"t-ada": "ada", "t-bob": "bob"}
current_user = None


@app.before_request
def load_user():
    global current_user
    token = request.headers.get("X-Token")
    if token in TOKENS:
        current_user = TOKENS[token]


@app.get("/me")
def me():
    if current_user is None:
        return jsonify(error="no token"), 401
    return jsonify(user=current_user)
