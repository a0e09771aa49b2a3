# A suite (run-one, after start_snmpd): check_snmp_interface
# on walk files (status, selection, every threshold path, and rates from
# pairs of walks taken 300 s apart: plain rates, Counter32 wrap, Counter64
# reset, reboot, renumbering, speed 0, no ifXTable), its state file under
# 50 concurrent runs, bad input, and the real snmpd: --list and counters
# compared with net-snmp's snmpwalk/snmpget, one round trip for an index,
# and rates of traffic the test sends over lo.  Variables are IFC_* so as
# not to disturb the scripts sourced after this one.
section "# check_snmp_interface"
IFC="$TOP/plugins/check_snmp_interface"
IFC_D="$TOP/tests/data"
IFC_N=0

# ifc_ok NAME: count a passed assertion; ifc_fail NAME DETAIL: a failed one.
ifc_ok() {
	PASS=$((PASS + 1))
	echo "ok   $1"
}
ifc_fail() {
	FAIL=$((FAIL + 1))
	echo "FAIL $1"
	shift
	[ $# -gt 0 ] && printf '     %s\n' "$@"
}

# ifc_state: a fresh private state directory.
ifc_state() {
	IFC_N=$((IFC_N + 1))
	IFC_S="$WORK/ifstate.$IFC_N"
}

# ifc_pair NAME RC PATTERN BEFORE AFTER ARGS...: the first run on BEFORE
# collects, the second on AFTER (same --state-dir) must give RC and PATTERN.
ifc_pair() {
	ifc_state
	ifc_n=$1 ifc_r=$2 ifc_p=$3 ifc_b=$4 ifc_a=$5
	shift 5
	"$IFC" --walk-file "$IFC_D/$ifc_b" --state-dir "$IFC_S" "$@" >/dev/null 2>&1
	run_case "$ifc_n" "$ifc_r" "$ifc_p" "$IFC" --walk-file "$IFC_D/$ifc_a" --state-dir "$IFC_S" "$@"
}

# ifc_perf LABEL: the value of one perfdata item of the last run ($OUT).
ifc_perf() {
	printf '%s\n' "$OUT" | head -n 1 | sed -n "s/.*'$1'=\([0-9.]*\).*/\1/p"
}

# ifc_long LINE: the long output of the last run holds LINE exactly.
ifc_long() {
	if printf '%s\n' "$OUT" | sed 1d | grep -Fqx -- "$1"; then
		ifc_ok "  long output: $1"
	else
		ifc_fail "  long output lacks: $1" "got: $(printf '%s\n' "$OUT" | sed 1d)"
	fi
}

IFC_LH="linux-host.walk"
IFC_LA="linux-host-after.walk"
IFC_WIN="--walk-file $IFC_D/windows-host.walk --status-only"

section "## linux-host.walk -> linux-host-after.walk (300.00 s, see its .md)"
ifc_state
run_case "linux: first run collects" 0 "INTERFACE OK - 2 of 2 up (2 admin down, ignored); collecting data (no previous sample), rates from the next run | 'lo_in_octets'=2842679c;;;0 'lo_out_octets'=2842679c;;;0 'eth0_in_octets'=30158780c;;;0 'eth0_out_octets'=38736c;;;0" \
    "$IFC" --walk-file "$IFC_D/$IFC_LH" --state-dir "$IFC_S"
ifc_long "[OK] lo (ifIndex 1): up, collecting data (no previous sample), rates from the next run"
ifc_long "[OK] ifb0 (ifIndex 2): admin down (ignored)"
run_case "linux: rates over 300 s, HC counters" 0 "INTERFACE OK - 2 of 2 up (2 admin down, ignored); busiest eth0 in 114 Mb/s, out 33.2 Mb/s | 'lo_in_bps'=480000;;;0;10000000 'lo_out_bps'=480000;;;0;10000000 'lo_in_util'=4.8%;;;0;100 'lo_out_util'=4.8%;;;0;100 'lo_in_errors_ps'=0;;;0 'lo_out_errors_ps'=0;;;0 'lo_in_discards_ps'=0;;;0 'lo_out_discards_ps'=0;;;0 'lo_in_octets'=20842679c;;;0 'lo_out_octets'=20842679c;;;0 'eth0_in_bps'=114133333.33;;;0 'eth0_out_bps'=33200000;;;0 'eth0_in_errors_ps'=0.04;;;0 'eth0_out_errors_ps'=0.01;;;0 'eth0_in_discards_ps'=0.1233;;;0 'eth0_out_discards_ps'=0.0167;;;0 'eth0_in_octets'=4310158780c;;;0 'eth0_out_octets'=1245038736c;;;0" \
    "$IFC" --walk-file "$IFC_D/$IFC_LA" --state-dir "$IFC_S" -v
ifc_long "[OK] lo (ifIndex 1): up, in 480 kb/s (4.80%), out 480 kb/s (4.80%), no errors or discards"
ifc_long "  counters from ifXTable (64 bits), speed in 10.0 Mb/s, out 10.0 Mb/s, interval 300.00 s (the agent's clock)"
ifc_long "[OK] eth0 (ifIndex 4): up, in 114 Mb/s, out 33.2 Mb/s, in errors 0.040/s (0.00039%), out errors 0.010/s (0.00015%), in discards 0.12/s (0.0012%), out discards 0.017/s (0.00026%)"
ifc_pair "linux: -P 1 reads Counter32 and corrects the wrap" 0 "INTERFACE OK - eth0 up, in 114 Mb/s, out 33.2 Mb/s, in errors 0.040/s (0.00039%), out errors 0.010/s (0.00015%), in discards 0.12/s (0.0012%), out discards 0.017/s (0.00026%) | 'eth0_in_bps'=114133333.33;;;0 'eth0_out_bps'=33200000;;;0 'eth0_in_errors_ps'=0.04;;;0 'eth0_out_errors_ps'=0.01;;;0 'eth0_in_discards_ps'=0.1233;;;0 'eth0_out_discards_ps'=0.0167;;;0 'eth0_in_octets'=15191484c;;;0 'eth0_out_octets'=1245038736c;;;0" \
    $IFC_LH $IFC_LA -P 1 --index 4 -v
ifc_long "  counters from ifTable (32 bits), speed in unknown, out unknown, interval 300.00 s (the agent's clock), a Counter32 wrapped"
ifc_pair "linux: --32bit on v2c, same figures" 0 "INTERFACE OK - eth0 up, in 114 Mb/s, out 33.2 Mb/s, in errors *'eth0_in_bps'=114133333.33;;;0 'eth0_out_bps'=33200000;;;0 *'eth0_in_octets'=15191484c;;;0 *" \
    $IFC_LH $IFC_LA --32bit -n eth0
ifc_pair "linux: lo % thresholds, perfdata in both units" 1 "INTERFACE WARNING - lo up, in 480 kb/s (4.80%), out 480 kb/s (4.80%), no errors or discards | 'lo_in_bps'=480000;400000;500000;0;10000000 'lo_out_bps'=480000;400000;500000;0;10000000 'lo_in_util'=4.8%;4;5;0;100 'lo_out_util'=4.8%;4;5;0;100 *" \
    $IFC_LH $IFC_LA --index 1 -w 4% -c 5%
ifc_pair "linux: eth0 in errors as % of packets (3.87e-4 %)" 1 "INTERFACE WARNING - eth0 up, in 114 Mb/s, out 33.2 Mb/s, in errors 0.040/s (0.00039%), * | *'eth0_in_errors_ps'=0.04;;;0 *" \
    $IFC_LH $IFC_LA -n eth0 --in-errors-warning 0.0003% --in-errors-critical 0.0004%
ifc_pair "linux: discards per second" 2 "INTERFACE CRITICAL - eth0 up, * | *'eth0_in_discards_ps'=0.1233;;0.1;0 'eth0_out_discards_ps'=0.0167;;0.1;0 *" \
    $IFC_LH $IFC_LA -n eth0 --discards-critical 0.1

section "## status (windows-host.walk: up, down, admin down, notPresent)"
run_case "windows: defaults" 2 "INTERFACE CRITICAL - 2 of 5 up (1 admin down, ignored); ethernet_32769 down; ethernet_0 notPresent; tunnel_32512 down" $IFC $IFC_WIN
ifc_long "[OK] loopback_0 (ifIndex 1): up"
ifc_long "[CRITICAL] ethernet_32769 (ifIndex 6): down"
ifc_long "[OK] ethernet_32770 (ifIndex 7): admin down (ignored)"
ifc_long "[WARNING] ethernet_0 (ifIndex 9): notPresent"
ifc_long "[CRITICAL] tunnel_32512 (ifIndex 12): down"
run_case "windows: -n exact ifName" 0 "INTERFACE OK - ethernet_32768 up" $IFC $IFC_WIN -n ethernet_32768
run_case "windows: -n is exact, not a substring" 3 "INTERFACE UNKNOWN - No interface matches the selection (6 interfaces, see --list)" $IFC $IFC_WIN -n ethernet_3276
run_case "windows: ifDescr with a NUL, --match-on descr" 1 "INTERFACE WARNING - ethernet_0 notPresent" $IFC $IFC_WIN --match-on descr -r 'Kernel Debug Network Adapter$'
run_case "windows: -i" 0 "INTERFACE OK - loopback_0 up" $IFC $IFC_WIN -i -n LOOPBACK_0
run_case "windows: -r and -E" 2 "INTERFACE CRITICAL - 1 of 2 up; ethernet_32769 down" $IFC $IFC_WIN -r '^ethernet_3276' -E '_32770$'
run_case "windows: --match-on name,descr" 0 "INTERFACE OK - 2 of 2 up" $IFC $IFC_WIN --match-on name,descr -r '^(loopback_0|Intel.*SFP\+)$'
run_case "windows: -T by name and number" 2 "INTERFACE CRITICAL - 1 of 2 up; tunnel_32512 down" $IFC $IFC_WIN -T softwareLoopback,131
run_case "windows: --exclude-type" 1 "INTERFACE WARNING - 2 of 3 up (1 admin down, ignored); ethernet_0 notPresent" $IFC $IFC_WIN --exclude-type tunnel -E 32769
run_case "windows: --index, several" 2 "INTERFACE CRITICAL - 1 of 2 up; ethernet_32769 down" $IFC $IFC_WIN --index 5,6
run_case "windows: --index with a filter" 0 "INTERFACE OK - ethernet_32768 up" $IFC $IFC_WIN --index 5,6 -E 32769
run_case "windows: admin down ignored alone" 0 "INTERFACE OK - No interface to check: 1 admin down (ignored)" $IFC $IFC_WIN --index 7
run_case "windows: --admin-down CRITICAL" 2 "INTERFACE CRITICAL - ethernet_32770 admin down" $IFC $IFC_WIN --index 7 --admin-down CRITICAL
run_case "windows: --admin-down OK counts it" 2 "INTERFACE CRITICAL - 2 of 6 up; ethernet_32769 down; ethernet_0 notPresent; tunnel_32512 down" $IFC $IFC_WIN --admin-down ok
run_case "windows: --expect-down" 0 "INTERFACE OK - 2 of 2 down" $IFC $IFC_WIN --index 6,12 --expect-down
run_case "windows: --expect-down, but up" 2 "INTERFACE CRITICAL - ethernet_32768 up" $IFC $IFC_WIN --index 5 --expect-down
run_case "windows: --oper-state" 1 "INTERFACE WARNING - 0 of 3 up; ethernet_32769 down; tunnel_32512 down" $IFC $IFC_WIN --index 6,9,12 --oper-state notPresent=OK,down=warning
run_case "windows: missing --index" 3 "INTERFACE UNKNOWN - No interface with ifIndex 99 on $IFC_D/windows-host.walk (see --list)" $IFC $IFC_WIN --index 99
run_case "windows: one of two --index missing" 3 "INTERFACE UNKNOWN - ethernet_32768 up; no interface with ifIndex 99 on $IFC_D/windows-host.walk (see --list)" $IFC $IFC_WIN --index 5,99
run_case "windows: --no-match OK" 0 "INTERFACE OK - No interface matches the selection (6 interfaces, see --list)" $IFC $IFC_WIN -n nope --no-match OK
run_case "windows: --list" 0 "INTERFACE OK - 6 interfaces in ifTable" $IFC --walk-file "$IFC_D/windows-host.walk" --list -n loopback_0
ifc_long "* 1 descr 'Software Loopback Interface 1' name 'loopback_0' alias '' type softwareLoopback(24) speed 1.07 Gb/s admin up oper up"
ifc_long "  5 descr 'Intel(R) Ethernet Controller X710 for 10GbE SFP+' name 'ethernet_32768' alias '' type ethernetCsmacd(6) speed 10.0 Gb/s admin up oper up"
ifc_long "  7 descr 'Intel(R) I350 Gigabit Network Connection' name 'ethernet_32770' alias '' type ethernetCsmacd(6) speed 1.00 Gb/s admin down oper down"
ifc_long "  9 descr 'Microsoft Kernel Debug Network Adapter' name 'ethernet_0' alias '' type ethernetCsmacd(6) speed unknown admin up oper notPresent"
ifc_long "  12 descr 'Microsoft ISATAP Adapter #2' name 'tunnel_32512' alias '' type tunnel(131) speed 100 kb/s admin up oper down"
run_case "windows: first run with counters, --first-run WARNING" 2 "INTERFACE CRITICAL - 2 of 5 up (1 admin down, ignored); ethernet_32769 down; ethernet_0 notPresent; tunnel_32512 down; collecting data (*" \
    $IFC --walk-file "$IFC_D/windows-host.walk" --state-dir "$WORK/ifwin" --first-run WARNING
run_case "windows: --first-run WARNING alone" 1 "INTERFACE WARNING - ethernet_32768 up, collecting data (*), rates from the next run | 'ethernet_32768_in_octets'=53872119445120c;;;0 'ethernet_32768_out_octets'=121530897612088c;;;0" \
    $IFC --walk-file "$IFC_D/windows-host.walk" --state-dir "$WORK/ifwin" --first-run WARNING --index 5

section "## every ifOperStatus and the thresholds (interface-rates-*.walk)"
IFC_RB=interface-rates-before.walk
IFC_RA=interface-rates-after.walk
ifc_pair "rates: the whole switch" 2 "INTERFACE CRITICAL - 4 of 10 up (1 admin down, ignored); Tu0 lowerLayerDown; Gi1/0/8 testing (admin testing); Gi1/0/9 notPresent; Gi1/0/10 unknown; Gi1/0/11 down | 'Gi1/0/1_in_bps'=930000000;;;0;1000000000 *" $IFC_RB $IFC_RA
ifc_long "[OK] Gi1/0/1 (ifIndex 1, alias 'Uplink core-1'): up, in 930 Mb/s (93.0%), out 12.0 Mb/s (1.20%), in errors 10.0/s (0.010%), out discards 0.50/s (0.010%)"
ifc_long "[OK] Gi1/0/2 (ifIndex 2, alias 'Server db-1'): up, in 250 Mb/s (25.0%), out 500 Mb/s (50.0%), no errors or discards"
ifc_long "[OK] Gi1/0/3 (ifIndex 3): admin down (ignored)"
ifc_long "[OK] Te1/1/1 (ifIndex 4, alias 'Uplink core-2'): up, in 1.20 Gb/s (12.0%), out 800 Mb/s (8.00%), no errors or discards"
ifc_long "[OK] Vl10 (ifIndex 5, alias 'Users'): up, in 8.00 Mb/s (0.80%), out 4.00 Mb/s (0.40%), no errors or discards"
ifc_long "[OK] Di0 (ifIndex 6): dormant, in 0 b/s (0%), out 0 b/s (0%), no errors or discards"
ifc_long "[CRITICAL] Tu0 (ifIndex 7): lowerLayerDown, in 0 b/s (0%), out 0 b/s (0%), no errors or discards"
ifc_long "[WARNING] Gi1/0/8 (ifIndex 8): testing (admin testing), in 0 b/s (0%), out 0 b/s (0%), no errors or discards"
ifc_long "[WARNING] Gi1/0/9 (ifIndex 9): notPresent, in 0 b/s, out 0 b/s, no errors or discards"
run_case "rates: ifOperStatus unknown is UNKNOWN" 3 "INTERFACE UNKNOWN - Gi1/0/10 unknown" "$IFC" --walk-file "$IFC_D/$IFC_RB" --status-only --index 10
run_case "rates: down while admin up is CRITICAL" 2 "INTERFACE CRITICAL - Gi1/0/11 down" "$IFC" --walk-file "$IFC_D/$IFC_RB" --status-only -n Gi1/0/11
ifc_long "[CRITICAL] Gi1/0/11 (ifIndex 11, alias 'Printer 2nd floor'): down"
run_case "rates: --oper-state by number" 0 "INTERFACE OK - Gi1/0/10 unknown" "$IFC" --walk-file "$IFC_D/$IFC_RB" --status-only --index 10 --oper-state 4=OK
ifc_pair "rates: the issue's summary, all up" 0 "INTERFACE OK - 4 of 4 up (1 admin down, ignored); busiest Gi1/0/1 in 930 Mb/s (93.0%), out 12.0 Mb/s (1.20%) | *" $IFC_RB $IFC_RA -T ethernet,propVirtual -E 'Gi1/0/([89]|1[01])$'
ifc_pair "rates: ifSpeed 4294967295 -> ifHighSpeed" 0 "INTERFACE OK - Te1/1/1 up, in 1.20 Gb/s (12.0%), out 800 Mb/s (8.00%), no errors or discards | 'Te1/1/1_in_bps'=1200000000;;;0;10000000000 'Te1/1/1_out_bps'=800000000;;;0;10000000000 'Te1/1/1_in_util'=12%;;;0;100 'Te1/1/1_out_util'=8%;;;0;100 *" $IFC_RB $IFC_RA -n Te1/1/1
ifc_pair "rates: -w/-c % below" 0 "INTERFACE OK - Gi1/0/1 up, in 930 Mb/s (93.0%), * | 'Gi1/0/1_in_bps'=930000000;940000000;950000000;0;1000000000 'Gi1/0/1_out_bps'=12000000;940000000;950000000;0;1000000000 'Gi1/0/1_in_util'=93%;94;95;0;100 *" $IFC_RB $IFC_RA -n Gi1/0/1 -w 94% -c 95%
ifc_pair "rates: -w % crossed" 1 "INTERFACE WARNING - Gi1/0/1 up, in 930 Mb/s (93.0%), *" $IFC_RB $IFC_RA -n Gi1/0/1 -w 90% -c 95%
ifc_pair "rates: -c % crossed" 2 "INTERFACE CRITICAL - Gi1/0/1 up, in 930 Mb/s (93.0%), *" $IFC_RB $IFC_RA -n Gi1/0/1 -w 80% -c 90%
ifc_pair "rates: absolute with a unit" 2 "INTERFACE CRITICAL - Gi1/0/1 up, * | 'Gi1/0/1_in_bps'=930000000;800000000;900000000;0;1000000000 'Gi1/0/1_out_bps'=12000000;800000000;900000000;0;1000000000 'Gi1/0/1_in_util'=93%;80;90;0;100 *" $IFC_RB $IFC_RA -n Gi1/0/1 --traffic-warning 800M --traffic-critical 900Mbps
ifc_pair "rates: in-traffic overrides traffic" 0 "INTERFACE OK - Gi1/0/1 up, * | 'Gi1/0/1_in_bps'=930000000;950000000;;0;1000000000 'Gi1/0/1_out_bps'=12000000;800000000;;0;1000000000 *" $IFC_RB $IFC_RA -n Gi1/0/1 --traffic-warning 800M --in-traffic-warning 950M
ifc_pair "rates: out-traffic lower bound (10M:)" 1 "INTERFACE WARNING - Gi1/0/1 up, * | 'Gi1/0/1_in_bps'=930000000;;;0;1000000000 'Gi1/0/1_out_bps'=12000000;13000000:;;0;1000000000 *" $IFC_RB $IFC_RA -n Gi1/0/1 --out-traffic-warning 13M:
ifc_pair "rates: @ range inside alerts" 2 "INTERFACE CRITICAL - Gi1/0/2 up, * | 'Gi1/0/2_in_bps'=250000000;;@200000000:300000000;0;1000000000 *" $IFC_RB $IFC_RA -n Gi1/0/2 --in-traffic-critical @200M:300M
ifc_pair "rates: summary names the alerts" 1 "INTERFACE WARNING - 2 of 2 up; Gi1/0/1 in 930 Mb/s (93.0%), in errors 10.0/s (0.010%); Gi1/0/2 in 250 Mb/s (25.0%) | *" $IFC_RB $IFC_RA -r '^Gi1/0/[12]$' --in-traffic-warning 200M --errors-warning 0.005%
ifc_pair "rates: errors per second" 2 "INTERFACE CRITICAL - Gi1/0/1 up, * | *'Gi1/0/1_in_errors_ps'=10.01;5;10;0 'Gi1/0/1_out_errors_ps'=0;5;10;0 *" $IFC_RB $IFC_RA --index 1 --errors-warning 5 --errors-critical 10
ifc_pair "rates: errors in % of packets" 1 "INTERFACE WARNING - Gi1/0/1 up, *" $IFC_RB $IFC_RA --index 1 --in-errors-warning 0.0099% --in-errors-critical 0.02%
ifc_pair "rates: out-errors only" 0 "INTERFACE OK - Gi1/0/1 up, *" $IFC_RB $IFC_RA --index 1 --out-errors-critical 0
ifc_pair "rates: out discards %" 2 "INTERFACE CRITICAL - Gi1/0/1 up, *" $IFC_RB $IFC_RA --index 1 --out-discards-critical 0.005%
ifc_pair "rates: in discards, none" 0 "INTERFACE OK - Gi1/0/1 up, *" $IFC_RB $IFC_RA --index 1 --in-discards-critical 0 --in-discards-warning 0%
ifc_pair "rates: --speed override" 2 "INTERFACE CRITICAL - Gi1/0/1 up, in 930 Mb/s (46.5%), out 12.0 Mb/s (0.60%), * | 'Gi1/0/1_in_bps'=930000000;;800000000;0;2000000000 'Gi1/0/1_out_bps'=12000000;;800000000;0;2000000000 'Gi1/0/1_in_util'=46.5%;;40;0;100 *" $IFC_RB $IFC_RA --index 1 --speed 2G -c 40%
ifc_pair "rates: --in-speed and --out-speed" 0 "INTERFACE OK - Gi1/0/1 up, in 930 Mb/s (9.30%), out 12.0 Mb/s (12.0%), * | 'Gi1/0/1_in_bps'=930000000;;;0;10000000000 'Gi1/0/1_out_bps'=12000000;;;0;100000000 *" $IFC_RB $IFC_RA --index 1 --in-speed 10G --out-speed 100M
ifc_pair "rates: --in-speed wins over --speed" 0 "INTERFACE OK - Gi1/0/1 up, in 930 Mb/s (9.30%), out 12.0 Mb/s (1.20%), *" $IFC_RB $IFC_RA --index 1 --in-speed 10G --speed 1G
ifc_pair "rates: --status-only has no rates" 2 "INTERFACE CRITICAL - Tu0 lowerLayerDown" $IFC_RB $IFC_RA --index 7 --status-only
ifc_pair "rates: dormant is OK" 0 "INTERFACE OK - Di0 dormant, in 0 b/s (0%), out 0 b/s (0%), no errors or discards | *" $IFC_RB $IFC_RA -n Di0
ifc_pair "rates: --oper-state dormant=WARNING" 1 "INTERFACE WARNING - Di0 dormant, *" $IFC_RB $IFC_RA -n Di0 --oper-state dormant=WARNING
ifc_pair "rates: --match-on alias" 0 "INTERFACE OK - 2 of 2 up; busiest Gi1/0/1 in 930 Mb/s (93.0%), out 12.0 Mb/s (1.20%) | 'Gi1/0/1_in_bps'=930000000;;;0;1000000000 *'Te1/1/1_in_bps'=1200000000;;;0;10000000000 *" $IFC_RB $IFC_RA --match-on alias -r '^Uplink'

section "## rates: wrap, reset, reboot, renumbering, speed 0, no ifXTable"
ifc_pair "wrap: Counter32 wrap plausible, another not" 0 "INTERFACE OK - 2 of 2 up; busiest port1 in 80.0 Mb/s (8.00%), out 2.00 Mb/s (0.20%); port2: counters reset: in_octets: the counter went back from 3000000000 to 1000000000 and a wrap would mean 7649891/s, above the maximum: a reset; no rate this time | 'port1_in_bps'=80000000;;;0;1000000000 'port1_out_bps'=2000000;;;0;1000000000 'port1_in_util'=8%;;;0;100 'port1_out_util'=0.2%;;;0;100 'port1_in_errors_ps'=0;;;0 'port1_out_errors_ps'=0;;;0 'port1_in_discards_ps'=0;;;0 'port1_out_discards_ps'=0;;;0 'port1_in_octets'=2705032704c;;;0 'port1_out_octets'=175000000c;;;0 'port2_in_octets'=1000000000c;;;0 'port2_out_octets'=5000c;;;0" \
    interface-wrap-before.walk interface-wrap-after.walk -v
ifc_long "  counters from ifTable (32 bits), speed in 1.00 Gb/s, out 1.00 Gb/s, interval 300.00 s (the agent's clock), a Counter32 wrapped"
ifc_pair "wrap: --on-reset WARNING" 1 "INTERFACE WARNING - port2 up, counters reset: in_octets: *" interface-wrap-before.walk interface-wrap-after.walk -n port2 --on-reset WARNING
ifc_pair "reset64: a Counter64 that went back is a reset" 0 "INTERFACE OK - 2 of 2 up; busiest eth1 in 100 Mb/s (10.0%), out 10.0 Mb/s (1.00%); eth0: counters reset: in_octets: the counter went back from 800000000000 to 1500000 (reset); no rate this time | 'eth0_in_octets'=1500000c;;;0 'eth0_out_octets'=900000c;;;0 'eth1_in_bps'=100000000;;;0;1000000000 *" \
    interface-reset64-before.walk interface-reset64-after.walk
ifc_pair "reset64: --on-reset CRITICAL" 2 "INTERFACE CRITICAL - eth0 up, counters reset: in_octets: the counter went back from 800000000000 to 1500000 (reset); no rate this time | 'eth0_in_octets'=1500000c;;;0 'eth0_out_octets'=900000c;;;0" \
    interface-reset64-before.walk interface-reset64-after.walk --index 1 --on-reset CRITICAL
ifc_pair "reboot: sysUpTime went back" 0 "INTERFACE OK - eth0 up, counters reset: the agent restarted (sysUpTime went back from 86400.00 s to 60.00 s); no rate this time | 'eth0_in_octets'=1000000c;;;0 'eth0_out_octets'=2000000c;;;0" \
    interface-reboot-before.walk interface-reboot-after.walk
ifc_pair "reboot: also with Counter32 (-P 1), no spike" 0 "INTERFACE OK - eth0 up, counters reset: the agent restarted (sysUpTime went back from 86400.00 s to 60.00 s); no rate this time | 'eth0_in_octets'=1000000c;;;0 'eth0_out_octets'=2000000c;;;0" \
    interface-reboot-before.walk interface-reboot-after.walk -P 1
ifc_pair "renumber: the index now names another interface" 0 "INTERFACE OK - eth1 up, counters reset: ifIndex 2 now names another interface (its ifDescr, ifName or ifPhysAddress changed); no rate this time | 'eth1_in_octets'=537500000c;;;0 'eth1_out_octets'=437500000c;;;0" \
    interface-renumber-before.walk interface-renumber-after.walk --index 2
ifc_pair "renumber: by name, eth1 moved from 3 to 2: no sample at 2" 0 "INTERFACE OK - 2 of 2 up; busiest lo in 800 b/s (0.0080%), out 800 b/s (0.0080%); eth1: collecting data (no previous sample of this interface), rates from the next run | 'lo_in_bps'=800;;;0;10000000 *" \
    interface-renumber-before.walk interface-renumber-after.walk -r '^(lo|eth1)$'
ifc_pair "renumber: --on-reset applies" 1 "INTERFACE WARNING - eth1 up, counters reset: ifIndex 2 *" \
    interface-renumber-before.walk interface-renumber-after.walk --index 2 --on-reset 1
ifc_pair "speed0: no %, bits per second only" 0 "INTERFACE OK - veth0 up, in 50.0 Mb/s, out 10.0 Mb/s, no errors or discards | 'veth0_in_bps'=50000000;;;0 'veth0_out_bps'=10000000;;;0 'veth0_in_errors_ps'=0;;;0 'veth0_out_errors_ps'=0;;;0 'veth0_in_discards_ps'=0;;;0 'veth0_out_discards_ps'=0;;;0 'veth0_in_octets'=1885000000c;;;0 'veth0_out_octets'=395000000c;;;0" \
    interface-speed0-before.walk interface-speed0-after.walk -n veth0
# issue 18: a % threshold that cannot apply is no verdict
# issue 18: an ifTable of ifIndex alone changed nothing; a name that is an
# ifDescr is pointed at (IOS: Null0 is ifDescr, Nu0 ifName)
run_case "ifIndex only: no usable columns, not 'gone'" 3 "INTERFACE UNKNOWN - ifIndex 1, 2: the interface table has no usable columns (no ifDescr, ifType, ifAdminStatus or ifOperStatus; see --list)" \
    "$IFC" --walk-file "$IFC_D/interface-indexonly.walk" --status-only
run_case "-n of an ifDescr: the hint" 3 "INTERFACE UNKNOWN - No interface matches the selection (6 interfaces, see --list); ifIndex 1 is named 'loopback_0' in ifName, and --match-on descr matches its ifDescr 'Software Loopback Interface 1'" \
    "$IFC" --walk-file "$IFC_D/windows-host.walk" -n 'Software Loopback Interface 1' --status-only
run_case "-n that matches nothing at all: no hint" 3 "INTERFACE UNKNOWN - No interface matches the selection (6 interfaces, see --list)" \
    "$IFC" --walk-file "$IFC_D/windows-host.walk" -n 'Null0' --status-only
ifc_pair "speed0: a % threshold is UNKNOWN" 3 "INTERFACE UNKNOWN - veth0 up, in 50.0 Mb/s (speed unknown), out 10.0 Mb/s (speed unknown), no errors or discards (a % threshold needs a speed: give --speed, or --ignore-unknown-speed) | 'veth0_in_bps'=50000000;;;0 *" \
    interface-speed0-before.walk interface-speed0-after.walk -n veth0 -w 10%
ifc_pair "speed0: among others, named in the summary" 3 "INTERFACE UNKNOWN - 2 of 2 up; veth0 in 50.0 Mb/s (speed unknown), out 10.0 Mb/s (speed unknown); veth1 in 0 b/s (speed unknown), out 0 b/s (speed unknown) (a % threshold needs a speed: give --speed, or --ignore-unknown-speed) | *" \
    interface-speed0-before.walk interface-speed0-after.walk -w 10%
ifc_pair "speed0: an alert by an amount outranks it" 2 "INTERFACE CRITICAL - veth0 up, in 50.0 Mb/s (speed unknown), out 10.0 Mb/s (speed unknown), no errors or discards (a % threshold needs a speed: *" \
    interface-speed0-before.walk interface-speed0-after.walk -n veth0 -w 10% --in-traffic-critical 40M
ifc_pair "speed0: --ignore-unknown-speed skips it, and says so" 0 "INTERFACE OK - veth0 up, in 50.0 Mb/s, out 10.0 Mb/s, no errors or discards (speed unknown: % thresholds not applied, --ignore-unknown-speed) | 'veth0_in_bps'=50000000;;;0 *" \
    interface-speed0-before.walk interface-speed0-after.walk -n veth0 -w 10% --ignore-unknown-speed
ifc_pair "speed0: absolute thresholds still work" 2 "INTERFACE CRITICAL - veth0 up, * | 'veth0_in_bps'=50000000;;40000000;0 'veth0_out_bps'=10000000;;40000000;0 *" \
    interface-speed0-before.walk interface-speed0-after.walk -n veth0 -c 40M
ifc_pair "speed0: --speed gives a %" 1 "INTERFACE WARNING - veth0 up, in 50.0 Mb/s (50.0%), out 10.0 Mb/s (10.0%), no errors or discards | 'veth0_in_bps'=50000000;40000000;;0;100000000 'veth0_out_bps'=10000000;40000000;;0;100000000 'veth0_in_util'=50%;40;;0;100 'veth0_out_util'=10%;40;;0;100 *" \
    interface-speed0-before.walk interface-speed0-after.walk -n veth0 --speed 100M -w 40%
ifc_pair "speed0: busiest by bits/s without speeds" 0 "INTERFACE OK - 2 of 2 up; busiest veth0 in 50.0 Mb/s, out 10.0 Mb/s | *" \
    interface-speed0-before.walk interface-speed0-after.walk
# two interfaces named alike: the labels stay apart (#ifIndex on each,
# as docs/check_snmp_interface.md says), in perfdata and in the state file
for w in before after; do
	sed 's/^\(.1.3.6.1.2.1.31.1.1.1.1.[12] = STRING:\) .*/\1 "port"/' \
	    "$IFC_D/interface-speed0-$w.walk" >"$WORK/ifdup-$w.walk"
done
ifc_state
"$IFC" --walk-file "$WORK/ifdup-before.walk" --state-dir "$IFC_S" >/dev/null 2>&1
run_case "same ifName twice: labels port#1 and port#2" 0 "INTERFACE OK - 2 of 2 up; busiest port#1 in 50.0 Mb/s, out 10.0 Mb/s | 'port#1_in_bps'=50000000;;;0 'port#1_out_bps'=10000000;;;0 * 'port#1_out_octets'=395000000c;;;0 'port#2_in_bps'=0;;;0 'port#2_out_bps'=0;;;0 * 'port#2_out_octets'=0c;;;0" \
    "$IFC" --walk-file "$WORK/ifdup-after.walk" --state-dir "$IFC_S"
ifc_pair "noifx: 32-bit counters, names from ifDescr" 2 "INTERFACE CRITICAL - 1 of 2 up; eth1 down | 'eth0_in_bps'=20000000;;;0;100000000 'eth0_out_bps'=10000000;;;0;100000000 'eth0_in_util'=20%;;;0;100 'eth0_out_util'=10%;;;0;100 'eth0_in_errors_ps'=0.02;;;0 'eth0_out_errors_ps'=0;;;0 'eth0_in_discards_ps'=0.01;;;0 'eth0_out_discards_ps'=0;;;0 'eth0_in_octets'=750100000c;;;0 'eth0_out_octets'=375200000c;;;0 'eth1_in_bps'=0;;;0;100000000 *" \
    interface-noifx-before.walk interface-noifx-after.walk -v
ifc_long "  counters from ifTable (32 bits), speed in 100 Mb/s, out 100 Mb/s, interval 300.00 s (the agent's clock)"
ifc_pair "noifx: -n matches ifDescr when there is no ifName" 0 "INTERFACE OK - eth0 up, in 20.0 Mb/s (20.0%), out 10.0 Mb/s (10.0%), in errors 0.020/s (0.0010%), in discards 0.010/s (0.00050%) | *" \
    interface-noifx-before.walk interface-noifx-after.walk -n eth0 -v
ifc_long "no ifName on the agent: names matched against ifDescr"
ifc_pair "noifx: error % of packets incl. non-unicast" 1 "INTERFACE WARNING - eth0 up, *" \
    interface-noifx-before.walk interface-noifx-after.walk -n eth0 --in-errors-warning 0.00099%

# ifc_big FILE UPTIME SECONDS: a walk of 100 interfaces, Gi0/N with N x 8 Mb/s
# in and N x 4 Mb/s out over SECONDS (0 for the first walk).
ifc_big() {
	awk -v up="$2" -v t="$3" 'BEGIN {
	    e = ".1.3.6.1.2.1.2.2.1"; x = ".1.3.6.1.2.1.31.1.1.1"
	    printf ".1.3.6.1.2.1.1.3.0 = Timeticks: (%d) 1:00:00.00\n", up
	    for (i = 1; i <= 100; i++) printf "%s.1.%d = INTEGER: %d\n", e, i, i
	    for (i = 1; i <= 100; i++) printf "%s.2.%d = STRING: \"GigabitEthernet0/%d\"\n", e, i, i
	    for (i = 1; i <= 100; i++) printf "%s.3.%d = INTEGER: 6\n", e, i
	    for (i = 1; i <= 100; i++) printf "%s.5.%d = Gauge32: 1000000000\n", e, i
	    for (i = 1; i <= 100; i++) printf "%s.6.%d = Hex-STRING: 00 1A 2B 00 00 %02X \n", e, i, i
	    for (c = 7; c <= 8; c++) for (i = 1; i <= 100; i++) printf "%s.%d.%d = INTEGER: 1\n", e, c, i
	    for (c = 13; c <= 20; c++) if (c == 13 || c == 14 || c == 19 || c == 20)
	        for (i = 1; i <= 100; i++) printf "%s.%d.%d = Counter32: 0\n", e, c, i
	    for (i = 1; i <= 100; i++) printf "%s.1.%d = STRING: \"Gi0/%d\"\n", x, i, i
	    for (c = 6; c <= 13; c++) for (i = 1; i <= 100; i++)
	        printf "%s.%d.%d = Counter64: %.0f\n", x, c, i, c == 6 ? i * 1e9 + t * i * 1e6 : c == 10 ? i * 1e9 + t * i * 5e5 : 1000
	    for (i = 1; i <= 100; i++) printf "%s.15.%d = Gauge32: 1000\n", x, i
	    for (i = 1; i <= 100; i++) printf "%s.18.%d = STRING: \"port %d\"\n", x, i, i
	}' >"$1"
}
ifc_big "$WORK/ifc.big1.walk" 360000 0
ifc_big "$WORK/ifc.big2.walk" 390000 300
ifc_state
"$IFC" --walk-file "$WORK/ifc.big1.walk" --state-dir "$IFC_S" >/dev/null
run_case "100 interfaces: all up, the busiest named" 0 "INTERFACE OK - 100 of 100 up; busiest Gi0/100 in 800 Mb/s (80.0%), out 400 Mb/s (40.0%) | 'Gi0/1_in_bps'=8000000;;;0;1000000000 *" \
    "$IFC" --walk-file "$WORK/ifc.big2.walk" --state-dir "$IFC_S"
IFC_ITEMS=$(printf '%s\n' "$OUT" | head -n 1 | sed 's/^[^|]*| //' | tr ' ' '\n' | grep -c "^'[^']*'=[0-9.]*[%c]*;[^ ]*$")
IFC_ALL=$(printf '%s\n' "$OUT" | head -n 1 | sed 's/^[^|]*| //' | tr ' ' '\n' | grep -c .)
# 64 KiB of perfdata hold all 100 interfaces (10 items each); a longer
# list loses whole interfaces and says so (common/output.c, unit-tested)
if [ "$IFC_ITEMS" = "$IFC_ALL" ] && [ "$IFC_ITEMS" = 1000 ] &&
    [ "$(printf '%s\n' "$OUT" | grep -c '^\[OK\] Gi0/')" = 100 ] &&
    ! printf '%s\n' "$OUT" | grep -q 'left out'; then
	ifc_ok "100 interfaces: all $IFC_ITEMS perfdata items whole"
else
	ifc_fail "100 interfaces: perfdata $IFC_ITEMS of $IFC_ALL items well-formed"
fi
run_case "  ... after the first walk again: a restart, no rates" 0 "INTERFACE OK - 100 of 100 up; counters reset: the agent restarted (sysUpTime went back from 3900.00 s to 3600.00 s); no rate this time | *" \
    "$IFC" --walk-file "$WORK/ifc.big1.walk" --state-dir "$IFC_S"
ifc_state
"$IFC" --walk-file "$WORK/ifc.big1.walk" --state-dir "$IFC_S" -c 795M >/dev/null
run_case "100 interfaces: one alert among them" 2 "INTERFACE CRITICAL - 100 of 100 up; Gi0/100 in 800 Mb/s (80.0%) | *" \
    "$IFC" --walk-file "$WORK/ifc.big2.walk" --state-dir "$IFC_S" -c 795M

section "## samples too close, corrupt and shared state files"
ifc_state
"$IFC" --walk-file "$IFC_D/$IFC_LH" --state-dir "$IFC_S" --index 1 >/dev/null
run_case "same agent clock twice: no rate yet, older sample kept" 0 "INTERFACE OK - lo up, no rate yet: the last sample is only 0.00 s old | *" \
    "$IFC" --walk-file "$IFC_D/$IFC_LH" --state-dir "$IFC_S" --index 1
run_case "  ... so the next run has the real interval" 0 "INTERFACE OK - lo up, in 480 kb/s (4.80%), out 480 kb/s (4.80%), no errors or discards | *" \
    "$IFC" --walk-file "$IFC_D/$IFC_LA" --state-dir "$IFC_S" --index 1
IFC_F=$(ls "$IFC_S" | grep -v '\.' | head -n 1)
case "$IFC_F" in
check_snmp_interface-*) ifc_ok "state file named by plugin and hash: $IFC_F" ;;
*) ifc_fail "state file name: $IFC_F" ;;
esac
if [ "$(stat -c %a "$IFC_S")" = 700 ] && [ "$(stat -c %a "$IFC_S/$IFC_F")" = 600 ] &&
    ! grep -q public "$IFC_S/$IFC_F"; then
	ifc_ok "state directory 0700, file 0600, no community inside"
else
	ifc_fail "state modes or content" "$(ls -la "$IFC_S")"
fi
printf 'garbage\n' >"$IFC_S/$IFC_F"
run_case "corrupt state file: collecting data, never a crash" 0 "INTERFACE OK - lo up, collecting data (the state file is corrupt or not ours: ignored), rates from the next run | *" \
    "$IFC" --walk-file "$IFC_D/$IFC_LH" --state-dir "$IFC_S" --index 1
run_case "  ... and it is rewritten" 0 "INTERFACE OK - lo up, in 480 kb/s (4.80%), *" \
    "$IFC" --walk-file "$IFC_D/$IFC_LA" --state-dir "$IFC_S" --index 1
run_case "another selection has its own file" 0 "INTERFACE OK - lo up, collecting data (no previous sample), *" \
    "$IFC" --walk-file "$IFC_D/$IFC_LA" --state-dir "$IFC_S" -n lo
run_case "another community has its own file" 0 "INTERFACE OK - lo up, collecting data (no previous sample), *" \
    "$IFC" --walk-file "$IFC_D/$IFC_LA" --state-dir "$IFC_S" --index 1 -C other
ln -s "$IFC_S" "$WORK/ifstate.link"
run_case "symlinked state directory refused" 3 "INTERFACE UNKNOWN - Cannot keep samples for rates: cannot open the state directory $WORK/ifstate.link: not a directory (a symbolic link is refused)*" \
    "$IFC" --walk-file "$IFC_D/$IFC_LH" --state-dir "$WORK/ifstate.link"
mkdir -p "$WORK/ifstate.open" && chmod 777 "$WORK/ifstate.open"
run_case "world-writable state directory refused" 3 "INTERFACE UNKNOWN - Cannot keep samples for rates: refusing the state directory $WORK/ifstate.open: writable by group or others*" \
    "$IFC" --walk-file "$IFC_D/$IFC_LH" --state-dir "$WORK/ifstate.open"
MP_STATE_PATH="$WORK/ifstate.env"
export MP_STATE_PATH
run_case "MP_STATE_PATH" 0 "INTERFACE OK - lo up, collecting data (no previous sample), *" "$IFC" --walk-file "$IFC_D/$IFC_LH" --index 1
unset MP_STATE_PATH
if [ -d "$WORK/ifstate.env" ]; then ifc_ok "MP_STATE_PATH directory created"; else ifc_fail "MP_STATE_PATH directory"; fi
run_case "--status-only needs no state directory" 0 "INTERFACE OK - lo up" "$IFC" --walk-file "$IFC_D/$IFC_LH" --index 1 --status-only --state-dir /nonexistent/dir

# ifc_wait: wait for the runs started in the background (only those: a
# bare wait would wait for snmpd too).
IFC_PIDS=""
ifc_wait() {
	for p in $IFC_PIDS; do
		wait "$p"
	done
	IFC_PIDS=""
}

# 50 runs at once on one state file: every one answers, the file stays
# valid and still holds the first sample, so the next run's rates are exact.
ifc_state
i=0
while [ $i -lt 50 ]; do
	"$IFC" --walk-file "$IFC_D/$IFC_LH" --state-dir "$IFC_S" -t $((10 * ${SNMP_TEST_TIME_SCALE:-1})) >"$WORK/ifc.par.$i" 2>&1 &
	IFC_PIDS="$IFC_PIDS $!"
	i=$((i + 1))
done
ifc_wait
ok=0 i=0
while [ $i -lt 50 ]; do
	case "$(head -n 1 "$WORK/ifc.par.$i")" in
	"INTERFACE OK - 2 of 2 up (2 admin down, ignored); collecting data (no previous sample), rates from the next run |"*|\
	"INTERFACE OK - 2 of 2 up (2 admin down, ignored); no rate yet: the last sample is only 0.00 s old |"*|\
	"INTERFACE OK - 2 of 2 up (2 admin down, ignored); no rate yet: its counters did not change in "*" s, less than the 5 s an agent may serve them from a cache (net-snmp does) |"*) ok=$((ok + 1)) ;;
	*) echo "     run $i: $(head -n 1 "$WORK/ifc.par.$i")" ;;
	esac
	i=$((i + 1))
done
first=$(grep -l "no previous sample" "$WORK"/ifc.par.* | wc -l)
if [ $ok = 50 ] && [ "$first" = 1 ]; then
	ifc_ok "50 concurrent runs: all OK, exactly one found no sample"
else
	ifc_fail "50 concurrent runs: $ok OK, $first without a sample"
fi
run_case "  ... the file is intact: exact rates next" 0 "INTERFACE OK - 2 of 2 up (2 admin down, ignored); busiest eth0 in 114 Mb/s, out 33.2 Mb/s | 'lo_in_bps'=480000;;;0;10000000 *'eth0_in_bps'=114133333.33;;;0 'eth0_out_bps'=33200000;;;0 *" \
    "$IFC" --walk-file "$IFC_D/$IFC_LA" --state-dir "$IFC_S"
i=0
while [ $i -lt 50 ]; do
	if [ $((i % 2)) = 0 ]; then IFC_W=$IFC_LH; else IFC_W=$IFC_LA; fi
	"$IFC" --walk-file "$IFC_D/$IFC_W" --state-dir "$IFC_S" -t $((10 * ${SNMP_TEST_TIME_SCALE:-1})) >"$WORK/ifc.par.$i" 2>&1 &
	IFC_PIDS="$IFC_PIDS $!"
	i=$((i + 1))
done
ifc_wait
if ! grep -L '^INTERFACE OK - ' "$WORK"/ifc.par.* | grep -q . &&
    ! grep -q corrupt "$WORK"/ifc.par.* &&
    [ "$(ls "$IFC_S" | wc -l)" = 2 ] &&
    [ "$(head -n 1 "$IFC_S/$(ls "$IFC_S" | grep -v '\.')")" = "snmp-plugins state 1" ]; then
	ifc_ok "50 concurrent runs on two walks: all OK, no temporary file left, the file valid"
else
	ifc_fail "50 concurrent mixed runs" "$(ls "$IFC_S")" "$(cat "$WORK"/ifc.par.* | grep -v '^INTERFACE OK' | head -5)"
fi
run_case "  ... and readable by the next run" 0 "INTERFACE OK - 2 of 2 up (2 admin down, ignored); *" \
    "$IFC" --walk-file "$IFC_D/$IFC_LA" --state-dir "$IFC_S"
case "$OUT" in *corrupt*|*"no previous"*) ifc_fail "  ... state lost: $OUT" ;; *) ifc_ok "  ... with its sample" ;; esac

section "## bad input names the problem"
IFC_B="$IFC --walk-file $IFC_D/$IFC_LH --status-only"
run_case "bad regex" 3 "INTERFACE UNKNOWN - Invalid -r: invalid regular expression '(':*" $IFC_B -r '('
run_case "bad exclude regex" 3 "INTERFACE UNKNOWN - Invalid -E: invalid regular expression '[':*" $IFC_B -E '['
run_case "bad range" 3 "INTERFACE UNKNOWN - Invalid traffic warning range '10:abc': expected ?@??START:??END? in bits per second with an optional k, M, G or T (800M), or in percent of the speed (80%)" $IFC --walk-file "$IFC_D/$IFC_LH" -w 10:abc
run_case "inverted range" 3 "INTERFACE UNKNOWN - Invalid traffic critical range '20:10': its start is greater than its end; *" $IFC --walk-file "$IFC_D/$IFC_LH" -c 20:10
run_case "byte unit refused" 3 "INTERFACE UNKNOWN - Invalid incoming traffic warning range '100MB'*" $IFC --walk-file "$IFC_D/$IFC_LH" --in-traffic-warning 100MB
run_case "unknown unit" 3 "INTERFACE UNKNOWN - Invalid outgoing traffic critical range '5X'*" $IFC --walk-file "$IFC_D/$IFC_LH" --out-traffic-critical 5X
run_case "% with a unit" 3 "INTERFACE UNKNOWN - Invalid traffic warning range '10%:1G'*" $IFC --walk-file "$IFC_D/$IFC_LH" --traffic-warning 10%:1G
run_case "units on errors" 3 "INTERFACE UNKNOWN - Invalid errors warning range '5M': expected ?@??START:??END? per second (0.5), or in percent of the packets (0.1%)" $IFC --walk-file "$IFC_D/$IFC_LH" --errors-warning 5M
run_case "bad discards range" 3 "INTERFACE UNKNOWN - Invalid incoming discards critical range '%'*" $IFC --walk-file "$IFC_D/$IFC_LH" --in-discards-critical %
run_case "unknown type" 3 "INTERFACE UNKNOWN - Unknown interface type 'ethernt': use an ifType number or a name such as *" $IFC_B -T ethernt
run_case "type out of range" 3 "INTERFACE UNKNOWN - Invalid interface type '5000': expected 1 to 1023 or a name" $IFC_B --exclude-type 5000
run_case "bad --index" 3 "INTERFACE UNKNOWN - Invalid --index 'x1': expected index values 1 to 2147483647, separated by commas" $IFC_B --index 1,x1
run_case "--index 0" 3 "INTERFACE UNKNOWN - Invalid --index '0'*" $IFC_B --index 0
run_case "bad --match-on" 3 "INTERFACE UNKNOWN - Invalid --match-on 'nam': expected descr, name or alias" $IFC_B --match-on nam
run_case "bad --admin-down" 3 "INTERFACE UNKNOWN - Invalid --admin-down 'skip': expected ignore, OK, WARNING, CRITICAL or UNKNOWN" $IFC_B --admin-down skip
run_case "bad --oper-state status" 3 "INTERFACE UNKNOWN - Invalid --oper-state: unknown status 'sleeping'*" $IFC_B --oper-state sleeping=OK
run_case "bad --oper-state state" 3 "INTERFACE UNKNOWN - Invalid --oper-state: state 'FINE' for dormant*" $IFC_B --oper-state dormant=FINE
run_case "bad --oper-state form" 3 "INTERFACE UNKNOWN - Invalid --oper-state 'dormant': expected STATUS=STATE" $IFC_B --oper-state dormant
run_case "bad --first-run" 3 "INTERFACE UNKNOWN - Invalid state 'FOO' for --first-run: expected 0-3 or OK, WARNING, CRITICAL, UNKNOWN" $IFC_B --first-run FOO
run_case "bad --on-reset" 3 "INTERFACE UNKNOWN - Invalid state '7' for --on-reset*" $IFC_B --on-reset 7
run_case "bad --no-match" 3 "INTERFACE UNKNOWN - Invalid state 'x' for --no-match*" $IFC_B --no-match x
run_case "bad --speed" 3 "INTERFACE UNKNOWN - Invalid --speed '1GB': expected bits per second with an optional k, M, G or T (100M, 2.5G)" $IFC_B --speed 1GB
run_case "--speed 0" 3 "INTERFACE UNKNOWN - Invalid --in-speed '0'*" $IFC_B --in-speed 0
run_case "bad --sample" 3 "INTERFACE UNKNOWN - Invalid --sample '1.5': expected whole seconds, 1 to 3600" $IFC -H 127.0.0.1 --sample 1.5
run_case "--sample not below -t" 3 "INTERFACE UNKNOWN - --sample 10 must be shorter than the time budget (-t 10): both samples must fit in it; raise -t" $IFC -H 127.0.0.1 --sample 10
run_case "--sample with a walk file" 3 "INTERFACE UNKNOWN - --sample needs a live agent: a walk file does not change between the two samples" $IFC --walk-file "$IFC_D/$IFC_LH" --sample 2
run_case "--status-only with thresholds" 3 "INTERFACE UNKNOWN - --status-only cannot be combined with traffic, error or discard thresholds" $IFC_B -w 80%
run_case "unknown option" 3 "INTERFACE UNKNOWN - *--bogus*" $IFC_B --bogus
run_case "no agent" 3 "INTERFACE UNKNOWN - No agent given: use -H HOST (or --walk-file FILE)" $IFC --status-only
run_case "--help exits 0" 0 "check_snmp_interface (snmp-plugins *)" $IFC --help
for opt in -w -c --traffic-warning --traffic-critical --in-traffic-warning --in-traffic-critical \
    --out-traffic-warning --out-traffic-critical --errors-warning --errors-critical --in-errors-warning \
    --in-errors-critical --out-errors-warning --out-errors-critical --discards-warning --discards-critical \
    --in-discards-warning --in-discards-critical --out-discards-warning --out-discards-critical --index -n -r -E \
    -i --match-on -T --exclude-type --admin-down --oper-state --expect-down --status-only --speed --in-speed \
    --out-speed --32bit --state-dir --first-run --on-reset --sample --no-match --list -H -P -C -t --walk-file; do
	if printf '%s\n' "$OUT" | grep -q -- " $opt[][,= ]\| $opt\$\|, $opt"; then
		PASS=$((PASS + 1))
	else
		ifc_fail "--help does not document $opt"
	fi
done

section "## the real snmpd"
IFC_IH="-H 127.0.0.1 -p $SNMPD_PORT"
ifc_get() {
	MIBS= MIBDIRS=/nonexistent snmpget -v2c -c public -On -Oqv "127.0.0.1:$SNMPD_PORT" "$@" 2>/dev/null |
	    sed 's/^"\(.*\)"$/\1/'
}
run_case "live: --list" 0 "INTERFACE OK - * interfaces in ifTable" $IFC $IFC_IH --list
IFC_BAD=0
MIBS= MIBDIRS=/nonexistent snmpwalk -v2c -c public -On -Oq "127.0.0.1:$SNMPD_PORT" 1.3.6.1.2.1.2.2.1.2 2>/dev/null |
    sed 's/ "\(.*\)"$/ \1/' >"$WORK/ifc.descr"
IFC_ROWS=$(wc -l <"$WORK/ifc.descr")
while read -r oid descr; do
	i=${oid##*.}
	name=$(ifc_get 1.3.6.1.2.1.31.1.1.1.1.$i)
	oper=$(ifc_get 1.3.6.1.2.1.2.2.1.8.$i)
	case $oper in 1) oper=up ;; 2) oper=down ;; 5) oper=dormant ;; 6) oper=notPresent ;; 7) oper=lowerLayerDown ;; esac
	printf '%s\n' "$OUT" | grep -q "^\* $i descr '$descr' name '$name' alias '.*' type .* oper $oper\$" || {
		IFC_BAD=$((IFC_BAD + 1)); echo "     --list lacks ifIndex $i $descr $name $oper"; }
done <"$WORK/ifc.descr"
if [ "$IFC_BAD" = 0 ] && [ "$IFC_ROWS" -gt 0 ] &&
    [ "$(printf '%s\n' "$OUT" | sed 1d | wc -l)" = "$IFC_ROWS" ]; then
	ifc_ok "live: --list equals snmpwalk/snmpget ($IFC_ROWS interfaces)"
else
	ifc_fail "live: --list differs from snmpwalk"
fi
IFC_LO=$(ifc_get 1.3.6.1.2.1.2.2.1.2.1)
run_case "live: --index 1 status" 0 "INTERFACE OK - $IFC_LO up" $IFC $IFC_IH --index 1 --status-only -vv
IFC_GETS=$(grep -c '^GET request-id' "$WORK/stderr")
IFC_OTHER=$(grep -c '^GETBULK\|^GETNEXT' "$WORK/stderr")
if [ "$IFC_GETS" = 1 ] && [ "$IFC_OTHER" = 0 ]; then
	ifc_ok "live: --index is one round trip"
else
	ifc_fail "live: --index took $IFC_GETS GET and $IFC_OTHER walk requests" "$(cat "$WORK/stderr")"
fi
ifc_state
run_case "live: --index 1 with counters: one GET, sysUpTime in it" 0 "INTERFACE OK - $IFC_LO up, collecting data *" $IFC $IFC_IH --index 1 --state-dir "$IFC_S" -vv
if [ "$(grep -c '^GET request-id.*, 22 objects' "$WORK/stderr")" = 1 ] && [ "$(grep -c 'request-id' "$WORK/stderr")" = 1 ]; then
	ifc_ok "live: one GET of 22 objects (sysUpTime.0 + 9 status + 12 counters)"
else
	ifc_fail "live: requests for --index 1" "$(cat "$WORK/stderr")"
fi
run_case "live: v1 --index: one GET" 0 "INTERFACE OK - $IFC_LO up, collecting data *" $IFC $IFC_IH -P 1 --index 1 --state-dir "$IFC_S" -vv
if [ "$(grep -c '^GET request-id.*, 17 objects' "$WORK/stderr")" = 1 ] && [ "$(grep -c 'request-id' "$WORK/stderr")" = 1 ]; then
	ifc_ok "live: v1 one GET of 17 objects (ifTable only)"
else
	ifc_fail "live: v1 requests for --index 1" "$(cat "$WORK/stderr")"
fi
run_case "live: -n: the names walk, then one GET" 0 "INTERFACE OK - $IFC_LO up" $IFC $IFC_IH -n "$IFC_LO" --status-only -vv
if [ "$(grep -c '^GET request-id.*, 10 objects' "$WORK/stderr")" = 1 ] &&
    [ "$(grep -c '^GET request-id' "$WORK/stderr")" = 1 ] &&
    [ "$(grep -c '^GETBULK request-id.*, 1 object x' "$WORK/stderr")" -ge 1 ] &&
    [ "$(grep -c '^GETBULK request-id' "$WORK/stderr")" = "$(grep -c '^GETBULK request-id.*, 1 object x' "$WORK/stderr")" ]; then
	ifc_ok "live: -n walks only ifName, then one GET"
else
	ifc_fail "live: requests for -n" "$(cat "$WORK/stderr")"
fi
# With a state file the selection is remembered (ifmib_recall()): the
# next run GETs the same row with ifNumber.0 and ifTableLastChange.0 and
# walks only when they changed or the row no longer matches.
ifc_state
IFC_NUM=$(ifc_get 1.3.6.1.2.1.2.1.0)
# ifc_requests NAME GETS BULKS OBJECTS: the last -vv run sent GETS GETs (the
# first of OBJECTS objects) and BULKS GETBULKs
ifc_requests() {
	g=$(grep -c '^GET request-id' "$WORK/stderr")
	b=$(grep -c '^GETBULK request-id' "$WORK/stderr")
	o=$(grep '^GET request-id' "$WORK/stderr" | head -n 1 | sed -n 's/.*, \([0-9]*\) objects.*/\1/p')
	if [ "$g" = "$2" ] && [ "$b" = "$3" ] && [ "$o" = "$4" ]; then
		ifc_ok "$1"
	else
		ifc_fail "$1: $g GET ($o objects first), $b GETBULK" "$(cat "$WORK/stderr")"
	fi
}
run_case "live: -n with a state file, first run" 0 "INTERFACE OK - $IFC_LO up, collecting data *" $IFC $IFC_IH -n "$IFC_LO" --state-dir "$IFC_S" -vv
ifc_requests "live: the first run walks, then GETs the row with the table's stamp" 1 1 24
if grep -qx "number $IFC_NUM" "$IFC_S"/check_snmp_interface-*[0-9a-f] && grep -qx 'picked 1' "$IFC_S"/check_snmp_interface-*[0-9a-f]; then
	ifc_ok "live: the state file remembers ifIndex 1 and ifNumber $IFC_NUM"
else
	ifc_fail "live: the state file lacks the selection" "$(cat "$IFC_S"/check_snmp_interface-*[0-9a-f])"
fi
IFC_WALKED=$(sed -n '/^item walk/,/^picked/s/^time //p' "$IFC_S"/check_snmp_interface-*[0-9a-f])
sleep 1.1
run_case "live: -n with a state file, next run: the stored sample found" 0 "INTERFACE OK - $IFC_LO up, [in]*" $IFC $IFC_IH -n "$IFC_LO" --state-dir "$IFC_S" -vv
ifc_requests "live: the next run is one GET and no walk" 1 0 24
ifc_long "1 request sent (the interfaces the last run selected, no walk)"
if [ -n "$IFC_WALKED" ] && [ "$(sed -n '/^item walk/,/^picked/s/^time //p' "$IFC_S"/check_snmp_interface-*[0-9a-f])" = "$IFC_WALKED" ]; then
	ifc_ok "live: a run that did not walk keeps the time of the walk (the hour counts from it)"
else
	ifc_fail "live: the walk's time changed without a walk" "$(cat "$IFC_S"/check_snmp_interface-*[0-9a-f])"
fi
# the stamp or the row no longer what was remembered: walked again
ifc_edit() {
	f=$(ls "$IFC_S"/check_snmp_interface-*[0-9a-f])
	sed "$1" "$f" >"$f.new" && mv "$f.new" "$f"
}
for edit in "s/^number .*/number 999/:ifNumber changed" \
    "s/^change .*/change 12345/:ifTableLastChange changed" \
    "s/^picked .*/picked 2/:the remembered ifIndex is another interface" \
    "/^item walk/,/^picked/s/^uptime .*/uptime 4000000000/:the agent restarted" \
    "/^item walk/,/^picked/s/^time .*/time 1000/:remembered more than an hour ago"; do
	ifc_edit "${edit%%:*}"
	sleep 1.1
	run_case "live: ${edit#*:}: the stored sample of $IFC_LO found" 0 "INTERFACE OK - $IFC_LO up, [in]*" $IFC $IFC_IH -n "$IFC_LO" --state-dir "$IFC_S" -vv
	if [ "${edit#*:}" = "remembered more than an hour ago" ]; then
		ifc_requests "live: ${edit#*:}: walked, no GET of the old row" 1 1 24
	else
		ifc_requests "live: ${edit#*:}: the GET, then the walk and a GET" 2 1 24
	fi
done
run_case "live: -r with a state file" 0 "INTERFACE OK - *" $IFC $IFC_IH -r . --state-dir "$IFC_S" -vv
sleep 1.1
run_case "live: -r, next run" 0 "INTERFACE OK - *" $IFC $IFC_IH -r . --state-dir "$IFC_S" -vv
ifc_requests "live: -r, next run: one GET of all $IFC_NUM rows" 1 0 $((3 + IFC_NUM * 21))
run_case "live: --status-only remembers nothing: walks" 0 "INTERFACE OK - $IFC_LO up" $IFC $IFC_IH -n "$IFC_LO" --status-only --state-dir "$IFC_S" -vv
ifc_requests "live: --status-only walks each run" 1 1 10
run_case "live: v3 authPriv" 0 "INTERFACE OK - $IFC_LO up" $IFC $IFC_IH -P 3 -U u_sha_aes -A maplesyrup -X maplesyrup --index 1 --status-only
run_case "live: IPv6" 0 "INTERFACE OK - $IFC_LO up" $IFC -H ::1 -p "$SNMPD_PORT" --index 1 --status-only
run_case "live: wrong community, UNKNOWN within -t" 3 "INTERFACE UNKNOWN - No response from 127.0.0.1:$SNMPD_PORT within 1.0 s*" $IFC $IFC_IH -C wrong --index 1 --status-only -t 1
within "live: wrong community within -t" 1500
run_case "live: -t STATE" 2 "INTERFACE CRITICAL - No response from*" $IFC $IFC_IH -C wrong -n lo -t 1:CRITICAL --status-only

section "## hostile agent (answers that are no interface table)"
# ifc_hostile SCENARIO NAME RC PATTERN MAX_MS ARGS...
ifc_hostile() {
	ifc_sc=$1 ifc_n=$2 ifc_r=$3 ifc_p=$4 ifc_ms=$5
	shift 5
	start_hostile "$ifc_sc"
	run_case "hostile $ifc_sc: $ifc_n" "$ifc_r" "$ifc_p" "$IFC" -H 127.0.0.1 -p "$HOSTILE_PORT" "$@"
	within "hostile $ifc_sc: time" "$ifc_ms"
	stop_hostile
}
ifc_state
ifc_hostile silent "no reply, UNKNOWN within -t" 3 "INTERFACE UNKNOWN - No response from 127.0.0.1:* within 1.0 s *" 1500 --index 1 --state-dir "$IFC_S" -t 1
ifc_hostile silent "names walk unanswered" 3 "INTERFACE UNKNOWN - No response from 127.0.0.1:* within 1.0 s *" 1500 -n eth0 -t 1 --status-only
ifc_hostile truncated "truncated replies ignored" 3 "INTERFACE UNKNOWN - No valid response from*last: malformed reply: truncated data)" 1500 --index 1 --state-dir "$IFC_S" -t 1
ifc_hostile good "INTEGER 42 for every cell: UNKNOWN, not OK" 3 "INTERFACE UNKNOWN - ifIndex 1 ifAdminStatus missing or invalid, no octet counters (ifInOctets/ifOutOctets missing)" 1000 --index 1 --state-dir "$IFC_S"
ifc_hostile evil-string "a hostile ifDescr cannot forge the output" 3 "INTERFACE UNKNOWN - ok/x=1?nSNMP OK - forged ifAdminStatus missing or invalid*" 1000 --index 1 --state-dir "$IFC_S"
if [ "$(printf '%s\n' "$OUT" | wc -l)" = 2 ] && ! printf '%s\n' "$OUT" | head -n 1 | grep -q '|'; then
	ifc_ok "  ... two lines, no perfdata separator from the device"
else
	ifc_fail "  ... output forged" "$OUT"
fi

# ifc_udp BYTES COUNT: send COUNT datagrams of BYTES octets to ourselves over
# lo (a receiving socket in the same process), each one delivered.  The
# receiver's port stays out of the block the packet capture judges as SNMP
# (capture.sh: SNMPD_PORT to SNMPD_PORT + 9).
ifc_udp() {
	perl -MIO::Socket::INET -e '
	    my ($len, $n, $lo) = @ARGV;
	    my $r;
	    do {
	        $r = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0,
	            Proto => "udp") or die "socket: $!";
	    } while ($r->sockport >= $lo && $r->sockport <= $lo + 9);
	    my $s = IO::Socket::INET->new(PeerAddr => "127.0.0.1:" . $r->sockport,
	        Proto => "udp") or die "socket: $!";
	    my $b;
	    for (1 .. $n) { $s->send("x" x $len) or die "send: $!"; $r->recv($b, 65535); }
	' "$1" "$2" "$SNMPD_PORT"
}

if command -v perl >/dev/null 2>&1; then
	# Stored samples: run, send 2000 x 1000 octets (2 056 000 with the
	# IP and UDP headers), wait out net-snmp's 3 s interface cache, run.
	# The other suites share lo, so the rate is checked against the two
	# samples' counters (exactly) and the octets sent (at least).
	ifc_state
	run_case "live: first sample" 0 "INTERFACE OK - $IFC_LO up, collecting data *" "$IFC" $IFC_IH --index 1 --state-dir "$IFC_S"
	IFC_OCT0=$(ifc_perf "${IFC_LO}_in_octets")
	sleep 1
	ifc_udp 1000 2000
	sleep 3.5
	IFC_C1=$(ifc_get 1.3.6.1.2.1.31.1.1.1.6.1)
	run_case "live: traffic on lo, rate from two runs" 0 "INTERFACE OK - $IFC_LO up, in * | *" "$IFC" $IFC_IH --index 1 --state-dir "$IFC_S" -v
	IFC_C2=$(ifc_get 1.3.6.1.2.1.31.1.1.1.6.1)
	IFC_OCT=$(ifc_perf "${IFC_LO}_in_octets")
	IFC_BPS=$(ifc_perf "${IFC_LO}_in_bps")
	IFC_SECS=$(printf '%s\n' "$OUT" | sed -n 's/.*interval \([0-9.]*\) s.*/\1/p')
	if [ -n "$IFC_OCT" ] && [ "$IFC_C1" -le "$IFC_OCT" ] && [ "$IFC_OCT" -le "$IFC_C2" ]; then
		ifc_ok "live: ifHCInOctets $IFC_OCT between snmpget's $IFC_C1 and $IFC_C2"
	else
		ifc_fail "live: ifHCInOctets '$IFC_OCT' not between snmpget's $IFC_C1 and $IFC_C2"
	fi
	# rate x interval = the octets between the two samples (to the
	# rounding of the printed rate), and at least what was sent
	if awk -v bps="$IFC_BPS" -v s="$IFC_SECS" -v o0="$IFC_OCT0" -v o1="$IFC_OCT" -v sent=2056000 'BEGIN {
	    d = bps * s / 8; n = o1 - o0; e = d - n; if (e < 0) e = -e
	    exit !(bps > 0 && n >= sent && e <= 1 + s / 16) }'; then
		ifc_ok "live: $IFC_BPS b/s over $IFC_SECS s = $((IFC_OCT - IFC_OCT0)) octets between the samples; 2056000 sent"
	else
		ifc_fail "live: $IFC_BPS b/s over $IFC_SECS s does not match the samples $IFC_OCT0 and $IFC_OCT (2056000 octets sent)"
	fi
	# --sample: two samples 4 s apart (longer than the agent's 3 s cache)
	# while traffic flows the whole time.
	( i=0; while [ $i -lt 50 ]; do ifc_udp 1000 200; sleep 0.1; i=$((i + 1)); done ) &
	IFC_TRAFFIC=$!
	PIDS="$PIDS $IFC_TRAFFIC"
	sleep 0.3
	MP_STATE_PATH="$WORK/ifc.nostate"
	export MP_STATE_PATH
	run_case "live: --sample 4 sees the traffic" 0 "INTERFACE OK - $IFC_LO up, in * | *" "$IFC" $IFC_IH -n "$IFC_LO" --sample 4 -t 8 -v
	unset MP_STATE_PATH
	within "live: --sample 4 within -t 8" 8000
	kill "$IFC_TRAFFIC" 2>/dev/null
	wait "$IFC_TRAFFIC" 2>/dev/null
	IFC_BPS=$(ifc_perf "${IFC_LO}_in_bps")
	IFC_SECS=$(printf '%s\n' "$OUT" | sed -n 's/.*interval \([0-9.]*\) s.*/\1/p')
	if awk -v b="$IFC_BPS" -v s="$IFC_SECS" 'BEGIN { exit !(b > 0 && b < 1e9 && s >= 3.9 && s <= 4.2) }'; then
		ifc_ok "live: --sample rate $IFC_BPS b/s > 0 over $IFC_SECS s of the agent's clock"
	else
		ifc_fail "live: --sample rate '$IFC_BPS' over '$IFC_SECS' s" "$OUT"
	fi
	if [ ! -e "$WORK/ifc.nostate" ]; then
		ifc_ok "live: --sample keeps no state"
	else
		ifc_fail "live: --sample created a state directory"
	fi
else
	ifc_fail "live traffic tests need perl (Debian package perl-base)"
fi
