#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The risk plugin from the command line, on the demo municipality: `--report risk
--analysis UUID --output X.pdf` writes a report that poppler renders page by page, with the
risk table on landscape pages; `--export-heatmap UUID --output X.{png,svg,pdf}` writes a
1600 × 1200 picture of the right type, initial and residual; an unknown analysis fails with
one line on stderr and writes nothing. Prints TAP.

Usage: test-risk-cli.py TRYGG"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import uuid

trygg = sys.argv[1]
results = []

# the demo's analyses: uuid5 over core's demo namespace (plugins/risk/demo/make-demo.py)
NAMESPACE = uuid.UUID("6f2d4a1e-9b3c-5e7a-8d10-2c4b6e8f0a13")
WORKSHOP = str(uuid.uuid5(NAMESPACE, "risk/risk_analysis/soc"))
DRAFT = str(uuid.uuid5(NAMESPACE, "risk/risk_analysis/epost"))
UNKNOWN = "00000000-0000-4000-8000-000000000000"
POPPLER = all(shutil.which(tool) for tool in ("pdfinfo", "pdftoppm", "pdftotext"))


def check(name, ok, detail=""):
    results.append((name, bool(ok), detail))


def skip(name, why):
    results.append((name, True, "SKIP " + why))


def run(tmp, *args):
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, "data"))
    return subprocess.run([trygg, *args], capture_output=True, text=True, timeout=120,
                          env=env)


def tool(*args):
    return subprocess.run(list(args), capture_output=True, text=True, timeout=60)


def pdf_pages(path):
    """[(width, height)] of every page, from pdfinfo."""
    out = tool("pdfinfo", "-f", "1", "-l", "9999", path).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and " size:" in line:
            w, _, h = line.split(":", 1)[1].split()[:3]
            sizes.append((float(w), float(h)))
    return sizes


def check_report(tmp, name, analysis, words):
    pdf = os.path.join(tmp, name + ".pdf")
    p = run(tmp, "--demo", "--report", "risk", "--analysis", analysis, "--output", pdf)
    check(f"{name}: --report risk exits 0", p.returncode == 0, p.stderr)
    check(f"{name}: the report is a PDF",
          os.path.exists(pdf) and open(pdf, "rb").read(5) == b"%PDF-")
    if not POPPLER:
        skip(f"{name}: pages render", "poppler-utils is not installed")
        return
    sizes = pdf_pages(pdf)
    check(f"{name}: at least five pages", len(sizes) >= 5, sizes)
    check(f"{name}: portrait and landscape pages",
          any(w < h for w, h in sizes) and any(w > h for w, h in sizes), sizes)
    rendered = bool(sizes)
    for page in range(1, len(sizes) + 1):
        prefix = os.path.join(tmp, f"{name}-{page}")
        r = tool("pdftoppm", "-f", str(page), "-l", str(page), "-r", "30", "-png",
                 "-singlefile", pdf, prefix)
        ok = r.returncode == 0 and open(prefix + ".png", "rb").read(8) == b"\x89PNG\r\n\x1a\n"
        rendered = rendered and ok
    check(f"{name}: every page renders", rendered)
    table = [page for page in range(1, len(sizes) + 1)
             if "Undesired event" in tool("pdftotext", "-f", str(page), "-l", str(page),
                                          pdf, "-").stdout
             and "Deadline" in tool("pdftotext", "-f", str(page), "-l", str(page),
                                    pdf, "-").stdout]
    check(f"{name}: the risk table is on landscape pages",
          table and all(sizes[p - 1][0] > sizes[p - 1][1] for p in table), (table, sizes))
    text = " ".join(tool("pdftotext", pdf, "-").stdout.split())
    for word in words:
        check(f"{name}: the report says “{word}”", word in text, text[:2000])


def png_size(path):
    data = open(path, "rb").read(33)
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


with tempfile.TemporaryDirectory() as tmp:
    check_report(tmp, "workshop", WORKSHOP,
                 ["Risk analysis: Verksamhetssystemet för socialtjänsten",
                  "Karin Sjöberg", "Approved by Thomas Berg on 2026-05-19",
                  "Verksamhetssystem för socialtjänsten", "Mer sällan än en gång på 10 år",
                  "Acceptance decisions", "Overdue"])
    check_report(tmp, "draft", DRAFT, ["Risk analysis: E-post och kalender", "Draft"])

    for residual in ([], ["--residual"]):
        label = "residual" if residual else "initial"
        png = os.path.join(tmp, f"heatmap-{label}.png")
        p = run(tmp, "--demo", "--export-heatmap", WORKSHOP, *residual, "--output", png)
        check(f"heatmap {label} PNG exits 0", p.returncode == 0, p.stderr)
        check(f"heatmap {label} PNG is 1600 × 1200",
              os.path.exists(png) and png_size(png) == (1600, 1200),
              png_size(png) if os.path.exists(png) else "no file")

    svg = os.path.join(tmp, "heatmap.svg")
    p = run(tmp, "--demo", "--export-heatmap", WORKSHOP, "--output", svg)
    check("heatmap SVG exits 0", p.returncode == 0, p.stderr)
    check("heatmap SVG is SVG", os.path.exists(svg) and b"<svg" in open(svg, "rb").read(4096))

    pdf = os.path.join(tmp, "heatmap.pdf")
    p = run(tmp, "--demo", "--export-heatmap", WORKSHOP, "--output", pdf)
    check("heatmap PDF exits 0", p.returncode == 0, p.stderr)
    check("heatmap PDF is PDF", os.path.exists(pdf) and open(pdf, "rb").read(5) == b"%PDF-")

    for name, args in (("report", ["--report", "risk", "--analysis", UNKNOWN]),
                       ("heatmap", ["--export-heatmap", UNKNOWN])):
        out = os.path.join(tmp, f"unknown-{name}.pdf")
        p = run(tmp, "--demo", *args, "--output", out)
        err = p.stderr.strip().splitlines()
        check(f"unknown analysis: {name} fails", p.returncode != 0)
        check(f"unknown analysis: {name} prints one line naming it",
              len(err) == 1 and UNKNOWN in err[0], p.stderr)
        check(f"unknown analysis: {name} writes no file", not os.path.exists(out))

    out = os.path.join(tmp, "no-analysis.pdf")
    p = run(tmp, "--demo", "--report", "risk", "--output", out)
    check("report without --analysis fails with one line",
          p.returncode != 0 and len(p.stderr.strip().splitlines()) == 1, p.stderr)

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    directive = " # " + detail if ok and str(detail).startswith("SKIP") else ""
    print("%s %d - %s%s" % ("ok" if ok else "not ok", i, name, directive))
    if not ok and detail:
        for line in str(detail).splitlines()[:20]:
            print("# " + line)
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
