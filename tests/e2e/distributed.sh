# An Icinga 2 master and a satellite, sourced by tests/e2e/run.  Two
# daemons on 127.0.0.1, each with its own API port, directories,
# certificate (icinga2 pki, one CA) and plugin directory; the satellite's
# zone is a child of the master's.  Each has the ITL and
# contrib/icinga2/snmp-plugins.conf, as each machine of a real installation
# has the package; hosts and services are the master's, and the services'
# command_endpoint is the satellite: the checks run there, their results
# come back to the master, and the assertions read them through the
# master's API.  Each node's checks see their own state directory
# ($MP_STATE_PATH), as each machine has its own /var/lib/snmp-plugins.
#
# Rates: "if-sample" takes both samples in one run (--sample), "if-state"
# compares with the previous run's sample in the state directory.  Both
# work while they stay on the satellite; moved to the master (POST
# /v1/objects/services, command_endpoint), the --sample one gives the
# rate at once, the state-file one starts over ("collecting data"): the
# master has no sample of it.

distributed_scenario() {
	m=e2e-master
	s=e2e-satellite
	mport=$(port tcp)
	sport=$(port tcp)
	for node in $m $s; do
		mkdir -p "$WORK/$node/etc" "$WORK/$node/secrets"
		plugindir "$WORK/$node/plugins" "$WORK/$node/state"
		printf '%s\n' "$SNMPSIM_AUTH" >"$WORK/$node/secrets/sim.auth"
		chmod 600 "$WORK/$node/secrets/sim.auth"
	done
	zones="object Endpoint \"$m\" { host = \"127.0.0.1\"; port = $mport }
object Endpoint \"$s\" { host = \"127.0.0.1\"; port = $sport }
object Zone \"master\" { endpoints = [ \"$m\" ] }
object Zone \"satellite\" { endpoints = [ \"$s\" ]; parent = \"master\" }"
	{
		icinga_conf $m "$mport" master
		printf '%s\n' "$zones"
		echo "include \"$WORK/$m/etc/e2e.conf\""
	} >"$WORK/$m/etc/icinga2.conf"
	{
		icinga_conf $s "$sport" satellite
		printf '%s\n' "$zones"
	} >"$WORK/$s/etc/icinga2.conf"
	# the secret file's path is the same on both nodes: the macro travels
	icinga_hosts "$WORK/$s/secrets/sim.auth" master >"$WORK/$m/etc/e2e.conf"
	d="$WORK/$m"
	: >"$d/round1"
	icinga_objects "$d/etc/e2e.conf" "$d/round1" <<'EOF'
rates ;; if-sample ;; snmp-plugins-interface ;; command_endpoint = "e2e-satellite"; vars.snmp_interface_name = "Gi0/2"; vars.snmp_interface_sample = 2; vars.snmp_timeout = 10 ;; 0 ;; @RATE_OK@ ;; @RATE_PERF@ ;; source:e2e-satellite ;; ran:check_snmp_interface
rates ;; if-state ;; snmp-plugins-interface ;; command_endpoint = "e2e-satellite"; vars.snmp_interface_name = "Gi0/2" ;; 0 ;; INTERFACE OK - Gi0/2 up, collecting data \(no previous sample\), rates from the next run ;; perf:Gi0/2_in_octets=100000000c~100% ;; source:e2e-satellite ;; ran:check_snmp_interface
snmpd-v3 ;; uptime ;; snmp-plugins-uptime ;; command_endpoint = "e2e-satellite"; vars.snmp_uptime_source = "sysuptime"; vars.snmp_uptime_warning = "1h:" ;; 1 ;; UPTIME WARNING - agent up [0-9:]+ \(sysUpTime\): less than 1h ;; source:e2e-satellite ;; ran:check_snmp_uptime ;; env:SNMP_AUTH_PASSWORD ;; env:SNMP_PRIV_PASSWORD ;; hidden:maplesyrup
windows ;; storage ;; snmp-plugins-storage ;; command_endpoint = "e2e-satellite"; vars.snmp_storage_warning = 80; vars.snmp_storage_critical = 90 ;; 1 ;; STORAGE WARNING - D:\\ Label:Data  Serial Number 5c21d7a0: 80.50% used \(4.83 TiB of 6.00 TiB, 1.17 TiB free\) ;; perf:D:\ Label:Data  Serial Number 5c21d7a0 %=80.5% ;; source:e2e-satellite ;; ran:check_snmp_storage
windows-v3 ;; process ;; snmp-plugins-process ;; command_endpoint = "e2e-satellite"; vars.snmp_process_name = "svchost.exe"; vars.snmp_process_warning = "10:"; vars.snmp_process_critical = "5:" ;; 0 ;; PROCESS OK - 18 processes named 'svchost.exe' ;; perf:processes=18 ;; source:e2e-satellite ;; ran:check_snmp_process ;; hidden:@SNMPSIM_AUTH@
EOF
	printf 'rates!if-state\t0\t%s\t%s\tsource:%s\tran:check_snmp_interface\n' \
	    "$RATE_OK" "$RATE_PERF" $s >"$d/round2"
	{
		printf 'rates!if-sample\t0\t%s\t%s\tsource:%s\tran:check_snmp_interface\n' \
		    "$RATE_OK" "$RATE_PERF" $m
		printf 'rates!if-state\t0\t%s\tsource:%s\tran:check_snmp_interface\n' \
		    'INTERFACE OK - Gi0/2 up, collecting data \(no previous sample\), rates from the next run' $m
	} >"$d/round3"

	icinga_validate $s "$WORK/$s/etc/icinga2.conf" \
	    "distributed: icinga2 daemon -C on the satellite: no error, no warning" || return
	icinga_validate $m "$WORK/$m/etc/icinga2.conf" \
	    "distributed: icinga2 daemon -C on the master: no error, no warning" || return
	icinga_start $s "$WORK/$s/etc/icinga2.conf" "$sport"
	icinga_start $m "$WORK/$m/etc/icinga2.conf" "$mport"
	connected() {
		api "$mport" GET "v1/objects/endpoints/$s" 2>/dev/null | python3 -c \
		    'import json, sys; sys.exit(not json.load(sys.stdin)["results"][0]["attrs"]["connected"])' \
		    2>/dev/null
	}
	if poll 30 connected; then
		ok "distributed: the master and the satellite are connected"
	else
		fail "distributed: the master and the satellite are connected within 30 s" \
		    "$(grep -h 'ApiListener\|JsonRpc' "$WORK/$m/log/icinga2.log" "$WORK/$s/log/icinga2.log" | tail -n 12)"
		return
	fi

	# 1: everything runs on the satellite; if-state stores its first sample
	icinga_check "$mport" "$(date +%s)" "$d/round1" "$WORK/$s/plugins.log" \
	    distributed 60
	# 2: if-state again on the satellite, a second or more later: a rate
	sleep 1
	icinga_check "$mport" "$(date +%s)" "$d/round2" "$WORK/$s/plugins.log" \
	    distributed 30
	if ls "$WORK/$s/state/"check_snmp_interface-* >/dev/null 2>&1 &&
	    ! ls "$WORK/$m/state/"check_snmp_interface-* >/dev/null 2>&1; then
		ok "distributed: the state file is the satellite's, the master has none"
	else
		fail "distributed: the state file is the satellite's, the master has none" \
		    "$(ls -l "$WORK/$s/state" "$WORK/$m/state" 2>&1)"
	fi
	# 3: both moved to the master
	for svc in if-sample if-state; do
		if api "$mport" POST "v1/objects/services/rates!$svc" -o /dev/null \
		    -d "{\"attrs\": {\"command_endpoint\": \"$m\"}}"; then
			ok "distributed: rates!$svc moved to the master (command_endpoint)"
		else
			fail "distributed: rates!$svc moved to the master (command_endpoint)"
		fi
	done
	icinga_check "$mport" "$(date +%s)" "$d/round3" "$WORK/$m/plugins.log" \
	    distributed 30
}
