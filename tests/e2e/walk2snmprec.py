#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Converts a net-snmp "snmpwalk -On" recording (tests/data/*.walk) into an
snmpsim .snmprec data file, so that snmpsimd serves the same objects our
--walk-file reader does: sorted by OID, octet strings as hex (exact bytes,
no quoting questions), continuation lines of Hex-STRING and of quoted
strings joined, exception lines ("No more variables ...") left out.

usage: walk2snmprec.py WALKFILE > FILE.snmprec
"""
import re
import struct
import sys

TAGS = {
    "INTEGER": "2", "Counter32": "65", "Gauge32": "66", "Unsigned32": "66",
    "Timeticks": "67", "Counter64": "70", "IpAddress": "64",
}
RECORD = re.compile(r"^(\.?[0-9][0-9.]*) = (.*)$")


def unquote(text):
    """The bytes of a net-snmp quoted string: \\" and \\\\ are escapes."""
    out = bytearray()
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in "\\\"":
            out.append(ord(text[i + 1]))
            i += 2
            continue
        out.append(ord(c))
        i += 1
    return bytes(out)


def closed(text):
    """True when a value that began with a quote has its closing quote."""
    i, n = 1, len(text)
    while i < n:
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"':
            return i == n - 1
        i += 1
    return False


def convert(oid, value):
    """One record as (oid tuple, "TAG|VALUE"), or None to leave it out."""
    if value == '""':
        return "4x|"
    m = re.match(r"^([A-Za-z0-9-]+): ?(.*)$", value, re.S)
    if m is None:
        return None
    kind, text = m.group(1), m.group(2)
    if kind == "STRING":
        raw = unquote(text[1:-1]) if text.startswith('"') else text.encode("latin-1")
        return "4x|" + raw.hex()
    if kind in ("Hex-STRING", "BITS"):
        hexes = re.findall(r"\b[0-9A-Fa-f]{2}\b", text)
        return "4x|" + "".join(hexes).lower()
    if kind == "OID":
        return "6|" + text.lstrip(".")
    if kind == "Timeticks":
        return "67|" + re.match(r"\((\d+)\)", text).group(1)
    if kind == "Opaque":
        f = re.match(r"Float: (\S+)", text)
        if f:
            # RFC 1213 Opaque holding the net-snmp float extension: tag
            # 0x9f78, length 4, IEEE single precision
            return "68x|9f7804" + struct.pack(">f", float(f.group(1))).hex()
        return "68x|" + "".join(re.findall(r"[0-9A-Fa-f]{2}", text)).lower()
    if kind in TAGS:
        num = re.search(r"-?\d+(\.\d+){0,3}", text).group(0)
        return TAGS[kind] + "|" + num
    return None


def records(lines):
    """Yields (oid, value text) with continuation lines joined."""
    oid = value = None
    for line in lines:
        line = line.rstrip("\n")
        if value is not None and value.startswith('STRING: "') and \
                not closed(value[8:]):
            value += "\n" + line
            continue
        m = RECORD.match(line)
        if m is not None:
            if oid is not None:
                yield oid, value
            oid, value = m.group(1).lstrip("."), m.group(2)
        elif oid is not None and line.strip() and not line.startswith("#"):
            value += " " + line
    if oid is not None:
        yield oid, value


def main():
    with open(sys.argv[1], encoding="latin-1") as f:
        out = {}
        for oid, value in records(f):
            rec = convert(oid, value if value.startswith('STRING: "') else value.strip())
            if rec is not None:
                out[tuple(int(a) for a in oid.split("."))] = rec
    for key in sorted(out):
        sys.stdout.write(".".join(str(a) for a in key) + "|" + out[key] + "\n")


if __name__ == "__main__":
    main()
