# A suite (run-one): check_snmp_value against the hostile
# agent.  Each case: the exact outcome, always within -t plus half a second.
section "# hostile agent"
# every case is a class of its own: all of them under memcheck in the slice
MC_ALL=1
need_hostile_port() { :; }
# hcase SCENARIO NAME RC PATTERN LIMIT_MS ARGS...: one run against a fresh
# agent, in parallel with the others (lib.sh, par).
hcase() {
	par hcase_run "$@"
}
hcase_run() {
	scenario=$1 name=$2 rc=$3 pattern=$4 limit=$5
	shift 5
	start_hostile "$scenario"
	run_case "hostile $scenario: $name" "$rc" "$pattern" \
	    "$PLUGIN" -H 127.0.0.1 -p "$HOSTILE_PORT" "$@"
	within "hostile $scenario: time" "$limit"
	stop_hostile
}
HO="-o 1.3.6.1.2.1.1.3.0"
HL="iso.3.6.1.2.1.1.3.0"
hcase good "baseline" 0 "SNMP OK - 42 | '$HL'=42" 1000 $HO
hcase silent "no reply: timeout names the causes" 3 \
    "SNMP UNKNOWN - No response from 127.0.0.1:* within 1.0 s (6 requests sent): host down or unreachable, wrong community, or a reply too large for the agent to send" \
    1500 $HO -t 1
hcase silent "-t bounds the run whatever -e says" 3 "SNMP UNKNOWN - No response from*" 1500 $HO -t 1 -e 20
hcase otherport "reply from another port is ignored" 3 "SNMP UNKNOWN - No response from*" 1500 $HO -t 1
hcase wrongid "wrong request-id ignored, right one accepted" 0 "SNMP OK - 42 | '$HL'=42" 1000 $HO
hcase wrongcommunity "reply with another community ignored" 3 \
    "SNMP UNKNOWN - No valid response from 127.0.0.1:* within 1.0 s (* requests sent; * datagram* ignored, last: reply with another community)" 1500 $HO -t 1
hcase wrongversion "reply with another version ignored" 3 \
    "SNMP UNKNOWN - No valid response from*last: reply with SNMP version 1)" 1500 $HO -t 1
hcase notresponse "non-Response PDU ignored" 3 \
    "SNMP UNKNOWN - No valid response from*last: PDU type 0xa0 is not a Response)" 1500 $HO -t 1
hcase truncated "truncated reply ignored" 3 \
    "SNMP UNKNOWN - No valid response from*last: malformed reply: truncated data)" 1500 $HO -t 1
hcase malformed "malformed BER ignored" 3 \
    "SNMP UNKNOWN - No valid response from*last: malformed reply: *)" 1500 $HO -t 1
hcase garbage-then-good "garbage ignored, then the good reply" 0 "SNMP OK - 42 | '$HL'=42" 1000 $HO
hcase duplicate "duplicate reply" 0 "SNMP OK - 42 | '$HL'=42" 1000 $HO
hcase late "first try unanswered, retry answered" 0 "SNMP OK - 42 | '$HL'=42" 2500 $HO -t 3 -e 2
hcase toobig "tooBig splits the request" 0 \
    "SNMP OK - 42 42 42 | '$HL'=42 'iso.3.6.1.2.1.1.5.0'=42 'iso.3.6.1.2.1.1.6.0'=42" 1000 \
    -o 1.3.6.1.2.1.1.3.0,1.3.6.1.2.1.1.5.0,1.3.6.1.2.1.1.6.0
hcase nosuchname "v1 noSuchName marks the object missing" 3 \
    "SNMP UNKNOWN - No such object on 127.0.0.1:*: 1.3.6.1.2.1.1.99 (noSuchName)" 1000 \
    -P 1 -o 1.3.6.1.2.1.1.3.0,1.3.6.1.2.1.1.99
hcase badindex "error-index out of range ignored" 3 \
    "SNMP UNKNOWN - No valid response from*last: noSuchName with error-index 200 out of range 1..1)" 1500 -P 1 $HO -t 1
hcase extra-varbinds "more varbinds than requested ignored" 3 \
    "SNMP UNKNOWN - No valid response from*last: reply holds 2 varbinds for 1 requested)" 1500 $HO -t 1
hcase empty-varbinds "empty varbind list ignored" 3 \
    "SNMP UNKNOWN - No valid response from*last: reply holds 0 varbinds for 1 requested)" 1500 $HO -t 1
hcase exception-nonzero "exception with content ignored" 3 \
    "SNMP UNKNOWN - No valid response from*last: malformed reply: *)" 1500 $HO -t 1
hcase counter64-max "Counter64 2^64-1 exact" 2 \
    "SNMP CRITICAL - *18446744073709551615* | '$HL'=18446744073709551615c;;18446744073709551614" 1000 \
    $HO -c 18446744073709551614
hcase negative "negative INTEGER compared signed" 1 "SNMP WARNING - *-5* | '$HL'=-5;0:" 1000 $HO -w 0:
hcase_evil() {
	hcase_run evil-string "| and newline cannot forge output" 0 'SNMP OK - "ok/x=1\\nSNMP OK - forged"' 1000 $HO
	if [ "$(printf '%s\n' "$OUT" | wc -l)" = 1 ]; then PASS=$((PASS + 1)); else FAIL=$((FAIL + 1)); echo "FAIL evil-string: more than one output line"; fi
}
par hcase_evil
hcase bigvalue "60000-octet value" 0 'SNMP OK - "AAAA*' 1000 $HO
hcase slow "a slow agent within the budget" 0 "SNMP OK - 42 | '$HL'=42" 1500 $HO -t 3 -e 0
