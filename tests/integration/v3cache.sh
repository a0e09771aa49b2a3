# A suite (run-one): the SNMPv3 key and engine cache (--cache-dir) against
# the real snmpd and hostile_v3: a warm run sends one request, a cold or
# failed one leaves the right file or none, a file or directory that is not
# private is ignored with a -v note, and a changed engine or a restarted
# agent is rediscovered within -t.
section "# SNMPv3 cache"
CD="$WORK/v3cache"
V3C="$PLUGIN -H 127.0.0.1 -p $SNMPD_PORT -P 3 -U u_sha_aes_split -A maplesyrup -X syrupmaple -o sysName.0 -t 2"
SNMPD_OK='SNMP OK - "test-agent"'

# requests N: the last run's -vv trace shows N requests (first tries: a
# retry under load is not another request), none a discovery
requests() {
	[ "$(grep -c '^SNMPv3 .* msgID .*(try 1 of' "$WORK/stderr")" = "$1" ] &&
	    ! grep -q 'engine discovery' "$WORK/stderr" && return 0
	sed 's/^/     /' "$WORK/stderr"
	return 1
}

# rediscovered: the cached engine refused (unknownEngineIDs), one
# discovery, notInTimeWindows, the request: four first tries
rediscovered() {
	[ "$(grep -c '^SNMPv3 .* msgID .*(try 1 of' "$WORK/stderr")" = 4 ] &&
	    [ "$(grep -c 'engine discovery' "$WORK/stderr")" = 1 ] && return 0
	sed 's/^/     /' "$WORK/stderr"
	return 1
}

# entry: the cache's one entry file
entry() {
	ls "$CD"/snmpv3-* | grep -v '\.lock$'
}

run_case "v3 cache: cold run" 0 "$SNMPD_OK" $V3C --cache-dir "$CD" -vv
check "v3 cache: the cold run discovered" grep -q 'engine discovery' "$WORK/stderr"
check "v3 cache: directory 0700, entry 0600" \
    test "$(stat -c %a "$CD") $(stat -c %a "$(entry)")" = "700 600"
check "v3 cache: no password in the entry" eval "! grep -q -e maplesyrup -e syrupmaple $CD/*"
run_case "v3 cache: warm run" 0 "$SNMPD_OK" $V3C --cache-dir "$CD" -vv
check "v3 cache: the warm run sent one request" requests 1
# A wrong password, with u_misused (whose messages the packet capture does
# not judge: capture.sh), in a cache of its own that holds u_misused's
# entry: the wrong password does not take the right one's keys.
CDM="$WORK/v3cache-misused"
V3M="$PLUGIN -H 127.0.0.1 -p $SNMPD_PORT -P 3 -U u_misused -a MD5 -x DES -X maplesyrup -o sysName.0 -t 2 --cache-dir $CDM"
run_case "v3 cache: u_misused's entry" 0 "$SNMPD_OK" $V3M -A maplesyrup
run_case "v3 cache: another password is another entry" 3 \
    "SNMP UNKNOWN - SNMPv3 authentication failure for user 'u_misused'*" \
    $V3M -A wrongpassword -vv
check "v3 cache: the other password discovered" grep -q 'engine discovery' "$WORK/stderr"
check "v3 cache: a failed run writes no entry" \
    test "$(ls "$CDM"/snmpv3-* | grep -vc '\.lock$') $(entry | wc -l)" = "1 1"

chmod 0644 "$(entry)"
run_case "v3 cache: entry open to others: ignored" 0 "$SNMPD_OK" $V3C --cache-dir "$CD" -v
check "v3 cache: -v says why" grep -q "SNMPv3 cache in $CD: the file .*mode 0644): ignored" "$WORK/stderr"
check "v3 cache: rewritten 0600" test "$(stat -c %a "$(entry)")" = 600
if [ "$(id -u)" = 0 ]; then
	chown 12345 "$(entry)"
	run_case "v3 cache: entry of another user: ignored" 0 "$SNMPD_OK" $V3C --cache-dir "$CD" -v
	check "v3 cache: -v names the owner" grep -q "(uid 12345, mode 0600): ignored" "$WORK/stderr"
fi
chmod 0755 "$CD"
run_case "v3 cache: directory open to others: ignored" 0 "$SNMPD_OK" $V3C --cache-dir "$CD" -v
check "v3 cache: -v says why, and that nothing was written" \
    test "$(grep -c "open to group or others" "$WORK/stderr")" = 2
chmod 0700 "$CD"
run_case "v3 cache: warm again" 0 "$SNMPD_OK" $V3C --cache-dir "$CD" -vv
check "v3 cache: one request again" requests 1

# snmpd restarted: with -C it reads no persistent state, so its engineID
# is new (hostile_v3 -b below keeps the engine and changes the boots)
kill "$SNMPD_PID"
wait "$SNMPD_PID" 2>/dev/null
start_snmpd "$TOP/contrib/snmpd/snmpd.conf" "$SNMPD_PORT"
run_case "v3 cache: snmpd restarted" 0 "$SNMPD_OK" $V3C --cache-dir "$CD" -vv
within "v3 cache: rediscovered within -t" 2500
check "v3 cache: unknownEngineIDs, discovery, sync, the request" rediscovered
run_case "v3 cache: warm after the restart" 0 "$SNMPD_OK" $V3C --cache-dir "$CD" -vv
check "v3 cache: one request after the restart" requests 1

section "## against hostile_v3"
HV3="$TOP/tests/integration/hostile_v3"
HV3C="-P 3 -L authPriv -U u_sha256_aes -a SHA-256 -A maplesyrup -x AES -X maplesyrup -o 1.3.6.1.2.1.1.3.0 -t 1 --cache-dir $CD"
HV3_OK="SNMP OK - 42 | 'iso.3.6.1.2.1.1.3.0'=42"

# datagrams: how many the last hostile_v3 logged
datagrams() {
	grep -c '^hostile_v3 ' "$WORK/hostile.$HOSTILE_RUNS.log"
}

start_agent "$HV3" -u u_sha256_aes -a SHA-256 -A maplesyrup -x AES -X maplesyrup good
HV3_PORT=$AGENT_PORT
run_case "v3 cache: hostile_v3 cold" 0 "$HV3_OK" $PLUGIN -H 127.0.0.1 -p "$HV3_PORT" $HV3C
n=$(datagrams)
run_case "v3 cache: hostile_v3 warm" 0 "$HV3_OK" $PLUGIN -H 127.0.0.1 -p "$HV3_PORT" $HV3C
check "v3 cache: the agent received one datagram" test "$(datagrams)" = $((n + 1))
kill "$AGENT_PID"
wait "$AGENT_PID" 2>/dev/null

# the same engine restarted, boots 8, then boots 3 (its state lost): the
# cached clock is sent, not trusted; notInTimeWindows resynchronises
for b in 8 3; do
	AGENT_AT=$HV3_PORT
	start_agent "$HV3" -b $b -u u_sha256_aes -a SHA-256 -A maplesyrup -x AES -X maplesyrup good
	run_case "v3 cache: engine boots now $b" 0 "$HV3_OK" $PLUGIN -H 127.0.0.1 -p "$AGENT_PORT" $HV3C -vv
	within "v3 cache: boots $b resynchronised within -t" 1500
	check "v3 cache: boots $b: notInTimeWindows, then the request" requests 2
	kill "$AGENT_PID"
	wait "$AGENT_PID" 2>/dev/null
done

# the same address, a new engineID: the cached one draws unknownEngineIDs
start_agent "$HV3" -u u_sha256_aes -a SHA-256 -A maplesyrup -x AES -X maplesyrup engine-change
AGENT_AT=
if [ "$AGENT_PORT" = "$HV3_PORT" ]; then
	run_case "v3 cache: engine changed: rediscovered" 0 "$HV3_OK" $PLUGIN -H 127.0.0.1 -p "$HV3_PORT" $HV3C
	within "v3 cache: rediscovered within -t" 1500
	n=$(datagrams)
	run_case "v3 cache: the new engine cached" 0 "$HV3_OK" $PLUGIN -H 127.0.0.1 -p "$HV3_PORT" $HV3C
	check "v3 cache: one datagram to the new engine" test "$(datagrams)" = $((n + 1))
else
	FAIL=$((FAIL + 1))
	echo "FAIL v3 cache: hostile_v3 did not get port $HV3_PORT again"
fi
