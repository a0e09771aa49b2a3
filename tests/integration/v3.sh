# A suite (run-one): SNMPv3 against the real snmpd, every
# auth/priv pair net-snmp speaks (users in contrib/snmpd/snmpd.conf), GET
# and GETNEXT each, and every failure with its own message within -t.
section "# SNMPv3"
V3="$PLUGIN -H 127.0.0.1 -p $SNMPD_PORT -P 3"
for a in MD5:md5 SHA:sha SHA-224:sha224 SHA-256:sha256 SHA-384:sha384 SHA-512:sha512; do
	an=${a#*:} a=${a%%:*}
	run_case "v3 $a authNoPriv GET" 0 'SNMP OK - "test-agent"' \
	    $V3 -L authNoPriv -U u_${an}_auth -a $a -A maplesyrup -o sysName.0
	for p in DES:des AES:aes AES-192:aes192 AES-256:aes256 AES-192-C:aes192c AES-256-C:aes256c; do
		pn=${p#*:} p=${p%%:*}
		run_case "v3 $a/$p GET" 0 'SNMP OK - "test-agent"' \
		    $V3 -L authPriv -U u_${an}_${pn} -a $a -A maplesyrup -x $p -X maplesyrup -o sysName.0
		run_case "v3 $a/$p GETNEXT" 0 'SNMP OK - "test-agent"' \
		    $V3 -L authPriv -U u_${an}_${pn} -a $a -A maplesyrup -x $p -X maplesyrup -n -o 1.3.6.1.2.1.1.5
	done
done
run_case "v3 noAuthNoPriv" 0 'SNMP OK - "test-agent"' $V3 -U u_noauth -o sysName.0
run_case "v3 acceptance: SHA-512/AES-256-C over ::1" 0 "SNMP OK - * | 'SNMPv2-MIB::sysUpTime.0'=*" \
    $PLUGIN -P 3 -L authPriv -U u_sha512_aes256c -a SHA-512 -A maplesyrup -x AES-256-C -X maplesyrup -H ::1 -p "$SNMPD_PORT" -o sysUpTime.0
run_case "v3 spellings sha256/aes256c, level implied" 0 'SNMP OK - "test-agent"' \
    $V3 -U u_sha256_aes256c -a sha256 -A maplesyrup -x AES256C -X maplesyrup -o sysName.0
run_case "v3 different priv password" 0 'SNMP OK - "test-agent"' \
    $V3 -U u_sha_aes_split -A maplesyrup -X syrupmaple -o sysName.0
run_case "v3 defaults SHA-1 + AES-128" 0 'SNMP OK - "test-agent"' \
    $V3 -U u_sha_aes -A maplesyrup -X maplesyrup -o sysName.0
printf 'maplesyrup\n' >"$WORK/authpw"
SNMP_PRIV_PASSWORD=maplesyrup
export SNMP_PRIV_PASSWORD
run_case "v3 secrets from file and environment" 0 'SNMP OK - "test-agent"' \
    $V3 -U u_sha_aes --authpasswd-file "$WORK/authpw" -L authPriv -o sysName.0
unset SNMP_PRIV_PASSWORD
cat >"$WORK/v3.ini" <<INI
[v3]
secname=u_sha_aes
authpasswd=maplesyrup
privpasswd=maplesyrup
INI
run_case "v3 secrets from --extra-opts" 0 'SNMP OK - "test-agent"' \
    $V3 --extra-opts=v3@"$WORK/v3.ini" -o sysName.0
run_case "v3 wrong auth password" 3 "SNMP UNKNOWN - SNMPv3 authentication failure for user 'u_sha_aes' on 127.0.0.1:$SNMPD_PORT: wrong auth password or protocol (SHA-1)" \
    $V3 -U u_sha_aes -A wrongpassword -X maplesyrup -o sysName.0 -t 2
within "v3 wrong auth password within -t" 2500
run_case "v3 wrong auth protocol" 3 "SNMP UNKNOWN - SNMPv3 authentication failure for user 'u_sha_aes' *(MD5)" \
    $V3 -U u_sha_aes -a MD5 -A maplesyrup -X maplesyrup -o sysName.0 -t 2
run_case "v3 wrong priv password" 3 "SNMP UNKNOWN - No response from 127.0.0.1:$SNMPD_PORT within 1.0 s*wrong privacy password or protocol*" \
    $V3 -U u_sha_aes -A maplesyrup -X wrongpassword -o sysName.0 -t 1
within "v3 wrong priv password within -t" 1500
run_case "v3 wrong priv protocol" 3 "SNMP UNKNOWN - No response from*wrong privacy password or protocol*" \
    $V3 -U u_sha_aes -A maplesyrup -x DES -X maplesyrup -o sysName.0 -t 1
run_case "v3 unknown user" 3 "SNMP UNKNOWN - SNMPv3 unknown user 'nosuchuser' on 127.0.0.1:$SNMPD_PORT" \
    $V3 -U nosuchuser -A maplesyrup -X maplesyrup -o sysName.0 -t 2
run_case "v3 unknown context" 3 "SNMP UNKNOWN - No response from*unknown context 'nosuchctx'*" \
    $V3 -U u_sha_aes -A maplesyrup -X maplesyrup -N nosuchctx -o sysName.0 -t 1
within "v3 unknown context within -t" 1500
run_case "v3 authPriv to an auth-only user" 3 "SNMP UNKNOWN - SNMPv3 security level authPriv not allowed for user 'u_sha_auth' on 127.0.0.1:$SNMPD_PORT" \
    $V3 -U u_sha_auth -A maplesyrup -X maplesyrup -o sysName.0 -t 2
start_hostile silent
run_case "v3 silent agent: discovery within -t" 3 "SNMP UNKNOWN - No response from 127.0.0.1:$HOSTILE_PORT within 1.0 s (6 requests sent): SNMPv3 engine discovery unanswered: host down or unreachable, no SNMPv3 agent at this address, or a reply too large for the agent to send" \
    $PLUGIN -H 127.0.0.1 -p "$HOSTILE_PORT" -P 3 -U u -A maplesyrup -o sysName.0 -t 1 -e 5
within "v3 silent agent within -t" 1500
stop_hostile
run_case "v3 short password" 3 "SNMP UNKNOWN - The authentication password must have at least 8 characters*" \
    $V3 -U u_sha_aes -A short -o sysName.0
run_case "v3 no user" 3 "SNMP UNKNOWN - SNMPv3 needs a user name (-U)" $V3 -A maplesyrup -o sysName.0
run_case "v3 unknown auth protocol" 3 "SNMP UNKNOWN - Unknown authentication protocol 'SHA-3'*" $V3 -U u -a SHA-3 -o sysName.0
run_case "v3 password hidden from ps" 0 'SNMP OK - "test-agent"' \
    $V3 -U u_sha_aes -A maplesyrup -X maplesyrup -o sysName.0 -vvv
if grep -q "maplesyrup" "$WORK/stderr"; then FAIL=$((FAIL + 1)); echo "FAIL -vvv shows the password"; else PASS=$((PASS + 1)); fi
