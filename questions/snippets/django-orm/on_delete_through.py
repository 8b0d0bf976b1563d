"""ForeignKey on_delete options and many-to-many `through` models.

Shows, against the real ORM (SQLite):
- CASCADE deletes the dependent rows too (`delete()` returns the per-model counts);
- PROTECT refuses with ProtectedError; RESTRICT (3.1+) refuses too, unless the row is also being
  deleted through a CASCADE path;
- SET_NULL keeps the row and clears the key (needs null=True);
- Django does this in Python: the table's foreign key has no `ON DELETE` action, and
  `pre_delete`/`post_delete` are sent for every cascaded row;
- a `through` model stores data about the relation itself (role, joined date); `add()` fills its
  extra fields with `through_defaults` (2.2+), and `set()`/`remove()` work on it as well.

Needs: pip install django   (Debian: apt install python3-django)
"""
import os
import sys
import types

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

sys.modules["org"] = types.ModuleType("org")  # a stand-in installed app
sys.modules["org"].__file__ = os.path.abspath(__file__)
settings.configure(
    INSTALLED_APPS=["org"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.db.models import ProtectedError, RestrictedError  # noqa: E402
from django.db.models.signals import post_delete  # noqa: E402


class Team(models.Model):
    name = models.CharField(max_length=20)

    class Meta:
        app_label = "org"


class Person(models.Model):
    name = models.CharField(max_length=20)
    teams = models.ManyToManyField(Team, through="Membership", related_name="people")

    class Meta:
        app_label = "org"


class Membership(models.Model):  # the through model: one row per (person, team) with extra data
    person = models.ForeignKey(Person, on_delete=models.CASCADE)
    team = models.ForeignKey(Team, on_delete=models.CASCADE)
    role = models.CharField(max_length=20, default="member")

    class Meta:
        app_label = "org"
        constraints = [models.UniqueConstraint(fields=["person", "team"], name="one_membership")]


class Invoice(models.Model):
    team = models.ForeignKey(Team, on_delete=models.PROTECT)  # money: never delete silently

    class Meta:
        app_label = "org"


class Project(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE)
    lead = models.ForeignKey(Person, null=True, on_delete=models.SET_NULL)

    class Meta:
        app_label = "org"


class Budget(models.Model):
    project = models.ForeignKey(Project, on_delete=models.RESTRICT)  # not while the budget exists...
    team = models.ForeignKey(Team, on_delete=models.CASCADE)         # ...unless it goes with its team

    class Meta:
        app_label = "org"


with connection.schema_editor() as editor:
    for model in (Team, Person, Membership, Invoice, Project, Budget):
        editor.create_model(model)

print("== through model ==")
core, ops = Team.objects.create(name="core"), Team.objects.create(name="ops")
ada, bob = Person.objects.create(name="ada"), Person.objects.create(name="bob")
ada.teams.add(core, through_defaults={"role": "lead"})  # fills the through row's extra field
core.people.add(bob)                                     # role falls back to the field default
roles = sorted(Membership.objects.values_list("person__name", "team__name", "role"))
print(f"memberships: {roles}")
assert roles == [("ada", "core", "lead"), ("bob", "core", "member")]
ada.teams.set([ops], through_defaults={"role": "on-call"})
assert list(ada.teams.values_list("name", flat=True)) == ["ops"]
assert Membership.objects.get(person=ada).role == "on-call"

print("\n== SET_NULL ==")
project = Project.objects.create(team=core, lead=bob)
bob.delete()
project.refresh_from_db()
print(f"deleted bob -> project.lead = {project.lead}")
assert project.lead is None and Project.objects.filter(pk=project.pk).exists()

print("\n== PROTECT ==")
Invoice.objects.create(team=ops)
try:
    ops.delete()
except ProtectedError as exc:
    print(f"ops.delete() -> ProtectedError ({len(exc.protected_objects)} invoice)")
else:
    raise AssertionError("PROTECT should refuse")
assert Team.objects.filter(name="ops").exists()

print("\n== RESTRICT ==")
Budget.objects.create(project=project, team=core)
try:
    project.delete()  # the budget still points at it, and is not being deleted itself
except RestrictedError as exc:
    print(f"project.delete() -> RestrictedError ({len(exc.restricted_objects)} budget)")
else:
    raise AssertionError("RESTRICT should refuse")
assert Project.objects.filter(pk=project.pk).exists()

print("\n== CASCADE (and RESTRICT allowing a delete that also removes the referrer) ==")
with connection.cursor() as cursor:  # the schema Django created: a plain REFERENCES, no ON DELETE
    cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'org_project'")
    project_ddl = cursor.fetchone()[0]
print(f"org_project DDL: ...{project_ddl[project_ddl.index('REFERENCES'):][:70]}...")
assert "REFERENCES" in project_ddl and "ON DELETE" not in project_ddl.upper()
signalled = []
post_delete.connect(lambda sender, instance, **kw: signalled.append(sender.__name__), weak=False)
deleted, per_model = core.delete()  # team -> project and team -> budget both cascade
print(f"post_delete sent for: {sorted(signalled)}")
assert sorted(signalled) == ["Budget", "Project", "Team"]  # Django collected and deleted each one
print(f"core.delete() -> {deleted} rows: {per_model}")
assert per_model["org.Team"] == 1 and per_model["org.Project"] == 1 and per_model["org.Budget"] == 1
assert not Project.objects.exists() and not Budget.objects.exists()

print("OK: CASCADE deletes dependents, PROTECT/RESTRICT refuse, SET_NULL clears the key; "
      "a through model carries relation data and works with add()/set(through_defaults=...)")
