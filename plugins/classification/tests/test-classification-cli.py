#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The classification report from the command line on the demo municipality:
`trygg --demo --report classification --unit UUID --output X.pdf` (and --asset) writes a PDF
whose every page renders; a wrong or missing subject fails with one line on stderr and writes
nothing. Prints TAP. The demo goes into a temporary XDG_DATA_HOME, never the user's."""
import os
import shutil
import subprocess
import sys
import tempfile
import uuid

trygg = sys.argv[1]
results = []

# data/demo/make-demo.py: uuid5 over this namespace with "core/<table>/<key>"
NAMESPACE = uuid.UUID("6f2d4a1e-9b3c-5e7a-8d10-2c4b6e8f0a13")
SOCIALFORVALTNINGEN = str(uuid.uuid5(NAMESPACE, "core/org_unit/sof"))
PERSONAKTER = str(uuid.uuid5(NAMESPACE, "core/information_asset/personakter_ifo"))
POPPLER = all(shutil.which(p) for p in ("pdfinfo", "pdftoppm", "pdftotext"))


def check(name, ok, detail=""):
    results.append((name, ok, detail))


def run(env, *args):
    return subprocess.run([trygg, *args], capture_output=True, text=True, timeout=120, env=env)


def renders(pdf, tmp):
    """The number of pages, and whether pdftoppm rendered each of them."""
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = int(next(l.split()[1] for l in info.splitlines() if l.startswith("Pages:")))
    out = os.path.join(tmp, "pages")
    os.makedirs(out, exist_ok=True)
    p = subprocess.run(["pdftoppm", "-png", "-r", "30", pdf, os.path.join(out, "p")],
                       capture_output=True)
    pngs = [f for f in os.listdir(out) if f.endswith(".png")
            and os.path.getsize(os.path.join(out, f)) > 100]
    shutil.rmtree(out)
    return pages, p.returncode == 0 and len(pngs) == pages


def text_of(pdf):
    return subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, "data"))

    unit_pdf = os.path.join(tmp, "socialforvaltningen.pdf")
    p = run(env, "--demo", "--report", "classification", "--unit", SOCIALFORVALTNINGEN,
            "--output", unit_pdf)
    check("--report classification --unit exits 0", p.returncode == 0, p.stderr)
    check("and writes a PDF", os.path.exists(unit_pdf) and
          open(unit_pdf, "rb").read(5) == b"%PDF-", p.stderr)
    if POPPLER and os.path.exists(unit_pdf):
        pages, ok = renders(unit_pdf, tmp)
        check("every page of the unit report renders", ok and pages > 1, f"{pages} pages")
        text = text_of(unit_pdf)
        check("the unit report names the unit and its sub-units' assets",
              "Socialförvaltningen" in text and "Personakter inom socialtjänsten" in text, text)
        check("and lists an unclassified asset as such",
              "Not classified" in text and "Statistik för uppföljning" in text, text)

    asset_pdf = os.path.join(tmp, "personakter.pdf")
    p = run(env, "--demo", "--report", "classification", "--asset", PERSONAKTER,
            "--output", asset_pdf)
    check("--report classification --asset exits 0", p.returncode == 0, p.stderr)
    if POPPLER and os.path.exists(asset_pdf):
        pages, ok = renders(asset_pdf, tmp)
        check("every page of the asset report renders", ok, f"{pages} pages")
        text = text_of(asset_pdf)
        check("the asset report has the profile, a gap and its action",
              "K3 R3 T3" in text and "Not met" in text and "Säker e-post" in text, text)

    bad_pdf = os.path.join(tmp, "bad.pdf")
    wrong = "00000000-0000-4000-8000-000000000000"
    p = run(env, "--demo", "--report", "classification", "--unit", wrong, "--output", bad_pdf)
    err = p.stderr.strip().splitlines()
    check("a wrong unit fails with a non-zero status", p.returncode != 0)
    check("with one line on stderr naming it", len(err) == 1 and wrong in err[0], p.stderr)
    check("and writes no file", not os.path.exists(bad_pdf))

    p = run(env, "--demo", "--report", "classification", "--output", bad_pdf)
    err = p.stderr.strip().splitlines()
    check("no subject fails with one line that says what to give",
          p.returncode != 0 and len(err) == 1 and "--unit" in err[0], p.stderr)

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        for line in str(detail).splitlines()[:20]:
            print("# " + line)
