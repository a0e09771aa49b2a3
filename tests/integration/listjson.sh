# A suite (run-one, after start_snmpd): --list --format json of the table
# plugins on every walk of tests/data and on the live snmpd: one document
# that python3 -m json.tool reads, the keys of docs/json.md with their
# types (tests/listjson_schema.py), exact figures of linux-host.walk (from
# its .md), and --format's errors.
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
# kept since the last call, each counted.
lj_checks() {
	python3 "$LJ_SCHEMA" --batch "$WORK/docs.list" >"$WORK/checks" 2>&1 ||
	    echo "FAIL listjson_schema.py --batch: $(tail -n 3 "$WORK/checks")" >>"$WORK/checks"
	while IFS= read -r line; do
		echo "$line"
		case $line in
		"ok   "*) PASS=$((PASS + 1)) ;;
		*) FAIL=$((FAIL + 1)) ;;
		esac
	done <"$WORK/checks"
	: >"$WORK/docs.list"
}

# lj_value NAME EXPR WANT: python3's repr of EXPR on the document (d) is
# WANT.
lj_value() {
	got=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(repr(eval(sys.argv[2])))' "$WORK/doc.json" "$2" 2>&1)
	check "$1: $2 = $3 (got $got)" [ "$got" = "$3" ]
}

for w in "$LJ_DATA"/*.walk; do
	for p in interface storage load; do
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
lj_checks

section "## the live snmpd"
for p in interface storage load; do
	lj_doc "live $p" "check_snmp_$p" -H 127.0.0.1 -p "$SNMPD_PORT"
done
lj_value "live interface" 'd["peer"]' "'127.0.0.1:$SNMPD_PORT'"
lj_checks

section "## --format's errors"
for p in interface storage load; do
	run_case "$p --format json without --list" 3 \
	    "* UNKNOWN - --format json is for --list only: a check prints a status line" \
	    "$TOP/plugins/check_snmp_$p" --walk-file "$LJ_DATA/linux-host.walk" \
	    --format json
	run_case "$p --format xml" 3 "* UNKNOWN - Unknown --format 'xml': text or json" \
	    "$TOP/plugins/check_snmp_$p" --walk-file "$LJ_DATA/linux-host.walk" \
	    --list --format xml
	run_case "$p --format text is --list" 0 "* OK - *" \
	    "$TOP/plugins/check_snmp_$p" --walk-file "$LJ_DATA/linux-host.walk" \
	    --list --format text
	run_case "$p: an agent error is the status line" 3 "* UNKNOWN - *" \
	    "$TOP/plugins/check_snmp_$p" -H 127.0.0.1 -p "$SNMPD_PORT" \
	    -C wrong -t 1 --list --format json
done
