# A suite (run-one): the walk engine (session_table) through
# its test driver walk_probe, against the real snmpd (compared with net-snmp
# snmpbulkwalk of the same columns), walk files, and the hostile agent.
section "# walk engine"
PROBE="$TOP/tests/integration/walk_probe"
HR=1.3.6.1.2.1.25.2.3.1
SW=1.3.6.1.2.1.25.4.2.1

# probe_vs_netsnmp NAME COLUMN...: every value of every column equals what
# snmpbulkwalk reads.  Only columns whose values do not move between two
# reads (no memory use, no process table).
IF=1.3.6.1.2.1.2.2.1
probe_vs_netsnmp() {
	name=$1
	shift
	"$PROBE" -p "$SNMPD_PORT" "$@" >"$WORK/probe.out" 2>"$WORK/probe.err"
	prc=$?
	: >"$WORK/ours.txt"
	: >"$WORK/theirs.txt"
	c=1
	for col in "$@"; do
		c=$((c + 1))
		awk -F '\t' -v c="$c" -v col="$col" '$1 !~ /^rows / &&
		    $c != "-" { print "." col "." $1 " " $c }' \
		    "$WORK/probe.out" >>"$WORK/ours.txt"
		snmpbulkwalk -v2c -c public -On -Oq -Oe -Ot \
		    127.0.0.1:"$SNMPD_PORT" "$col" >>"$WORK/theirs.txt" 2>&1
	done
	if [ $prc = 0 ] && [ -s "$WORK/ours.txt" ] &&
	    diff "$WORK/theirs.txt" "$WORK/ours.txt" >"$WORK/probe.diff"; then
		PASS=$((PASS + 1))
		echo "ok   walk: $name equals snmpbulkwalk ($(wc -l <"$WORK/ours.txt") objects, $(tail -n 1 "$WORK/probe.out"))"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL walk: $name differs from snmpbulkwalk (rc $prc)"
		head -20 "$WORK/probe.diff" "$WORK/probe.out"
	fi
}

probe_vs_netsnmp "hrStorage descr/units/size" $HR.3 $HR.4 $HR.5
probe_vs_netsnmp "ifTable descr/type/mtu/speed/admin" $IF.2 $IF.3 $IF.4 $IF.5 $IF.7
probe_vs_netsnmp "sysORTable as one subtree" 1.3.6.1.2.1.1.9

# Requests: several columns in one GETBULK each time; snmpbulkwalk (default
# max-repetitions 10) walks one column at a time.
"$PROBE" -p "$SNMPD_PORT" $HR.3 $HR.4 $HR.5 $HR.6 >"$WORK/probe.out"
ours=$(awk '$1 == "rows" { print $4 }' "$WORK/probe.out")
theirs=0
for col in $HR.3 $HR.4 $HR.5 $HR.6; do
	n=$(snmpbulkwalk -v2c -c public -On -Cc 127.0.0.1:"$SNMPD_PORT" $col 2>/dev/null | wc -l)
	theirs=$((theirs + n / 10 + 1))
done
if [ -n "$ours" ] && [ "$ours" -le "$theirs" ]; then
	PASS=$((PASS + 1)); echo "ok   walk: $ours requests, snmpbulkwalk needs $theirs"
else
	FAIL=$((FAIL + 1)); echo "FAIL walk: $ours requests, snmpbulkwalk needs $theirs"
fi

# v1 walks with GETNEXT and gives the same table.
"$PROBE" -p "$SNMPD_PORT" $HR.3 $HR.6 | sed '$d' >"$WORK/v2.out"
run_case "walk: v1 GETNEXT" 0 '1	"Physical memory"	*' "$PROBE" -P 1 -p "$SNMPD_PORT" $HR.3 $HR.6
if printf '%s\n' "$OUT" | sed '$d' | cmp -s - "$WORK/v2.out"; then
	PASS=$((PASS + 1)); echo "ok   walk: v1 and v2c tables are equal"
else
	FAIL=$((FAIL + 1)); echo "FAIL walk: v1 and v2c tables differ"
fi

# Walk files: the same engine, no requests.
last_line() { # NAME LINE: the last output line of the last run_case
	if [ "$(printf '%s\n' "$OUT" | tail -n 1)" = "$2" ]; then
		PASS=$((PASS + 1)); echo "ok   $1: $2"
	else
		FAIL=$((FAIL + 1)); echo "FAIL $1: $(printf '%s\n' "$OUT" | tail -n 1), expected $2"
	fi
}
run_case "walk: walk file, joined columns" 0 '1	"Physical memory"	1024	24683652	577256' \
    "$PROBE" -f "$TOP/tests/data/linux-host.walk" $HR.3 $HR.4 $HR.5 $HR.6
last_line "walk: walk file, no requests" "rows 11 requests 0"
run_case "walk: walk file, missing cells" 0 '1	"Physical memory"	100	10' \
    "$PROBE" -f "$TOP/tests/data/table-join.walk" $HR.3 $HR.5 $HR.6
if printf '%s\n' "$OUT" | grep -qx '3	"Virtual memory"	-	30'; then
	PASS=$((PASS + 1)); echo "ok   walk: a missing cell is '-'"
else
	FAIL=$((FAIL + 1)); echo "FAIL walk: missing cell: $OUT"
fi

# The hostile agent's virtual table: 5 columns x 30 rows under T.
T=1.3.6.1.4.1.99999.1
wcase() {
	scenario=$1 name=$2 rc=$3 pattern=$4 limit=$5
	shift 5
	start_hostile "$scenario"
	run_case "walk $scenario: $name" "$rc" "$pattern" \
	    "$PROBE" -p "$HOSTILE_PORT" "$@"
	within "walk $scenario: time" "$limit"
	stop_hostile
}
# max-repetitions 10, then the rows seen: 10 and 20 (one past the end)
wcase table "3 columns, 30 rows, 3 requests" 0 "1	1001	3001	5001" 1000 $T.1 $T.3 $T.5
last_line "walk table: 3 columns at once" "rows 30 requests 3"
# walked again in the session: the 30 rows counted, plus one, in 1 request
wcase table "a second walk of the table" 0 "1	1001	3001	5001" 1000 -a $T.1 $T.3 $T.5
last_line "walk table: the second walk, sized by the first" "again: rows 30 requests 1"
wcase table "the last column ends at endOfMibView" 0 "1	5001" 1000 $T.5
wcase table "the whole table as one subtree, 10 to 80 per request" 0 "1.1	1001" 1000 $T
last_line "walk table: the subtree" "rows 150 requests 5"
wcase table "v1: GETNEXT, noSuchName ends it" 0 "1	5001" 2000 -P 1 $T.5
wcase table-toobig "tooBig: max-repetitions halved until it fits" 0 "1	1001	2001" 2000 $T.1 $T.2
wcase table-bigsilent "a large GETBULK unanswered: retried smaller" 0 "1	1001	2001" 3000 -t 3 $T.1 $T.2
wcase walk-loop "a loop is an error" 3 "error: The agent at 127.0.0.1:* walks in a loop: $T.1.5 came after $T.1.10" 1000 $T.1 $T.2
# 500,000 objects or 20,000 requests take 2 to 5 s of CPU: the walk must
# stop at its cap, named, before -t (the other suites share the CPU)
wcase walk-endless "an endless walk is cut" 3 "error: Walk stopped after 500000 objects: the agent at 127.0.0.1:* never reached the end of the table" 9500 -t $((10 * TIME_BASE)) $T.1 $T.2
wcase walk-endless "an endless v1 walk is cut" 3 "error: Walk stopped after 20000 requests: the agent at 127.0.0.1:* never reached the end of the table" 9500 -t $((10 * TIME_BASE)) -P 1 $T.1
wcase walk-overfull "more varbinds than N x M is ignored" 3 "error: No valid response from 127.0.0.1:* within 1.0 s (* requests sent; * datagram* ignored, last: GETBULK reply holds * varbinds, at most * x * were asked for)" 1500 -t 1 $T.1 $T.2
wcase empty-varbinds "an empty GETBULK reply is not an empty table" 3 "error: No valid response from 127.0.0.1:* within 1.0 s (* requests sent; * datagram* ignored, last: GETBULK reply without varbinds and without an error)" 1500 -t 1 $T.1
