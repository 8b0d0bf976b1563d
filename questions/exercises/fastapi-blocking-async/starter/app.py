"""Exercise: Stop the blocking call from freezing every request

GET /report is an `async def` endpoint that calls legacy.fetch_report(), a blocking function (a
synchronous client library). While it waits, the event loop cannot run anything else, so even GET
/health hangs until the report is done. Keep the report working but let other requests be served
while it waits.
"""
from fastapi import FastAPI

import legacy

app = FastAPI()


@app.get("/report")
async def report():
    return {"report": legacy.fetch_report()}


@app.get("/health")
async def health():
    return {"ok": True}
