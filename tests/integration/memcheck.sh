# Every plugin x SNMPv1, v2c and v3 (authPriv) x its normal path, an
# error or alert path and its table path (--list, or several objects for
# check_snmp_value), against the real snmpd; a v3 authentication failure
# and a silent agent (v2c, and v3 discovery) per plugin; and from walk
# files, every plugin's other modes: rates over two samples, the UCD and
# hrStorage variants, CPU, engine time.  A compact matrix that the
# memory-checking slice (make valgrind, tests/valgrind.sh) runs whole under
# memcheck (MC_ALL); in make check it is one more pass over every plugin,
# version and mode.
section "# every plugin x v1, v2c, v3 x normal, error, table"
MC_ALL=1
MX_H="-H 127.0.0.1 -p $SNMPD_PORT"
MX_V3="-P 3 -U u_sha_aes -A maplesyrup -X maplesyrup"

# mx PLUGIN VERSION-ARGS: the plugin's three paths over one version.
mx() {
	mx_p=$TOP/plugins/check_snmp_$1 mx_n=$1
	shift
	mx_v="$*"
	case $mx_n in
	value)
		mx_run normal 0 "SNMP OK - * | 'SNMPv2-MIB::sysUpTime.0'=*" -o sysUpTime.0 -w 0:
		mx_run missing 3 "SNMP UNKNOWN - No such object on 127.0.0.1:$SNMPD_PORT: 1.3.6.1.2.1.1.99.0 (noSuch*)" -o 1.3.6.1.2.1.1.99.0
		mx_run "GETNEXT of two" 0 "SNMP OK - \"test-agent\" * | 'iso.3.6.1.2.1.1.3.0'=*" -n -o 1.3.6.1.2.1.1.5,1.3.6.1.2.1.1.3 ;;
	uptime)
		mx_run normal 0 "UPTIME OK - host up * (hrSystemUptime) | 'uptime'=*s;;;0"
		mx_run "too short" 2 "UPTIME CRITICAL - *" -c 3650d:
		mx_run --list 0 "UPTIME OK - 3 of 3 clocks: hrsystem sysuptime engine" --list ;;
	load)
		mx_run normal 0 "LOAD OK - load average: * | 'load1'=*" -w 1000 -c 1000
		mx_run alert 2 "LOAD CRITICAL - load average: *" -c @0:1000
		mx_run --list 0 "LOAD OK - 3 laTable rows, *" --list ;;
	storage)
		mx_run normal 0 "STORAGE OK - * | '/'=*" -w 100 -c 100
		mx_run "no match" 3 "STORAGE UNKNOWN - No hrStorageTable entry matches the selection (* entries, see --list)" -n /nonexistent
		mx_run --list 0 "STORAGE OK - * entries in hrStorageTable" --list ;;
	memory)
		mx_run normal 0 "MEMORY OK - RAM *% used * | 'ram'=*" -w 100 -c 100
		mx_run alert 2 "MEMORY CRITICAL - RAM *" -c 0
		mx_run --list 0 "MEMORY OK - memory figures of 127.0.0.1:$SNMPD_PORT: UCD-SNMP-MIB memory and hrStorageTable" --list ;;
	process)
		# [.]: the other cases' command lines hold the regex, not the address
		mx_run normal 0 "PROCESS OK - 1 process with command line matching 'udp:127\[.]0\[.]0\[.]1:$SNMPD_PORT,' | 'processes'=1;;1:;0" --args -r "udp:127[.]0[.]0[.]1:$SNMPD_PORT,"
		mx_run "none" 2 "PROCESS CRITICAL - 0 processes named 'nosuchprocess' (critical range 1:) | 'processes'=0;;1:;0" -n nosuchprocess
		mx_run --list 0 "PROCESS OK - * processes in hrSWRunTable" --list ;;
	interface)
		mx_run normal 0 "INTERFACE OK - * up" --index 1 --status-only
		mx_run "no match" 3 "INTERFACE UNKNOWN - No interface matches the selection (* interfaces, see --list)" -n nosuchif
		mx_run --list 0 "INTERFACE OK - * interfaces in ifTable" --list ;;
	sensor)
		# net-snmp has no sensor MIB: the probe, and what it concludes
		mx_run normal 3 "SENSOR UNKNOWN - No sensor MIB on 127.0.0.1:$SNMPD_PORT: *"
		mx_run "--mib lm-sensors" 3 "SENSOR UNKNOWN - No LM-SENSORS-MIB on 127.0.0.1:$SNMPD_PORT (--mib lm-sensors)" --mib lm-sensors
		mx_run --list 3 "SENSOR UNKNOWN - No sensor MIB on *" --list ;;
	esac
}

# mx_run NAME RC PATTERN ARGS...
mx_run() {
	mx_name=$1 mx_rc=$2 mx_pat=$3
	shift 3
	# shellcheck disable=SC2086
	run_case "$mx_n $mx_v: $mx_name" "$mx_rc" "$mx_pat" "$mx_p" $MX_H $mx_v "$@"
}

for p in value uptime load storage memory process interface sensor; do
	par mx "$p" -P 1
	par mx "$p" -P 2c
	par mx "$p" $MX_V3
done

section "## SNMPv3 authentication failure, every plugin"
mx_auth() {
	mx_n=$1
	run_case "$1: wrong auth password" 3 "* UNKNOWN - SNMPv3 authentication failure for user 'u_sha_aes' on 127.0.0.1:$SNMPD_PORT: wrong auth password or protocol (SHA-1)" \
	    "$TOP/plugins/check_snmp_$1" $MX_H -P 3 -U u_sha_aes -A wrongpassword -X maplesyrup -t 2 $2
}
par mx_auth value "-o sysUpTime.0"
for p in uptime load storage memory process interface sensor; do
	par mx_auth "$p"
done

section "## a silent agent: the timeout, v2c and v3 discovery, every plugin"
mx_silent() {
	start_hostile silent
	run_case "$1 $2: silent agent" 3 "* UNKNOWN - No response from 127.0.0.1:$HOSTILE_PORT within 1.0 s *" \
	    "$TOP/plugins/check_snmp_$1" -H 127.0.0.1 -p "$HOSTILE_PORT" -t 1 $3 $4
	stop_hostile
}
for p in value uptime load storage memory process interface sensor; do
	a=
	[ "$p" = value ] && a="-o sysUpTime.0"
	par mx_silent "$p" v2c "$a"
	par mx_silent "$p" v3 "$a" "-P 3 -U u_sha_aes -A maplesyrup -X maplesyrup"
done

section "## walk files: rates over two samples and the other modes"
MX_D=$TOP/tests/data
mx_walk() {
	mx_n=$1 mx_rc=$2 mx_pat=$3
	shift 3
	run_case "walk: $mx_n" "$mx_rc" "$mx_pat" "$@"
}
mx_rates() {
	mx_s="$WORK/state"
	mx_walk "value --rate, first sample" 0 "SNMP OK - collecting data*" "$TOP/plugins/check_snmp_value" \
	    --walk-file "$MX_D/linux-host.walk" --state-dir "$mx_s" -o ifInOctets.4,ifHCOutOctets.4 --rate
	mx_walk "value --rate, the rates" 0 "SNMP OK - * | *" "$TOP/plugins/check_snmp_value" \
	    --walk-file "$MX_D/linux-host-after.walk" --state-dir "$mx_s" -o ifInOctets.4,ifHCOutOctets.4 --rate
	mx_walk "interface, first sample" 2 "INTERFACE CRITICAL - 4 of 10 up *collecting data* | *" \
	    "$TOP/plugins/check_snmp_interface" --walk-file "$MX_D/interface-rates-before.walk" --state-dir "$mx_s"
	mx_walk "interface, the rates" 2 "INTERFACE CRITICAL - 4 of 10 up * | 'Gi1/0/1_in_bps'=930000000;;;0;1000000000 *" \
	    "$TOP/plugins/check_snmp_interface" --walk-file "$MX_D/interface-rates-after.walk" --state-dir "$mx_s"
}
par mx_rates
par mx_walk "storage --ucd, inodes" 0 "STORAGE OK - * | *" "$TOP/plugins/check_snmp_storage" \
    --walk-file "$MX_D/linux-host.walk" --ucd -w 99 -c 100 --inode-warning 99
par mx_walk "storage, Windows" 2 "STORAGE CRITICAL - * | *" "$TOP/plugins/check_snmp_storage" \
    --walk-file "$MX_D/windows-host.walk" -w 50 -c 60
par mx_walk "memory --hrstorage" 0 "MEMORY OK - * | *" "$TOP/plugins/check_snmp_memory" \
    --walk-file "$MX_D/windows-host.walk" --hrstorage
par mx_walk "load --cpu" 0 "LOAD OK - CPU average * | *" "$TOP/plugins/check_snmp_load" \
    --walk-file "$MX_D/linux-host.walk" --cpu
par mx_walk "process -m --cpu" 0 "PROCESS OK - * | *" "$TOP/plugins/check_snmp_process" \
    --walk-file "$MX_D/linux-host.walk" -m --cpu
par mx_walk "uptime --source engine" 0 "UPTIME OK - * | *" "$TOP/plugins/check_snmp_uptime" \
    --walk-file "$MX_D/uptime-engine.walk" --source engine
par mx_walk "sensor, every hostile row, -v" 2 "SENSOR CRITICAL - * | *" "$TOP/plugins/check_snmp_sensor" \
    --walk-file "$MX_D/sensor-hostile.walk" -v
par mx_walk "sensor --list, thresholds of no sensor" 0 "SENSOR OK - 44 rows in 3 sources: *" \
    "$TOP/plugins/check_snmp_sensor" --walk-file "$MX_D/sensor-hostile.walk" --list
par mx_walk "sensor --mib envmon, user ranges" 2 "SENSOR CRITICAL - * | *" "$TOP/plugins/check_snmp_sensor" \
    --walk-file "$MX_D/sensor-hostile.walk" --mib envmon -w '~:50' -c 'voltage=-12:'
# the network path: GETBULK walk, probe, ENTITY-MIB GETs
mx_wire() {
	start_agent "$TOP/tests/integration/walk_agent" "$MX_D/cisco-catalyst.walk"
	mx_walk "sensor over the wire, v2c" 1 "SENSOR WARNING - Gi1/1/1 Receive Power Sensor: *" \
	    "$TOP/plugins/check_snmp_sensor" -H 127.0.0.1 -p "$AGENT_PORT" --transceivers -v
	mx_walk "sensor over the wire, v1" 1 "SENSOR WARNING - Gi1/1/1 Receive Power Sensor: *" \
	    "$TOP/plugins/check_snmp_sensor" -H 127.0.0.1 -p "$AGENT_PORT" -P 1 --transceivers
}
par mx_wire
