"""Module vs package vs namespace package, built in a temporary directory and imported.

Shows:
- a module is one .py file: importing it runs it once and caches it in sys.modules;
- a (regular) package is a directory with __init__.py: it has __path__, __init__.py runs on import,
  and its submodules are imported as package.module;
- a namespace package (PEP 420) has no __init__.py and can span several directories on sys.path:
  two "plugins" folders contribute to one importable package;
- __name__ vs __main__, relative imports inside a package (from . import x).

Needs: only the standard library (Python 3.8+).
"""
import importlib
import os
import sys
import tempfile
import textwrap


def write(path, text=""):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(textwrap.dedent(text))


with tempfile.TemporaryDirectory() as root:
    a, b = os.path.join(root, "site_a"), os.path.join(root, "site_b")
    write(f"{a}/greetings.py", """
        print("  (running greetings.py)")
        def hello(name): return f"hello {name}"
    """)
    write(f"{a}/shop/__init__.py", """
        print("  (running shop/__init__.py)")
        from .pricing import total          # relative import inside the package
        __all__ = ["total"]
    """)
    write(f"{a}/shop/pricing.py", "def total(items): return sum(items)\n")
    write(f"{a}/plugins/csv_export.py", "NAME = 'csv'\n")   # no __init__.py: namespace package
    write(f"{b}/plugins/pdf_export.py", "NAME = 'pdf'\n")   # same package name, other directory
    sys.path[:0] = [a, b]
    importlib.invalidate_caches()
    try:
        print("import greetings (a module):")
        greetings = importlib.import_module("greetings")
        again = importlib.import_module("greetings")  # cached: not executed a second time
        print("  file:", os.path.relpath(greetings.__file__, root), "| has __path__:", hasattr(greetings, "__path__"))
        assert again is greetings and sys.modules["greetings"] is greetings
        assert not hasattr(greetings, "__path__") and greetings.hello("bob") == "hello bob"

        print("import shop (a regular package):")
        shop = importlib.import_module("shop")
        print("  file:", os.path.relpath(shop.__file__, root), "| __path__:", [os.path.relpath(p, root) for p in shop.__path__])
        assert shop.__file__.endswith("__init__.py") and shop.total([2, 3]) == 5
        assert "shop.pricing" in sys.modules and shop.pricing.__name__ == "shop.pricing"

        print("import plugins (a namespace package):")
        plugins = importlib.import_module("plugins")
        csv_export = importlib.import_module("plugins.csv_export")
        pdf_export = importlib.import_module("plugins.pdf_export")
        paths = sorted(os.path.relpath(p, root) for p in plugins.__path__)
        print("  __file__:", getattr(plugins, "__file__", None), "| __path__ spans:", paths)
        assert getattr(plugins, "__file__", None) is None and paths == ["site_a/plugins", "site_b/plugins"]
        assert (csv_export.NAME, pdf_export.NAME) == ("csv", "pdf")
        print("  this script's __name__:", __name__, "| greetings.__name__:", greetings.__name__)
        assert __name__ == "__main__" and greetings.__name__ == "greetings"
    finally:
        for name in ["greetings", "shop", "shop.pricing", "plugins", "plugins.csv_export", "plugins.pdf_export"]:
            sys.modules.pop(name, None)
        del sys.path[:2]

print("OK: module = one .py file; package = directory with __init__.py and __path__; namespace package = no __init__.py, spans directories")
