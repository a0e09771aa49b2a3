# A suite (run-one): protocol-notes.md's
# "Hostile inputs every decoder must survive", every item a v1/v2c reply
# can carry (1-9, and a binary string for 14; walks, 13, are walk.sh's
# and hostile-tables.sh's), reproduced on the wire by the hostile agent's
# wire scenarios (hostile_agent.c, wires[]), against check_snmp_value and,
# at the end, the table plugins.  Each case asserts the exact outcome
# within -t plus half a second:
# - a hostile datagram followed by the correct reply (agent -g): the
#   correct answer (42; the hostile datagrams carry 666), and in the -vv
#   trace exactly one "ignored a datagram: REASON" with the exact reason;
# - for at least one datagram per item, the same datagram alone (-e 0): the
#   timeout that names it, "(1 request sent; 1 datagram ignored, last:
#   REASON)";
# - where the datagram is lawful (lenient encodings, boundary values,
#   agent errors): the exact status line it deserves.
# Helpers and variables are prefixed hw_ / HW_.
section "# hostile wire: the v1/v2c hostile-input matrix (protocol-notes.md items 1-9, 14)"
# In the memcheck slice, the first case of each section (lib.sh, par).
MC_ONLY=1
HW_O=1.3.6.1.2.1.1.3.0
HW_L=iso.3.6.1.2.1.1.3.0
HW_O2=1.3.6.1.2.1.1.5.0
HW_OK="SNMP OK - 42 | '$HW_L'=42"
HW_OK2="SNMP OK - 42 42 | '$HW_L'=42 'iso.3.6.1.2.1.1.5.0'=42"
HW_GOOD=$HW_OK
HW_HOST=127.0.0.1
HW_AF=""
HW_NOTE=""	# appended to the case names
HW_NORESP="No response from 127.0.0.1:@PORT@ within 1.0 s (1 request sent): host down or unreachable, wrong community, or a reply too large for the agent to send"

hw_pass() {
	PASS=$((PASS + 1))
	echo "ok   $1"
}

hw_fail() {
	FAIL=$((FAIL + 1))
	echo "FAIL $1"
	[ $# -gt 1 ] && printf '     %s\n' "$2"
	return 0
}

# hw_exact TEXT: TEXT as a run_case pattern that matches only itself, with
# @PORT@ replaced by the agent's port.
hw_exact() {
	printf '%s\n' "$1" | sed -e 's/[][*?\\]/\\&/g' -e "s/@PORT@/$HOSTILE_PORT/g"
}

# hw_agentlog: what the current hostile agent wrote to stderr.
hw_agentlog() {
	cat "$WORK/hostile.$HOSTILE_RUNS.log"
}

# hw_ignored_lines: the reasons the last run gave for ignored datagrams.
hw_ignored_lines() {
	sed -n 's/^ignored a datagram: //p' "$WORK/stderr"
}

# hw_run SCENARIO AGENT-FLAGS NAME RC LINE MAX_MS ARGS...: check_snmp_value
# asks the agent for $HW_O (ARGS may add objects and options); the whole
# status line must be LINE (@PORT@: the agent's port).
hw_run() {
	hw_sc=$1 hw_fl=$2 hw_n=$3 hw_rc=$4 hw_line=$5 hw_ms=$6
	shift 6
	start_hostile "$hw_sc" "$hw_fl $HW_AF"
	run_case "wire $hw_sc: $hw_n$HW_NOTE" "$hw_rc" "$(hw_exact "$hw_line")" \
	    "$PLUGIN" -H "$HW_HOST" -p "$HOSTILE_PORT" -o "$HW_O" "$@"
	within "wire $hw_sc: time" "$hw_ms"
	stop_hostile
}

# hw_ignored SCENARIO REASON ARGS...: the hostile datagram, then the
# correct reply: the answer is $HW_GOOD, and the datagram was ignored for
# exactly REASON.  In parallel with the other cases (lib.sh, par), as is
# hw_alone.
hw_ignored() {
	par hw_ignored_case "$@"
}

hw_ignored_case() {
	hw_sc=$1 hw_why=$2
	shift 2
	hw_run "$hw_sc" -g "ignored, then the right answer" 0 "$HW_GOOD" 1000 \
	    -vv "$@"
	if [ "$(hw_ignored_lines)" = "$hw_why" ]; then
		hw_pass "wire $hw_sc: ignored because: $hw_why$HW_NOTE"
	else
		hw_fail "wire $hw_sc: expected one ignored datagram: $hw_why" \
		    "got: $(hw_ignored_lines | tr '\n' '/')"
	fi
}

# hw_alone SCENARIO REASON ARGS...: the hostile datagram alone: UNKNOWN at
# -t 1 naming it.
hw_alone() {
	par hw_alone_case "$@"
}

hw_alone_case() {
	hw_sc=$1 hw_why=$2
	shift 2
	hw_run "$hw_sc" "" "alone: the timeout names it" 3 \
	    "SNMP UNKNOWN - No valid response from $HW_HOST:@PORT@ within 1.0 s (1 request sent; 1 datagram ignored, last: $hw_why)" \
	    1500 -t 1 -e 0 "$@"
}

# hw_both SCENARIO REASON ARGS...: hw_ignored and hw_alone.
hw_both() {
	hw_ignored "$@"
	hw_alone "$@"
}

HW_BER="malformed reply: malformed BER encoding"
HW_TRUNC="malformed reply: truncated data"
HW_BADOID="malformed reply: invalid object identifier"
HW_RANGE="malformed reply: value out of range"

section "## 1: lengths: indefinite, reserved, over 4 octets, past the end, huge"
# the outer SEQUENCE's length octets, then those of the value
hw_both len-indefinite "$HW_BER"
hw_ignored len-reserved "$HW_BER"
hw_ignored len-5-octets "$HW_BER"
hw_both len-past-end "$HW_TRUNC"
hw_ignored len-huge "$HW_BER"
hw_ignored len-4g "$HW_TRUNC"
hw_ignored trailing-octet "$HW_BER"
hw_ignored value-len-indefinite "$HW_BER"
hw_ignored value-len-reserved "$HW_BER"
hw_both value-len-5-octets "$HW_BER"
hw_ignored value-len-past-end "$HW_TRUNC"
hw_ignored value-len-huge "$HW_BER"
hw_ignored value-len-4g "$HW_TRUNC"
hw_ignored varbind-len-past-end "$HW_TRUNC"
# the first value's length reaches into the second varbind, inside the datagram
HW_GOOD=$HW_OK2
hw_ignored value-len-into-next "$HW_TRUNC" -o "$HW_O2"
HW_GOOD=$HW_OK
# lenient: long-form lengths that are not minimal are what real agents send
hw_run len-long-form "" "4-octet long-form outer length accepted" 0 "SNMP OK - 666 | '$HW_L'=666" 1000
hw_run value-len-long-form "" "long-form value length accepted" 0 "SNMP OK - 666 | '$HW_L'=666" 1000

section "## 2: truncation at every offset, empty and one-octet datagrams"
# The correct reply (61 octets) cut at 0, 1, ... 60 octets, in one burst:
# every cut ignored, then the whole reply accepted.
hw_cut_check() { # NAME EXPECTED-REASONS (sorted, uniq -c, one line)
	hw_cuts=$(hw_agentlog | sed -n 's/^hostile .*: sent \([0-9]*\) cuts$/\1/p')
	hw_got=$(hw_ignored_lines | sort | uniq -c | sed 's/^ *//' | tr '\n' '/')
	if [ "$hw_cuts" = 61 ] && [ "$hw_got" = "$2" ]; then
		hw_pass "wire $1: all $hw_cuts cuts ignored: $hw_got"
	else
		hw_fail "wire $1: expected 61 cuts ignored as $2" "agent sent ${hw_cuts:-?} cuts; ignored: $hw_got"
	fi
}
hw_run cut-every -g "each of 61 cuts ignored, then the right answer" 0 "$HW_OK" 1000 -vv
hw_cut_check cut-every "61 $HW_TRUNC/"
hw_run cut-every "" "61 cuts alone: the timeout counts them" 3 \
    "SNMP UNKNOWN - No valid response from 127.0.0.1:@PORT@ within 1.0 s (1 request sent; 61 datagrams ignored, last: $HW_TRUNC)" \
    1500 -t 1 -e 0
# the same cuts with every enclosing length fitted to the cut, so that the
# truncation is met inside: the varbind, the list, the PDU
hw_run cut-every-fitted -g "each of 61 fitted cuts ignored, then the right answer" 0 "$HW_OK" 1000 -vv
hw_cut_check cut-every-fitted "60 $HW_TRUNC/1 reply holds 0 varbinds for 1 requested/"
hw_both empty "$HW_TRUNC"
hw_ignored one-octet "$HW_TRUNC"
hw_ignored empty-sequence "$HW_TRUNC"

section "## 3: empty INTEGER, NULL with contents, INTEGER over 8 octets, out-of-range numbers"
hw_both int-empty "$HW_BER"
hw_ignored null-content "$HW_BER"
hw_both int-9-octets "$HW_BER"
hw_ignored counter32-2^32 "$HW_RANGE"
hw_ignored timeticks-2^32 "$HW_RANGE"
hw_ignored counter64-empty "$HW_BER"
hw_ignored counter64-10-octets "$HW_RANGE"
hw_ignored version-empty "$HW_BER"
hw_ignored reqid-empty "$HW_BER"
hw_ignored errstat-empty "$HW_BER"
# lawful: the decoder keeps 64 bits, signed for INTEGER, unsigned otherwise
hw_run int-8-octets "" "8-octet INTEGER -2^63 exact" 0 \
    "SNMP OK - -9223372036854775808 | '$HW_L'=-9223372036854775808" 1000
hw_run int-padded "" "INTEGER with redundant leading zeros" 0 "SNMP OK - 666 | '$HW_L'=666" 1000
hw_run counter32-padded "" "Counter32 2^32-1 in 5 octets" 0 "SNMP OK - 4294967295 | '$HW_L'=4294967295c" 1000
hw_run gauge32-no-zero "" "Gauge32 without its leading zero read unsigned" 0 "SNMP OK - 4294967295 | '$HW_L'=4294967295" 1000

section "## 4: object identifiers in the varbind name (and as a value)"
hw_both oid-first-2^32 "$HW_BADOID"
hw_ignored oid-arc-2^32 "$HW_BADOID"
hw_ignored oid-unterminated "$HW_BADOID"
hw_both oid-empty "$HW_BADOID"
hw_ignored oid-129-arcs "$HW_BADOID"
hw_ignored oid-leading-80 "$HW_BADOID"
hw_ignored value-oid-unterminated "$HW_BADOID"
# the boundaries are lawful: 128 arcs, an arc of 2^32-1 (the agent echoes)
HW_A128=1.3$(i=0; while [ $i -lt 126 ]; do printf .1; i=$((i + 1)); done)
hw_run good "" "128 arcs requested and echoed" 0 \
    "SNMP OK - 42 42 | '$HW_L'=42 'iso.3${HW_A128#1.3}'=42" 1000 -o "$HW_A128"
hw_run good "" "arc 2^32-1 requested and echoed" 0 \
    "SNMP OK - 42 42 | '$HW_L'=42 'iso.3.6.1.2.1.1.3.4294967295'=42" 1000 -o 1.3.6.1.2.1.1.3.4294967295

section "## 5: constructed forms of primitive types, high tag numbers, deep nesting"
# A v1/v2c message nests 4 deep (message, PDU, list, varbind) and every
# value is primitive: deeper nesting can only stand where a value or a
# varbind is expected, and is refused there.
hw_both value-constructed-string "$HW_BER"
hw_ignored value-constructed-int "$HW_BER"
hw_both value-high-tag "$HW_BER"
hw_ignored value-bare-float "$HW_BER"
hw_ignored name-constructed "$HW_BER"
hw_ignored name-as-string "$HW_BER"
hw_ignored pdu-primitive "malformed reply: malformed PDU"
hw_ignored message-primitive "$HW_BER"
hw_ignored value-nested-10 "$HW_BER"
hw_both varbind-nested-10 "$HW_BER"

section "## 6: zero, too many, fewer, other or reordered varbinds"
hw_both vb-none "reply holds 0 varbinds for 1 requested"
hw_ignored vb-three "reply holds 3 varbinds for 1 requested"
hw_both vb-600 "reply holds more than 512 varbinds"
HW_GOOD=$HW_OK2
hw_ignored vb-one "reply holds 1 varbind for 2 requested" -o "$HW_O2"
# the names must be the requested ones, in order: a reply naming another
# object is not the value of the requested one
hw_both names-swapped "reply names $HW_O2 where 1. requested object was expected" -o "$HW_O2"
HW_GOOD=$HW_OK
hw_both name-other "reply names 1.3.6.1.2.1.1.4.0 where 1. requested object was expected"
# GETNEXT (-n): a reply that echoes the request does not advance
hw_run good "" "-n: an echo is no GETNEXT answer" 3 \
    "SNMP UNKNOWN - No valid response from 127.0.0.1:@PORT@ within 1.0 s (1 request sent; 1 datagram ignored, last: GETNEXT reply does not advance)" \
    1500 -n -t 1 -e 0

section "## 7: IpAddress not 4 octets, exceptions with contents, Counter64 from 2^63"
hw_both ip-3-octets "$HW_BER"
hw_ignored ip-5-octets "$HW_BER"
hw_ignored ip-empty "$HW_BER"
hw_run ip-good "" "IpAddress of 4 octets" 0 "SNMP OK - 192.0.2.1" 1000
hw_ignored nosuchobject-content "$HW_BER"
hw_both endofmibview-content "$HW_BER"
hw_run nosuchobject "" "noSuchObject: UNKNOWN, never OK" 3 \
    "SNMP UNKNOWN - No such object on 127.0.0.1:@PORT@: $HW_O (noSuchObject)" 1000
hw_run endofmibview "" "endOfMibView for a GET: UNKNOWN, never OK" 3 \
    "SNMP UNKNOWN - No such object on 127.0.0.1:@PORT@: $HW_O (endOfMibView)" 1000
HW_NOTE=" (v1)"
hw_both nosuchobject "v2c exception in a v1 reply" -P 1
HW_NOTE=""
hw_both counter64-9-octets "$HW_RANGE"
hw_run counter64-2^63 "" "Counter64 2^63 (9 octets) exact" 0 \
    "SNMP OK - 9223372036854775808 | '$HW_L'=9223372036854775808c" 1000
hw_run counter64-2^63-no-zero "" "Counter64 2^63 without its leading zero, lenient" 0 \
    "SNMP OK - 9223372036854775808 | '$HW_L'=9223372036854775808c" 1000
hw_run counter64-2^63 "" "Counter64 2^63 above -w 2^63-1: exact comparison" 1 \
    "SNMP WARNING - *9223372036854775808* | '$HW_L'=9223372036854775808c;9223372036854775807" 1000 \
    -w 9223372036854775807
hw_run counter64-2^63 "" "Counter64 2^63 within -w 2^63" 0 \
    "SNMP OK - 9223372036854775808 | '$HW_L'=9223372036854775808c;9223372036854775808" 1000 \
    -w 9223372036854775808

section "## 8: version, community, PDU tag, request-id, another port or address, late tries"
hw_both version-3 "malformed reply: unexpected SNMP version"
hw_ignored version-negative "malformed reply: unexpected SNMP version"
hw_ignored version-2^32+1 "malformed reply: unexpected SNMP version"
hw_both community-nul "reply with another community"
hw_ignored community-case "reply with another community"
hw_both pdu-report "PDU type 0xa8 is not a Response"
hw_ignored pdu-v2trap "PDU type 0xa7 is not a Response"
hw_ignored pdu-trap "malformed reply: malformed PDU"
hw_ignored pdu-a9 "malformed reply: malformed PDU"
hw_both reqid-2^32 "$HW_RANGE"
# request-id 0: the reason names the id the plugin sent (see the -vv trace)
hw_run reqid-zero -g "ignored, then the right answer" 0 "$HW_OK" 1000 -vv
hw_id=$(sed -n 's/^GET request-id \([0-9]*\),.*/\1/p' "$WORK/stderr" | head -n 1)
if [ -n "$hw_id" ] && [ "$(hw_ignored_lines)" = "request-id 0, expected $hw_id" ]; then
	hw_pass "wire reqid-zero: ignored because: request-id 0, expected $hw_id"
else
	hw_fail "wire reqid-zero: expected 'request-id 0, expected ${hw_id:-?}'" "got: $(hw_ignored_lines)"
fi
hw_run reqid-padded "" "request-id with a redundant leading zero is the same id" 0 \
    "SNMP OK - 666 | '$HW_L'=666" 1000
# The plugin's socket is connected to the agent: the kernel drops a
# datagram from any other address or port, so the plugin never sees it
# (no "ignored" count); the agent's log proves it was sent, with the right
# request-id and 666 for the value.
hw_sent_check() { # NAME FROM-PATTERN
	if hw_agentlog | grep -q "^hostile .*: sent [0-9]* octets from $2\$"; then
		hw_pass "wire $1: the agent sent it from $(hw_agentlog | sed -n 's/.* octets from //p')"
	else
		hw_fail "wire $1: the agent did not send from $2" "$(hw_agentlog)"
	fi
}
hw_run from-port "" "spoof from another port alone: no response" 3 "SNMP UNKNOWN - $HW_NORESP" 1500 -t 1 -e 0
hw_sent_check from-port "127.0.0.1:[0-9]*"
hw_from=$(hw_agentlog | sed -n 's/.*sent [0-9]* octets from 127.0.0.1://p')
[ -n "$hw_from" ] && [ "$hw_from" != "$HOSTILE_PORT" ] &&
    hw_pass "wire from-port: port $hw_from, not the agent's $HOSTILE_PORT" ||
    hw_fail "wire from-port: not sent from another port" "$(hw_agentlog)"
hw_run from-port -g "spoof from another port, then the right answer" 0 "$HW_OK" 1000 -vv
[ -z "$(hw_ignored_lines)" ] && hw_pass "wire from-port: never reached the plugin" ||
    hw_fail "wire from-port: the plugin saw the spoof" "$(hw_ignored_lines)"
hw_run from-addr "" "spoof from 127.0.0.2 alone: no response" 3 "SNMP UNKNOWN - $HW_NORESP" 1500 -t 1 -e 0
hw_sent_check from-addr "127.0.0.2:$HOSTILE_PORT"
hw_run from-addr -g "spoof from 127.0.0.2, then the right answer" 0 "$HW_OK" 1000 -vv
[ -z "$(hw_ignored_lines)" ] && hw_pass "wire from-addr: never reached the plugin" ||
    hw_fail "wire from-addr: the plugin saw the spoof" "$(hw_ignored_lines)"
HW_HOST=::1 HW_AF=-6
HW_NORESP6=$(printf '%s\n' "$HW_NORESP" | sed 's/127.0.0.1:/[::1]:/')
hw_run from-port "" "IPv6: spoof from another port alone: no response" 3 "SNMP UNKNOWN - $HW_NORESP6" 1500 -t 1 -e 0
hw_sent_check from-port "::1:[0-9]*"
hw_run from-port -g "IPv6: spoof from another port, then the right answer" 0 "$HW_OK" 1000
HW_HOST=127.0.0.1 HW_AF=""
# A retry resends the same message with the same request-id (session.c:
# one id per request, kept across its tries), so a late reply to try 1
# that arrives after try 2 was sent answers the request: RFC 3416 §4.2
# replies carry the request's id, and they are the same request.  The
# agent answers try 1 only when try 2 arrives, and never try 2.
hw_run late-try "" "the reply to try 1 after try 2 was sent is accepted" 0 "$HW_OK" 1000 -t 1 -e 1 -vv
hw_ids=$(hw_agentlog | sed -n 's/^hostile late-try: request \([12]\), id \([0-9]*\),.*/\1 \2/p' | tr '\n' ' ')
hw_tries=$(grep -c '^GET request-id .*(try [12] of 2,' "$WORK/stderr")
case "$hw_ids" in
"1 "*" 2 "*)
	set -- $hw_ids
	if [ "$2" = "$4" ] && [ "$hw_tries" = 2 ]; then
		hw_pass "wire late-try: both tries carry id $2; the answer came after try 2"
	else
		hw_fail "wire late-try: ids or tries" "agent: $hw_ids; tries sent: $hw_tries"
	fi ;;
*)	hw_fail "wire late-try: the agent did not see two tries" "$(hw_agentlog)" ;;
esac

section "## 9: error-status and error-index out of range"
hw_both errstat-negative "$HW_RANGE"
hw_ignored errstat-2^31 "$HW_RANGE"
hw_ignored errindex-negative "$HW_RANGE"
hw_both nosuchname-index-0 "noSuchName with error-index 0 out of range 1..1"
hw_ignored nosuchname-index-200 "noSuchName with error-index 200 out of range 1..1"
HW_NOTE=" (v1)"
hw_ignored nosuchname-index-200 "noSuchName with error-index 200 out of range 1..1" -P 1
HW_NOTE=""
hw_run errstat-99 "" "error-status 99: UNKNOWN with the number" 3 \
    "SNMP UNKNOWN - The agent at 127.0.0.1:@PORT@ answered unknown error-status (error-status 99)" 1000
hw_run generr-index-0 "" "genErr with error-index 0" 3 \
    "SNMP UNKNOWN - The agent at 127.0.0.1:@PORT@ answered genErr (error-status 5)" 1000
hw_run generr-index-1 "" "genErr with error-index 1 names the object" 3 \
    "SNMP UNKNOWN - The agent at 127.0.0.1:@PORT@ answered genErr (error-status 5) for $HW_O" 1000
hw_run generr-index-200 "" "genErr with error-index 200 names no object" 3 \
    "SNMP UNKNOWN - The agent at 127.0.0.1:@PORT@ answered genErr (error-status 5)" 1000
hw_run nosuchname-index-1 "" "v2c noSuchName with index 1: the object is missing" 3 \
    "SNMP UNKNOWN - No such object on 127.0.0.1:@PORT@: $HW_O (noSuchName)" 1000
hw_run toobig-one "" "tooBig for one object" 3 \
    "SNMP UNKNOWN - The agent at 127.0.0.1:@PORT@ cannot send $HW_O: the value is larger than its maximum message size (tooBig)" 1000
# error-index means nothing with noError (RFC 3416 §4.2.1): lenient
hw_run noerror-index-5 "" "noError with error-index 5 accepted" 0 "SNMP OK - 666 | '$HW_L'=666" 1000

section "## 14: a binary string (NUL, 0xff, |, newline) on the wire"
# The exact rendering is output-safety.sh's; here: one line, printable
# ASCII only, no perfdata separator from the device.
start_hostile string-binary
run_case "wire string-binary: OK with the value shown" 0 "SNMP OK - ?*" \
    "$PLUGIN" -H 127.0.0.1 -p "$HOSTILE_PORT" -o "$HW_O"
within "wire string-binary: time" 1000
stop_hostile
if [ "$(printf '%s\n' "$OUT" | wc -l)" = 1 ] &&
    ! printf '%s\n' "$OUT" | LC_ALL=C grep -q '[|]\|[^ -~]'; then
	hw_pass "wire string-binary: one printable line, no '|': $OUT"
else
	hw_fail "wire string-binary: forged or unprintable output" "$(printf '%s' "$OUT" | od -c | head -n 5)"
fi

section "## the table plugins: a hostile datagram before every page"
# The hostile agent serves its virtual table (30 rows) under each
# plugin's own table (-r); with -g every page is preceded by the hostile
# datagram, and --list must still show the whole table; with -m 2 (v1:
# one GETNEXT per object) the walk breaks after its first page and the
# plugin must say so within -t instead of judging a partial table.
HW_HRS=1.3.6.1.2.1.25.2.3.1
HW_IFX=1.3.6.1.2.1.31.1.1.1
HW_SWR=1.3.6.1.2.1.25.4.2.1
hw_table() { # SCENARIO AGENT-FLAGS NAME RC LINE MAX_MS PLUGIN ARGS...
	hw_sc=$1 hw_fl=$2 hw_n=$3 hw_rc=$4 hw_line=$5 hw_ms=$6 hw_p=$7
	shift 7
	start_hostile "$hw_sc" "$hw_fl"
	run_case "wire table $hw_sc: $hw_n" "$hw_rc" "$hw_line" \
	    "$TOP/plugins/check_snmp_$hw_p" -H 127.0.0.1 -p "$HOSTILE_PORT" "$@"
	within "wire table $hw_sc: time" "$hw_ms"
	stop_hostile
}
hw_table len-indefinite "-g -r $HW_HRS" "storage v2c: whole table read" 0 \
    "STORAGE OK - 30 entries in hrStorageTable" 1000 storage --list -vv
[ "$(hw_ignored_lines | sort -u)" = "$HW_BER" ] && hw_pass "wire table: storage ignored only the hostile datagrams" ||
    hw_fail "wire table: storage ignored" "$(hw_ignored_lines | sort | uniq -c)"
hw_table oid-129-arcs "-g -m 2 -r $HW_HRS" "storage v1: 32 of 33 pages after a hostile one" 0 \
    "STORAGE OK - 30 entries in hrStorageTable" 2000 storage --list -P 1 -vv
[ "$(hw_ignored_lines | sort | uniq -c | sed 's/^ *//')" = "32 $HW_BADOID" ] &&
    hw_pass "wire table: storage v1 ignored 32 hostile datagrams" ||
    hw_fail "wire table: storage v1 ignored" "$(hw_ignored_lines | sort | uniq -c)"
hw_table oid-129-arcs "-m 2 -r $HW_HRS" "storage v1: the walk broken after a page" 3 \
    "STORAGE UNKNOWN - No valid response from 127.0.0.1:* within 1.0 s (* requests sent; * datagram* ignored, last: $HW_BADOID)" \
    1500 storage -P 1 -t 1 -w 80
hw_table cut-every "-g -r $HW_IFX" "interface v2c: every cut ignored, whole table read" 0 \
    "INTERFACE OK - 30 interfaces in ifTable" 1000 interface --list
hw_table vb-none "-r $HW_IFX" "interface: an empty varbind list is no table" 3 \
    "INTERFACE UNKNOWN - No valid response from 127.0.0.1:* within 1.0 s (* requests sent; * datagram* ignored, last: GETBULK reply without varbinds and without an error)" \
    1500 interface -n eth0 -t 1
# item 6 for walks: a GETBULK answered with the requested column OIDs
# themselves (an echo, as the good scenario answers anything) does not
# advance; it is no empty table (was "OK - 0 interfaces in ifTable")
hw_table good "" "interface --list: an echo is a loop, not an empty table" 3 \
    "INTERFACE UNKNOWN - The agent at 127.0.0.1:* walks in a loop: 1.3.6.1.2.1.2.2.1.2 came after 1.3.6.1.2.1.2.2.1.2" \
    1000 interface --list
hw_table good "" "storage: an echo is a loop, not a missing MIB" 3 \
    "STORAGE UNKNOWN - The agent at 127.0.0.1:* walks in a loop: 1.3.6.1.2.1.25.2.3.1.2 came after 1.3.6.1.2.1.25.2.3.1.2" \
    1000 storage -w 80
hw_table counter64-9-octets "-g -r $HW_SWR" "process v2c: whole table read" 0 \
    "PROCESS OK - 30 processes in hrSWRunTable" 1000 process --list
hw_table value-constructed-string "-r $HW_SWR" "process: the table never read" 3 \
    "PROCESS UNKNOWN - No valid response from 127.0.0.1:* within 1.0 s (* requests sent; * datagram* ignored, last: $HW_BER)" \
    1500 process -n sshd -t 1
