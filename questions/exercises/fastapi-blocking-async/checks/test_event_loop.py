import asyncio
import unittest

from coach_checks import CheckFailure, user_module

import httpx


async def run_both(app, legacy):
    """Starts /report, then /health; the report is released only when /health has answered."""
    finished = []
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        async def report():
            response = await client.get("/report")
            finished.append("report")
            return response

        async def health():
            while not legacy.STARTED.is_set():
                await asyncio.sleep(0.01)
            response = await client.get("/health")
            finished.append("health")
            legacy.RELEASE.set()
            return response

        report_response, health_response = await asyncio.gather(report(), health())
    return finished, report_response, health_response


class EventLoop(unittest.TestCase):
    def test_health_answers_while_report_waits(self):
        """/health answers while /report is still waiting on the blocking call"""
        app, legacy = user_module("app"), user_module("legacy")
        legacy.STARTED.clear()
        legacy.RELEASE.clear()
        finished, report, health = asyncio.run(run_both(app.app, legacy))
        if finished != ["health", "report"]:
            raise CheckFailure("The blocking call inside async def froze the event loop: /health could only "
                               "answer after the report gave up waiting.", expected="health answers first, then report",
                               actual=" then ".join(finished) + f" (report: {legacy.LAST})", at=app.report)
        if report.json() != {"report": "quarterly figures"} or health.json() != {"ok": True}:
            raise CheckFailure("Both endpoints must still answer.", expected="the report and ok",
                               actual=f"{report.json()} and {health.json()}")
