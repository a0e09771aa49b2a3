# A suite (run-one; issue 6): the time budget of every
# plugin.  -t 1 against an agent that never answers ends between 1.0 and
# 1.5 s with the plugin's timeout message, whatever -e says, for v1, v2c
# and v3 (where the engine discovery is what goes unanswered), and in the
# modes that send more requests or wait: several objects, --rate, --list,
# table walks cut by the deadline, --sample.  Ending before the budget is
# as wrong as overrunning it, so the lower bound is checked too.  A closed
# port is reported at once; an agent that answers slowly, but within -t,
# is accepted.
#
# The cases run TB_PAR at a time in the background, each timing itself;
# tb_flush reports them in the order they were declared, one ok or FAIL
# line each.  Cases share an agent only when it answers nothing or answers
# at once: a slow agent serves one request at a time, so each slow case
# gets its own.  The walk and slow-table cases put a relay (perl) between
# plugin and agent that holds each request for a while.

section "# time budget (-t) of every plugin"

# cases running at once (fewer under valgrind, which makes them busy)
[ -n "${SNMP_TEST_MEMCHECK:-}" ] && TB_PAR=${TB_PAR:-4}
TB_PAR=${TB_PAR:-10}
TB_N=0				# cases and headings declared
TB_CASES=0
TB_DONE=0			# cases reported
TB_RUNNING=""			# their PIDs, oldest first
TB_AGENTS=""			# agents and relays started here
TB_SVC_value=SNMP
TB_SVC_storage=STORAGE
TB_SVC_memory=MEMORY
TB_SVC_load=LOAD
TB_SVC_process=PROCESS
TB_SVC_uptime=UPTIME
TB_SVC_interface=INTERFACE
TB_V3="-P 3 -L authPriv -U u -a SHA -A password1 -x AES -X password2"
TB_CAUSES="host down or unreachable, wrong community, or a reply too large for the agent to send"
TB_CAUSES3="SNMPv3 engine discovery unanswered: host down or unreachable, no SNMPv3 agent at this address, or a reply too large for the agent to send"

# tb_case NAME RC PATTERN MIN_MS MAX_MS CHECK CMD...: runs CMD in the
# background (at most TB_PAR at once).  CHECK is "-", "discovery" (with
# -vv: every request on stderr was an SNMPv3 engine discovery) or "noalarm"
# (the run ended by itself, not through the SIGALRM backstop's "Plugin
# timed out", which fires only when the plugin overstayed its deadline).
tb_case() {
	TB_N=$((TB_N + 1))
	TB_CASES=$((TB_CASES + 1))
	tb_f="$WORK/tb.$TB_N"
	mc_next
	printf '%s\n' "$1" "$2" "$3" "$4" "$(($5 * TIME_SCALE))" "$6" >"$tb_f.meta"
	shift 6
	printf '%s\n' "$*" >>"$tb_f.meta"
	tb_slot
	(
		trap - EXIT INT TERM HUP
		t0=$(now_ms)
		"$@" >"$tb_f.out" 2>"$tb_f.err"
		rc=$?
		t1=$(now_ms)
		echo "$rc $((t1 - t0))" >"$tb_f.res"
	) &
	TB_RUNNING="$TB_RUNNING $!"
}

# tb_slot: waits for the oldest case while TB_PAR run.
tb_slot() {
	set -- $TB_RUNNING
	while [ $# -ge "$TB_PAR" ]; do
		wait "$1"
		shift
	done
	TB_RUNNING="$*"
}

# tb_head TEXT: a heading, printed in its place among the results.
tb_head() {
	MC_SEEN=0
	TB_N=$((TB_N + 1))
	printf '%s\n' "$1" >"$WORK/tb.$TB_N.head"
}

# tb_flush: waits for the cases declared so far and reports them in order.
tb_flush() {
	for tb_pid in $TB_RUNNING; do
		wait "$tb_pid"
	done
	TB_RUNNING=""
	while [ "$TB_DONE" -lt "$TB_N" ]; do
		TB_DONE=$((TB_DONE + 1))
		tb_f="$WORK/tb.$TB_DONE"
		if [ -f "$tb_f.head" ]; then
			cat "$tb_f.head"
			continue
		fi
		{
			IFS= read -r tb_name
			IFS= read -r tb_want
			IFS= read -r tb_pat
			IFS= read -r tb_min
			IFS= read -r tb_max
			IFS= read -r tb_chk
			IFS= read -r tb_cmd
		} <"$tb_f.meta"
		read -r tb_rc tb_ms <"$tb_f.res" 2>/dev/null || { tb_rc=none; tb_ms=0; }
		tb_first=$(head -n 1 "$tb_f.out")
		tb_why=""
		[ "$tb_rc" = "$tb_want" ] || tb_why="exit code"
		# shellcheck disable=SC2254
		case "$tb_first" in
		$tb_pat) ;;
		*) tb_why="${tb_why:+$tb_why, }status line" ;;
		esac
		[ "$tb_ms" -ge "$tb_min" ] || tb_why="${tb_why:+$tb_why, }ended before $tb_min ms"
		[ "$tb_ms" -le "$tb_max" ] || tb_why="${tb_why:+$tb_why, }overran $tb_max ms"
		if [ "$tb_chk" = discovery ]; then
			tb_v3=$(grep -c '^SNMPv3 ' "$tb_f.err")
			tb_disc=$(grep -c '^SNMPv3 engine discovery ' "$tb_f.err")
			[ "$tb_v3" -ge 1 ] && [ "$tb_v3" = "$tb_disc" ] ||
			    tb_why="${tb_why:+$tb_why, }$tb_disc of $tb_v3 SNMPv3 requests were engine discoveries"
		fi
		case "$tb_chk:$tb_first" in
		"noalarm:"*"Plugin timed out"*)
			tb_why="${tb_why:+$tb_why, }the alarm backstop ended it: the plugin overstayed its deadline" ;;
		esac
		if [ -z "$tb_why" ]; then
			PASS=$((PASS + 1))
			echo "ok   $tb_name ($tb_ms ms)"
			continue
		fi
		FAIL=$((FAIL + 1))
		echo "FAIL $tb_name: $tb_why"
		echo "     command:  $tb_cmd"
		echo "     expected: rc=$tb_want, $tb_min to $tb_max ms, line matching: $tb_pat"
		echo "     got:      rc=$tb_rc, $tb_ms ms, line: $tb_first"
	done
}

# tb_agent SCENARIO [ROOT]: a hostile agent for this script; sets TB_PORT.
tb_agent() {
	if [ -n "${2:-}" ]; then
		start_hostile "$1" "-r $2"
	else
		start_hostile "$1"
	fi
	TB_PORT=$HOSTILE_PORT
	TB_AGENTS="$TB_AGENTS $HOSTILE_PID"
}

# tb_relay PORT DELAY_MS: a UDP relay on a free loopback port to PORT that
# holds each request DELAY_MS before passing it on, one after the other
# (an agent that takes that long per request); sets TB_RELAY.  Each client
# port gets its own upstream socket, so replies go back to their asker.
tb_relay() {
	[ -f "$WORK/tb.relay.pl" ] || cat >"$WORK/tb.relay.pl" <<'EOF'
use strict;
use IO::Socket::INET;
my ($port, $ms) = @ARGV;
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 0,
    Proto => 'udp') or die "relay: $!\n";
my (%up, %client);
$SIG{TERM} = sub { exit 0 };
$| = 1;
print $l->sockport, "\n";
for (;;) {
	my ($rin, $rout, $b) = ('');
	vec($rin, fileno($_), 1) = 1 for $l, values %up;
	select($rout = $rin, undef, undef, undef) > 0 or next;
	if (vec($rout, fileno($l), 1) && defined(my $from = $l->recv($b, 65535))) {
		my $u = $up{$from} ||= IO::Socket::INET->new(
		    PeerAddr => "127.0.0.1:$port", Proto => 'udp') or die "relay: $!\n";
		$client{fileno($u)} = $from;
		select(undef, undef, undef, $ms / 1000);
		$u->send($b);
	}
	for my $u (values %up) {
		$l->send($b, 0, $client{fileno($u)})
		    if vec($rout, fileno($u), 1) && defined $u->recv($b, 65535);
	}
}
EOF
	TB_RELAYS=$((${TB_RELAYS:-0} + 1))
	tb_rf="$WORK/tb.relay.$TB_RELAYS"
	perl "$WORK/tb.relay.pl" "$1" "$2" >"$tb_rf.port" 2>"$tb_rf.log" &
	TB_AGENTS="$TB_AGENTS $!"
	PIDS="$PIDS $!"
	tb_i=0
	while [ ! -s "$tb_rf.port" ] && [ $tb_i -lt 100 ]; do
		sleep 0.05
		tb_i=$((tb_i + 1))
	done
	TB_RELAY=$(head -n 1 "$tb_rf.port")
	[ -n "$TB_RELAY" ] || { echo "relay did not start: $(cat "$tb_rf.log")" >&2; exit 1; }
}

tb_stop_agents() {
	for tb_pid in $TB_AGENTS; do
		kill "$tb_pid" 2>/dev/null
	done
	for tb_pid in $TB_AGENTS; do
		wait "$tb_pid" 2>/dev/null
	done
	TB_AGENTS=""
}

# tb_args PLUGIN: the plugin's arguments for a plain check (a fresh state
# directory where it keeps samples, so that no two cases share a lock).
tb_args() {
	case $1 in
	value) echo "-o 1.3.6.1.2.1.1.3.0" ;;
	process) echo "-n snmpd" ;;
	interface) echo "--index 1 --state-dir $WORK/tb.state.$((TB_N + 1))" ;;
	*) echo "" ;;
	esac
}

# tb_timeout PLUGIN PORT VERSION [BUDGET]: the timeout status line.
tb_timeout() {
	eval "tb_svc=\$TB_SVC_$1"
	tb_c=$TB_CAUSES
	[ "$3" = 3 ] && tb_c=$TB_CAUSES3
	echo "$tb_svc UNKNOWN - No response from 127.0.0.1:$2 within ${4:-1.0} s ([0-9]* request* sent): $tb_c"
}

TB_T0=$(now_ms)
TB_PLUGINS="value storage memory load process uptime interface"

tb_agent silent
TB_SILENT=$TB_PORT
tb_agent slow
# the long cases first, so that they overlap the matrix
tb_head "## interface --sample: the two samples and the wait between them within -t"
tb_case "interface --sample 5 -t 6, silent, v2c" 3 \
    "$(tb_timeout interface "$TB_SILENT" 2c 6.0)" 6000 6500 - \
    "$TOP/plugins/check_snmp_interface" -H 127.0.0.1 -p "$TB_SILENT" -t 6 \
    --sample 5 --index 1
tb_case "interface --sample 5 -t 6, silent, v3: discovery" 3 \
    "$(tb_timeout interface "$TB_SILENT" 3 6.0)" 6000 6500 discovery \
    "$TOP/plugins/check_snmp_interface" -H 127.0.0.1 -p "$TB_SILENT" -t 6 \
    --sample 5 --index 1 $TB_V3 -vv
# The first sample answered after 0.7 s: the second one, 5 s later, would
# come after -t 5.2, so the wait is cut to leave it room (a rate over a
# shorter interval; the slow agent's INTEGER 42 everywhere is no interface,
# hence UNKNOWN): 0.7 + 3.35 + 0.7 s.
tb_case "interface --sample 5 -t 5.2, first sample slow (0.7 s), v1: wait cut to fit" 3 \
    "INTERFACE UNKNOWN - ifIndex 1 ifAdminStatus missing or invalid, no octet counters (ifInOctets/ifOutOctets missing)" 3000 5200 noalarm \
    "$TOP/plugins/check_snmp_interface" -H 127.0.0.1 -p "$TB_PORT" -P 1 \
    -t 5.2 --sample 5 --index 1
# No room for a second sample of at least a second: said at once (the
# slow agent answers one request at a time, so a case running beside this
# one may queue it once more).
tb_case "interface --sample 2 -t 2.5, first sample slow (0.7 s): no time left" 3 \
    "INTERFACE UNKNOWN - No time left for the second sample of --sample 2 within -t 2.5 s: the first took * s; raise -t" 650 2000 noalarm \
    "$TOP/plugins/check_snmp_interface" -H 127.0.0.1 -p "$TB_PORT" -P 1 \
    -t 2.5 --sample 2 --index 1

tb_head "## -t 1, silent agent: plugin x version x -e (1000 to 1500 ms, the timeout message)"
for tb_p in $TB_PLUGINS; do
	for tb_v in 1 2c 3; do
		for tb_e in 0 default 1 5 20; do
			tb_eo=""
			[ "$tb_e" = default ] || tb_eo="-e $tb_e"
			if [ "$tb_v" = 3 ]; then
				tb_case "$tb_p v3 -e $tb_e: discovery unanswered" 3 \
				    "$(tb_timeout "$tb_p" "$TB_SILENT" 3)" 1000 1500 discovery \
				    "$TOP/plugins/check_snmp_$tb_p" -H 127.0.0.1 -p "$TB_SILENT" \
				    -t 1 $tb_eo $TB_V3 -vv $(tb_args "$tb_p")
			else
				tb_case "$tb_p v$tb_v -e $tb_e" 3 \
				    "$(tb_timeout "$tb_p" "$TB_SILENT" "$tb_v")" 1000 1500 - \
				    "$TOP/plugins/check_snmp_$tb_p" -H 127.0.0.1 -p "$TB_SILENT" \
				    -t 1 -P "$tb_v" $tb_eo $(tb_args "$tb_p")
			fi
		done
	done
done

tb_head "## -t 1, silent agent: the modes that send more requests"
tb_o3="-o 1.3.6.1.2.1.1.3.0 -o 1.3.6.1.2.1.1.5.0 -o 1.3.6.1.2.1.1.6.0"
tb_o100=$(i=1; while [ $i -le 100 ]; do printf '1.3.6.1.4.1.8072.9999.%d.0,' $i; i=$((i + 1)); done)
for tb_v in 1 2c 3; do
	tb_vo="-P $tb_v"
	tb_chk=-
	[ "$tb_v" = 3 ] && tb_vo="$TB_V3 -vv" tb_chk=discovery
	tb_case "value v$tb_v three -o" 3 "$(tb_timeout value "$TB_SILENT" "$tb_v")" 1000 1500 "$tb_chk" \
	    "$TOP/plugins/check_snmp_value" -H 127.0.0.1 -p "$TB_SILENT" -t 1 $tb_vo $tb_o3
	tb_case "value v$tb_v 100 objects -e 20" 3 "$(tb_timeout value "$TB_SILENT" "$tb_v")" 1000 1500 "$tb_chk" \
	    "$TOP/plugins/check_snmp_value" -H 127.0.0.1 -p "$TB_SILENT" -t 1 -e 20 $tb_vo -o "${tb_o100%,}"
	tb_case "value v$tb_v -n (GETNEXT)" 3 "$(tb_timeout value "$TB_SILENT" "$tb_v")" 1000 1500 "$tb_chk" \
	    "$TOP/plugins/check_snmp_value" -H 127.0.0.1 -p "$TB_SILENT" -t 1 $tb_vo -n -o 1.3.6.1.2.1.1.5
	tb_case "value v$tb_v --rate" 3 "$(tb_timeout value "$TB_SILENT" "$tb_v")" 1000 1500 "$tb_chk" \
	    "$TOP/plugins/check_snmp_value" -H 127.0.0.1 -p "$TB_SILENT" -t 1 $tb_vo --rate \
	    --state-dir "$WORK/tb.state.$((TB_N + 1))" -o 1.3.6.1.2.1.2.2.1.10.1,1.3.6.1.2.1.2.2.1.16.1
	for tb_p in storage memory load process uptime interface; do
		tb_case "$tb_p v$tb_v --list" 3 "$(tb_timeout "$tb_p" "$TB_SILENT" "$tb_v")" 1000 1500 "$tb_chk" \
		    "$TOP/plugins/check_snmp_$tb_p" -H 127.0.0.1 -p "$TB_SILENT" -t 1 $tb_vo --list
	done
	for tb_m in "interface -n eth0 --state-dir @STATE@" "interface -r ^eth --status-only" \
	    "storage --ucd" "memory --hrstorage" "load --cpu" "process --args -r snmpd -m --cpu"; do
		set -- $(echo "$tb_m" | sed "s|@STATE@|$WORK/tb.state.$((TB_N + 1))|")
		tb_p=$1
		shift
		tb_case "${tb_m% --state-dir*} v$tb_v" 3 "$(tb_timeout "$tb_p" "$TB_SILENT" "$tb_v")" 1000 1500 "$tb_chk" \
		    "$TOP/plugins/check_snmp_$tb_p" -H 127.0.0.1 -p "$TB_SILENT" -t 1 $tb_vo "$@"
	done
done
tb_head "## -e 50 and -e 100 (more tries than fit in -t: the budget holds)"
for tb_p in $TB_PLUGINS; do
	for tb_e in 50 100; do
		tb_case "$tb_p -e $tb_e v2c" 3 "$(tb_timeout "$tb_p" "$TB_SILENT" 2c)" 1000 1500 - \
		    "$TOP/plugins/check_snmp_$tb_p" -H 127.0.0.1 -p "$TB_SILENT" -t 1 -e $tb_e $(tb_args "$tb_p")
	done
done
tb_head "## what no budget can honour is refused at once"
for tb_p in $TB_PLUGINS; do
	eval "tb_svc=\$TB_SVC_$tb_p"
	tb_case "$tb_p -e 101: above the documented maximum of 100" 3 \
	    "$tb_svc UNKNOWN - Invalid retries '101': expected 0 to 100" 0 500 - \
	    "$TOP/plugins/check_snmp_$tb_p" -H 127.0.0.1 -p "$TB_SILENT" -t 1 -e 101 $(tb_args "$tb_p")
done
tb_case "interface --sample 5 -t 1" 3 \
    "INTERFACE UNKNOWN - --sample 5 must be shorter than the time budget (-t 1): both samples must fit in it; raise -t" \
    0 500 - "$TOP/plugins/check_snmp_interface" -H 127.0.0.1 -p "$TB_SILENT" -t 1 --sample 5 --index 1
tb_flush
tb_stop_agents

tb_head "## a closed port: Connection refused at once (ICMP port unreachable)"
tb_agent silent
tb_stop_agents
for tb_p in $TB_PLUGINS; do
	eval "tb_svc=\$TB_SVC_$tb_p"
	for tb_v in 1 2c 3; do
		tb_vo="-P $tb_v"
		[ "$tb_v" = 3 ] && tb_vo=$TB_V3
		tb_case "$tb_p v$tb_v: refused" 3 \
		    "$tb_svc UNKNOWN - Connection refused by 127.0.0.1:$TB_PORT: no SNMP agent listens on that port (ICMP port unreachable)" \
		    0 500 - "$TOP/plugins/check_snmp_$tb_p" -H 127.0.0.1 -p "$TB_PORT" -t 1 -e 20 $tb_vo $(tb_args "$tb_p")
	done
done
tb_flush

tb_head "## a slow agent (0.7 s per request) within -t 1 is accepted"
tb_slow() { # NAME RC PATTERN ARGS...: on an agent of its own
	tb_agent slow
	tb_sn=$1 tb_sr=$2 tb_sp=$3
	shift 3
	tb_case "slow: $tb_sn" "$tb_sr" "$tb_sp" 700 1500 - "$@" -H 127.0.0.1 -p "$TB_PORT" -t 1
}
tb_slow "value v1 -e 0" 0 "SNMP OK - 42 | 'iso.3.6.1.2.1.1.3.0'=42" \
    "$TOP/plugins/check_snmp_value" -P 1 -e 0 -o 1.3.6.1.2.1.1.3.0
tb_slow "value v2c, the reply to the first of 6 tries" 0 "SNMP OK - 42 | 'iso.3.6.1.2.1.1.3.0'=42" \
    "$TOP/plugins/check_snmp_value" -o 1.3.6.1.2.1.1.3.0
tb_slow "value v2c -e 20, three -o" 0 \
    "SNMP OK - 42 42 42 | 'iso.3.6.1.2.1.1.3.0'=42 'iso.3.6.1.2.1.1.5.0'=42 'iso.3.6.1.2.1.1.6.0'=42" \
    "$TOP/plugins/check_snmp_value" -e 20 $tb_o3
tb_flush
tb_stop_agents
tb_slow "memory v2c" 0 "MEMORY OK - RAM 0.00% used *" "$TOP/plugins/check_snmp_memory"
tb_slow "uptime v2c: the reply is judged (INTEGER 42), not timed out" 3 \
    "UPTIME UNKNOWN - hrSystemUptime.0 is INTEGER, expected Timeticks" "$TOP/plugins/check_snmp_uptime"
tb_slow "interface v1 --index 1: the reply is judged, not timed out" 3 \
    "INTERFACE UNKNOWN - ifIndex 1 ifAdminStatus missing or invalid, no octet counters (ifInOctets/ifOutOctets missing)" \
    "$TOP/plugins/check_snmp_interface" -P 1 --index 1 --state-dir "$WORK/tb.state.$((TB_N + 1))"
tb_flush
tb_stop_agents

if perl -MIO::Socket::INET -e 1 2>/dev/null; then
	tb_head "## table walks cut by the deadline (a walk that never ends, 50 ms per request)"
	tb_agent walk-endless 1.3.6.1.2.1.25.2.3.1
	tb_hrs=$TB_PORT
	tb_agent walk-endless 1.3.6.1.2.1.25.4.2.1
	tb_swr=$TB_PORT
	tb_agent walk-endless 1.3.6.1.2.1.25.3.3.1
	tb_hrp=$TB_PORT
	tb_agent walk-endless 1.3.6.1.2.1.31.1.1.1
	tb_ifx=$TB_PORT
	for tb_m in "$tb_hrs storage" "$tb_hrs memory --hrstorage" "$tb_swr process -n sshd" \
	    "$tb_hrp load --cpu" "$tb_ifx interface -n eth0 --status-only"; do
		set -- $tb_m
		tb_port=$1 tb_p=$2
		shift 2
		eval "tb_svc=\$TB_SVC_$tb_p"
		for tb_v in 1 2c; do
			tb_relay "$tb_port" 50
			tb_case "$tb_p${1:+ }$* v$tb_v: walk cut at -t 1" 3 \
			    "$tb_svc UNKNOWN - No*response from 127.0.0.1:$TB_RELAY within 1.0 s (*" 1000 1500 - \
			    "$TOP/plugins/check_snmp_$tb_p" -H 127.0.0.1 -p "$TB_RELAY" -t 1 -P "$tb_v" "$@"
		done
	done
	tb_flush
	tb_stop_agents

	# snmpd behind a relay that holds each request 250 ms, one after the
	# other as a busy agent does: a walk needs a few such requests, far
	# less than -t 2, but more than the 200 ms each try waits.
	tb_head "## an agent that takes 250 ms per request: walks within -t 2 (default -e)"
	for tb_m in "value -o 1.3.6.1.2.1.1.3.0@SNMP OK - * | 'iso.3.6.1.2.1.1.3.0'=*" \
	    "storage@STORAGE OK - *" "memory --hrstorage@MEMORY OK - *" \
	    "load@LOAD OK - load average: *" "interface -n lo --status-only@INTERFACE OK - lo up*"; do
		tb_sp=${tb_m#*@}
		set -- ${tb_m%%@*}
		tb_p=$1
		shift
		for tb_v in 2c 3; do
			tb_vo="-P 2c"
			[ "$tb_v" = 3 ] && tb_vo="-P 3 -U u_sha_aes -A maplesyrup -X maplesyrup"
			tb_relay "$SNMPD_PORT" 250
			tb_case "250 ms agent: $tb_p${1:+ }$* v$tb_v" 0 "$tb_sp" 250 2500 - \
			    "$TOP/plugins/check_snmp_$tb_p" -H 127.0.0.1 -p "$TB_RELAY" -t 2 $tb_vo "$@"
		done
	done
	# the same walks with -e 0: fewer tries, each waits longer than 250 ms
	for tb_v in 2c 3; do
		tb_vo="-P 2c"
		[ "$tb_v" = 3 ] && tb_vo="-P 3 -U u_sha_aes -A maplesyrup -X maplesyrup"
		tb_relay "$SNMPD_PORT" 250
		tb_case "250 ms agent: storage v$tb_v -e 0" 0 "STORAGE OK - *" 250 2500 - \
		    "$TOP/plugins/check_snmp_storage" -H 127.0.0.1 -p "$TB_RELAY" -t 2 -e 0 $tb_vo
	done
	tb_flush
	tb_stop_agents
else
	section "# perl (IO::Socket::INET) not found: no walk cut by the deadline, no slow tables"
fi
section "# time budget: $TB_CASES cases in $(( ($(now_ms) - TB_T0) / 1000 )) s"
