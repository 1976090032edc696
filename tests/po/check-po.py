#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Translations are complete: every source file with translatable strings is listed in
po/POTFILES.in, and sv, nb and nn translate every message of a template made fresh from the
sources, with nothing fuzzy. Prints TAP."""
import os
import re
import subprocess
import sys
import tempfile

src = sys.argv[1]
po_dir = os.path.join(src, "po")
results = []

MARKERS = re.compile(r'\b(?:_|N_|C_|NC_|ngettext)\s*\(|translatable="yes"')
listed = [l.strip() for l in open(os.path.join(po_dir, "POTFILES.in"), encoding="utf-8")
          if l.strip() and not l.startswith("#")]

# 1. every file with translatable strings is in POTFILES.in
missing = []
for top in ("src", "plugins"):
    for root, dirs, files in os.walk(os.path.join(src, top)):
        for name in sorted(files):
            if not name.endswith((".c", ".ui")):
                continue
            path = os.path.relpath(os.path.join(root, name), src)
            text = open(os.path.join(src, path), encoding="utf-8").read()
            if MARKERS.search(text) and path not in listed:
                missing.append(path)
results.append(("every file with translatable strings is in POTFILES.in", not missing,
                 "\n".join("missing: " + m for m in missing)))
gone = [p for p in listed if not os.path.exists(os.path.join(src, p))]
results.append(("every file in POTFILES.in exists", not gone, "\n".join(gone)))

# 2. a fresh template, merged into each catalogue, is fully translated
with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "trygg.pot")
    xgettext = ["xgettext", "--from-code=UTF-8", "--add-comments", "--keyword=_",
                "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
                "--keyword=g_dngettext:2,3", "--keyword=ngettext:1,2", "--keyword=Description",
                "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format",
                "-D", src, "-o", pot] + [p for p in listed if p not in gone]
    p = subprocess.run(xgettext, capture_output=True, text=True)
    results.append(("xgettext reads the sources", p.returncode == 0, p.stderr))
    for lang in open(os.path.join(po_dir, "LINGUAS")).read().split():
        po = os.path.join(po_dir, lang + ".po")
        if not os.path.exists(po):
            results.append(("%s.po exists" % lang, False, ""))
            continue
        merged = os.path.join(tmp, lang + ".po")
        subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", po, pot, "-o", merged],
                       check=True)
        p = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                           capture_output=True, text=True)
        stats = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""
        ok = p.returncode == 0 and "fuzzy" not in stats and "untranslated" not in stats
        detail = p.stderr
        if not ok:
            u = subprocess.run(["msgattrib", "--untranslated", "--only-fuzzy", merged],
                               capture_output=True, text=True).stdout
            u += subprocess.run(["msgattrib", "--untranslated", merged],
                                capture_output=True, text=True).stdout
            detail += "\n" + "\n".join(l for l in u.splitlines() if l.startswith("msgid"))[:3000]
        results.append(("%s: every message translated, none fuzzy (%s)" % (lang, stats), ok,
                        detail))

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        for line in str(detail).splitlines()[:60]:
            print("# " + line)
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
