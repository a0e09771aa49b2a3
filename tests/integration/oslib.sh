# Shared by the output-safety suites (output-safety.sh: value, storage,
# memory, load, process; output-safety-devices.sh: uptime, sensor,
# interface), sourced after their section line: the hostile strings, the
# check of an output against the Nagios output contract (os_verify), and
# os_run, which runs one case for every string in parallel with the others.
# Two suites so that the integration runner runs the halves side by side.
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

