#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest against what Trygg promises its users.

Usage: check-manifest.py MANIFEST.json

Trygg holds confidential data (risk analyses under OSL 18:8 / offentleglova § 24): the sandbox
must have no network and only limited file access, and the app must build on a current GNOME
runtime with libpeas 1.x built as a module (it is not in the runtime). Every problem found is
printed; the exit status is 1 if there was any.
"""

import json
import re
import sys

APP_ID = "io.github.trygg.Trygg"
COMMAND = "trygg"
MIN_GNOME_RUNTIME = 47

# File-system access the app may have. The file-chooser portal covers opening and saving
# through dialogs; xdg-documents lets a user keep databases (with their -wal and -shm files,
# which the document portal cannot grant) in ~/Documents.
ALLOWED_FILESYSTEMS = {"xdg-documents", "xdg-documents:ro"}

LIBPEAS_OFF = [
    "-Dwidgetry=false",  # libpeas-gtk is GTK3
    "-Dpython3=false",
    "-Dlua51=false",
    "-Dintrospection=false",
    "-Dvapi=false",
    "-Dgtk_doc=false",
]

problems = []


def problem(message):
    problems.append(message)


def check_runtime(manifest):
    if manifest.get("app-id", manifest.get("id")) != APP_ID:
        problem(f"app-id must be {APP_ID!r}, is {manifest.get('app-id')!r}")
    if manifest.get("command") != COMMAND:
        problem(f"command must be {COMMAND!r}, is {manifest.get('command')!r}")
    if manifest.get("runtime") != "org.gnome.Platform":
        problem(f"runtime must be org.gnome.Platform, is {manifest.get('runtime')!r}")
    if manifest.get("sdk") != "org.gnome.Sdk":
        problem(f"sdk must be org.gnome.Sdk, is {manifest.get('sdk')!r}")
    version = str(manifest.get("runtime-version", ""))
    if not re.fullmatch(r"\d+", version) or int(version) < MIN_GNOME_RUNTIME:
        problem(f"runtime-version must be a GNOME release >= {MIN_GNOME_RUNTIME}, "
                f"is {version!r}")


def check_finish_args(manifest):
    args = manifest.get("finish-args", [])
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        problem("finish-args must be a list of strings")
        return
    sockets = {a.split("=", 1)[1] for a in args if a.startswith("--socket=")}
    if not sockets & {"wayland", "x11", "fallback-x11"}:
        problem("finish-args give no display: add --socket=wayland and --socket=fallback-x11")
    for arg in args:
        if arg in ("--share=network", "--device=all") or arg.startswith("--socket=ssh-auth"):
            problem(f"{arg} is not allowed: the data is confidential and nothing leaves the "
                    "machine unless the user exports it")
        elif arg.startswith("--filesystem="):
            target = arg.split("=", 1)[1]
            if target not in ALLOWED_FILESYSTEMS:
                problem(f"{arg} is too broad: allowed are "
                        + ", ".join(f"--filesystem={f}" for f in sorted(ALLOWED_FILESYSTEMS))
                        + " (the portal covers file choosers)")
        elif arg.startswith(("--talk-name=org.freedesktop.Flatpak", "--system-talk-name=")):
            problem(f"{arg} would let the app out of its sandbox")


def option_value(opts, name):
    """The last value given to -Dname= in a list of meson options, or None."""
    value = None
    for opt in opts:
        if opt.startswith(f"-D{name}="):
            value = opt.split("=", 1)[1]
    return value


def check_libpeas(module):
    if module.get("buildsystem") != "meson":
        problem("libpeas must be built with buildsystem meson")
    opts = module.get("config-opts", [])
    for wanted in LIBPEAS_OFF:
        name, value = wanted[2:].split("=", 1)
        if option_value(opts, name) != value:
            problem(f"libpeas config-opts must contain {wanted}")
    sources = module.get("sources", [])
    if len(sources) != 1 or not isinstance(sources[0], dict):
        problem("libpeas must have exactly one source")
        return
    source = sources[0]
    kind = source.get("type")
    if kind == "archive":
        url = source.get("url", "")
        if not re.fullmatch(r"https://download\.gnome\.org/sources/libpeas/1\.36/"
                            r"libpeas-1\.36\.\d+\.tar\.xz", url):
            problem(f"libpeas archive must be a 1.36.x tarball on download.gnome.org, is {url!r}")
        if not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
            problem("libpeas archive needs its published sha256")
    elif kind == "git":
        if not source.get("url", "").startswith("https://gitlab.gnome.org/GNOME/libpeas"):
            problem("libpeas git source must be gitlab.gnome.org/GNOME/libpeas")
        if not re.fullmatch(r"libpeas-1\.36\.\d+", source.get("tag", "")):
            problem("libpeas git source must use a libpeas-1.36.x tag")
        commit = source.get("commit")
        if commit is not None and not re.fullmatch(r"[0-9a-f]{40}", commit):
            problem("libpeas git commit must be a full 40-digit id")
    else:
        problem(f"libpeas source must be an archive or git, is {kind!r}")


def check_trygg(module):
    if module.get("buildsystem") != "meson":
        problem("the trygg module must be built with buildsystem meson")
    sources = module.get("sources", [])
    if not any(isinstance(s, dict) and s.get("type") == "dir" and s.get("path") == ".."
               for s in sources):
        problem('the trygg module must build this checkout: a source {"type": "dir", '
                '"path": ".."}')


def check_modules(manifest):
    modules = manifest.get("modules", [])
    if any(not isinstance(m, dict) for m in modules):
        problem("modules must be inline objects, not file references, so that they are checked")
        return
    names = [m.get("name") for m in modules]
    if "json-glib" in names:
        problem("json-glib is in the GNOME runtime: do not build it as a module")
    if names[-1:] != ["trygg"]:
        problem(f"the last module must be trygg; modules are {names}")
    if "libpeas" not in names:
        problem(f"libpeas is not in the GNOME runtime and must be a module; modules are {names}")
    elif "trygg" in names and names.index("libpeas") > names.index("trygg"):
        problem("libpeas must be built before trygg")
    for module in modules:
        if module.get("name") == "libpeas":
            check_libpeas(module)
        elif module.get("name") == "trygg":
            check_trygg(module)


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{argv[1]}: {e}", file=sys.stderr)
        return 1
    if not isinstance(manifest, dict):
        print(f"{argv[1]}: not a JSON object", file=sys.stderr)
        return 1

    check_runtime(manifest)
    check_finish_args(manifest)
    check_modules(manifest)

    for message in problems:
        print(f"{argv[1]}: {message}", file=sys.stderr)
    if not problems:
        print(f"{argv[1]}: ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
