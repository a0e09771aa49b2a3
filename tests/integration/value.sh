# check_snmp_value against the real snmpd (contrib/snmpd/snmpd.conf): every
# value type, every range form, strings and regular expressions, missing
# objects, address forms, failures within -t, --help, --extra-opts and
# verbosity.  Every case asserts the exit code and the whole status line
# including perfdata.
H="-H 127.0.0.1 -p $SNMPD_PORT"
P=1.3.6.1.4.1.8072.9999
L=iso.3.6.1.4.1.8072.9999
V="$PLUGIN $H"

section "# values and types (v2c, IPv4)"
run_case "negative INTEGER" 0 "SNMP OK - -5 | '$L.1.0'=-5" $V -o $P.1.0
run_case "INTEGER -2^31" 0 "SNMP OK - -2147483648 | '$L.2.0'=-2147483648" $V -o $P.2.0
run_case "Gauge32 max" 0 "SNMP OK - 4294967295 | '$L.3.0'=4294967295" $V -o $P.3.0
run_case "Counter32 gets UOM c" 0 "SNMP OK - 4294967295 | '$L.4.0'=4294967295c" $V -o $P.4.0
run_case "Timeticks as number" 0 "SNMP OK - 123456 | '$L.8.0'=123456" $V -o $P.8.0
run_case "string quoted, no perfdata" 0 'SNMP OK - "test-agent"' $V -o 1.3.6.1.2.1.1.5.0
run_case "pipe in value cannot forge perfdata" 0 'SNMP OK - "OK/bad=1"' $V -o $P.6.0
run_case "OID value" 0 "SNMP OK - 1.3.6.1.4.1.8072.3.2.10" $V -o $P.7.0
run_case "numeric string compared as number" 1 "SNMP WARNING - *0.07* | '$L.5.0'=0.07;0.05" $V -o $P.5.0 -w 0.05
run_case "leading dot OID" 0 "SNMP OK - 42 | '$L.10.0'=42" $V -o .$P.10.0
run_case "name sysName.0" 0 'SNMP OK - "test-agent"' $V -o sysName.0
run_case "MODULE::name" 0 "SNMP OK - [0-9]* | 'SNMPv2-MIB::sysUpTime.0'=[0-9]*" $V -o SNMPv2-MIB::sysUpTime.0
run_case "IF-MIB Counter64 by name" 0 "SNMP OK - [0-9]* | 'IF-MIB::ifHCInOctets.1'=[0-9]*c" $V -o IF-MIB::ifHCInOctets.1
run_case "unknown name" 3 "SNMP UNKNOWN - Unknown object name 'noSuchThing.0': use a numeric OID (no MIB files are read)" $V -o noSuchThing.0
run_case "invalid OID" 3 "SNMP UNKNOWN - Invalid OID '1.3.6.x'" $V -o 1.3.6.x

section "# thresholds: every range form on INTEGER 42"
O="-o $P.10.0"
run_case "N inside" 0 "SNMP OK - 42 | '$L.10.0'=42;50;60" $V $O -w 50 -c 60
run_case "N above warn" 1 "SNMP WARNING - *42* | '$L.10.0'=42;40;60" $V $O -w 40 -c 60
run_case "N above crit" 2 "SNMP CRITICAL - *42* | '$L.10.0'=42;30;40" $V $O -w 30 -c 40
run_case "N: below" 1 "SNMP WARNING - *42* | '$L.10.0'=42;50:" $V $O -w 50:
run_case "N: ok" 0 "SNMP OK - 42 | '$L.10.0'=42;;40:" $V $O -c 40:
run_case "~:N" 2 "SNMP CRITICAL - *42* | '$L.10.0'=42;;~:41" $V $O -c '~:41'
run_case "N:M outside" 2 "SNMP CRITICAL - *42* | '$L.10.0'=42;;43:50" $V $O -c 43:50
run_case "N:M inside" 0 "SNMP OK - 42 | '$L.10.0'=42;;42:42" $V $O -c 42:42
run_case "@N:M inside alerts" 1 "SNMP WARNING - *42* | '$L.10.0'=42;@40:45" $V $O -w @40:45
run_case "@N:M outside ok" 0 "SNMP OK - 42 | '$L.10.0'=42;@43:45" $V $O -w @43:45
run_case "decimal range" 1 "SNMP WARNING - *42* | '$L.10.0'=42;41.5" $V $O -w 41.5
run_case "negative value vs range" 2 "SNMP CRITICAL - *-5* | '$L.1.0'=-5;;0:" $V -o $P.1.0 -c 0:
run_case "invalid range 10:abc" 3 "SNMP UNKNOWN - Invalid warning range '10:abc'*" $V $O -w 10:abc
run_case "invalid range 20:10" 3 "SNMP UNKNOWN - Invalid critical range '20:10': its start is greater than its end; expected *" $V $O -c 20:10
run_case "too many thresholds" 3 "SNMP UNKNOWN - -w has 2 thresholds for 1 object" $V $O -w 1,2
run_case "threshold on string: -z default" 3 "SNMP UNKNOWN - *No valid data returned (test-agent)*" $V -o sysName.0 -w 10
run_case "threshold on string: -z 2" 2 "SNMP CRITICAL - *No valid data returned (test-agent)*" $V -o sysName.0 -w 10 -z 2

section "# several objects, labels, units, delimiter"
run_case "per-OID thresholds, empty field" 2 "SNMP CRITICAL - -5 *42* | '$L.1.0'=-5 '$L.10.0'=42;;40" $V -o $P.1.0,$P.10.0 -c ,40
run_case "single threshold: first OID only" 0 "SNMP OK - 42 -5 | '$L.10.0'=42;50 '$L.1.0'=-5" $V -o "$P.10.0 $P.1.0" -w 50
run_case "repeated -o, labels, units" 0 "SNMP OK - answer 42 units, neg -5 | 'answer'=42 'neg'=-5" $V -o $P.10.0 -o $P.1.0 -l answer,neg -u units -D ', '
run_case "quoted label with comma" 0 "SNMP OK - a, b 42 | 'a, b'=42" $V -o $P.10.0 -l '"a, b"'
run_case "-O labels perfdata with OIDs" 0 "SNMP OK - answer 42 | '$L.10.0'=42" $V -o $P.10.0 -l answer -O
run_case "-M multiplier" 0 "SNMP OK - 4.2 | '$L.10.0'=4.2" $V -o $P.10.0 -M 0.1
run_case "--offset and -f" 1 "SNMP WARNING - *52.00* | '$L.10.0'=52;50" $V -o $P.10.0 --offset 10 -f '%.2f' -w 50
run_case "invalid -f" 3 "SNMP UNKNOWN - Invalid format '%s': expected one %f, %e or %g conversion" $V -o $P.10.0 -f '%s'
run_case "-m '' and -d = change nothing" 0 "SNMP OK - 42 | '$L.10.0'=42" $V -o $P.10.0 -m '' -d =
run_case "-m ALL: MIB names for numeric OIDs" 0 "SNMP OK - 42 | 'SNMPv2-SMI::enterprises.8072.9999.10.0'=42" $V -o $P.10.0 -m ALL
run_case "-d splits string values" 0 "SNMP OK - 42 \"ing\" | '$L.10.0'=42" $V -o $P.10.0,$P.9.0 -d unn -s 42 -s ing
run_case "name typed: enumeration and MIB label" 0 "SNMP OK - up(1) | 'IF-MIB::ifOperStatus.1'=1" $V -o ifOperStatus.1 -s up

section "# strings and regular expressions"
run_case "-s equal" 0 'SNMP OK - "running"' $V -o $P.9.0 -s running
run_case "-s differs" 2 'SNMP CRITICAL - *"running"*' $V -o $P.9.0 -s stopped
run_case "-s is exact, not substring" 2 'SNMP CRITICAL - *"running"*' $V -o $P.9.0 -s run
run_case "-r matches" 0 'SNMP OK - "running"' $V -o $P.9.0 -r '^run+ing$'
run_case "-r no match" 2 'SNMP CRITICAL - *"running"*' $V -o $P.9.0 -r '^RUN'
run_case "-R ignores case" 0 'SNMP OK - "running"' $V -o $P.9.0 -R '^RUN'
run_case "--invert-search" 2 'SNMP CRITICAL - *"running"*' $V -o $P.9.0 -s running --invert-search
run_case "-s on second OID order" 2 "SNMP CRITICAL - \"running\" *\"test-agent\"*" $V -o $P.9.0,sysName.0 -s running -s other
run_case "-s on number" 0 "SNMP OK - 42 | '$L.10.0'=42" $V -o $P.10.0 -s 42
run_case "bad regex" 3 "SNMP UNKNOWN - Invalid regular expression '(':*" $V -o $P.9.0 -r '('

# issue 18: the status line keeps check_snmp's shape; the long output says
# which object and what was expected of it (not under the name check_snmp)
val_long() {
	if [ "$(printf '%s\n' "$OUT" | sed -n 2p)" = "$2" ]; then
		PASS=$((PASS + 1)); echo "ok   $1"
	else
		FAIL=$((FAIL + 1)); echo "FAIL $1"
		echo "     expected line 2: $2"
		echo "     got:             $(printf '%s\n' "$OUT" | sed -n 2p)"
	fi
}
run_case "-s differs: long output" 2 'SNMP CRITICAL - *"running"*' $V -o $P.9.0 -s stopped
val_long "  ... names the object and the string expected" "$L.9.0 = \"running\": expected string \"stopped\""
run_case "-r no match: long output" 2 'SNMP CRITICAL - *"running"*' $V -o $P.9.0 -r '^RUN'
val_long "  ... names the regex" "$L.9.0 = \"running\": expected match of the regex '^RUN'"
run_case "--invert-search: long output" 2 'SNMP CRITICAL - *"running"*' $V -o $P.9.0 -R '^RUN' --invert-search
val_long "  ... says none was expected" "$L.9.0 = \"running\": expected no match, ignoring case, of the regex '^RUN'"
run_case "threshold: long output" 2 "SNMP CRITICAL - \"running\" *42* | '$L.10.0'=42;;@40:45" $V -o $P.9.0,$P.10.0 -c ,@40:45
val_long "  ... names the object and the range" "$L.10.0 = 42: inside the critical range '@40:45'"
run_case "threshold and string: one line" 2 "SNMP CRITICAL - *42* | '$L.10.0'=42;;30" $V -o $P.10.0 -c 30 -s 41
val_long "  ... with both reasons" "$L.10.0 = 42: outside the critical range '30'; expected string \"41\""
run_case "OK: no long output" 0 "SNMP OK - 42 | '$L.10.0'=42;;50" $V -o $P.10.0 -c 50
val_long "  ... none" ""
run_case "as check_snmp: the shape alone" 2 'SNMP CRITICAL - *"running"*' $V --compat=check_snmp -P 2c -o $P.9.0 -s stopped
val_long "  ... no long output" ""

section "# missing objects are UNKNOWN"
run_case "v2c noSuchObject" 3 "SNMP UNKNOWN - No such object on 127.0.0.1:$SNMPD_PORT: $P.99.0 (noSuchObject)" $V -o $P.99.0
run_case "v2c noSuchInstance" 3 "SNMP UNKNOWN - No such object on 127.0.0.1:$SNMPD_PORT: 1.3.6.1.2.1.1.5.1 (noSuchInstance)" $V -o 1.3.6.1.2.1.1.5.1
run_case "one of two missing" 3 "SNMP UNKNOWN - No such object on 127.0.0.1:$SNMPD_PORT: $P.99.0 (noSuchObject)" $V -o $P.10.0,$P.99.0
run_case "v1 noSuchName" 3 "SNMP UNKNOWN - No such object on 127.0.0.1:$SNMPD_PORT: $P.99.0 (noSuchName)" $V -P 1 -C v1only -o $P.10.0,$P.99.0
run_case "v1 value" 0 'SNMP OK - "test-agent"' $V -P 1 -o sysName.0
run_case "GETNEXT" 0 'SNMP OK - "test-agent"' $V -n -o 1.3.6.1.2.1.1.5

section "# IPv6 and address forms"
run_case "IPv6 literal with -p" 0 'SNMP OK - "test-agent"' $PLUGIN -H ::1 -p "$SNMPD_PORT" -o sysName.0
run_case "[IPv6]:port" 0 'SNMP OK - "test-agent"' $PLUGIN -H "[::1]:$SNMPD_PORT" -o sysName.0
run_case "udp6: prefix" 0 'SNMP OK - "test-agent"' $PLUGIN -H "udp6:[::1]:$SNMPD_PORT" -o sysName.0
run_case "udp: host:port" 0 'SNMP OK - "test-agent"' $PLUGIN -H "udp:127.0.0.1:$SNMPD_PORT" -o sysName.0
run_case "localhost with -4" 0 'SNMP OK - "test-agent"' $PLUGIN -4 -H localhost -p "$SNMPD_PORT" -o sysName.0
run_case "-4 with IPv6 literal" 3 "SNMP UNKNOWN - Invalid host '::1'*-4*" $PLUGIN -4 -H ::1 -p "$SNMPD_PORT" -o sysName.0
run_case "unresolvable name" 3 "SNMP UNKNOWN - cannot resolve host name 'no-such-host.invalid'*" $PLUGIN -H no-such-host.invalid -o sysName.0 -t 2
within "name resolution bounded by -t" 2500

section "# failures name their cause within -t"
run_case "wrong community" 3 "SNMP UNKNOWN - No response from 127.0.0.1:$SNMPD_PORT within 1.0 s*wrong community*" $V -C wrong -o sysName.0 -t 1
within "wrong community within -t" 1500
run_case "-t STATE on timeout" 2 "SNMP CRITICAL - No response from*" $V -C wrong -o sysName.0 -t 1:CRITICAL
run_case "closed port: refused" 3 "SNMP UNKNOWN - Connection refused by 127.0.0.1:1: no SNMP agent listens on that port (ICMP port unreachable)" $PLUGIN -H 127.0.0.1 -p 1 -o sysName.0 -t 2
within "refused is immediate" 1000
run_case "no -o" 3 "SNMP UNKNOWN - No OID given: use -o OID" $V
run_case "no host" 3 "SNMP UNKNOWN - No agent given: use -H HOST (or --walk-file FILE)" $PLUGIN -o sysName.0
run_case "bad port" 3 "SNMP UNKNOWN - Invalid port '70000': expected 1 to 65535" $PLUGIN -H 127.0.0.1 -p 70000 -o sysName.0
run_case "--help exits 0" 0 "check_snmp_value (snmp-plugins *)" $PLUGIN --help
for opt in -H -p -4 -6 -P -C -o -n -w -c -s -r -R --invert-search -l -u -D -O -M -f -z -m -d -t -e -v -h -V --extra-opts --walk-file --offset; do
	if printf '%s\n' "$OUT" | grep -q -- " $opt[][,= ]\| $opt\$\|, $opt"; then
		PASS=$((PASS + 1))
	else
		FAIL=$((FAIL + 1))
		echo "FAIL --help does not document $opt"
	fi
done
run_case "-V" 0 "check_snmp_value (snmp-plugins *)" $PLUGIN -V
# issue 18: every program's help, its own and the shared options', fits
# in 80 columns
for x in "$TOP"/plugins/check_snmp_* "$TOP/discover/snmp_discover"; do
	case $x in *.c) continue ;; esac
	for h in --help --help-agent; do
		run_case "${x##*/} $h" 0 "${x##*/} (snmp-plugins *)" "$x" $h
		wide=$(printf '%s\n' "$OUT" | awk 'length > 80')
		check "${x##*/} $h: no line over 80 columns" [ -z "$wide" ]
		[ -z "$wide" ] || printf '     %s\n' "$wide"
	done
done

section "# --extra-opts"
cat >"$WORK/plugins.ini" <<INI
[check_snmp_value]
hostname=127.0.0.1
port=$SNMPD_PORT

[answer]
hostname=127.0.0.1
port=$SNMPD_PORT
oid=$P.10.0
warning=40
INI
run_case "default section" 0 'SNMP OK - "test-agent"' $PLUGIN --extra-opts=@"$WORK/plugins.ini" -o sysName.0
run_case "named section, cli adds" 2 "SNMP CRITICAL - *42* | '$L.10.0'=42;40;41" $PLUGIN --extra-opts=answer@"$WORK/plugins.ini" -c 41
MP_CONFIG_FILE="$WORK/plugins.ini"
export MP_CONFIG_FILE
run_case "MP_CONFIG_FILE" 1 "SNMP WARNING - *42* | '$L.10.0'=42;40" $PLUGIN --extra-opts=answer
unset MP_CONFIG_FILE
run_case "missing section" 3 "SNMP UNKNOWN - --extra-opts: section ?nope? not found in $WORK/plugins.ini" $PLUGIN --extra-opts=nope@"$WORK/plugins.ini"

section "# verbosity"
run_case "-v adds a detail line" 0 'SNMP OK - "test-agent"' $V -o sysName.0 -v
if printf '%s\n' "$OUT" | sed -n 2p | grep -qx '1.3.6.1.2.1.1.5.0 = STRING: test-agent'; then PASS=$((PASS + 1)); else FAIL=$((FAIL + 1)); echo "FAIL -v detail line: $OUT"; fi
run_case "-vvv dumps with community redacted" 0 'SNMP OK - "test-agent"' $V -o sysName.0 -vvv -C public
if grep -q '\*\* \*\* \*\* \*\* \*\* \*\*' "$WORK/stderr" && ! grep -q '70 75 62 6c 69 63' "$WORK/stderr"; then PASS=$((PASS + 1)); else FAIL=$((FAIL + 1)); echo "FAIL -vvv redaction"; cat "$WORK/stderr"; fi


section "# what a GET asks of the kernel (static musl build)"
# A v2c GET of the static musl build allocates nothing, opens no file and
# reads the clock without the vDSO (bench/README.md, "Page faults"): its
# system calls are the start-up's, the alarm's, one socket's and the
# output's, no brk, mmap, open or read.  The sanitizer, memcheck and glibc
# builds start up otherwise: the case is for the build that ships.
# static_elf FILE: an ELF executable without a program interpreter (not
# a wrapper script, not dynamically linked)
static_elf() {
	[ "$(head -c 4 "$1" | od -An -tx1 | tr -d ' \n')" = 7f454c46 ] &&
	    ! grep -aq -e /ld-musl -e /ld-linux "$1"
}
# get_calls_ok: a request and a reply, and nothing that allocates, opens
# or reads a file
get_calls_ok() {
	printf ' %s\n' "$calls" | grep -q ' sendto ' &&
	    printf ' %s\n' "$calls" | grep -q ' recvfrom ' &&
	    ! printf ' %s\n' "$calls" | grep -Eq ' (brk|mmap|munmap|mremap|open|openat|read|stat|fstat|newfstatat|ioctl) '
}
if ! static_elf "$PLUGIN" ||
    ! "$PLUGIN" --version 2>/dev/null | grep -q 'libc: musl'; then
	check "system calls of a GET: not this build (the static musl one is checked)" true
else
	strace -f -qq -o "$WORK/strace" "$PLUGIN" $H -o 1.3.6.1.2.1.1.3.0 \
	    >/dev/null 2>&1
	calls=$(sed -n 's/^[0-9]* *\([a-z_0-9]*\)(.*/\1/p' "$WORK/strace" |
	    sort -u | tr '\n' ' ')
	check "system calls of a GET: $calls" get_calls_ok
fi
