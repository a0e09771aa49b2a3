# A suite (run-one): check_snmp_value --rate, deterministic
# on two recordings of one host (tests/data/linux-host.walk and, 300 s of
# agent time later, linux-host-after.walk: see its .md for the figures),
# live against snmpd, concurrent runs, and the state directory's checks.
section "# rates (check_snmp_value --rate)"
SD="$WORK/state"
W1="$TOP/tests/data/linux-host.walk"
W2="$TOP/tests/data/linux-host-after.walk"
RO="-o ifInOctets.4,ifHCOutOctets.4,ifInErrors.4 -l in,out,err --rate --rate-multiplier 8"
R="$PLUGIN --state-dir $SD"

# rate_ahead: "too soon" whatever the machine's load: the stored samples
# move a minute ahead of this host's clock (two readings of one walk file
# more than a second apart are a frozen sysUpTime, timed by this host's
# clock, and give a rate).
rate_ahead() {
	for f in "$SD"/check_snmp_value-*; do
		case "$f" in *.lock) continue ;; esac
		awk '$1 == "time" { printf "time %.0f\n", $2 + 60000; next } { print }' "$f" \
		    >"$f.new" && cat "$f.new" >"$f" && rm -f "$f.new"
	done
}

run_case "rate: first run collects" 0 "SNMP OK - collecting data: no previous sample; rates from the next run on" \
    $R --walk-file "$W1" $RO
if [ "$(stat -c %a "$SD")" = 700 ] && [ "$(stat -c %a "$SD"/check_snmp_value-* | sort -u | tr '\n' ' ')" = "600 " ]; then
	PASS=$((PASS + 1)); echo "ok   rate: state directory 0700, files 0600"
else
	FAIL=$((FAIL + 1)); echo "FAIL rate: modes $(ls -la "$SD")"
fi
if grep -q public "$SD"/check_snmp_value-*; then
	FAIL=$((FAIL + 1)); echo "FAIL rate: the community was stored"
else
	PASS=$((PASS + 1)); echo "ok   rate: no community in the state"
fi
run_case "rate: 300 s of agent time, Counter32 wrap, Counter64" 1 \
    "SNMP WARNING - in *114133333* out 33200000 err 0.32 | 'in'=114133333.333333;100000000 'out'=33200000 'err'=0.32" \
    $R --walk-file "$W2" $RO -w 100000000
rate_ahead
run_case "rate: the same sample again is too soon, old one kept" 0 \
    "SNMP OK - collecting data: the last sample is only 0.00 s old, no rate yet" $R --walk-file "$W2" $RO
rate_ahead
run_case "rate: --first-run applies to too soon" 1 "SNMP WARNING - collecting data: *" \
    $R --walk-file "$W2" $RO --first-run WARNING
run_case "rate: uptime went back is a restart, not a spike" 2 \
    "SNMP CRITICAL - no rate this time: the agent restarted (sysUpTime went back from 446.34 s to 146.34 s)" \
    $R --walk-file "$W1" $RO --on-reset CRITICAL
run_case "rate: after the restart, rates again" 0 "SNMP OK - in * out * err *" $R --walk-file "$W2" $RO
# issue 18: an agent whose sysUpTime stands still (frozen or cached) did
# not restart: 297 s later by this host's clock, the same recording again
# is a rate of 0 over our clock, said in the long output
for f in "$SD"/check_snmp_value-*; do
	case "$f" in *.lock) ;; *)
		t=$(sed -n 's/^time //p' "$f")
		sed -i "s/^time .*/time $((t - 297110))/" "$f" ;;
	esac
done
run_case "rate: a sysUpTime that stands still is no restart" 0 \
    "SNMP OK - in 0 out 0 err 0 | 'in'=0 'out'=0 'err'=0" $R --walk-file "$W2" $RO
case "$OUT" in
*"sysUpTime advanced 0.00 s while "29[7-9].*" s passed (frozen or cached, yet up 446 s): the interval is from this host's clock"*)
	PASS=$((PASS + 1)); echo "ok   rate: the long output says the interval is this host's" ;;
*)	FAIL=$((FAIL + 1)); echo "FAIL rate: no note on the clock in: $OUT" ;;
esac
# a state file spoiled by hand is no previous sample, not a crash
for f in "$SD"/check_snmp_value-*; do
	case "$f" in *.lock) ;; *) printf 'garbage\n' >"$f" ;; esac
done
run_case "rate: corrupt state file" 0 \
    "SNMP OK - collecting data: the state file is corrupt or not ours: ignored; rates from the next run on" \
    $R --walk-file "$W1" $RO
run_case "rate: the OIDs are part of the key" 0 "SNMP OK - collecting data: no previous sample*" \
    $R --walk-file "$W2" -o ifInOctets.4 --rate
# issue 18: a rate in the text is per second, with a few digits
$R --walk-file "$W1" -o ifHCInOctets.4 --rate >/dev/null
run_case "rate: text per second, perfdata exact" 0 "SNMP OK - 14266667/s | 'IF-MIB::ifHCInOctets.4'=14266666.666667" \
    $R --walk-file "$W2" -o ifHCInOctets.4 --rate

section "# rates against snmpd"
L="$PLUGIN -H 127.0.0.1 -p $SNMPD_PORT --state-dir $SD"
run_case "rate live: first run" 0 "SNMP OK - collecting data*" $L -o ifHCInOctets.1 --rate -l lo_in
run_case "rate live: --first-run CRITICAL" 2 "SNMP CRITICAL - collecting data*" $L -o ifHCOutOctets.1 --rate --first-run 2
# snmpd caches interface counters for a few seconds: poll (with net-snmp's
# snmpget, which is also the traffic) until the counter moved, and let at
# least a second pass (a younger sample is "too soon")
sleep 1.1
c0=$(snmpget -v2c -c public -Oqv 127.0.0.1:"$SNMPD_PORT" 1.3.6.1.2.1.31.1.1.1.6.1)
i=0
while [ $i -lt 40 ]; do
	c1=$(snmpget -v2c -c public -Oqv 127.0.0.1:"$SNMPD_PORT" 1.3.6.1.2.1.31.1.1.1.6.1)
	[ "$c1" != "$c0" ] && break
	sleep 0.25
	i=$((i + 1))
done
run_case "rate live: octets per second on lo" 0 "SNMP OK - lo_in * | 'lo_in'=*" $L -o ifHCInOctets.1 --rate -l lo_in
rate=$(printf '%s\n' "$OUT" | sed -n "s/.*'lo_in'=\([0-9.]*\).*/\1/p")
if awk -v r="$rate" 'BEGIN { exit !(r > 0 && r < 100000000) }'; then
	PASS=$((PASS + 1)); echo "ok   rate live: $rate octets/s, positive and plausible"
else
	FAIL=$((FAIL + 1)); echo "FAIL rate live: rate '$rate'"
fi
# 50 concurrent runs of one check: all answer, the state stays valid
pids=
i=0
while [ $i -lt 50 ]; do
	$L -o ifHCInOctets.1 --rate >"$WORK/conc.$i" 2>&1 &
	pids="$pids $!"
	i=$((i + 1))
done
bad=0
for p in $pids; do wait "$p" || bad=$((bad + 1)); done
if [ $bad = 0 ] && ! grep -L "^SNMP OK - " "$WORK"/conc.* | grep -q .; then
	PASS=$((PASS + 1)); echo "ok   rate live: 50 concurrent runs all OK"
else
	FAIL=$((FAIL + 1)); echo "FAIL rate live: $bad concurrent runs failed"; cat "$WORK"/conc.* | sort | uniq -c
fi
sleep 1.1
run_case "rate live: the state is valid after them" 0 "SNMP OK - * | *" $L -o ifHCInOctets.1 --rate

section "# rates: bad input"
run_case "rate: a string has no rate" 3 "SNMP UNKNOWN - --rate needs numbers: sysName.0 is STRING" \
    $L -o sysName.0 --rate
run_case "rate: not with -n" 3 "SNMP UNKNOWN - --rate and -n do not go together: GETNEXT may return another object each run" \
    $L -o sysName --rate -n
run_case "rate: bad state" 3 "SNMP UNKNOWN - Invalid state 'maybe' for --on-reset: expected 0-3 or OK, WARNING, CRITICAL, UNKNOWN" \
    $L -o sysUpTime.0 --rate --on-reset maybe
run_case "rate: bad multiplier" 3 "SNMP UNKNOWN - Invalid rate multiplier 'x8': expected a decimal number" \
    $L -o sysUpTime.0 --rate --rate-multiplier x8
mkdir -p "$WORK/open"
chmod 777 "$WORK/open"
run_case "rate: a state directory others can write is refused" 3 \
    "SNMP UNKNOWN - --rate: refusing the state directory $WORK/open: writable by group or others (it must not be: chmod go-w $WORK/open)" \
    $PLUGIN -H 127.0.0.1 -p "$SNMPD_PORT" -o sysUpTime.0 --rate --state-dir "$WORK/open"
# a directory of another user: as root, one given to uid 65534; else /,
# which is root's
if [ "$(id -u)" = 0 ]; then
	mkdir -p "$WORK/theirs"
	chown 65534 "$WORK/theirs"
	theirs=$WORK/theirs owner=65534
else
	theirs=/ owner=0
fi
run_case "rate: a state directory of another user is refused, with the fix" 3 \
    "SNMP UNKNOWN - --rate: refusing the state directory $theirs: owned by uid $owner, the plugin runs as uid $(id -u) (it must belong to the user running the plugin: chown $(id -u) $theirs, or use --state-dir)" \
    $PLUGIN -H 127.0.0.1 -p "$SNMPD_PORT" -o sysUpTime.0 --rate --state-dir "$theirs"
run_case "rate: a state directory that cannot be created says how to create it" 3 \
    "SNMP UNKNOWN - --rate: cannot create the state directory $WORK/none/sub: No such file or directory (create it once for uid $(id -u), as root: install -d -o $(id -u) -m 0750 $WORK/none/sub; or use --state-dir)" \
    $PLUGIN -H 127.0.0.1 -p "$SNMPD_PORT" -o sysUpTime.0 --rate --state-dir "$WORK/none/sub"
ln -s "$SD" "$WORK/link"
run_case "rate: a symlinked state directory is refused" 3 \
    "SNMP UNKNOWN - --rate: cannot open the state directory $WORK/link: not a directory (a symbolic link is refused) (use --state-dir)" \
    $PLUGIN -H 127.0.0.1 -p "$SNMPD_PORT" -o sysUpTime.0 --rate --state-dir "$WORK/link"
run_case "rate: MP_STATE_PATH is used" 0 "SNMP OK - collecting data*" \
    env MP_STATE_PATH="$WORK/mp" $PLUGIN -H 127.0.0.1 -p "$SNMPD_PORT" -o sysUpTime.0 --rate
if [ -d "$WORK/mp" ]; then PASS=$((PASS + 1)); echo "ok   rate: MP_STATE_PATH directory created"; else FAIL=$((FAIL + 1)); echo "FAIL rate: MP_STATE_PATH not used"; fi

section "# rates: sysUpTime.0 by its own reading"
# The object is the clock: one varbind, read once, so that its rate by
# the agent's clock is 100 per second exactly (two varbinds of sysUpTime.0
# in one request may be a tick apart: net-snmp reads the time for each).
# Three runs a little over a second apart, each must say 100/s.
mkdir -p "$WORK/self"
run_case "rate: sysUpTime.0 first sample" 0 "SNMP OK - collecting data*" \
    $PLUGIN -H 127.0.0.1 -p "$SNMPD_PORT" -o sysUpTime.0 --rate --state-dir "$WORK/self" -c 100:100
for i in 1 2 3; do
	sleep 1.05
	run_case "rate: sysUpTime.0 by itself, run $i" 0 \
	    "SNMP OK - 100/s | 'SNMPv2-MIB::sysUpTime.0'=100;;100:100" \
	    $PLUGIN -H 127.0.0.1 -p "$SNMPD_PORT" -o sysUpTime.0 --rate --state-dir "$WORK/self" -c 100:100
done
