"""Testing an API in Django: TestCase, APIClient, assertNumQueries, factories.

Runs a real test suite with Django's test runner (a test database is created and destroyed):
- `TestCase` wraps each test in a transaction that is rolled back, so tests do not see each
  other's rows (the second test finds an empty table);
- DRF's `APIClient` sends JSON and `force_authenticate()` skips the login dance;
- `assertNumQueries(n)` fails when the endpoint runs a different number of queries: a list view
  with an N+1 fails the budget, the `select_related` version passes;
- a small factory function builds valid objects with overridable defaults (what factory_boy
  generalises);
Then it checks the runner's result: exactly the tests expected to fail did fail.

Needs: pip install django djangorestframework   (Debian: apt install python3-djangorestframework)
"""
import io
import os
import sys
import types
import unittest

try:
    import django
    from django.conf import settings
    import rest_framework  # noqa: F401
except ImportError as exc:
    print(f"This snippet needs Django and DRF: pip install django djangorestframework  ({exc})")
    sys.exit(2)

sys.modules["blog"] = types.ModuleType("blog")  # a stand-in installed app
sys.modules["blog"].__file__ = os.path.abspath(__file__)
settings.configure(
    SECRET_KEY="demo-only",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "rest_framework", "blog"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],  # fast hashing for tests
    USE_TZ=True,
)
django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.test import TestCase  # noqa: E402
from django.test.utils import get_runner  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework import generics, permissions, serializers  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402


class Post(models.Model):
    author = models.ForeignKey(User, on_delete=models.CASCADE)
    title = models.CharField(max_length=50)

    class Meta:
        app_label = "blog"


class PostSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author.username", read_only=True)

    class Meta:
        model = Post
        fields = ["id", "title", "author"]


class NaivePosts(generics.ListCreateAPIView):  # N+1: one author query per post
    queryset = Post.objects.order_by("id")
    serializer_class = PostSerializer
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]

    def perform_create(self, serializer):
        serializer.save(author=self.request.user)


class FastPosts(NaivePosts):
    queryset = Post.objects.select_related("author").order_by("id")


urlpatterns = [path("posts/", NaivePosts.as_view()), path("fast-posts/", FastPosts.as_view())]


def make_post(**overrides):  # a factory: valid defaults, override what the test cares about
    n = Post.objects.count() + 1
    author = overrides.pop("author", None) or User.objects.create_user(f"user{n}", password="pw")
    return Post.objects.create(author=author, **{"title": f"post {n}", **overrides})


class PostApiTests(TestCase):
    def setUp(self):
        self.client = APIClient()

    def test_1_create_requires_login_then_sets_author(self):
        r = self.client.post("/posts/", {"title": "hello"}, format="json")
        self.assertIn(r.status_code, (401, 403))
        ada = User.objects.create_user("ada", password="pw")
        self.client.force_authenticate(user=ada)
        r = self.client.post("/posts/", {"title": "hello"}, format="json")
        self.assertEqual(r.status_code, 201)
        self.assertEqual(r.json()["author"], "ada")
        self.assertEqual(Post.objects.count(), 1)

    def test_2_previous_test_was_rolled_back(self):
        self.assertEqual(Post.objects.count(), 0)
        self.assertFalse(User.objects.filter(username="ada").exists())

    def test_3_fast_list_query_budget(self):
        for _ in range(5):
            make_post()
        with self.assertNumQueries(1):  # one SELECT ... JOIN auth_user
            r = self.client.get("/fast-posts/")
        self.assertEqual(len(r.json()), 5)

    def test_4_naive_list_query_budget(self):  # expected to FAIL: 1 + 5 queries
        for _ in range(5):
            make_post()
        with self.assertNumQueries(1):
            self.client.get("/posts/")


TestRunner = get_runner(settings)
runner = TestRunner(verbosity=0)
old_config = runner.setup_databases()  # a fresh test database, as `manage.py test` does
try:
    with connection.schema_editor() as editor:  # the stand-in app has no migrations: make its table
        editor.create_model(Post)
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(PostApiTests)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
finally:
    runner.teardown_databases(old_config)

print(stream.getvalue().split("=" * 70)[0].strip())
failed = [test.id().rsplit(".", 1)[1] for test, _ in result.failures]
errors = [test.id() for test, _ in result.errors]
print(f"ran {result.testsRun}; failures: {failed}; errors: {errors}")
message = next((line for line in result.failures[0][1].splitlines() if "AssertionError" in line), "")
print(f"the budget failure says: {message[:110]}")
assert result.testsRun == 4 and errors == []
assert failed == ["test_4_naive_list_query_budget"], "only the N+1 endpoint broke the budget"
assert "6 != 1" in message  # 1 list query + 5 author queries
print("OK: TestCase isolates tests by rollback; APIClient + force_authenticate; assertNumQueries "
      "catches the N+1; factories build test data")
