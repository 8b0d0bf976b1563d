#!/usr/bin/env python3
"""Runs an exercise's checks against the user's copy and writes a JSON report (SPEC §3).

    python3 run_checks.py --work <the user's copy> --checks <exercise>/checks --report <file.json>
                          [--timeout <seconds>]

Exit 0 when every check passes, 1 when a check fails, 2 when the run itself cannot happen (a missing
package: the report says what to install). Standard library only, Python 3.9+.

The checks run in a child process in its own session, with cwd a fresh temp folder; whatever that
child leaves running (servers the user's code started, say) is killed when it ends, and its
stdout/stderr are captured into the report. The caller may kill this process on its own timeout:
SIGTERM still ends the child's whole process group and writes an "error" report.
"""
import argparse
import importlib
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT_LIMIT = 64 * 1024
EXIT_PASSED, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", required=True)
    parser.add_argument("--checks", required=True)
    parser.add_argument("--report", required=True)
    parser.add_argument("--timeout", type=float, default=None)
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    work, checks, report = (os.path.abspath(p) for p in (args.work, args.checks, args.report))
    if args.inner:
        return run_inner(work, checks, report)
    return run_outer(work, checks, report, args.timeout)


# ------------------------------------------------------------------ outer: supervise and report

def run_outer(work, checks, report_path, timeout):
    for label, folder in (("--work", work), ("--checks", checks)):
        if not os.path.isdir(folder):
            return write_report(report_path, error_report(f"{label} {folder} is not a folder"), "")
    scratch = tempfile.mkdtemp(prefix="coach-checks-")
    inner_report = os.path.join(scratch, "inner-report.json")
    cwd = os.path.join(scratch, "cwd")
    os.mkdir(cwd)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
    command = [sys.executable, os.path.abspath(__file__), "--inner",
               "--work", work, "--checks", checks, "--report", inner_report]
    child = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    previous = signal.signal(signal.SIGTERM, lambda *_: end_group(child) or sys.exit(143))
    stopped_by = None
    try:
        output, _ = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        stopped_by = f"the checks did not finish within {timeout:g} s"
        end_group(child)
        output, _ = child.communicate()
    except SystemExit:
        write_report(report_path, error_report("the checks were stopped (SIGTERM)"), "")
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)
        end_group(child)
    text = output.decode("utf-8", "replace")
    try:
        with open(inner_report, encoding="utf-8") as handle:
            report = json.load(handle)
    except (OSError, ValueError):
        report = error_report(stopped_by or f"the checks stopped before reporting (exit {child.returncode})")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if stopped_by:
        report.update(status="error", message=stopped_by)
    return write_report(report_path, report, text)


def end_group(child):
    """Kills the child's whole process group: the user's code may have started servers."""
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        pass


def error_report(message):
    return {"status": "error", "message": message, "tests": []}


def write_report(path, report, output):
    if len(output) > OUTPUT_LIMIT:
        output = output[:OUTPUT_LIMIT] + "\n… (output truncated to 64 KB)"
    full = {"version": 1, "python": platform.python_version(), "status": report["status"]}
    if report["status"] == "error":
        full["message"] = report.get("message", "the checks could not run")
    full["tests"] = report.get("tests", [])
    full["output"] = output
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path + ".tmp", "w", encoding="utf-8") as handle:
        json.dump(full, handle, indent=2)
    os.replace(path + ".tmp", path)
    return {"passed": EXIT_PASSED, "failed": EXIT_FAILED}.get(full["status"], EXIT_ERROR)


# ------------------------------------------------------------------ inner: run the checks

def run_inner(work, checks, report_path):
    sys.path[:0] = [work, checks, HERE]
    result = ReportingResult(work, checks)
    names = sorted(f[:-3] for f in os.listdir(checks) if f.startswith("test_") and f.endswith(".py"))
    for name in names:
        try:  # imported here, not by unittest's discovery, which would keep only the traceback text
            module = importlib.import_module(name)
        except Exception as error:  # the user's code (or a package) could not be loaded
            result.startTest(ImportFailure(name))
            result.addError(ImportFailure(name), (type(error), error, error.__traceback__))
            continue
        unittest.defaultTestLoader.loadTestsFromModule(module).run(result)
    if result.missing:
        package, detail = result.missing
        return dump(report_path, error_report(f"a package is missing: install {package}{detail}"))
    if not result.tests:
        return dump(report_path, error_report(f"no checks found in {checks} (test_*.py)"))
    failed = any(test["status"] in ("failed", "error") for test in result.tests)
    return dump(report_path, {"status": "failed" if failed else "passed", "tests": result.tests})


class ImportFailure:
    """Stands for the checks of a module that could not be imported."""

    def __init__(self, name):
        self.name = name
        self._testMethodName = ""
        self.failureException = AssertionError

    def id(self):
        return self.name

    def title(self):
        return f"the checks in {self.name}.py can load your code"


def dump(path, report):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(report, handle)
    return 0


class ReportingResult(unittest.TestResult):
    """Collects one report entry per check; unittest's own text output is not wanted."""

    def __init__(self, work, checks):
        super().__init__()
        self.work = os.path.realpath(work)
        self.folders = (work, checks)
        self.tests = []
        self.missing = None
        self._started = 0.0
        self._current = None

    def startTest(self, test):
        super().startTest(test)
        self._started = time.perf_counter()
        self._current = test

    def _entry(self, test, status, **fields):
        method = getattr(test, "_testMethodName", "")
        doc = (getattr(getattr(test, method, None), "__doc__", None) or "").strip() if method else ""
        title = doc.splitlines()[0].strip() if doc else (test.title() if hasattr(test, "title") else method or test.id())
        started = self._started if self._current is test else time.perf_counter()
        entry = {"id": test.id(), "title": title, "status": status,
                 "durationMs": round((time.perf_counter() - started) * 1000, 1)}
        entry.update({k: v for k, v in fields.items() if v is not None})
        self.tests.append(entry)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._entry(test, "passed")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._entry(test, "skipped", message=reason)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._record(test, "failed", err)

    def addError(self, test, err):
        super().addError(test, err)
        missing = missing_package(err[1], self.folders)
        if missing:
            self.missing = self.missing or missing
        self._record(test, "error", err)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._record(subtest, "failed" if issubclass(err[0], AssertionError) else "error", err)

    def _record(self, test, status, err):
        kind, error, tb = err
        message = getattr(error, "message", None) or str(error) or kind.__name__
        if status == "error" and not isinstance(error, SyntaxError):
            message = f"{kind.__name__}: {message}"
        file, line = getattr(error, "file", None), getattr(error, "line", None)
        if file is None:
            file, line = self.place_in_work(error, tb)
        self._entry(test, status, message=message, expected=text_or_none(getattr(error, "expected", None)),
                    actual=text_or_none(getattr(error, "actual", None)), file=file, line=line)

    def place_in_work(self, error, tb):
        """The deepest frame of the traceback in the user's copy (or a syntax error's own line)."""
        if isinstance(error, SyntaxError) and error.filename and self.inside(error.filename):
            return os.path.abspath(error.filename), error.lineno
        found = (None, None)
        for frame in traceback.extract_tb(tb):
            if self.inside(frame.filename):
                found = (os.path.abspath(frame.filename), frame.lineno)
        cause = error.__cause__ or error.__context__
        if found[0] is None and cause is not None and cause.__traceback__ is not None:
            return self.place_in_work(cause, cause.__traceback__)
        return found

    def inside(self, filename):
        return os.path.realpath(filename).startswith(self.work + os.sep)


def text_or_none(value):
    return None if value is None else str(value)


def missing_package(error, folders):
    """(package, detail) when `error` says a package (not a module of the user's copy or the checks) is not installed."""
    if type(error).__name__ == "MissingPackage":
        return error.package, ""
    if not isinstance(error, ModuleNotFoundError) or not error.name:
        return None
    top = error.name.split(".")[0]
    for folder in folders:
        if os.path.exists(os.path.join(folder, top + ".py")) or os.path.isdir(os.path.join(folder, top)):
            return None  # a module of the user's copy or of the checks: not something to install
    try:
        from coach_checks import install_name
    except ImportError:
        return top, ""
    if error.name in ("coach_checks",):
        return None
    name = install_name(top)
    return name, f" (pip install {name}; the import of '{error.name}' failed)"


if __name__ == "__main__":
    if sys.version_info < (3, 9):
        sys.exit("run_checks.py needs Python 3.9 or newer")
    sys.exit(main())
