# Shared by the integration scripts: a real net-snmp snmpd on a free
# loopback port, the hostile agent, a packet capture (capture.sh), and
# assertions on plugin runs.  Everything started here is stopped by PID in
# cleanup, also on failure.

# TOP may be set by a caller running a single script from elsewhere.
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
PLUGIN="${PLUGIN:-$TOP/plugins/check_snmp_value}"
HOSTILE="$TOP/tests/integration/hostile_agent"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/snmp-plugins-test.XXXXXX")
PIDS=""
PASS=0
FAIL=0

cleanup() {
	stop_capture
	for p in $PIDS; do
		kill "$p" 2>/dev/null
	done
	for p in $PIDS; do
		wait "$p" 2>/dev/null
	done
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 2' INT TERM HUP
. "$TOP/tests/integration/capture.sh"

need() {
	command -v "$1" >/dev/null 2>&1 || {
		echo "missing tool: $1 (install the Debian package $2)" >&2
		exit 1
	}
}

now_ms() {
	date +%s%3N
}

# start_snmpd CONF: starts snmpd on 127.0.0.1 and ::1, sets SNMPD_PORT.
start_snmpd() {
	need snmpd snmpd
	need snmpget snmp
	tries=0
	while [ $tries -lt 20 ]; do
		tries=$((tries + 1))
		SNMPD_PORT=$(awk 'BEGIN { srand(); print 20000 + int(rand() * 40000) }')
		SNMPD_PORT=$(( (SNMPD_PORT + $$ + tries * 7919) % 40000 + 20000 ))
		dir="$WORK/snmpd.$SNMPD_PORT"
		mkdir -p "$dir"
		# the listening address first: snmpd reports at most 128
		# octets of its arguments (hrSWRunParameters), and the
		# process tests find it by the port, whatever the path length
		MIBS= MIBDIRS=/nonexistent SNMP_PERSISTENT_DIR="$dir" \
		    snmpd "udp:127.0.0.1:$SNMPD_PORT,udp6:[::1]:$SNMPD_PORT" \
		    -f -Lf "$dir/log" -C -c "$1" -I -smux &
		pid=$!
		PIDS="$PIDS $pid"
		i=0
		while [ $i -lt 50 ]; do
			if MIBS= MIBDIRS=/nonexistent snmpget -v2c -c public -r 0 -t 0.2 \
			    "127.0.0.1:$SNMPD_PORT" 1.3.6.1.2.1.1.5.0 >/dev/null 2>&1; then
				SNMPD_PID=$pid
				return 0
			fi
			kill -0 "$pid" 2>/dev/null || break
			i=$((i + 1))
			sleep 0.1
		done
		kill "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
	done
	echo "could not start snmpd; last log:" >&2
	cat "$dir/log" >&2
	exit 1
}

# start_hostile SCENARIO [-6]: sets HOSTILE_PORT.  While the capture runs,
# the first free port from HOSTILE_PORT_FIRST to HOSTILE_PORT_LAST, which
# it records; else any free port.
HOSTILE_RUNS=0
# start_agent PROGRAM ARGS...: a test agent (PROGRAM -p PORT ARGS...,
# printing its bound port first) on a port of the block the packet capture
# watches; sets AGENT_PORT and AGENT_PID, stopped by PID in cleanup.
start_agent() {
	agent_prog=$1
	shift
	port=${HOSTILE_PORT_FIRST:-0}
	while :; do
		HOSTILE_RUNS=$((HOSTILE_RUNS + 1))
		out="$WORK/hostile.$HOSTILE_RUNS.port"
		"$agent_prog" -p "$port" "$@" >"$out" 2>"$WORK/hostile.$HOSTILE_RUNS.log" &
		AGENT_PID=$!
		PIDS="$PIDS $AGENT_PID"
		i=0
		while [ ! -s "$out" ] && [ $i -lt 50 ] && kill -0 "$AGENT_PID" 2>/dev/null; do
			sleep 0.05
			i=$((i + 1))
		done
		AGENT_PORT=$(head -n 1 "$out")
		[ -n "$AGENT_PORT" ] && return 0
		kill "$AGENT_PID" 2>/dev/null
		wait "$AGENT_PID" 2>/dev/null
		[ "$port" != 0 ] && [ "$port" -lt "$HOSTILE_PORT_LAST" ] || break
		port=$((port + 1))
	done
	echo "${agent_prog##*/} did not start; last log:" >&2
	cat "$WORK/hostile.$HOSTILE_RUNS.log" >&2
	exit 1
}

# start_hostile SCENARIO [OPTIONS]: the hostile agent; sets HOSTILE_PORT.
start_hostile() {
	# shellcheck disable=SC2086
	start_agent "$HOSTILE" ${2:-} "$1"
	HOSTILE_PORT=$AGENT_PORT
	HOSTILE_PID=$AGENT_PID
}

stop_hostile() {
	kill "$HOSTILE_PID" 2>/dev/null
	wait "$HOSTILE_PID" 2>/dev/null
}

# run_case NAME RC PATTERN CMD...: the exit code must be RC and the whole
# first output line must match the shell PATTERN (use quotes for exact
# text).  Sets OUT, RC, MS (elapsed milliseconds).
run_case() {
	name=$1 want_rc=$2 pattern=$3
	shift 3
	t0=$(now_ms)
	OUT=$("$@" 2>"$WORK/stderr")
	RC=$?
	MS=$(( $(now_ms) - t0 ))
	first=$(printf '%s\n' "$OUT" | head -n 1)
	# shellcheck disable=SC2254
	case "$first" in
	$pattern) matched=1 ;;
	*) matched=0 ;;
	esac
	if [ "$RC" = "$want_rc" ] && [ $matched = 1 ]; then
		PASS=$((PASS + 1))
		echo "ok   $name"
		return 0
	fi
	FAIL=$((FAIL + 1))
	echo "FAIL $name"
	echo "     command:  $*"
	echo "     expected: rc=$want_rc line matching: $pattern"
	echo "     got:      rc=$RC line: $first"
	return 1
}

# within NAME MAX_MS: the last run_case took at most MAX_MS.
# Under valgrind (tests/valgrind.sh) SNMP_TEST_TIME_SCALE stretches limits.
within() {
	if [ "$MS" -le $(($2 * ${SNMP_TEST_TIME_SCALE:-1})) ]; then
		PASS=$((PASS + 1))
		echo "ok   $1 (${MS} ms <= $2 ms)"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $1: took ${MS} ms, limit $2 ms"
	fi
}

finish() {
	echo "$PASS passed, $FAIL failed"
	[ "$FAIL" = 0 ]
}
