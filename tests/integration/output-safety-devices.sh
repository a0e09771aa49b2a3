# A suite (run-one): hostile device text can
# never forge plugin output (issue 6).  Every plugin reads walk files,
# generated here, that put one hostile string into every text field it
# shows: '|', LF, CR, CRLF, NUL, other C0 controls, DEL, ESC sequences,
# invalid UTF-8, C1 controls (NEL), U+2028/U+2029, quotes and '=', and
# 64 KiB strings.  Each run must keep the Nagios output contract: the exit
# code and the number of lines and perfdata items the plugin prints for
# plain text; "SERVICE STATE - " first; at most one '|' (the plugin's)
# and well-formed perfdata; no '|' in long output (Nagios reads perfdata
# there too); no control octet but the line ends, no C1 control, no
# U+2028/U+2029; valid UTF-8; a bounded size.
# This suite: uptime, sensor, interface; output-safety.sh the others;
# oslib.sh what both share.
section "# output safety: hostile device text in every plugin (uptime, sensor, interface)"
. "$TOP/tests/integration/oslib.sh"

# ---- check_snmp_uptime: clocks that are strings ---------------------------
# Every clock, sysDescr and sysName are the string: the plugin names the
# type it got ("is OCTET STRING"); --list shows every clock.
os_walk_uptime() {
	{
		echo ".1.3.6.1.2.1.1.1.0 = Hex-STRING: $1"
		echo ".1.3.6.1.2.1.1.3.0 = Hex-STRING: $1"
		echo ".1.3.6.1.2.1.1.5.0 = Hex-STRING: $1"
		echo ".1.3.6.1.2.1.25.1.1.0 = Hex-STRING: $1"
		echo ".1.3.6.1.6.3.10.2.1.2.0 = Hex-STRING: $1"
		echo ".1.3.6.1.6.3.10.2.1.3.0 = Hex-STRING: $1"
	} >"$OS_W/walk"
}
OS_U="$OS_B/check_snmp_uptime --walk-file WALK"
os_run "uptime: string clocks" os_walk_uptime 3 1 0 UPTIME $OS_U -v
os_run "uptime: --source engine" os_walk_uptime 3 1 0 UPTIME $OS_U --source engine
os_run "uptime: --list" os_walk_uptime 0 5 0 UPTIME $OS_U --list

# ---- check_snmp_sensor: entPhysicalName/Descr, UnitsDisplay, ENVMON, ------
# LM-SENSORS, JUNIPER-MIB and HP descriptions --------------------------------
# Entity sensors 1 and 2 (30 and 95 C) and 3 (rpm, unavailable: UNKNOWN)
# named by the string, as are an ENVMON fan (warning: WARNING) and supply,
# two LM-SENSORS temperatures, an HP fan and a Juniper row in a fan
# container (a temperature and a fan state): 10 items, 5 of them with a
# value; every temperature has the same name, so they carry "#index" (the
# two index-1 ones also their source).
os_walk_sensor() {
	{
		for i in 1 2 3; do
			echo ".1.3.6.1.2.1.47.1.1.1.1.2.$i = Hex-STRING: $1"
			echo ".1.3.6.1.2.1.47.1.1.1.1.4.$i = INTEGER: 0"
			echo ".1.3.6.1.2.1.47.1.1.1.1.5.$i = INTEGER: 8"
			echo ".1.3.6.1.2.1.47.1.1.1.1.7.$i = Hex-STRING: $1"
			echo ".1.3.6.1.2.1.99.1.1.1.2.$i = INTEGER: 9"
			echo ".1.3.6.1.2.1.99.1.1.1.3.$i = INTEGER: 0"
			echo ".1.3.6.1.2.1.99.1.1.1.6.$i = Hex-STRING: $1"
		done
		echo ".1.3.6.1.2.1.99.1.1.1.1.1 = INTEGER: 8"
		echo ".1.3.6.1.2.1.99.1.1.1.1.2 = INTEGER: 8"
		echo ".1.3.6.1.2.1.99.1.1.1.1.3 = INTEGER: 10"
		echo ".1.3.6.1.2.1.99.1.1.1.4.1 = INTEGER: 30"
		echo ".1.3.6.1.2.1.99.1.1.1.4.2 = INTEGER: 95"
		echo ".1.3.6.1.2.1.99.1.1.1.4.3 = INTEGER: 1000"
		echo ".1.3.6.1.2.1.99.1.1.1.5.1 = INTEGER: 1"
		echo ".1.3.6.1.2.1.99.1.1.1.5.2 = INTEGER: 1"
		echo ".1.3.6.1.2.1.99.1.1.1.5.3 = INTEGER: 2"
		echo ".1.3.6.1.4.1.9.9.13.1.4.1.2.1 = Hex-STRING: $1"
		echo ".1.3.6.1.4.1.9.9.13.1.4.1.3.1 = INTEGER: 2"
		echo ".1.3.6.1.4.1.9.9.13.1.5.1.2.1 = Hex-STRING: $1"
		echo ".1.3.6.1.4.1.9.9.13.1.5.1.3.1 = INTEGER: 1"
		echo ".1.3.6.1.4.1.9.9.13.1.5.1.4.1 = INTEGER: 2"
		echo ".1.3.6.1.4.1.11.2.14.11.1.2.6.1.2.1 = OID: .1.3.6.1.4.1.11.2.3.7.8.3.2"
		echo ".1.3.6.1.4.1.11.2.14.11.1.2.6.1.4.1 = INTEGER: 4"
		echo ".1.3.6.1.4.1.11.2.14.11.1.2.6.1.7.1 = Hex-STRING: $1"
		for i in 1 2; do
			echo ".1.3.6.1.4.1.2021.13.16.2.1.2.$i = Hex-STRING: $1"
			echo ".1.3.6.1.4.1.2021.13.16.2.1.3.$i = Gauge32: 4${i}000"
		done
		echo '.1.3.6.1.4.1.2636.3.1.6.1.6.4 = STRING: "FAN slot"'
		echo ".1.3.6.1.4.1.2636.3.1.13.1.5.4.1.1.0 = Hex-STRING: $1"
		echo ".1.3.6.1.4.1.2636.3.1.13.1.6.4.1.1.0 = INTEGER: 2"
		echo ".1.3.6.1.4.1.2636.3.1.13.1.7.4.1.1.0 = Gauge32: 40"
	} >"$OS_W/walk"
}
OS_SE="$OS_B/check_snmp_sensor --walk-file WALK"
os_run "sensor: every source (summary, long output, labels)" os_walk_sensor 1 11 5 SENSOR $OS_SE
os_run "sensor: -v and a user range" os_walk_sensor 2 11 5 SENSOR $OS_SE -v -c temperature=~:90
os_run "sensor: --list, the raw columns" os_walk_sensor 0 11 0 SENSOR $OS_SE --list
os_run "sensor: one item selected by -r" os_walk_sensor 0 2 0 SENSOR $OS_SE -T power -r .

# ---- check_snmp_interface: ifDescr, ifName, ifAlias -----------------------
# Interfaces 1 up, 2 down, 3 admin down (ignored), every text column the
# string.  os_walk_iface_pair also writes the walk 300 s later and takes
# the first sample (with $OS_IF_ARGS) so that the run has rates.
os_iface() {
	# the string through a file: 64 KiB of hex is too long for an argument
	printf '%s\n' "$1" >"$OS_W/hex"
	awk -v hf="$OS_W/hex" -v up="$2" -v k="$3" -v noadmin="${4:-0}" 'BEGIN {
		getline h <hf
		printf ".1.3.6.1.2.1.1.3.0 = Timeticks: (%d) 0:00:00.00\n", up
		for (i = 1; i <= 3; i++) {
			p = ".1.3.6.1.2.1.2.2.1."
			printf "%s1.%d = INTEGER: %d\n", p, i, i
			printf "%s2.%d = Hex-STRING: %s\n", p, i, h
			printf "%s3.%d = INTEGER: 6\n", p, i
			printf "%s5.%d = Gauge32: 1000000000\n", p, i
			printf "%s6.%d = Hex-STRING: %s\n", p, i, h
			if (!(noadmin && i == 1))
				printf "%s7.%d = INTEGER: %d\n", p, i, i == 3 ? 2 : 1
			printf "%s8.%d = INTEGER: %d\n", p, i, i == 1 ? 1 : 2
			for (c = 10; c <= 20; c++)
				if (c != 15)
					printf "%s%d.%d = Counter32: %d\n", p, c, i, 1000 * c * k
			x = ".1.3.6.1.2.1.31.1.1.1."
			printf "%s1.%d = Hex-STRING: %s\n", x, i, h
			for (c = 2; c <= 5; c++)
				printf "%s%d.%d = Counter32: %d\n", x, c, i, 100 * c * k
			for (c = 6; c <= 13; c++)
				printf "%s%d.%d = Counter64: %d\n", x, c, i, 100000 * c * k
			printf "%s15.%d = Gauge32: 1000\n", x, i
			printf "%s18.%d = Hex-STRING: %s\n", x, i, h
		}
	}'
}
os_walk_iface() { os_iface "$1" 100000 1 >"$OS_W/walk"; }
os_walk_iface_noadmin() { os_iface "$1" 100000 1 1 >"$OS_W/walk"; }
os_walk_iface_pair() {
	os_iface "$1" 100000 1 >"$OS_W/walk"
	os_iface "$1" 130000 2 >"$OS_W/walk2"
	# shellcheck disable=SC2086
	"$OS_B/check_snmp_interface" --walk-file "$OS_W/walk" \
	    --state-dir "$OS_W/state" $OS_IF_ARGS >/dev/null 2>&1
}
OS_I="$OS_B/check_snmp_interface"
OS_IF_ARGS=""
os_run "interface: first run" os_walk_iface 2 4 4 INTERFACE $OS_I --walk-file WALK --state-dir STATE
os_run "interface: rates" os_walk_iface_pair 2 4 20 INTERFACE $OS_I --walk-file WALK2 --state-dir STATE
os_run "interface: rates, every interface CRITICAL" os_walk_iface_pair 2 4 20 INTERFACE $OS_I --walk-file WALK2 --state-dir STATE -c 1k
os_run "interface: rates, -v" os_walk_iface_pair 2 6 20 INTERFACE $OS_I --walk-file WALK2 --state-dir STATE -v
OS_IF_ARGS="--index 1"
os_run "interface: one interface" os_walk_iface_pair 0 2 10 INTERFACE $OS_I --walk-file WALK2 --state-dir STATE --index 1
OS_IF_ARGS="--match-on alias,descr -r ."
os_run "interface: matched on ifAlias and ifDescr" os_walk_iface_pair 2 4 20 INTERFACE $OS_I --walk-file WALK2 --state-dir STATE --match-on alias,descr -r .
OS_IF_ARGS=""
os_run "interface: --status-only" os_walk_iface 2 4 0 INTERFACE $OS_I --walk-file WALK --status-only
os_run "interface: --list" os_walk_iface 0 4 0 INTERFACE $OS_I --walk-file WALK --list
os_run "interface: --list -v" os_walk_iface 0 4 0 INTERFACE $OS_I --walk-file WALK --list -v
os_run "interface: ifAdminStatus missing" os_walk_iface_noadmin 3 2 0 INTERFACE $OS_I --walk-file WALK --status-only --index 1
