#!/bin/sh
# make demo: the plugins against recordings, no agent needed: a Linux host
# (tests/data/linux-host.walk and, 300 s of agent time later,
# linux-host-after.walk; see their .md) and a Windows one
# (tests/data/windows-host.walk).  Shows OK, WARNING, CRITICAL and UNKNOWN
# results of every plugin.  Every command is shown as it runs, from the
# top of the source tree: paste it there to run it again.
cd "$(dirname "$0")/.." || exit 1
L=tests/data/linux-host.walk
A=tests/data/linux-host-after.walk
X=tests/data/windows-host.walk
V="plugins/check_snmp_value --walk-file $L"
# the rate examples keep their samples here; emptied first, so that each
# demo starts with "collecting data", and left for pasted commands
S=${TMPDIR:-/tmp}/snmp-demo-state

# the command as a shell reads it back: words with other characters quoted
show() {
	printf '\n$'
	for a in "$@"; do
		case $a in
		*[!A-Za-z0-9_./:,=%@+-]* | '')
			printf " '%s'" "$(printf '%s' "$a" | sed "s/'/'\\\\''/g")" ;;
		*)	printf ' %s' "$a" ;;
		esac
	done
	printf '\n'
	"$@"
	printf '(exit %d)\n' $?
}

echo "check_snmp_value against $L"
show $V -o sysName.0,sysUpTime.0 -l host,uptime -u ,ticks
show $V -o laLoad.1,laLoad.2,laLoad.3 -l load1,load5,load15 -w 4,3,2 -c 8,6,4
show $V -o laLoad.1 -l load1 -w 0.01 -c 5
show $V -o UCD-SNMP-MIB::dskPercent.1 -l 'disk /' -u % -w 1 -c 2
show $V -o memAvailReal.0 -l 'RAM free' -u kB -w 1024: -c 512:
show $V -o sysDescr.0 -r '^Linux'
show $V -o sysDescr.0 -R '^windows'
show $V -o ifHCInOctets.1,ifHCOutOctets.1 -l lo_in,lo_out
show $V -o hrStorageDescr.99

echo
echo "a rate: two recordings of one host, 300 s of agent time apart"
rm -rf "$S"
show plugins/check_snmp_value --state-dir "$S" --walk-file $L \
    -o ifHCInOctets.4,ifHCOutOctets.4 --rate --rate-multiplier 8 -l in_bps,out_bps -w 100000000,100000000
show plugins/check_snmp_value --state-dir "$S" --walk-file $A \
    -o ifHCInOctets.4,ifHCOutOctets.4 --rate --rate-multiplier 8 -l in_bps,out_bps -w 100000000,100000000

echo
echo "check_snmp_storage, _memory, _load, _process, _uptime"
show plugins/check_snmp_storage --walk-file $L -w 80 -c 90
show plugins/check_snmp_storage --walk-file $X -w 80 -c 90
show plugins/check_snmp_storage --walk-file $X --list
show plugins/check_snmp_memory --walk-file $L -w 80 -c 90 --swap-warning 50 --swap-critical 80
show plugins/check_snmp_memory --walk-file $X -w 70 -c 90
show plugins/check_snmp_load --walk-file $L -w 4,3,2 -c 8,6,4
show plugins/check_snmp_load --walk-file $L -r -w 0.8,0.7,0.6 -c 2,1.5,1
show plugins/check_snmp_load --walk-file $X --cpu -w 70 -c 90 --core-warning 80
show plugins/check_snmp_load --walk-file $X
show plugins/check_snmp_process --walk-file $X -n svchost.exe -w 10: -c 5:
show plugins/check_snmp_process --walk-file $X -n sqlservr.exe --mem-warning 16GB --mem-critical 24GB
show plugins/check_snmp_process --walk-file $L -n sshd
show plugins/check_snmp_uptime --walk-file $X -w 15m: -c 5m:
show plugins/check_snmp_uptime --walk-file $L --source sysuptime -w 15m: -c 5m:

echo
echo "check_snmp_interface: status, and rates between two recordings"
rm -rf "$S"
show plugins/check_snmp_interface --walk-file $X --list
show plugins/check_snmp_interface --walk-file $X --status-only
# eth0 is a virtual NIC that reports no speed: --speed gives the % a base
show plugins/check_snmp_interface --state-dir "$S" --walk-file $L -n eth0 --speed 1G -w 80% -c 95%
show plugins/check_snmp_interface --state-dir "$S" --walk-file $A \
    -n eth0 --speed 1G -w 80% -c 95% --in-traffic-warning 100M
exit 0
