# A suite (run-one, after start_snmpd): check_snmp_sensor against the
# real snmpd (net-snmp serves none of the sensor MIBs here: the clear
# UNKNOWN), and against the sensor walks of tests/data, whose .md files
# work every figure out by hand; the outputs are compared whole.
section "# check_snmp_sensor: live agent without a sensor MIB"
SEN="$TOP/plugins/check_snmp_sensor"
SEN_DATA="$TOP/tests/data"
SEN_H="-H 127.0.0.1 -p $SNMPD_PORT"
SEN_NONE="ENTITY-SENSOR-MIB, CISCO-ENTITY-SENSOR-MIB, CISCO-ENVMON-MIB, LM-SENSORS-MIB, JUNIPER-MIB, HP-ICF-CHASSIS"

# sensor_out NAME RC CMD... <<EOF: the exit code is RC and the whole
# output is the text given on stdin (no pattern: '*' and '[' are text).
sensor_out() {
	so_name=$1 so_rc=$2
	shift 2
	so_want=$(cat)
	[ "${PAR_SELF:-0}" != 0 ] || mc_next
	OUT=$("$@" 2>"$WORK/stderr")
	RC=$?
	if [ "$RC" = "$so_rc" ] && [ "$OUT" = "$so_want" ]; then
		PASS=$((PASS + 1))
		echo "ok   $so_name"
		return 0
	fi
	FAIL=$((FAIL + 1))
	echo "FAIL $so_name"
	echo "     command:  $*"
	echo "     expected: rc=$so_rc"
	printf '%s\n' "$so_want" | sed 's/^/       /'
	echo "     got:      rc=$RC"
	printf '%s\n' "$OUT" | sed 's/^/       /'
	return 1
}

# sensor_line NAME N TEXT: line N of the last output is exactly TEXT.
sensor_line() {
	got=$(printf '%s\n' "$OUT" | sed -n "$2p")
	if [ "$got" = "$3" ]; then
		PASS=$((PASS + 1))
		echo "ok   $1"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $1: line $2"
		echo "     expected: $3"
		echo "     got:      $got"
	fi
}

# sensor_has NAME TEXT: a line of the last output is exactly TEXT.
sensor_has() {
	if printf '%s\n' "$OUT" | grep -qxF -- "$2"; then
		PASS=$((PASS + 1))
		echo "ok   $1"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $1: no line"
		echo "     expected: $2"
	fi
}

# sensor_lines NAME N: the last output has N lines.
sensor_lines() {
	got=$(printf '%s\n' "$OUT" | wc -l)
	if [ "$got" = "$2" ]; then
		PASS=$((PASS + 1))
		echo "ok   $1"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $1: $got lines, expected $2"
	fi
}

for v in "-P 1" "-P 2c" "-P 3 -U u_sha_aes -A maplesyrup -X maplesyrup"; do
	# shellcheck disable=SC2086
	run_case "live $v: no sensor MIB" 3 "SENSOR UNKNOWN - No sensor MIB on 127.0.0.1:$SNMPD_PORT: the agent has none of $SEN_NONE" $SEN $SEN_H $v
done
run_case "live: --mib names a source the agent lacks" 3 "SENSOR UNKNOWN - No LM-SENSORS-MIB on 127.0.0.1:$SNMPD_PORT (--mib lm-sensors)" $SEN $SEN_H --mib lm-sensors
run_case "live: --list too" 3 "SENSOR UNKNOWN - No sensor MIB on 127.0.0.1:$SNMPD_PORT: *" $SEN $SEN_H --list
run_case "live: wrong community" 3 "SENSOR UNKNOWN - No response from 127.0.0.1:$SNMPD_PORT within 1.0 s*" $SEN $SEN_H -C wrong -t 1
within "live: wrong community within -t" 1500
run_case "live: a walk file without sensors" 3 "SENSOR UNKNOWN - No sensor MIB on $SEN_DATA/linux-host.walk: the agent has none of $SEN_NONE" $SEN --walk-file "$SEN_DATA/linux-host.walk"

section "# check_snmp_sensor: cisco-catalyst.walk (ENVMON states, DOM thresholds)"
SEN_C="$SEN --walk-file $SEN_DATA/cisco-catalyst.walk"
sensor_out "catalyst: the acceptance case" 0 $SEN_C <<'EOF'
SENSOR OK - 6 sensors OK (2 temperature, 2 fan, 2 power) | 'SW#1, Sensor#1'=38;;~:60 'SW#2, Sensor#1'=41;;~:60
[OK] SW#1, Sensor#1: 38 C, normal (critical above 60 C; "SW#1, Sensor#1, GREEN ")
[OK] SW#2, Sensor#1: 41 C, normal (critical above 60 C; "SW#2, Sensor#1, GREEN ")
[OK] Switch#1, Fan#1: normal
[OK] Switch#2, Fan#1: normal
[OK] Sw1, PS1: normal, ac ("Sw1, PS1 Normal, RPS NotExist")
[OK] Sw2, PS1: normal, ac ("Sw2, PS1 Normal, RPS NotExist")
EOF
sensor_out "catalyst: fans and supplies" 0 $SEN_C --type fan,power <<'EOF'
SENSOR OK - 4 sensors OK (2 fan, 2 power)
[OK] Switch#1, Fan#1: normal
[OK] Switch#2, Fan#1: normal
[OK] Sw1, PS1: normal, ac ("Sw1, PS1 Normal, RPS NotExist")
[OK] Sw2, PS1: normal, ac ("Sw2, PS1 Normal, RPS NotExist")
EOF
sensor_out "catalyst: optics against their own thresholds" 1 $SEN_C --transceivers -T optical <<'EOF'
SENSOR WARNING - Gi1/1/1 Receive Power Sensor: *-19.8 dBm* | 'Gi1/1/1 Transmit Power Sensor'=-5.2;-9.4:-1.1;-10.9:-0.1 'Gi1/1/1 Receive Power Sensor'=-19.8;-18.9:-1.1;-22.9:0.9
[OK] Gi1/1/1 Transmit Power Sensor: -5.2 dBm (warning outside -9.4..-1.1 dBm, critical outside -10.9..-0.1 dBm)
[WARNING] Gi1/1/1 Receive Power Sensor: -19.8 dBm (warning outside -18.9..-1.1 dBm, critical outside -22.9..0.9 dBm)
EOF
run_case "catalyst: --transceivers, 11 items" 1 "SENSOR WARNING - Gi1/1/1 Receive Power Sensor: \*-19.8 dBm\* | 'Gi1/1/1 Module Temperature Sensor'=31.2;0.1:69.9;-4.9:74.9 'SW#1, Sensor#1'=38;;~:60 'SW#2, Sensor#1'=41;;~:60 'Gi1/1/1 Supply Voltage Sensor'=3.28;3.11:3.49;3.01:3.59 'Gi1/1/1 Bias Current Sensor'=0.0184;0.0031:0.0649;0.0021:0.0699 *" $SEN_C --transceivers
sensor_lines "catalyst: --transceivers, a line per item" 12
sensor_has "catalyst: milli amperes, precision 1" "[OK] Gi1/1/1 Bias Current Sensor: 0.0184 A (warning outside 0.0031..0.0649 A, critical outside 0.0021..0.0699 A)"
run_case "catalyst: -r names a transceiver sensor" 0 "SENSOR OK - Gi1/1/1 Module Temperature Sensor: 31.2 C | *" $SEN_C -r '^Gi1/1/1 Module'
sensor_out "catalyst: the user's ranges replace the device's" 2 $SEN_C -w 35 -c 40 --type temperature <<'EOF'
SENSOR CRITICAL - SW#2, Sensor#1: *41 C*, normal; SW#1, Sensor#1: *38 C*, normal | 'SW#1, Sensor#1'=38;35;40 'SW#2, Sensor#1'=41;35;40
[WARNING] SW#1, Sensor#1: 38 C, normal ("SW#1, Sensor#1, GREEN ")
[CRITICAL] SW#2, Sensor#1: 41 C, normal ("SW#2, Sensor#1, GREEN ")
EOF
run_case "catalyst: the name without its state words" 0 "SENSOR OK - Sw2, PS1: normal, ac" $SEN_C -n 'Sw2, PS1'
run_case "catalyst: -r on the full description" 0 "SENSOR OK - 2 sensors OK (2 power)" $SEN_C -r 'RPS NotExist'
run_case "catalyst: --list" 0 "SENSOR OK - 11 rows in 2 sources: CISCO-ENTITY-SENSOR-MIB 5, CISCO-ENVMON-MIB 6" $SEN_C --list
sensor_lines "catalyst: --list, rows and threshold rows" 32
sensor_line "catalyst: --list, a transceiver row" 2 "  CISCO-ENTITY-SENSOR-MIB 1011 temperature 'Gi1/1/1 Module Temperature Sensor' Type 8 Scale 9 Precision 1 Value 312 Status 1: 31.2 C (transceiver)"
sensor_line "catalyst: --list, its threshold" 3 "    threshold 1011.1 major greaterOrEqual 750 (75.0) evaluation false"
sensor_has "catalyst: --list, an ENVMON row" "* CISCO-ENVMON-MIB fan 1004 fan 'Switch#1, Fan#1' StatusDescr 'Switch#1, Fan#1' State 1: normal"
run_case "catalyst: -v" 0 "SENSOR OK - 6 sensors OK *" $SEN_C -v
sensor_line "catalyst: -v, the source" 2 "[OK] SW#1, Sensor#1: 38 C, normal (critical above 60 C; \"SW#1, Sensor#1, GREEN \"; CISCO-ENVMON-MIB temperature 1005)"

section "# check_snmp_sensor: cisco-isr.walk (which source wins)"
SEN_I="$SEN --walk-file $SEN_DATA/cisco-isr.walk"
sensor_out "isr: entity sensors, ENVMON fans and supplies" 0 $SEN_I <<'EOF'
SENSOR OK - 12 sensors OK (3 temperature, 4 fan, 3 power, 2 voltage) | 'Temp: Inlet 1'=27;~:44;~:54 'Temp: Outlet 1'=41;~:44;~:54 'Temp: CPU 1'=52;~:84;~:95 'Fan Tray Fan 1 Speed'=7560;2000: 'Fan Tray Fan 2 Speed'=7440;2000: 'Power Supply Module 0 Input Power'=142 'V1: 12v'=12.020;11.400:12.600;10.800:13.200 'V2: 3.3v'=3.296;3.135:3.465;2.970:3.630
[OK] Temp: Inlet 1: 27 C (warning above 44 C, critical above 54 C)
[OK] Temp: Outlet 1: 41 C (warning above 44 C, critical above 54 C)
[OK] Temp: CPU 1: 52 C (warning above 84 C, critical above 95 C)
[OK] Fan Tray Fan 1 Speed: 7560 rpm (warning below 2000 rpm)
[OK] Fan Tray Fan 2 Speed: 7440 rpm (warning below 2000 rpm)
[OK] Fan Tray Fan 1: normal
[OK] Fan Tray Fan 2: normal
[OK] Power Supply Module 0 Input Power: 142 W
[OK] Power Supply Module 0: normal, ac
[OK] Power Supply Module 1: not present
[OK] V1: 12v: 12.020 V (warning outside 11.400..12.600 V, critical outside 10.800..13.200 V)
[OK] V2: 3.3v: 3.296 V (warning outside 3.135..3.465 V, critical outside 2.970..3.630 V)
EOF
sensor_out "isr: --mib envmon reads ENVMON alone" 0 $SEN_I --mib envmon <<'EOF'
SENSOR OK - 7 sensors OK (2 temperature, 2 fan, 2 power, 1 voltage) | 'Temp: Inlet 1 R0/0'=27;;~:65 'Temp: Outlet 1 R0/0'=41;;~:65 'V1: 12v R0/0'=12.020;;10.800:13.200
[OK] Temp: Inlet 1 R0/0: 27 C, normal (critical above 65 C)
[OK] Temp: Outlet 1 R0/0: 41 C, normal (critical above 65 C)
[OK] Fan Tray Fan 1: normal
[OK] Fan Tray Fan 2: normal
[OK] Power Supply Module 0: normal, ac
[OK] Power Supply Module 1: not present
[OK] V1: 12v R0/0: 12.020 V, normal (critical outside 10.800..13.200 V)
EOF
run_case "isr: --list shows the dropped ENVMON rows" 0 "SENSOR OK - 15 rows in 2 sources: CISCO-ENTITY-SENSOR-MIB 8, CISCO-ENVMON-MIB 7" $SEN_I --list
sensor_has "isr: --list, dropped" "- CISCO-ENVMON-MIB temperature 1 temperature 'Temp: Inlet 1 R0/0' StatusDescr 'Temp: Inlet 1 R0/0' State 1 StatusValue 27 Threshold 65: 27 C, normal (dropped: ENTITY sensors give temperatures)"
sensor_out "isr: a user's range on one sensor" 1 $SEN_I -n 'Temp: CPU 1' -w 50 <<'EOF'
SENSOR WARNING - Temp: CPU 1: *52 C* | 'Temp: CPU 1'=52;50
[WARNING] Temp: CPU 1: 52 C
EOF
run_case "isr: --no-device-thresholds" 0 "SENSOR OK - 3 sensors OK (3 temperature) | 'Temp: Inlet 1'=27 'Temp: Outlet 1'=41 'Temp: CPU 1'=52" $SEN_I --no-device-thresholds -T temp
run_case "isr: --absent CRITICAL" 2 "SENSOR CRITICAL - Power Supply Module 1: not present | 'Power Supply Module 0 Input Power'=142" $SEN_I --absent CRITICAL -T psu
run_case "isr: --mib entity leaves the Cisco table out" 3 "SENSOR UNKNOWN - No ENTITY-SENSOR-MIB on $SEN_DATA/cisco-isr.walk (--mib entity)" $SEN_I --mib entity

section "# check_snmp_sensor: juniper.walk (jnxOperatingTable)"
SEN_J="$SEN --walk-file $SEN_DATA/juniper.walk"
sensor_out "juniper: PEM 1 down, a fan at full speed" 2 $SEN_J <<'EOF'
SENSOR CRITICAL - PEM 1: down; Fan Tray 0 Fan 2: runningAtFullSpeed | 'PEM 0'=35 'FPC: MPC7E 3D 40XGE @ 0/*/*'=44 'FPC: MPC 3D 16x 10GE @ 1/*/*'=47 'Routing Engine 0'=38 'Routing Engine 1'=35 'CB 0'=36 'CB 1'=34
[OK] PEM 0: 35 C
[OK] FPC: MPC7E 3D 40XGE @ 0/*/*: 44 C
[OK] FPC: MPC 3D 16x 10GE @ 1/*/*: 47 C
[OK] Routing Engine 0: 38 C
[OK] Routing Engine 1: 35 C
[OK] CB 0: 36 C
[OK] CB 1: 34 C
[OK] Fan Tray 0 Fan 1: running
[WARNING] Fan Tray 0 Fan 2: runningAtFullSpeed
[OK] Fan Tray 0 Fan 3: running
[OK] PEM 0: running
[CRITICAL] PEM 1: down
EOF
run_case "juniper: temperatures against a range" 1 "SENSOR WARNING - FPC: MPC 3D 16x 10GE @ 1/\*/\*: \*47 C\* | 'PEM 0'=35;45;50 *" $SEN_J -w 45 -c 50 --type temperature
run_case "juniper: -n PEM 0 is a temperature and a supply" 0 "SENSOR OK - 2 sensors OK (1 temperature, 1 power) | 'PEM 0'=35" $SEN_J -n 'PEM 0'
run_case "juniper: --list, rows that are no sensor" 0 "SENSOR OK - 14 rows in 1 sources: JUNIPER-MIB 14" $SEN_J --list
sensor_has "juniper: --list, the midplane" "- JUNIPER-MIB 1.1.0.0 other 'midplane' Descr 'midplane' State 2 Temp 0: running (dropped: no temperature, not in a fan or power supply container)"

section "# check_snmp_sensor: hp-procurve.walk (hpicfSensorTable)"
SEN_P="$SEN --walk-file $SEN_DATA/hp-procurve.walk"
sensor_out "hp: states and one RFC 3433 temperature" 0 $SEN_P <<'EOF'
SENSOR OK - 5 sensors OK (2 temperature, 1 fan, 2 power) | 'Chassis Temperature'=36
[OK] Chassis Temperature: 36 C
[OK] Over-temperature Sensor: good
[OK] Fan Sensor: good
[OK] Power Supply Sensor: good
[OK] Redundant Power Supply Sensor: not present
EOF
sensor_out "hp: -w on temperatures, the state item has no value" 1 $SEN_P -w 30 -T temperature <<'EOF'
SENSOR WARNING - Chassis Temperature: *36 C* | 'Chassis Temperature'=36;30
[WARNING] Chassis Temperature: 36 C
[OK] Over-temperature Sensor: good
EOF
run_case "hp: -v, the counters" 0 "SENSOR OK - 5 sensors OK *" $SEN_P -v
sensor_line "hp: -v fan line" 4 "[OK] Fan Sensor: good (HP-ICF-CHASSIS 1; warnings 3, failures 0)"
run_case "hp: --absent WARNING" 1 "SENSOR WARNING - Redundant Power Supply Sensor: not present | 'Chassis Temperature'=36" $SEN_P --absent WARNING

section "# check_snmp_sensor: entity-sensor.walk (RFC 3433 types and scales)"
SEN_E="$SEN --walk-file $SEN_DATA/entity-sensor.walk"
SEN_EPERF="'Cpu temp sensor'=54.8 'Rear temp sensor'=31.2 'Asic temp'=67.250 'Fan Tray 1 Fan 1 speed'=8640 'Fan Tray 1 Fan 2 speed'=8520 'Fan Tray 1 Fan 3 speed'=8600 'PowerSupply1 output power'=271.8 'PowerSupply1 input power'=301 'VDD core'=1.025 '3.3V rail voltage sensor'=3.31 'PowerSupply1 input voltage'=230.125 'PowerSupply1 output voltage'=12.062 'PowerSupply1 input current'=1.375 'Inlet humidity sensor'=38%;;;0;100 'PowerSupply1 input frequency'=50.0 'Fan Tray 1 airflow'=2.15 'PowerSupply1 input OK'=1;;;0;1 'PowerSupply2 input OK'=0;;;0;1 'Fan Tray 1 PWM'=45 'Fan Tray 1 controller'=3"
run_case "entity: two unreadable sensors" 3 "SENSOR UNKNOWN - Front-panel temp sensor: unavailable; PowerSupply2 output voltage: nonoperational | $SEN_EPERF" $SEN_E
sensor_lines "entity: 22 items" 23
sensor_has "entity: milli scale" "[OK] Asic temp: 67.250 C"
sensor_has "entity: kilo scale, precision 3" "[OK] PowerSupply1 input power: 301 W"
sensor_has "entity: precision -2 is not shifted" "[OK] Fan Tray 1 Fan 3 speed: 8600 rpm"
sensor_has "entity: airflow" "[OK] Fan Tray 1 airflow: 2.15 m³/min"
sensor_has "entity: truthvalue false" "[OK] PowerSupply2 input OK: false"
run_case "entity: -E the two" 0 "SENSOR OK - 20 sensors OK (3 temperature, 3 fan, 2 power, 4 voltage, 1 current, 1 humidity, 1 frequency, 1 airflow, 2 state, 2 other) | $SEN_EPERF" $SEN_E -E '^(Front-panel|PowerSupply2 output)'
run_case "entity: --unavailable OK, still no perfdata" 0 "SENSOR OK - 22 sensors OK (4 temperature, 3 fan, 2 power, 5 voltage, 1 current, 1 humidity, 1 frequency, 1 airflow, 2 state, 2 other) | $SEN_EPERF" $SEN_E --unavailable OK
sensor_has "entity: --unavailable OK line" "[OK] Front-panel temp sensor: unavailable"
run_case "entity: typed ranges" 1 "SENSOR WARNING - Asic temp: \*67.250 C\*; Front-panel temp sensor: unavailable; PowerSupply2 output voltage: nonoperational | 'Cpu temp sensor'=54.8;60;70 'Rear temp sensor'=31.2;60;70 'Asic temp'=67.250;60;70 'Fan Tray 1 Fan 1 speed'=8640 *" $SEN_E -w temperature=60 -c temperature=70
sensor_out "entity: fans above 3000 rpm" 0 $SEN_E --type fan -c 3000: <<'EOF'
SENSOR OK - 3 sensors OK (3 fan) | 'Fan Tray 1 Fan 1 speed'=8640;;3000: 'Fan Tray 1 Fan 2 speed'=8520;;3000: 'Fan Tray 1 Fan 3 speed'=8600;;3000:
[OK] Fan Tray 1 Fan 1 speed: 8640 rpm
[OK] Fan Tray 1 Fan 2 speed: 8520 rpm
[OK] Fan Tray 1 Fan 3 speed: 8600 rpm
EOF
sensor_out "entity: a truthvalue false is 0" 2 $SEN_E -n 'PowerSupply2 input OK' -c 1:1 <<'EOF'
SENSOR CRITICAL - PowerSupply2 input OK: *false* | 'PowerSupply2 input OK'=0;;1:1;0;1
[CRITICAL] PowerSupply2 input OK: false
EOF
run_case "entity: --perf-uom" 3 "SENSOR UNKNOWN - * | 'Cpu temp sensor'=54.8C 'Rear temp sensor'=31.2C 'Asic temp'=67.250C 'Fan Tray 1 Fan 1 speed'=8640 'Fan Tray 1 Fan 2 speed'=8520 'Fan Tray 1 Fan 3 speed'=8600 'PowerSupply1 output power'=271.8W 'PowerSupply1 input power'=301W 'VDD core'=1.025V '3.3V rail voltage sensor'=3.31V 'PowerSupply1 input voltage'=230.125V 'PowerSupply1 output voltage'=12.062V 'PowerSupply1 input current'=1.375A 'Inlet humidity sensor'=38%;;;0;100 'PowerSupply1 input frequency'=50.0 'Fan Tray 1 airflow'=2.15 *" $SEN_E --perf-uom

section "# check_snmp_sensor: lm-sensors.walk (net-snmp on Linux)"
SEN_L="$SEN --walk-file $SEN_DATA/lm-sensors.walk"
run_case "lm: 24 items, all OK" 0 "SENSOR OK - 24 sensors OK (11 temperature, 3 fan, 7 voltage, 3 other) | 'Package id 0'=52.000 'Core 0'=49.000 'Core 1'=51.000 'Core 2'=48.000 'Core 3'=50.000 'temp1 #6'=27.800 'Composite'=38.850 'temp1 #8'=45.500 'SYSTIN'=31.000 'CPUTIN'=40.500 'AUXTIN0'=-62.000 'fan1'=1048 'fan2'=0 'fan3'=1620 'Vcore'=1.032 'AVCC'=3.344 '+3.3V'=3.328 '3VSB'=3.408 'Vbat'=3.216 '-12V'=-11.904 '+12V'=12.096 'intrusion0'=0 'power1'=87 'beep_enable'=1" $SEN_L
sensor_has "lm: a negative Gauge32" "[OK] AUXTIN0: -62.000 C"
run_case "lm: upper limits" 0 "SENSOR OK - 24 sensors OK * | 'Package id 0'=52.000;~:70;~:85 *" $SEN_L -w 'temperature=~:70' -c 'temperature=~:85'
run_case "lm: 70 is 0:70, -62 is outside" 1 "SENSOR WARNING - AUXTIN0: \*-62.000 C\* | *" $SEN_L -w temperature=70
sensor_out "lm: a fan standing still" 2 $SEN_L -c fan=300: -T fan <<'EOF'
SENSOR CRITICAL - fan2: *0 rpm* | 'fan1'=1048;;300: 'fan2'=0;;300: 'fan3'=1620;;300:
[OK] fan1: 1048 rpm
[CRITICAL] fan2: 0 rpm
[OK] fan3: 1620 rpm
EOF
sensor_out "lm: the -12 V rail" 0 $SEN_L --type voltage -n -12V -w -12.6:-11.4 <<'EOF'
SENSOR OK - -12V: -11.904 V | '-12V'=-11.904;-12.6:-11.4
[OK] -12V: -11.904 V
EOF
sensor_out "lm: -n matches the name with its index" 0 $SEN_L -n 'temp1 #6' <<'EOF'
SENSOR OK - temp1 #6: 27.800 C | 'temp1 #6'=27.800
[OK] temp1 #6: 27.800 C
EOF
run_case "lm: -n matches the name before the index" 0 "SENSOR OK - 2 sensors OK (2 temperature) | 'temp1 #6'=27.800 'temp1 #8'=45.500" $SEN_L -n temp1
run_case "lm: -i -r, misc values" 0 "SENSOR OK - 2 sensors OK (2 other) | 'power1'=87 'beep_enable'=1" $SEN_L -T other -r '^(POWER|BEEP)' -i
run_case "lm: no match" 3 "SENSOR UNKNOWN - No sensor matches the selection (24 rows, see --list)" $SEN_L -n nosuch
run_case "lm: --no-match OK" 0 "SENSOR OK - No sensor matches the selection (24 rows, see --list)" $SEN_L -n nosuch --no-match OK

section "# check_snmp_sensor: sensor-hostile.walk (rows a device should not send)"
SEN_X="$SEN --walk-file $SEN_DATA/sensor-hostile.walk"
run_case "hostile: every row as its table says" 2 "SENSOR CRITICAL - PS1: notFunctioning, ac; PS3: shutdown, dc; Cisco enum sensor: \*3\*; Both tables: \*41 C\*; fan 4: warning; Cisco milli volts: \*4.990 V\*; Int32 min: value -2147483648 is outside the range of ENTITY-SENSOR-MIB; Beyond range: value 1500000000 is outside the range of ENTITY-SENSOR-MIB; Overflow: overflow; Underflow: underflow; No value: no entPhySensorValue; No scale: no entPhySensorScale; Scale 18: scale 18 is not defined; Precision 10: precision 10 is not defined; Precision -9: precision -9 is not defined; Status 4: oper status 4 is not defined; Value as string: entPhySensorValue is not an INTEGER; No status: no entPhySensorOperStatus; Fan 2: state 9 is not defined by CISCO-ENVMON-MIB; Fan 3: no ciscoEnvMonFanState; Fan 5: state 0 is not defined by CISCO-ENVMON-MIB; Percent 120: percentRH 120 is outside 0..100; Truth 3: truthvalue 3 is neither true(1) nor false(2); No type: no entPhySensorType; Type 13: type 13 is not defined by ENTITY-SENSOR-MIB | 'Yocto temp'=0.000000000000000000000005 'sensor 27'=33 'Inlet #28'=22 'Inlet #29'=23 'Temp ''A''hot'=45 'Both tables'=41;~:39 'PSU/1\\\\nfan'=4100 'Yotta power'=3000000000000000000000000 'Exa power'=7000000000000 'Precision nine'=0.123456789 'Cisco milli volts'=4.990 'Cisco enum sensor'=3;;@3:3" $SEN_X
sensor_lines "hostile: a line per item" 37
sensor_has "hostile: yocto" "[OK] Yocto temp: 0.000000000000000000000005 C"
sensor_has "hostile: device text in one line" "[OK] PSU/1\\nfan: 4100 rpm"
sensor_has "hostile: three rows that are no one range" "[WARNING] Cisco milli volts: 4.990 V (warning below 4.750 or above 5.250 or other than 5.000 V)"
run_case "hostile: -v names the ignored threshold rows" 1 "SENSOR WARNING - Both tables: \*41 C\* | 'Both tables'=41;~:39" $SEN_X -v -n 'Both tables'
sensor_line "hostile: -v, ignored rows" 2 "[WARNING] Both tables: 41 C (warning above 39 C; CISCO-ENTITY-SENSOR-MIB 1001; threshold 1001.2 severity 5 greaterOrEqual 30 (30) evaluation false, ignored: severity not defined by CISCO-ENTITY-SENSOR-MIB; threshold 1001.3 major relation 9 30 (30) evaluation false, ignored: relation not defined by CISCO-ENTITY-SENSOR-MIB; threshold 1001.4 major greaterOrEqual no value evaluation false, ignored: no entSensorThresholdValue; threshold 1001.5 other greaterOrEqual 35 (35) evaluation false, ignored: severity other(1) names no state)"
sensor_line "hostile: -v, a threshold of no sensor" 3 "threshold 4242.1 critical greaterOrEqual 50 (50) evaluation false, ignored: sensor 4242 does not exist"
sensor_out "hostile: --mib envmon" 2 $SEN_X --mib envmon <<'EOF'
SENSOR CRITICAL - Hot spot: *71 C*, critical; PS1: notFunctioning, ac; PS3: shutdown, dc; fan 4: warning; Inlet: notFunctioning; Fan 2: state 9 is not defined by CISCO-ENVMON-MIB; Fan 3: no ciscoEnvMonFanState; Fan 5: state 0 is not defined by CISCO-ENVMON-MIB; +5V: state 7 is not defined by CISCO-ENVMON-MIB | 'Outlet'=-10;;~:60 'temperature 3'=30;;~:60 'Hot spot'=71;;~:60 '+12V'=12.100 '-12V'=-11.950;;-13.200:-10.800
[UNKNOWN] Inlet: notFunctioning
[OK] Outlet: -10 C, normal (critical above 60 C)
[OK] temperature 3: 30 C, normal (critical above 60 C)
[CRITICAL] Hot spot: 71 C, critical (critical above 60 C)
[OK] Fan 1: normal
[UNKNOWN] Fan 2: state 9 is not defined by CISCO-ENVMON-MIB
[UNKNOWN] Fan 3: no ciscoEnvMonFanState
[WARNING] fan 4: warning
[UNKNOWN] Fan 5: state 0 is not defined by CISCO-ENVMON-MIB
[CRITICAL] PS1: notFunctioning, ac
[OK] PS2: not present
[CRITICAL] PS3: shutdown, dc
[OK] +12V: 12.100 V, normal
[OK] -12V: -11.950 V, normal (critical outside -13.200..-10.800 V)
[UNKNOWN] +5V: state 7 is not defined by CISCO-ENVMON-MIB
EOF
run_case "hostile: --mib envmon -v, inverted thresholds" 0 "SENSOR OK - +12V: 12.100 V, normal | '+12V'=12.100" $SEN_X --mib envmon -n +12V -v
sensor_line "hostile: -v inverted" 2 "[OK] +12V: 12.100 V, normal (CISCO-ENVMON-MIB voltage 1; thresholds ignored: low 13200 mV is above high 10800 mV)"
run_case "hostile: user ranges replace ENVMON's warning and critical" 0 "SENSOR OK - Hot spot: 71 C, critical | 'Hot spot'=71;;~:80" $SEN_X --mib envmon -n 'Hot spot' -c '~:80'
run_case "hostile: --list" 0 "SENSOR OK - 44 rows in 3 sources: ENTITY-SENSOR-MIB 26, CISCO-ENTITY-SENSOR-MIB 3, CISCO-ENVMON-MIB 15" $SEN_X --list
sensor_has "hostile: --list, the IETF twin" "- ENTITY-SENSOR-MIB 1001 temperature 'Both tables' Type 8 Scale 9 Precision 0 Value 40 OperStatus 1: 40 C (dropped: CISCO-ENTITY-SENSOR-MIB has the same sensor)"
sensor_has "hostile: --list, thresholds of no sensor" "  threshold 4242.2 major greaterOrEqual 45 (45) evaluation false, ignored: sensor 4242 does not exist"

section "# check_snmp_sensor: over the wire (walk_agent serving the walks)"
# The same walks served over UDP: the probe's GETNEXT (v1: a noSuchName
# drops a varbind, the rest are asked again), the one walk of every table
# (GETBULK for v2c, GETNEXT for v1) and the ENTITY-MIB GETs must give
# exactly what the walk file gives.
sensor_wire() {
	start_agent "$TOP/tests/integration/walk_agent" "$SEN_DATA/$1.walk"
	for sw_v in 1 2c; do
		for sw_a in "" "--list" "--transceivers -v"; do
			# shellcheck disable=SC2086
			sw_want=$("$SEN" --walk-file "$SEN_DATA/$1.walk" $sw_a)
			sw_rc=$?
			# shellcheck disable=SC2086
			sensor_out "wire: $1 -P $sw_v $sw_a" $sw_rc $SEN -H 127.0.0.1 \
			    -p "$AGENT_PORT" -P $sw_v $sw_a <<EOF
$sw_want
EOF
		done
	done
	kill "$AGENT_PID" 2>/dev/null
	wait "$AGENT_PID" 2>/dev/null
}
for w in cisco-catalyst cisco-isr juniper hp-procurve entity-sensor lm-sensors sensor-hostile; do
	par sensor_wire "$w"
done

section "# check_snmp_sensor: bad options"
SEN_B="$SEN --walk-file $SEN_DATA/lm-sensors.walk"
run_case "bad: unknown type in a range" 3 "SENSOR UNKNOWN - Invalid -w 'tmp=50': unknown type 'tmp'" $SEN_B -w tmp=50
run_case "bad: range" 3 "SENSOR UNKNOWN - Invalid -c range '20:10': expected ?TYPE=??@??START:??END? with decimal numbers in the sensor's base unit, ~ for minus infinity" $SEN_B -c 20:10
run_case "bad: a unit in a range" 3 "SENSOR UNKNOWN - Invalid -w range 'fan=300rpm:'*" $SEN_B -w fan=300rpm:
run_case "bad: a range given twice" 3 "SENSOR UNKNOWN - Invalid -w 'temp=60': a range for temperature was given before" $SEN_B -w temperature=50 -w temp=60
run_case "bad: --type" 3 "SENSOR UNKNOWN - Invalid type 'fans' in 'fan,fans'" $SEN_B -T fan,fans
run_case "bad: --mib" 3 "SENSOR UNKNOWN - Invalid --mib source 'cisco' in 'cisco'" $SEN_B --mib cisco
run_case "bad: --absent" 3 "SENSOR UNKNOWN - Invalid state 'maybe'*" $SEN_B --absent maybe
run_case "bad: regex" 3 "SENSOR UNKNOWN - Invalid -r: invalid regular expression*" $SEN_B -r '('
run_case "--help" 0 "check_snmp_sensor (snmp-plugins *)" $SEN --help
for opt in -w -c -T -n -r -E -i --transceivers --no-device-thresholds --absent --unavailable --mib --perf-uom --no-match --list; do
	if printf '%s\n' "$OUT" | grep -q -- " $opt[][,= ]\| $opt\$\|, $opt"; then
		PASS=$((PASS + 1))
	else
		FAIL=$((FAIL + 1))
		echo "FAIL check_snmp_sensor --help does not document $opt"
	fi
done
