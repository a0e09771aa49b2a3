# A suite (run-one): snmp_discover.  On the recorded walks its output is
# the reviewed file of tests/data/discover (icinga2, nagios, json); the
# JSON parses; a switch of 1,000 interfaces served over UDP by walk_agent
# is discovered within -t and in fewer requests than a plain walk of the
# same columns.  Validation by icinga2 daemon -C and nagios4 -v is in
# make e2e (tests/e2e/discover.sh).
section "# snmp_discover: expected configuration from the recorded walks"
DI="$TOP/discover/snmp_discover"
DI_DATA="$TOP/tests/data/discover"

# di_expect NAME WALK FORMAT [OPTIONS...]: the output is DI_DATA/NAME.
di_expect() {
	di_n=$1 di_w=$2 di_f=$3
	shift 3
	run_case "$di_n: $di_f" 0 "*" "$DI" --walk-file "$TOP/tests/data/$di_w" \
	    --address 192.0.2.1 -f "$di_f" "$@"
	printf '%s\n' "$OUT" | sed 's|[^ "]*/tests/data/|tests/data/|g' \
	    >"$WORK/discover.out"
	check "$di_n: $di_f as tests/data/discover/$di_n" \
	    diff -u "$DI_DATA/$di_n" "$WORK/discover.out"
}

di_expect linux-host.conf linux-host.walk icinga2
di_expect linux-host.cfg linux-host.walk nagios
di_expect linux-host.json linux-host.walk json
di_expect windows-host.conf windows-host.walk icinga2
di_expect windows-host.cfg windows-host.walk nagios
di_expect renumber.conf interface-renumber-before.walk icinga2 --down --virtual
di_expect cisco-catalyst.conf cisco-catalyst.walk icinga2
di_expect cisco-catalyst.cfg cisco-catalyst.walk nagios
di_expect procurve-v3.conf hp-procurve.walk icinga2 -P 3 -U netmon \
    -L authPriv -A authpass1 -X privpass1 -a SHA-256 -x AES-256 \
    --if-warning 70% --disk-warning '' -E '^(A|B)2$' --process sshd
di_expect procurve-v3.cfg hp-procurve.walk nagios -P 3 -U netmon \
    -L authPriv -A authpass1 -X privpass1 -a SHA-256 -x AES-256 \
    --if-warning 70% --disk-warning '' -E '^(A|B)2$'

section "## the Catalyst stack: what its configuration checks"
# Issue 17's acceptance, on the recorded stack: a service per port that
# is admin up, oper up and ethernetCsmacd, by its ifName (the list taken
# from the walk itself), the CPU, the memory pools, the sensors; and each
# service's command line, run on the walk, finds what it names.
DI_CW="$TOP/tests/data/cisco-catalyst.walk"
DI_CC="$DI_DATA/cisco-catalyst.cfg"
DI_UP=$(awk -F' = ' '
	function idx(o) { sub(/.*\./, "", o); return o }
	function val(v) { sub(/^[A-Za-z0-9-]+: /, "", v); gsub(/"/, "", v); return v }
	$1 ~ /^\.1\.3\.6\.1\.2\.1\.2\.2\.1\.3\./ { t[idx($1)] = val($2) }
	$1 ~ /^\.1\.3\.6\.1\.2\.1\.2\.2\.1\.7\./ { a[idx($1)] = val($2) }
	$1 ~ /^\.1\.3\.6\.1\.2\.1\.2\.2\.1\.8\./ { o[idx($1)] = val($2) }
	$1 ~ /^\.1\.3\.6\.1\.2\.1\.31\.1\.1\.1\.1\./ {
		i = idx($1)
		if (t[i] == 6 && a[i] == 1 && o[i] == 1) printf "snmp-if %s\n", val($2)
	}' "$DI_CW")
DI_SVCS=$(sed -n 's/^    service_description     //p' "$DI_CC")
check "catalyst: a service per up port, by ifName ($(printf '%s\n' "$DI_UP" | wc -l) ports)" \
    sh -c '[ "$(printf "%s\n" "$2" | grep "^snmp-if ")" = "$1" ]' sh "$DI_UP" "$DI_SVCS"
check "catalyst: the interface services select by ifName alone" \
    sh -c '[ "$(grep -c "^    check_command           snmp-plugins-interface!-n [^ ]* --traffic-warning 80% --traffic-critical 90%$" "$1")" = 9 ]' sh "$DI_CC"
check "catalyst: uptime, CPU, memory and the six environment sensors" \
    sh -c '[ "$(printf "%s\n" "$1" | grep -v "^snmp-if " | tr "\n" "|")" = "snmp-uptime|snmp-cpu|snmp-memory|snmp-sensor SW#1_ Sensor#1|snmp-sensor SW#2_ Sensor#1|snmp-sensor Switch#1_ Fan#1|snmp-sensor Switch#2_ Fan#1|snmp-sensor Sw1_ PS1|snmp-sensor Sw2_ PS1|" ]' sh "$DI_SVCS"
# every service's arguments on the walk: the CPU is WARNING (5 s at 90 %),
# the rest OK; an item the arguments miss would be UNKNOWN
di_run() {
	case $1 in
	snmp-plugins-interface) di_p="check_snmp_interface --state-dir $WORK" ;;
	*) di_p="check_snmp_${1#snmp-plugins-}" ;;
	esac
	eval "set -- $2"
	"$TOP/plugins/"$di_p --walk-file "$DI_CW" "$@"
}
sed -n 's/^    check_command           \([^!]*\)!\{0,1\}\(.*\)/\1 \2/p' "$DI_CC" \
    >"$WORK/discover.commands"
while read -r di_cmd di_args; do
	di_want=0
	[ "$di_cmd" = snmp-plugins-load ] && di_want=1
	run_case "catalyst: $di_cmd $di_args" $di_want "*" di_run "$di_cmd" "$di_args"
done <"$WORK/discover.commands"
run_case "catalyst: the memory service checks both pools" 0 \
    "MEMORY OK - Processor 51.31% *, I/O 69.22% *" di_run snmp-plugins-memory ""

section "## the JSON inventory parses"
# one python3 for all (its start is the slow part of this suite)
for w in linux-host windows-host juniper cisco-catalyst; do
	run_case "json: $w" 0 "{*" "$DI" --walk-file "$TOP/tests/data/$w.walk" \
	    --address 192.0.2.1 -f json
	printf '%s\n' "$OUT" >"$WORK/discover.$w.json"
done
check "json: every document parses (python3 json.load)" python3 -c '
import json, sys
for f in sys.argv[1:]:
	json.load(open(f))' "$WORK"/discover.*.json
# The Catalyst's CPU, pools and sensors (cisco-catalyst.walk.md): CPU
# 90/53/25 %, Processor 51.31 % and I/O 69.22 % used, 11 sensor rows; a
# Linux host (UCD, hrProcessorTable, no sensor MIB) has none of them.
check "json: the Catalyst's CPU, pools and sensors; none on linux-host" python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))
l = json.load(open(sys.argv[2]))
want = ("CISCO-PROCESS-MIB", [[90, 53, 25]], "CISCO-MEMORY-POOL-MIB",
    [("Processor", 51.31), ("I/O", 69.22)], 11)
got = (c["device_cpu"]["mib"],
    [[f["percent"] for f in d["figures"]] for d in c["device_cpu"]["cpus"]],
    c["memory_pools"]["mib"],
    [(p["name"], p["used_pct"]) for p in c["memory_pools"]["pools"]],
    len(c["sensors"]))
none = (l["device_cpu"], l["memory_pools"], l["sensors"])
ok = got == want and none == ({"mib": None, "cpus": []},
    {"mib": None, "pools": []}, [])
if not ok:
	print("     got", got, none)
sys.exit(0 if ok else 1)' "$WORK/discover.cisco-catalyst.json" "$WORK/discover.linux-host.json"

section "## options"
run_case "bad --format" 3 "DISCOVER UNKNOWN - Invalid --format 'yaml'*" \
    "$DI" --walk-file "$TOP/tests/data/linux-host.walk" --address x -f yaml
run_case "bad --skip" 3 "DISCOVER UNKNOWN - Invalid --skip 'disks'*" \
    "$DI" --walk-file "$TOP/tests/data/linux-host.walk" --address x --skip disks
run_case "walk file without --address" 3 "DISCOVER UNKNOWN - --walk-file needs --address*" \
    "$DI" --walk-file "$TOP/tests/data/linux-host.walk"
run_case "--skip leaves kinds out" 0 "*" "$DI" --walk-file \
    "$TOP/tests/data/linux-host.walk" --address x --skip uptime,load,cpu,memory,storage
check "--skip: only the interface" sh -c '[ "$(printf "%s\n" "$1" | grep -c "^object Service")" = 1 ]' sh "$OUT"

section "# snmp_discover: a switch of 1,000 interfaces"
DI_BIG="$WORK/big.walk"
awk 'BEGIN {
	p = ".1.3.6.1.2.1."
	print p "1.1.0 = STRING: \"big switch\""
	print p "1.2.0 = OID: .1.3.6.1.4.1.9.1.516"
	print p "1.3.0 = Timeticks: (1234567800) 142 days, 21:21:18.00"
	print p "1.5.0 = STRING: \"big-sw\""
	n = 1000
	split("2 3 4 5 6 7 8", cols, " ")
	for (c = 1; c <= 8; c++) for (i = 1; i <= n; i++) {
		o = p "2.2.1." c "." i " = "
		if (c == 1) print o "INTEGER: " i
		if (c == 2) print o "STRING: \"GigabitEthernet1/0/" i "\""
		if (c == 3) print o "INTEGER: 6"
		if (c == 4) print o "INTEGER: 1500"
		if (c == 5) print o "Gauge32: 1000000000"
		if (c == 6) printf "%sHex-STRING: 00 1B 2C 3D %02X %02X \n", o, int(i / 256), i % 256
		if (c == 7) print o "INTEGER: 1"
		if (c == 8) print o "INTEGER: " (i % 4 == 0 ? 2 : 1)
	}
	split("1 15 18", xc, " ")
	for (k = 1; k <= 3; k++) for (i = 1; i <= n; i++) {
		o = p "31.1.1.1." xc[k] "." i " = "
		if (xc[k] == 1) print o "STRING: \"Gi1/0/" i "\""
		if (xc[k] == 15) print o "Gauge32: 1000"
		if (xc[k] == 18) print o "STRING: \"port " i "\""
	}
}' >"$DI_BIG"
start_agent "$TOP/tests/integration/walk_agent" "$DI_BIG"
run_case "1,000 interfaces within -t 5" 0 "*" "$DI" -H 127.0.0.1 -p "$AGENT_PORT" \
    -t 5 -f nagios -v
within "1,000 interfaces: time" 2000
printf '%s\n' "$OUT" >"$WORK/discover.big"
check "750 interface services (every fourth port is down)" \
    [ "$(grep -c "service_description     snmp-if " "$WORK/discover.big")" = 750 ]
DI_REQ=$(sed -n 's/^snmp_discover: \([0-9]*\) requests.*/\1/p' "$WORK/stderr")
# a plain walk: the same nine ifTable/ifXTable columns, one column at a
# time (snmpbulkwalk's way, walk_probe with one column), and with GETNEXT
# (snmpwalk's: one request per object and one past each column's end)
DI_PLAIN=0
for col in 2.2.1.2 2.2.1.3 2.2.1.5 2.2.1.6 2.2.1.7 2.2.1.8 31.1.1.1.1 31.1.1.1.15 31.1.1.1.18; do
	r=$("$TOP/tests/integration/walk_probe" -H 127.0.0.1 -p "$AGENT_PORT" \
	    -t 5 "1.3.6.1.2.1.$col" 2>/dev/null | sed -n 's/^rows [0-9]* requests //p')
	DI_PLAIN=$((DI_PLAIN + ${r:-0}))
done
check "requests: discovery ${DI_REQ:-?} < column by column GETBULK $DI_PLAIN < GETNEXT 9009" \
    sh -c '[ -n "$1" ] && [ "$1" -lt "$2" ] && [ "$2" -lt 9009 ]' sh "$DI_REQ" "$DI_PLAIN"
kill "$AGENT_PID" 2>/dev/null
wait "$AGENT_PID" 2>/dev/null
