"""Exercise: Make login work behind two workers

The API keeps logged-in sessions in a dict inside the process. In production it runs as two
gunicorn workers (two processes) behind a load balancer, so a token issued by one worker is
unknown to the other and half of the requests answer 401. Make the token carry what /me needs,
signed with SECRET, so any worker can check it without shared memory.
"""
import jwt
from flask import Flask, jsonify, request

SECRET = "a-long-shared-secret-for-every-worker-000"
USERS = {"ada": "lovelace"}


app = Flask(__name__)


@app.post("/login")
def login():
    data = request.get_json()
    if USERS.get(data["user"]) != data["password"]:
        return jsonify(error="bad credentials"), 401
    return jsonify(token=jwt.encode({"sub": data["user"]}, SECRET, algorithm="HS256"))


@app.get("/me")
def me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        return jsonify(error="not logged in"), 401
    return jsonify(user=claims["sub"])
