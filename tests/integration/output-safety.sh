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
section "# output safety: hostile device text in every plugin"
OS_W="$WORK/os"
OS_B="$TOP/plugins"
mkdir -p "$OS_W"

# os_hex FORMAT: the octets of printf FORMAT as walk-file hex, "41 7C 0A".
os_hex() {
	# shellcheck disable=SC2059
	printf "$1" | od -An -v -tx1 | tr -s ' \n' '  ' |
	    sed 's/^ *//; s/ *$//' | tr a-f A-F
}

# os_bighex UNIT N [PREFIX]: N octets, PREFIX then UNIT repeated, as hex.
os_bighex() {
	awk -v u="$1" -v n="$2" -v p="${3:-}" 'BEGIN {
		m = split(u, a, " "); k = split(p, b, " ")
		for (i = 1; i <= k; i++)
			printf "%s%s", (i > 1 ? " " : ""), b[i]
		for (i = 0; i < n - k; i++)
			printf "%s%s", (i + k > 0 ? " " : ""), a[i % m + 1]
	}'
}

# The strings.  "plain" checks the harness itself.
OS_NAMES="plain pipe lf cr crlf nul nulend ctl del esc cont overlong
surrogate f5ff above trunc trunc4 c1 nel lsps quotes mix big-mix big-utf8
big-bin big-lf"
# os_payload NAME: OS_HEX, the string's octets as walk-file hex.  Made
# once, before the cases, and kept in a variable OS_PV_NAME that the
# cases' subshells inherit (a thousand runs read it without a fork).
os_payload() {
	case $1 in
	big-*) os_k=big_${1#big-} ;;
	*) os_k=$1 ;;
	esac
	if eval "[ -n \"\${OS_PV_$os_k:-}\" ]"; then
		eval "OS_HEX=\$OS_PV_$os_k"
		return
	fi
	case $1 in
	plain)	os_f='eth0 plain' ;;
	pipe)	os_f='ok | \047forged\047=1;2;3 x=1' ;;
	lf)	os_f='ok\nSNMP CRITICAL - forged | x=1\n' ;;
	cr)	os_f='ok\rSNMP CRITICAL - forged' ;;
	crlf)	os_f='ok\r\nSNMP CRITICAL - forged|\047x\047=1\r\n' ;;
	nul)	os_f='ok\000\nSNMP CRITICAL - forged|x=1' ;;
	nulend)	os_f='ok|\047x\047=1\000' ;;
	ctl)	os_f='a\001b\037c\013d\014e\nf' ;;
	del)	os_f='a\177b|c' ;;
	esc)	os_f='\033[2J\033[31mRED\033]0;title\007|\033[0m' ;;
	cont)	os_f='\200\277ok\277|' ;;
	overlong) os_f='\300\257\301\277\340\200\257\360\200\200\257|' ;;
	surrogate) os_f='\355\240\200\355\277\277|' ;;
	f5ff)	os_f='\365\370\376\377|' ;;
	above)	os_f='\364\220\200\200|' ;;
	trunc)	os_f='end|\342\202' ;;
	trunc4)	os_f='end|\360\237\230' ;;
	c1)	os_f='a\302\200b\302\233[31mc\302\237|' ;;
	nel)	os_f='ok\302\205SNMP CRITICAL - forged\302\205' ;;
	lsps)	os_f='a\342\200\250SNMP CRITICAL - ls\342\200\251b' ;;
	quotes)	os_f='\047=\047' ;;
	mix)	os_f='ok\047=\047|\302\205\342\200\250\r\n\047x\047=1;2;3 \303\251\342\202\254\360\237\230\200\377' ;;
	esac
	case $1 in
	big-mix)
		# a, euro, U+1F600, e-acute, |, NEL, LS, LF, ', = (19 octets,
		# so cuts fall everywhere); 65536 ends in a cut U+1F600
		OS_HEX=$(os_bighex "61 E2 82 AC F0 9F 98 80 C3 A9 7C C2 85 E2 80 A8 0A 27 3D" 65536) ;;
	big-utf8)
		OS_HEX=$(os_bighex "C3 A9" 65536 "61") ;;
	big-bin)
		OS_HEX=$(os_bighex "01 7C 0A C2 85" 65536) ;;
	big-lf)
		OS_HEX=$(os_bighex "6C 0A" 65536) ;;
	*)
		OS_HEX=$(os_hex "$os_f") ;;
	esac
	eval "OS_PV_$os_k=\$OS_HEX"
}

# os_verify LIST RC LINES NPERF SERVICE: why outputs break the contract,
# one awk for all of them.  LIST has a line "NAME FILE GOT_RC" per output;
# each failing one gets "NAME: reason" lines.  An output is read whole (as
# one record: no output holds the separator, octets 1 to 5) and checked: the
# exit code; not empty; the last line ended; no NUL, C0 control but LF, or
# DEL; valid UTF-8 (what is left after deleting every well-formed UTF-8
# sequence); no C1 control, U+2028/U+2029 or octet above U+10FFFF; the
# first line "SERVICE STATE - "; at most one '|' there and well-formed
# perfdata after it ('label'=value[UOM] with up to four ;fields, ranges then
# numbers, labels quoted and not empty) with NPERF items; no '|' in long
# output (Nagios reads perfdata there too); LINES lines; a bounded size.
OS_AWK='
function perf(s,  n, r, k) {
	if (substr(s, 1, 1) != " ")
		return "no space after |"
	s = substr(s, 2)
	for (n = 0; ; ) {
		if (!match(s, /^\047([^\047=]|\047\047)+\047=/))
			return "bad item: " substr(s, 1, 80)
		r = substr(s, RLENGTH + 1)
		if (!match(r, "^" num "(s|ms|us|%|B|KB|MB|GB|TB|c)?"))
			return "bad value: " substr(s, 1, 80)
		r = substr(r, RLENGTH + 1)
		for (k = 1; k <= 4 && substr(r, 1, 1) == ";"; k++) {
			r = substr(r, 2)
			if (match(r, "^" (k <= 2 ? rng : num)))
				r = substr(r, RLENGTH + 1)
		}
		n++
		if (r == "")
			return n
		if (substr(r, 1, 1) != " " || length(r) == 1)
			return "bad after item: " substr(r, 1, 80)
		s = substr(r, 2)
	}
}
function why(got, rec,  w, t, n, L, i, bars, p) {
	w = ""
	if (got != rc)
		w = w "exit code " got ", expected " rc "\n"
	if (rec == "")
		return w "no output\n"
	if (substr(rec, length(rec)) != "\n")
		w = w "last line not ended\n"
	if (rec ~ /[\000-\011\013-\037\177]/)
		return w "control octets\n"
	t = rec
	gsub(/[\001-\177]|[\302-\337][\200-\277]|\340[\240-\277][\200-\277]|[\341-\354\356\357][\200-\277][\200-\277]|\355[\200-\237][\200-\277]|\360[\220-\277][\200-\277][\200-\277]|[\361-\363][\200-\277][\200-\277][\200-\277]|\364[\200-\217][\200-\277][\200-\277]/, "", t)
	if (t != "")
		w = w "invalid UTF-8\n"
	n = split(rec, L, "\n")
	if (L[n] == "")
		n--
	for (i = 1; i <= n; i++)
		if (L[i] ~ /\302[\200-\237]|\342\200[\250\251]|\364[\220-\277]|[\365-\377]/)
			bad = "C1 control, U+2028/U+2029 or octets above U+10FFFF in line " i
	if (bad != "")
		w = w bad "\n"
	bad = ""
	if (index(L[1], svc " " st " - ") != 1)
		w = w "first line does not start with \047" svc " " st " - \047\n"
	if (length(L[1]) > 74000)
		w = w "first line of " length(L[1]) " octets\n"
	bars = gsub(/\|/, "|", L[1])
	if (bars > 1)
		w = w bars " \047|\047 in the first line\n"
	else if (bars == 1) {
		p = perf(substr(L[1], index(L[1], "|") + 1))
		if (p != nperf)
			w = w "perfdata: " p " items, expected " nperf "\n"
	} else if (nperf != 0)
		w = w "no perfdata, expected " nperf " items\n"
	for (i = 2; i <= n; i++)
		if (L[i] ~ /\|/) {
			w = w "\047|\047 in long output line " i "\n"
			break
		}
	if (n != lines)
		w = w n " lines, expected " lines "\n"
	if (length(rec) > 210000)
		w = w length(rec) " octets of output\n"
	return w
}
BEGIN {
	num = "-?[0-9]+(\\.[0-9]+)?"
	rng = "@?(~|" num ")?(:(" num ")?)?"
	st = rc == 0 ? "OK" : rc == 1 ? "WARNING" : rc == 2 ? "CRITICAL" : "UNKNOWN"
	while ((getline entry < list) > 0) {
		split(entry, E, " ")
		rec = ""
		RS = "\001\002\003\004\005"
		getline rec < E[2]
		w = (getline more < E[2]) > 0 ? "control octets\n" : why(E[3], rec)
		close(E[2])
		RS = "\n"
		if (w != "") {
			gsub(/\n$/, "", w)
			gsub(/\n/, "\n" E[1] ": ", w)
			print E[1] ": " w
		}
	}
}'

os_verify() {
	LC_ALL=C awk -v list="$1" -v rc="$2" -v lines="$3" -v nperf="$4" -v svc="$5" \
	    "$OS_AWK" </dev/null
}

# os_run NAME MAKE RC LINES NPERF SERVICE ARGS...: in parallel with the
# other cases (lib.sh, par), with a scratch directory of its own; the
# strings are made once, before.
# In the memcheck slice (tests/valgrind.sh), each case runs one string
# under memcheck, a different one each time, so that every plugin mode and
# every string is checked at least once; make check runs them all.
OS_RUN_N=0
os_run() {
	OS_RUN_N=$((OS_RUN_N + 1))
	OS_ONLY=""
	if [ "${SNMP_TEST_MEMCHECK:-}" = slice ]; then
		# shellcheck disable=SC2086
		OS_ONLY=$(echo $OS_NAMES | awk -v n="$OS_RUN_N" '{ print $((n - 1) % NF + 1) }')
	fi
	par os_run_case "$@"
}
MC_ALL=1
for os_x in $OS_NAMES; do
	os_payload "$os_x"
done

# os_run_case NAME MAKE RC LINES NPERF SERVICE ARGS...: for every string, MAKE
# STRING-HEX writes the walk file $OS_W/walk (MAKE may also write
# $OS_W/walk2 and take a first sample into $OS_W/state), then the plugin
# runs with ARGS ("WALK" and "WALK2" stand for the files, "STATE" for the
# state directory, fresh for each string).  One pass or fail per string.
os_run_case() {
	os_n=$1 os_mk=$2 os_rc=$3 os_l=$4 os_p=$5 os_s=$6
	shift 6
	OS_W="$WORK/os"
	mkdir -p "$OS_W"
	: >"$OS_W/list"
	# a fresh state directory for each string, where the case has one
	os_state=0
	case " $* " in *" STATE "*) os_state=1 ;; esac
	set -f
	for os_x in ${OS_ONLY:-$OS_NAMES}; do
		os_payload "$os_x"
		if [ $os_state = 1 ]; then
			rm -rf "$OS_W/state"
			mkdir -p "$OS_W/state"
		fi
		"$os_mk" "$OS_HEX"
		os_cmd=""
		for os_a in "$@"; do
			case $os_a in
			WALK) os_a="$OS_W/walk" ;;
			WALK2) os_a="$OS_W/walk2" ;;
			STATE) os_a="$OS_W/state" ;;
			esac
			os_cmd="$os_cmd $os_a"
		done
		# shellcheck disable=SC2086
		$os_cmd >"$OS_W/out.$os_x" 2>"$OS_W/err"
		echo "$os_x $OS_W/out.$os_x $?" >>"$OS_W/list"
	done
	set +f
	os_verify "$OS_W/list" "$os_rc" "$os_l" "$os_p" "$os_s" >"$OS_W/why"
	os_why=$(cat "$OS_W/why")
	for os_x in ${OS_ONLY:-$OS_NAMES}; do
		case "
$os_why" in
		*"
$os_x: "*) ;;
		*)	PASS=$((PASS + 1))
			continue ;;
		esac
		FAIL=$((FAIL + 1))
		echo "FAIL $os_n: string $os_x:"
		sed -n "s/^$os_x: /     /p" "$OS_W/why"
		echo "     command:$os_cmd"
		{ head -c 1500 "$OS_W/out.$os_x"; echo; } | cat -v | sed 's/^/     | /'
	done
	[ -s "$OS_W/why" ] || echo "ok   $os_n"
}

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
