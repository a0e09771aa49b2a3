# bench/lib.sh - sourced by the bench scripts (from the repository root):
# a temporary directory removed on exit, a private snmpd on a free loopback
# port stopped by its PID, and instruction counts with callgrind.  The
# caller sets CONF, COMMUNITY, OID and SNMPD before sourcing, and the
# commands to measure as CMD_<name> word lists.

# ------------------------------------------------------ temp dir, cleanup

tmp=$(mktemp -d "${TMPDIR:-/tmp}/snmp-bench.XXXXXX") || exit 1
snmpd_pid=
child_pid=

# Stop our snmpd (by its PID only) and remove the temporary files.  Runs on
# every exit; HUP, INT, PIPE and TERM turn into an exit so that it runs
# then too.
# shellcheck disable=SC2317  # invoked through trap
cleanup() {
    if [ -n "$child_pid" ]; then
        kill "$child_pid" 2>/dev/null
        wait "$child_pid" 2>/dev/null
    fi
    if [ -n "$snmpd_pid" ]; then
        kill "$snmpd_pid" 2>/dev/null
        wait "$snmpd_pid" 2>/dev/null
        snmpd_pid=
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 141' PIPE
trap 'exit 143' TERM

die() {
    echo "bench: $*" >&2
    exit 1
}

# Run a long command (valgrind, hyperfine) in the background and wait for
# it: the shell runs a trap only once its foreground command is done, but
# interrupts "wait" at once, so INT/TERM stop the benchmark promptly and
# cleanup() stops the command by its PID.
run_waiting() {
    "$@" &
    child_pid=$!
    wait "$child_pid"
    st=$?
    child_pid=
    return "$st"
}

# ------------------------------------------------------------- the agent

# A random port in 20000..60000 from /dev/urandom (POSIX sh has no RANDOM).
random_port() {
    n=$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')
    echo $((20000 + n % 40001))
}

# Does the agent on $1 answer a GET?  Short timeout, no retries.
agent_answers() {
    snmpget -v2c -c "$COMMUNITY" -On -t 0.2 -r 0 "127.0.0.1:$1" "$OID" \
        >/dev/null 2>&1
}

# Start snmpd on a free loopback port; sets PORT and snmpd_pid.  A port
# that is taken makes snmpd exit at once: try another one.
start_snmpd() {
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        PORT=$(random_port)
        rm -rf "$tmp/snmpd"
        mkdir "$tmp/snmpd" || die "cannot create $tmp/snmpd"
        MIBS='' MIBDIRS=/nonexistent SNMP_PERSISTENT_DIR="$tmp/snmpd" \
            "$SNMPD" -f -Lf "$tmp/snmpd/snmpd.log" -C -c "$CONF" -I -smux \
            -p "$tmp/snmpd/snmpd.pid" "udp:127.0.0.1:$PORT" \
            </dev/null >/dev/null 2>&1 &
        snmpd_pid=$!
        # Up to about 5 s for it to answer.
        i=0
        while [ $i -lt 50 ]; do
            kill -0 "$snmpd_pid" 2>/dev/null || break   # died: port taken?
            agent_answers "$PORT" && return 0
            sleep 0.1
            i=$((i + 1))
        done
        echo "bench: snmpd on udp:127.0.0.1:$PORT failed (attempt $attempt):" >&2
        tail -n 3 "$tmp/snmpd/snmpd.log" >&2 2>/dev/null
        kill "$snmpd_pid" 2>/dev/null
        wait "$snmpd_pid" 2>/dev/null
        snmpd_pid=
    done
    die "could not start snmpd; see messages above"
}

cmd_of() { eval "echo \"\$CMD_$1\""; }

# ------------------------------------------------------------ measures

# Instructions (Ir) of the whole process tree: callgrind writes one file
# per process (children traced); sum their "summary:" lines.  Prints
# "IR PROCESSES".
measure_ir() { # $1 = name
    d=$tmp/callgrind.$1
    mkdir "$d" || die "cannot create $d"
    # shellcheck disable=SC2046  # word splitting of the command is wanted
    # IR_ANY_EXIT: a plugin's own verdict (exit 1-3) is still a measured run
    run_waiting valgrind --tool=callgrind --trace-children=yes \
        --callgrind-out-file="$d/callgrind.out.%p" $(cmd_of "$1") \
        >"$d/stdout" 2>"$d/valgrind.log"
    st=$?
    if [ $st != 0 ] && { [ -z "${IR_ANY_EXIT:-}" ] || [ $st -gt 3 ]; }; then
        die "$1 failed under callgrind: $(cat "$d/stdout"); see $d/valgrind.log"
    fi
    awk '/^summary:/ { ir += $2; n++ }
         END { if (n == 0) exit 1; printf "%.0f %d\n", ir, n }' \
        "$d"/callgrind.out.* || die "no callgrind output for $1"
}


# ------------------------------------------------------ the agent's CPU

# snmpd's CPU time so far, in clock ticks: utime + stime, fields 14 and 15
# of /proc/PID/stat (field 2, "(snmpd)", holds no space).
agent_ticks() {
    awk '{ print $14 + $15 }' "/proc/$snmpd_pid/stat"
}

# net-snmp's reference for the agent's share: snmpbulkwalk of each column
# the plugin walks, one after the other (it walks one subtree per run), as
# users run it: the default max-repetitions (10).
bulkwalk_cols() { # COLUMN...
    for c in "$@"; do
        snmpbulkwalk -v2c -c "$COMMUNITY" -On "127.0.0.1:$PORT" "$c" \
            >/dev/null 2>&1
    done
}

# The agent's CPU per run of command $1, in ms: snmpd's ticks before and
# after AGENT_RUNS runs, over the runs.  A tick is 1/CLK_TCK s (10 ms),
# so the runs must add up to many ticks.  Nothing else talks to the agent
# meanwhile.  The runs go two at a time (AGENT_JOBS): the agent's CPU per
# run is the same, and the Perl plugins' start-up (70 ms each) is paid on
# both cores.
agent_runs() { # NAME COUNT
    i=0
    while [ "$i" -lt "$2" ]; do
        # shellcheck disable=SC2046,SC2091  # the command's words, run
        $(cmd_of "$1") >/dev/null 2>&1
        i=$((i + 1))
    done
}
measure_agent() { # $1 = name
    hz=$(getconf CLK_TCK)
    jobs=${AGENT_JOBS:-2}
    before=$(agent_ticks)
    j=1
    pids=
    while [ "$j" -le "$jobs" ]; do
        # job j takes runs j, j + jobs, j + 2 jobs, ...
        agent_runs "$1" $(( (AGENT_RUNS - j + jobs) / jobs )) &
        pids="$pids $!"
        j=$((j + 1))
    done
    # shellcheck disable=SC2086
    wait $pids
    after=$(agent_ticks)
    awk -v t=$((after - before)) -v hz="$hz" -v n="$AGENT_RUNS" \
        'BEGIN { printf "%.3f\n", t * 1000 / hz / n }'
}

# A target: PASS, or FAIL and the bench fails (fail=1).
verdict() { # TEXT OK
    if [ "$2" = 1 ]; then
        echo "$1: PASS"
    else
        echo "$1: FAIL"
        fail=1
    fi
}
# A target of an open issue that is not met yet: shown as MISSED, not
# counted (verdict() counts the others).
pending() { # TEXT OK
    if [ "$2" = 1 ]; then
        echo "$1: PASS"
    else
        echo "$1: MISSED (pending, not counted)"
    fi
}
