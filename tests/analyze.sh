#!/bin/sh
# make analyze: the include rules (tests/layers.sh), cppcheck, clang-tidy
# (checks in .clang-tidy) and gcc -fanalyzer, each on the whole code base;
# any finding fails.  clang-tidy (in two halves) and -fanalyzer run side
# by side; each tool's output is printed when all are done.
#
# -fanalyzer leaves out the hash block functions (md5/sha1/sha256/sha512.c:
# fully unrolled rounds over fixed-size arrays, no pointers beyond the
# block, and the analyzer's path search does not finish on them in ten
# minutes) and does not report leaks in plugins/ (a plugin exits where its
# verdict is known; "make valgrind" checks real leaks).
set -u
cd "$(dirname "$0")/.." || exit 1
CC=${CC:-cc}
CPPFLAGS_ALL="-D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Icommon -Icommon/crypto"
for t in cppcheck clang-tidy; do
	command -v $t >/dev/null || { echo "analyze: $t is missing (apt-get install $t)" >&2; exit 1; }
done
logs=$(mktemp -d "${TMPDIR:-/tmp}/snmp-analyze.XXXXXX")
trap 'rm -rf "$logs"' EXIT
t0=$(date +%s)

# clang-tidy in two halves side by side (files taken alternately): its
# analyzer checks take some 125 s of one core for the whole tree
TIDY_FILES=$(ls common/*.c common/crypto/*.c plugins/*.c discover/*.c \
    tests/integration/*.c)
tidy_half() {
	# shellcheck disable=SC2046
	clang-tidy --quiet $(echo "$TIDY_FILES" | awk -v h="$1" 'NR % 2 == h') \
	    -- -std=c99 $CPPFLAGS_ALL -Iplugins
}
tidy1() {
	tidy_half 0
}
tidy2() {
	tidy_half 1
}
fanalyzer() {
	for f in common/*.c common/crypto/aes.c common/crypto/des.c \
	    common/crypto/hmac.c common/crypto/modes.c common/crypto/wipe.c \
	    common/crypto/sha_ni.c common/crypto/repeat.c common/crypto/lanes.c; do
		$CC -std=c99 $CPPFLAGS_ALL -O1 -fanalyzer -Werror -c \
		    -o /dev/null "$f" || return 1
	done
	for f in plugins/*.c discover/*.c; do
		$CC -std=c99 $CPPFLAGS_ALL -Iplugins -O1 -fanalyzer \
		    -Wno-analyzer-malloc-leak -Werror -c -o /dev/null "$f" || return 1
	done
}
# run NAME: the tool in the background, its output and status in logs/
run() {
	( "$1" >"$logs/$1.log" 2>&1; echo $? >"$logs/$1.rc" ) &
}
run tidy1
run tidy2
run fanalyzer
rc=0
sh tests/layers.sh || rc=1
cppcheck --std=c99 --enable=warning,performance,portability \
    --error-exitcode=1 --inline-suppr --quiet -Icommon -Icommon/crypto \
    -Iplugins -D__GNUC__ -D__x86_64__ common plugins discover tests/integration || rc=1
echo "analyze: cppcheck $([ $rc = 0 ] && echo clean || echo "found the above") ($(( $(date +%s) - t0 )) s)"
wait
for t in tidy1 tidy2 fanalyzer; do
	case $t in
	tidy1) name="clang-tidy (half 1)" ;;
	tidy2) name="clang-tidy (half 2)" ;;
	*) name="gcc -fanalyzer" ;;
	esac
	if [ "$(cat "$logs/$t.rc")" = 0 ]; then
		echo "analyze: $name clean"
	else
		echo "analyze: $name found:"
		cat "$logs/$t.log"
		rc=1
	fi
done
echo "analyze: $([ $rc = 0 ] && echo "no findings" || echo FAILED) ($(( $(date +%s) - t0 )) s)"
exit $rc
