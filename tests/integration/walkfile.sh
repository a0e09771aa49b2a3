# A suite (run-one): check_snmp_value answering from walk
# files (a real net-snmp recording and an snmpsim .snmprec), like an agent.
section "# walk files"
WF="$PLUGIN --walk-file $TOP/tests/data/netsnmp-system.walk"
SR="$PLUGIN --walk-file $TOP/tests/data/forms.snmprec"
run_case "walk: string" 0 'SNMP OK - "vm"' $WF -o sysName.0
run_case "walk: Timeticks with threshold" 2 "SNMP CRITICAL - *27830* | 'SNMPv2-MIB::sysUpTime.0'=27830;;30000:" $WF -o sysUpTime.0 -c 30000:
run_case "walk: Counter32" 0 "SNMP OK - lo in * | 'lo in'=*c" $WF -o 1.3.6.1.2.1.2.2.1.10.1 -l 'lo in'
run_case "walk: noSuchInstance like an agent" 3 "SNMP UNKNOWN - No such object on $TOP/tests/data/netsnmp-system.walk: sysName.1 (noSuchInstance)" $WF -o sysName.1
run_case "walk: noSuchObject like an agent" 3 "SNMP UNKNOWN - No such object on $TOP/tests/data/netsnmp-system.walk: 1.3.6.1.2.1.1.99.0 (noSuchObject)" $WF -o 1.3.6.1.2.1.1.99.0
run_case "walk: v1 reports noSuchName" 3 "SNMP UNKNOWN - No such object on *: 1.3.6.1.2.1.1.99.0 (noSuchName)" $WF -P 1 -o 1.3.6.1.2.1.1.99.0
run_case "walk: GETNEXT" 0 'SNMP OK - "vm"' $WF -n -o 1.3.6.1.2.1.1.5
run_case "walk: GETNEXT past the end" 3 "SNMP UNKNOWN - No such object on *: 1.3.6.1.9 (endOfMibView)" $WF -n -o 1.3.6.1.9
run_case "walk: regex on sysDescr" 0 'SNMP OK - "Linux *"' $WF -o sysDescr.0 -r '^Linux'
run_case "snmprec: string with |" 0 'SNMP OK - "a/b with bars"' $SR -o 1.3.6.1.4.1.99999.2.16
run_case "snmprec: Counter64 max" 0 "SNMP OK - 18446744073709551615 | 'iso.3.6.1.4.1.99999.2.14'=18446744073709551615c" $SR -o 1.3.6.1.4.1.99999.2.14
run_case "snmprec: hex string" 0 "SNMP OK - 00 A1 FF" $SR -o 1.3.6.1.4.1.99999.2.2
run_case "snmprec: Opaque float" 1 "SNMP WARNING - *1.5* | 'iso.3.6.1.4.1.99999.2.12'=1.5;1" $SR -o 1.3.6.1.4.1.99999.2.12 -w 1
run_case "snmprec: IpAddress" 0 "SNMP OK - 127.0.0.1" $SR -o 1.3.6.1.4.1.99999.2.7
run_case "missing walk file" 3 "SNMP UNKNOWN - Cannot use walk file: /nonexistent.walk: No such file or directory" $PLUGIN --walk-file /nonexistent.walk -o sysName.0
printf '.1.3.6.1.2.1.1.5.0 = STRING: "ok"\n.1.3.6.1.2.1.1.6.0 = Counter32: 4294967296\n' >"$WORK/bad.walk"
run_case "a malformed record is skipped, the rest served" 0 'SNMP OK - "ok"' $PLUGIN --walk-file "$WORK/bad.walk" -o sysName.0
run_case "a malformed record names file and line" 3 "SNMP UNKNOWN - $WORK/bad.walk:2: unreadable record of 1.3.6.1.2.1.1.6.0: Counter32 value out of range" $PLUGIN --walk-file "$WORK/bad.walk" -o 1.3.6.1.2.1.1.6.0
run_case "demo walk" 0 "SNMP OK - load1 0.17 | 'load1'=0.17;4;8" $PLUGIN --walk-file "$TOP/contrib/walks/demo-snmpd.walk" -o laLoad.1 -l load1 -w 4 -c 8
