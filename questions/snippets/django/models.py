"""Django models: one class = one table, one field = one column (with its
Python type and validation), a manager (`objects`) to query, and your own
methods for row-level behaviour. save() does not validate; full_clean() does
(ModelForms call it), and DRF's ModelSerializer does NOT call full_clean() or
Model.clean() (it copies the field rules instead) -- shown if DRF is installed.

Needs: pip install django   (Debian: apt install python3-django)
       the serializer part also uses djangorestframework if present (skipped otherwise)
Run:   python3 models.py
"""
import sys

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)
django.setup()

from django.core.exceptions import ValidationError  # noqa: E402
from django.db import connection, models  # noqa: E402


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    views = models.PositiveIntegerField(default=0)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "blog"  # normally implied by the app the models.py lives in
        ordering = ["-views"]

    def __str__(self):
        return self.title

    def publish(self):  # business logic lives on the model ("fat models")
        from django.utils import timezone

        self.status = self.Status.PUBLISHED
        self.published_at = timezone.now()
        self.save(update_fields=["status", "published_at"])


print("== the table Django derives from the class (what a migration would run) ==")
with connection.schema_editor(collect_sql=True) as editor:
    editor.create_model(Article)
create_sql = "\n".join(editor.collected_sql)
print(create_sql)
assert 'CREATE TABLE "blog_article"' in create_sql  # <app_label>_<model name>
assert '"slug" varchar(50) NOT NULL UNIQUE' in create_sql

with connection.schema_editor() as editor:  # now really create it (a migration's job)
    editor.create_model(Article)

print("\n== rows through the manager ==")
a = Article.objects.create(title="Hello ORM", slug="hello-orm", views=10)
Article.objects.create(title="Second post", slug="second", views=99)
a.publish()
print(f"created id={a.pk} status={a.get_status_display()!r} published_at set={a.published_at is not None}")
titles = [str(x) for x in Article.objects.all()]
print(f"Meta.ordering=-views -> {titles}")
assert titles == ["Second post", "Hello ORM"]
assert Article.objects.get(slug="hello-orm").status == "published"

print("\n== field validation runs in full_clean() (ModelForms call it), not in save() ==")
bad = Article(title="x" * 300, slug="not a slug!", status="archived")
try:
    bad.full_clean()
except ValidationError as e:
    print(f"full_clean() errors on: {sorted(e.message_dict)}")
    assert {"title", "slug", "status"} <= set(e.message_dict)
else:
    raise AssertionError("expected a ValidationError")
unchecked = Article(title="Unchecked", slug="unchecked", status="archived")
unchecked.save()  # no full_clean(): the invalid choice goes straight to the database
print(f"save() without full_clean() stored status={Article.objects.get(slug='unchecked').status!r}")
assert Article.objects.filter(status="archived").count() == 1

print("\n== ModelForm calls full_clean(); DRF's ModelSerializer does not ==")
calls = []


class Event(models.Model):
    name = models.CharField(max_length=20)
    starts = models.IntegerField()
    ends = models.IntegerField()

    class Meta:
        app_label = "blog"

    def clean(self):  # a cross-field rule that lives on the model
        calls.append("clean")
        if self.ends < self.starts:
            raise ValidationError("ends before it starts")


with connection.schema_editor() as editor:
    editor.create_model(Event)

from django import forms  # noqa: E402


class EventForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = ["name", "starts", "ends"]


bad_event = {"name": "gig", "starts": 20, "ends": 10}
form = EventForm(data=bad_event)
print(f"ModelForm.is_valid() -> {form.is_valid()}; Model.clean() ran: {calls == ['clean']}")
assert not form.is_valid() and calls == ["clean"]

try:
    from rest_framework import serializers
except ImportError:
    print("skipped: djangorestframework is not installed (pip install djangorestframework)")
else:
    class EventSerializer(serializers.ModelSerializer):
        class Meta:
            model = Event
            fields = ["name", "starts", "ends"]

    calls.clear()
    ser = EventSerializer(data=bad_event)
    print(f"ModelSerializer.is_valid() -> {ser.is_valid()}; Model.clean() ran: {bool(calls)}")
    assert ser.is_valid() and calls == []  # the model's cross-field rule was skipped
    too_long = EventSerializer(data={"name": "x" * 30, "starts": 1, "ends": 2})
    print(f"...but the copied field rule max_length=20 still applies: {too_long.is_valid()} { {k: [str(e) for e in v] for k, v in too_long.errors.items()} }")
    assert not too_long.is_valid() and "name" in too_long.errors

print("\n== model metadata ==")
names = [f.name for f in Article._meta.get_fields()]
print(f"fields: {names}; table: {Article._meta.db_table}")
assert names[0] == "id"  # the implicit auto primary key

print("OK: a model defines the table, the fields' types/validation and row behaviour;"
      " save() skips validation, ModelForm runs full_clean(), ModelSerializer does not")
