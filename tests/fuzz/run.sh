#!/bin/sh
# SPDX-License-Identifier: ISC
# Runs the fuzz targets for fuzz.mk:
#   run.sh smoke|long SECONDS "LIBFUZZER ARGS" TARGET...
#   run.sh regress|merge|seeds 0 "" TARGET...
# smoke/long: replay regress/TARGET first, then fuzz for SECONDS on the
# committed corpus (read only: new finds go to build/work/TARGET, crashes
# to build/artifacts/); fails on a crash, a leak, a timeout or an OOM.
# regress: the replay driver on regress/TARGET and corpus/TARGET.
# merge/seeds: minimise corpus/TARGET + build/work/TARGET + build/seeds/TARGET
# into a new corpus/TARGET (libFuzzer -merge=1).
# smoke and long run FUZZ_JOBS targets at a time (default: the number of
# cores), each one's lines printed together when it is done.
set -u
FD=tests/fuzz
B=$FD/build
mode=$1
secs=$2
extra=$3
shift 3
fail=0
mkdir -p "$B/logs" "$B/artifacts"
# FUZZ_SKIP_KNOWN: look past the reported, unfixed bugs (fuzz.h FUZZ_KNOWN)
if [ -n "${FUZZ_SKIP_KNOWN:-}" ]; then
	LSAN_OPTIONS=suppressions=$FD/known.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}
	export LSAN_OPTIONS
fi

# Longest input per target: room for the inputs that matter, small enough
# to keep executions fast.
max_len() {
	case $1 in
	fuzz_walkfile) echo 16384 ;;
	fuzz_pdu) echo 8192 ;;
	fuzz_inflate) echo 8192 ;;
	fuzz_ber|fuzz_v3|fuzz_options) echo 4096 ;;
	fuzz_oid|fuzz_dns) echo 2048 ;;
	*) echo 256 ;;
	esac
}

# Merge on edges alone where hit counts would keep too many inputs to
# commit (walk files, option lines and BER trees: over 400 each).
merge_flags() {
	case $1 in
	fuzz_walkfile|fuzz_options|fuzz_ber) echo -use_counters=0 ;;
	esac
}

replay() {
	t=$1
	dirs=
	for d in "$FD/regress/$t" "$FD/corpus/$t"; do
		[ -d "$d" ] && dirs="$dirs $d"
	done
	[ -n "$dirs" ] || return 0
	log=$B/logs/$t.regress.log
	# shellcheck disable=SC2086
	if "$B/replay/$t" $dirs >"$log" 2>&1; then
		echo "$t: replay: $(sed -n 's/^replay: \([0-9]* inputs ran.*\)/\1/p' "$log")"
	else
		echo "$t: replay FAILED; see $log:"
		tail -n 30 "$log"
		fail=1
	fi
}

fuzz() {
	t=$1
	work=$B/work/$t
	corpus=$FD/corpus/$t
	mkdir -p "$work"
	[ -d "$corpus" ] || corpus=
	dict=
	[ -f "$FD/dict/$t.dict" ] && dict=-dict=$FD/dict/$t.dict
	log=$B/logs/$t.$mode.log
	start=$(date +%s)
	# shellcheck disable=SC2086
	"$B/$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
	    -detect_leaks=1 -print_final_stats=1 -max_len="$(max_len "$t")" \
	    -artifact_prefix="$B/artifacts/$t-" $dict $extra \
	    "$work" $corpus >"$log" 2>&1
	rc=$?
	end=$(date +%s)
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" |
	    tail -n 1)
	cov=$(grep -E '^#[0-9]+' "$log" | tail -n 1 |
	    sed -n 's/.* cov: \([0-9]*\) ft: \([0-9]*\).*/cov \1 ft \2/p')
	echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $t $mode ${secs}s rc=$rc" \
	    "execs=${execs:-?} $cov" >>"$B/stats.log"
	if [ $rc -eq 0 ]; then
		echo "$t: $((end - start)) s, ${execs:-?} executions, $cov"
	else
		echo "$t: FAILED (exit $rc) after $((end - start)) s; $log:"
		grep -E 'ERROR|SUMMARY|property violated|Test unit written' \
		    "$log" | head -n 20
		echo "reproduce: $B/replay/$t FILE; minimise: $B/$t" \
		    "-minimize_crash=1 -runs=10000 FILE"
		fail=1
	fi
}

merge() {
	t=$1
	out=$B/merge/$t
	rm -rf "$out"
	mkdir -p "$out" "$FD/corpus/$t"
	dirs=
	for d in "$FD/corpus/$t" "$B/work/$t" "$B/seeds/$t"; do
		[ -d "$d" ] && dirs="$dirs $d"
	done
	log=$B/logs/$t.merge.log
	# shellcheck disable=SC2086
	# inputs that crash are left out (and saved in build/artifacts/)
	if "$B/$t" -merge=1 $(merge_flags "$t") -timeout=10 \
	    -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
	    -artifact_prefix="$B/artifacts/$t-" "$out" $dirs >"$log" 2>&1; then
		rm -f "$FD/corpus/$t"/*
		cp "$out"/* "$FD/corpus/$t"/ 2>/dev/null
		echo "$t: corpus $(ls "$FD/corpus/$t" | wc -l) files," \
		    "$(cat "$FD/corpus/$t"/* | wc -c) octets"
		n=$(grep -c 'Test unit written' "$log")
		if [ "$n" -gt 0 ]; then
			echo "$t: $n inputs crashed and were left out; see $log"
		fi
	else
		echo "$t: merge FAILED; see $log"
		tail -n 20 "$log"
		fail=1
	fi
}

# target T in the background: its lines in logs/T.out, "1" in logs/T.fail
# when it failed
background() {
	(
		fail=0
		replay "$1"
		fuzz "$1"
		echo "$fail" >"$B/logs/$1.fail"
	) >"$B/logs/$1.out" 2>&1 &
	running="$running $!:$1"
}
# wait_first: waits for the oldest target and prints its lines
wait_first() {
	set -- $running
	wait "${1%%:*}"
	cat "$B/logs/${1#*:}.out"
	[ "$(cat "$B/logs/${1#*:}.fail" 2>/dev/null)" = 0 ] || fail=1
	shift
	running="$*"
}
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}
running=""
for t in "$@"; do
	case $mode in
	smoke|long)
		set -- $running
		[ $# -lt "$jobs" ] || wait_first
		background "$t"
		;;
	regress)
		replay "$t"
		;;
	merge|seeds)
		merge "$t"
		;;
	*)
		echo "run.sh: unknown mode $mode" >&2
		exit 2
		;;
	esac
done
while [ -n "$running" ]; do
	wait_first
done
exit $fail
