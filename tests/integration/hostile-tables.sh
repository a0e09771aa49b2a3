# A suite (run-one): every table plugin against the hostile
# agent's virtual table served under the plugin's own table (-r ROOT): a
# walk that loops and one that never ends must give UNKNOWN with the
# reason, within -t plus half a second, never a verdict on a table we did
# not get whole.  (SNMPv1 walks with GETNEXT: a reply that does not
# advance is ignored as not an answer, so a loop ends in the timeout that
# names it.)
section "# hostile tables: loops and endless walks under each plugin's table"
# every case is a class of its own: all of them under memcheck in the slice
MC_ALL=1
IFX=1.3.6.1.2.1.31.1.1.1
HRS=1.3.6.1.2.1.25.2.3.1
SWR=1.3.6.1.2.1.25.4.2.1
ENTS=1.3.6.1.2.1.99.1.1.1
# tcase SCENARIO ROOT NAME RC PATTERN LIMIT_MS CMD... (@PORT@: the port):
# one run against a fresh agent, in parallel with the others (lib.sh, par).
tcase() {
	par tcase_run "$@"
}
tcase_run() {
	scenario=$1 root=$2 name=$3 rc=$4 pattern=$5 limit=$6
	shift 6
	start_hostile "$scenario" "-r $root"
	for a in "$@"; do
		shift
		[ "$a" = @PORT@ ] && a=$HOSTILE_PORT
		set -- "$@" "$a"
	done
	run_case "hostile table $scenario: $name" "$rc" "$pattern" "$@"
	within "$name: time" "$limit"
	stop_hostile
}
P="$TOP/plugins"
LOOP2="* UNKNOWN - The agent at 127.0.0.1:* walks in a loop: *.5 came after *.10"
LOOP1="* UNKNOWN - No valid response from 127.0.0.1:* within 2.0 s (* datagram* ignored, last: GETNEXT reply does not advance)"
ENDLESS="* UNKNOWN - *"
# tcase_endless ROOT PLUGIN ARGS...: an endless walk, and the cause named
tcase_endless() {
	te_root=$1 te_plugin=$2
	shift 2
	tcase_run walk-endless "$te_root" "$te_plugin, v2c" 3 "$ENDLESS" 5500 \
	    "$P/check_snmp_$te_plugin" -H 127.0.0.1 -p @PORT@ -t 5 "$@"
	case "$OUT" in
	*"never reached the end"*|*"within 5.0 s"*|*"timed out"*)
		PASS=$((PASS + 1)); echo "ok   hostile table walk-endless: $te_plugin names the cause" ;;
	*)	FAIL=$((FAIL + 1)); echo "FAIL hostile table walk-endless: $te_plugin: $OUT" ;;
	esac
}
for spec in "interface $IFX -n eth0" "storage $HRS -w 80" "process $SWR -n sshd" "sensor $ENTS -T temperature"; do
	set -- $spec
	plugin=$1 root=$2
	shift 2
	tcase walk-loop "$root" "$plugin, v2c" 3 "$LOOP2" 2500 \
	    "$P/check_snmp_$plugin" -H 127.0.0.1 -p @PORT@ -t 2 "$@"
	tcase walk-loop "$root" "$plugin, v1" 3 "$LOOP1" 2500 \
	    "$P/check_snmp_$plugin" -H 127.0.0.1 -p @PORT@ -t 2 -P 1 "$@"
	par tcase_endless "$root" "$plugin" "$@"
done
