# A suite (run-one): check_snmp_uptime against the real
# snmpd (its sysUpTime, hrSystemUptime and snmpEngineTime, read here with
# net-snmp snmpget and compared with the plugin's perfdata), the recorded
# Linux and Windows walks (expected figures in their .md sidecars) and
# handcrafted walks for the 497-day wrap and for missing or broken clocks.
section "# check_snmp_uptime"
UPT="$TOP/plugins/check_snmp_uptime"
UPT_H="$UPT -H 127.0.0.1 -p $SNMPD_PORT"
UPT_L="$UPT --walk-file $TOP/tests/data/linux-host.walk"
UPT_W="$UPT --walk-file $TOP/tests/data/windows-host.walk"
UPT_D="$TOP/tests/data"

# Raw value of one object: Timeticks as hundredths (-Ot), INTEGER as is.
up_get() {
	MIBS= MIBDIRS=/nonexistent snmpget -v2c -c public -On -Ot -Oqv \
	    "127.0.0.1:$SNMPD_PORT" "$1" 2>/dev/null
}

# up_near NAME OID DIVISOR: the last run's 'uptime'=Ns is the object's
# value / DIVISOR (read after the plugin) within 2 seconds.
up_near() {
	got=$(printf '%s\n' "$OUT" | head -n 1 | sed -n "s/.*'uptime'=\([0-9]*\)s.*/\1/p")
	raw=$(up_get "$2")
	want=$(( ${raw:-0} / $3 ))
	if [ -n "$got" ] && [ -n "$raw" ] && [ $((want - got)) -ge 0 ] && [ $((want - got)) -le 2 ]; then
		PASS=$((PASS + 1))
		echo "ok   $1 ($got s, snmpget $raw)"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $1: plugin says ${got:-nothing} s, snmpget $2 = ${raw:-nothing} (/$3)"
	fi
}

# up_line NAME N TEXT: line N of the last output is exactly TEXT.
up_line() {
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

section "## live snmpd, compared with snmpget"
run_case "live: fresh snmpd, sysUpTime below 15m: warns" 1 "UPTIME WARNING - agent up 00:??:?? (sysUpTime): less than 15m | 'uptime'=*s;900:;;0" $UPT_H --source sysuptime -w 15m:
up_near "live: sysUpTime = snmpget 1.3.6.1.2.1.1.3.0" 1.3.6.1.2.1.1.3.0 100
run_case "live: v1, -w 1d:" 1 "UPTIME WARNING - agent up 00:??:?? (sysUpTime): less than 1d | 'uptime'=*s;86400:;;0" $UPT_H -P 1 --source sysuptime -w 1d:
up_near "live: v1 sysUpTime = snmpget" 1.3.6.1.2.1.1.3.0 100
run_case "live: default is hrSystemUptime" 0 "UPTIME OK - host up * (hrSystemUptime) | 'uptime'=*s;;;0" $UPT_H
up_near "live: hrSystemUptime = snmpget 1.3.6.1.2.1.25.1.1.0" 1.3.6.1.2.1.25.1.1.0 100
run_case "live: engine, v3 authPriv" 0 "UPTIME OK - SNMP engine up 00:??:?? (snmpEngineTime, snmpEngineBoots *) | 'uptime'=*s;;;0" $UPT_H -P 3 -U u_sha256_aes -a SHA-256 -A maplesyrup -X maplesyrup --source engine
up_near "live: snmpEngineTime = snmpget 1.3.6.1.6.3.10.2.1.3.0" 1.3.6.1.6.3.10.2.1.3.0 1
run_case "live: -c 365d on a fresh agent is OK" 0 "UPTIME OK - agent up 00:??:?? (sysUpTime) | 'uptime'=*s;;31536000;0" $UPT_H --source sysuptime -c 365d
run_case "live: @0:1h alerts inside" 2 "UPTIME CRITICAL - agent up 00:??:?? (sysUpTime): between 0s and 1h | 'uptime'=*s;;@0:3600;0" $UPT_H --source sysuptime -c @0:1h
run_case "live: --list over IPv6" 0 "UPTIME OK - 3 of 3 clocks: hrsystem sysuptime engine" $UPT -H ::1 -p "$SNMPD_PORT" --list
up_line "live: --list boots line" 5 "engine snmpEngineBoots.0 INTEGER $(up_get 1.3.6.1.6.3.10.2.1.2.0): the SNMP engine's (re)starts"
run_case "live: wrong community names the cause within -t" 3 "UPTIME UNKNOWN - No response from 127.0.0.1:$SNMPD_PORT within 1.0 s*" $UPT_H -C wrong -t 1
within "live: wrong community within -t" 1500
run_case "live: -t 1:WARNING on timeout" 1 "UPTIME WARNING - No response from*" $UPT_H -C wrong -t 1:WARNING

section "## windows-host.walk: sysUpTime 3 days, hrSystemUptime 23 days"
run_case "windows: default hrSystemUptime, the host's" 0 "UPTIME OK - host up 23 days 04:51:07 (hrSystemUptime) | 'uptime'=2004667s;;;0" $UPT_W
up_line "windows: long output hrSystemUptime" 2 "hrSystemUptime.0: 23 days 04:51:07 (the host, since boot)"
up_line "windows: long output sysUpTime" 3 "sysUpTime.0: 3 days 07:12:45 (the SNMP agent, since it started)"
up_line "windows: no snmpEngineTime: wrap note" 4 "note: hrSystemUptime wraps to 0 every 497.1 days and there is no snmpEngineTime to check it against: an uptime longer by a multiple of 497.1 days would read the same"
run_case "windows: sysUpTime is the agent's, 3 days" 0 "UPTIME OK - agent up 3 days 07:12:45 (sysUpTime) | 'uptime'=285165s;;;0" $UPT_W --source sysuptime
run_case "windows: a reboot check passes on hrSystemUptime" 0 "UPTIME OK - host up 23 days 04:51:07 (hrSystemUptime) | 'uptime'=2004667s;604800:;86400:;0" $UPT_W -w 7d: -c 1d:
run_case "windows: ... and warns on sysUpTime (agent restart)" 1 "UPTIME WARNING - agent up 3 days 07:12:45 (sysUpTime): less than 7d | 'uptime'=285165s;604800:;86400:;0" $UPT_W --source sysuptime -w 7d: -c 1d:
run_case "windows: too long without reboot" 2 "UPTIME CRITICAL - host up 23 days 04:51:07 (hrSystemUptime): more than 21d | 'uptime'=2004667s;604800;1814400;0" $UPT_W -w 1w -c 3w
run_case "windows: warning only" 1 "UPTIME WARNING - host up 23 days 04:51:07 (hrSystemUptime): more than 7d | 'uptime'=2004667s;604800;2419200;0" $UPT_W -w 1w -c 4w
run_case "windows: fractional days, shown as d/h/m" 2 "UPTIME CRITICAL - host up 23 days 04:51:07 (hrSystemUptime): more than 23d4h48m | 'uptime'=2004667s;;2004480;0" $UPT_W -c 23.2d
run_case "windows: minutes spelled min" 2 "UPTIME CRITICAL - host up 23 days 04:51:07 (hrSystemUptime): more than 23d4h50m | 'uptime'=2004667s;;2004600;0" $UPT_W -c 33410min
run_case "windows: @ inside range" 1 "UPTIME WARNING - host up 23 days 04:51:07 (hrSystemUptime): between 1d and 30d | 'uptime'=2004667s;@86400:2592000;;0" $UPT_W -w @1d:30d
run_case "windows: ~:N" 2 "UPTIME CRITICAL - host up 23 days 04:51:07 (hrSystemUptime): more than 23d4h51m6s | 'uptime'=2004667s;;~:2004666;0" $UPT_W -c '~:2004666'
run_case "windows: exact value inside" 0 "UPTIME OK - host up 23 days 04:51:07 (hrSystemUptime) | 'uptime'=2004667s;;2004667;0" $UPT_W -c 2004667s
run_case "windows: fractional unit 1.5h:" 0 "UPTIME OK - host up 23 days 04:51:07 (hrSystemUptime) | 'uptime'=2004667s;5400:;;0" $UPT_W -w 1.5h:
run_case "windows: no engine" 3 "UPTIME UNKNOWN - No snmpEngineTime.0 (noSuchObject): the agent has no SNMP-FRAMEWORK-MIB; use --source hrsystem or sysuptime" $UPT_W --source engine
run_case "windows: --list" 0 "UPTIME OK - 2 of 3 clocks: hrsystem sysuptime" $UPT_W --list
up_line "windows: --list sysUpTime" 2 "sysuptime sysUpTime.0 Timeticks 28516531 = 3 days 07:12:45.31: the SNMP agent's uptime, since it (re)started"
up_line "windows: --list hrSystemUptime" 3 "hrsystem hrSystemUptime.0 Timeticks 200466788 = 23 days 04:51:07.88: the host's uptime, since boot"
up_line "windows: --list missing engine" 4 "engine snmpEngineTime.0 missing (noSuchObject)"

section "## linux-host.walk: sysUpTime 146 s, hrSystemUptime 564 s, engine 147 s"
run_case "linux: default" 0 "UPTIME OK - host up 00:09:24 (hrSystemUptime) | 'uptime'=564s;;;0" $UPT_L
up_line "linux: engine line" 4 "snmpEngineTime.0: 00:02:27, snmpEngineBoots 1 (the SNMP engine)"
up_line "linux: engine too short to tell for the host" 5 "note: hrSystemUptime wraps to 0 every 497.1 days; snmpEngineTime (00:02:27) is too short to tell whether it did: the host may have been up longer by a multiple of 497.1 days"
run_case "linux: rebooted 9 minutes ago, -w 15m: -c 5m:" 1 "UPTIME WARNING - host up 00:09:24 (hrSystemUptime): less than 15m | 'uptime'=564s;900:;300:;0" $UPT_L -w 15m: -c 5m:
run_case "linux: agent restarted 2 minutes ago" 2 "UPTIME CRITICAL - agent up 00:02:26 (sysUpTime): less than 5m | 'uptime'=146s;900:;300:;0" $UPT_L --source sysuptime -w 15m: -c 5m:
up_line "linux: sysUpTime agrees with the engine: no note" 5 ""
run_case "linux: engine" 0 "UPTIME OK - SNMP engine up 00:02:27 (snmpEngineTime, snmpEngineBoots 1) | 'uptime'=147s;;;0" $UPT_L --source engine
run_case "linux: --source is case-insensitive" 0 "UPTIME OK - SNMP engine up 00:02:27 *" $UPT_L --source ENGINE
run_case "linux: --list" 0 "UPTIME OK - 3 of 3 clocks: hrsystem sysuptime engine" $UPT_L --list

section "## handcrafted walks"
run_case "wrap: host 600 days, corrected with snmpEngineTime" 0 "UPTIME OK - host up 600 days 00:00:00 (hrSystemUptime, wrap corrected with snmpEngineTime) | 'uptime'=51840000s;;;0" $UPT --walk-file "$UPT_D/uptime-wrap.walk"
up_line "wrap: raw hrSystemUptime" 2 "hrSystemUptime.0: 102 days 21:32:07 (the host, since boot)"
up_line "wrap: how it was corrected" 5 "hrSystemUptime (102 days 21:32:07) is less than snmpEngineTime (550 days 00:00:03): it wrapped, corrected by 1 x 497.1 days (at least)"
run_case "wrap: agent 550 days, sysUpTime wrapped once" 2 "UPTIME CRITICAL - agent up 550 days 00:00:00 (sysUpTime, wrap corrected with snmpEngineTime): more than 365d | 'uptime'=47520000s;;31536000;0" $UPT --walk-file "$UPT_D/uptime-wrap.walk" --source sysuptime -c 365d
up_line "wrap: sysUpTime note" 5 "sysUpTime (52 days 21:32:07) wrapped 1 time: corrected with snmpEngineTime (550 days 00:00:03)"
run_case "wrap: engine itself" 0 "UPTIME OK - SNMP engine up 550 days 00:00:03 (snmpEngineTime, snmpEngineBoots 7) | 'uptime'=47520003s;;;0" $UPT --walk-file "$UPT_D/uptime-wrap.walk" --source engine
run_case "mismatch: engine 20 days, sysUpTime 10: no correction" 0 "UPTIME OK - agent up 10 days 00:00:00 (sysUpTime; no hrSystemUptime) | 'uptime'=864000s;;;0" $UPT --walk-file "$UPT_D/uptime-mismatch.walk"
up_line "mismatch: note" 4 "note: snmpEngineTime (20 days 00:00:00) and sysUpTime (10 days 00:00:00) differ by other than whole wraps of 497.1 days: no wrap correction"
run_case "mismatch: --source hrsystem without HOST-RESOURCES" 3 "UPTIME UNKNOWN - No hrSystemUptime.0 (noSuchObject): the agent has no HOST-RESOURCES-MIB; use --source sysuptime" $UPT --walk-file "$UPT_D/uptime-mismatch.walk" --source hrsystem
run_case "mismatch: v1 says noSuchName" 3 "UPTIME UNKNOWN - No hrSystemUptime.0 (noSuchName): *" $UPT --walk-file "$UPT_D/uptime-mismatch.walk" --source hrsystem -P 1
run_case "sysonly: largest Timeticks, 497 days" 2 "UPTIME CRITICAL - agent up 497 days 02:27:52 (sysUpTime; no hrSystemUptime): more than 365d | 'uptime'=42949672s;;31536000;0" $UPT --walk-file "$UPT_D/uptime-sysonly.walk" -c 365d
up_line "sysonly: wrap note" 3 "note: sysUpTime wraps to 0 every 497.1 days and there is no snmpEngineTime to check it against: an uptime longer by a multiple of 497.1 days would read the same"
run_case "engine only: auto falls back to snmpEngineTime" 0 "UPTIME OK - SNMP engine up 1 day 02:03:04 (snmpEngineTime, snmpEngineBoots 12; no hrSystemUptime, no sysUpTime) | 'uptime'=93784s;;;0" $UPT --walk-file "$UPT_D/uptime-engine.walk"
run_case "engine only: --source sysuptime" 3 "UPTIME UNKNOWN - No sysUpTime.0 (noSuchObject): every agent has it, unless its view hides the system group from this community or user" $UPT --walk-file "$UPT_D/uptime-engine.walk" --source sysuptime
run_case "none: no clock at all" 3 "UPTIME UNKNOWN - The agent has none of hrSystemUptime.0 (noSuchObject), sysUpTime.0 (noSuchObject), snmpEngineTime.0 (noSuchObject)" $UPT --walk-file "$UPT_D/uptime-none.walk"
run_case "none: --list" 0 "UPTIME OK - 0 of 3 clocks:" $UPT --walk-file "$UPT_D/uptime-none.walk" --list
run_case "badtype: hrSystemUptime STRING is not skipped" 3 "UPTIME UNKNOWN - hrSystemUptime.0 is STRING, expected Timeticks" $UPT --walk-file "$UPT_D/uptime-badtype.walk"
run_case "badtype: sysUpTime INTEGER" 3 "UPTIME UNKNOWN - sysUpTime.0 is INTEGER, expected Timeticks" $UPT --walk-file "$UPT_D/uptime-badtype.walk" --source sysuptime
run_case "badtype: negative snmpEngineTime" 3 "UPTIME UNKNOWN - snmpEngineTime.0 = -5: outside 0..2147483647" $UPT --walk-file "$UPT_D/uptime-badtype.walk" --source engine
run_case "badtype: --list" 0 "UPTIME OK - 0 of 3 clocks:" $UPT --walk-file "$UPT_D/uptime-badtype.walk" --list
up_line "badtype: --list names the problem" 2 "sysuptime sysUpTime.0 missing (sysUpTime.0 is INTEGER, expected Timeticks)"

section "## bad input"
run_case "unknown --source" 3 "*UNKNOWN - Invalid --source 'boot': expected auto, hrsystem, sysuptime or engine" $UPT_L --source boot
run_case "unknown unit" 3 "UPTIME UNKNOWN - Invalid warning range '15x:': expected \[@\]\[START:\]\[END\] in seconds, each number optionally with a unit s, m, h, d or w (15m:, 365d)" $UPT_L -w 15x:
run_case "reversed range" 3 "UPTIME UNKNOWN - Invalid critical range '2d:1d': *" $UPT_L -c 2d:1d
run_case "too large" 3 "UPTIME UNKNOWN - Invalid critical range '99999999999999w': the number is too large" $UPT_L -c 99999999999999w
run_case "comma list is not a range" 3 "UPTIME UNKNOWN - Invalid warning range '1d,2d': *" $UPT_L -w 1d,2d
run_case "bad range before any request" 3 "UPTIME UNKNOWN - Invalid warning range 'soon': *" $UPT -H 192.0.2.1 -t 1 -w soon
within "bad range reported at once" 500
run_case "unknown option" 3 "*UNKNOWN - Unknown or ambiguous option '--bogus' (see --help)" $UPT_L --bogus
run_case "missing walk file" 3 "*UNKNOWN - Cannot use walk file: /nonexistent.walk: No such file or directory" $UPT --walk-file /nonexistent.walk
run_case "--help" 0 "check_snmp_uptime (snmp-plugins *)" $UPT --help
for opt in -w -c --source --list -H -P -C -t --walk-file; do
	if printf '%s\n' "$OUT" | grep -q -- " $opt[][,= ]\| $opt\$\|, $opt"; then
		PASS=$((PASS + 1))
	else
		FAIL=$((FAIL + 1))
		echo "FAIL check_snmp_uptime --help does not document $opt"
	fi
done
run_case "-V" 0 "check_snmp_uptime (snmp-plugins *)" $UPT -V
