#!/usr/bin/env python3
# tests/listjson_schema.py PLUGIN < DOC: checks a plugin's --list --format
# json document against the schema of docs/json.md (the keys each object
# must have and their types); prints what is wrong and exits 1, else 0.
# Standard library only.
import json
import sys

S, I, N, B = "string", "integer", "number", "boolean"
OPT = "|null"
COMMON = {"plugin": S, "version": S, "peer": S}
SCHEMA = {
    "check_snmp_interface": ({"interfaces": "array"}, "interfaces", {
        "index": I, "name": S, "descr": S, "alias": S, "phys_address": S,
        "type": I + OPT, "type_name": S + OPT, "speed": I, "admin": S,
        "oper": S, "selected": B}),
    "check_snmp_storage": ({"table": S, "entries": "array"}, "entries", {
        "index": I, "type": S, "descr": S, "size": I + OPT,
        "used": I + OPT, "inodes_pct": I + OPT, "selected": B,
        "why": S + OPT}),
    "check_snmp_load": ({"load": "array", "processors": "array"}, "load", {
        "index": I, "name": S, "load": N + OPT, "raw": S}),
}
PROCESSOR = {"index": I, "load": I + OPT, "descr": S + OPT}


def kind(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return B
    if isinstance(v, int):
        return I
    if isinstance(v, float):
        return N
    if isinstance(v, str):
        return S
    return "array" if isinstance(v, list) else "object"


def check(obj, keys, where, errs):
    if not isinstance(obj, dict):
        errs.append("%s: not an object" % where)
        return
    for k, t in keys.items():
        if k not in obj:
            errs.append("%s: no key %s" % (where, k))
            continue
        got = kind(obj[k])
        ok = t.split("|")
        if got not in ok and not (got == I and N in ok):
            errs.append("%s.%s: %s, not %s" % (where, k, got, t))


def main():
    name = sys.argv[1]
    doc = json.load(sys.stdin)
    top, rows, row = SCHEMA[name]
    errs = []
    check(doc, dict(COMMON, **top), name, errs)
    if doc.get("plugin") != name:
        errs.append("plugin is %r" % doc.get("plugin"))
    for i, r in enumerate(doc.get(rows) or []):
        check(r, row, "%s[%d]" % (rows, i), errs)
    for i, r in enumerate(doc.get("processors") or []):
        check(r, PROCESSOR, "processors[%d]" % i, errs)
    for e in errs:
        print(e)
    return 1 if errs else 0


sys.exit(main())
