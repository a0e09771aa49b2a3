# A suite (run-one): check_snmp_value -P 3 against
# hostile_v3, an SNMPv3 agent that secures its messages with our own USM
# and spoils one thing per scenario (protocol-notes.md: "USM, incoming",
# "Discovery and reports", "Hostile inputs" 1-12 and 14 as they apply to
# SNMPv3; walks, item 13, stay with hostile-tables.sh).  Each case asserts the
# exact outcome within -t plus half a second: a specific UNKNOWN, or the
# bad datagram ignored (until the deadline, whose message names it as the
# last ignored one; or, with -g, until the genuine reply that the agent
# sends 50 ms after it, which must then be accepted).  Spoiled Responses
# carry 666: an OK with 666 is a forgery taken for an answer.
# The users are those of contrib/snmpd/snmpd.conf, so that the packet
# capture (capture.sh) checks the MACs and decrypts what the plugin sends.
section "# hostile SNMPv3 agent"
# In the memcheck slice, the first case of each section (lib.sh, par).
MC_ONLY=1
HV3="$TOP/tests/integration/hostile_v3"
HV3_OK="SNMP OK - 42 | 'iso.3.6.1.2.1.1.3.0'=42"
HV3_NV="SNMP UNKNOWN - No valid response from 127.0.0.1:@P@ within 1.0 s (* requests sent; * datagram* ignored, last:"

# hv3_start AGENT-ARGS...: sets HV3_PORT and HV3_PID, like start_hostile
# (the capture's port block when it runs, else any free port).
hv3_start() {
	start_agent "$HV3" "$@"
	HV3_PORT=$AGENT_PORT
	HV3_PID=$AGENT_PID
}

hv3_stop() {
	kill "$HV3_PID" 2>/dev/null
	wait "$HV3_PID" 2>/dev/null
}

# hv3_profile NAME: the agent's user (HV3_AGENT) and the plugin's options
# (HV3_USER).  ap-an: an authPriv user that the plugin asks authNoPriv.
hv3_profile() {
	case $1 in
	ap|ap-an)
		HV3_AGENT="-u u_sha256_aes -a SHA-256 -A maplesyrup -x AES -X maplesyrup"
		HV3_USER="-L authPriv -U u_sha256_aes -a SHA-256 -A maplesyrup -x AES -X maplesyrup"
		[ "$1" = ap-an ] && HV3_USER="-L authNoPriv -U u_sha256_aes -a SHA-256 -A maplesyrup"
		;;
	des)
		HV3_AGENT="-u u_md5_des -a MD5 -A maplesyrup -x DES -X maplesyrup"
		HV3_USER="-L authPriv -U u_md5_des -a MD5 -A maplesyrup -x DES -X maplesyrup"
		;;
	an)
		HV3_AGENT="-u u_sha256_auth -a SHA-256 -A maplesyrup"
		HV3_USER="-L authNoPriv -U u_sha256_auth -a SHA-256 -A maplesyrup"
		;;
	na)
		HV3_AGENT="-u u_noauth -a none"
		HV3_USER="-L noAuthNoPriv -U u_noauth"
		;;
	esac
}

# hv3_subst PATTERN: HV3_PAT is PATTERN with each @P@ replaced by the port.
hv3_subst() {
	s=$1 HV3_PAT=
	while :; do
		case "$s" in
		*@P@*)
			HV3_PAT="$HV3_PAT${s%%@P@*}$HV3_PORT"
			s=${s#*@P@}
			;;
		*)	break ;;
		esac
	done
	HV3_PAT="$HV3_PAT$s"
}

# hv3 [-g] SCENARIO PROFILE NAME RC PATTERN LIMIT_MS [PLUGIN-ARGS...]:
# one plugin run (GET sysUpTime.0, -t 1 unless PLUGIN-ARGS say otherwise)
# against a fresh agent, in parallel with the other cases (lib.sh, par).
hv3() {
	par hv3_case "$@"
}

hv3_case() {
	g=
	if [ "$1" = -g ]; then
		g=-g
		shift
	fi
	sc=$1 prof=$2 name=$3 rc=$4 limit=$6
	# Under memcheck the plugin runs some fifty times slower: a run
	# needs about 0.6 s of CPU, and make valgrind runs up to sixteen
	# such runs at once on two cores, where a 5 s budget was once used
	# up before the plugin had a reply to name (CI ended it with the
	# alarm's "Plugin timed out").  The budget is 10 s there and the
	# messages say so.
	tmo=1
	[ "$SNMP_MEMCHECK" = 1 ] && tmo=10
	hv3_profile "$prof"
	hv3_start $g $HV3_AGENT "$sc"
	hv3_subst "$5"
	[ $tmo = 1 ] ||
	    HV3_PAT=$(printf '%s' "$HV3_PAT" | sed "s/ within 1\.0 s / within $tmo.0 s /")
	shift 6
	run_case "hostile v3 $sc${g:+ -g} ($prof): $name" "$rc" "$HV3_PAT" \
	    "$PLUGIN" -H 127.0.0.1 -p "$HV3_PORT" -P 3 $HV3_USER \
	    -o 1.3.6.1.2.1.1.3.0 -t $tmo "$@"
	within "hostile v3 $sc${g:+ -g} ($prof): time" "$limit"
	hv3_stop
}

# hv3_ignored SCENARIO PROFILE NAME REASON: the spoiled reply is ignored
# and named when the time is up; with -g the genuine one is then taken.
hv3_ignored() {
	hv3 "$1" "$2" "$3: ignored" 3 "$HV3_NV $4)" 1500
	hv3 -g "$1" "$2" "$3: ignored, genuine reply taken" 0 "$HV3_OK" 1500
}

section "## genuine agent, every security level"
hv3 good ap "SHA-256/AES" 0 "$HV3_OK" 1500
hv3 good des "MD5/DES" 0 "$HV3_OK" 1500
hv3 good an "SHA-256 authNoPriv" 0 "$HV3_OK" 1500
hv3 good na "noAuthNoPriv" 0 "$HV3_OK" 1500
hv3 duplicate ap "every reply twice (item 8)" 0 "$HV3_OK" 1500
hv3 late ap "late reply to the first try, taken during the second (item 8)" 0 "$HV3_OK" 2500 -t 2 -e 1

section "## discovery"
hv3 disc-silent ap "never answered: the timeout names discovery" 3 "SNMP UNKNOWN - *discovery*" 1500
hv3_ignored disc-garbage ap "discovery answered by noise" "malformed SNMPv3 message: *"
hv3_ignored disc-engine-33 ap "engineID of 33 octets (item 10)" "malformed SNMPv3 message: value out of range"
hv3 disc-response ap "a Response instead of a Report" 3 \
    "SNMP UNKNOWN - SNMPv3 engine discovery with 127.0.0.1:@P@ failed: unexpected reply" 1500
hv3 disc-report-user ap "Report unknownUserNames instead of unknownEngineIDs" 3 \
    "SNMP UNKNOWN - SNMPv3 engine discovery with 127.0.0.1:@P@ failed: unexpected reply" 1500
hv3 disc-empty-engine ap "Report with an empty engineID" 3 \
    "SNMP UNKNOWN - SNMPv3 engine discovery with 127.0.0.1:@P@ failed: unexpected reply" 1500

section "## time synchronisation"
# An unauthenticated notInTimeWindows Report proves nothing: ignored, the
# authenticated one that follows synchronises (protocol-notes.md, Reports).
hv3 sync-unauth ap "unauthenticated notInTimeWindows: ignored" 3 \
    "SNMP UNKNOWN - No valid response from 127.0.0.1:@P@ within 1.0 s (*)" 1500
hv3 -g sync-unauth ap "unauthenticated notInTimeWindows ignored, authenticated one taken" 0 "$HV3_OK" 1500
hv3_ignored sync-boots-max ap "boots 2^31-1 (item 10)" "engine boots at its maximum"
hv3_ignored sync-engine ap "Report from another engine (item 12)" "authenticated reply for another user or engine"
hv3 sync-twice ap "notInTimeWindows after the resync" 3 \
    "SNMP UNKNOWN - SNMPv3 time synchronisation with 127.0.0.1:@P@ failed (notInTimeWindows twice)" 1500

section "## matching (item 8, USM incoming 1)"
hv3 silent ap "GET never answered" 3 \
    "SNMP UNKNOWN - No response from 127.0.0.1:@P@ within 1.0 s (* requests sent): host down or unreachable, wrong privacy password or protocol (the agent drops what it cannot decrypt), or a reply too large for the agent to send" 1500
hv3 otherport ap "Response from another port: dropped" 3 \
    "SNMP UNKNOWN - No response from 127.0.0.1:@P@ within 1.0 s (* requests sent): host down or unreachable, wrong privacy password or protocol (the agent drops what it cannot decrypt), or a reply too large for the agent to send" 1500
hv3 -g otherport ap "Response from another port dropped, genuine taken" 0 "$HV3_OK" 1500
hv3 otheraddr ap "Response from another address: dropped" 3 \
    "SNMP UNKNOWN - No response from 127.0.0.1:@P@ within 1.0 s (* requests sent): host down or unreachable, wrong privacy password or protocol (the agent drops what it cannot decrypt), or a reply too large for the agent to send" 1500
hv3 -g otheraddr ap "Response from another address dropped, genuine taken" 0 "$HV3_OK" 1500
hv3_ignored wrong-msgid ap "msgID + 1" "msgID * matches no request"
hv3_ignored wrong-reqid ap "request-id + 1" "not a Response to request-id *"
hv3_ignored wrong-pdu ap "GetRequest PDU" "not a Response to request-id *"
hv3_ignored wrong-version ap "msgVersion 1" "malformed SNMPv3 message: unexpected SNMP version"
hv3_ignored maxsize-small ap "msgMaxSize 483" "malformed SNMPv3 message: value out of range"
hv3_ignored msgid-range ap "msgID 2^31" "malformed SNMPv3 message: value out of range"
hv3_ignored secmodel ap "msgSecurityModel 2" "malformed SNMPv3 message: malformed PDU"

section "## header and security parameters (item 10, USM incoming 2 and 4)"
hv3_ignored flags-len0 ap "msgFlags of 0 octets" "malformed SNMPv3 message: malformed PDU"
hv3_ignored flags-len2 ap "msgFlags of 2 octets" "malformed SNMPv3 message: malformed PDU"
hv3_ignored priv-noauth ap "priv without auth" "malformed SNMPv3 message: malformed PDU"
hv3_ignored engine-33 ap "engineID of 33 octets" "malformed SNMPv3 message: value out of range"
hv3_ignored user-33 ap "userName of 33 octets" "malformed SNMPv3 message: value out of range"
hv3_ignored boots-range ap "boots 2^31" "malformed SNMPv3 message: value out of range"
hv3_ignored time-range ap "time -1" "malformed SNMPv3 message: value out of range"
hv3_ignored boots-max ap "boots 2^31-1, authentic: outside the window" "engine boots at its maximum"
hv3_ignored boots-old ap "boots - 1, authentic" "reply outside the time window"
hv3_ignored time-old ap "time 200 s behind, authentic" "reply outside the time window"

section "## authentication and privacy (item 11, USM incoming 3 and 5)"
hv3_ignored auth-len0 ap "authParameters of 0 octets" "authParameters of 0 octets, SHA-256 gives 24"
hv3_ignored auth-len1 ap "authParameters of 1 octet" "authParameters of 1 octet*, SHA-256 gives 24"
hv3_ignored auth-len-wrong ap "authParameters of 12 octets" "authParameters of 12 octets, SHA-256 gives 24"
hv3_ignored mac-flip ap "one MAC bit flipped" "reply with a wrong MAC"
hv3_ignored mac-flip an "one MAC bit flipped" "reply with a wrong MAC"
hv3_ignored spoof ap "forged MAC, boots + 1000: changes nothing" "reply with a wrong MAC"
hv3_ignored priv-len0 ap "privParameters of 0 octets" "malformed SNMPv3 message: malformed PDU"
hv3_ignored priv-len7 ap "privParameters of 7 octets" "malformed SNMPv3 message: malformed PDU"
hv3_ignored priv-len9 ap "privParameters of 9 octets" "malformed SNMPv3 message: malformed PDU"
hv3_ignored des-cut des "DES ciphertext not a multiple of 8" "DES ciphertext not a multiple of 8 octets"
hv3_ignored wrong-key ap "encrypted with another key" "cannot decrypt the reply: wrong privacy protocol or password"
hv3_ignored wrong-key des "encrypted with another key" "cannot decrypt the reply: wrong privacy protocol or password"
hv3_ignored garbage-plain ap "garbage after decryption" "cannot decrypt the reply: wrong privacy protocol or password"
hv3_ignored trunc-scoped ap "scopedPDU 5 octets short" "cannot decrypt the reply: wrong privacy protocol or password"
hv3_ignored plaintext ap "plaintext when privacy was asked" "Response at another security level or context"
hv3_ignored noauth-reply ap "noAuthNoPriv reply to authPriv" "Response at another security level or context"
hv3_ignored noauth-reply an "noAuthNoPriv reply to authNoPriv" "Response at another security level or context"
hv3_ignored priv-reply ap-an "encrypted reply to authNoPriv" "encrypted reply to a plaintext request"

section "## the reply echoes the request's security (USM incoming 6)"
hv3_ignored echo-user ap "another user" "authenticated reply for another user or engine"
hv3_ignored echo-engine ap "another engineID" "authenticated reply for another user or engine"
hv3_ignored echo-context ap "another contextName" "Response at another security level or context"
hv3 echo-ctxengine ap "another contextEngineID: ignored" 3 \
    "SNMP UNKNOWN - No valid response from 127.0.0.1:@P@ within 1.0 s (*)" 1500
hv3 -g echo-ctxengine ap "another contextEngineID ignored, genuine taken" 0 "$HV3_OK" 1500
for sc in echo-user echo-engine echo-context; do
	hv3 $sc na "noAuthNoPriv: ignored" 3 \
	    "SNMP UNKNOWN - No valid response from 127.0.0.1:@P@ within 1.0 s (*)" 1500
	hv3 -g $sc na "noAuthNoPriv: ignored, genuine taken" 0 "$HV3_OK" 1500
done

section "## Reports (item 12, the Reports table)"
hv3_ignored report-empty ap "Report without varbinds" "empty Report"
hv3 report-private ap "Report with an unknown OID" 3 \
    "SNMP UNKNOWN - SNMPv3 agent 127.0.0.1:@P@ sent a Report 1.3.6.1.4.1.99999.1.0" 1500
hv3 report-unknownuser ap "usmStatsUnknownUserNames" 3 \
    "SNMP UNKNOWN - SNMPv3 unknown user 'u_sha256_aes' on 127.0.0.1:@P@" 1500
hv3 report-wrongdigest ap "usmStatsWrongDigests" 3 \
    "SNMP UNKNOWN - SNMPv3 authentication failure for user 'u_sha256_aes' on 127.0.0.1:@P@: wrong auth password or protocol (SHA-256)" 1500
hv3 report-decrypt ap "usmStatsDecryptionErrors" 3 \
    "SNMP UNKNOWN - SNMPv3 decryption error for user 'u_sha256_aes' on 127.0.0.1:@P@: wrong privacy protocol or password (AES-128), or the user has no privacy" 1500
hv3 report-seclevel ap "usmStatsUnsupportedSecLevels" 3 \
    "SNMP UNKNOWN - SNMPv3 security level authPriv not allowed for user 'u_sha256_aes' on 127.0.0.1:@P@" 1500
hv3 report-context ap "snmpUnknownContexts" 3 \
    "SNMP UNKNOWN - SNMPv3 unknown context 'ctx-9' on 127.0.0.1:@P@" 1500 -N ctx-9
hv3 report-unknownengine ap "unknownEngineIDs again after rediscovery" 3 \
    "SNMP UNKNOWN - SNMPv3 engine ID of 127.0.0.1:@P@ changed during the run" 1500
hv3 report-unknownengine na "unknownEngineIDs again after rediscovery" 3 \
    "SNMP UNKNOWN - SNMPv3 engine ID of 127.0.0.1:@P@ changed during the run" 1500
hv3 engine-change na "engineID changed once: rediscovered" 0 "$HV3_OK" 1500
hv3 engine-change ap "engineID changed once: rediscovered, resynchronised" 0 "$HV3_OK" 1500
hv3 report-unauth-time ap "unauthenticated notInTimeWindows to a GET in time: ignored" 3 \
    "SNMP UNKNOWN - No valid response from 127.0.0.1:@P@ within 1.0 s (*)" 1500
hv3 -g report-unauth-time ap "unauthenticated notInTimeWindows ignored, genuine taken" 0 "$HV3_OK" 1500

section "## truncation (item 2)"
hv3_ignored truncated ap "Response cut in half" "malformed SNMPv3 message: *"
hv3_ignored empty ap "empty datagram" "malformed SNMPv3 message: *"
hv3_ignored one-byte ap "one-octet datagram" "malformed SNMPv3 message: *"

section "## BER inside an authentic scopedPDU (items 1, 3, 4, 5, 7)"
for sc in ber-indef ber-reserved ber-longlen ber-pastend ber-huge int-empty \
    null-content int-wide oid-overflow oid-unterminated oid-empty oid-129 \
    ber-constructed ber-hightag ber-deep ipaddr-5 exc-nonzero; do
	hv3_ignored $sc an "$sc" "malformed scopedPDU"
done
hv3_ignored int-empty ap "inside the ciphertext" "cannot decrypt the reply: wrong privacy protocol or password"

section "## varbinds and errors (items 6, 7, 9, 14)"
hv3_ignored vb-many an "600 varbinds for 1" "malformed scopedPDU"
# as in v1/v2c: a Response that does not answer the request is ignored
# (at noAuthNoPriv anyone could send one), named when the time is up
hv3_ignored vb-zero ap "no varbinds" "reply holds 0 varbinds for 1 requested"
hv3_ignored vb-extra ap "a varbind more" "reply holds 2 varbinds for 1 requested"
hv3_ignored vb-othername ap "another object" "reply names 1.3.6.1.2.1.1.5.0 where 1. requested object was expected"
hv3 counter64-max ap "Counter64 2^64-1 exact" 0 \
    "SNMP OK - 18446744073709551615 | 'iso.3.6.1.2.1.1.3.0'=18446744073709551615c" 1500
hv3 errstat-range ap "error-status 99" 3 \
    "SNMP UNKNOWN - The agent at 127.0.0.1:@P@ answered unknown error-status (error-status 99)" 1500
hv3 errindex-range ap "noSuchName, error-index 200 of 1" 3 \
    "SNMP UNKNOWN - *noSuchName with error-index 200 out of range 1..1*" 1500
hv3 errindex-zero ap "noSuchName, error-index 0" 3 \
    "SNMP UNKNOWN - *noSuchName with error-index 0 out of range 1..1*" 1500
hv3_evil() {
	hv3_case evil-string ap "| and newline cannot forge output" 0 'SNMP OK - "ok/x=1\\nSNMP OK - forged"' 1500
	if [ "$(printf '%s\n' "$OUT" | wc -l)" = 1 ]; then
		PASS=$((PASS + 1))
	else
		FAIL=$((FAIL + 1))
		echo "FAIL hostile v3 evil-string: more than one output line"
	fi
}
par hv3_evil
