import os
import unittest

from coach_checks import CheckFailure, user_module

os.environ["DJANGO_SECRET_KEY"] = "q8$Lr2!vN0zXw7@Tk5#pB3^mY6&cH9*dF1(sJ4)gU-aE+oI=uZ]eR[tW{yQ}iP"
os.environ["DJANGO_SETTINGS_MODULE"] = "prod_settings"


def setUpModule():
    user_module("prod_settings")
    import django

    django.setup()


class DeployChecks(unittest.TestCase):
    def test_check_deploy_is_clean(self):
        """manage.py check --deploy reports no problem"""
        from django.core import checks

        found = [m for m in checks.run_checks(include_deployment_checks=True) if m.level >= checks.WARNING]
        if found:
            raise CheckFailure(
                f"Django's deployment checks report {len(found)} problem(s) with these settings.",
                expected="no warnings from check --deploy",
                actual="; ".join(f"{m.id}: {m.msg.split('. ')[0]}" for m in found),
                file=os.path.abspath(user_module("prod_settings").__file__), line=1)

    def test_unknown_host_refused(self):
        """a request with an unknown Host header is refused with 400"""
        from django.test import Client

        response = Client(raise_request_exception=False).get("/health/", HTTP_HOST="evil.example", secure=True)
        if response.status_code != 400:
            raise CheckFailure("A request for a host the site does not serve was accepted (Host header attacks, cache poisoning).",
                               expected="400 Bad Request", actual=f"{response.status_code}")

    def test_known_host_served(self):
        """a request for api.example.com over HTTPS is served"""
        from django.test import Client

        response = Client(raise_request_exception=False).get("/health/", HTTP_HOST="api.example.com", secure=True)
        if response.status_code != 200:
            raise CheckFailure("The site must still answer on its own host.", expected="200", actual=f"{response.status_code}")
