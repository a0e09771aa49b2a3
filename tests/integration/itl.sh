# ITL conformance (run-one): Icinga 2's own snmp, snmpv3 and snmp-uptime
# CheckCommands, read from the installed icinga2 package at test time
# (ITL_CONF, default /usr/share/icinga2/include/command-plugins.conf;
# nothing of it is copied here), turned into the argv Icinga 2 runs for a
# matrix of custom variables (itl-argv.awk), run with check_snmp_value
# under the name check_snmp (a symbolic link in a scratch directory)
# against the real snmpd with v1, v2c and v3 users; and the same argv run
# with monitoring-plugins' check_snmp 2.3.3 where it is installed.
#
# Every custom variable of the three commands (as the installed ITL has
# them) is set by at least one case, arrays included: a variable no case
# sets fails the suite.  A case gives our exit code and status line (a
# shell pattern), and what check_snmp does with the same argv:
#   same      the same exit code, status text and perfdata series (labels
#             unquoted, values; threshold fields aside)
#   RC PAT    its exit code and status line, and in WHY the tag of the
#             difference in docs/check_snmp-compatibility.md
#   -         not run (WHY says why)
ITL_CONF=${ITL_CONF:-/usr/share/icinga2/include/command-plugins.conf}
CHECK_SNMP=${CHECK_SNMP:-/usr/lib/nagios/plugins/check_snmp}
[ -r "$ITL_CONF" ] || { echo "FAIL no ITL at $ITL_CONF (apt-get install icinga2-common)"; FAIL=$((FAIL + 1)); return 0; }
DOC="$TOP/docs/check_snmp-compatibility.md"
mkdir -p "$WORK/bin" "$WORK/state"
ln -sf "$TOP/plugins/check_snmp_value" "$WORK/bin/check_snmp"
OURS="$WORK/bin/check_snmp"
HAVE_CHECK_SNMP=1
[ -x "$CHECK_SNMP" ] || HAVE_CHECK_SNMP=0
# rates: each program's own samples, in the run's scratch directory
MP_STATE_PATH="$WORK/state"
NAGIOS_PLUGIN_STATE_DIRECTORY="$WORK/state"
export MP_STATE_PATH NAGIOS_PLUGIN_STATE_DIRECTORY
P=1.3.6.1.4.1.8072.9999
L=iso.3.6.1.4.1.8072.9999
A="address = \"127.0.0.1\""
SP="snmp_port = $SNMPD_PORT"
V3="snmpv3_port = $SNMPD_PORT; snmpv3_auth_key = \"maplesyrup\"; snmpv3_priv_key = \"maplesyrup\""

# itl_norm LINE: "summary|label=value ..." of a status line: the labels
# unquoted ('' is '), thresholds and the rest of each item left out.
itl_norm() {
	printf '%s\n' "$1" | awk '{
		i = index($0, " | ")
		sum = i ? substr($0, 1, i - 1) : $0
		sub(/ +\|? *$/, "", sum)
		perf = i ? substr($0, i + 3) : ""
		out = ""
		while (perf != "") {
			sub(/^ +/, "", perf)
			if (perf == "")
				break
			if (substr(perf, 1, 1) == "\047") {
				lab = ""
				p = 2
				while (p <= length(perf)) {
					c = substr(perf, p, 1)
					if (c == "\047" && substr(perf, p + 1, 1) == "\047") {
						lab = lab c
						p += 2
						continue
					}
					if (c == "\047")
						break
					lab = lab c
					p++
				}
				perf = substr(perf, p + 1)
			} else {
				e = index(perf, "=")
				lab = substr(perf, 1, e - 1)
				perf = substr(perf, e)
			}
			sp = index(perf, " ")
			item = sp ? substr(perf, 1, sp - 1) : perf
			perf = sp ? substr(perf, sp + 1) : ""
			v = substr(item, 2)
			sub(/;.*/, "", v)
			out = out " " lab "=" v
		}
		print sum "|" out
	}'
}

# itl_case NAME COMMAND VARS RC OURS THEIRS WHY
itl_case() {
	name=$1 cmd=$2 vars=$3 rc=$4 ours=$5 theirs=$6 why=$7
	if ! awk -f "$TOP/tests/integration/itl-argv.awk" -v cmd="$cmd" \
	    -v svcvars="$vars" "$ITL_CONF" >"$WORK/argv" 2>"$WORK/argv.err"; then
		FAIL=$((FAIL + 1))
		echo "FAIL $name: no argv: $(cat "$WORK/argv.err")"
		return
	fi
	set --
	while IFS= read -r a; do
		set -- "$@" "$a"
	done <"$WORK/argv"
	run_case "$name [$cmd: $*]" "$rc" "$ours" "$OURS" "$@" || return
	mine=$OUT myrc=$RC
	if [ "$why" != "" ] && ! grep -q "($why)" "$DOC"; then
		FAIL=$((FAIL + 1))
		echo "FAIL $name: tag ($why) is not in docs/check_snmp-compatibility.md"
		return
	fi
	[ "$theirs" = - ] && return
	if [ $HAVE_CHECK_SNMP = 0 ]; then
		echo "ok   $name: check_snmp not installed, not compared"
		return
	fi
	their=$(timeout 30 "$CHECK_SNMP" "$@" 2>&1)
	theirrc=$?
	# its status line ends in a space after "|" or the perfdata
	their=$(printf '%s\n' "$their" | head -n 1 | sed 's/ *$//')
	if [ "$theirs" = same ]; then
		if [ "$theirrc" = "$myrc" ] &&
		    [ "$(itl_norm "$their")" = "$(itl_norm "$(printf '%s\n' "$mine" | head -n 1)")" ]; then
			PASS=$((PASS + 1))
			echo "ok   $name: check_snmp the same"
		else
			FAIL=$((FAIL + 1))
			echo "FAIL $name: check_snmp differs"
			echo "     ours:       rc=$myrc $(printf '%s\n' "$mine" | head -n 1)"
			echo "     check_snmp: rc=$theirrc $their"
		fi
		return
	fi
	trc=${theirs%% *} tpat=${theirs#* }
	# shellcheck disable=SC2254
	case "$their" in
	$tpat) tm=1 ;;
	*) tm=0 ;;
	esac
	if [ "$theirrc" = "$trc" ] && [ $tm = 1 ]; then
		PASS=$((PASS + 1))
		echo "ok   $name: check_snmp as documented ($why)"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $name: check_snmp not as documented ($why)"
		echo "     expected:   rc=$trc $tpat"
		echo "     check_snmp: rc=$theirrc $their"
	fi
}

# The matrix: one line a case, fields separated by " ;; ".
itl_cases() {
	cat <<EOF
# snmp: no -P, so check_snmp's SNMPv1
default v1 ;; snmp ;; $A; $SP; snmp_oid = "$P.10.0" ;; 0 ;; SNMP OK - 42 | '$L.10.0'=42 ;; same ;;
v1-only agent, no -P ;; snmp ;; $A; $SP; snmp_community = "v1strict"; snmp_oid = "1.3.6.1.2.1.1.5.0" ;; 0 ;; SNMP OK - "test-agent" ;; same ;;
v2c Counter64 ;; snmp ;; $A; $SP; snmp_version = "2c"; snmp_oid = "1.3.6.1.2.1.31.1.1.1.6.1" ;; 0 ;; SNMP OK - [0-9]* | 'iso.3.6.1.2.1.31.1.1.1.6.1'=[0-9]*c ;; 0 SNMP OK - [0-9]* | iso.3.6.1.2.1.31.1.1.1.6.1=[0-9]*c ;; perf-quoting
:N is 0:N ;; snmp ;; $A; $SP; snmp_oid = "$P.10.0"; snmp_warn = ":1" ;; 1 ;; SNMP WARNING - \*42\* | '$L.10.0'=42;0:1 ;; same ;;
:N on a negative value ;; snmp ;; $A; $SP; snmp_oid = "$P.1.0"; snmp_crit = ":1" ;; 2 ;; SNMP CRITICAL - \*-5\* | '$L.1.0'=-5;;0:1 ;; same ;;
:N at 2^64-2 ;; snmp ;; $A; $SP; snmp_oid = "$P.3.0"; snmp_crit = ":18446744073709551614" ;; 0 ;; SNMP OK - 4294967295 | '$L.3.0'=4294967295;;0:18446744073709551614 ;; same ;;
exponent ~:1e3 ;; snmp ;; $A; $SP; snmp_oid = "$P.10.0"; snmp_warn = "~:1e3"; snmp_crit = "~:1e1" ;; 2 ;; SNMP CRITICAL - \*42\* | '$L.10.0'=42;~:1000;~:10 ;; same ;;
MAX:MIN alerts inside ;; snmp ;; $A; $SP; snmp_oid = "$P.10.0"; snmp_warn = "50:10" ;; 1 ;; SNMP WARNING - \*42\* | '$L.10.0'=42;@10:50 ;; same ;;
~:N on a negative value ;; snmp ;; $A; $SP; snmp_oid = "$P.1.0"; snmp_warn = "~:1" ;; 0 ;; SNMP OK - -5 | '$L.1.0'=-5;~:1 ;; same ;;
labels array ;; snmp ;; $A; $SP; snmp_oid = "$P.10.0,$P.1.0"; snmp_label = [ "in", "out" ] ;; 0 ;; SNMP OK - in 42 out -5 | 'in'=42 'out'=-5 ;; same ;;
units array ;; snmp ;; $A; $SP; snmp_oid = "$P.10.0,$P.1.0"; snmp_units = [ "a", "b" ]; snmp_output_delimiter = ", " ;; 0 ;; SNMP OK - 42 a, -5 b | '$L.10.0'=42 '$L.1.0'=-5 ;; same ;;
OIDs separated by a space ;; snmp ;; $A; $SP; snmp_oid = "$P.10.0 $P.1.0" ;; 0 ;; SNMP OK - 42 -5 | '$L.10.0'=42 '$L.1.0'=-5 ;; - ;; oid-space
label with a quote ;; snmp ;; $A; $SP; snmp_oid = "$P.10.0"; snmp_label = "it's" ;; 0 ;; SNMP OK - it's 42 | 'it''s'=42 ;; 0 SNMP OK - it's 42 | \"it's\"=42* ;; label-quote
perf-oids ;; snmp ;; $A; $SP; snmp_oid = "$P.10.0"; snmp_label = "answer"; snmp_perf_oids = true ;; 0 ;; SNMP OK - answer 42 | '$L.10.0'=42 ;; same ;;
MAC address in hex ;; snmp ;; $A; $SP; snmp_oid = "$P.21.0"; snmp_ereg = "62 C9" ;; 0 ;; SNMP OK - 62 C9 24 26 23 29 ;; 0 SNMP OK - 62 C9 24 26 23 29  | $L.21.0=62 ;; hex
MAC as check_snmp showed it ;; snmp ;; $A; $SP; snmp_oid = "$P.21.0"; snmp_string = "62 C9 24 26 23 29 " ;; 0 ;; SNMP OK - 62 C9 24 26 23 29 ;; 0 SNMP OK - 62 C9 24 26 23 29  | $L.21.0=62 ;; hex
Latin-1 in hex ;; snmp ;; $A; $SP; snmp_oid = "$P.22.0"; snmp_eregi = "^5a fc" ;; 0 ;; SNMP OK - 5A FC 72 69 63 68 ;; 2 SNMP CRITICAL - \*5A FC 72 69 63 68 \* | $L.22.0=5 ;; regex-line
UTF-8 is text ;; snmp ;; $A; $SP; snmp_oid = "$P.23.0"; snmp_string = "Zürich" ;; 0 ;; SNMP OK - "Zürich" ;; 2 SNMP CRITICAL - \*5A C3 BC 72 69 63 68 \* | $L.23.0=5 ;; utf8
string as check_snmp quoted it ;; snmp ;; $A; $SP; snmp_oid = "$P.9.0"; snmp_string = "\\"running\\"" ;; 0 ;; SNMP OK - "running" ;; same ;;
string itself ;; snmp ;; $A; $SP; snmp_oid = "$P.9.0"; snmp_string = "running" ;; 0 ;; SNMP OK - "running" ;; 2 SNMP CRITICAL - \*"running"\* | ;; quotes
regex, invert ;; snmp ;; $A; $SP; snmp_oid = "$P.9.0"; snmp_ereg = "^stop"; snmp_invert_search = true ;; 0 ;; SNMP OK - "running" ;; same ;;
regex on the type word ;; snmp ;; $A; $SP; snmp_oid = "$P.10.0"; snmp_ereg = "^INTEGER: 42\$" ;; 0 ;; SNMP OK - 42 | '$L.10.0'=42 ;; 2 SNMP CRITICAL - \*42\* | $L.10.0=42 ;; regex-line
enumeration by number ;; snmp ;; $A; $SP; snmp_oid = "1.3.6.1.2.1.2.2.1.8.1"; snmp_string = "1" ;; 0 ;; SNMP OK - 1 | 'iso.3.6.1.2.1.2.2.1.8.1'=1 ;; same ;;
enumeration by label ;; snmp ;; $A; $SP; snmp_oid = "1.3.6.1.2.1.2.2.1.8.1"; snmp_ereg = "up" ;; 0 ;; SNMP OK - 1 | 'iso.3.6.1.2.1.2.2.1.8.1'=1 ;; 2 SNMP CRITICAL - \*1\* | iso.3.6.1.2.1.2.2.1.8.1=1 ;; enum
enumeration, name typed ;; snmp ;; $A; $SP; snmp_oid = "ifOperStatus.1"; snmp_string = "up(1)" ;; 0 ;; SNMP OK - up(1) | 'IF-MIB::ifOperStatus.1'=1 ;; - ;; nomibs
MIB names with -m ;; snmp ;; $A; $SP; snmp_oid = "1.3.6.1.2.1.2.2.1.7.1"; snmp_miblist = "ALL"; snmp_crit = "1:1" ;; 0 ;; SNMP OK - up(1) | 'IF-MIB::ifAdminStatus.1'=1;;1:1 ;; - ;; nomibs
uptime by name ;; snmp ;; $A; $SP; snmp_oid = "sysUpTime.0"; snmp_warn = "1:" ;; 0 ;; SNMP OK - [0-9]* | 'SNMPv2-MIB::sysUpTime.0'=[0-9]*;1: ;; - ;; nomibs
missing object ;; snmp ;; $A; $SP; snmp_version = "2c"; snmp_oid = "$P.99.0" ;; 3 ;; SNMP UNKNOWN - No such object on 127.0.0.1:$SNMPD_PORT: $P.99.0 (noSuchObject) ;; 0 SNMP OK - No Such Object available on this agent at this OID | ;; missing
missing object, v1 ;; snmp ;; $A; $SP; snmp_oid = "$P.99.0" ;; 3 ;; SNMP UNKNOWN - No such object on 127.0.0.1:$SNMPD_PORT: $P.99.0 (noSuchName) ;; 3 External command error: Error in packet ;; missing
threshold on a string ;; snmp ;; $A; $SP; snmp_oid = "1.3.6.1.2.1.1.5.0"; snmp_warn = "10" ;; 3 ;; SNMP UNKNOWN - \*No valid data returned (test-agent)\* ;; 0 SNMP OK - 0 | iso.3.6.1.2.1.1.5.0=0;10 ;; string-threshold
offset ;; snmp ;; $A; $SP; snmp_oid = "$P.10.0"; snmp_offset = 10 ;; 0 ;; SNMP OK - 52 | '$L.10.0'=52 ;; 0 SNMP OK - 42 | $L.10.0=42 ;; offset
getnext, a pipe in the value ;; snmp ;; $A; $SP; snmp_oid = "1.3.6.1.2.1.1.5.0"; snmp_getnext = true ;; 0 ;; SNMP OK - "Rack 4/row 2" ;; 0 SNMP OK - "Rack 4|row 2" | ;; pipe
retries and timeout ;; snmp ;; $A; $SP; snmp_oid = "$P.10.0"; snmp_retries = 2; snmp_timeout = 5 ;; 0 ;; SNMP OK - 42 | '$L.10.0'=42 ;; same ;;
address given ;; snmp ;; $SP; snmp_address = "udp:127.0.0.1"; snmp_oid = "$P.10.0" ;; 0 ;; SNMP OK - 42 | '$L.10.0'=42 ;; same ;;
IPv6 address ;; snmp ;; address6 = "::1"; $SP; snmp_oid = "$P.10.0" ;; 0 ;; SNMP OK - 42 | '$L.10.0'=42 ;; same ;;
rate, first run ;; snmp ;; $A; $SP; snmp_version = "2c"; snmp_oid = "$P.4.0"; snmp_rate = true; snmp_rate_multiplier = 60 ;; 0 ;; SNMP OK - collecting data:* ;; 0 No previous data to calculate rate - assume okay ;; rate
Timeticks ;; snmp-uptime ;; $A; $SP ;; 0 ;; SNMP OK - [0-9]* | 'iso.3.6.1.2.1.1.3.0'=[0-9]* ;; 0 SNMP OK - Timeticks: (*) *:*:*.* | ;; timeticks
uptime with a threshold ;; snmp-uptime ;; $A; $SP; snmp_warn = "1:" ;; 0 ;; SNMP OK - [0-9]* | 'iso.3.6.1.2.1.1.3.0'=[0-9]*;1: ;; 0 SNMP OK - [0-9]* | iso.3.6.1.2.1.1.3.0=[0-9]*;1: ;; perf-quoting
# snmpv3: the ITL's defaults are SHA, AES and authPriv
v3 ITL defaults ;; snmpv3 ;; $A; $V3; snmpv3_user = "u_sha_aes"; snmpv3_oid = "$P.10.0" ;; 0 ;; SNMP OK - 42 | '$L.10.0'=42 ;; same ;;
v3 MD5 DES ;; snmpv3 ;; $A; $V3; snmpv3_user = "u_md5_des"; snmpv3_auth_alg = "MD5"; snmpv3_priv_alg = "DES"; snmpv3_oid = "$P.10.0"; snmpv3_warn = ":50"; snmpv3_crit = "~:1e2" ;; 0 ;; SNMP OK - 42 | '$L.10.0'=42;0:50;~:100 ;; same ;;
v3 authNoPriv ;; snmpv3 ;; $A; $V3; snmpv3_user = "u_sha_auth"; snmpv3_seclevel = "authNoPriv"; snmpv3_oid = "1.3.6.1.2.1.1.5.0"; snmpv3_string = "\\"test-agent\\"" ;; 0 ;; SNMP OK - "test-agent" ;; same ;;
v3 noAuthNoPriv, context ;; snmpv3 ;; $A; $V3; snmpv3_user = "u_noauth"; snmpv3_seclevel = "noAuthNoPriv"; snmpv3_context = ""; snmpv3_oid = "$P.9.0"; snmpv3_ereg = "run" ;; 0 ;; SNMP OK - "running" ;; same ;;
v3 SHA-256 AES-256 ;; snmpv3 ;; $A; $V3; snmpv3_user = "u_sha256_aes256"; snmpv3_auth_alg = "SHA-256"; snmpv3_priv_alg = "AES-256"; snmpv3_oid = "$P.10.0"; snmpv3_label = [ "answer" ]; snmpv3_units = [ "units" ] ;; 0 ;; SNMP OK - answer 42 units | 'answer'=42 ;; same ;;
v3 labels, regex ;; snmpv3 ;; $A; $V3; snmpv3_user = "u_sha_aes"; snmpv3_oid = "$P.9.0"; snmpv3_eregi = "RUN"; snmpv3_invert_search = true; snmpv3_timeout = 5 ;; 2 ;; SNMP CRITICAL - \*"running"\* ;; same ;;
v3 getnext, MIB list ;; snmpv3 ;; $A; $V3; snmpv3_user = "u_sha_aes"; snmpv3_oid = "1.3.6.1.2.1.1.5"; snmpv3_getnext = true; snmpv3_miblist = "" ;; 0 ;; SNMP OK - "test-agent" ;; same ;;
v3 rate ;; snmpv3 ;; $A; $V3; snmpv3_user = "u_sha_aes"; snmpv3_oid = "$P.4.0"; snmpv3_rate = true; snmpv3_rate_multiplier = 8 ;; 0 ;; SNMP OK - collecting data:* ;; 0 No previous data to calculate rate - assume okay ;; rate
v3 over IPv6 ;; snmpv3 ;; address = "127.0.0.1"; address6 = "::1"; check_ipv6 = true; $V3; snmpv3_user = "u_sha_aes"; snmpv3_oid = "$P.10.0" ;; 0 ;; SNMP OK - 42 | '$L.10.0'=42 ;; 3 External command error: snmpget: Unknown host (::1:*) ;; ipv6
v3 IPv4 forced ;; snmpv3 ;; address6 = "::1"; address = "127.0.0.1"; check_ipv4 = true; $V3; snmpv3_user = "u_sha_aes"; snmpv3_address = "127.0.0.1"; snmpv3_oid = "$P.10.0" ;; 0 ;; SNMP OK - 42 | '$L.10.0'=42 ;; same ;;
EOF
}

section "# ITL conformance: snmp, snmpv3, snmp-uptime from $ITL_CONF"
# every custom variable of the three commands is set by some case
itl_cases | grep -v '^#' >"$WORK/cases"
for cmd in snmp snmpv3 snmp-uptime; do
	awk -f "$TOP/tests/integration/itl-argv.awk" -v cmd=$cmd -v list=1 "$ITL_CONF"
done | sort -u >"$WORK/itl-vars"
missing=""
while IFS= read -r v; do
	case "$v" in address|address6|check_address) continue ;; esac
	grep -q " $v = " "$WORK/cases" || missing="$missing $v"
done <"$WORK/itl-vars"
if [ -z "$missing" ] && [ -s "$WORK/itl-vars" ]; then
	PASS=$((PASS + 1))
	echo "ok   every custom variable of the ITL's snmp, snmpv3 and snmp-uptime is set by a case ($(wc -l <"$WORK/itl-vars") variables)"
else
	FAIL=$((FAIL + 1))
	echo "FAIL custom variables no case sets:${missing:- (none read from the ITL)}"
fi

itl_one() {
	fs=$(printf '\037')
	printf '%s\n' "$1" | awk -F ' ;; ' -v OFS="$fs" '{ sub(/ ;;$/, ""); $1 = $1; print }' >"$WORK/fields"
	IFS=$fs read -r f1 f2 f3 f4 f5 f6 f7 <"$WORK/fields"
	itl_case "$f1" "$f2" "$f3" "$f4" "$f5" "$f6" "$f7"
}
while IFS= read -r c; do
	par itl_one "$c"
done <"$WORK/cases"
