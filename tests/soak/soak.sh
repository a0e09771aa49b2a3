#!/bin/sh
# The soak (make soak, make soak-short; tests/soak/README.md): every plugin,
# SNMPv2c and SNMPv3 authPriv, rates on state files shared by all workers,
# many at a time through tests/soak/lossy_relay to a real snmpd, for long.
# Every verdict must be the right one or an UNKNOWN timeout within -t +
# 0.5 s; the state files must stay whole, no temporary file may be left,
# each run has few descriptors (ulimit -n) and a bounded peak RSS.
#
# usage: tests/soak/soak.sh [-w WORKERS] [-n RUNS_PER_WORKER] [-l LOSS%]
#            [-d DUP%] [-j JITTER_MS] [-s SEED]
# Environment: SOAK_NOFILE (10), SOAK_MAX_RSS_KB (4096), SOAK_LATE_MS (500).

TOP=$(cd "$(dirname "$0")/../.." && pwd)
. "$TOP/tests/integration/lib.sh"

WORKERS=8 RUNS=2000 LOSS=10 DUP=1 JITTER=200 SEED=1
while getopts w:n:l:d:j:s: c; do
	case $c in
	w) WORKERS=$OPTARG ;;
	n) RUNS=$OPTARG ;;
	l) LOSS=$OPTARG ;;
	d) DUP=$OPTARG ;;
	j) JITTER=$OPTARG ;;
	s) SEED=$OPTARG ;;
	*) echo "usage: $0 [-w WORKERS] [-n RUNS] [-l LOSS%] [-d DUP%] [-j JITTER_MS] [-s SEED]" >&2
	   exit 2 ;;
	esac
done
NOFILE=${SOAK_NOFILE:-10}
MAX_RSS=${SOAK_MAX_RSS_KB:-4096}
LATE=${SOAK_LATE_MS:-500}
RELAY="$TOP/tests/soak/lossy_relay"
RUN="$TOP/tests/soak/soak_run"
for f in "$RELAY" "$RUN" "$TOP/plugins/check_snmp_value"; do
	[ -x "$f" ] || { echo "$f is not built: make soak builds it" >&2; exit 1; }
done

start_snmpd "$TOP/contrib/snmpd/snmpd.conf"
# the relay on a port the kernel picks; it prints it, and ends with us
"$RELAY" -a "$SNMPD_PORT" -l "$LOSS" -d "$DUP" -j "$JITTER" -s "$SEED" \
    >"$WORK/relay.port" 2>"$WORK/relay.log" &
RELAY_PID=$!
PIDS="$PIDS $RELAY_PID"
i=0
while [ ! -s "$WORK/relay.port" ] && [ $i -lt 100 ]; do
	sleep 0.05
	i=$((i + 1))
done
RELAY_PORT=$(head -n 1 "$WORK/relay.port")
[ -n "$RELAY_PORT" ] || { echo "the relay did not start:" >&2; cat "$WORK/relay.log" >&2; exit 1; }

STATE="$WORK/state"
# the plugins' own temporary directory: must stay empty
mkdir -p "$WORK/tmp" "$STATE"
chmod 700 "$STATE"
V2="-P 2c -C public"
V3="-P 3 -L authPriv -U u_sha_aes -a SHA -A maplesyrup -x AES -X maplesyrup"
V3B="-P 3 -L authPriv -U u_sha256_aes256 -a SHA-256 -A maplesyrup -x AES-256 -X maplesyrup"
SD="--state-dir $STATE"
A=.1.3.6.1.4.1.8072.9999

# The kinds of run: name # -t # accepted "rc:first line" (shell patterns,
# alternatives separated by ^) # plugin and arguments.  Each verdict is
# stable: the values are the agent's fixed overrides, or the thresholds are
# far from anything the host can show, or (rates) the rate is known: the
# rate of sysUpTime by sysUpTime is 100 per second exactly, a constant
# counter's is 0, a loopback interface has no errors.
cat >"$WORK/kinds" <<EOF
value-int-v2c#3#0:SNMP OK - 42 | 'iso.3.6.1.4.1.8072.9999.10.0'=42;40:45;0:50#check_snmp_value $V2 -o $A.10.0 -w 40:45 -c 0:50
value-warn-v3#3#1:SNMP WARNING - *42* | 'iso.3.6.1.4.1.8072.9999.10.0'=42;0:10;0:100#check_snmp_value $V3 -o $A.10.0 -w 0:10 -c 0:100
value-crit-v2c#3#2:SNMP CRITICAL - *42* | 'iso.3.6.1.4.1.8072.9999.10.0'=42;;0:10#check_snmp_value $V2 -o $A.10.0 -c 0:10
value-types-v3#3#0:SNMP OK - -5 4294967295 123456 *#check_snmp_value $V3B -o $A.1.0,$A.3.0,$A.8.0 -w -10:0,,
value-string-v2c#3#0:SNMP OK - "running"#check_snmp_value $V2 -o $A.9.0 -s running
value-timeout-v3#1#0:SNMP OK - "running"#check_snmp_value $V3 -o $A.9.0 -s running
value-rate-uptime-v2c#3#0:SNMP OK - 100/s | *^0:SNMP OK - collecting data*#check_snmp_value $V2 $SD -o sysUpTime.0 --rate -c 100:100
value-rate-counter-v3#3#0:SNMP OK - 0/s | *^0:SNMP OK - collecting data*#check_snmp_value $V3 $SD -o $A.4.0 --rate -c 0:0 --on-reset CRITICAL
load-v2c#3#0:LOAD OK - load average: *#check_snmp_load $V2 -w 1000 -c 2000
load-v3#3#0:LOAD OK - load average per CPU: * (* CPUs) | *#check_snmp_load $V3 -r -w 1000 -c 2000
uptime-v2c#3#0:UPTIME OK - host up *#check_snmp_uptime $V2 -c 0:
uptime-v3#3#2:UPTIME CRITICAL - host up *: less than 1157d9h46m40s *#check_snmp_uptime $V3 -c 100000000:
storage-v2c#4#0:STORAGE OK - /: * used *#check_snmp_storage $V2 -n / -w 101 -c 102
storage-v3#4#2:STORAGE CRITICAL - /: * used *#check_snmp_storage $V3 -n / -c 0
memory-v2c#4#0:MEMORY OK - RAM * used *#check_snmp_memory $V2 -w 101 -c 102
memory-v3#4#0:MEMORY OK - RAM * used *#check_snmp_memory $V3B --hrstorage -w 101 -c 102
process-v2c#6#0:PROCESS OK - * named 'snmpd' *#check_snmp_process $V2 -n snmpd
process-v3#6#2:PROCESS CRITICAL - 0 processes named 'nonexistent-soak' *#check_snmp_process $V3 -n nonexistent-soak
interface-rate-v2c#4#0:INTERFACE OK - lo up, collecting data *^0:INTERFACE OK - lo up, no rate yet: the last sample is only * s old | *^0:INTERFACE OK - lo up, no rate yet: its counters did not change in * s, less than the 5 s an agent may serve them from a cache (net-snmp does) | *^0:INTERFACE OK - lo up, in * out * no errors or discards | *#check_snmp_interface $V2 $SD -n lo -c 10G --errors-critical 0
interface-rate-v3#4#0:INTERFACE OK - lo up, collecting data *^0:INTERFACE OK - lo up, no rate yet: the last sample is only * s old | *^0:INTERFACE OK - lo up, no rate yet: its counters did not change in * s, less than the 5 s an agent may serve them from a cache (net-snmp does) | *^0:INTERFACE OK - lo up, in * out * no errors or discards | *#check_snmp_interface $V3 $SD --index 1 -c 10G --errors-critical 0 --on-reset CRITICAL
interface-status-v3#4#0:INTERFACE OK - lo up*#check_snmp_interface $V3B --index 1 --status-only
EOF
NKINDS=$(wc -l <"$WORK/kinds")

# kind K: sets KNAME, KT, KEXPECT and KCMD, from variables read once (a
# busy machine makes every fork of the loop dear)
k=0
while IFS='#' read -r n t e c; do
	k=$((k + 1))
	eval "KN_$k=\$n KT_$k=\$t KE_$k=\$e KC_$k=\$c"
done <"$WORK/kinds"
kind() {
	eval "KNAME=\$KN_$1 KT=\$KT_$1 KEXPECT=\$KE_$1 KCMD=\$KC_$1"
}

# classify EXPECT RC LINE MS T: correct, timeout, late or wrong
classify() {
	cls=wrong
	rest=$1
	while [ -n "$rest" ]; do
		alt=${rest%%^*}
		[ "$alt" = "$rest" ] && rest= || rest=${rest#*^}
		# shellcheck disable=SC2254
		case "$2:$3" in
		$alt) cls=correct ;;
		esac
	done
	if [ $cls = wrong ] && [ "$2" = 3 ]; then
		case "$3" in
		*" UNKNOWN - No response from "*" within "*|*" UNKNOWN - No valid response from "*" within "*|*"stayed locked by another run until the time budget was spent"*)
			cls=timeout ;;
		esac
	fi
	if [ $cls != wrong ] && [ "$4" -gt $(($5 * 1000 + LATE)) ]; then
		cls=late
	fi
}

# one_run K PORT LOG: runs kind K against PORT, appends a record to LOG
one_run() {
	kind "$1"
	# shellcheck disable=SC2086
	set -- "$1" "$2" "$3" $KCMD
	k=$1 port=$2 log=$3
	shift 3
	prog=$1
	shift
	TMPDIR="$WORK/tmp" "$RUN" -n "$NOFILE" -k $((KT + 10)) \
	    "$TOP/plugins/$prog" "$@" -H 127.0.0.1 -p "$port" -t "$KT" \
	    >"$log.res"
	read -r rc ms rss line <"$log.res"
	classify "$KEXPECT" "$rc" "$line" "$ms" "$KT"
	echo "$KNAME $rc $ms $rss $cls" >>"$log"
	if [ $cls != correct ] && [ $cls != timeout ]; then
		{
			echo "$cls: $KNAME (${ms} ms, -t $KT)"
			echo "  command:  $prog $* -H 127.0.0.1 -p $port -t $KT"
			echo "  expected: $KEXPECT"
			echo "  got:      $rc:$line"
		} >>"$log.wrong"
	fi
}

# Baseline: every kind straight to snmpd, no relay, must be right (with
# another state key: the port is part of it).
echo "# soak: $WORKERS workers x $RUNS runs, $NKINDS kinds, relay ${LOSS}% loss, ${DUP}% duplicates, 0-${JITTER} ms jitter, seed $SEED; snmpd on 127.0.0.1:$SNMPD_PORT, relay on 127.0.0.1:$RELAY_PORT"
k=1
bad=0
while [ $k -le "$NKINDS" ]; do
	: >"$WORK/base.log"
	one_run $k "$SNMPD_PORT" "$WORK/base.log"
	read -r _ _ _ _ cls <"$WORK/base.log"
	if [ "$cls" != correct ]; then
		bad=1
		echo "baseline (no relay) of kind $k is not right:" >&2
		cat "$WORK/base.log.wrong" >&2
		rm -f "$WORK/base.log.wrong"
	fi
	k=$((k + 1))
done
[ $bad = 0 ] || exit 1

# worker W: RUNS runs, the kind drawn from an LCG seeded by SEED and W
worker() {
	x=$((SEED * 7919 + $1))
	n=0
	while [ $n -lt "$RUNS" ]; do
		x=$(( (x * 1103515245 + 12345) % 2147483648 ))
		one_run $(( (x >> 8) % NKINDS + 1 )) "$RELAY_PORT" "$WORK/w$1.log"
		n=$((n + 1))
	done
}

t0=$(now_ms)
WPIDS=
w=1
while [ $w -le "$WORKERS" ]; do
	worker $w &
	WPIDS="$WPIDS $!"
	w=$((w + 1))
done
PIDS="$PIDS $WPIDS"
for p in $WPIDS; do
	wait "$p"
done
secs=$(( ($(now_ms) - t0) / 1000 ))
kill "$RELAY_PID" 2>/dev/null
wait "$RELAY_PID" 2>/dev/null

# After: every state file whole (the magic line, the key line, then
# "name value" lines), and readable by one more run of its check, no
# temporary file in the state directory or in TMPDIR.
fail=0
for f in "$STATE"/*; do
	case "$f" in
	*.lock) continue ;;
	*.tmp) echo "FAIL leftover temporary file: $f"; fail=1; continue ;;
	esac
	if ! awk 'NR == 1 && $0 != "snmp-plugins state 1" { exit 1 }
	    NR == 2 && $1 != "key" { exit 1 }
	    NR > 2 && NF < 2 { exit 1 }
	    END { if (NR < 3) exit 1 }' "$f"; then
		echo "FAIL state file corrupt: $f"
		sed 's/^/    /' "$f" | head -n 20
		fail=1
	fi
done
if [ -n "$(ls -A "$WORK/tmp")" ]; then
	echo "FAIL files left in TMPDIR: $(ls -A "$WORK/tmp")"
	fail=1
fi
n=$(ls "$STATE" | grep -vc '\.lock$')
echo "state files: $n, all whole; no temporary file left"
# every run left its record: no worker died
cat "$WORK"/w*.log >"$WORK/all.log"
total=$(wc -l <"$WORK/all.log")
if [ "$total" -ne $((WORKERS * RUNS)) ]; then
	echo "FAIL $total records for $((WORKERS * RUNS)) runs"
	fail=1
fi

sed 's/^/# /' "$WORK/relay.log"
awk -v maxrss="$MAX_RSS" -v secs="$secs" '
function qs(a, lo, hi,   i, j, p, t) {
	while (lo < hi) {
		p = a[int((lo + hi) / 2)]; i = lo; j = hi
		while (i <= j) {
			while (a[i] < p) i++
			while (a[j] > p) j--
			if (i <= j) { t = a[i]; a[i] = a[j]; a[j] = t; i++; j-- }
		}
		if (j - lo < hi - i) { qs(a, lo, j); lo = i } else { qs(a, i, hi); hi = j }
	}
}
function pct(a, n, p,   i) { i = int(n * p + 0.999999); if (i < 1) i = 1; return a[i] }
function row(name, n, c, t, l, w, ms, rss,   sorted, i) {
	for (i = 1; i <= n; i++) sorted[i] = ms[i] + 0
	qs(sorted, 1, n)
	printf "%-22s %6d %8d %8d %5d %5d %8d %8d %8d %8d\n", name, n, c, t, l, w,
	    pct(sorted, n, 0.50), pct(sorted, n, 0.99), sorted[n], rss
}
FNR == NR { split($0, f, "#"); order[++K] = f[1]; next }
{
	k = $1; n[k]++; N++
	ms[k, n[k]] = $3; all[N] = $3
	if ($4 > rss[k]) rss[k] = $4
	if ($4 > RSS) RSS = $4
	cnt[k, $5]++; CNT[$5]++
}
END {
	printf "%-22s %6s %8s %8s %5s %5s %8s %8s %8s %8s\n", "kind", "runs", "correct",
	    "timeout", "late", "wrong", "p50 ms", "p99 ms", "max ms", "RSS KiB"
	for (i = 1; i <= K; i++) {
		k = order[i]
		if (!(k in n)) continue
		delete tmp
		for (j = 1; j <= n[k]; j++) tmp[j] = ms[k, j]
		row(k, n[k], cnt[k, "correct"], cnt[k, "timeout"], cnt[k, "late"],
		    cnt[k, "wrong"], tmp, rss[k])
	}
	row("all", N, CNT["correct"], CNT["timeout"], CNT["late"], CNT["wrong"], all, RSS)
	printf "%d runs in %d s; peak RSS %d KiB (bound %d KiB)\n", N, secs, RSS, maxrss
	exit (CNT["late"] + CNT["wrong"] > 0 || RSS > maxrss)
}' "$WORK/kinds" "$WORK/all.log" || fail=1
for f in "$WORK"/w*.log.wrong; do
	[ -f "$f" ] || continue
	cat "$f"
	fail=1
done
if [ $fail = 0 ]; then
	echo "soak: passed"
else
	echo "soak: FAILED"
fi
exit $fail
