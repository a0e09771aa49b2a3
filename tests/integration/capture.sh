# Sourced by tests/integration/run: a packet capture of the integration
# run.  dumpcap records on lo every UDP datagram to or from the ports of
# the run while the suites run; check_capture then decodes the file with
# tshark, an SNMP implementation that owes nothing to ours, and fails the
# run on any datagram that our plugins sent and tshark cannot decode
# cleanly.
#
# Ports: CAPTURE_FIRST to CAPTURE_LAST hold every suite's block (lib.sh:
# snmpd, the test agents) and the capture markers on CAPTURE_MARK_PORT;
# and port 1, which the closed-port case aims at.
#
# What is checked: the datagrams the plugins and net-snmp's tools sent,
# i.e. destination port in the range or 1, source port outside it.
# Replies are not checked: the hostile agents' are malformed on purpose
# and snmpd's are net-snmp's.  A datagram fails when tshark does not take
# it for SNMP at all (its SNMP dissector rejects a SEQUENCE longer than the
# datagram, so a truncated message shows as bare UDP data), marks it
# malformed (BER errors, exceptions, most are of severity warning), reports
# any error, sees bytes after the message, or, for SNMPv3 users in the
# table below, finds a wrong HMAC.
#
# SNMPv3: tshark gets the USM users of contrib/snmpd/snmpd.conf, so it
# checks our HMACs and decrypts our scoped PDUs, except for:
# - users that the suite deliberately misuses (wrong password, protocol,
#   level: see v3.sh), whose messages tshark would rightly reject;
# - AES-192/AES-256 (Blumenthal key extension) when the auth hash is too
#   short to key the cipher: tshark 4.0 extends keys the Reeder way only
#   (net-snmp's AES-192-C/AES-256-C).
# Their messages are still checked up to the encrypted PDU.
CAPTURE_MISUSED_USERS="u_sha_aes u_sha_auth u_misused"
# A whole run sends tens of thousands of SNMP datagrams, about 1,500 of
# them SNMPv3 and 600 decrypted by tshark.  Well below that, the capture
# missed the run (checked only when every suite ran).
CAPTURE_MIN_SENT=${CAPTURE_MIN_SENT:-10000}
CAPTURE_MIN_V3=${CAPTURE_MIN_V3:-800}
CAPTURE_MIN_DECRYPTED=${CAPTURE_MIN_DECRYPTED:-300}
CAPTURE_PID=""

capture_hint() {
	[ "$(id -u)" = 0 ] && return
	cat >&2 <<EOF
dumpcap needs CAP_NET_RAW and CAP_NET_ADMIN to capture on lo as $(id -un):
run the suite as root, or grant them once with
  sudo setcap cap_net_raw,cap_net_admin=eip $(command -v dumpcap)
(Debian package libcap2-bin), or answer yes to
  sudo dpkg-reconfigure wireshark-common
and join the group: sudo usermod -aG wireshark $(id -un)
EOF
}

# capture_mark NAME: sends a datagram to the marker port until it is in
# the capture file, which proves that the capture runs and that all the
# datagrams sent before it are on disk.
capture_mark() {
	i=0
	while [ $i -lt 50 ]; do
		kill -0 "$CAPTURE_PID" 2>/dev/null || return 1
		MIBS= MIBDIRS=/nonexistent snmpget -v2c -c "capture-$1-$$" -r 0 -t 0.1 \
		    "127.0.0.1:$CAPTURE_MARK_PORT" 1.3.6.1.2.1.1.5.0 >/dev/null 2>&1
		grep -q -a "capture-$1-$$" "$CAPTURE" 2>/dev/null && return 0
		i=$((i + 1))
	done
	return 1
}

# start_capture: a missing tool or a capture that does not start fails the
# run.
start_capture() {
	need tshark tshark
	need dumpcap tshark
	CAPTURE="$WORK/capture.pcapng"
	dumpcap -q -i lo -B 64 -w "$CAPTURE" \
	    -f "udp and (portrange $CAPTURE_FIRST-$CAPTURE_LAST or dst port 1)" \
	    >"$WORK/dumpcap.log" 2>&1 &
	CAPTURE_PID=$!
	if ! capture_mark start; then
		echo "FAIL packet capture: dumpcap did not start capturing on lo; it said:" >&2
		sed 's/^/     /' "$WORK/dumpcap.log" >&2
		capture_hint
		exit 1
	fi
}

stop_capture() {
	[ -n "$CAPTURE_PID" ] || return 0
	kill "$CAPTURE_PID" 2>/dev/null
	wait "$CAPTURE_PID" 2>/dev/null
	CAPTURE_PID=""
}

# capture_users: tshark's -o options for the USM users table.
capture_users() {
	awk -v skip=" $CAPTURE_MISUSED_USERS " '
	BEGIN {
		auth["MD5"] = "MD5 16"; auth["SHA"] = "SHA1 20"
		auth["SHA-224"] = "SHA2-224 28"; auth["SHA-256"] = "SHA2-256 32"
		auth["SHA-384"] = "SHA2-384 48"; auth["SHA-512"] = "SHA2-512 64"
		priv["DES"] = "DES 0"; priv["AES"] = "AES 0"
		priv["AES-192-C"] = "AES192 0"; priv["AES-256-C"] = "AES256 0"
		priv["AES-192"] = "AES192 24"; priv["AES-256"] = "AES256 32"
	}
	$1 == "createUser" && NF >= 4 && !index(skip, " " $2 " ") && ($3 in auth) {
		split(auth[$3], a, " ")
		p = "DES"; pp = $4
		if (NF >= 6) {
			if (!($5 in priv))
				next
			split(priv[$5], q, " ")
			if (q[2] > a[2])
				next
			p = q[1]; pp = $6
		}
		printf "-o\nuat:snmp_users:\"\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"\n", $2, a[1], $4, p, pp
	}' "$TOP/contrib/snmpd/snmpd.conf"
}

capture_failed=0
capture_fail() {
	capture_failed=1
	FAIL=$((FAIL + 1))
	echo "FAIL capture: $*"
}

# check_capture: stops the capture and checks what our plugins sent.
check_capture() {
	echo "# packet capture, decoded by tshark"
	capture_mark end || capture_fail "the end marker never reached the capture file"
	stop_capture
	dropped=$(sed -n 's/^Packets received\/dropped on interface .*: [0-9]*\/\([0-9]*\) .*/\1/p' "$WORK/dumpcap.log")
	[ "${dropped:-0}" = 0 ] || capture_fail "dumpcap dropped $dropped packets: $(cat "$WORK/dumpcap.log")"
	mkdir -p "$WORK/wireshark"
	capture_users >"$WORK/tshark.users"
	sent="udp.dstport in {$CAPTURE_FIRST..$CAPTURE_LAST, 1} && !(udp.srcport in {$CAPTURE_FIRST..$CAPTURE_LAST}) && udp.dstport != $CAPTURE_MARK_PORT"
	bad="!snmp || data || _ws.malformed || _ws.expert.severity >= error || _ws.expert.group == \"Malformed\" || snmp.v3.auth == 0"
	# No user preferences: WIRESHARK_CONFIG_DIR is empty.  The users go
	# one per -o, read from the file line by line.
	set -- -n -r "$CAPTURE" -d "udp.port==$CAPTURE_FIRST-$CAPTURE_LAST,snmp" -d "udp.port==1,snmp"
	while IFS= read -r line; do
		set -- "$@" "$line"
	done <"$WORK/tshark.users"
	if ! WIRESHARK_CONFIG_DIR="$WORK/wireshark" tshark "$@" -Y "$sent" -T fields \
	    -e snmp.version -e snmp.msgVersion -e snmp.v3.flags.crypt -e snmp.decrypted_pdu \
	    >"$WORK/tshark.sent" 2>"$WORK/tshark.err"; then
		capture_fail "tshark could not read the capture: $(cat "$WORK/tshark.err")"
		return 1
	fi
	if ! WIRESHARK_CONFIG_DIR="$WORK/wireshark" tshark "$@" -Y "($sent) && ($bad)" -T fields \
	    -E occurrence=a -E 'aggregator=; ' \
	    -e frame.number -e ip.src -e ipv6.src -e udp.srcport -e ip.dst -e ipv6.dst -e udp.dstport \
	    -e frame.protocols -e _ws.expert.message -e _ws.col.Info \
	    >"$WORK/tshark.bad" 2>"$WORK/tshark.err"; then
		capture_fail "tshark could not read the capture: $(cat "$WORK/tshark.err")"
		return 1
	fi
	n_sent=$(awk -F '\t' '$1 != "" || $2 != ""' "$WORK/tshark.sent" | wc -l)
	n_v12=$(awk -F '\t' '$1 != ""' "$WORK/tshark.sent" | wc -l)
	n_v3=$(awk -F '\t' '$2 == 3' "$WORK/tshark.sent" | wc -l)
	n_crypt=$(awk -F '\t' '$2 == 3 && $3 == 1' "$WORK/tshark.sent" | wc -l)
	n_dec=$(awk -F '\t' '$4 != ""' "$WORK/tshark.sent" | wc -l)
	n_users=$(grep -c '^uat' "$WORK/tshark.users")
	echo "     $n_sent SNMP datagrams sent by the plugins: $n_v12 v1/v2c, $n_v3 SNMPv3 ($n_crypt encrypted, $n_dec decrypted with $n_users USM users)"
	n_bad=$(wc -l <"$WORK/tshark.bad")
	if [ "$n_bad" = 0 ]; then
		PASS=$((PASS + 1))
		echo "ok   capture: every datagram our plugins sent decodes cleanly"
	else
		capture_fail "$n_bad datagrams our plugins sent do not decode cleanly (frame, from, to, protocols, tshark's findings, summary; the first 20):"
		head -n 20 "$WORK/tshark.bad" | awk -F '\t' '{
			d = $9
			if ($8 !~ /:snmp/)
				d = "tshark does not take it for SNMP (not a SEQUENCE that starts with an INTEGER, or one longer than the datagram)"
			else if ($8 ~ /:data$/)
				d = d (d == "" ? "" : "; ") "bytes after the SNMP message"
			printf "     frame %s: %s%s:%s -> %s%s:%s [%s]: %s | %s\n",
			    $1, $2, $3, $4, $5, $6, $7, $8, d, $10 }'
	fi
	[ "${CAPTURE_MINIMA:-1}" = 1 ] || set --
	[ "${CAPTURE_MINIMA:-1}" = 1 ] && set -- "sent:$n_sent:$CAPTURE_MIN_SENT" \
	    "SNMPv3:$n_v3:$CAPTURE_MIN_V3" "decrypted:$n_dec:$CAPTURE_MIN_DECRYPTED"
	for c in "$@"; do
		IFS=: read -r what n min <<EOF
$c
EOF
		if [ "$n" -ge "$min" ]; then
			PASS=$((PASS + 1))
		else
			capture_fail "only $n $what datagrams in the capture (at least $min expected): it missed the run"
		fi
	done
	# Kept when asked, or when the capture check failed.
	keep=${SNMP_TEST_CAPTURE_KEEP:-}
	[ "$capture_failed" = 0 ] || keep=${keep:-${TMPDIR:-/tmp}/snmp-plugins-capture.$$.pcapng}
	if [ -n "$keep" ] && cp "$CAPTURE" "$keep"; then
		echo "     capture kept in $keep (decode: tshark -r $keep -d udp.port==$CAPTURE_FIRST-$CAPTURE_LAST,snmp)"
	fi
}
