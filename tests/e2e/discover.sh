# snmp_discover's configuration as the engines read it, sourced by
# tests/e2e/run: discovered from the live snmpd and from the recorded
# walks (a Linux host, a Windows server, a switch, a Catalyst stack), in
# both formats, it validates unchanged with icinga2 daemon -C (the ITL,
# Debian's conf.d, contrib/icinga2) and nagios4 -v (Debian's objects,
# contrib/nagios): no error, no warning.

discover_scenario() {
	n="$WORK/discover"
	mkdir -p "$n/etc" "$n/out" "$n/var/rw" "$n/var/spool/checkresults" "$n/log" \
	    "$n/run" "$n/tmp"
	_d_bin="$TOP/discover/snmp_discover"
	for f in icinga2 nagios; do
		_d_x=conf
		[ $f = nagios ] && _d_x=cfg
		"$_d_bin" -H 127.0.0.1 -p "$SNMPD_PORT" -f $f --virtual \
		    --process snmpd >"$n/out/snmpd.$_d_x" ||
		    fail "discover: $f from snmpd" "$(cat "$n/out/snmpd.$_d_x")"
		for w in linux-host windows-host interface-renumber-before \
		    cisco-catalyst; do
			"$_d_bin" --walk-file "$TOP/tests/data/$w.walk" -f $f \
			    --address 192.0.2.1 -n "$w" >"$n/out/$w.$_d_x" ||
			    fail "discover: $f from $w" "$(cat "$n/out/$w.$_d_x")"
		done
	done
	ok "discover: configuration from snmpd and four walks"
	# Debian's icinga2.conf without the API (no certificates needed)
	cat >"$n/etc/icinga2.conf" <<EOF
const PluginDir = "$TOP/plugins"
const ManubulonPluginDir = "$TOP/plugins"
const PluginContribDir = "$TOP/plugins"
const ZoneName = "discover"
const TicketSalt = ""
include <itl>
include <plugins>
include <plugins-contrib>
include <manubulon>
include "/etc/icinga2/features-available/checker.conf"
include "/etc/icinga2/zones.conf"
include_recursive "/etc/icinga2/conf.d"
include "$TOP/contrib/icinga2/snmp-plugins.conf"
include "$n/out/*.conf"
EOF
	icinga_validate discover "$n/etc/icinga2.conf" \
	    "discover: icinga2 daemon -C, the ITL, Debian's conf.d, contrib/icinga2 and snmp_discover's objects: no error, no warning"
	echo "\$USER1\$=$TOP/plugins" >"$n/resource.cfg"
	nagios_cfg "$n" "$n"/out/*.cfg >"$n/nagios.cfg"
	nagios_validate "$n/nagios.cfg" \
	    "discover: nagios4 -v, Debian's configuration with contrib/nagios and snmp_discover's definitions: no error, no warning"
}
