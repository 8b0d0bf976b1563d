"""Project vs app: `startproject` makes the deployable configuration (settings,
root URLconf, WSGI/ASGI entry points); `startapp` makes one reusable feature
package (models, views, admin, migrations) that a project switches on by
listing it in INSTALLED_APPS.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 project_vs_app.py
"""
import os
import sys
import tempfile

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

settings.configure()
django.setup()

from django.core.management import call_command  # noqa: E402


def tree(root):
    """Relative paths of the files under root, sorted, without caches."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        for name in filenames:
            out.append(os.path.relpath(os.path.join(dirpath, name), root))
    return sorted(out)


with tempfile.TemporaryDirectory() as tmp:
    call_command("startproject", "mysite", tmp)  # one per deployable site
    app_dir = os.path.join(tmp, "blog")
    os.mkdir(app_dir)
    call_command("startapp", "blog", app_dir)  # one per feature; a project has many

    files = tree(tmp)
    project_files = [f for f in files if not f.startswith("blog" + os.sep)]
    app_files = [f for f in files if f.startswith("blog" + os.sep)]
    print("== startproject mysite: configuration + entry points ==")
    print("\n".join("  " + f for f in project_files))
    print("\n== startapp blog: one feature ==")
    print("\n".join("  " + f for f in app_files))

    for f in ["manage.py", "mysite/settings.py", "mysite/urls.py", "mysite/wsgi.py", "mysite/asgi.py"]:
        assert f.replace("/", os.sep) in project_files, f
    for f in ["blog/models.py", "blog/views.py", "blog/admin.py", "blog/apps.py", "blog/migrations/__init__.py"]:
        assert f.replace("/", os.sep) in app_files, f
    assert not any(f.endswith("settings.py") for f in app_files)  # apps carry no settings

    with open(os.path.join(tmp, "mysite", "settings.py")) as fh:
        settings_py = fh.read()
    with open(os.path.join(app_dir, "apps.py")) as fh:
        apps_py = fh.read()

    print("\n== the glue: the project lists apps in INSTALLED_APPS ==")
    start = settings_py.index("INSTALLED_APPS")
    print(settings_py[start:settings_py.index("]", start) + 1])
    assert "'blog'" not in settings_py and '"blog"' not in settings_py
    print("-> 'blog' is not there yet: an app does nothing until the project installs it")
    assert "class BlogConfig(AppConfig)" in apps_py
    print("blog/apps.py defines BlogConfig (name='blog'); add 'blog' to INSTALLED_APPS to use it")

print("OK: a project is configuration (settings, urls, wsgi/asgi); apps are pluggable features")
