#!/bin/sh
# bench/tables.sh - the table plugins against the Perl plugins and net-snmp
# on the same agent, in one run:
#   storage:  check_snmp_storage  vs check_snmp_storage.pl  vs snmpbulkwalk
#             of hrStorageTable
#   process:  check_snmp_process  vs check_snmp_process.pl  vs snmpbulkwalk
#             of hrSWRunTable, with PROCS (default 300) extra processes
# Per command: instructions of the whole process tree (callgrind) and the
# datagrams it sent (strace: sendto/sendmsg/send calls).  Then the agent's
# CPU per check (snmpd's utime + stime over AGENT_RUNS checks) for every
# table plugin, the Perl plugin and snmpbulkwalk of the same columns.
# Prints a table and PASS/FAIL per target; exits non-zero if one is
# missed or a tool is missing.  See bench/README.md.
#
# Usage (make bench runs it after bench/run.sh):  sh bench/tables.sh
# Environment: PROCS (extra processes for the process case), AGENT_RUNS
# (checks per agent CPU measure, default 200).

set -u
cd "$(dirname "$0")/.." || exit 1

CONF=contrib/snmpd/snmpd.conf
COMMUNITY=public
OID=1.3.6.1.2.1.1.3.0
PROCS=${PROCS:-300}
PERL_DIR=/usr/lib/nagios/plugins
TARGET_PERL=20          # Perl plugin instructions / ours, at least
TARGET_WALK=5           # snmpbulkwalk instructions / ours, at least
AGENT_RUNS=${AGENT_RUNS:-100}

SNMPD=$(command -v snmpd 2>/dev/null || true)
[ -z "$SNMPD" ] && [ -x /usr/sbin/snmpd ] && SNMPD=/usr/sbin/snmpd
missing=
for t in valgrind strace snmpbulkwalk snmpget od getconf "$SNMPD" \
    "$PERL_DIR/check_snmp_storage.pl" "$PERL_DIR/check_snmp_process.pl" \
    "$PERL_DIR/check_snmp_load.pl" "$PERL_DIR/check_snmp_int.pl"; do
	if [ -z "$t" ] || ! command -v "$t" >/dev/null 2>&1; then
		missing="$missing ${t:-snmpd}"
	fi
done
if [ -n "$missing" ]; then
	echo "tables: missing:$missing (Debian packages: valgrind strace snmp" \
	    "snmpd nagios-snmp-plugins)" >&2
	exit 1
fi
# Our plugins as both libcs build them (make bench: BENCH_DIR_musl and
# BENCH_DIR_glibc); without them, this tree's build alone.
MUSL=${BENCH_DIR_musl:-}
GLIBC=${BENCH_DIR_glibc:-}
BUILDS=""
[ -n "$MUSL" ] && BUILDS="$BUILDS musl"
[ -n "$GLIBC" ] && BUILDS="$BUILDS glibc"
[ -n "$BUILDS" ] || BUILDS=ours
dir_of() {
	case $1 in musl) echo "$MUSL" ;; glibc) echo "$GLIBC" ;; *) echo . ;; esac
}
for b in $BUILDS; do
	for p in check_snmp_storage check_snmp_process check_snmp_load \
	    check_snmp_interface; do
		[ -x "$(dir_of "$b")/plugins/$p" ] || { echo "tables: $(dir_of "$b")/plugins/$p not built; run make" >&2; exit 1; }
	done
done

. bench/lib.sh

# The extra processes: sleepers under a distinctive name, stopped by PID.
workers=
stop_workers() {
	for w in $workers; do kill "$w" 2>/dev/null; done
	for w in $workers; do wait "$w" 2>/dev/null; done
	workers=
}
trap 'stop_workers; cleanup' EXIT
ln -s "$(command -v sleep)" "$tmp/bench-worker"
i=0
while [ "$i" -lt "$PROCS" ]; do
	"$tmp/bench-worker" 600 &
	workers="$workers $!"
	i=$((i + 1))
done

start_snmpd
A="127.0.0.1"
for b in $BUILDS; do
	d=$(dir_of "$b")
	eval "CMD_${b}_storage=\"$d/plugins/check_snmp_storage -H $A -p $PORT -r ^/$ -w 80 -c 90\""
	eval "CMD_${b}_process=\"$d/plugins/check_snmp_process -H $A -p $PORT -n snmpd\""
done
# shellcheck disable=SC2034
CMD_perl_storage="$PERL_DIR/check_snmp_storage.pl -H $A -p $PORT -C $COMMUNITY -2 -m ^/$ -w 80 -c 90"
# shellcheck disable=SC2034
CMD_walk_storage="snmpbulkwalk -v2c -c $COMMUNITY -On $A:$PORT 1.3.6.1.2.1.25.2.3"
# shellcheck disable=SC2034
CMD_perl_process="$PERL_DIR/check_snmp_process.pl -H $A -p $PORT -C $COMMUNITY -2 -n snmpd"
# shellcheck disable=SC2034
CMD_walk_process="snmpbulkwalk -v2c -c $COMMUNITY -On $A:$PORT 1.3.6.1.2.1.25.4.2"
NAMES=""
for t in storage process; do
	for b in $BUILDS; do
		NAMES="$NAMES ${b}_$t"
	done
	NAMES="$NAMES perl_$t walk_$t"
done

# Datagrams sent: every send call of the process tree.
measure_sends() { # $1 = name
	# shellcheck disable=SC2046
	strace -f -qq -e trace=sendto,sendmsg,send -o "$tmp/strace.$1" \
	    $(cmd_of "$1") >/dev/null 2>&1
	grep -c -E '(sendto|sendmsg|send)\(' "$tmp/strace.$1"
}

# net-snmp lists a process table it read when it started; wait until our
# workers are in it, so that every command sees the same table.
i=0
while [ $i -lt 100 ]; do
	n=$(snmpbulkwalk -v2c -c "$COMMUNITY" -On "$A:$PORT" 1.3.6.1.2.1.25.4.2.1.2 2>/dev/null | grep -c bench-worker)
	[ "$n" -ge "$PROCS" ] && break
	sleep 0.5
	i=$((i + 1))
done
rows=$(snmpbulkwalk -v2c -c "$COMMUNITY" -On "$A:$PORT" 1.3.6.1.2.1.25.4.2.1.2 2>/dev/null | wc -l)
echo "== table plugins: snmpd on udp:$A:$PORT, hrSWRunTable $rows rows ($n bench workers)"
for name in $NAMES; do
	echo "   $name: $(cmd_of "$name")"
	# shellcheck disable=SC2046
	out=$($(cmd_of "$name") 2>&1 | head -n 1 | cut -c1-150)
	echo "      -> $out"
done

echo
echo "-- callgrind and strace ..."
for name in $NAMES; do
	set -- $(measure_ir "$name")
	eval "IR_$name=$1"
	eval "SENDS_$name=$(measure_sends "$name")"
done

echo
printf '%-14s %14s %10s\n' command instructions datagrams
for name in $NAMES; do
	eval "printf '%-14s %14s %10s\n' $name \"\$IR_$name\" \"\$SENDS_$name\""
done
echo

fail=0
for t in storage process; do
	for b in $BUILDS; do
		eval "ours=\$IR_${b}_$t perl=\$IR_perl_$t walk=\$IR_walk_$t"
		eval "sours=\$SENDS_${b}_$t swalk=\$SENDS_walk_$t sperl=\$SENDS_perl_$t"
		r=$(awk -v a="$perl" -v b="$ours" 'BEGIN { printf "%.1f", a / b }')
		verdict "$t ($b): Perl/ours instructions = $r x, target >= $TARGET_PERL" \
		    "$(awk -v r="$r" -v t="$TARGET_PERL" 'BEGIN { print (r >= t) }')"
		r=$(awk -v a="$walk" -v b="$ours" 'BEGIN { printf "%.1f", a / b }')
		verdict "$t ($b): snmpbulkwalk/ours instructions = $r x, target >= $TARGET_WALK" \
		    "$(awk -v r="$r" -v t="$TARGET_WALK" 'BEGIN { print (r >= t) }')"
		verdict "$t ($b): datagrams ours $sours, snmpbulkwalk $swalk, Perl $sperl; target ours <= snmpbulkwalk" \
		    "$(awk -v a="$sours" -v b="$swalk" 'BEGIN { print (a <= b) }')"
	done
done

# The agent's CPU per check.  Every build sends the same requests: the
# first one stands for ours.  snmpbulkwalk walks the columns ours walks,
# one run per column (it walks one subtree a run).
set -- $BUILDS
d=$(dir_of "$1")
HR=1.3.6.1.2.1.25.2.3.1
SW=1.3.6.1.2.1.25.4.2.1
LA=1.3.6.1.4.1.2021.10.1
IFX=1.3.6.1.2.1.31.1.1.1
IF=1.3.6.1.2.1.2.2.1
# shellcheck disable=SC2034
{
	CMD_ours_storage="$d/plugins/check_snmp_storage -H $A -p $PORT -r ^/$ -w 80 -c 90"
	CMD_bulk_storage="bulkwalk_cols $HR.2 $HR.3 $HR.4 $HR.5 $HR.6"
	CMD_ours_process="$d/plugins/check_snmp_process -H $A -p $PORT -n snmpd"
	CMD_bulk_process="bulkwalk_cols $SW.2 $SW.7"
	CMD_ours_load="$d/plugins/check_snmp_load -H $A -p $PORT -w 100,100,100 -c 200,200,200"
	CMD_perl_load="$PERL_DIR/check_snmp_load.pl -H $A -p $PORT -C $COMMUNITY -2 -T netsl -w 100,100,100 -c 200,200,200"
	CMD_bulk_load="bulkwalk_cols $LA.2 $LA.3 $LA.5 $LA.6"
	CMD_ours_interface="$d/plugins/check_snmp_interface -H $A -p $PORT -n lo"
	CMD_perl_interface="$PERL_DIR/check_snmp_int.pl -H $A -p $PORT -C $COMMUNITY -2 -n ^lo\$"
	# the columns the check reads: ifName to select, then the 21 of the
	# row (as bench/interface.sh's check of all); bulk1: ifName alone
	CMD_bulk_interface="bulkwalk_cols $IFX.1 $IF.2 $IF.3 $IF.5 $IF.6 $IF.7 $IF.8 $IF.13 $IF.14 $IF.19 $IF.20 $IFX.6 $IFX.7 $IFX.8 $IFX.9 $IFX.10 $IFX.11 $IFX.12 $IFX.13 $IFX.15 $IFX.18"
	CMD_bulk1_interface="bulkwalk_cols $IFX.1"
}
ifrows=$(snmpget -v2c -c "$COMMUNITY" -Oqv "$A:$PORT" 1.3.6.1.2.1.2.1.0)
# the interface plugin's samples (and the selection it remembers) in a
# state directory of this run's own
MP_STATE_PATH=$(mktemp -d "${TMPDIR:-/tmp}/bench-state.XXXXXX")
export MP_STATE_PATH
echo
echo "-- the agent's CPU, $AGENT_RUNS checks each ($ifrows interfaces) ..."
printf '%-18s %10s\n' command 'ms/check'
for t in storage process load; do
	for w in ours perl bulk; do
		[ -n "$(cmd_of "${w}_$t")" ] || continue
		eval "AGENT_${w}_$t=$(measure_agent "${w}_$t")"
		eval "printf '%-18s %10s\n' ${w}_$t \"\$AGENT_${w}_$t\""
	done
done
# interface: the first run of ours walks the names; the rest GET the rows
# it remembered, one request as a walk of ifName alone, which costs snmpd
# about as much (some 0.3-0.4 ms, three or four clock ticks per 100
# checks): ours and that walk alternate over IF_ROUNDS rounds (default 4),
# shown for comparison; the target is against the walk of the columns the
# check reads.
$(cmd_of ours_interface) >/dev/null 2>&1
for w in perl bulk; do
	eval "AGENT_${w}_interface=$(measure_agent "${w}_interface")"
	eval "printf '%-18s %10s\n' ${w}_interface \"\$AGENT_${w}_interface\""
done
r=0 sum_ours=0 sum_bulk1=0
while [ $r -lt "${IF_ROUNDS:-4}" ]; do
	o=$(measure_agent ours_interface)
	b=$(measure_agent bulk1_interface)
	sum_ours=$(awk -v s="$sum_ours" -v x="$o" 'BEGIN { print s + x }')
	sum_bulk1=$(awk -v s="$sum_bulk1" -v x="$b" 'BEGIN { print s + x }')
	r=$((r + 1))
	printf '%-18s %10s   (round %d; snmpbulkwalk of ifName alone %s)\n' ours_interface "$o" $r "$b"
done
AGENT_ours_interface=$(awk -v s="$sum_ours" -v n=$r 'BEGIN { printf "%.3f\n", s / n }')
AGENT_bulk1_interface=$(awk -v s="$sum_bulk1" -v n=$r 'BEGIN { printf "%.3f\n", s / n }')
printf '%-18s %10s\n' ours_interface "$AGENT_ours_interface" \
    bulk1_interface "$AGENT_bulk1_interface"
echo "interface: agent CPU per check ours $AGENT_ours_interface ms, snmpbulkwalk of ifName alone $AGENT_bulk1_interface ms (for comparison)"
rm -rf "$MP_STATE_PATH"
for t in storage process load interface; do
	eval "ours=\$AGENT_ours_$t bulk=\$AGENT_bulk_$t perl=\${AGENT_perl_$t:--}"
	# shellcheck disable=SC2154  # ours, bulk, perl: set by the eval
	verdict "$t: agent CPU per check ours $ours ms, snmpbulkwalk $bulk ms, Perl $perl ms; target ours <= snmpbulkwalk" \
	    "$(awk -v a="$ours" -v b="$bulk" 'BEGIN { print (a <= b) }')"
done
[ $fail = 0 ] && echo "tables: all targets met" || echo "tables: some targets missed"
exit $fail
