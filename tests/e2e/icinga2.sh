# Icinga 2 (Debian's icinga2), sourced by tests/e2e/run.  Debian's
# icinga2.conf as it is but for the constants (PluginDir is the test's
# plugin directory) and the API on a free port of 127.0.0.1: the ITL,
# /etc/icinga2/zones.conf, the checker and main log features, the stock
# /etc/icinga2/conf.d, plus contrib/icinga2/snmp-plugins.conf and
# generated hosts and services: every plugin, SNMPv2c and v3, against
# snmpd and snmpsim, and the ITL's snmp, snmpv3 and snmp-uptime commands,
# which run our check_snmp_value under the name check_snmp.  icinga2 daemon
# -C first; then the checks are rescheduled through the API and read back
# with GET /v1/objects/services.

# icinga_conf NODE API-PORT ZONES...: the head of a node's icinga2.conf
# (ZONES: the files or text that define its endpoints and zones).
icinga_conf() {
	_i_d="$WORK/$1"
	cat <<EOF
/* Debian's /etc/icinga2/icinga2.conf for a test node: the constants of
 * constants.conf with PluginDir moved, the API on 127.0.0.1. */
const PluginDir = "$_i_d/plugins"
const ManubulonPluginDir = "$_i_d/plugins"
const PluginContribDir = "$_i_d/plugins"
const ZoneName = "${3:-$1}"
const TicketSalt = ""
include <itl>
include <plugins>
include <plugins-contrib>
include <manubulon>
include <windows-plugins>
include <nscp>
include "/etc/icinga2/features-available/checker.conf"
include "/etc/icinga2/features-available/mainlog.conf"
object ApiListener "api" {
	bind_host = "127.0.0.1"
	bind_port = $2
	accept_commands = true
}
object ApiUser "$API_USER" {
	password = "$API_PASS"
	permissions = [ "*" ]
}
include "$TOP/contrib/icinga2/snmp-plugins.conf"
EOF
}

# icinga_objects FILE EXPECT: hosts and services from stdin, one service a
# line, fields separated by " ;; ": host, service, check command, its
# variables (Icinga 2 statements), then what check.py expects: state,
# output (a regular expression), perfdata, what ran.  @SNMPD_PORT@,
# @SNMPSIM_PORT@, @SNMPSIM_USER@ and @SNMPSIM_AUTH@ are replaced, and so are
# the fields @RATE_OK@ and @RATE_PERF@ (lib.sh).
icinga_objects() {
	sed -e "s/@SNMPD_PORT@/$SNMPD_PORT/g" -e "s/@SNMPSIM_PORT@/$SNMPSIM_PORT/g" \
	    -e "s/@SNMPSIM_USER@/$SNMPSIM_USER/g" -e "s/@SNMPSIM_AUTH@/$SNMPSIM_AUTH/g" |
	    awk -F ' ;; ' -v cfg="$1" -v want="$2" 'NF >= 6 {
		printf "object Service \"%s\" {\n\timport \"e2e-service\"\n" \
		    "\thost_name = \"%s\"\n\tcheck_command = \"%s\"\n\t%s\n}\n",
		    $2, $1, $3, $4 >>cfg
		line = $1 "!" $2 "\t" $5 "\t" ($6 == "@RATE_OK@" ? ENVIRON["RATE_OK"] : $6)
		for (i = 7; i <= NF; i++)
			line = line "\t" ($i == "@RATE_PERF@" ? ENVIRON["RATE_PERF"] : $i)
		print line >>want
	}'
}

# icinga_hosts SECRET-FILE [ZONE]: the hosts of the single node and of the
# master: one per agent and protocol, the SNMPv3 secrets in variables that
# Icinga Web hides, passed in the environment or as a file.
icinga_hosts() {
	_i_zone=
	[ -n "${2:-}" ] && _i_zone="zone = \"$2\""
	cat <<EOF
/* Checked when the test says so: reschedule-check with force. */
template Service "e2e-service" {
	enable_active_checks = false
	max_check_attempts = 1
	$_i_zone
}
template Host "e2e-host" {
	check_command = "hostalive"
	max_check_attempts = 3
	$_i_zone
}
object Host "snmpd" {
	import "e2e-host"
	address = "127.0.0.1"
	vars.snmp_port = $SNMPD_PORT
	vars.snmp_community = "public"
}
object Host "snmpd-v3" {
	import "e2e-host"
	address = "127.0.0.1"
	vars.snmp_port = $SNMPD_PORT
	vars.snmp_version = "3"
	vars.snmpv3_user = "u_sha256_aes"
	vars.snmpv3_seclevel = "authPriv"
	vars.snmpv3_auth_alg = "SHA-256"
	vars.snmpv3_priv_alg = "AES"
	vars.snmpv3_auth_pass = "maplesyrup"
	vars.snmpv3_priv_pass = "maplesyrup"
}
object Host "windows" {
	import "e2e-host"
	address = "127.0.0.1"
	vars.snmp_port = $SNMPSIM_PORT
	vars.snmp_community = "windows-host"
}
object Host "windows-v3" {
	import "e2e-host"
	address = "127.0.0.1"
	vars.snmp_port = $SNMPSIM_PORT
	vars.snmp_version = "3"
	vars.snmpv3_user = "$SNMPSIM_USER"
	vars.snmpv3_auth_alg = "SHA-256"
	vars.snmpv3_context = "windows-host"
	vars.snmpv3_auth_pass_file = "$1"
}
object Host "rates" {
	import "e2e-host"
	address = "127.0.0.1"
	vars.snmp_port = $SNMPSIM_PORT
	vars.snmp_community = "rates"
}
EOF
}

icinga2_scenario() {
	node=e2e-single
	n="$WORK/$node"
	api_port=$(port tcp)
	mkdir -p "$n/etc" "$n/secrets"
	plugindir "$n/plugins" "$n/state"
	printf '%s\n' "$SNMPSIM_AUTH" >"$n/secrets/sim.auth"
	chmod 600 "$n/secrets/sim.auth"
	{
		icinga_conf "$node" "$api_port" "$node"
		echo 'include "/etc/icinga2/zones.conf"'
		echo 'include_recursive "/etc/icinga2/conf.d"'
		echo "include \"$n/etc/e2e.conf\""
	} >"$n/etc/icinga2.conf"
	icinga_hosts "$n/secrets/sim.auth" >"$n/etc/e2e.conf"
	: >"$n/expect"
	icinga_objects "$n/etc/e2e.conf" "$n/expect" <<'EOF'
snmpd ;; value ;; snmp-plugins-value ;; vars.snmp_oid = "1.3.6.1.4.1.8072.9999.10.0"; vars.snmp_label = "answer"; vars.snmp_warn = 40; vars.snmp_crit = 50 ;; 1 ;; SNMP WARNING - answer \*42\* ;; perf:answer=42 ;; ran:check_snmp_value
snmpd ;; itl-snmp ;; snmp ;; vars.snmp_oid = "1.3.6.1.4.1.8072.9999.10.0"; vars.snmp_warn = 40 ;; 1 ;; SNMP WARNING - \*42\* ;; perf:iso.3.6.1.4.1.8072.9999.10.0=42 ;; ran:check_snmp_value
snmpd ;; process ;; snmp-plugins-process ;; vars.snmp_process_args = true; vars.snmp_process_regex = "udp:127\\.0\\.0\\.1:@SNMPD_PORT@"; vars.snmp_process_critical = "1:1" ;; 0 ;; PROCESS OK - 1 process with command line matching .* ;; perf:processes=1 ;; ran:check_snmp_process
snmpd ;; storage ;; snmp-plugins-storage ;; vars.snmp_storage_ucd = true; vars.snmp_storage_name = "/"; vars.snmp_storage_warning = 99; vars.snmp_storage_critical = 100 ;; 0 ;; STORAGE OK - /: [0-9.]+% used \(.* free\), inodes [0-9]+% used ;; ran:check_snmp_storage
snmpd ;; interface ;; snmp-plugins-interface ;; vars.snmp_interface_name = "lo"; vars.snmp_interface_status_only = true ;; 0 ;; INTERFACE OK - lo up ;; ran:check_snmp_interface
snmpd-v3 ;; uptime ;; snmp-plugins-uptime ;; vars.snmp_uptime_source = "sysuptime"; vars.snmp_uptime_warning = "1h:" ;; 1 ;; UPTIME WARNING - agent up [0-9:]+ \(sysUpTime\): less than 1h ;; ran:check_snmp_uptime ;; env:SNMP_AUTH_PASSWORD ;; env:SNMP_PRIV_PASSWORD ;; hidden:maplesyrup
snmpd-v3 ;; load ;; snmp-plugins-load ;; vars.snmp_load_warning = 100; vars.snmp_load_critical = 200 ;; 0 ;; LOAD OK - load average: [0-9.]+, [0-9.]+, [0-9.]+ ;; ran:check_snmp_load ;; env:SNMP_AUTH_PASSWORD ;; hidden:maplesyrup
snmpd-v3 ;; memory ;; snmp-plugins-memory ;; vars.snmp_memory_warning = 100; vars.snmp_memory_critical = 100 ;; 0 ;; MEMORY OK - RAM [0-9.]+% used .* ;; ran:check_snmp_memory ;; hidden:maplesyrup
snmpd-v3 ;; itl-snmpv3 ;; snmpv3 ;; vars.snmpv3_port = @SNMPD_PORT@; vars.snmpv3_auth_key = "maplesyrup"; vars.snmpv3_priv_key = "maplesyrup"; vars.snmpv3_oid = "sysName.0"; vars.snmpv3_string = "test-agent" ;; 0 ;; SNMP OK - "test-agent" ;; ran:check_snmp_value
windows ;; storage ;; snmp-plugins-storage ;; vars.snmp_storage_warning = 80; vars.snmp_storage_critical = 90 ;; 1 ;; STORAGE WARNING - D:\\ Label:Data  Serial Number 5c21d7a0: 80.50% used \(4.83 TiB of 6.00 TiB, 1.17 TiB free\) ;; perf:D:\ Label:Data  Serial Number 5c21d7a0 %=80.5% ;; perf:D:\ Label:Data  Serial Number 5c21d7a0=5309776744448B ;; ran:check_snmp_storage
windows ;; cpu ;; snmp-plugins-load ;; vars.snmp_load_cpu = true; vars.snmp_load_warning = 70; vars.snmp_load_critical = 90 ;; 0 ;; LOAD OK - CPU average 22%, busiest cpu4 88% \(8 CPUs\) ;; perf:cpu_avg=22% ;; perf:cpu4=88% ;; ran:check_snmp_load
windows ;; uptime ;; snmp-plugins-uptime ;; vars.snmp_uptime_warning = "15m:"; vars.snmp_uptime_critical = "5m:" ;; 0 ;; UPTIME OK - host up 23 days 04:51:07 \(hrSystemUptime\) ;; perf:uptime=2004667s ;; ran:check_snmp_uptime
windows ;; itl-snmp-uptime ;; snmp-uptime ;;  ;; 0 ;; SNMP OK - 28516531 ;; perf:iso.3.6.1.2.1.1.3.0=28516531 ;; ran:check_snmp_value
windows-v3 ;; memory ;; snmp-plugins-memory ;; vars.snmp_memory_warning = 80; vars.snmp_memory_critical = 90 ;; 0 ;; MEMORY OK - RAM 76.53% used \(24.49 GiB of 32.00 GiB, 7.51 GiB available\), virtual memory 73.11% used \(26.32 GiB of 36.00 GiB, 9.68 GiB free\) ;; perf:ram %=76.53% ;; perf:ram=26295205888B ;; ran:check_snmp_memory ;; hidden:@SNMPSIM_AUTH@
windows-v3 ;; process ;; snmp-plugins-process ;; vars.snmp_process_name = "svchost.exe"; vars.snmp_process_warning = "10:"; vars.snmp_process_critical = "5:" ;; 0 ;; PROCESS OK - 18 processes named 'svchost.exe' ;; perf:processes=18 ;; ran:check_snmp_process
rates ;; interface ;; snmp-plugins-interface ;; vars.snmp_interface_name = "Gi0/2"; vars.snmp_interface_sample = 2; vars.snmp_timeout = 10 ;; 0 ;; @RATE_OK@ ;; @RATE_PERF@ ;; ran:check_snmp_interface
EOF
	# the examples validate with the rest, and add no warning
	{
		icinga_conf "$node" "$api_port" "$node"
		echo 'include "/etc/icinga2/zones.conf"'
		echo 'include_recursive "/etc/icinga2/conf.d"'
		echo "include \"$TOP/contrib/icinga2/examples/*.conf\""
	} >"$n/etc/examples.conf"
	icinga_validate "$node" "$n/etc/examples.conf" \
	    "icinga2: icinga2 daemon -C, the ITL, Debian's conf.d, contrib/icinga2 and its examples: no error, no warning"
	icinga_validate "$node" "$n/etc/icinga2.conf" \
	    "icinga2: icinga2 daemon -C, the ITL, Debian's conf.d, contrib/icinga2 and the test's services: no error, no warning" ||
	    return
	icinga_start "$node" "$n/etc/icinga2.conf" "$api_port"
	icinga_check "$api_port" "$(date +%s)" "$n/expect" "$n/plugins.log" icinga2 60
}
