#!/bin/sh
# make valgrind: the integration suite with every plugin under valgrind
# memcheck.  The plugins (built dynamically by the make target) move to
# plugins/.real/ and plugins/check_snmp_* become wrappers that run them
# under memcheck with one log per process; any memory error or definite
# leak in any run fails, as does a failing test.  Time limits of the suite
# are stretched (SNMP_TEST_TIME_SCALE), -t budgets are not.
set -u
cd "$(dirname "$0")/.." || exit 1
command -v valgrind >/dev/null || { echo "valgrind: missing (apt-get install valgrind)" >&2; exit 1; }
logs=$(mktemp -d "${TMPDIR:-/tmp}/snmp-valgrind.XXXXXX")
mkdir -p plugins/.real
for p in plugins/check_snmp_*; do
	case "$p" in *.c) continue ;; esac
	mv "$p" plugins/.real/
	cat >"$p" <<WRAP
#!/bin/sh
exec valgrind -q --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite \\
    --error-exitcode=99 --log-file="$logs/\${0##*/}.%p.log" "$PWD/plugins/.real/\${0##*/}" "\$@"
WRAP
	chmod 755 "$p"
done
restore() {
	for p in plugins/.real/*; do mv "$p" plugins/; done
	rmdir plugins/.real
}
trap restore EXIT
SNMP_TEST_TIME_SCALE=${SNMP_TEST_TIME_SCALE:-20} tests/integration/run
rc=$?
runs=$(ls "$logs" | wc -l)
bad=$(grep -l -E "ERROR SUMMARY: [1-9]|definitely lost: [1-9]|Invalid (read|write)|uninitialised" "$logs"/* 2>/dev/null)
if [ -n "$bad" ]; then
	echo "valgrind: memory errors in $(echo "$bad" | wc -l) of $runs plugin runs:"
	for f in $bad; do echo "== $f"; head -40 "$f"; done
	rc=1
else
	echo "valgrind: $runs plugin runs under memcheck, no memory errors, no definite leaks"
	rm -rf "$logs"
fi
exit $rc
