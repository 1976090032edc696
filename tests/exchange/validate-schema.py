#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates Trygg exchange files against docs/exchange-format.schema.json.

usage: validate-schema.py SCHEMA FILE...

Exit status: 0 when every FILE is valid, 1 when one is not (its errors on stderr),
2 when the schema itself is no valid JSON Schema (draft 2020-12), 77 when the Python
package jsonschema (Debian: python3-jsonschema) is missing.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate-schema: the Python package jsonschema is not installed", file=sys.stderr)
    sys.exit(77)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"validate-schema: {argv[1]}: {e.message}", file=sys.stderr)
        return 2
    validator = jsonschema.Draft202012Validator(schema)
    status = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
            where = "/".join(str(p) for p in error.path)
            print(f"{path}: {where}: {error.message}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
