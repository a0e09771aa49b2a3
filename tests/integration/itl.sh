# check_snmp conformance (run-one).  Icinga 2's own snmp, snmpv3 and snmp-uptime
# CheckCommands, read from the installed icinga2 package at test time
# (ITL_CONF, default /usr/share/icinga2/include/command-plugins.conf;
# nothing of it is copied here), turned into the argv Icinga 2 runs for a
# matrix of custom variables (itl-argv.awk), run with check_snmp_value
# under the name check_snmp (a symbolic link in a scratch directory)
# against the real snmpd with v1, v2c and v3 users; and the same argv run
# with monitoring-plugins' check_snmp 2.3.3 where it is installed.
#
# Then Debian's check_snmp commands (monitoring-plugins' snmp.cfg, read
# at test time too), and the defaults that only the name check_snmp gives.
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

# cmp_case NAME RC OURS THEIRS WHY ARGV...: ours (as check_snmp) exits
# RC with a first line matching OURS; check_snmp on the same ARGV as
# THEIRS says (same, "RC PATTERN" or -; "series": the same exit code and
# perfdata labels, values aside, for figures that move between the runs).
cmp_case() {
	name=$1 rc=$2 ours=$3 theirs=$4 why=$5
	shift 5
	run_case "$name [$*]" "$rc" "$ours" "$OURS" "$@" || return
	mine=$(printf '%s\n' "$OUT" | head -n 1) myrc=$RC
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
	case "$theirs" in
	same)	a=$(itl_norm "$their") b=$(itl_norm "$mine") ;;
	series)	a=$(itl_norm "$their" | sed 's/=[^ ]*//g; s/^[^|]*|//')
		b=$(itl_norm "$mine" | sed 's/=[^ ]*//g; s/^[^|]*|//') ;;
	*)	a=x b=x
		# shellcheck disable=SC2254
		case "$their" in
		${theirs#* }) ;;
		*) a=y ;;
		esac
		myrc=${theirs%% *} ;;
	esac
	if [ "$theirrc" = "$myrc" ] && [ "$a" = "$b" ]; then
		PASS=$((PASS + 1))
		echo "ok   $name: check_snmp ${why:-the same}"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $name: check_snmp not as expected (${why:-$theirs})"
		echo "     ours:       rc=$RC $mine"
		echo "     check_snmp: rc=$theirrc $their"
		echo "     expected:   $theirs"
	fi
}

# itl_case NAME COMMAND VARS RC OURS THEIRS WHY: the argv of the ITL's
# COMMAND for the service's VARS, then cmp_case.
itl_case() {
	name=$1 cmd=$2 vars=$3
	if ! awk -f "$TOP/tests/integration/itl-argv.awk" -v cmd="$cmd" \
	    -v svcvars="$vars" "$ITL_CONF" >"$WORK/argv" 2>"$WORK/argv.err"; then
		FAIL=$((FAIL + 1))
		echo "FAIL $name: no argv: $(cat "$WORK/argv.err")"
		return
	fi
	shift 3
	set -- "$name ($cmd)" "$@"
	while IFS= read -r a; do
		set -- "$@" "$a"
	done <"$WORK/argv"
	cmp_case "$@"
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

# Debian's check_snmp commands, from the installed monitoring-plugins
# (/etc/nagios-plugins/config/snmp.cfg, read at test time): each command
# line with $HOSTADDRESS$ and $ARGn$ filled in, split as /bin/sh splits
# it, -p added for the test agent.  A command without a line here fails
# the suite.  ARGS are $ARG1$... separated by "|"; ARG1 is the community.
SNMP_CFG=${SNMP_CFG:-/etc/nagios-plugins/config/snmp.cfg}
U=iso.3.6.1.4.1.2021
cfg_cases() {
	cat <<CFG
snmp_load ;; public|100000|100000|100000|200000|200000|200000 ;; 0 ;; SNMP OK - load [0-9]* [0-9]* [0-9]* | 'load'=[0-9]*;0:100000;0:200000 '$U.10.1.5.2'=* '$U.10.1.5.3'=* ;; series ;;
snmp_cpustats ;; public ;; = ;; * ;; series ;;
snmp_procname ;; public|1|1|100|1|200 ;; 0 ;; SNMP OK - [0-9]* | '$U.2.1.5.1'=[0-9]*;1:100;1:200 ;; series ;;
snmp_disk ;; public|1|1|99|0|100 ;; 0 ;; SNMP OK - disk space [0-9]* kB free ( [0-9]* % used) | 'disk space'=[0-9]*;1:;0: '$U.9.1.9.1'=[0-9]*;0:99;0:100 ;; series ;;
snmp_mem ;; public|1|0 ;; 0 ;; SNMP OK - [0-9]* [0-9]* | '$U.4.6.0'=*;1:;0: '$U.4.5.0'=* ;; series ;;
snmp_swap ;; public|0|0 ;; 0 ;; SNMP OK - [0-9]* [0-9]* | '$U.4.4.0'=*;0:;0: '$U.4.3.0'=* ;; series ;;
snmp_procs ;; public|100000|200000 ;; 3 ;; SNMP UNKNOWN - No such object on 127.0.0.1:$SNMPD_PORT: host.hrSystem.hrSystemProcesses (noSuchName) ;; - ;; nomibs
snmp_users ;; public|100|200 ;; 0 ;; SNMP OK - users [0-9]* | 'users'=[0-9]*;0:100;0:200 ;; - ;; nomibs
snmp_mem2 ;; public|1|1000000000000|2000000000000 ;; 0 ;; SNMP OK - [0-9]* [0-9]* | 'HOST-RESOURCES-MIB::hrStorageUsed.1'=[0-9]*;1000000000000;2000000000000 'HOST-RESOURCES-MIB::hrStorageSize.1'=[0-9]* ;; - ;; nomibs
snmp_swap2 ;; public|3|1000000000000|2000000000000 ;; 0 ;; SNMP OK - [0-9]* [0-9]* | 'HOST-RESOURCES-MIB::hrStorageUsed.3'=* 'HOST-RESOURCES-MIB::hrStorageSize.3'=* ;; - ;; nomibs
snmp_mem3 ;; public|1|1000000000000|2000000000000 ;; 0 ;; SNMP OK - * ;; - ;; nomibs
snmp_swap3 ;; public|3|1000000000000|2000000000000 ;; 0 ;; SNMP OK - * ;; - ;; nomibs
snmp_disk2 ;; public|31|1000000000000|2000000000000 ;; 0 ;; SNMP OK - [0-9]* | 'HOST-RESOURCES-MIB::hrStorageUsed.31'=* ;; - ;; nomibs
snmp_tcpopen ;; public|100|200 ;; 3 ;; SNMP UNKNOWN - Unknown object name 'tcp.tcpCurrEstab.0'* ;; - ;; nomibs
snmp_tcpstats ;; public ;; 3 ;; SNMP UNKNOWN - Unknown object name 'tcp.tcpActiveOpens.0'* ;; - ;; nomibs
check_netapp_uptime ;; public ;; 0 ;; SNMP OK - Uptime is [0-9]* | 'Uptime is'=[0-9]* ;; 0 SNMP OK - Uptime is * ;; delimiter
check_netapp_cpuload ;; public ;; 3 ;; SNMP UNKNOWN - No such object on 127.0.0.1:$SNMPD_PORT: .1.3.6.1.4.1.789.1.2.1.3.0 (noSuchName) ;; 3 External command error: Error in packet ;; missing
check_netapp_numdisks ;; public ;; 3 ;; SNMP UNKNOWN - No such object on 127.0.0.1:$SNMPD_PORT: .1.3.6.1.4.1.789.1.6.4.1.0 (noSuchName)* ;; 3 External command error: Error in packet ;; missing
check_compaq_thermalCondition ;; public ;; 3 ;; SNMP UNKNOWN - No such object on 127.0.0.1:$SNMPD_PORT: .1.3.6.1.4.1.232.6.2.1.0 (noSuchName)* ;; 3 External command error: Error in packet ;; missing
CFG
}

# cfg_one NAME "ARGS ;; RC ;; OURS ;; THEIRS ;; WHY" COMMAND_LINE
cfg_one() {
	cname=$1
	fs=$(printf '\037')
	printf '%s\n' "$2" | awk -F ' ;; ' -v OFS="$fs" '{ sub(/ ;;$/, ""); $1 = $1; print }' >"$WORK/fields"
	IFS=$fs read -r args rc ours theirs why <"$WORK/fields"
	line=$(printf '%s\n' "$3" | awk -v args="$args" '{
		n = split(args, a, "|")
		gsub(/\$HOSTADDRESS\$/, "127.0.0.1")
		for (i = n; i >= 1; i--)
			gsub("\\$ARG" i "\\$", a[i])
		print
	}')
	eval "set -- $line"
	shift
	# "=": whatever check_snmp answers (the agent's CPU figures come and
	# go), the same exit code
	if [ "$rc" = = ] && [ $HAVE_CHECK_SNMP = 0 ]; then
		echo "ok   $cname: check_snmp not installed, not compared"
		return
	fi
	[ "$rc" = = ] && rc=$(timeout 30 "$CHECK_SNMP" "$@" -p "$SNMPD_PORT" >/dev/null 2>&1; echo $?)
	cmp_case "$cname (Debian's snmp.cfg)" "$rc" "$ours" "$theirs" "$why" "$@" -p "$SNMPD_PORT"
}

section "# Debian's check_snmp commands from $SNMP_CFG"
if [ -r "$SNMP_CFG" ]; then
	cfg_cases >"$WORK/cfg-cases"
	awk '/command_name/ { n = $2 } /command_line/ && /check_snmp / {
		sub(/^[ \t]*command_line[ \t]*/, ""); print n "\t" $0 }' "$SNMP_CFG" \
	    >"$WORK/cfg-commands"
	while IFS='	' read -r cname cline; do
		c=$(grep "^$cname ;; " "$WORK/cfg-cases" | head -n 1)
		if [ -z "$c" ]; then
			FAIL=$((FAIL + 1))
			echo "FAIL $cname of $SNMP_CFG has no case in tests/integration/itl.sh"
			continue
		fi
		par cfg_one "$cname" "${c#"$cname ;; "}" "$cline"
	done <"$WORK/cfg-commands"
else
	echo "ok   no $SNMP_CFG (monitoring-plugins-standard): not compared"
fi

# The name decides the defaults; under its own name the modern ones.
section "# check_snmp's defaults under that name only"
OWN="$TOP/plugins/check_snmp_value"
V3MD5="-P 3 -L authPriv -U u_md5_des -A maplesyrup -X maplesyrup -o $P.10.0"
par run_case "as check_snmp: v1 without -P" 0 'SNMP OK - "test-agent"' \
    "$OURS" -H 127.0.0.1 -p "$SNMPD_PORT" -C v1strict -o 1.3.6.1.2.1.1.5.0
par run_case "as check_snmp_value: v2c without -P" 3 "SNMP UNKNOWN - No response from*" \
    "$OWN" -H 127.0.0.1 -p "$SNMPD_PORT" -C v1strict -o 1.3.6.1.2.1.1.5.0 -t 1
par run_case "--compat=check_snmp: v1 without -P" 0 'SNMP OK - "test-agent"' \
    "$OWN" --compat=check_snmp -H 127.0.0.1 -p "$SNMPD_PORT" -C v1strict -o 1.3.6.1.2.1.1.5.0
par run_case "as check_snmp: MD5 and DES without -a, -x" 0 "SNMP OK - 42 | '$L.10.0'=42" \
    "$OURS" -H 127.0.0.1 -p "$SNMPD_PORT" $V3MD5
par run_case "as check_snmp_value: SHA-1 and AES-128 without -a, -x" 3 \
    "SNMP UNKNOWN - SNMPv3 authentication failure for user 'u_misused'*" \
    "$OWN" -H 127.0.0.1 -p "$SNMPD_PORT" -P 3 -L authPriv -U u_misused -A maplesyrup -X maplesyrup -o $P.10.0 -t 2
par run_case "as check_snmp: noAuthNoPriv without -L, whatever -A, -X" 3 \
    "SNMP UNKNOWN - The agent at 127.0.0.1:$SNMPD_PORT answered authorizationError*" \
    "$OURS" -H 127.0.0.1 -p "$SNMPD_PORT" -P 3 -U u_md5_des -A maplesyrup -X maplesyrup -o $P.10.0 -t 2
par run_case "as check_snmp: MAX:MIN alerts inside" 1 "SNMP WARNING - \*42\* | '$L.10.0'=42;@10:50" \
    "$OURS" -H 127.0.0.1 -p "$SNMPD_PORT" -o $P.10.0 -w 50:10
par run_case "as check_snmp_value: MAX:MIN refused" 3 "SNMP UNKNOWN - Invalid warning range '50:10'*" \
    "$OWN" -H 127.0.0.1 -p "$SNMPD_PORT" -o $P.10.0 -w 50:10
printf '[check_snmp]\nhostname=127.0.0.1\nport=%s\n[check_snmp_value]\nhostname=192.0.2.1\n' \
    "$SNMPD_PORT" >"$WORK/plugins.ini"
par run_case "as check_snmp: --extra-opts section [check_snmp]" 0 "SNMP OK - 42 | '$L.10.0'=42" \
    "$OURS" --extra-opts=@"$WORK/plugins.ini" -o $P.10.0
