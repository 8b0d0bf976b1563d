"""Exercise: Keep the current user per request, not per process

The Flask API stores the authenticated user in a module-level variable. The next request without a
token then runs as the previous request's user. Keep the user in the request's own context
(flask.g), so a request without a token is anonymous and gets 401.
"""
from flask import Flask, g, jsonify, request

app = Flask(__name__)
TOKENS = {"t-ada": "ada", "t-bob": "bob"}



@app.before_request
def load_user():
    g.user = TOKENS.get(request.headers.get("X-Token"))


@app.get("/me")
def me():
    if g.user is None:
        return jsonify(error="no token"), 401
    return jsonify(user=g.user)
