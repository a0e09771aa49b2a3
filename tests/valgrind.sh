#!/bin/sh
# make valgrind / make valgrind-full: memory checking under valgrind
# memcheck, of plugins built dynamically by the make target.
#
#   tests/valgrind.sh slice|all UNIT-SUITES...
#
# The unit suites run whole under memcheck (CK_FORK=no: Check's forked
# children would escape it), one at a time beside the integration suites,
# with a tenth of the iterations of their property loops and scale tests
# (testutil.h, test_scale).  The plugins move to
# plugins/.real/ and plugins/check_snmp_* become wrappers that run them
# under memcheck when the case asks for it (SNMP_MEMCHECK=1, set by
# tests/integration/lib.sh) and directly otherwise.  "slice" (make
# valgrind, CI): the first case of every section of every integration
# suite, every case of the hostile suites whose cases are each a class,
# one string per output-safety case, and the whole memcheck.sh matrix
# (every plugin x v1/v2c/v3 x normal, error and table paths); cases of the
# hostile matrices not under memcheck are left to make check there (lib.sh,
# MC_ONLY).  "all" (make valgrind-full, releases): every case.  Any memory error or definite leak fails, as does a failing
# test.  Time limits of cases under memcheck are stretched
# (SNMP_TEST_TIME_SCALE, default 20), -t budgets are not.
set -u
cd "$(dirname "$0")/.." || exit 1
command -v valgrind >/dev/null || { echo "valgrind: missing (apt-get install valgrind)" >&2; exit 1; }
MODE=$1
shift
logs=$(mktemp -d "${TMPDIR:-/tmp}/snmp-valgrind.XXXXXX")
VG="valgrind -q --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99"
mkdir -p plugins/.real
for p in plugins/check_snmp_*; do
	case "$p" in *.c) continue ;; esac
	mv "$p" plugins/.real/
	cat >"$p" <<WRAP
#!/bin/sh
[ "\${SNMP_MEMCHECK:-0}" = 1 ] || exec "$PWD/plugins/.real/\${0##*/}" "\$@"
exec $VG --log-file="$logs/\${0##*/}.%p.log" "$PWD/plugins/.real/\${0##*/}" "\$@"
WRAP
	chmod 755 "$p"
done
# check_snmp_value under the name check_snmp (tests/integration/itl.sh):
# the wrapper runs plugins/.real/check_snmp, whose name it must keep
ln -s check_snmp_value plugins/.real/check_snmp
restore() {
	rm -f plugins/.real/check_snmp
	for p in plugins/.real/*; do mv "$p" plugins/; done
	rmdir plugins/.real
}
trap restore EXIT
# The unit suites, one at a time, beside the integration suites (which
# mostly wait); their lines come after.
CK_FORK=no SNMP_TEST_UNDER_VALGRIND=1 UNIT_WRAPPER="$VG --log-file=$logs/unit.%p.log" SNMP_TEST_JOBS=1 \
    tests/run-unit "$@" >"$logs/unit.out" 2>&1 &
unit=$!
# the slice: the matrix and the suites of hostile input
SUITES=
[ "$MODE" = slice ] && SUITES="memcheck hostile hostile-wire hostile-v3 hostile-tables
hostile-interface output-safety output-safety-devices value v3"
echo "# integration suites, memcheck on $([ "$MODE" = all ] && echo "every case" || echo "a slice of the cases")"
# shellcheck disable=SC2086
SNMP_TEST_MEMCHECK=$MODE SNMP_TEST_CAPTURE=0 PAR_JOBS=${PAR_JOBS:-4} SNMP_TEST_JOBS=${SNMP_TEST_JOBS:-4} \
    tests/integration/run $SUITES
rc=$?
echo "# unit suites under memcheck"
wait $unit || rc=1
cat "$logs/unit.out"
rm -f "$logs/unit.out"
runs=$(ls "$logs" | wc -l)
bad=$(grep -l -E "ERROR SUMMARY: [1-9]|definitely lost: [1-9]|Invalid (read|write)|uninitialised" "$logs"/* 2>/dev/null)
if [ -n "$bad" ]; then
	echo "valgrind: memory errors in $(echo "$bad" | wc -l) of $runs runs:"
	for f in $bad; do echo "== $f"; head -40 "$f"; done
	rc=1
else
	echo "valgrind: $runs runs under memcheck ($(ls "$logs" | grep -c '^unit') unit suites, $(ls "$logs" | grep -vc '^unit') plugin runs), no memory errors, no definite leaks"
	rm -rf "$logs"
fi
exit $rc
