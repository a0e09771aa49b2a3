#!/usr/bin/env python3
# tests/listjson_schema.py PLUGIN < DOC: checks a plugin's --list --format
# json document against the schema of docs/json.md (the keys each object
# must have and their types); prints what is wrong and exits 1, else 0.
# tests/listjson_schema.py --batch LIST: the same for every line "FILE
# PLUGIN NAME" of LIST, in one process (a suite checks a hundred
# documents): for each, a line "ok NAME: json.tool reads it" or "FAIL
# NAME: json.tool reads it: WHY" (json.tool's parser: json.load), then
# one "ok NAME: schema" or "FAIL NAME: schema: WHY".
# --batch LIST VALUES: then, for every line "FILE<TAB>NAME<TAB>EXPR<TAB>WANT"
# of VALUES, "ok NAME: EXPR = WANT" when the repr of the Python expression
# EXPR on the document (d) is WANT, else "FAIL ... (got ...)".
# Standard library only.
import json
import sys

S, I, N, B = "string", "integer", "number", "boolean"
OPT = "|null"
COMMON = {"plugin": S, "version": S, "peer": S}
PROCESSOR = {"index": I, "load": I + OPT, "descr": S + OPT}
THRESHOLD = {"index": I, "severity": I + OPT, "relation": I + OPT,
             "value": N + OPT, "state": S + OPT, "why": S + OPT}
# each plugin: its top-level keys, and the schema of each array's rows
SCHEMA = {
    "check_snmp_interface": ({"interfaces": "array"}, {"interfaces": {
        "index": I, "name": S, "descr": S, "alias": S, "phys_address": S,
        "type": I + OPT, "type_name": S + OPT, "speed": I, "admin": S,
        "oper": S, "selected": B}}),
    "check_snmp_storage": ({"table": S, "entries": "array"}, {"entries": {
        "index": I, "type": S, "descr": S, "size": I + OPT,
        "used": I + OPT, "inodes_pct": I + OPT, "selected": B,
        "why": S + OPT}}),
    "check_snmp_load": ({"load": "array", "processors": "array"}, {
        "load": {"index": I, "name": S, "load": N + OPT, "raw": S},
        "processors": PROCESSOR}),
    "check_snmp_memory": ({
        "pool_mib": S + OPT, "pools": "array", "ucd_memory_kb": "object",
        "hrstorage": "array", "hr_memory_size": I + OPT, "bsnmpd": B}, {
        "pools": {"name": S, "size": I + OPT, "used": I + OPT,
                  "free": I + OPT, "used_pct": N + OPT, "why": S + OPT,
                  "hidden": B},
        "hrstorage": {"index": I, "type": S, "descr": S, "size": I + OPT,
                      "used": I + OPT}}),
    "check_snmp_process": ({"processes": "array"}, {"processes": {
        "pid": I, "name": S + OPT, "path": S + OPT, "params": S + OPT,
        "status": S + OPT, "type": S + OPT, "mem": I + OPT, "cpu": I + OPT,
        "complete": B, "selected": B}}),
    "check_snmp_sensor": ({"sensors": "array"}, {"sensors": {
        "mib": S, "table": S + OPT, "index": S, "type": S, "name": S,
        "descr": S + OPT, "unit": S + OPT, "value": N + "|" + B + OPT,
        "status": S, "device_state": S + OPT, "why": S + OPT,
        "device_warning": S + OPT, "device_critical": S + OPT,
        "thresholds": "array", "transceiver": B, "dropped": S + OPT,
        "selected": B}}),
    "check_snmp_uptime": ({"clocks": "array"}, {"clocks": {
        "object": S, "source": S, "type": S + OPT, "value": I + OPT,
        "seconds": I + OPT, "missing": S + OPT}}),
    "check_snmp_value": ({"objects": "array"}, {"objects": {
        "requested": S, "label": S + OPT, "oid": S, "type": S,
        "value": N + "|" + S + OPT, "text": S + OPT}}),
}
# arrays inside rows, by key
NESTED = {"thresholds": THRESHOLD}

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


def check_rows(items, row, where, errs):
    for i, r in enumerate(items or []):
        at = "%s[%d]" % (where, i)
        check(r, row, at, errs)
        for k, sub in NESTED.items():
            if k in row and isinstance(r, dict) and \
                    isinstance(r.get(k), list):
                check_rows(r[k], sub, at + "." + k, errs)


def validate(name, doc):
    top, arrays = SCHEMA[name]
    errs = []
    check(doc, dict(COMMON, **top), name, errs)
    if doc.get("plugin") != name:
        errs.append("plugin is %r" % doc.get("plugin"))
    for key, row in arrays.items():
        check_rows(doc.get(key), row, key, errs)
    return errs

def values(path):
    with open(path) as f:
        entries = [line.rstrip("\n").split("\t", 3) for line in f]
    for path, what, expr, want in entries:
        try:
            with open(path, encoding="utf-8") as d:
                got = repr(eval(expr, {"d": json.load(d)}))
        except Exception as e:  # the test's expression, on any document
            got = "%s: %s" % (type(e).__name__, e)
        print("%s %s: %s = %s%s" % ("ok  " if got == want else "FAIL", what,
              expr, want, "" if got == want else " (got %s)" % got))


def batch(path, vpath=None):
    with open(path) as f:
        entries = [line.rstrip("\n").split(" ", 2) for line in f]
    for path, name, what in entries:
        try:
            with open(path, encoding="utf-8") as d:
                doc = json.load(d)
        except (ValueError, OSError) as e:
            print("FAIL %s: json.tool reads it: %s" % (what, e))
            print("FAIL %s: schema: not read" % what)
            continue
        print("ok   %s: json.tool reads it" % what)
        errs = validate(name, doc)
        if errs:
            print("FAIL %s: schema: %s" % (what, "; ".join(errs)))
        else:
            print("ok   %s: schema" % what)
    if vpath:
        values(vpath)
    return 0


def main():
    if sys.argv[1] == "--batch":
        return batch(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    errs = validate(sys.argv[1], json.load(sys.stdin))
    for e in errs:
        print(e)
    return 1 if errs else 0


sys.exit(main())
