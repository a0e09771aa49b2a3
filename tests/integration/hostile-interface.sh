# A suite (run-one): check_snmp_interface against an agent
# whose interface table changes between the walk that selects interfaces
# and the GET that reads them (walk_agent serving linux-host.walk with one
# lie each), and whose sysUpTime.0 is not TimeTicks.  What was not read is
# never reported: gone or renamed rows are named, in the --no-match state.
section "# check_snmp_interface: the table changes during the check"
# every case is a class of its own: all of them under memcheck in the slice
MC_ALL=1
HI_AGENT="$TOP/tests/integration/walk_agent"
HI_IFC="$TOP/plugins/check_snmp_interface"
HI_N=0

# hi_start OPTIONS: walk_agent with OPTIONS on the linux host's walk, on a
# port the packet capture watches (start_hostile's block).
hi_start() {
	# shellcheck disable=SC2086
	start_agent "$HI_AGENT" $1 "$TOP/tests/data/linux-host.walk"
	HOSTILE_PORT=$AGENT_PORT
	HOSTILE_PID=$AGENT_PID
	HI_N=$((HI_N + 1))
	HI_S="--state-dir $WORK/hi-state.$HI_N"
}

# hi_case NAME RC PATTERN ARGS...: one run against the agent, within 1 s.
hi_case() {
	hi_n=$1 hi_r=$2 hi_p=$3
	shift 3
	run_case "$hi_n" "$hi_r" "$hi_p" "$HI_IFC" -H 127.0.0.1 -p "$HOSTILE_PORT" $HI_S "$@"
	within "$hi_n: time" 1000
}

hi_start "-g 2"
hi_case "rows 3, 4 gone after the walk (v2c)" 3 \
    "INTERFACE UNKNOWN - 1 of 1 up (1 admin down, ignored); collecting data (no previous sample), rates from the next run; ifIndex 3, 4 gone since the walk: the interface table changed during the check (see --list) | 'lo_in_octets'=2842679c;;;0 'lo_out_octets'=2842679c;;;0" \
    -r 'eth|lo|ifb'
hi_case "rows 3, 4 gone after the walk (v1)" 3 \
    "INTERFACE UNKNOWN - 1 of 1 up (1 admin down, ignored); collecting data (no previous sample), rates from the next run; ifIndex 3, 4 gone since the walk: the interface table changed during the check (see --list) | 'lo_in_octets'=2842679c;;;0 'lo_out_octets'=2842679c;;;0" \
    -P 1 -r 'eth|lo|ifb'
hi_case "the only selected row gone" 3 \
    "INTERFACE UNKNOWN - ifIndex 4 gone since the walk: the interface table changed during the check (see --list)" \
    -n eth0 --status-only
hi_case "--no-match sets the state" 1 \
    "INTERFACE WARNING - ifIndex 4 gone since the walk: *" \
    -n eth0 --status-only --no-match warning
hi_case "--index of a gone row: no such interface" 3 \
    "INTERFACE UNKNOWN - No interface with ifIndex 4 on 127.0.0.1:$HOSTILE_PORT (see --list)" \
    --index 4
stop_hostile

hi_start "-n"
hi_case "every row renamed after the walk" 3 \
    "INTERFACE UNKNOWN - ifIndex 1 now 'renamed-1', ifIndex 2 now 'renamed-2', ifIndex 3 now 'renamed-3', ifIndex 4 now 'renamed-4': the interface table changed during the check (see --list)" \
    -r 'eth|lo|ifb'
hi_case "the selected row renamed: not reported as eth0" 3 \
    "INTERFACE UNKNOWN - ifIndex 4 now 'renamed-4': the interface table changed during the check (see --list)" \
    -n eth0
hi_case "--index does not select by name: the new name is shown" 0 \
    "INTERFACE OK - renamed-4 up, collecting data (no previous sample), rates from the next run | 'renamed-4_in_octets'=30158780c;;;0 'renamed-4_out_octets'=38736c;;;0" \
    --index 4
stop_hostile

hi_start "-s"
hi_case "sysUpTime.0 an OCTET STRING: first sample" 0 \
    "INTERFACE OK - eth0 up, collecting data (no previous sample), rates from the next run | 'eth0_in_octets'=30158780c;;;0 'eth0_out_octets'=38736c;;;0" \
    -n eth0
# counters that did not move for 5 s are a rate of 0 (under 5 s the agent's
# cache may have answered twice): the stored sample is made 6 s old
for f in "$WORK/hi-state.$HI_N"/check_snmp_interface-*; do
	case "$f" in *.lock) ;; *)
		t=$(sed -n 's/^time //p' "$f" | head -n 1)
		sed -i "s/^time .*/time $((t - 6000))/" "$f" ;;
	esac
done
hi_case "sysUpTime.0 an OCTET STRING: rates on this host's clock" 0 \
    "INTERFACE OK - eth0 up, in 0 b/s, out 0 b/s, no errors or discards | 'eth0_in_bps'=0;;;0 'eth0_out_bps'=0;;;0 *" \
    -n eth0 -v
if printf '%s\n' "$OUT" | grep -q "interval [0-9.]* s (this host's clock)$"; then
	PASS=$((PASS + 1))
	echo "ok     -v: the interval is this host's clock"
else
	FAIL=$((FAIL + 1))
	echo "FAIL   -v: the interval should be this host's clock"
	printf '%s\n' "$OUT"
fi
stop_hostile

# issue 18: an agent whose sysUpTime and counters stand still (a frozen
# clock, a cache).  --sample has no next run: no rate is UNKNOWN, with why
hi_start ""
run_case "--sample: counters still for 2 s, no time to ask again: UNKNOWN" 3 \
    "INTERFACE UNKNOWN - eth0 up, no rate yet: its counters did not change in 2.0? s, less than the 5 s an agent may serve them from a cache (net-snmp does) | *" \
    "$HI_IFC" -H 127.0.0.1 -p "$HOSTILE_PORT" -n eth0 --sample 2 -t 4
within "--sample: no time to ask again: time" 3000
run_case "--sample: asked again once the cache expired, a rate of 0" 0 \
    "INTERFACE OK - eth0 up, in 0 b/s, out 0 b/s, no errors or discards | *" \
    "$HI_IFC" -H 127.0.0.1 -p "$HOSTILE_PORT" -n eth0 --sample 2 -t 9
within "--sample: asked again: time" 6500
case "$OUT" in
*"note: the agent's sysUpTime advanced 0.00 s while 5."*"s passed (frozen or cached, yet up 146 s): the interval is from this host's clock"*)
	PASS=$((PASS + 1)); echo "ok     the long output says whose clock" ;;
*)	FAIL=$((FAIL + 1)); echo "FAIL   no note on the clock: $OUT" ;;
esac
stop_hostile
