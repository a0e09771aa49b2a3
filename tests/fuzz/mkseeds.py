#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Seed inputs for the fuzz targets, written to OUTDIR/<target>/.

Sources: the byte-exact net-snmp 5.9.3 exchanges in
/work/shared/reference/netsnmp-5.9.3-responses.json (or $NETSNMP_JSON; the
copy in tests/data/netsnmp-v3-replies.txt when neither is there), the walk
files in tests/data, the string literals of the unit suites (ranges, OIDs,
option lines, walk snippets), and messages built here for every value
type and for the v3 users of fuzz_v3.c.  "make -f tests/fuzz/fuzz.mk
fuzz-seeds" runs this and merges the seeds into the committed corpus.

usage: mkseeds.py OUTDIR
"""
import ast
import hashlib
import json
import os
import re
import struct
import sys

TOP = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
JSON = os.environ.get("NETSNMP_JSON",
                      "/work/shared/reference/netsnmp-5.9.3-responses.json")

# --- BER ------------------------------------------------------------------


def tlv(tag, content):
    n = len(content)
    if n < 0x80:
        hdr = bytes([tag, n])
    else:
        lb = n.to_bytes((n.bit_length() + 7) // 8, "big")
        hdr = bytes([tag, 0x80 | len(lb)]) + lb
    return hdr + content


def integer(v, tag=0x02):
    n = 1
    while not -(1 << (8 * n - 1)) <= v < (1 << (8 * n - 1)):
        n += 1
    return tlv(tag, (v & ((1 << (8 * n)) - 1)).to_bytes(n, "big"))


def unsigned(v, tag):
    b = v.to_bytes(max(1, (v.bit_length() + 7) // 8), "big")
    if b[0] & 0x80:
        b = b"\0" + b
    return tlv(tag, b)


def octets(b, tag=0x04):
    return tlv(tag, b if isinstance(b, bytes) else b.encode())


def oid_contents(s):
    arcs = [int(a) for a in s.strip(".").split(".")]
    subs = [arcs[0] * 40 + arcs[1]] + arcs[2:]
    out = b""
    for v in subs:
        chunk = [v & 0x7f]
        v >>= 7
        while v:
            chunk.append(0x80 | (v & 0x7f))
            v >>= 7
        out += bytes(reversed(chunk))
    return out


def oid(s):
    return tlv(0x06, oid_contents(s))


def seq(*items, tag=0x30):
    return tlv(tag, b"".join(items))


def pdu(tag, reqid, e1, e2, varbinds):
    return seq(integer(reqid), integer(e1), integer(e2),
               seq(*[seq(oid(o), v) for o, v in varbinds]), tag=tag)


def v12(version, community, p):
    return seq(integer(version), octets(community), p)


NULL = b"\x05\x00"

# Every value type plugins meet, and the edges of each.
VALUES = [
    integer(-5), integer(2**31 - 1), integer(-2**63),
    octets("plain text"), octets(b"bin\x00\x01\xff"),
    octets("pipe | and\nnewline\ttab\r"), octets("caf\xc3\xa9 \xe2\x82\xac".encode("latin-1")),
    octets(b"trailing nul\x00"), octets(b"\xc0\xaf bad utf8 \xed\xa0\x80"),
    octets(b"\x7f"), octets(""),
    NULL, oid("1.3.6.1.2.1.1.1"), octets(b"\x0a\x00\x00\x01", 0x40),
    unsigned(4294967295, 0x41), unsigned(12345, 0x42),
    unsigned(8640000, 0x43), octets(b"\x01\x02", 0x44),
    octets(b"\x9f\x78\x04" + struct.pack(">f", 1.5), 0x44),
    octets(b"\x9f\x78\x04" + struct.pack(">f", -3.4e38), 0x44),
    octets(b"\x9f\x79\x08" + struct.pack(">d", 2.5), 0x44),
    octets(b"\x9f\x79\x08" + struct.pack(">d", 1e300), 0x44),
    octets(b"\x9f\x79\x08" + struct.pack(">d", 1e-300), 0x44),
    unsigned(2**64 - 1, 0x46), unsigned(0, 0x46),
    b"\x80\x00", b"\x81\x00", b"\x82\x00",
]

OIDS = ["1.3.6.1.2.1.1.3.0", "1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.2.2.1.10.1",
        "1.3.6.1.2.1.31.1.1.1.6.3", "1.3.6.1.4.1.2021.10.1.3.1",
        "1.3.6.1.2.1.25.2.3.1.6.31", "2.999", "0.39",
        "1.3.6.1.4.1.4294967295"]


def v12_messages():
    out = []
    vbs = [(OIDS[i % len(OIDS)], v) for i, v in enumerate(VALUES)]
    out.append(v12(1, "public", pdu(0xa2, 1234, 0, 0, vbs)))
    for i in range(0, len(vbs), 4):
        out.append(v12(1, "public", pdu(0xa2, 7, 0, 0, vbs[i:i + 4])))
    out.append(v12(0, "public", pdu(0xa2, 7, 2, 1, [(OIDS[0], NULL)])))
    out.append(v12(1, "public", pdu(0xa2, 7, 1, 0, [])))           # tooBig
    out.append(v12(1, "public", pdu(0xa2, 7, 5, 2,
                                    [(o, NULL) for o in OIDS[:3]])))
    for tag in (0xa0, 0xa1, 0xa3, 0xa6, 0xa7, 0xa8):
        out.append(v12(1, "public", pdu(tag, 99, 0, 0,
                                        [(o, NULL) for o in OIDS])))
    out.append(v12(1, "c" * 200, pdu(0xa5, -5, 1, 25,
                                     [(o, NULL) for o in OIDS[:2]])))
    # long-form lengths where short ones would do (accepted leniently)
    body = integer(1) + octets("public") + pdu(0xa2, 7, 0, 0,
                                              [(OIDS[0], VALUES[0])])
    out.append(b"\x30\x82" + len(body).to_bytes(2, "big") + body)
    return out

# --- SNMPv3 -----------------------------------------------------------------


ENGINE = bytes.fromhex("80001f8880aabbccddeeff0011")
# fuzz_v3.c cfgs[]: user, MAC length, level, DES
CFGS = [("u_sha_aes", 12, 2, False), ("u_md5_des", 12, 2, True),
        ("u_sha_auth", 12, 1, False), ("u_md5_auth", 12, 1, False),
        ("u_sha512_aes256c", 48, 2, False), ("u_sha224_aes192", 16, 2, False),
        ("u_sha256_aes256", 24, 2, False), ("u_none", 0, 0, False)]
USM_STATS = "1.3.6.1.6.3.15.1.1.%d.0"


def v3(msgid, flags, user, maclen, scoped, boots=1, etime=60,
       salt=b"\0\0\0\1\0\0\0\1", engine=ENGINE):
    priv = bool(flags & 2)
    usm = seq(octets(engine), integer(boots), integer(etime), octets(user),
              octets(b"\0" * maclen), octets(salt if priv else b""))
    hdr = seq(integer(msgid), integer(65507), octets(bytes([flags])),
              integer(3))
    data = octets(scoped) if priv else scoped
    return seq(integer(3), hdr, octets(usm), data)


def scoped(p, context="", engine=ENGINE):
    return seq(octets(engine), octets(context), p)


def v3_messages():
    """(selector, datagram) pairs."""
    out = []
    resp = pdu(0xa2, 7, 0, 0, [(OIDS[i], VALUES[i * 3 % len(VALUES)])
                               for i in range(5)])
    report = pdu(0xa8, 7, 0, 0, [(USM_STATS % 2, unsigned(3, 0x41))])
    for k, (user, maclen, level, des) in enumerate(CFGS):
        flags = {0: 0, 1: 1, 2: 3}[level]
        for p in (resp, report):
            sc = scoped(p)
            if level == 2:
                if des:
                    sc += b"\0" * (-len(sc) % 8)
                # mode 2: the harness encrypts and signs
                out.append((k | 2 << 3, v3(7, flags, user, maclen, sc)))
                # the same in the clear, mode 1: a level mismatch
                out.append((k | 1 << 3, v3(7, 1, user, maclen, scoped(p))))
            elif level == 1:
                out.append((k | 1 << 3, v3(7, flags, user, maclen, sc)))
            else:
                out.append((k, v3(7, 0, user, 0, sc)))
        # discovery: the unknownEngineID report, unauthenticated
        out.append((k | 1 << 5, v3(1000, 0, "", 0, scoped(
            pdu(0xa8, 1000, 0, 0, [(USM_STATS % 4, unsigned(36, 0x41))])),
            engine=ENGINE, boots=1, etime=60)))
        if level == 1:
            # authPriv flags to an authNoPriv user: refused before decryption
            out.append((k | 1 << 3, v3(7, 3, user, maclen, scoped(resp))))
        if level >= 1:
            # engine boots at its maximum: never in the time window
            out.append((k | 1 << 3, v3(7, 1, user, maclen, scoped(resp),
                                       boots=2**31 - 1)))
        # untimed: a notInTimeWindow report that sets the clock
        if level >= 1:
            out.append((k | 1 << 3 | 1 << 6, v3(21, 1, user, maclen, scoped(
                pdu(0xa8, 0, 0, 0, [(USM_STATS % 2, unsigned(1, 0x41))])),
                boots=5, etime=12345)))
    return out


def user_cfg(msg):
    for k, (user, _, _, _) in enumerate(CFGS):
        if user.encode() in msg:
            return k
    return 7


def capture():
    """net-snmp's requests and replies, as hex."""
    pkts = []
    if os.path.exists(JSON):
        with open(JSON) as f:
            d = json.load(f)
        for name, v in d.items():
            if name.startswith("_"):
                continue
            for key in ("request", "response"):
                if v.get(key):
                    pkts.append((name, bytes.fromhex(v[key])))
    else:
        with open(os.path.join(TOP, "tests/data/netsnmp-v3-replies.txt")) as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                parts = line.split()
                pkts.append((parts[0], bytes.fromhex(parts[-1])))
    return pkts

# --- DNS ---------------------------------------------------------------------


def dns_name(name):
    out = b""
    for label in name.split("."):
        if label:
            out += bytes([len(label)]) + label.encode()
    return out + b"\0"


def dns_reply(name, qtype, answers, rcode=0, qid=0x1234):
    """answers: (name or None for a pointer to the question, type, rdata)"""
    hdr = struct.pack(">HBBHHHH", qid, 0x81, 0x80 | rcode, 1, len(answers),
                      0, 0)
    q = dns_name(name) + struct.pack(">HH", qtype, 1)
    out = hdr + q
    for aname, atype, rdata in answers:
        out += (b"\xc0\x0c" if aname is None else dns_name(aname))
        out += struct.pack(">HHIH", atype, 1, 3600, len(rdata)) + rdata
    return out


def dns_seeds():
    """(selector, data) pairs for fuzz_dns.c."""
    host = "printer.example.com"
    v4, v6 = bytes([192, 0, 2, 7]), bytes.fromhex("20010db8" + "00" * 11 + "07")
    out = [
        (0, dns_reply(host, 1, [(None, 1, v4)])),
        (1, dns_reply(host, 28, [(None, 28, v6)])),
        (0, dns_reply(host, 1, [(None, 5, dns_name("real.example.com")),
                                ("real.example.com", 1, v4)])),
        (0, dns_reply(host, 1, [], rcode=3)),
        (0, dns_reply(host, 1, [], rcode=2)),
        (0, dns_reply(host, 1, [(None, 28, v6)])),
        (8, dns_reply("a.b", 1, [(None, 1, v4), (None, 1, v4)])),
        (0, dns_reply(host, 1, [(None, 1, v4)], qid=0x4321)),
        (2, b"# generated\nnameserver 192.0.2.53\nnameserver ::1\n"
            b"nameserver 10.0.0.1\nnameserver 10.0.0.2\n"
            b"search example.com lab.example.com\ndomain example.org\n"
            b"options ndots:2 timeout:1 rotate\n"),
        (2, b"options ndots:99\nsearch " + b"x" * 300 + b" a b c d e f g\n"),
        (4, b"127.0.0.1 localhost\n::1 localhost ip6-localhost\n"
            b"192.0.2.7\tprinter printer.example.com # office\n"
            b"\0printer"),
        (4 | 16, b"::1 localhost\n127.0.0.1 localhost\n\0LOCALHOST"),
        (4 | 8, b"fe80::1%eth0 router\n\0router"),
        (6, b"printer.example.com"), (7, b"a.b."), (6, b""),
        (6, b"x" * 63 + b"." + b"y" * 63), (6, b"a..b"),
    ]
    return out


# --- text seeds ---------------------------------------------------------------


def c_strings(path):
    """String literals of a C file, adjacent ones joined, unescaped."""
    with open(path, encoding="utf-8", errors="replace") as f:
        src = f.read()
    src = re.sub(r"/\*.*?\*/", "", src, flags=re.S)
    out = []
    for m in re.finditer(r'"(?:[^"\\\n]|\\.)*"(?:\s*"(?:[^"\\\n]|\\.)*")*',
                         src):
        parts = re.findall(r'"((?:[^"\\\n]|\\.)*)"', m.group(0))
        s = "".join(parts)
        try:
            s = ast.literal_eval('"' + s.replace('"', '\\"')
                                 .replace('\\\\"', '\\"') + '"')
        except (ValueError, SyntaxError):
            continue
        out.append(s.encode("utf-8", "surrogateescape"))
    return out


def walk_chunks(path, size=3000):
    with open(path, "rb") as f:
        lines = f.read().splitlines(keepends=True)
    chunk = b""
    for line in lines:
        if len(chunk) + len(line) > size and chunk:
            yield chunk
            chunk = b""
        chunk += line
    if chunk:
        yield chunk


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    seeds = {t: set() for t in ("fuzz_ber", "fuzz_pdu", "fuzz_v3",
                                "fuzz_walkfile", "fuzz_range", "fuzz_oid",
                                "fuzz_options", "fuzz_dns")}

    for name, pkt in capture():
        seeds["fuzz_ber"].add(pkt)
        if pkt[2:5] == b"\x02\x01\x03":
            k = user_cfg(pkt)
            seeds["fuzz_v3"].add(bytes([k]) + pkt)
            seeds["fuzz_v3"].add(bytes([k | 1 << 3]) + pkt)
            if "discovery" in name:
                seeds["fuzz_v3"].add(bytes([k | 1 << 5]) + pkt)
        else:
            seeds["fuzz_pdu"].add(pkt)
    for m in v12_messages():
        seeds["fuzz_pdu"].add(m)
        seeds["fuzz_ber"].add(m)
    for sel, m in v3_messages():
        seeds["fuzz_v3"].add(bytes([sel]) + m)
        seeds["fuzz_ber"].add(m)

    data = os.path.join(TOP, "tests", "data")
    for fn in sorted(os.listdir(data)):
        if fn.endswith(".walk") or fn.endswith(".snmprec"):
            for c in walk_chunks(os.path.join(data, fn)):
                seeds["fuzz_walkfile"].add(c)
    unit = os.path.join(TOP, "tests", "unit")
    for s in c_strings(os.path.join(unit, "test_walkfile.c")):
        if b" = " in s or b"|" in s:
            seeds["fuzz_walkfile"].add(s)

    for s in c_strings(os.path.join(unit, "test_threshold.c")) + \
            c_strings(os.path.join(unit, "test_num.c")):
        if len(s) < 80 and b"%" not in s:
            seeds["fuzz_range"].add(s)
    for s in (b"10GB:", b"@1h:2d", b"~:500MiB", b"1.5KiB:2PB", b"3w",
              b"@~:10min", b"10:20\x0030\x00@5:", b"-1:-0.5\x000.25"):
        seeds["fuzz_range"].add(s)

    names = []
    with open(os.path.join(TOP, "common", "oid_names.inc")) as f:
        for line in f:
            m = re.match(r'\s*\{ "([^"]*)", "([^"]*)", "([^"]*)" \}', line)
            if m:
                names.append(m.groups())
    for i, (mod, name, num) in enumerate(names):
        if i % 7 == 0:
            seeds["fuzz_oid"].add(name.encode())
            seeds["fuzz_oid"].add(("%s::%s.%d" % (mod, name, i)).encode())
            seeds["fuzz_oid"].add(("." + num + ".0").encode())
    for s in c_strings(os.path.join(unit, "test_oid.c")):
        if re.fullmatch(rb"[0-9a-f ]+", s) and len(s) % 3 == 2:
            seeds["fuzz_oid"].add(bytes.fromhex(s.decode()))
        elif len(s) < 200 and b"%" not in s:
            seeds["fuzz_oid"].add(s)
    for o in OIDS:
        seeds["fuzz_oid"].add(oid_contents(o))

    lines = [s for s in c_strings(os.path.join(unit, "test_options.c"))
             if s.startswith(b"-") or s == b""]
    lines += [
        b"-H h -P 3 -U alice -L authPriv -a SHA -A maplesyrup -x AES "
        b"-X maplesyrup -N ctx",
        b"-H h -P 3 -U bob -a SHA-512 --authkey=0x" + b"ab" * 64 +
        b" -x AES-256-C --privkey=" + b"cd:" * 31 + b"cd",
        b"-H [::1]:1161 -P 3 -U u -L noAuthNoPriv --secengineid 80001f88"
        b"80aabbccddeeff0011 --contextengineid 8000",
        b"--walk-file f -o sysUpTime.0,ifDescr.1 -w 10:20,@5 -c ~:30 -n",
        b"-H h -W 10GB: --age @1h:2d -M 1.5 -z CRITICAL -l -l x -vvv",
        b"-H h -t 0.5:OK -e 0 -4 -6 -p 65535 -C ''",
        b"-h", b"-V", b"--help --version",
        b"-H h --authpasswd-file=nonexistent",
    ]
    for line in lines:
        seeds["fuzz_options"].add(b"\0".join(line.split(b" ")))
    ini = (b"# comment\n[check_snmp_value]\nhostname = from-ini\n"
           b"community=ini\noid=1.3.6\n\n[other]\nhostname=other\nverbose\n"
           b"; more\n[v3]\nprotocol=3\nsecname=alice\nauthpasswd=maplesyrup\n"
           b"privpasswd = maplesyrup\r\nseclevel=authPriv\n")
    for argv in (b"", b"--extra-opts\0-C\0cli", b"--extra-opts=other",
                 b"--extra-opts=v3\0-H\0h", b"--extra-opts=missing",
                 b"--extra-opts=v3@\0--extra-opts"):
        seeds["fuzz_options"].add(argv + b"\0\0\0" + ini)
    seeds["fuzz_options"].add(b"--extra-opts\0\0\0[check_snmp_value]\n=x\n")
    seeds["fuzz_options"].add(b"\0\0\0[check_snmp_value\nhostname=h\n")

    for sel, data in dns_seeds():
        seeds["fuzz_dns"].add(bytes([sel]) + data)

    for t, items in seeds.items():
        d = os.path.join(outdir, t)
        os.makedirs(d, exist_ok=True)
        for s in items:
            if t == "fuzz_options" and b"/" in s:
                continue
            with open(os.path.join(d, hashlib.sha1(s).hexdigest()), "wb") as f:
                f.write(s)
        print("%s: %d seeds" % (t, len(items)))


if __name__ == "__main__":
    main()
