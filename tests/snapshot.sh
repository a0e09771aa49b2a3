#!/bin/sh
# tests/snapshot.sh [PLUGIN-DIR]: a transcript of what every plugin prints
# (all lines, and the exit code) for every recorded walk in tests/data and
# contrib/walks under a set of option combinations per plugin, and for the
# rate pairs (X-before.walk then X-after.walk, linux-host.walk then
# linux-host-after.walk) with a fresh state directory.  Run it before and
# after a change that must not alter behaviour and diff the two: a
# refactoring proves itself byte for byte.  SNAPSHOT_ONLY="storage memory"
# limits it to those plugins.
set -u
cd "$(dirname "$0")/.." || exit 1
P=${1:-plugins}
ST=$(mktemp -d "${TMPDIR:-/tmp}/snapshot-state.XXXXXX")
trap 'rm -rf "$ST"' EXIT

run() {
	case " ${SNAPSHOT_ONLY:-$1} " in
	*" $1 "*) ;;
	*) return 0 ;;
	esac
	echo "### $*" | sed "s|$ST|STATE|g"
	"$P/check_snmp_$@" >"$ST.out" 2>&1
	rc=$?
	sed "s|$ST|STATE|g" "$ST.out"
	echo "rc=$rc"
	rm -f "$ST.out"
}

WALKS=$(ls tests/data/*.walk tests/data/*.snmprec contrib/walks/*.walk)

for w in $WALKS; do
	W="--walk-file $w"
	for a in "" "-v" "-vv" "-P 1"; do
		run value $W $a -o sysDescr.0,sysUpTime.0,sysName.0
	done
	run value $W -o 1.3.6.1.2.1.1.3.0 -w 100 -c 200 -l up -u ticks
	run value $W -n -o 1.3.6.1.2.1.2.2.1.2 -r eth
	run value $W -o ifInOctets.1,ifOutOctets.1 -w 10,20 -c 30, -f '%.2f' -M 0.5
	run value $W -o sysName.0 -s vm --invert-search
	run value $W -o 1.3.6.1.2.1.25.1.1.0 -O -D ', '
	for a in "" "-v" "--list" "-w 80 -c 90" "-w 50% -c 60%" "-w 10GB -c 1GB" \
	    "-T all --list" "-T all -w 1 -c 2" "-r . -E boot" "--sum -w 80" \
	    "-n / -w 10 -c 20" "--ucd" "--ucd --list" "--ucd -w 1 --inode-warning 1" \
	    "--ucd --sum" "-i -r '^/B' --no-match warning" "-T ram,virtual -v"; do
		eval "run storage \$W $a"
	done
	for a in "" "-v" "--list" "-w 80 -c 90" "-w 10 -c 20 --swap-warning 1 --swap-critical 2" \
	    "--cache-used" "--sysavail" "--hrstorage" "--hrstorage -v" "--ucd -v" \
	    "-w 1GB -c 100MB" "--hrstorage-size -v"; do
		run memory $W $a
	done
	for a in "" "-v" "--list" "-r" "-r -v" "--cpu" "--cpu -v" "-w 1,2,3 -c 4,5,6" \
	    "--cpu -w 10 -c 20 --core-warning 30 --core-critical 40" "-w 0.1 -c 0.2 -r"; do
		run load $W $a
	done
	for a in "--list" "-n sshd" "-n sshd -v" "-r ." "-r . -m --cpu -v" \
	    "-r ^s -E ^sys -i" "--path -r /usr" "--args -r ." "-n init -w 1:1 -c 1:2" \
	    "-r . -s running,runnable --not-runnable CRITICAL" "-r . --invalid WARNING -m --mem-warning 1MB" \
	    "-r . -m --total-mem-warning 10MB --total-mem-critical 100MB" "-n nosuch"; do
		eval "run process \$W $a"
	done
	for a in "" "-v" "--list" "-w 600: -c 300:" "--source hrsystem" "--source sysuptime" \
	    "--source engine" "--source engine -v" "-w 1d: -c 1h: -v"; do
		run uptime $W $a
	done
	for a in "--list" "--list -v" "--status-only" "--status-only -v" "-r ." "-r . -v" \
	    "--index 1,2 --status-only" "-n eth0" "-n lo --match-on name,descr" \
	    "-T ethernetCsmacd --status-only" "--exclude-type softwareLoopback --status-only" \
	    "--admin-down WARNING --status-only" "--oper-state down=OK --status-only" \
	    "--expect-down --status-only" "-r . --no-match critical -n nosuch"; do
		rm -rf "$ST/s"
		run interface $W --state-dir "$ST/s" $a
	done
	for a in "" "-v" "--list" "--transceivers -v" "-T fan,power" "--mib envmon" \
	    "-w 30 -c 40" "-w temperature=~:40 -c fan=3000: --perf-uom" "--no-device-thresholds" \
	    "--unavailable OK --absent WARNING" "-r . -E fan -i" "-n nosuch --no-match warning"; do
		run sensor $W $a
	done
done

# rates: the first sample, then the second
pair() {
	before=$1 after=$2
	shift 2
	rm -rf "$ST/s"
	run "$@" --walk-file "$before" --state-dir "$ST/s"
	run "$@" --walk-file "$after" --state-dir "$ST/s"
	run "$@" --walk-file "$after" --state-dir "$ST/s"
	run "$@" --walk-file "$before" --state-dir "$ST/s"
}
for b in tests/data/*-before.walk tests/data/linux-host.walk; do
	case $b in
	*-before.walk) a=${b%-before.walk}-after.walk ;;
	*) a=tests/data/linux-host-after.walk ;;
	esac
	for o in "-r ." "-r . -v" "-r . -w 80 -c 90" "-r . --traffic-warning 1M --traffic-critical 10M" \
	    "-r . --errors-warning 1 --discards-critical 2" "-r . --speed 1G -v" "-r . --32bit" \
	    "-r . --on-reset CRITICAL --first-run WARNING" "-r . --in-traffic-warning 50% --out-traffic-critical 1k"; do
		pair "$b" "$a" interface $o
	done
	pair "$b" "$a" value -o ifInOctets.1,ifHCOutOctets.1,ifInErrors.1 --rate --rate-multiplier 8 -w 1000
	pair "$b" "$a" value -o ifInOctets.2,ifOutOctets.2 --rate -v --on-reset WARNING
done
