# Nagios 4 (Debian's nagios4), sourced by tests/e2e/run.  Debian's own
# nagios.cfg with its paths moved under WORK (the object configuration
# stays Debian's: /etc/nagios4/objects, /etc/nagios-plugins/config with the
# Perl plugins' and monitoring-plugins' commands, /etc/nagios4/conf.d),
# plus contrib/nagios/snmp-plugins.cfg and generated hosts and services:
# every plugin, SNMPv2c and v3, against snmpd and snmpsim, and Debian's
# own check_snmp command.  nagios4 -v first; then one forced check round
# through the external command file, and the assertions on status.dat.

# nagios_cfg DIR EXTRA-CFG...: Debian's nagios.cfg for a run under DIR.
nagios_cfg() {
	_n_d=$1
	shift
	sed -e "s|/var/lib/nagios4|$_n_d/var|g" -e "s|/var/log/nagios4|$_n_d/log|g" \
	    -e "s|/var/run/nagios4|$_n_d/run|g" \
	    -e "s|^resource_file=.*|resource_file=$_n_d/resource.cfg|" \
	    -e "s|^temp_path=.*|temp_path=$_n_d/tmp|" \
	    -e 's|^nagios_user=.*|nagios_user=root|' \
	    -e 's|^nagios_group=.*|nagios_group=root|' \
	    -e 's|^use_syslog=.*|use_syslog=0|' \
	    -e 's|^check_for_updates=.*|check_for_updates=0|' \
	    -e 's|^enable_notifications=.*|enable_notifications=0|' \
	    -e 's|^status_update_interval=.*|status_update_interval=1|' \
	    -e 's|^check_result_reaper_frequency=.*|check_result_reaper_frequency=1|' \
	    -e 's|^enable_environment_macros=.*|enable_environment_macros=1|' \
	    /etc/nagios4/nagios.cfg
	echo "query_socket=$_n_d/var/rw/nagios.qh"
	echo "cfg_file=$TOP/contrib/nagios/snmp-plugins.cfg"
	for _n_f in "$@"; do
		echo "cfg_file=$_n_f"
	done
}

# nagios_validate CFG TEXT: nagios4 -v finds neither an error nor a warning.
nagios_validate() {
	_n_log="$1.verify"
	if nagios4 -v "$1" >"$_n_log" 2>&1 && grep -q '^Total Warnings: 0$' "$_n_log" &&
	    grep -q '^Total Errors: *0$' "$_n_log"; then
		ok "$2"
	else
		fail "$2" "$(grep -i 'warning\|error' "$_n_log" | head -n 12)"
	fi
}

nagios_scenario() {
	n="$WORK/nagios"
	mkdir -p "$n/var/rw" "$n/var/spool/checkresults" "$n/log/archives" \
	    "$n/run" "$n/tmp" "$n/secrets"
	plugindir "$n/plugins" "$n/state"
	echo "\$USER1\$=$n/plugins" >"$n/resource.cfg"
	printf 'maplesyrup\n' >"$n/secrets/auth"
	printf 'maplesyrup\n' >"$n/secrets/priv"
	printf '[e2e-sim]\nauthpasswd=%s\n' "$SNMPSIM_AUTH" >"$n/secrets/plugins.ini"
	chmod 600 "$n/secrets/"*

	# The hosts: one per agent and protocol, _SNMP_ARGS as the commands
	# expect it; SNMPv3 secrets from files.
	cat >"$n/e2e.cfg" <<EOF
define host {
    use                     linux-server
    host_name               e2e-snmpd
    address                 127.0.0.1
    _SNMP_ARGS              -p $SNMPD_PORT -C public
}
define host {
    use                     linux-server
    host_name               e2e-snmpd-v3
    address                 127.0.0.1
    _SNMP_ARGS              -p $SNMPD_PORT -P 3 -U u_sha256_aes -L authPriv -a SHA-256 -x AES --authpasswd-file $n/secrets/auth --privpasswd-file $n/secrets/priv
}
define host {
    use                     linux-server
    host_name               e2e-windows
    address                 127.0.0.1
    _SNMP_ARGS              -p $SNMPSIM_PORT -C windows-host
}
define host {
    use                     linux-server
    host_name               e2e-windows-v3
    address                 127.0.0.1
    _SNMP_ARGS              -p $SNMPSIM_PORT -P 3 -U $SNMPSIM_USER -a SHA-256 -N windows-host --extra-opts=e2e-sim@$n/secrets/plugins.ini
}
define host {
    use                     linux-server
    host_name               e2e-rates
    address                 127.0.0.1
    _SNMP_ARGS              -p $SNMPSIM_PORT -C rates
}
# Checked by the forced round only: no scheduled check runs before it.
define service {
    name                    e2e-service
    use                     generic-service
    active_checks_enabled   0
    register                0
}
EOF
	# One service a line, fields separated by " ;; ": host, service,
	# command!arguments, then what check.py expects: state, output (a
	# regular expression), perfdata, what ran.
	awk -F ' ;; ' -v cfg="$n/e2e.cfg" -v want="$n/expect" 'NF >= 5 {
		printf "define service {\n    use                     e2e-service\n" \
		    "    host_name               %s\n    service_description     %s\n" \
		    "    check_command           %s\n}\n", $1, $2, $3 >>cfg
		line = $1 "!" $2 "\t" $4 "\t" $5
		for (i = 6; i <= NF; i++)
			line = line "\t" $i
		print line >>want
	}' <<EOF
e2e-snmpd ;; value ;; snmp-plugins-value!-o 1.3.6.1.4.1.8072.9999.10.0 -l answer -w 40 -c 50 ;; 1 ;; SNMP WARNING - answer \*42\* ;; perf:answer=42 ;; ran:check_snmp_value
e2e-snmpd ;; Debian check_snmp ;; check_snmp!-p $SNMPD_PORT -C public -o sysName.0 -s test-agent ;; 0 ;; SNMP OK - "test-agent" ;; ran:check_snmp_value
e2e-snmpd ;; process ;; snmp-plugins-process!--args -r 'udp:127\.0\.0\.1:$SNMPD_PORT' -c 1:1 ;; 0 ;; PROCESS OK - 1 process with command line matching .* ;; perf:processes=1 ;; ran:check_snmp_process
e2e-snmpd ;; storage ;; snmp-plugins-storage!--ucd -n / -w 99 -c 100 ;; 0 ;; STORAGE OK - /: [0-9.]+% used \(.* free\), inodes [0-9]+% used ;; ran:check_snmp_storage
e2e-snmpd ;; interface ;; snmp-plugins-interface!-n lo --status-only ;; 0 ;; INTERFACE OK - lo up ;; ran:check_snmp_interface
e2e-snmpd-v3 ;; uptime ;; snmp-plugins-uptime!--source sysuptime -w 1h: ;; 1 ;; UPTIME WARNING - agent up [0-9:]+ \(sysUpTime\): less than 1h ;; ran:check_snmp_uptime ;; hidden:maplesyrup
e2e-snmpd-v3 ;; load ;; snmp-plugins-load!-w 100 -c 200 ;; 0 ;; LOAD OK - load average: [0-9.]+, [0-9.]+, [0-9.]+ ;; ran:check_snmp_load ;; hidden:maplesyrup
e2e-snmpd-v3 ;; memory ;; snmp-plugins-memory!-w 100 -c 100 ;; 0 ;; MEMORY OK - RAM [0-9.]+% used .* ;; ran:check_snmp_memory
e2e-windows ;; storage ;; snmp-plugins-storage!-w 80 -c 90 ;; 1 ;; STORAGE WARNING - D:\\\\ Label:Data  Serial Number 5c21d7a0: 80.50% used \(4.83 TiB of 6.00 TiB, 1.17 TiB free\) ;; perf:D:\\ Label:Data  Serial Number 5c21d7a0 %=80.5% ;; perf:D:\\ Label:Data  Serial Number 5c21d7a0=5309776744448B ;; ran:check_snmp_storage
e2e-windows ;; cpu ;; snmp-plugins-load!--cpu -w 70 -c 90 ;; 0 ;; LOAD OK - CPU average 22%, busiest cpu4 88% \(8 CPUs\) ;; perf:cpu_avg=22% ;; perf:cpu4=88% ;; ran:check_snmp_load
e2e-windows ;; uptime ;; snmp-plugins-uptime!-w 15m: -c 5m: ;; 0 ;; UPTIME OK - host up 23 days 04:51:07 \(hrSystemUptime\) ;; perf:uptime=2004667s ;; ran:check_snmp_uptime
e2e-windows-v3 ;; memory ;; snmp-plugins-memory!-w 80 -c 90 ;; 0 ;; MEMORY OK - RAM 76.53% used \(24.49 GiB of 32.00 GiB, 7.51 GiB available\), virtual memory 73.11% used \(26.32 GiB of 36.00 GiB, 9.68 GiB free\) ;; perf:ram %=76.53% ;; perf:ram=26295205888B ;; ran:check_snmp_memory ;; hidden:$SNMPSIM_AUTH
e2e-windows-v3 ;; process ;; snmp-plugins-process!-n svchost.exe -w 10: -c 5: ;; 0 ;; PROCESS OK - 18 processes named 'svchost.exe' ;; perf:processes=18 ;; ran:check_snmp_process
e2e-rates ;; interface ;; snmp-plugins-interface!-n Gi0/2 --sample 2 -t 10 ;; 0 ;; $RATE_OK ;; $RATE_PERF ;; ran:check_snmp_interface
EOF

	nagios_cfg "$n" "$n/e2e.cfg" >"$n/nagios.cfg"
	nagios_cfg "$n" "$TOP/contrib/nagios/examples/hosts.cfg" \
	    "$TOP/contrib/nagios/examples/services.cfg" >"$n/examples.cfg"
	if grep -n '=/var/\|=/run/' "$n/nagios.cfg"; then
		fail "nagios: every path of nagios.cfg under WORK"
	fi
	nagios_validate "$n/examples.cfg" "nagios: nagios4 -v, Debian's configuration with contrib/nagios and its examples: no error, no warning"
	nagios_validate "$n/nagios.cfg" "nagios: nagios4 -v, Debian's configuration with contrib/nagios and the test's services: no error, no warning"

	bg nagios nagios4 "$n/nagios.cfg"
	if poll 20 test -p "$n/var/rw/nagios.cmd"; then
		ok "nagios: nagios4 started, its command file is open"
	else
		fail "nagios: nagios4 started" "$(tail -n 12 "$WORK/nagios.out")"
		return
	fi
	since=$(date +%s)
	awk -F '\t' -v t="$since" '{ split($1, a, "!");
	    printf "[%s] SCHEDULE_FORCED_SVC_CHECK;%s;%s;%s\n", t, a[1], a[2], t }' \
	    "$n/expect" >"$n/var/rw/nagios.cmd"
	# status.dat has every service of the round with a check from since on
	nagios_ready() {
		awk -v since="$since" -v want="$n/expect" '
		BEGIN {
			while ((getline l <want) > 0) {
				split(l, f, "\t")
				need[f[1]] = 1
				total++
			}
		}
		/^servicestatus \{/ { h = s = ""; last = 0; inside = 1 }
		inside && /^\thost_name=/ { h = substr($0, 12) }
		inside && /^\tservice_description=/ { s = substr($0, 22) }
		inside && /^\tlast_check=/ { last = substr($0, 13) + 0 }
		inside && /^\t}/ {
			if ((h "!" s) in need && last >= since)
				done++
			inside = 0
		}
		END { exit done == total ? 0 : 1 }' "$n/var/status.dat" 2>/dev/null
	}
	if poll 60 nagios_ready; then
		ok "nagios: every service checked in the forced round"
	else
		fail "nagios: every service checked within 60 s of the forced round"
	fi
	python3 "$E2E/check.py" nagios "$n/var/status.dat" "$n/expect" \
	    "$n/plugins.log" "$since" >"$n/result" 2>&1
	tally "$n/result" $?
}
