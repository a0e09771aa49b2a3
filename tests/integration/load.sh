# A suite (run-one): check_snmp_load against the real snmpd
# (its laTable and hrProcessorTable, read independently here with net-snmp
# snmpwalk and compared with what the plugin prints), the recorded Linux
# and Windows walks (expected figures in their .md sidecars) and
# handcrafted walks for the fallbacks, missing objects and bad values.
section "# check_snmp_load"
LOAD="$TOP/plugins/check_snmp_load"
LOAD_H="$LOAD -H 127.0.0.1 -p $SNMPD_PORT"
LOAD_L="$LOAD --walk-file $TOP/tests/data/linux-host.walk"
LOAD_W="$LOAD --walk-file $TOP/tests/data/windows-host.walk"
LOAD_D="$TOP/tests/data"

ld_walk() {
	MIBS= MIBDIRS=/nonexistent snmpwalk -v2c -c public -On -Oqv \
	    "127.0.0.1:$SNMPD_PORT" "$1" 2>/dev/null | tr -d '"'
}

# hundredths of a decimal string: "1.67" -> 167
ld_h() {
	awk -v x="$1" 'BEGIN { printf "%d\n", x * 100 + (x < 0 ? -0.5 : 0.5) }'
}

# "%d.%02d" of hundredths, and the perfdata form without trailing zeros
ld_fmt() {
	awk -v h="$1" 'BEGIN { printf "%d.%02d\n", int(h / 100), h % 100 }'
}
ld_perf() {
	ld_fmt "$1" | sed 's/0*$//; s/\.$//'
}

# The expected status line for the load averages as snmpwalk sees them;
# $1 = number of CPUs to divide by (1: none).
ld_expect_load() {
	n=$1
	set -- $(ld_walk 1.3.6.1.4.1.2021.10.1.3)
	[ $# = 3 ] || { echo "snmpwalk: laTable has $# rows"; return; }
	sum="" perf="" i=0
	for v in "$@"; do
		h=$(ld_h "$v")
		h=$(( (2 * h + n) / (2 * n) ))
		sum="$sum${sum:+, }$(ld_fmt $h)"
		case $i in 0) l=load1 ;; 1) l=load5 ;; *) l=load15 ;; esac
		perf="$perf${perf:+ }'$l'=$(ld_perf $h);;;0"
		i=$((i + 1))
	done
	if [ "$n" = 1 ]; then
		echo "LOAD OK - load average: $sum | $perf"
	else
		echo "LOAD OK - load average per CPU: $sum ($n CPUs) | $perf"
	fi
}
ld_expect_load1() { ld_expect_load 1; }
ld_expect_loadn() { ld_expect_load "$LOAD_NCPU"; }

# The expected --cpu line from hrProcessorLoad as snmpwalk sees it.
ld_expect_cpu() {
	set -- $(ld_walk 1.3.6.1.2.1.25.3.3.1.2)
	[ $# -gt 0 ] || { echo "snmpwalk: no hrProcessorLoad"; return; }
	n=$# sum=0 max=-1 busy=0 i=0 perf=""
	for v in "$@"; do
		sum=$((sum + v))
		[ "$v" -gt "$max" ] && max=$v busy=$i
		perf="$perf 'cpu$i'=$v%;;;0;100"
		i=$((i + 1))
	done
	avg=$(ld_perf $(( (2 * sum * 100 + n) / (2 * n) )))
	echo "LOAD OK - CPU average $avg%, busiest cpu$busy $max% ($n CPU$([ $n = 1 ] || echo s)) | 'cpu_avg'=$avg%;;;0;100$perf"
}

# ld_stable NAME RC EXPECT_FN CMD...: the agent's figures move, so
# EXPECT_FN (the expected first line from snmpwalk) runs before and after
# the plugin, which must print exactly that line, or when the figures
# moved while it ran, one of the two; else the three are taken again (up
# to 5 times).
ld_stable() {
	name=$1 want_rc=$2 expect=$3
	shift 3
	tries=0
	while :; do
		tries=$((tries + 1))
		e1=$($expect)
		OUT=$("$@" 2>"$WORK/stderr")
		RC=$?
		e2=$($expect)
		first=$(printf '%s\n' "$OUT" | head -n 1)
		[ "$e1" = "$e2" ] && break
		# the figures moved while it ran: the plugin saw one or the other
		[ "$first" = "$e2" ] && e1=$e2
		[ "$first" = "$e1" ] && break
		[ $tries -ge 5 ] && break
		sleep 1
	done
	if [ "$RC" = "$want_rc" ] && [ "$first" = "$e1" ]; then
		PASS=$((PASS + 1))
		echo "ok   $name"
		return 0
	fi
	FAIL=$((FAIL + 1))
	echo "FAIL $name"
	echo "     command:  $*"
	echo "     expected: rc=$want_rc line: $e1"
	[ "$e1" = "$e2" ] || echo "     (snmpwalk changed meanwhile: $e2)"
	echo "     got:      rc=$RC line: $first"
	return 1
}

# ld_line NAME N TEXT: line N of the last output is exactly TEXT.
ld_line() {
	got=$(printf '%s\n' "$OUT" | sed -n "$2p")
	if [ "$got" = "$3" ]; then
		PASS=$((PASS + 1))
		echo "ok   $1"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $1"
		echo "     expected line $2: $3"
		echo "     got:             $got"
	fi
}

section "## live snmpd, values compared with snmpwalk"
ld_stable "load: v2c = snmpwalk laLoad" 0 ld_expect_load1 $LOAD_H
ld_stable "load: v1 = snmpwalk laLoad" 0 ld_expect_load1 $LOAD_H -P 1
ld_stable "load: v3 authPriv = snmpwalk laLoad" 0 ld_expect_load1 \
    $LOAD_H -P 3 -U u_sha_aes -A maplesyrup -X maplesyrup
ld_stable "load: IPv6" 0 ld_expect_load1 $LOAD -H ::1 -p "$SNMPD_PORT"
LOAD_NCPU=$(MIBS= MIBDIRS=/nonexistent snmpwalk -v2c -c public -On \
    "127.0.0.1:$SNMPD_PORT" 1.3.6.1.2.1.25.3.3.1.1 | grep -c '^\.1\.3\.6\.1\.2\.1\.25\.3\.3\.1\.1\.')
ld_stable "load -r: divided by the $LOAD_NCPU rows of hrProcessorTable" 0 ld_expect_loadn $LOAD_H -r
ld_stable "load -r over v1 (GETNEXT walk)" 0 ld_expect_loadn $LOAD_H -r -P 1
run_case "load: snmpd's 'load 12 10 5' is no threshold here" 0 "LOAD OK - load average: *" $LOAD_H -w 100 -c 200
run_case "load: @0:1000 alerts inside: CRITICAL" 2 "LOAD CRITICAL - load average: *" $LOAD_H -w @0:1000 -c @0:1000
# net-snmp fills hrProcessorLoad about a minute after it starts: until then
# the processors are listed without it, which the plugin says.
if [ -z "$(ld_walk 1.3.6.1.2.1.25.3.3.1.2 | grep '^[0-9]')" ]; then
	run_case "cpu: fresh snmpd has no hrProcessorLoad yet" 3 \
	    "LOAD UNKNOWN - hrProcessorTable lists $LOAD_NCPU processor* but no hrProcessorLoad yet: net-snmp has it about a minute after it starts" $LOAD_H --cpu
	i=0
	while [ $i -lt 80 ] && [ -z "$(ld_walk 1.3.6.1.2.1.25.3.3.1.2 | grep '^[0-9]')" ]; do
		sleep 1
		i=$((i + 1))
	done
fi
ld_stable "cpu: v2c = snmpwalk hrProcessorLoad" 0 ld_expect_cpu $LOAD_H --cpu
ld_stable "cpu: v1 = snmpwalk hrProcessorLoad" 0 ld_expect_cpu $LOAD_H --cpu -P 1
run_case "cpu: live --list" 0 "LOAD OK - 3 laTable rows, $LOAD_NCPU processor* with hrProcessorLoad" $LOAD_H --list
run_case "live: wrong community names the cause within -t" 3 "LOAD UNKNOWN - No response from 127.0.0.1:$SNMPD_PORT within 1.0 s*" $LOAD_H -C wrong -t 1
within "live: wrong community within -t" 1500
run_case "live: -t 1:CRITICAL on timeout" 2 "LOAD CRITICAL - No response from*" $LOAD_H -C wrong -t 1:CRITICAL --cpu

section "## linux-host.walk: laLoad 1.67 1.19 0.56, hrProcessorLoad 81 50"
run_case "linux: load, no thresholds" 0 "LOAD OK - load average: 1.67, 1.19, 0.56 | 'load1'=1.67;;;0 'load5'=1.19;;;0 'load15'=0.56;;;0" $LOAD_L
ld_line "linux: long output line 1" 2 "Load-1: 1.67"
ld_line "linux: long output line 3" 4 "Load-15: 0.56"
run_case "linux: check_load style -w/-c, OK" 0 "LOAD OK - load average: 1.67, 1.19, 0.56 | 'load1'=1.67;4;8;0 'load5'=1.19;3;6;0 'load15'=0.56;2;4;0" $LOAD_L -w 4,3,2 -c 8,6,4
run_case "linux: one range for all three, WARNING" 1 "LOAD WARNING - load average: \*1.67\*, 1.19, 0.56 | 'load1'=1.67;1.5;2;0 'load5'=1.19;1.5;2;0 'load15'=0.56;1.5;2;0" $LOAD_L -w 1.5 -c 2
run_case "linux: all three CRITICAL" 2 "LOAD CRITICAL - load average: \*1.67\*, \*1.19\*, \*0.56\* | 'load1'=1.67;1;1.5;0 'load5'=1.19;1;1;0 'load15'=0.56;1;0.5;0" $LOAD_L -w 1,1,1 -c 1.5,1,0.5
run_case "linux: empty fields, 5-minute only" 1 "LOAD WARNING - load average: 1.67, \*1.19\*, 0.56 | 'load1'=1.67;;;0 'load5'=1.19;1;;0 'load15'=0.56;;;0" $LOAD_L -w ,1,
run_case "linux: exact value is inside the range" 0 "LOAD OK - load average: 1.67, 1.19, 0.56 | 'load1'=1.67;1.67;;0 'load5'=1.19;1.19;;0 'load15'=0.56;0.56;;0" $LOAD_L -w 1.67,1.19,0.56
run_case "linux: @ inside range" 1 "LOAD WARNING - load average: \*1.67\*, \*1.19\*, 0.56 | 'load1'=1.67;@1:2;;0 'load5'=1.19;@1:2;;0 'load15'=0.56;@1:2;;0" $LOAD_L -w @1:2
run_case "linux: N: alerts below" 2 "LOAD CRITICAL - load average: 1.67, \*1.19\*, \*0.56\* | 'load1'=1.67;;1.6:;0 'load5'=1.19;;1.6:;0 'load15'=0.56;;1.6:;0" $LOAD_L -c 1.6:
run_case "linux: ~:N" 1 "LOAD WARNING - load average: \*1.67\*, 1.19, 0.56 | 'load1'=1.67;~:1.5;;0 'load5'=1.19;~:1.5;;0 'load15'=0.56;~:1.5;;0" $LOAD_L -w '~:1.5'
run_case "linux: critical beats warning" 2 "LOAD CRITICAL - load average: \*1.67\*, \*1.19\*, 0.56 | 'load1'=1.67;1;1.5;0 'load5'=1.19;1;3;0 'load15'=0.56;1;3;0" $LOAD_L -w 1 -c 1.5,3,3
run_case "linux: -r divides by 2 hrProcessorLoad rows" 0 "LOAD OK - load average per CPU: 0.84, 0.60, 0.28 (2 CPUs) | 'load1'=0.84;;;0 'load5'=0.6;;;0 'load15'=0.28;;;0" $LOAD_L -r
ld_line "linux: -r long output" 2 "Load-1: 1.67, 0.84 per CPU"
ld_line "linux: -r says how it counted" 5 "2 CPUs (rows of hrProcessorTable)"
run_case "linux: --per-cpu thresholds on per-CPU values" 1 "LOAD WARNING - load average per CPU: \*0.84\*, 0.60, 0.28 (2 CPUs) | 'load1'=0.84;0.8;0.9;0 'load5'=0.6;0.8;0.9;0 'load15'=0.28;0.8;0.9;0" $LOAD_L --per-cpu -w 0.8 -c 0.9
run_case "linux: -v names the column" 0 "LOAD OK - load average: 1.67, 1.19, 0.56 | *" $LOAD_L -v
ld_line "linux: -v detail" 2 "Load-1: 1.67 (from laLoad)"
run_case "linux: --cpu average and busiest" 0 "LOAD OK - CPU average 65.5%, busiest cpu0 81% (2 CPUs) | 'cpu_avg'=65.5%;;;0;100 'cpu0'=81%;;;0;100 'cpu1'=50%;;;0;100" $LOAD_L --cpu
ld_line "linux: --cpu long output per core" 2 "cpu0: 81% (hrDeviceIndex 196608)"
ld_line "linux: --cpu long output second core" 3 "cpu1: 50% (hrDeviceIndex 196609)"
run_case "linux: --cpu average WARNING" 1 "LOAD WARNING - CPU average \*65.5%\*, busiest cpu0 81% (2 CPUs) | 'cpu_avg'=65.5%;60;70;0;100 'cpu0'=81%;;;0;100 'cpu1'=50%;;;0;100" $LOAD_L --cpu -w 60 -c 70
run_case "linux: --cpu average CRITICAL" 2 "LOAD CRITICAL - CPU average \*65.5%\*, busiest cpu0 81% (2 CPUs) | 'cpu_avg'=65.5%;60;65;0;100 *" $LOAD_L --cpu -w 60 -c 65
run_case "linux: --cpu average exactly at the limit" 0 "LOAD OK - CPU average 65.5%, *" $LOAD_L --cpu -c 65.5
run_case "linux: --core-warning on the busiest" 1 "LOAD WARNING - CPU average 65.5%, busiest cpu0 \*81%\* (2 CPUs) | 'cpu_avg'=65.5%;;;0;100 'cpu0'=81%;80;;0;100 'cpu1'=50%;80;;0;100" $LOAD_L --cpu --core-warning 80
ld_line "linux: core state in long output" 2 "cpu0: 81% WARNING (hrDeviceIndex 196608)"
run_case "linux: --core-critical, average OK" 2 "LOAD CRITICAL - CPU average 65.5%, busiest cpu0 \*81%\* (2 CPUs) | 'cpu_avg'=65.5%;70;80;0;100 'cpu0'=81%;;80;0;100 'cpu1'=50%;;80;0;100" $LOAD_L --cpu -w 70 -c 80 --core-critical 80
run_case "linux: --list" 0 "LOAD OK - 3 laTable rows, 2 processors with hrProcessorLoad" $LOAD_L --list
ld_line "linux: --list laTable row" 2 'laTable 1 Load-1: laLoad "1.67" laLoadInt 167 laLoadFloat 1.673340'
ld_line "linux: --list processor" 5 'hrProcessorLoad 196608 cpu0 "AuthenticAMD: AMD EPYC": 81%'
run_case "linux: --list ignores the mode" 0 "LOAD OK - 3 laTable rows, 2 processors with hrProcessorLoad" $LOAD_L --list --cpu

section "## windows-host.walk: no laTable, hrProcessorLoad 12 7 35 4 88 9 15 6"
run_case "windows: load mode says what is missing" 3 "LOAD UNKNOWN - the agent has no UCD-SNMP-MIB laTable and no CISCO-PROCESS-MIB, JUNIPER-MIB or HP STATISTICS-MIB CPU figures: use --cpu" $LOAD_W
run_case "windows: -r too" 3 "LOAD UNKNOWN - the agent has no UCD-SNMP-MIB laTable and no CISCO-PROCESS-MIB, JUNIPER-MIB or HP STATISTICS-MIB CPU figures: use --cpu" $LOAD_W -r -w 2
run_case "windows: --cpu average 22, busiest 88 at index 7" 0 "LOAD OK - CPU average 22%, busiest cpu4 88% (8 CPUs) | 'cpu_avg'=22%;;;0;100 'cpu0'=12%;;;0;100 'cpu1'=7%;;;0;100 'cpu2'=35%;;;0;100 'cpu3'=4%;;;0;100 'cpu4'=88%;;;0;100 'cpu5'=9%;;;0;100 'cpu6'=15%;;;0;100 'cpu7'=6%;;;0;100" $LOAD_W --cpu
ld_line "windows: busiest core's index" 6 "cpu4: 88% (hrDeviceIndex 7)"
run_case "windows: average OK, busiest CRITICAL" 2 "LOAD CRITICAL - CPU average 22%, busiest cpu4 \*88%\* (8 CPUs) | 'cpu_avg'=22%;80;90;0;100 'cpu0'=12%;80;85;0;100 *" $LOAD_W --cpu -w 80 -c 90 --core-warning 80 --core-critical 85
run_case "windows: core range N: flags idle cores too" 1 "LOAD WARNING - CPU average 22%, busiest cpu4 88%, \*cpu1 7%\*, \*cpu3 4%\*, \*cpu5 9%\*, \*cpu7 6%\* (8 CPUs) | *" $LOAD_W --cpu --core-warning 10:
run_case "windows: --list" 0 "LOAD OK - no laTable (use --cpu), 8 processors with hrProcessorLoad" $LOAD_W --list
ld_line "windows: --list with hrDeviceDescr" 6 'hrProcessorLoad 7 cpu4 "GenuineIntel: Intel(R) Xeon(R) Gold 6246R CPU @ 3.40GHz": 88%'

section "## handcrafted walks"
run_case "fallback: laLoadFloat, laLoadInt, laLoad with spaces" 0 "LOAD OK - load average: 2.50, 1.50, 0.75 | 'load1'=2.5;;;0 'load5'=1.5;;;0 'load15'=0.75;;;0" $LOAD --walk-file "$LOAD_D/load-fallback.walk"
run_case "fallback: -v shows the columns" 0 "LOAD OK - *" $LOAD --walk-file "$LOAD_D/load-fallback.walk" -v
ld_line "fallback: laLoadFloat used" 2 "Load-1: 2.50 (from laLoadFloat)"
ld_line "fallback: laLoadInt used, laLoad named" 3 "Load-5: 1.50 (from laLoadInt; laLoad 'n/a')"
run_case "fallback: -r counts hrDeviceProcessor rows, rounds half up" 0 "LOAD OK - load average per CPU: 0.63, 0.38, 0.19 (4 CPUs) | 'load1'=0.63;;;0 'load5'=0.38;;;0 'load15'=0.19;;;0" $LOAD --walk-file "$LOAD_D/load-fallback.walk" -r
ld_line "fallback: -r says how it counted" 5 "4 CPUs (hrDeviceProcessor rows of hrDeviceTable)"
run_case "fallback: --cpu without hrProcessorTable" 3 "LOAD UNKNOWN - the agent has no hrProcessorTable (HOST-RESOURCES-MIB): no CPU utilisation to check" $LOAD --walk-file "$LOAD_D/load-fallback.walk" --cpu
run_case "fallback: --list shows processors without load" 0 "LOAD OK - 3 laTable rows, 0 processors with hrProcessorLoad, 4 without" $LOAD --walk-file "$LOAD_D/load-fallback.walk" --list
ld_line "fallback: --list processor line" 5 'processor 768 "ARM Cortex-A72": no hrProcessorLoad'
run_case "fresh: --cpu before net-snmp has hrProcessorLoad" 3 "LOAD UNKNOWN - hrProcessorTable lists 2 processors but no hrProcessorLoad yet: net-snmp has it about a minute after it starts" $LOAD --walk-file "$LOAD_D/load-fresh.walk" --cpu
run_case "fresh: -r counts hrProcessorTable rows" 0 "LOAD OK - load average per CPU: 0.33, 0.26, 0.24 (2 CPUs) | *" $LOAD --walk-file "$LOAD_D/load-fresh.walk" -r
run_case "partial: no 15-minute row" 3 "LOAD UNKNOWN - laTable has no 15-minute load average (laLoad.3)" $LOAD --walk-file "$LOAD_D/load-partial.walk"
run_case "partial: one CPU at 100" 2 "LOAD CRITICAL - CPU average \*100%\*, busiest cpu0 100% (1 CPU) | 'cpu_avg'=100%;;99;0;100 'cpu0'=100%;;;0;100" $LOAD --walk-file "$LOAD_D/load-partial.walk" --cpu -c 99
run_case "nohr: load works without HOST-RESOURCES" 2 "LOAD CRITICAL - load average: \*12.50\*, \*7.25\*, \*3.00\* | 'load1'=12.5;4;8;0 'load5'=7.25;3;6;0 'load15'=3;2;4;0" $LOAD --walk-file "$LOAD_D/load-nohr.walk" -w 4,3,2 -c 8,6,4
run_case "nohr: -r cannot count CPUs" 3 "LOAD UNKNOWN - Cannot count the CPUs for --per-cpu: the agent has no hrProcessorTable and no processor in hrDeviceTable (HOST-RESOURCES-MIB)" $LOAD --walk-file "$LOAD_D/load-nohr.walk" -r
run_case "nohr: --cpu" 3 "LOAD UNKNOWN - the agent has no hrProcessorTable (HOST-RESOURCES-MIB): no CPU utilisation to check" $LOAD --walk-file "$LOAD_D/load-nohr.walk" --cpu
run_case "bad: unparseable laLoad without fallback" 3 "LOAD UNKNOWN - laTable row 1 (Load-1) holds no load average: laLoad.1 = 'high'" $LOAD --walk-file "$LOAD_D/load-bad.walk"
run_case "bad: hrProcessorLoad 150" 3 "LOAD UNKNOWN - hrProcessorLoad.2 = 150: outside 0..100 percent" $LOAD --walk-file "$LOAD_D/load-bad.walk" --cpu
run_case "bad: --list still lists" 0 "LOAD OK - 3 laTable rows, 2 processors with hrProcessorLoad" $LOAD --walk-file "$LOAD_D/load-bad.walk" --list
ld_line "bad: --list shows the bad value" 6 "hrProcessorLoad 2 cpu1: 150 (outside 0..100)"
run_case "no object at all (system walk)" 3 "LOAD UNKNOWN - the agent has no UCD-SNMP-MIB laTable and no CISCO-PROCESS-MIB, JUNIPER-MIB or HP STATISTICS-MIB CPU figures" $LOAD --walk-file "$LOAD_D/netsnmp-system.walk"

section "## bad input"
run_case "bad range in a field" 3 "LOAD UNKNOWN - Invalid warning (5-minute load) range 'x': expected \[@\]\[START:\]\[END\] with decimal numbers, ~ for minus infinity" $LOAD_L -w 4,x,2
run_case "two fields" 3 "LOAD UNKNOWN - Invalid critical thresholds '8,6': expected one range for all three load averages or three separated by commas (1, 5 and 15 minutes)" $LOAD_L -c 8,6
run_case "four fields" 3 "LOAD UNKNOWN - Invalid warning thresholds '1,2,3,4': *" $LOAD_L -w 1,2,3,4
run_case "empty threshold" 3 "LOAD UNKNOWN - Empty warning threshold" $LOAD_L -w ''
run_case "reversed range" 3 "LOAD UNKNOWN - Invalid critical (1-minute load) range '20:10': its start is greater than its end; *" $LOAD_L -c 20:10
run_case "--cpu takes one range" 3 "LOAD UNKNOWN - Invalid warning threshold '80,90': with --cpu it is one range in percent" $LOAD_L --cpu -w 80,90
run_case "bad --core-critical" 3 "LOAD UNKNOWN - Invalid core critical range '9x': *" $LOAD_L --cpu --core-critical 9x
run_case "--core-warning needs --cpu" 3 "LOAD UNKNOWN - --core-warning and --core-critical need --cpu" $LOAD_L --core-warning 90
run_case "-r with --cpu" 3 "LOAD UNKNOWN - --per-cpu divides load averages; it has no meaning with --cpu (utilisation is already per CPU)" $LOAD_L -r --cpu
run_case "bad range before any request" 3 "LOAD UNKNOWN - Invalid warning (1-minute load) range 'abc': *" $LOAD -H 192.0.2.1 -t 1 -w abc
within "bad range reported at once" 500
run_case "unknown option" 3 "*UNKNOWN - Unknown or ambiguous option '--bogus' (see --help)" $LOAD_L --bogus
run_case "stray argument" 3 "*UNKNOWN - Unexpected argument 'extra' (see --help)" $LOAD_L extra
run_case "missing walk file" 3 "*UNKNOWN - Cannot use walk file: /nonexistent.walk: No such file or directory" $LOAD --walk-file /nonexistent.walk
run_case "no agent" 3 "*UNKNOWN - No agent given: use -H HOST (or --walk-file FILE)" $LOAD
run_case "--help" 0 "check_snmp_load (snmp-plugins *)" $LOAD --help
for opt in -w -c -r --per-cpu --cpu --core-warning --core-critical --list -H -P -C -t --walk-file; do
	if printf '%s\n' "$OUT" | grep -q -- " $opt[][,= ]\| $opt\$\|, $opt"; then
		PASS=$((PASS + 1))
	else
		FAIL=$((FAIL + 1))
		echo "FAIL check_snmp_load --help does not document $opt"
	fi
done
run_case "-V" 0 "check_snmp_load (snmp-plugins *)" $LOAD -V
