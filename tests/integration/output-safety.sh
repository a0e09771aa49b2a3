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
# This suite: value, storage, memory, load, process; output-safety-devices.sh
# the others; oslib.sh what both share.
section "# output safety: hostile device text in every plugin (value, storage, memory, load, process)"
. "$TOP/tests/integration/oslib.sh"

# ---- check_snmp_value: OCTET STRING values --------------------------------
os_walk_value() {
	{
		echo ".1.3.6.1.4.1.99999.1.1.0 = Hex-STRING: $1"
		echo ".1.3.6.1.4.1.99999.1.2.0 = INTEGER: 42"
		echo ".1.3.6.1.4.1.99999.1.3.0 = Hex-STRING: $1"
	} >"$OS_W/walk"
}
OS_V="$OS_B/check_snmp_value --walk-file WALK"
OS_S1=1.3.6.1.4.1.99999.1.1.0
OS_N=1.3.6.1.4.1.99999.1.2.0
OS_S3=1.3.6.1.4.1.99999.1.3.0
os_run "value: one string" os_walk_value 0 1 0 SNMP $OS_V -o $OS_S1
os_run "value: -o several, -v" os_walk_value 0 4 1 SNMP $OS_V -o $OS_S1,$OS_N,$OS_S3 -v
os_run "value: threshold on a string (No valid data)" os_walk_value 3 2 0 SNMP $OS_V -o $OS_S1 -w 10
os_run "value: -s mismatch, -D, -u, -v" os_walk_value 2 4 1 SNMP $OS_V -o $OS_S1 -o $OS_N -s nomatch -s 42 -D , -u u1,u2 -v
os_run "value: GETNEXT" os_walk_value 0 1 0 SNMP $OS_V -n -o 1.3.6.1.4.1.99999.1.1

# os_octets HEX [MAX]: the octets themselves (the first MAX, default all).
os_octets() {
	# shellcheck disable=SC2059
	printf "$(printf '%s\n' "$1" | awk -v max="${2:-0}" -v X=0123456789ABCDEF '{
		for (i = 1; i <= NF && (max == 0 || i <= max); i++) {
			v = (index(X, substr($i, 1, 1)) - 1) * 16 + \
			    index(X, substr($i, 2, 1)) - 1
			printf "\\%03o", v
		}
	}')"
}

# A walk file's own error quotes a bad token: the file's raw octets (what
# a line can hold: no LF).
os_walk_badfile() {
	{
		printf '.1.3.6.1.2.1.1.5.0 = Gauge32: 1'
		os_octets "$1" 300 | tr -d '\n'
		printf '\n'
	} >"$OS_W/walk"
}
os_run "value: walk-file error quoting the file" os_walk_badfile 3 1 0 SNMP $OS_V -o 1.3.6.1.2.1.1.5.0

# ---- check_snmp_storage: hrStorageDescr; dskPath and dskDevice ------------
# hrStorageTable: 1 fixed disk 50 % used, 2 a network disk used > size
# (unusable: UNKNOWN with the reason), 3 "/plain" 50 %, 4 a fixed disk 95 %;
# 1, 2 and 4 are named by the string (1 and 4 get " #index" labels).
# dskTable: 1 and 2 path and device by the string, 50 % and 99.999 % used,
# inodes 10 % and 95 %; 3 "/plain" on /dev/plain.
os_walk_storage() {
	{
		for i in 1 2 3 4; do
			echo ".1.3.6.1.2.1.25.2.3.1.1.$i = INTEGER: $i"
		done
		for i in 1 3 4; do
			echo ".1.3.6.1.2.1.25.2.3.1.2.$i = OID: .1.3.6.1.2.1.25.2.1.4"
		done
		echo ".1.3.6.1.2.1.25.2.3.1.2.2 = OID: .1.3.6.1.2.1.25.2.1.10"
		for i in 1 2 4; do
			echo ".1.3.6.1.2.1.25.2.3.1.3.$i = Hex-STRING: $1"
		done
		echo '.1.3.6.1.2.1.25.2.3.1.3.3 = STRING: "/plain"'
		for i in 1 2 3 4; do
			echo ".1.3.6.1.2.1.25.2.3.1.4.$i = INTEGER: 4096"
			echo ".1.3.6.1.2.1.25.2.3.1.5.$i = INTEGER: 1000"
		done
		echo ".1.3.6.1.2.1.25.2.3.1.6.1 = INTEGER: 500"
		echo ".1.3.6.1.2.1.25.2.3.1.6.2 = INTEGER: 2000"
		echo ".1.3.6.1.2.1.25.2.3.1.6.3 = INTEGER: 500"
		echo ".1.3.6.1.2.1.25.2.3.1.6.4 = INTEGER: 950"
		for i in 1 2 3; do
			echo ".1.3.6.1.4.1.2021.9.1.1.$i = INTEGER: $i"
		done
		for i in 1 2; do
			echo ".1.3.6.1.4.1.2021.9.1.2.$i = Hex-STRING: $1"
			echo ".1.3.6.1.4.1.2021.9.1.3.$i = Hex-STRING: $1"
		done
		echo '.1.3.6.1.4.1.2021.9.1.2.3 = STRING: "/plain"'
		echo '.1.3.6.1.4.1.2021.9.1.3.3 = STRING: "/dev/plain"'
		# dskPercentNode, dskTotal/Avail/Used Low and High (KB)
		echo ".1.3.6.1.4.1.2021.9.1.10.1 = INTEGER: 10"
		echo ".1.3.6.1.4.1.2021.9.1.10.2 = INTEGER: 95"
		echo ".1.3.6.1.4.1.2021.9.1.10.3 = INTEGER: 10"
		for i in 1 2 3; do
			echo ".1.3.6.1.4.1.2021.9.1.11.$i = Gauge32: 1000000"
			echo ".1.3.6.1.4.1.2021.9.1.12.$i = Gauge32: 0"
			echo ".1.3.6.1.4.1.2021.9.1.14.$i = Gauge32: 0"
			echo ".1.3.6.1.4.1.2021.9.1.16.$i = Gauge32: 0"
		done
		echo ".1.3.6.1.4.1.2021.9.1.13.1 = Gauge32: 500000"
		echo ".1.3.6.1.4.1.2021.9.1.15.1 = Gauge32: 500000"
		echo ".1.3.6.1.4.1.2021.9.1.13.2 = Gauge32: 10"
		echo ".1.3.6.1.4.1.2021.9.1.15.2 = Gauge32: 999990"
		echo ".1.3.6.1.4.1.2021.9.1.13.3 = Gauge32: 500000"
		echo ".1.3.6.1.4.1.2021.9.1.15.3 = Gauge32: 500000"
	} >"$OS_W/walk"
}
OS_ST="$OS_B/check_snmp_storage --walk-file WALK"
os_run "storage: a volume CRITICAL (summary, long output, labels)" os_walk_storage 2 4 6 STORAGE $OS_ST -w 80 -c 90
os_run "storage: all OK, the fullest named" os_walk_storage 0 4 6 STORAGE $OS_ST -w 96 -c 99
os_run "storage: an unusable volume, -v" os_walk_storage 2 5 6 STORAGE $OS_ST -T fixed,network -w 80 -c 90 -v
os_run "storage: --sum over an unusable volume" os_walk_storage 3 5 0 STORAGE $OS_ST -T fixed,network --sum -w 80
os_run "storage: --list" os_walk_storage 0 5 0 STORAGE $OS_ST --list
os_run "storage: --ucd, inodes" os_walk_storage 2 4 9 STORAGE $OS_ST --ucd -w 80 -c 90 --inode-warning 80 --inode-critical 90
os_run "storage: --ucd --sum" os_walk_storage 0 4 2 STORAGE $OS_ST --ucd --sum -w 80
os_run "storage: --ucd --list" os_walk_storage 0 4 0 STORAGE $OS_ST --ucd --list

# ---- check_snmp_memory: hrStorageDescr ------------------------------------
# No UCD-SNMP-MIB: hrStorage rows ram (50 % used; with "bad", used > size),
# virtualMemory, other and a fixed disk, all named by the string.
os_walk_memory_rows() {
	{
		for i in 1 2 3 4; do
			echo ".1.3.6.1.2.1.25.2.3.1.1.$i = INTEGER: $i"
			echo ".1.3.6.1.2.1.25.2.3.1.3.$i = Hex-STRING: $1"
			echo ".1.3.6.1.2.1.25.2.3.1.4.$i = INTEGER: 1024"
			echo ".1.3.6.1.2.1.25.2.3.1.5.$i = INTEGER: 1000000"
		done
		echo ".1.3.6.1.2.1.25.2.3.1.2.1 = OID: .1.3.6.1.2.1.25.2.1.2"
		echo ".1.3.6.1.2.1.25.2.3.1.2.2 = OID: .1.3.6.1.2.1.25.2.1.3"
		echo ".1.3.6.1.2.1.25.2.3.1.2.3 = OID: .1.3.6.1.2.1.25.2.1.1"
		echo ".1.3.6.1.2.1.25.2.3.1.2.4 = OID: .1.3.6.1.2.1.25.2.1.4"
		echo ".1.3.6.1.2.1.25.2.3.1.6.1 = INTEGER: $2"
		for i in 2 3 4; do
			echo ".1.3.6.1.2.1.25.2.3.1.6.$i = INTEGER: 500000"
		done
	} >"$OS_W/walk"
}
os_walk_memory() { os_walk_memory_rows "$1" 500000; }
os_walk_memory_bad() { os_walk_memory_rows "$1" 2000000; }
OS_M="$OS_B/check_snmp_memory --walk-file WALK"
os_run "memory: hrStorage" os_walk_memory 0 3 4 MEMORY $OS_M -w 80 -c 90
os_run "memory: hrStorage, -v (the RAM total rule names the ram row)" os_walk_memory 0 5 4 MEMORY $OS_M -w 80 -c 90 -v
os_run "memory: --list" os_walk_memory 0 4 0 MEMORY $OS_M --list
os_run "memory: an unusable ram row (error message)" os_walk_memory_bad 3 1 0 MEMORY $OS_M

# ---- check_snmp_load: laNames, laLoad, hrDeviceDescr ----------------------
# laLoad is the string (no number): the load comes from laLoadInt, -v and
# --list show laLoad; without laLoadInt ("bad") the error message quotes it.
os_walk_load_rows() {
	{
		for i in 1 2 3; do
			echo ".1.3.6.1.4.1.2021.10.1.1.$i = INTEGER: $i"
			echo ".1.3.6.1.4.1.2021.10.1.2.$i = Hex-STRING: $1"
			echo ".1.3.6.1.4.1.2021.10.1.3.$i = Hex-STRING: $1"
			[ "$2" = bad ] || echo ".1.3.6.1.4.1.2021.10.1.5.$i = INTEGER: 6$i"
		done
		for i in 196608 196609; do
			echo ".1.3.6.1.2.1.25.3.2.1.2.$i = OID: .1.3.6.1.2.1.25.3.1.3"
			echo ".1.3.6.1.2.1.25.3.2.1.3.$i = Hex-STRING: $1"
			echo ".1.3.6.1.2.1.25.3.3.1.1.$i = OID: .0.0"
			echo ".1.3.6.1.2.1.25.3.3.1.2.$i = INTEGER: 25"
		done
	} >"$OS_W/walk"
}
os_walk_load() { os_walk_load_rows "$1" good; }
os_walk_load_bad() { os_walk_load_rows "$1" bad; }
OS_L="$OS_B/check_snmp_load --walk-file WALK"
os_run "load: load averages" os_walk_load 0 4 3 LOAD $OS_L -w 4 -c 8
os_run "load: -v shows laLoad" os_walk_load 0 4 3 LOAD $OS_L -w 4 -c 8 -v
os_run "load: -r -v" os_walk_load 0 5 3 LOAD $OS_L -r -v
os_run "load: --cpu" os_walk_load 0 3 3 LOAD $OS_L --cpu -w 50 -v
os_run "load: --list" os_walk_load 0 6 0 LOAD $OS_L --list
os_run "load: no load average (error message)" os_walk_load_bad 3 1 0 LOAD $OS_L

# ---- check_snmp_process: hrSWRunName, hrSWRunPath, hrSWRunParameters -----
# 1 runnable and 2 notRunnable named by the string, 3 "plain" running;
# path and parameters of all three are the string.
os_walk_process() {
	{
		for i in 1 2 3; do
			echo ".1.3.6.1.2.1.25.4.2.1.1.$i = INTEGER: $i"
			echo ".1.3.6.1.2.1.25.4.2.1.4.$i = Hex-STRING: $1"
			echo ".1.3.6.1.2.1.25.4.2.1.5.$i = Hex-STRING: $1"
			echo ".1.3.6.1.2.1.25.4.2.1.6.$i = INTEGER: 4"
			echo ".1.3.6.1.2.1.25.5.1.1.1.$i = INTEGER: ${i}00"
			echo ".1.3.6.1.2.1.25.5.1.1.2.$i = INTEGER: ${i}024"
		done
		echo ".1.3.6.1.2.1.25.4.2.1.2.1 = Hex-STRING: $1"
		echo ".1.3.6.1.2.1.25.4.2.1.2.2 = Hex-STRING: $1"
		echo '.1.3.6.1.2.1.25.4.2.1.2.3 = STRING: "plain"'
		echo ".1.3.6.1.2.1.25.4.2.1.7.1 = INTEGER: 2"
		echo ".1.3.6.1.2.1.25.4.2.1.7.2 = INTEGER: 3"
		echo ".1.3.6.1.2.1.25.4.2.1.7.3 = INTEGER: 1"
	} >"$OS_W/walk"
}
OS_PR="$OS_B/check_snmp_process --walk-file WALK"
os_run "process: every process" os_walk_process 0 4 1 PROCESS $OS_PR
os_run "process: -v -m --cpu (path, args)" os_walk_process 0 4 4 PROCESS $OS_PR -v -m --cpu
os_run "process: --args -v, notRunnable CRITICAL" os_walk_process 2 4 1 PROCESS $OS_PR --args -r . -v --not-runnable CRITICAL
os_run "process: --path" os_walk_process 0 4 1 PROCESS $OS_PR --path -E '^$'
os_run "process: none matches" os_walk_process 2 1 1 PROCESS $OS_PR -n nosuch
os_run "process: --list" os_walk_process 0 4 0 PROCESS $OS_PR --list

# The status line quotes an agent's name when it looks cut ("the agent
# cuts names: use -n NAME"): -n is the name and more.  A name that is not
# UTF-8 text is shown in hex, as net-snmp shows it (and as everything else
# in the output shows octets that are not text).
OS_CUTNAME='abcdefghijklmn|\302\205\342\200\250\r\n\047=\047\377'
os_walk_process "$(os_hex "$OS_CUTNAME")"
# shellcheck disable=SC2059
"$OS_B/check_snmp_process" --walk-file "$OS_W/walk" \
    -n "$(printf "${OS_CUTNAME}more")" >"$OS_W/out" 2>&1
echo "cutname $OS_W/out $?" >"$OS_W/list"
os_why=$(os_verify "$OS_W/list" 2 1 1 PROCESS)
if [ -z "$os_why" ] && grep -q "the agent cuts names: use -n '61 62 63 64 65 66 67 68 69 6A 6B 6C 6D 6E 7C C2 85 E2 80 A8 0D 0A 27 3D 27 FF' |" "$OS_W/out"; then
	PASS=$((PASS + 1))
	echo "ok   process: the cut-name hint quotes the agent's name"
else
	FAIL=$((FAIL + 1))
	echo "FAIL process: the cut-name hint quotes the agent's name"
	printf '%s\n' "$os_why" | sed 's/^/     /'
	cat -v "$OS_W/out" | sed 's/^/     | /'
fi
