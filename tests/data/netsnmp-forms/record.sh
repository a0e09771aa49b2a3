#!/bin/sh
# SPDX-License-Identifier: ISC
# Records the walks of this directory: the same objects of an snmpd started
# with contrib/snmpd/snmpd.conf (tests/integration/lib.sh start_snmpd), as
# net-snmp's snmpwalk prints them with each set of output options.  The
# stub MIBs in mibs/ are ours (the OIDs and syntaxes of the RFCs they name,
# no text of them): Debian ships no IETF MIB files.
#
#   tests/data/netsnmp-forms/record.sh HOST:PORT
#
# Only objects that do not change while the walks run are recorded, except
# sysUpTime and the 1-minute load, which the test compares by type.
set -eu
[ $# -eq 1 ] || { echo "usage: $0 HOST:PORT" >&2; exit 2; }
AGENT=$1
D=$(cd "$(dirname "$0")" && pwd)
MIBDIRS="$D/mibs:/usr/share/snmp/mibs"
export MIBDIRS
KNOWN=SNMPv2-MIB:IF-MIB:UCD-SNMP-MIB
# walk OPTIONS MIBS: the subtrees, the loopback interface and the 1-minute
# load (nothing that tells about the machine that runs the agent), then the
# three ways an agent says "nothing there", as snmpget/snmpgetnext print them
walk() {
	for t in .1.3.6.1.2.1.1 .1.3.6.1.4.1.2021.10.1.2 \
	    .1.3.6.1.6.3.10.2.1.1 .1.3.6.1.4.1.8072.9999; do
		MIBS=$2 snmpwalk $1 -v2c -c public "$AGENT" "$t" 2>/dev/null
	done
	MIBS=$2 snmpget $1 -v2c -c public "$AGENT" .1.3.6.1.2.1.2.2.1.2.1 \
	    .1.3.6.1.2.1.2.2.1.3.1 .1.3.6.1.2.1.2.2.1.6.1 \
	    .1.3.6.1.2.1.2.2.1.7.1 .1.3.6.1.2.1.31.1.1.1.1.1 \
	    .1.3.6.1.4.1.2021.10.1.3.1 .1.3.6.1.4.1.2021.10.1.6.1 \
	    .1.3.6.1.2.1.1.99.0 .1.3.6.1.2.1.1.5.1 2>/dev/null
	MIBS=$2 snmpgetnext $1 -v2c -c public "$AGENT" .1.3.6.1.9 2>/dev/null
}
walk -On "$KNOWN:SNMP-PLUGINS-TEST-MIB" >"$D/on.walk"
walk "" "$KNOWN" >"$D/default.walk"
walk -Of "$KNOWN" >"$D/of.walk"
walk -Os "$KNOWN" >"$D/os.walk"
walk -Ou "$KNOWN" >"$D/ou.walk"
walk -OX "$KNOWN" >"$D/ox.walk"
walk "" "" >"$D/nomib.walk"
walk "" "$KNOWN:SNMP-PLUGINS-TEST-MIB" >"$D/testmib.walk"
walk -Oq "$KNOWN" >"$D/oq.walk"
