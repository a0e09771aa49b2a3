# A suite (run-one, after start_snmpd): --list --format json of the table
# plugins and check_snmp_value on every walk of tests/data and on the live
# snmpd: one document that python3 -m json.tool reads, the keys of
# docs/json.md with their types (tests/listjson_schema.py), exact figures
# of linux-host.walk and entity-sensor.walk (from their .md), and
# --format's errors.
section "# --list --format json"
need python3 python3
LJ_DATA="$TOP/tests/data"
LJ_SCHEMA="$TOP/tests/listjson_schema.py"

# lj_doc NAME PLUGIN ARGS...: the plugin's document, exit 0; whether it
# is valid JSON and passes the schema check is for lj_checks, which reads
# every document kept so far in one python3; the last one is also left in
# $WORK/doc.json.
LJ_N=0
mkdir -p "$WORK/docs"
: >"$WORK/docs.list"
lj_doc() {
	name=$1 plugin=$2
	shift 2
	LJ_N=$((LJ_N + 1))
	"$TOP/plugins/$plugin" "$@" --list --format json >"$WORK/docs/$LJ_N.json" \
	    2>"$WORK/stderr"
	rc=$?
	cp "$WORK/docs/$LJ_N.json" "$WORK/doc.json"
	echo "$WORK/docs/$LJ_N.json $plugin $name" >>"$WORK/docs.list"
	check "$name: exit 0" [ "$rc" = 0 ]
}

# lj_checks: the lines of tests/listjson_schema.py --batch for the documents
# and the values (lj_value) kept since the last call, each counted.
lj_checks() {
	python3 "$LJ_SCHEMA" --batch "$WORK/docs.list" "$WORK/values.list" \
	    >"$WORK/checks" 2>&1 ||
	    echo "FAIL listjson_schema.py --batch: $(tail -n 3 "$WORK/checks")" >>"$WORK/checks"
	while IFS= read -r line; do
		echo "$line"
		case $line in
		"ok   "*) PASS=$((PASS + 1)) ;;
		*) FAIL=$((FAIL + 1)) ;;
		esac
	done <"$WORK/checks"
	: >"$WORK/docs.list"
	: >"$WORK/values.list"
}

# lj_value NAME EXPR WANT: python3's repr of EXPR on the document (d) is
# WANT, on the last document of lj_doc; checked by lj_checks with the
# documents.
: >"$WORK/values.list"
lj_value() {
	printf '%s\t%s\t%s\t%s\n' "$WORK/docs/$LJ_N.json" "$1" "$2" "$3" \
	    >>"$WORK/values.list"
}

LJ_PLUGINS="interface storage load memory process sensor uptime"
# check_snmp_value --list: objects every walk has, one only some have
# (Counter64), and one none has
LJ_VALUE="-o sysUpTime.0,sysName.0,ifHCInOctets.1,1.3.6.1.2.1.1.99.0"
for w in "$LJ_DATA"/*.walk; do
	# shellcheck disable=SC2086
	lj_doc "${w##*/} value" check_snmp_value --walk-file "$w" $LJ_VALUE
	for p in $LJ_PLUGINS; do
		# a walk without the plugin's table is the plugin's UNKNOWN
		"$TOP/plugins/check_snmp_$p" --walk-file "$w" --list \
		    >/dev/null 2>&1 || continue
		lj_doc "${w##*/} $p" "check_snmp_$p" --walk-file "$w"
	done
done
lj_checks

section "## linux-host.walk, figures from its .md"
lj_doc "linux-host interface" check_snmp_interface \
    --walk-file "$LJ_DATA/linux-host.walk"
lj_value "linux-host interface" 'len(d["interfaces"])' 4
lj_value "linux-host interface" 'd["interfaces"][3]["name"]' "'eth0'"
lj_value "linux-host interface" 'd["interfaces"][0]["speed"]' 10000000
lj_value "linux-host interface" 'd["interfaces"][1]["phys_address"]' "'8EA4F7D19791'"
lj_value "linux-host interface" '(d["interfaces"][1]["admin"], d["interfaces"][1]["oper"])' "('down', 'down')"
lj_value "linux-host interface" 'd["interfaces"][0]["type_name"]' "'softwareLoopback'"
lj_doc "linux-host storage" check_snmp_storage \
    --walk-file "$LJ_DATA/linux-host.walk"
lj_value "linux-host storage" 'd["table"]' "'hrStorageTable'"
lj_value "linux-host storage" '[(r["index"], r["size"], r["used"]) for r in d["entries"] if r["descr"] == "/"]' '[(31, 270553174016, 17146789888)]'
lj_value "linux-host storage" '[r["selected"] for r in d["entries"] if r["index"] in (1, 31)]' '[False, True]'
lj_doc "linux-host storage --ucd" check_snmp_storage \
    --walk-file "$LJ_DATA/linux-host.walk" --ucd
lj_value "linux-host storage --ucd" 'd["table"]' "'dskTable'"
lj_doc "linux-host load" check_snmp_load \
    --walk-file "$LJ_DATA/linux-host.walk"
lj_value "linux-host load" '[(r["name"], r["load"]) for r in d["load"]]' "[('Load-1', 1.67), ('Load-5', 1.19), ('Load-15', 0.56)]"
lj_value "linux-host load" '[(r["index"], r["load"]) for r in d["processors"]]' '[(196608, 81), (196609, 50)]'
lj_doc "linux-host memory" check_snmp_memory \
    --walk-file "$LJ_DATA/linux-host.walk"
lj_value "linux-host memory" '(d["pool_mib"], d["pools"], d["bsnmpd"])' '(None, [], False)'
lj_value "linux-host memory" '[d["ucd_memory_kb"][k] for k in ("memTotalReal", "memAvailReal", "memBuffer", "memCached", "memSysAvail", "memTotalSwap")]' '[24683652, 24106396, 3440, 477860, 24342292, 0]'
lj_value "linux-host memory" '[(r["index"], r["type"]) for r in d["hrstorage"]]' "[(1, 'ram'), (3, 'virtualMemory'), (6, 'other'), (7, 'other'), (8, 'other'), (10, 'virtualMemory'), (11, 'other')]"
lj_value "linux-host memory" '[(r["size"], r["used"]) for r in d["hrstorage"] if r["descr"] == "Physical memory"]' '[(25276059648, 591110144)]'
lj_value "linux-host memory" 'd["hr_memory_size"]' 25276059648
lj_doc "cisco-catalyst memory" check_snmp_memory \
    --walk-file "$LJ_DATA/cisco-catalyst.walk"
lj_value "cisco-catalyst memory" '(d["pool_mib"], d["ucd_memory_kb"], d["hrstorage"], d["hr_memory_size"])' "('CISCO-MEMORY-POOL-MIB', {}, [], None)"
lj_value "cisco-catalyst memory" '[(r["name"], r["size"], r["used"], r["free"], r["used_pct"], r["hidden"]) for r in d["pools"]]' "[('Processor', 68158780, 34973844, 33184936, 51.31, False), ('I/O', 12582912, 8710324, 3872588, 69.22, False)]"
lj_doc "linux-host process -n sleep" check_snmp_process \
    --walk-file "$LJ_DATA/linux-host.walk" -n sleep
lj_value "linux-host process" 'len(d["processes"])' 7
lj_value "linux-host process" '[r["pid"] for r in d["processes"] if r["selected"]]' '[2, 3, 4]'
lj_value "linux-host process" '[(r["name"], r["path"], r["status"], r["type"], r["mem"], r["cpu"], r["complete"]) for r in d["processes"] if r["pid"] == 6]' "[('snmpd', '/usr/sbin/snmpd', 'running', 'application', 12902400, 8, True)]"
lj_value "linux-host process" '[r["params"] for r in d["processes"] if r["pid"] == 7]' "['-c while :; do :; done']"
lj_doc "linux-host uptime" check_snmp_uptime \
    --walk-file "$LJ_DATA/linux-host.walk"
lj_value "linux-host uptime" '[(r["object"], r["type"], r["value"], r["seconds"], r["missing"]) for r in d["clocks"]]' "[('sysUpTime', 'Timeticks', 14634, 146, None), ('hrSystemUptime', 'Timeticks', 56416, 564, None), ('snmpEngineTime', 'INTEGER', 147, 147, None), ('snmpEngineBoots', 'INTEGER', 1, None, None)]"
lj_doc "linux-host value" check_snmp_value \
    --walk-file "$LJ_DATA/linux-host.walk" -l up,name \
    -o sysUpTime.0,sysName.0,ifHCInOctets.4,1.3.6.1.2.1.1.99.0
lj_value "linux-host value" '[(r["label"], r["oid"], r["type"], r["value"]) for r in d["objects"]]' "[('up', '1.3.6.1.2.1.1.3.0', 'Timeticks', 14634), ('name', '1.3.6.1.2.1.1.5.0', 'STRING', 'vm'), (None, '1.3.6.1.2.1.31.1.1.1.6.4', 'Counter64', 30158780), (None, '1.3.6.1.2.1.1.99.0', 'noSuchObject', None)]"
lj_value "linux-host value" '[(r["requested"], r["text"]) for r in d["objects"]][2:]' "[('ifHCInOctets.4', '30158780'), ('1.3.6.1.2.1.1.99.0', None)]"
lj_checks

section "## entity-sensor.walk and cisco-catalyst.walk, figures from their .md"
lj_doc "entity-sensor sensor" check_snmp_sensor \
    --walk-file "$LJ_DATA/entity-sensor.walk" -E '^Front-panel'
lj_value "entity-sensor sensor" 'len(d["sensors"])' 22
lj_value "entity-sensor sensor" '[(r["type"], r["unit"], r["value"], r["status"]) for r in d["sensors"] if r["name"] == "Asic temp"]' "[('temperature', 'C', 67.25, 'ok')]"
lj_value "entity-sensor sensor" '[(r["index"], r["value"], r["status"], r["selected"]) for r in d["sensors"] if r["name"].startswith("Front-panel")]' "[('100006003', None, 'unavailable', False)]"
lj_value "entity-sensor sensor" '[(r["name"], r["value"]) for r in d["sensors"] if r["type"] == "state"]' "[('PowerSupply1 input OK', True), ('PowerSupply2 input OK', False)]"
lj_value "entity-sensor sensor" '[(r["value"], r["unit"], r["mib"]) for r in d["sensors"] if r["name"] == "PowerSupply1 input power"]' "[(301, 'W', 'ENTITY-SENSOR-MIB')]"
lj_value "entity-sensor sensor" '[r["value"] for r in d["sensors"] if r["name"] in ("VDD core", "3.3V rail voltage sensor", "PowerSupply1 input voltage")]' '[1.025, 3.31, 230.125]'
lj_value "entity-sensor sensor" '{(r["device_warning"], r["device_critical"], len(r["thresholds"])) for r in d["sensors"]}' '{(None, None, 0)}'
lj_doc "cisco-catalyst sensor" check_snmp_sensor \
    --walk-file "$LJ_DATA/cisco-catalyst.walk"
lj_value "cisco-catalyst sensor" 'len(d["sensors"])' 11
lj_value "cisco-catalyst sensor" '[(r["mib"], r["value"], r["transceiver"], r["selected"], r["device_warning"], r["device_critical"]) for r in d["sensors"] if r["index"] == "1013"]' "[('CISCO-ENTITY-SENSOR-MIB', 0.0184, True, False, '0.0031:0.0649', '0.0021:0.0699')]"
lj_value "cisco-catalyst sensor" '[(t["index"], t["severity"], t["relation"], t["value"], t["state"]) for r in d["sensors"] if r["index"] == "1013" for t in r["thresholds"]]' "[(1, 20, 4, 0.07, 'CRITICAL'), (2, 10, 4, 0.065, 'WARNING'), (3, 10, 2, 0.003, 'WARNING'), (4, 20, 2, 0.002, 'CRITICAL')]"
lj_value "cisco-catalyst sensor" '[(r["name"], r["descr"], r["value"], r["device_warning"], r["device_critical"], r["selected"]) for r in d["sensors"] if r["index"] == "1005"]' "[('SW#1, Sensor#1', 'SW#1, Sensor#1, GREEN ', 38, None, '~:60', True)]"
lj_checks

section "## the live snmpd"
for p in $LJ_PLUGINS; do
	# the live snmpd may have no sensors: then the plugin's UNKNOWN
	"$TOP/plugins/check_snmp_$p" -H 127.0.0.1 -p "$SNMPD_PORT" --list \
	    >/dev/null 2>&1 || [ "$p" != sensor ] || continue
	lj_doc "live $p" "check_snmp_$p" -H 127.0.0.1 -p "$SNMPD_PORT"
done
# shellcheck disable=SC2086
lj_doc "live value" check_snmp_value -H 127.0.0.1 -p "$SNMPD_PORT" $LJ_VALUE
lj_value "live interface" 'd["peer"]' "'127.0.0.1:$SNMPD_PORT'"
lj_checks

section "## --format's errors"
for p in $LJ_PLUGINS; do
	# a walk the plugin's --list reads
	lw="$LJ_DATA/linux-host.walk"
	[ "$p" != sensor ] || lw="$LJ_DATA/entity-sensor.walk"
	run_case "$p --format json without --list" 3 \
	    "* UNKNOWN - --format json is for --list only: a check prints a status line" \
	    "$TOP/plugins/check_snmp_$p" --walk-file "$lw" --format json
	run_case "$p --format xml" 3 "* UNKNOWN - Unknown --format 'xml': text or json" \
	    "$TOP/plugins/check_snmp_$p" --walk-file "$lw" --list --format xml
	run_case "$p --format text is --list" 0 "* OK - *" \
	    "$TOP/plugins/check_snmp_$p" --walk-file "$lw" --list --format text
	run_case "$p: an agent error is the status line" 3 "* UNKNOWN - *" \
	    "$TOP/plugins/check_snmp_$p" -H 127.0.0.1 -p "$SNMPD_PORT" \
	    -C wrong -t 1 --list --format json
done
LJ_V="$TOP/plugins/check_snmp_value --walk-file $LJ_DATA/linux-host.walk -o sysName.0"
# shellcheck disable=SC2086
run_case "value --format json without --list" 3 \
    "* UNKNOWN - --format json is for --list only: a check prints a status line" \
    $LJ_V --format json
# shellcheck disable=SC2086
run_case "value --list --rate" 3 \
    "SNMP UNKNOWN - --list reads the objects once: it excludes --rate" \
    $LJ_V --list --rate
# shellcheck disable=SC2086
run_case "value --list: thresholds not applied" 0 \
    "SNMP OK - 1 of 1 object read from *" $LJ_V --list -c 0 -s nothing
# shellcheck disable=SC2086
run_case "value --list: a missing object is listed, OK" 0 \
    "SNMP OK - 1 of 2 objects read from *, 1 missing" \
    $LJ_V,1.3.6.1.2.1.1.99.0 --list
