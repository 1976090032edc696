#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line: --list-plugins, --info on a new file, --info on a path that cannot be
created, --report (found by the plugin's report id), --version. Prints TAP."""
import os
import stat
import subprocess
import sys
import tempfile

trygg = sys.argv[1]
results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


def run(*args):
    return subprocess.run([trygg, *args], capture_output=True, text=True, timeout=60)


with tempfile.TemporaryDirectory() as tmp:
    env_db = os.path.join(tmp, "new.db")

    p = run("--list-plugins")
    lines = p.stdout.splitlines()
    check("list-plugins exits 0", p.returncode == 0, p.stderr)
    check("list-plugins lists actionplan as enabled", "actionplan enabled" in lines, p.stdout)
    check("list-plugins prints one 'module state' line per plugin",
          all(len(l.split()) == 2 and l.split()[1] in ("enabled", "disabled") for l in lines)
          and len(lines) > 0, p.stdout)

    p = run("--database", env_db, "--info")
    check("info on a new file exits 0", p.returncode == 0, p.stderr)
    check("info creates the file with mode 0600",
          os.path.exists(env_db) and stat.S_IMODE(os.stat(env_db).st_mode) == 0o600)
    out = p.stdout
    check("info prints the path", env_db in out, out)
    check("info lists the core schema version",
          any(l.split()[:2] == ["core", "1"] for l in out.splitlines() if l.strip()), out)
    check("info lists the actionplan schema version",
          any(l.split()[:1] == ["actionplan"] for l in out.splitlines() if l.strip()), out)
    check("info counts the rows of information_asset",
          any(l.split() == ["information_asset", "0"] for l in out.splitlines()), out)

    p = run("--database", "/nonexistent/dir/x.db", "--info")
    err = p.stderr.strip().splitlines()
    check("unopenable path fails with a non-zero status", p.returncode != 0)
    check("unopenable path prints exactly one line on stderr", len(err) == 1, p.stderr)
    check("the line names the path", len(err) == 1 and "/nonexistent/dir/x.db" in err[0], p.stderr)

    bad = os.path.join(tmp, "not-a-db.db")
    with open(bad, "w") as f:
        f.write("this is a spreadsheet, not a database\n" * 100)
    before = open(bad, "rb").read()
    p = run("--database", bad, "--info")
    check("a file that is no database is refused", p.returncode != 0 and p.stderr.strip(), p.stderr)
    check("and left unchanged", open(bad, "rb").read() == before)

    report = os.path.join(tmp, "follow-up.pdf")
    p = run("--database", env_db, "--report", "actionplan", "--year", "2026",
            "--output", report)
    check("--report actionplan exits 0", p.returncode == 0, p.stderr)
    check("and writes a PDF", os.path.exists(report) and
          open(report, "rb").read(5) == b"%PDF-", p.stderr)
    p = run("--database", env_db, "--report", "no-such-report", "--output", report)
    err = p.stderr.strip().splitlines()
    check("an unknown report name fails with one line naming it",
          p.returncode != 0 and len(err) == 1 and "no-such-report" in err[0], p.stderr)
    p = run("--database", env_db, "--report", "actionplan")
    check("--report without --output fails with one line",
          p.returncode != 0 and len(p.stderr.strip().splitlines()) == 1, p.stderr)

    p = run("--version")
    check("version", p.returncode == 0 and p.stdout.startswith("trygg "), p.stdout)

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        for line in str(detail).splitlines()[:20]:
            print("# " + line)
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
