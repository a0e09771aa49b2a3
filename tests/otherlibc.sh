#!/bin/sh
# make check, second part: the same sources built with the other C library
# (musl when the tree is built with glibc, glibc when with musl), so that
# both builds are tested by every make check.
#
#   tests/otherlibc.sh [--build] LIBC PRODUCT...
#
# --build: only copy and build (make bench measures both builds).
# The tree is copied to build/LIBC without its build products (PRODUCT...:
# the Makefile's plugins, suites and tools; objects and archives), with
# the files' times kept, so that each libc keeps its own objects and a
# second run rebuilds only what changed.  There: make LIBC=LIBC, every
# unit suite, and the integration suites whose results rest on the C
# library rather than on our code (see SUITES).  The output is that of
# tests/check; its last line "N passed, N failed".
set -u
cd "$(dirname "$0")/.." || exit 1
build_only=0
if [ "${1:-}" = --build ]; then
	build_only=1
	shift
fi
libc=$1
shift
# The integration suites that exercise what the two libcs do differently:
#   regex     every regex option of every plugin (regcomp/regexec: musl's
#             TRE-derived engine and glibc's differ; docs/regex.md)
#   value     printf-style -f formats, decimal options (strtod), strings,
#             host names through /etc/hosts, --extra-opts files (stdio)
#   memory    byte amounts and percentages formatted for output
#   uptime    durations and clock readings (time functions)
#   rate      state files (stdio, rename, locks) and the monotonic clock
#   walkfile  recorded walks read through stdio
#   hostile   socket and poll error paths, errno texts (strerror, %m)
# The others drive the same code paths through the protocol; the primary
# build runs them all (and captures its datagrams, which the same code
# builds under either libc: not captured here).
SUITES=${OTHERLIBC_SUITES:-"regex value memory uptime rate walkfile hostile"}
dir=build/$libc
mkdir -p "$dir" || exit 1
{
	for p in "$@"; do
		echo "$p"
	done
	echo '*.o'
	echo '*.a'
	echo '.build-*'
	echo 'tests/unit/musl'
} >"$dir/.exclude"
tar cf - --exclude=./build --exclude=./.git --exclude-from="$dir/.exclude" \
    . | (cd "$dir" && tar xpf -) || exit 1
echo "# $libc build (build/$libc)"
T0=$(date +%s%3N)
jobs=${SNMP_BUILD_JOBS:-2}
(cd "$dir" && make -s -j"$jobs" LIBC="$libc" all "$@" >make.log 2>&1) || {
	tail -n 30 "$dir/make.log"
	[ $build_only = 1 ] || echo "0 passed, 1 failed"
	exit 1
}
echo "built in $(awk -v m="$(( $(date +%s%3N) - T0 ))" 'BEGIN { printf "%.1f", m / 1000 }') s"
[ $build_only = 0 ] || exit 0
tests=""
for p in "$@"; do
	case $p in tests/unit/test_*) tests="$tests $p" ;; esac
done
# the variables make check gave this script are not for the nested run
unset OTHER_LIBC OTHER_LIBC_NOTE PRODUCTS
# shellcheck disable=SC2086
cd "$dir" && OTHERLIBC=1 CHECK_LIBC=$libc SNMP_TEST_CAPTURE=0 INTEGRATION_SUITES="$SUITES" \
    tests/check $tests
