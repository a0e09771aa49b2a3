# Shared by the integration suites (tests/integration/*.sh): a real net-snmp
# snmpd on a free loopback port, the test agents, assertions on plugin runs,
# and cases run in parallel.  Everything started here is stopped by PID in
# cleanup, also on failure.
#
# Each suite runs as a process of its own (tests/integration/run-one, which
# tests/integration/run starts several at a time), with its own WORK
# directory and its own block of 64 loopback ports from SUITE_PORT_BASE:
# snmpd on the first free of +0..+3, test agents on +4..+63.  The runner
# gives every suite a block inside the range its packet capture watches;
# a suite run alone takes a random block.

# TOP may be set by a caller running a single script from elsewhere.
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
PLUGIN="${PLUGIN:-$TOP/plugins/check_snmp_value}"
HOSTILE="$TOP/tests/integration/hostile_agent"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/snmp-plugins-test.XXXXXX")
PIDS=""
PASS=0
FAIL=0
# Ports below Linux's ephemeral range (32768-60999), so that no client
# socket of the run lands in a block.
if [ -z "${SUITE_PORT_BASE:-}" ]; then
	SUITE_PORT_BASE=$(awk -v s="$$" 'BEGIN { srand(s); print 20000 + 64 * int(rand() * 190) }')
fi
HOSTILE_PORT_FIRST=$((SUITE_PORT_BASE + 4))
HOSTILE_PORT_LAST=$((SUITE_PORT_BASE + 63))

cleanup() {
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

need() {
	command -v "$1" >/dev/null 2>&1 || {
		echo "missing tool: $1 (install the Debian package $2)" >&2
		exit 1
	}
}

# clock_ms: CLOCK_MS, milliseconds since boot in steps of 10, read from
# /proc/uptime by the shell itself.  date(1) cost a process of about 4 ms
# of CPU for each reading, and every case took two: some 40 s of make
# check's two cores.  now_ms prints it, for $(now_ms).
clock_ms() {
	read -r _ms _ </proc/uptime
	_cs=${_ms#*.}
	CLOCK_MS=$(( ${_ms%.*} * 1000 + ${_cs#0} * 10 ))
}
now_ms() {
	clock_ms
	echo "$CLOCK_MS"
}
NL='
'

# section TEXT: a heading in the suite's log ("# what", "## detail"),
# after the parallel cases of the section before; the memory-checking
# slice (tests/valgrind.sh) takes the first cases of each.
section() {
	par_wait
	MC_SEEN=0
	printf '%s\n' "$1"
}

# start_snmpd CONF [PORT]: starts snmpd on 127.0.0.1 and ::1 (on PORT
# when given: a restart), sets SNMPD_PORT and SNMPD_PID.  Ready when it
# answers a GET.
start_snmpd() {
	need snmpd snmpd
	need snmpget snmp
	tries=0
	while [ $tries -lt 8 ]; do
		if [ -n "${2:-}" ]; then
			SNMPD_PORT=$2
		elif [ $tries -lt 4 ]; then
			SNMPD_PORT=$((SUITE_PORT_BASE + tries))
		else
			SNMPD_PORT=$(awk -v s="$$$tries" 'BEGIN { srand(s); print 20000 + int(rand() * 12000) }')
		fi
		tries=$((tries + 1))
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
		while [ $i -lt 100 ]; do
			if MIBS= MIBDIRS=/nonexistent snmpget -v2c -c public -r 0 -t 0.1 \
			    "127.0.0.1:$SNMPD_PORT" 1.3.6.1.2.1.1.5.0 >/dev/null 2>&1; then
				SNMPD_PID=$pid
				return 0
			fi
			kill -0 "$pid" 2>/dev/null || break
			i=$((i + 1))
		done
		kill "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
	done
	echo "could not start snmpd; last log:" >&2
	cat "$dir/log" >&2
	exit 1
}

# start_agent PROGRAM ARGS...: a test agent (PROGRAM -p PORT ARGS...,
# printing its bound port first) on a free port of the suite's block; sets
# AGENT_PORT and AGENT_PID, stopped by PID in cleanup.  Cases running in
# parallel start at different ports of the block.  AGENT_AT=PORT: try that
# port first (an agent restarted at the same address).
HOSTILE_RUNS=0
start_agent() {
	agent_prog=$1
	shift
	span=$((HOSTILE_PORT_LAST - HOSTILE_PORT_FIRST + 1))
	offset=$(( (HOSTILE_RUNS + ${PAR_SELF:-0} * 7) % span ))
	[ -n "${AGENT_AT:-}" ] && offset=$((AGENT_AT - HOSTILE_PORT_FIRST))
	tried=0
	while [ $tried -lt $span ]; do
		port=$((HOSTILE_PORT_FIRST + (offset + tried) % span))
		tried=$((tried + 1))
		HOSTILE_RUNS=$((HOSTILE_RUNS + 1))
		out="$WORK/hostile.$HOSTILE_RUNS.port"
		"$agent_prog" -p "$port" "$@" >"$out" 2>"$WORK/hostile.$HOSTILE_RUNS.log" &
		AGENT_PID=$!
		PIDS="$PIDS $AGENT_PID"
		i=0
		while [ ! -s "$out" ] && [ $i -lt 100 ] && kill -0 "$AGENT_PID" 2>/dev/null; do
			sleep 0.02
			i=$((i + 1))
		done
		AGENT_PORT=$(head -n 1 "$out")
		[ -n "$AGENT_PORT" ] && return 0
		kill "$AGENT_PID" 2>/dev/null
		wait "$AGENT_PID" 2>/dev/null
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

# Memory checking (tests/valgrind.sh): SNMP_TEST_MEMCHECK=slice runs the
# first MC_PER_SECTION (1) cases of each section (every case of a suite that
# sets MC_ALL=1) under memcheck, =all every case.  mc_next decides for the
# next case: it sets SNMP_MEMCHECK for the plugin wrappers and TIME_SCALE,
# which stretches time limits: by SNMP_TEST_TIME_SCALE (20) for cases under
# memcheck, by TIME_BASE (SNMP_TEST_TIME_BASE, 1; 3 in make check
# SANITIZE=1, whose runs prove memory safety while the plain build proves
# the timing) for every case.
MC_SEEN=0
MC_PER_SECTION=${MC_PER_SECTION:-1}
TIME_BASE=${SNMP_TEST_TIME_BASE:-1}
TIME_SCALE=$TIME_BASE
mc_next() {
	MC_SEEN=$((MC_SEEN + 1))
	SNMP_MEMCHECK=0
	case "${SNMP_TEST_MEMCHECK:-}" in
	all)	SNMP_MEMCHECK=1 ;;
	slice)	if [ "${MC_ALL:-0}" = 1 ] || [ "$MC_SEEN" -le "$MC_PER_SECTION" ]; then
			SNMP_MEMCHECK=1
		fi ;;
	esac
	export SNMP_MEMCHECK
	TIME_SCALE=$TIME_BASE
	[ "$SNMP_MEMCHECK" = 1 ] && TIME_SCALE=$((TIME_BASE * ${SNMP_TEST_TIME_SCALE:-20}))
	return 0
}

# run_case NAME RC PATTERN CMD...: the exit code must be RC and the whole
# first output line must match the shell PATTERN (use quotes for exact
# text).  Sets OUT, RC, MS (elapsed milliseconds); stderr is in
# $WORK/stderr.
run_case() {
	name=$1 want_rc=$2 pattern=$3
	shift 3
	[ "${PAR_SELF:-0}" != 0 ] || mc_next
	clock_ms
	t0=$CLOCK_MS
	OUT=$("$@" 2>"$WORK/stderr")
	RC=$?
	clock_ms
	MS=$((CLOCK_MS - t0))
	# the first line without a pipe and head(1): 7 ms of CPU a case
	first=${OUT%%"$NL"*}
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
	if [ -s "$WORK/stderr" ]; then
		echo "     stderr:   $(head -c 600 "$WORK/stderr" | head -n 5 | sed '2,$s/^/               /')"
	fi
	return 1
}

# within NAME MAX_MS: the last run_case took at most MAX_MS (stretched
# under memcheck).
within() {
	if [ "$MS" -le $(($2 * TIME_SCALE)) ]; then
		PASS=$((PASS + 1))
		echo "ok   $1 (${MS} ms <= $2 ms)"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $1: took ${MS} ms, limit $2 ms"
	fi
}

# check NAME CMD...: a check that CMD succeeds.
check() {
	name=$1
	shift
	if "$@"; then
		PASS=$((PASS + 1))
		echo "ok   $name"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $name"
	fi
}

# par FUNCTION ARGS...: runs one self-contained case (a function that
# starts its own agents and calls run_case, within and the like) in the
# background, at most PAR_JOBS at once, in a subshell with its own WORK
# directory, counters and agents.  par_wait prints every case's lines in
# the order they were declared and adds up their counts; section and
# finish call it.
PAR_JOBS=${PAR_JOBS:-8}
PAR_N=0
PAR_SHOWN=0
PAR_RUNNING=""
par() {
	mc_next
	# MC_ONLY=1: in the slice, the suite's parallel cases not under
	# memcheck are left to make check, which runs them all
	if [ "${SNMP_TEST_MEMCHECK:-}" = slice ] && [ "$SNMP_MEMCHECK" = 0 ] &&
	    [ "${MC_ONLY:-0}" = 1 ]; then
		return 0
	fi
	PAR_N=$((PAR_N + 1))
	par_slot
	mkdir -p "$WORK/par.$PAR_N"
	(
		PAR_SELF=$PAR_N WORK="$WORK/par.$PAR_N" PASS=0 FAIL=0 PIDS=""
		PAR_DONE=0
		trap 'par_exit' EXIT
		trap 'exit 2' INT TERM HUP
		"$@"
		PAR_DONE=1
	) >"$WORK/par.$PAR_N.out" 2>&1 &
	PAR_RUNNING="$PAR_RUNNING $!"
	PIDS="$PIDS $!"
}

# par_exit: the end of a parallel case; one that did not return (an agent
# that did not start, a signal) counts as a failure.
par_exit() {
	if [ "$PAR_DONE" != 1 ]; then
		FAIL=$((FAIL + 1))
		echo "FAIL the case above ended before its last check"
	fi
	echo "$PASS $FAIL" >"$WORK/count"
	for p in $PIDS; do
		kill "$p" 2>/dev/null
	done
	wait
}

# par_slot: waits for the oldest case while PAR_JOBS run.
par_slot() {
	# shellcheck disable=SC2086
	set -- $PAR_RUNNING
	while [ $# -ge "$PAR_JOBS" ]; do
		wait "$1"
		shift
	done
	PAR_RUNNING="$*"
}

par_wait() {
	for p in $PAR_RUNNING; do
		wait "$p"
	done
	PAR_RUNNING=""
	while [ "$PAR_SHOWN" -lt "$PAR_N" ]; do
		PAR_SHOWN=$((PAR_SHOWN + 1))
		f="$WORK/par.$PAR_SHOWN"
		cat "$f.out"
		if [ -f "$f/count" ] && read -r p q <"$f/count"; then
			PASS=$((PASS + p))
			FAIL=$((FAIL + q))
		else
			FAIL=$((FAIL + 1))
			echo "FAIL parallel case $PAR_SHOWN ended without its count"
		fi
	done
}

# finish: the suite's last line, and its counts for the runner.
finish() {
	par_wait
	echo "$PASS passed, $FAIL failed"
	[ -n "${SUITE_RESULT:-}" ] && echo "$PASS $FAIL" >"$SUITE_RESULT"
	[ "$FAIL" = 0 ]
}
