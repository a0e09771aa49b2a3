#!/bin/sh
# make demo: the plugins against a walk recorded from a real Linux host
# (contrib/walks/linux-host.walk), no agent needed.  Shows OK, WARNING and
# CRITICAL results and what an operator sees for a missing object.
cd "$(dirname "$0")/.." || exit 1
W=contrib/walks/linux-host.walk
V="plugins/check_snmp_value --walk-file $W"

show() {
	printf '\n$ %s\n' "$*" | sed "s|plugins/||; s|--walk-file $W|--walk-file linux-host.walk|"
	"$@"
	printf '(exit %d)\n' $?
}

echo "check_snmp_value against $W"
show $V -o sysName.0,sysUpTime.0 -l host,uptime -u ,ticks
show $V -o laLoad.1,laLoad.2,laLoad.3 -l load1,load5,load15 -w 4,3,2 -c 8,6,4
show $V -o laLoad.1 -l load1 -w 0.01 -c 5
show $V -o UCD-SNMP-MIB::dskPercent.1 -l 'disk /' -u % -w 1 -c 2
show $V -o memAvailReal.0 -l 'RAM free' -u kB -w 1024: -c 512:
show $V -o sysDescr.0 -r '^Linux'
show $V -o sysDescr.0 -R '^windows'
show $V -o ifHCInOctets.1,ifHCOutOctets.1 -l lo_in,lo_out
show $V -o hrStorageDescr.99
exit 0
