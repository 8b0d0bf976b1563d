"""DRF serializers: validation order, errors, ModelSerializer and nested data.

Shows, against the real Django REST framework:
- validation runs field by field (type + field validators), then `validate_<field>()`, then
  `validate()` for cross-field rules; a field error stops that field's `validate_<field>`
  and skips `validate()`;
- `is_valid()` collects every error in `.errors`; `is_valid(raise_exception=True)` raises
  `ValidationError` (a 400 in a view);
- `ModelSerializer` builds its fields from the model (max_length, choices, a UniqueValidator for
  `unique=True`) and a default `create()`; it does not call `Model.clean()`;
- nested serializers read nested data, but a writable nested field makes the default `create()`
  refuse (you write `create()` yourself).

Needs: pip install django djangorestframework   (Debian: apt install python3-djangorestframework)
"""
import os
import sys
import types

try:
    import django
    from django.conf import settings
    import rest_framework  # noqa: F401
except ImportError as exc:
    print(f"This snippet needs Django and DRF: pip install django djangorestframework  ({exc})")
    sys.exit(2)

sys.modules["shop"] = types.ModuleType("shop")  # a stand-in installed app
sys.modules["shop"].__file__ = os.path.abspath(__file__)
settings.configure(
    INSTALLED_APPS=["shop"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)
django.setup()

from django.core.exceptions import ValidationError  # noqa: E402
from django.db import connection, models  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.validators import UniqueValidator  # noqa: E402


class Author(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        app_label = "shop"


class Book(models.Model):
    title = models.CharField(max_length=30)
    isbn = models.CharField(max_length=13, unique=True)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")

    class Meta:
        app_label = "shop"

    def clean(self):  # a model-level rule: full_clean() runs it, ModelSerializer does not
        if self.title.isupper():
            raise ValidationError({"title": "no shouting"})


with connection.schema_editor() as editor:
    editor.create_model(Author)
    editor.create_model(Book)

print("== 1) the validation order ==")
calls = []


class Booking(serializers.Serializer):
    guests = serializers.IntegerField(min_value=1)
    starts = serializers.IntegerField()
    ends = serializers.IntegerField()

    def validate_guests(self, value):  # after the field's own checks passed
        calls.append("validate_guests")
        if value > 8:
            raise serializers.ValidationError("at most 8 guests")
        return value

    def validate(self, attrs):  # cross-field rules, only when every field is valid
        calls.append("validate")
        if attrs["ends"] <= attrs["starts"]:
            raise serializers.ValidationError("ends must be after starts")
        return attrs


ok = Booking(data={"guests": "2", "starts": 1, "ends": 3})
print(f"valid: {ok.is_valid()} -> validated_data {dict(ok.validated_data)}; calls {calls}")
assert ok.is_valid() and ok.validated_data["guests"] == 2  # "2" was coerced to int
assert calls == ["validate_guests", "validate"]

calls.clear()
bad_type = Booking(data={"guests": "many", "starts": 1, "ends": 3})
print(f"guests='many': {bad_type.is_valid()} {dict(bad_type.errors)}; calls {calls}")
assert not bad_type.is_valid() and "guests" in bad_type.errors and calls == []  # field check failed first

calls.clear()
cross = Booking(data={"guests": 2, "starts": 5, "ends": 3})
assert not cross.is_valid()
print(f"ends<=starts: {dict(cross.errors)}; calls {calls}")
assert "non_field_errors" in cross.errors and calls == ["validate_guests", "validate"]

try:
    Booking(data={"guests": 9, "starts": 1, "ends": 3}).is_valid(raise_exception=True)
except serializers.ValidationError as exc:
    print(f"raise_exception=True -> ValidationError {exc.detail}")
    assert "guests" in exc.detail
else:
    raise AssertionError("expected a ValidationError")

print("\n== 2) ModelSerializer derives fields and validators from the model ==")


class BookSerializer(serializers.ModelSerializer):
    class Meta:
        model = Book
        fields = ["id", "title", "isbn", "author"]


fields = BookSerializer().fields
print(f"fields: {list(fields)}; title max_length={fields['title'].max_length}; "
      f"isbn validators: {[type(v).__name__ for v in fields['isbn'].validators]}")
assert fields["id"].read_only and fields["title"].max_length == 30
assert any(isinstance(v, UniqueValidator) for v in fields["isbn"].validators)
assert isinstance(fields["author"], serializers.PrimaryKeyRelatedField)

ada = Author.objects.create(name="Ada")
s = BookSerializer(data={"title": "Notes", "isbn": "1", "author": ada.pk})
assert s.is_valid(), s.errors
book = s.save()  # the default create(): Book.objects.create(**validated_data)
print(f"save() -> {book!r} pk={book.pk}; serializer.data {s.data}")
assert Book.objects.filter(pk=book.pk, author=ada).exists()
dup = BookSerializer(data={"title": "Again", "isbn": "1", "author": ada.pk})
assert not dup.is_valid() and "isbn" in dup.errors  # UniqueValidator queried the table
print(f"duplicate isbn -> {dup.errors['isbn'][0]}")

loud = BookSerializer(data={"title": "LOUD", "isbn": "9", "author": ada.pk})
try:
    Book(title="LOUD", isbn="9", author=ada).full_clean()
except ValidationError as exc:
    print(f"Book.full_clean() runs Model.clean() -> {exc.message_dict}")
else:
    raise AssertionError("full_clean() should run Model.clean()")
print(f"ModelSerializer with the same data: is_valid() = {loud.is_valid()} (Model.clean() never ran)")
assert loud.is_valid(), loud.errors  # DRF 3.0+ does not call full_clean()/clean()

print("\n== 3) nested serializers ==")


class AuthorWithBooks(serializers.ModelSerializer):
    books = BookSerializer(many=True)

    class Meta:
        model = Author
        fields = ["id", "name", "books"]


nested = AuthorWithBooks(ada).data  # reading: the reverse relation rendered inline
print(f"read: {nested}")
assert nested["books"][0]["title"] == "Notes"
writer = AuthorWithBooks(data={"name": "Grace", "books": [{"title": "COBOL", "isbn": "2", "author": ada.pk}]})
assert writer.is_valid(), writer.errors
try:
    writer.save()
except AssertionError as exc:  # DRF refuses to guess how to write nested objects
    print(f"write: default create() refuses nested data -> {str(exc).splitlines()[0][:90]}")
    assert "nested" in str(exc)
else:
    raise AssertionError("expected DRF to refuse writable nested fields")

print("OK: field checks -> validate_<field> -> validate; ModelSerializer derives fields/validators "
      "but never runs Model.clean(); "
      "nested writes need your own create()")
