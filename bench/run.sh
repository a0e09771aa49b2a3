#!/bin/sh
# bench/run.sh - one SNMPv2c GET of sysUpTime.0 against a local net-snmp
# snmpd, measured side by side for
#   ours_musl   check_snmp_value built with musl (static)
#   ours_glibc  check_snmp_value built with glibc (static)
#   floor       bench/floor: one hand-built GET, one reply, no more
#   snmpget     net-snmp snmpget
#   check_snmp  monitoring-plugins check_snmp (forks snmpget)
# and SNMPv3 authPriv for both builds and snmpget, and the musl build's
# warm-cache SNMPv3 run (--cache-dir, filled by the sanity run before any
# measure: one round trip, no discovery), and cold SNMPv3 runs (SHA-256/
# AES-256, and SHA-1/AES-128 and SHA-256/AES-256 with two passwords;
# instructions only) against snmpget's.  Per command: executed
# instructions (callgrind, children included), peak RSS (GNU time %M) and
# median wall time (hyperfine); for our builds also main()'s inclusive
# instructions (callgrind_annotate): our own part of the run, without the
# libc's start-up.  Prints a table and PASS/FAIL per target; exits
# non-zero if a target is missed or a tool is missing.  See
# bench/README.md.
#
# Usage (from anywhere; `make bench` builds both libcs first):
#   BENCH_DIR_musl=DIR BENCH_DIR_glibc=DIR sh bench/run.sh
# Environment:
#   BENCH_DIR_musl, BENCH_DIR_glibc  trees (relative to the repository root)
#                 whose plugins/ hold the musl and the glibc build
#   CHECK_SNMP    check_snmp path (default /usr/lib/nagios/plugins/check_snmp)
#   BENCH_RUNS    hyperfine runs per command at most (default 300): as
#                 many as fit in 3 s, at least BENCH_MIN_RUNS (default
#                 100; the references, 60-90 ms a run, get that many)
#   BENCH_WARMUP  hyperfine warm-up runs per command (default 20)
#   BENCH_FLOOR_ROUNDS, BENCH_FLOOR_RUNS  rounds (default 7, odd) and runs
#                 per command in each (default 200) of ours against the
#                 floor, measured apart from the rest (see below)
#   BENCH_RSS_RUNS  runs under GNU time per command (default 21, odd)
# Paths must not contain white space (hyperfine -N splits on it).
#
# The measured commands run in the caller's environment, unchanged
# (MIBS/MIBDIRS are not touched): they are measured as users run them.
# Only snmpd gets MIBS= MIBDIRS=/nonexistent and a private persistent dir.

set -u

# Work from the repository root, whatever the caller's directory.
cd "$(dirname "$0")/.." || exit 1

MUSL=${BENCH_DIR_musl:-}
GLIBC=${BENCH_DIR_glibc:-}
FLOOR=bench/floor
CHECK_SNMP=${CHECK_SNMP:-/usr/lib/nagios/plugins/check_snmp}
RUNS=${BENCH_RUNS:-300}
MIN_RUNS=${BENCH_MIN_RUNS:-100}
[ "$MIN_RUNS" -le "$RUNS" ] || MIN_RUNS=$RUNS
WARMUP=${BENCH_WARMUP:-20}
FLOOR_ROUNDS=${BENCH_FLOOR_ROUNDS:-7}
FLOOR_RUNS=${BENCH_FLOOR_RUNS:-200}
RSS_RUNS=${BENCH_RSS_RUNS:-21}
CONF=contrib/snmpd/snmpd.conf
OID=1.3.6.1.2.1.1.3.0
COMMUNITY=public

# Targets.  The musl build (the default where musl-gcc is installed):
TARGET_MUSL_IR=30000    # instructions of a v2c GET, at most
TARGET_MUSL_RATIO=490   # snmpget instructions / ours, at least
TARGET_MUSL_FLOOR=1.3   # our median wall / the floor program's, at most
TARGET_MUSL_RSS=600     # peak RSS in KiB, at most
# The glibc build (the fallback):
TARGET_IR_RATIO=40      # snmpget instructions / ours, at least
TARGET_RSS_KIB=1536     # our peak RSS, at most (1.5 MiB)
TARGET_WALL_RATIO=0.5   # our median wall / snmpget's, at most
# Both builds (issue 21; counted for musl, shown but not counted for glibc):
TARGET_MAIN_IR=10000    # main()'s inclusive instructions (our own part), at most

# ---------------------------------------------------------------- tools

# snmpd lives in /usr/sbin, which a normal user's PATH may lack.
SNMPD=$(command -v snmpd 2>/dev/null || true)
[ -z "$SNMPD" ] && [ -x /usr/sbin/snmpd ] && SNMPD=/usr/sbin/snmpd

missing=
need() { # $1 = command or path, $2 = Debian package providing it
    if [ -z "$1" ] || ! command -v "$1" >/dev/null 2>&1; then
        missing="$missing $2"
        echo "bench: missing ${1:-snmpd} (Debian package: $2)" >&2
    fi
}
need valgrind valgrind
need hyperfine hyperfine
need /usr/bin/time time
need snmpget snmp
need "$SNMPD" snmpd
need "$CHECK_SNMP" monitoring-plugins-standard
need ldd libc-bin
need od coreutils
if [ -n "$missing" ]; then
    echo "bench: install them first: apt-get install$missing" >&2
    exit 1
fi
need callgrind_annotate valgrind
for d in "$MUSL" "$GLIBC"; do
    if [ -z "$d" ] || [ ! -x "$d/plugins/check_snmp_value" ]; then
        echo "bench: the musl and the glibc build are needed (BENCH_DIR_musl," \
            "BENCH_DIR_glibc); run 'make bench' (apt-get install musl-tools)" >&2
        exit 1
    fi
done
if [ ! -x "$FLOOR" ]; then
    echo "bench: $FLOOR not found; run 'make bench/floor'" >&2
    exit 1
fi
if [ ! -r "$CONF" ]; then
    echo "bench: $CONF not readable" >&2
    exit 1
fi

. bench/lib.sh

start_snmpd

# The commands under test, as word lists (no white space inside); read
# through cmd_of.
V2="-H 127.0.0.1 -p $PORT -C $COMMUNITY -o $OID"
# SNMPv3 authPriv, SHA-1 + AES-128 (user from contrib/snmpd/snmpd.conf)
V3="-H 127.0.0.1 -p $PORT -P 3 -L authPriv -U u_sha_aes -a SHA -A maplesyrup -x AES -X maplesyrup -o $OID"
# shellcheck disable=SC2034
CMD_ours_musl="$MUSL/plugins/check_snmp_value $V2"
# shellcheck disable=SC2034
CMD_ours_glibc="$GLIBC/plugins/check_snmp_value $V2"
# shellcheck disable=SC2034
CMD_floor="$FLOOR $PORT"
# shellcheck disable=SC2034
CMD_snmpget="snmpget -v2c -c $COMMUNITY -On 127.0.0.1:$PORT $OID"
# shellcheck disable=SC2034
CMD_check_snmp="$CHECK_SNMP -H 127.0.0.1 -p $PORT -P 2c -C $COMMUNITY -o $OID"
# shellcheck disable=SC2034
CMD_v3_musl="$MUSL/plugins/check_snmp_value $V3"
# shellcheck disable=SC2034
CMD_v3_glibc="$GLIBC/plugins/check_snmp_value $V3"
# shellcheck disable=SC2034
CMD_v3cache_musl="$MUSL/plugins/check_snmp_value $V3 --cache-dir $tmp/v3cache"
# shellcheck disable=SC2034
CMD_snmpget_v3="snmpget -v3 -l authPriv -u u_sha_aes -a SHA -A maplesyrup -x AES -X maplesyrup -On 127.0.0.1:$PORT $OID"
NAMES="ours_musl ours_glibc floor snmpget check_snmp v3_musl v3_glibc v3cache_musl snmpget_v3"
# Cold SNMPv3 SHA-256/AES-256, and cold runs whose privacy password is not
# the auth one (two keys derived, 1 MiB of hashing each), SHA-1/AES-128
# and SHA-256/AES-256: instructions only (issue 19's targets are under
# callgrind).
V3S256="-H 127.0.0.1 -p $PORT -P 3 -L authPriv -U u_sha256_aes256 -a SHA-256 -A maplesyrup -x AES-256 -X maplesyrup -o $OID"
V3PW="-H 127.0.0.1 -p $PORT -P 3 -L authPriv -U u_sha_aes_2pw -a SHA -A maplesyrup -x AES -X hickorynut -o $OID"
V3S256PW="-H 127.0.0.1 -p $PORT -P 3 -L authPriv -U u_sha256_aes256_2pw -a SHA-256 -A maplesyrup -x AES-256 -X hickorynut -o $OID"
# shellcheck disable=SC2034
CMD_v3s256_musl="$MUSL/plugins/check_snmp_value $V3S256"
# shellcheck disable=SC2034
CMD_snmpget_v3s256="snmpget -v3 -l authPriv -u u_sha256_aes256 -a SHA-256 -A maplesyrup -x AES-256 -X maplesyrup -On 127.0.0.1:$PORT $OID"
# shellcheck disable=SC2034
CMD_v3pw_musl="$MUSL/plugins/check_snmp_value $V3PW"
# shellcheck disable=SC2034
CMD_snmpget_v3pw="snmpget -v3 -l authPriv -u u_sha_aes_2pw -a SHA -A maplesyrup -x AES -X hickorynut -On 127.0.0.1:$PORT $OID"
# shellcheck disable=SC2034
CMD_v3s256pw_musl="$MUSL/plugins/check_snmp_value $V3S256PW"
# shellcheck disable=SC2034
CMD_snmpget_v3s256pw="snmpget -v3 -l authPriv -u u_sha256_aes256_2pw -a SHA-256 -A maplesyrup -x AES-256 -X hickorynut -On 127.0.0.1:$PORT $OID"
COLD_NAMES="v3s256_musl snmpget_v3s256 v3pw_musl snmpget_v3pw v3s256pw_musl snmpget_v3s256pw"

# Peak RSS in KiB, GNU time %M (ru_maxrss from wait4: for a command that
# forks, the maximum over the process and its waited-for children, not the
# sum).  It varies from run to run by a few hundred KiB (address space
# randomisation decides how many shared libc pages get mapped in), so run
# RSS_RUNS times and print "MEDIAN MIN MAX".
measure_rss() { # $1 = name
    : >"$tmp/rss.all"
    i=0
    while [ $i -lt "$RSS_RUNS" ]; do
        # shellcheck disable=SC2046
        /usr/bin/time -f %M -o "$tmp/rss" $(cmd_of "$1") >/dev/null 2>&1 ||
            die "$1 failed under /usr/bin/time"
        tail -n 1 "$tmp/rss" >>"$tmp/rss.all"
        i=$((i + 1))
    done
    sort -n "$tmp/rss.all" | awk '{ v[NR] = $1 }
        END { printf "%d %d %d\n", v[int((NR + 1) / 2)], v[1], v[NR] }'
}

echo "== snmp-plugins benchmark: SNMPv2c GET $OID, snmpd on udp:127.0.0.1:$PORT"
echo "   CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1), $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') online CPUs"
echo "   $(valgrind --version), $(hyperfine --version), snmpd $("$SNMPD" -v 2>/dev/null | sed -n 's/^NET-SNMP version: *//p')"
echo
for name in $NAMES $COLD_NAMES; do
    echo "   $name: $(cmd_of "$name")"
    # Sanity check: each must succeed once before being measured.
    # shellcheck disable=SC2046,SC2091  # run the command's words
    out=$($(cmd_of "$name") 2>&1) || die "$name failed: $out"
    [ -z "$out" ] || echo "      -> $out"
done
echo

echo "-- callgrind (instructions, children traced) ..."
for name in $NAMES $COLD_NAMES; do
    # shellcheck disable=SC2046
    set -- $(measure_ir "$name") || exit 1
    [ $# -eq 2 ] || exit 1
    eval "IR_$name=\$1 PROCS_$name=\$2"
done
# Our own part: main()'s inclusive instructions, without the libc's
# start-up and exit.
for name in ours_musl ours_glibc v3_musl v3_glibc v3cache_musl; do
    f=$(ls "$tmp/callgrind.$name"/callgrind.out.* | head -n 1)
    m=$(callgrind_annotate --inclusive=yes "$f" 2>/dev/null |
        awk 'NF >= 3 && $3 ~ /:main$/ { gsub(/,/, "", $1); print $1; exit }')
    eval "MAIN_$name=\${m:-?}"
done

echo "-- GNU time (peak RSS) ..."
for name in $NAMES; do
    # shellcheck disable=SC2046
    set -- $(measure_rss "$name")
    [ $# -eq 3 ] || exit 1
    eval "RSS_$name=\$1 RSSRANGE_$name=\$2-\$3"
done

echo "-- hyperfine ($WARMUP warm-up + $MIN_RUNS to $RUNS runs each) ..."
set --
for name in $NAMES; do
    set -- "$@" -n "$name" "$(cmd_of "$name")"
done
run_waiting hyperfine -N --warmup "$WARMUP" --min-runs "$MIN_RUNS" \
    --max-runs "$RUNS" --style basic \
    --export-json "$tmp/hyperfine.json" "$@" || die "hyperfine failed"

# Medians (seconds) in command order from the pretty-printed JSON.
medians=$(awk -F: '/"median"[[:space:]]*:/ {
        v = $2; gsub(/[ ,]/, "", v); printf "%s ", v + 0 }' \
    "$tmp/hyperfine.json")
# shellcheck disable=SC2086
set -- $medians
nnames=$(echo $NAMES | wc -w)
[ $# -eq "$nnames" ] || die "could not read $nnames medians from hyperfine JSON"
for name in $NAMES; do
    eval "WALL_$name=\$(awk -v s=\"\$1\" 'BEGIN { printf \"%.3f\", s * 1000 }')"
    shift
done

# Ours against the floor: a ratio near 1 of two runs of about a
# millisecond, which drifts as other work on the machine comes and goes
# while hyperfine runs one command after the other.  So the two run alone,
# in FLOOR_ROUNDS rounds that alternate which goes first, and the ratio is
# the median of the rounds' ratios (each round's medians side by side).
echo "-- hyperfine, ours (musl) against the floor: $FLOOR_ROUNDS rounds of $FLOOR_RUNS runs each ..."
# Median of "floor ours" from one round's JSON, in that order.
round_medians() {
    awk -F: '/"command"[[:space:]]*:/ { c = $2; gsub(/[ ",]/, "", c) }
        /"median"[[:space:]]*:/ { v = $2; gsub(/[ ,]/, "", v); m[c] = v + 0 }
        END { printf "%s %s\n", m["floor"], m["ours"] }' "$1"
}
ROUND_RATIOS=
i=0
while [ "$i" -lt "$FLOOR_ROUNDS" ]; do
    if [ $((i % 2)) -eq 0 ]; then
        set -- -n floor "$CMD_floor" -n ours "$CMD_ours_musl"
    else
        set -- -n ours "$CMD_ours_musl" -n floor "$CMD_floor"
    fi
    run_waiting hyperfine -N --warmup "$WARMUP" --runs "$FLOOR_RUNS" \
        --style none --export-json "$tmp/floor-$i.json" "$@" ||
        die "hyperfine failed"
    # shellcheck disable=SC2046
    set -- $(round_medians "$tmp/floor-$i.json")
    [ $# -eq 2 ] || die "could not read the floor round's medians"
    ROUND_RATIOS="$ROUND_RATIOS $(awk -v f="$1" -v o="$2" 'BEGIN { printf "%.3f", o / f }')"
    i=$((i + 1))
done
# shellcheck disable=SC2086
FLOOR_RATIO=$(printf '%s\n' $ROUND_RATIOS | sort -n |
    awk '{ r[NR] = $1 } END { printf "%.3f", NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }')

# ------------------------------------------------------------- results

val() { eval "echo \"\$$1_$2\""; }

echo
echo "== results (instructions: sum over all processes; peak RSS: median"
echo "   (min-max) of $RSS_RUNS runs; wall: hyperfine median of $MIN_RUNS to $RUNS runs)"
printf '%-12s %14s %10s %6s %14s %12s %16s\n' command instructions "in main()" \
    procs "peak RSS KiB" "(min-max)" "median wall ms"
for name in $NAMES; do
    printf '%-12s %14s %10s %6s %14s %12s %16s\n' "$name" "$(val IR "$name")" \
        "$(eval "echo \"\${MAIN_$name:--}\"")" \
        "$(val PROCS "$name")" "$(val RSS "$name")" "($(val RSSRANGE "$name"))" \
        "$(val WALL "$name")"
done
echo "(check_snmp: peak RSS is the max of check_snmp and its snmpget child,"
echo " as GNU time reports it, not their sum)"
echo

fail=0
# Print "LABEL: PASS" or "LABEL: FAIL" ($2 = 1 if the target is met).
# verdict(), pending() (bench/lib.sh): a target, and a target of an open
# issue not met yet, which does not fail the bench (bench/README.md lists
# what is pending).

ratio() { awk -v a="$1" -v b="$2" -v f="${3:-%.1f}" 'BEGIN { printf f, a / b }'; }
atmost() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) }'; }
atleast() { awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b) }'; }

# shellcheck disable=SC2154  # IR_*, RSS_*, WALL_* are set through eval
echo "musl build:"
verdict "  instructions: ours = $IR_ours_musl, target <= $TARGET_MUSL_IR" \
    "$(atmost "$IR_ours_musl" "$TARGET_MUSL_IR")"
r=$(ratio "$IR_snmpget" "$IR_ours_musl")
verdict "  instructions: snmpget/ours = $r x, target >= $TARGET_MUSL_RATIO" \
    "$(atleast "$r" "$TARGET_MUSL_RATIO")"
verdict "  median wall:  ours/floor = $FLOOR_RATIO (median of$ROUND_RATIOS, paired rounds; $WALL_ours_musl vs $WALL_floor ms above; floor $IR_floor instructions), target <= $TARGET_MUSL_FLOOR" \
    "$(atmost "$FLOOR_RATIO" "$TARGET_MUSL_FLOOR")"
verdict "  peak RSS:     ours = $RSS_ours_musl KiB (median), target <= $TARGET_MUSL_RSS KiB" \
    "$(atmost "$RSS_ours_musl" "$TARGET_MUSL_RSS")"
verdict "  in main():    ours = $MAIN_ours_musl, target <= $TARGET_MAIN_IR" \
    "$(atmost "$MAIN_ours_musl" "$TARGET_MAIN_IR")"
echo "glibc build:"
r=$(ratio "$IR_snmpget" "$IR_ours_glibc")
verdict "  instructions: snmpget/ours = $r x, target >= $TARGET_IR_RATIO" \
    "$(atleast "$r" "$TARGET_IR_RATIO")"
verdict "  peak RSS:     ours = $RSS_ours_glibc KiB (median), target <= $TARGET_RSS_KIB KiB" \
    "$(atmost "$RSS_ours_glibc" "$TARGET_RSS_KIB")"
r=$(ratio "$WALL_ours_glibc" "$WALL_snmpget" %.3f)
verdict "  median wall:  ours/snmpget = $r, target <= $TARGET_WALL_RATIO" \
    "$(atmost "$r" "$TARGET_WALL_RATIO")"
verdict "  in main():    ours = $MAIN_ours_glibc, target <= $TARGET_MAIN_IR" \
    "$(atmost "$MAIN_ours_glibc" "$TARGET_MAIN_IR")"

# SNMPv3 authPriv: whole-process CPU at most a third of snmpget -v3's.
for l in musl glibc; do
    eval "ir=\$IR_v3_$l wall=\$WALL_v3_$l"
    r=$(ratio "$ir" "$IR_snmpget_v3" %.3f)
    verdict "v3 authPriv ($l) instructions: ours/snmpget = $r, target <= 0.333" \
        "$(atmost "$r" 0.3334)"
    r=$(ratio "$wall" "$WALL_snmpget_v3" %.3f)
    verdict "v3 authPriv ($l) median wall: ours/snmpget = $r, target <= 0.333" \
        "$(atmost "$r" 0.3334)"
done

# SNMPv3 with a warm key and engine cache (issue 19): at most 1/50.
r=$(ratio "$IR_v3cache_musl" "$IR_snmpget_v3" %.4f)
verdict "v3 authPriv warm cache (musl) instructions: ours/snmpget = $r, target <= 0.02" \
    "$(atmost "$r" 0.02)"

# Cold SNMPv3 (issue 19): SHA-256/AES-256 at most 1/2 of snmpget -v3's
# instructions; with two passwords, SHA-1/AES-128 at most 1/3 and
# SHA-256/AES-256 at most 1/2 (bench/README.md, "SNMPv3 cold").  Those two
# count where the CPU has AVX (callgrind runs the two-lane rounds of
# crypto/lanes.c); without it each password is hashed alone: pending.
judge2=verdict
grep -qw avx /proc/cpuinfo 2>/dev/null || judge2=pending
echo
printf '%-18s %14s\n' command instructions
for name in $COLD_NAMES; do
    printf '%-18s %14s\n' "$name" "$(val IR "$name")"
done
# shellcheck disable=SC2154
r=$(ratio "$IR_v3s256_musl" "$IR_snmpget_v3s256" %.3f)
verdict "v3 cold, SHA-256/AES-256 (musl) instructions: ours/snmpget = $r, target <= 0.5" \
    "$(atmost "$r" 0.5)"
# shellcheck disable=SC2154
r=$(ratio "$IR_v3pw_musl" "$IR_snmpget_v3pw" %.3f)
$judge2 "v3 cold, two passwords, SHA-1/AES (musl) instructions: ours/snmpget = $r, target <= 0.333" \
    "$(atmost "$r" 0.3334)"
# shellcheck disable=SC2154
r=$(ratio "$IR_v3s256pw_musl" "$IR_snmpget_v3s256pw" %.3f)
$judge2 "v3 cold, two passwords, SHA-256/AES-256 (musl) instructions: ours/snmpget = $r, target <= 0.5" \
    "$(atmost "$r" 0.5)"

# Hash throughput against OpenSSL on the same machine (8192-octet blocks).
if [ -x "bench/hashspeed" ] && command -v openssl >/dev/null 2>&1; then
    echo
    "bench/hashspeed" >"$tmp/hashspeed"
    for h in sha1 sha256; do
        ours=$(awk -v h="$h" '$1 == h { print $2 }' "$tmp/hashspeed")
        ossl=$(openssl speed -evp "$h" -bytes 8192 -seconds 1 2>/dev/null |
            awk -v h="$h" '$1 == h { v = $2; sub(/k$/, "", v); printf "%.1f", v * 1000 / 1e6 }')
        ratio=$(awk -v a="$ossl" -v b="$ours" 'BEGIN { printf "%.2f", a / b }')
        ok=$(awk -v r="$ratio" 'BEGIN { print (r <= 3) }')
        verdict "$h: ours $ours MB/s, openssl $ossl MB/s, openssl/ours = $ratio, target <= 3" "$ok"
    done
else
    verdict "hash throughput: bench/hashspeed or openssl missing" 0
fi

# Shared libraries: none (static) or only libc, for both builds.
for l in musl glibc; do
    eval "p=\$$(echo "$l" | tr a-z A-Z)/plugins/check_snmp_value"
    echo
    echo "ldd $p:"
    ldd_out=$(ldd "$p" 2>&1)
    echo "$ldd_out" | sed 's/^/    /'
    extra=$(echo "$ldd_out" | awk '
        /not a dynamic executable|statically linked|Not a valid dynamic program/ { next }
        { lib = $1; sub(/.*\//, "", lib) }
        lib ~ /^linux-(vdso|gate)\.so/ || lib ~ /^ld-linux/ || lib ~ /^libc\.so/ { next }
        { printf "%s ", lib }')
    if [ -z "$extra" ]; then
        verdict "libraries ($l): libc only" 1
    else
        verdict "libraries ($l): also links $extra" 0
    fi
done

echo
if [ "$fail" -eq 0 ]; then
    echo "bench: all targets met"
else
    echo "bench: some targets missed"
fi
exit "$fail"
