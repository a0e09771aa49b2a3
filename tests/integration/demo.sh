# A suite (run-one): make demo, as a newcomer sees it (issue 18).  Every
# command it shows, pasted into a shell at the top of the tree in the same
# order, prints what the demo printed; the rate examples show rates.
section "# make demo: pasted commands, rates"
DEMO_T="$WORK/demo-tmp"
mkdir -p "$DEMO_T"
(cd "$TOP" && TMPDIR="$DEMO_T" sh contrib/demo.sh) >"$WORK/demo.out" 2>&1
# the transcript again, from its "$ " lines run by sh one after another
rm -rf "$DEMO_T/snmp-demo-state"
: >"$WORK/demo.again"
while IFS= read -r line; do
	case "$line" in
	'$ '*)	cmd=${line#'$ '}
		case "$cmd" in *check_snmp_interface*--walk-file\ tests/data/windows-host.walk\ --list*)
			rm -rf "$DEMO_T/snmp-demo-state" ;;	# the demo empties it here
		esac
		printf '\n%s\n' "$line"
		(cd "$TOP" && TMPDIR="$DEMO_T" sh -c "$cmd" 2>&1; printf '(exit %d)\n' $?) ;;
	esac
done <"$WORK/demo.out" >>"$WORK/demo.again"
grep -v '^[a-z].*[a-z]$' "$WORK/demo.out" | grep -v '^$' >"$WORK/demo.a"
grep -v '^[a-z].*[a-z]$' "$WORK/demo.again" | grep -v '^$' >"$WORK/demo.b"
if [ "$(grep -c '^\$ ' "$WORK/demo.out")" -ge 20 ] && cmp -s "$WORK/demo.a" "$WORK/demo.b"; then
	PASS=$((PASS + 1)); echo "ok   demo: every command pasted prints what the demo showed"
else
	FAIL=$((FAIL + 1)); echo "FAIL demo: pasted commands differ"
	diff "$WORK/demo.a" "$WORK/demo.b" | head -20
fi
case "$(cat "$WORK/demo.out")" in
*"SNMP WARNING - in_bps *114133333* out_bps 33200000 | "*)
	PASS=$((PASS + 1)); echo "ok   demo: check_snmp_value's rate example shows a rate" ;;
*)	FAIL=$((FAIL + 1)); echo "FAIL demo: no rate from check_snmp_value" ;;
esac
case "$(cat "$WORK/demo.out")" in
*"INTERFACE WARNING - eth0 up, in 114 Mb/s (11.4%), out 33.2 Mb/s (3.32%)"*)
	PASS=$((PASS + 1)); echo "ok   demo: the interface example shows a rate and its %" ;;
*)	FAIL=$((FAIL + 1)); echo "FAIL demo: no interface rate with a %" ;;
esac
if grep -q "walk-file linux-host.walk\|^\$ check_snmp" "$WORK/demo.out"; then
	FAIL=$((FAIL + 1)); echo "FAIL demo: a command is shown other than it ran"
else
	PASS=$((PASS + 1)); echo "ok   demo: commands are shown as they ran"
fi
