# Shared by the end-to-end tests (tests/e2e/run): the scratch directory,
# free loopback ports, the agents (a real net-snmp snmpd, snmpsim serving
# recordings), the plugin directory the engines are pointed at, Icinga 2
# certificates and daemons, assertions and counts.  Every daemon runs as a
# child of the test on 127.0.0.1, with its configuration, state and logs
# under WORK, and is stopped by its PID in cleanup, also on failure.  WORK
# is removed after a run that passed and kept (its path printed) otherwise.

TOP=$(cd "$(dirname "$0")/../.." && pwd)
E2E="$TOP/tests/e2e"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/snmp-plugins-e2e.XXXXXX")
# snmpsim drops root privileges to nobody, which must reach its data files
chmod 711 "$WORK"
PIDS=""
PASS=0
FAIL=0
# the plugins under test: the ran: assertions (check.py) want their runs
# to end in this directory
E2E_PLUGINS="$TOP/plugins"
export E2E_PLUGINS

# running PID: PID is not yet a zombie (our children stay ours until
# waited for, so their PIDs cannot go to another process before that).
running() {
	[ -r "/proc/$1/stat" ] && [ "$(sed 's/.*) //' "/proc/$1/stat" |
	    cut -c 1)" != Z ]
}

cleanup() {
	rc=$?
	for p in $PIDS; do
		kill "$p" 2>/dev/null
	done
	i=0
	alive=$PIDS
	while [ -n "$alive" ] && [ $i -lt 100 ]; do
		set -- $alive
		alive=""
		for p in "$@"; do
			running "$p" && alive="$alive $p"
		done
		[ -n "$alive" ] && sleep 0.1
		i=$((i + 1))
	done
	for p in $alive; do
		echo "pid $p did not stop on TERM: killed" >&2
		kill -9 "$p" 2>/dev/null
	done
	for p in $PIDS; do
		wait "$p" 2>/dev/null
	done
	if [ "$rc" = 0 ] && [ "$FAIL" = 0 ]; then
		rm -rf "$WORK"
	else
		echo "logs kept in $WORK"
	fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM HUP

# need TOOL PACKAGE / need_file PATH PACKAGE: a missing one ends the run.
need() {
	command -v "$1" >/dev/null 2>&1 || {
		echo "FAIL missing tool: $1 (install the Debian package $2)"
		exit 1
	}
}
need_file() {
	[ -e "$1" ] || {
		echo "FAIL missing $1 (install the Debian package $2)"
		exit 1
	}
}

now_ms() {
	date +%s%3N
}

secs() {
	awk -v m="$1" 'BEGIN { printf "%.1f", m / 1000 }'
}

# ok TEXT / fail TEXT [DETAIL]: one assertion's line.
ok() {
	PASS=$((PASS + 1))
	echo "ok   $1"
}
fail() {
	FAIL=$((FAIL + 1))
	echo "FAIL $1"
	[ -n "${2:-}" ] && printf '%s\n' "$2" | head -n 12 | sed 's/^/     /'
	return 0
}

# tally FILE RC: shows check.py's output (FILE) and adds its ok and FAIL
# lines; an exit code RC other than 0 without a FAIL line is one failure.
tally() {
	cat "$1"
	PASS=$((PASS + $(grep -c '^ok ' "$1")))
	_t_f=$(grep -c '^FAIL ' "$1")
	FAIL=$((FAIL + _t_f))
	if [ "$2" != 0 ] && [ "$_t_f" = 0 ]; then
		fail "check.py ended with exit code $2"
	fi
}

# port tcp|udp: a free loopback port.
port() {
	python3 "$E2E/check.py" port "$1"
}

# poll SECONDS CMD...: runs CMD every 0.2 s until it succeeds (0) or the
# time is up (1).
poll() {
	_p_end=$(($(now_ms) + $1 * 1000))
	shift
	while :; do
		"$@" && return 0
		[ "$(now_ms)" -ge "$_p_end" ] && return 1
		sleep 0.2
	done
}

# bg NAME CMD...: starts CMD as a child, output in $WORK/NAME.out; BG_PID.
bg() {
	_b_name=$1
	shift
	"$@" >"$WORK/$_b_name.out" 2>&1 &
	BG_PID=$!
	PIDS="$PIDS $BG_PID"
}

snmp_answers() {
	MIBS= MIBDIRS=/nonexistent snmpget -v2c -c "$2" -r 0 -t 0.2 \
	    "127.0.0.1:$1" 1.3.6.1.2.1.1.3.0 >/dev/null 2>&1
}

# start_snmpd: net-snmp's snmpd with contrib/snmpd/snmpd.conf (v1, v2c
# community public, SNMPv3 users) on a free port: SNMPD_PORT.
start_snmpd() {
	SNMPD_PORT=$(port udp)
	mkdir -p "$WORK/snmpd"
	# the listening address first: the process checks find snmpd by it
	bg snmpd env MIBS= MIBDIRS=/nonexistent SNMP_PERSISTENT_DIR="$WORK/snmpd" \
	    snmpd "udp:127.0.0.1:$SNMPD_PORT" -f -Lf "$WORK/snmpd/log" -C \
	    -c "$TOP/contrib/snmpd/snmpd.conf" -I -smux
	poll 60 snmp_answers "$SNMPD_PORT" public || {
		fail "snmpd answers on 127.0.0.1:$SNMPD_PORT" "$(cat "$WORK/snmpd/log")"
		exit 1
	}
}

# start_snmpsim: snmpsimd serving tests/data/windows-host.walk (community
# and SNMPv3 context "windows-host") and tests/e2e/rates.snmprec ("rates")
# on a free port: SNMPSIM_PORT.  Its SNMPv3 user is authNoPriv: snmpsim
# (pysnmp) pads what it encrypts with up to a block of zeros, which the
# plugins' session does not accept from AES replies.
SNMPSIM_USER=e2e-sim
SNMPSIM_AUTH=e2e-sim-auth-pass
# What check_snmp_interface says of rates.snmprec's Gi0/2 (see its .md):
# 1 Mb/s in and 4 Mb/s out, give or take the agent's clock ticks.
RATE_OK='INTERFACE OK - Gi0/2 up, in (9[7-9][0-9] kb/s|1\.0[0-9] Mb/s) \(0\.(09[7-9]|10[0-3]?)%\), out (3\.9[0-9]|4\.0[0-9]) Mb/s \(0\.(39[0-9]|40[0-9]?)%\), no errors or discards'
RATE_PERF='perf:Gi0/2_in_bps=1000000~3%	perf:Gi0/2_out_bps=4000000~3%	perf:Gi0/2_in_util=0.1%~3%	perf:Gi0/2_out_util=0.4%~3%'
export RATE_OK RATE_PERF
start_snmpsim() {
	SNMPSIM_PORT=$(port udp)
	_s_d="$WORK/snmpsim"
	mkdir -p "$_s_d/data" "$_s_d/cache"
	python3 "$E2E/walk2snmprec.py" "$TOP/tests/data/windows-host.walk" \
	    >"$_s_d/data/windows-host.snmprec" || exit 1
	cp "$E2E/rates.snmprec" "$_s_d/data/rates.snmprec"
	chmod -R a+rX "$_s_d"
	chmod 711 "$_s_d"
	chown nobody:nogroup "$_s_d/cache"
	bg snmpsim snmpsimd --data-dir="$_s_d/data" --cache-dir="$_s_d/cache" \
	    --agent-udpv4-endpoint="127.0.0.1:$SNMPSIM_PORT" \
	    --process-user=nobody --process-group=nogroup \
	    --v3-user="$SNMPSIM_USER" --v3-auth-key="$SNMPSIM_AUTH" \
	    --v3-auth-proto=SHA256 --logging-method=file:"$_s_d/log"
	poll 30 snmp_answers "$SNMPSIM_PORT" windows-host || {
		fail "snmpsim answers on 127.0.0.1:$SNMPSIM_PORT" \
		    "$(tail -n 12 "$WORK/snmpsim.out" "$_s_d/log" 2>/dev/null)"
		exit 1
	}
}

# plugindir DIR STATEDIR: the directory an engine is pointed at (PluginDir,
# $USER1$).  Debian's plugins are linked in; ours are recording wrappers:
# each run appends "HOST!SERVICE, wrapper, binary, secrets in the
# environment, arguments" (tab-separated) to DIR.log, then becomes our
# binary (check_snmp: check_snmp_value under that name, as the ITL and
# Debian's commands call it).  MP_STATE_PATH=STATEDIR stands for the
# default state directory of the machine that runs the check.
plugindir() {
	_pd_dir=$1
	mkdir -p "$_pd_dir" "$_pd_dir.real" "$2"
	for _pd_f in /usr/lib/nagios/plugins/*; do
		ln -s "$_pd_f" "$_pd_dir/"
	done
	for _pd_p in check_snmp_value check_snmp_storage check_snmp_memory \
	    check_snmp_load check_snmp_process check_snmp_uptime \
	    check_snmp_interface check_snmp_sensor check_snmp; do
		_pd_real=$TOP/plugins/$_pd_p
		[ $_pd_p = check_snmp ] && _pd_real=$TOP/plugins/check_snmp_value
		ln -s "$_pd_real" "$_pd_dir.real/$_pd_p"
		rm -f "$_pd_dir/$_pd_p"
		cat >"$_pd_dir/$_pd_p" <<EOF
#!/bin/sh
e=
[ -n "\${SNMP_AUTH_PASSWORD+set}" ] && e=SNMP_AUTH_PASSWORD
[ -n "\${SNMP_PRIV_PASSWORD+set}" ] && e="\$e,SNMP_PRIV_PASSWORD"
line="\${NAGIOS_HOSTNAME:-}!\${NAGIOS_SERVICEDESC:-}	\$0	$_pd_real	\$e"
for a in "\$@"; do
	line="\$line	\$a"
done
printf '%s\n' "\$line" >>"$_pd_dir.log"
MP_STATE_PATH="$2"
export MP_STATE_PATH
exec "$_pd_dir.real/$_pd_p" "\$@"
EOF
		chmod 755 "$_pd_dir/$_pd_p"
	done
}

# Icinga 2 runs as root here (ICINGA2_USER/ICINGA2_GROUP), with every path
# it writes moved under WORK by -D definitions (icinga_defs NODE).
ICINGA2_USER=root
ICINGA2_GROUP=root
export ICINGA2_USER ICINGA2_GROUP
API_USER=e2e
API_PASS=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

icinga_defs() {
	_d_n="$WORK/$1"
	echo "-DNodeName=$1 -DConfigDir=$_d_n/etc -DDataDir=$_d_n/lib -DLogDir=$_d_n/log" \
	    "-DCacheDir=$_d_n/cache -DSpoolDir=$_d_n/spool -DInitRunDir=$_d_n/run"
}

# icinga_pki NODE...: a CA (icinga2 pki new-ca) and a certificate signed by
# it for each node, in $WORK/NODE/lib/certs as the ApiListener expects.
icinga_pki() {
	# shellcheck disable=SC2046
	icinga2 pki new-ca $(icinga_defs ca) >"$WORK/pki.log" 2>&1 || {
		fail "icinga2 pki new-ca" "$(cat "$WORK/pki.log")"
		exit 1
	}
	_k_jobs=""
	for _k_node in "$@"; do
		_k_c="$WORK/$_k_node/lib/certs"
		mkdir -p "$_k_c"
		icinga2 pki new-cert --cn "$_k_node" --key "$_k_c/$_k_node.key" \
		    --csr "$_k_c/$_k_node.csr" >>"$WORK/pki.log" 2>&1 &
		_k_jobs="$_k_jobs $!"
	done
	for _k_j in $_k_jobs; do
		wait "$_k_j" || { fail "icinga2 pki new-cert" "$(cat "$WORK/pki.log")"; exit 1; }
	done
	for _k_node in "$@"; do
		_k_c="$WORK/$_k_node/lib/certs"
		# shellcheck disable=SC2046
		icinga2 pki sign-csr $(icinga_defs ca) --csr "$_k_c/$_k_node.csr" \
		    --cert "$_k_c/$_k_node.crt" >>"$WORK/pki.log" 2>&1 || {
			fail "icinga2 pki sign-csr $_k_node" "$(cat "$WORK/pki.log")"
			exit 1
		}
		cp "$WORK/ca/lib/ca/ca.crt" "$_k_c/ca.crt"
	done
}

icinga_dirs() {
	mkdir -p "$WORK/$1/etc" "$WORK/$1/log" "$WORK/$1/cache" \
	    "$WORK/$1/spool" "$WORK/$1/run" "$WORK/$1/lib"
}

# icinga_validate NODE CONFIG TEXT: icinga2 daemon -C on CONFIG must end
# well without a warning.
icinga_validate() {
	icinga_dirs "$1"
	_v_log="$WORK/$1/validate.$(basename "$2").log"
	# shellcheck disable=SC2046
	if icinga2 daemon -C -c "$2" $(icinga_defs "$1") >"$_v_log" 2>&1 &&
	    ! grep -q 'warning/\|critical/' "$_v_log"; then
		ok "$3"
	else
		fail "$3" "$(grep -v 'information/' "$_v_log" | tail -n 12)"
		return 1
	fi
}

# icinga_start NODE CONFIG PORT: the daemon as a child; ready when its API
# on 127.0.0.1:PORT answers.
icinga_start() {
	icinga_dirs "$1"
	# shellcheck disable=SC2046
	bg "$1" icinga2 daemon -c "$2" $(icinga_defs "$1")
	api_up() {
		api "$1" GET v1/status/IcingaApplication -o /dev/null 2>/dev/null
	}
	if poll 30 api_up "$3"; then
		ok "$1: icinga2 daemon started, its API answers on 127.0.0.1:$3"
	else
		fail "$1: icinga2 daemon started, its API answers on 127.0.0.1:$3" \
		    "$(tail -n 12 "$WORK/$1.out")"
		exit 1
	fi
}

# api PORT METHOD PATH [CURL-ARGS...]: the Icinga 2 API, as curl sees it.
api() {
	_a_p=$1 _a_m=$2 _a_u=$3
	shift 3
	curl -sSfk --max-time 10 -u "$API_USER:$API_PASS" \
	    -H 'Accept: application/json' -X "$_a_m" "https://127.0.0.1:$_a_p/$_a_u" "$@"
}

# icinga_results PORT OUT: every service's last check result in OUT.json
# (GET /v1/objects/services) and Icinga's parse of each perfdata item in
# OUT.perf.json (parse_performance_data() through the console; an item it
# cannot parse comes back as { unparsed = ITEM }).
PERF_QUERY='var r = {}
for (s in get_objects(Service)) {
	var cr = s.last_check_result
	if (cr && cr.performance_data) {
		r[s.__name] = cr.performance_data.map(function(p) {
			try {
				return parse_performance_data(p)
			} except {
				return { unparsed = p }
			}
		})
	}
}
r'
icinga_results() {
	api "$1" GET 'v1/objects/services?attrs=last_check_result&attrs=command_endpoint' \
	    >"$2.json" || return 1
	[ -f "$WORK/perfdata.json" ] || printf '%s' "$PERF_QUERY" | python3 -c \
	    'import json, sys; print(json.dumps({"command": sys.stdin.read(), "session": "e2e"}))' \
	    >"$WORK/perfdata.json"
	api "$1" POST v1/console/execute-script -d @"$WORK/perfdata.json" \
	    >"$2.perf.json"
}

# icinga_check PORT SINCE EXPECT WRAPLOG SCENARIO WAIT: reschedules every
# service of EXPECT, waits (at most WAIT s) until all have a result from
# SINCE on, then asserts them (check.py icinga).
icinga_check() {
	_c_p=$1 _c_since=$2 _c_expect=$3 _c_wraplog=$4
	_c_out="$WORK/$5.$(basename "$_c_expect")"
	_c_n=$(grep -c . "$_c_expect")
	# the services as an API filter, JSON-quoted
	_c_filter=$(awk -F '\t' 'NF { split($1, a, "!");
	    printf "%s(host.name==\\\"%s\\\" && service.name==\\\"%s\\\")",
	    n++ ? " || " : "", a[1], a[2] }' "$_c_expect")
	api "$_c_p" POST v1/actions/reschedule-check -o "$_c_out.resched" \
	    -d "{\"type\": \"Service\", \"filter\": \"$_c_filter\", \"force\": true}" ||
	    fail "$5: POST /v1/actions/reschedule-check" "$(cat "$_c_out.resched" 2>/dev/null)"
	ready() {
		api "$_c_p" POST v1/objects/services -H 'X-HTTP-Method-Override: GET' \
		    -d "{\"attrs\": [\"name\"], \"filter\": \"($_c_filter) && service.last_check >= $_c_since\"}" \
		    2>/dev/null >"$_c_out.poll" &&
		    [ "$(grep -o '"type":"Service"' "$_c_out.poll" | wc -l)" = "$_c_n" ]
	}
	if poll "$6" ready; then
		ok "$5: every service of $(basename "$_c_expect") checked"
	else
		fail "$5: every service of $(basename "$_c_expect") checked within $6 s"
	fi
	icinga_results "$_c_p" "$_c_out" ||
	    fail "$5: GET /v1/objects/services" "$(cat "$_c_out.json" 2>/dev/null)"
	E2E_SCENARIO=$5 python3 "$E2E/check.py" icinga "$_c_out.json" \
	    "$_c_out.perf.json" "$_c_expect" "$_c_wraplog" >"$_c_out.result" 2>&1
	tally "$_c_out.result" $?
}
