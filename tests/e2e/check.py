#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Assertions of the end-to-end tests (tests/e2e/run) on what an engine
recorded: Nagios' status.dat, or Icinga 2's API answers.

  check.py port tcp|udp
      prints a free loopback port (20000-32767, below the ephemeral range)
  check.py nagios STATUS_DAT EXPECT WRAPLOG SINCE
  check.py icinga SERVICES_JSON PERFDATA_JSON EXPECT WRAPLOG
      one "ok   ..." or "FAIL ..." line per assertion

EXPECT has one service a line, fields separated by tabs:

  HOST!SERVICE  STATE  OUTPUT-REGEX  [SPEC...]

STATE is 0-3; OUTPUT-REGEX must match the whole first line of the plugin
output (Python re.fullmatch).  A SPEC is one of
  perf:LABEL=VALUE[UOM][~TOLERANCE%]   a perfdata item: value (within the
                                       tolerance) and unit of measurement
  ran:BINARY      the engine ran our binary of that name, in $E2E_PLUGINS
                  (the recording wrapper of the test's plugin directory saw
                  the run)
  env:VARIABLE    ... with VARIABLE set in its environment
  hidden:TEXT     ... and TEXT nowhere on its command line
  source:NODE     Icinga 2: the check ran on that endpoint (check_source)
Every perfdata item of every service must follow the plugin guidelines
(Nagios: as written; Icinga 2: Icinga's parse_performance_data() took it).
"""
import json
import os
import random
import re
import socket
import sys

STATES = ("OK", "WARNING", "CRITICAL", "UNKNOWN")
# 'label'=value[UOM];[warn];[crit];[min];[max], the guidelines' grammar
PERF_ITEM = re.compile(
    r"""('(?:[^']|'')+'|[^'= ][^= ]*)=(-?[0-9]+(?:\.[0-9]+)?)"""
    r"""(s|ms|us|%|B|KB|MB|GB|TB|c)?"""
    r"""(?:;([^; ]*))?(?:;([^; ]*))?(?:;(-?[0-9.]*))?(?:;(-?[0-9.]*))?(?= |$)""")
ICINGA_UNIT = {"": "", "c": "", "%": "percent", "s": "seconds", "B": "bytes"}


def free_port(kind):
    typ = socket.SOCK_STREAM if kind == "tcp" else socket.SOCK_DGRAM
    for _ in range(200):
        port = random.randint(20000, 32767)
        s = socket.socket(socket.AF_INET, typ)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
        finally:
            s.close()
        return port
    sys.exit("no free port")


def read_expect(path):
    out = []
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            name, state, regex, *specs = line.split("\t")
            out.append((name, int(state), regex, specs))
    return out


def parse_status(path):
    """status.dat: {host!service: {field: value}} of the servicestatus blocks."""
    services, block = {}, None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if line == "servicestatus {":
                block = {}
            elif line == "}" and block is not None:
                services[block["host_name"] + "!" + block["service_description"]] = block
                block = None
            elif block is not None and "=" in line:
                k, v = line.split("=", 1)
                block[k] = v
    return services


def parse_perf_raw(text):
    """The items of a raw perfdata string, or raise ValueError naming the rest."""
    items, pos, text = [], 0, text.strip()
    while pos < len(text):
        m = PERF_ITEM.match(text, pos)
        if m is None:
            raise ValueError("not a perfdata item: %r" % text[pos:pos + 60])
        label = m.group(1)
        if label.startswith("'"):
            label = label[1:-1].replace("''", "'")
        items.append({"label": label, "value": float(m.group(2)),
                      "uom": m.group(3) or "", "raw": m.group(0)})
        pos = m.end()
        while pos < len(text) and text[pos] == " ":
            pos += 1
    return items


def read_wraplog(path):
    runs = []
    if os.path.exists(path):
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if len(fields) >= 4:
                    runs.append({"id": fields[0], "wrapper": fields[1],
                                 "real": fields[2], "env": fields[3].split(","),
                                 "args": fields[4:]})
    return runs


class Report:
    def __init__(self, scenario):
        self.scenario = scenario
        self.failed = 0

    def check(self, cond, what, detail=""):
        if cond:
            print("ok   %s %s" % (self.scenario, what))
        else:
            self.failed += 1
            print("FAIL %s %s" % (self.scenario, what))
            if detail:
                for line in str(detail).splitlines()[:6]:
                    print("     " + line)


def near(got, want, tol):
    if tol is None:
        return got == want
    return abs(got - want) <= abs(want) * tol / 100


def perf_spec(spec):
    m = re.fullmatch(r"(.+)=(-?[0-9.]+)(s|ms|us|%|B|KB|MB|GB|TB|c)?(?:~([0-9.]+)%)?", spec)
    if m is None:
        raise SystemExit("bad perf spec: " + spec)
    return m.group(1), float(m.group(2)), m.group(3) or "", \
        float(m.group(4)) if m.group(4) else None


def check_run(rep, name, specs, run):
    """ran:/env:/hidden: against the wrapper's record of the run."""
    for spec in specs:
        kind, _, arg = spec.partition(":")
        if kind == "ran":
            rep.check(run is not None and os.path.basename(run["real"]) == arg and
                      os.path.dirname(run["real"]) == os.environ["E2E_PLUGINS"],
                      "%s: ran our %s" % (name, arg),
                      "wrapper saw: %s" % (run and run["real"]))
        elif kind == "env":
            rep.check(run is not None and arg in run["env"],
                      "%s: %s in the plugin's environment" % (name, arg),
                      "wrapper saw: %s" % (run and run["env"]))
        elif kind == "hidden":
            rep.check(run is not None and all(arg not in a for a in run["args"]),
                      "%s: the secret is not on the command line" % name,
                      "argv: %s" % (run and run["args"]))


def check_common(rep, name, want_state, regex, state, output):
    first = output.split("\n")[0].strip()
    rep.check(state == want_state, "%s: state %s" % (name, STATES[want_state]),
              "got %s: %s" % (STATES[state] if 0 <= state <= 3 else state, first))
    rep.check(re.fullmatch(regex, first) is not None,
              "%s: output" % name, "expected: %s\ngot:      %s" % (regex, first))


def nagios(status, expect, wraplog, since):
    rep = Report("nagios")
    services = parse_status(status)
    runs = read_wraplog(wraplog)
    for name, want_state, regex, specs in read_expect(expect):
        s = services.get(name)
        rep.check(s is not None and int(s.get("last_check", 0)) >= since,
                  "%s: checked in the forced round" % name,
                  "last_check %s, round from %s" % (s and s.get("last_check"), since))
        if s is None:
            continue
        check_common(rep, name, want_state, regex, int(s["current_state"]),
                     s["plugin_output"])
        try:
            items = parse_perf_raw(s["performance_data"])
            rep.check(True, "%s: perfdata follows the guidelines (%d items)" % (name, len(items)))
        except ValueError as e:
            items = []
            rep.check(False, "%s: perfdata follows the guidelines" % name, e)
        for spec in specs:
            if spec.startswith("perf:"):
                label, value, uom, tol = perf_spec(spec[5:])
                got = [i for i in items if i["label"] == label]
                rep.check(got and near(got[0]["value"], value, tol) and got[0]["uom"] == uom,
                          "%s: perfdata %s" % (name, spec[5:]),
                          "got: %s" % (got[0]["raw"] if got else "no such label"))
        mine = [r for r in runs if r["id"] == name]
        check_run(rep, name, specs, mine[-1] if mine else None)
    return rep.failed


def icinga_results(path):
    with open(path) as f:
        return {r["name"]: r["attrs"] for r in json.load(f)["results"]}


def icinga(services_json, perf_json, expect, wraplog):
    rep = Report(os.environ.get("E2E_SCENARIO", "icinga2"))
    services = icinga_results(services_json)
    with open(perf_json) as f:
        parsed = json.load(f)["results"][0]["result"]
    runs = read_wraplog(wraplog)
    for name, want_state, regex, specs in read_expect(expect):
        cr = (services.get(name) or {}).get("last_check_result")
        rep.check(cr is not None, "%s: has a check result" % name)
        if cr is None:
            continue
        check_common(rep, name, want_state, regex, int(cr["state"]), cr["output"])
        items = parsed.get(name, [])
        bad = [i for i in items if i.get("type") != "PerfdataValue"]
        rep.check(not bad and len(items) == len(cr["performance_data"]),
                  "%s: Icinga parsed every perfdata item (%d)" % (name, len(items)),
                  "not parsed: %s" % bad)
        for spec in specs:
            kind, _, arg = spec.partition(":")
            if kind == "perf":
                label, value, uom, tol = perf_spec(arg)
                got = [i for i in items if i.get("label") == label]
                # Icinga 2.13 reads "c" as no unit (and leaves counter false)
                ok = bool(got) and near(got[0]["value"], value, tol) and \
                    got[0]["unit"] == ICINGA_UNIT[uom]
                rep.check(ok, "%s: perfdata %s" % (name, arg),
                          "got: %s" % (got[0] if got else "no such label"))
            elif kind == "source":
                rep.check(cr.get("check_source") == arg,
                          "%s: ran on %s" % (name, arg), "check_source %s" % cr.get("check_source"))
        cmd = cr.get("command") or []
        mine = [r for r in runs if cmd and r["wrapper"] == cmd[0] and r["args"] == cmd[1:]]
        check_run(rep, name, specs, mine[-1] if mine else None)
    return rep.failed


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "port":
        print(free_port(args[0]))
    elif cmd == "nagios":
        sys.exit(1 if nagios(args[0], args[1], args[2], float(args[3])) else 0)
    elif cmd == "icinga":
        sys.exit(1 if icinga(args[0], args[1], args[2], args[3]) else 0)
    else:
        sys.exit("unknown command " + cmd)


if __name__ == "__main__":
    main()
