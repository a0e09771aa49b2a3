# A suite (run-one): walk files as people have them (issue 18) — one
# malformed record skips that record, not the file; gzip-compressed walks;
# snmpsim's raw and escaped values; net-snmp output options other than -On
# (tests/data/netsnmp-forms, recorded from snmpd by its record.sh).
D=$TOP/tests/data
F=$D/netsnmp-forms
IFC=$TOP/plugins/check_snmp_interface
STG=$TOP/plugins/check_snmp_storage

section "# walk files: a malformed record is skipped, and named when needed"
printf '%s\n' '.1.3.6.1.2.1.1.5.0 = STRING: "ok"' \
    '.1.3.6.1.2.1.31.1.1.1.1.1 = STRING: "Fa0/1"' \
    '.1.3.6.1.2.1.31.1.1.1.1.3 = INTEGER: Fa3/0/1' \
    'Timeout: No Response from 192.0.2.1' >"$WORK/skip.walk"
run_case "skip: the rest is served" 0 'SNMP OK - "ok"' $PLUGIN --walk-file "$WORK/skip.walk" -o sysName.0
run_case "skip: GET of the record names its line" 3 "SNMP UNKNOWN - $WORK/skip.walk:3: unreadable record of 1.3.6.1.2.1.31.1.1.1.1.3: bad INTEGER value 'Fa3/0/1'" $PLUGIN --walk-file "$WORK/skip.walk" -o 1.3.6.1.2.1.31.1.1.1.1.3
run_case "skip: GETNEXT onto it names its line" 3 "SNMP UNKNOWN - $WORK/skip.walk:3: unreadable record of *" $PLUGIN --walk-file "$WORK/skip.walk" -n -o 1.3.6.1.2.1.31.1.1.1.1.1
run_case "skip: a missing object says lines were unreadable" 3 "SNMP UNKNOWN - No such object on $WORK/skip.walk (1 unreadable line: -vv lists them): 1.3.6.1.2.1.1.6.0 (noSuchObject)" $PLUGIN --walk-file "$WORK/skip.walk" -o 1.3.6.1.2.1.1.6.0
run_case "skip: -vv" 0 'SNMP OK - "ok"' $PLUGIN --walk-file "$WORK/skip.walk" -o sysName.0 -vv
check "skip: -vv lists both lines" grep -q "skip.walk:3: bad INTEGER value 'Fa3/0/1' (record skipped)" "$WORK/stderr"
check "skip: -vv lists the line without an OID" grep -q "skip.walk:4: expected ' = ' after the OID (record skipped)" "$WORK/stderr"
run_case "skip: -v alone lists nothing" 0 'SNMP OK - "ok"' $PLUGIN --walk-file "$WORK/skip.walk" -o sysName.0 -v
check "skip: -v: stderr empty" test ! -s "$WORK/stderr"
# an ifName recorded under INTEGER (issue 18): the interface that needs
# the column fails naming it, by index it is not needed
sed 's|^\(\.1\.3\.6\.1\.2\.1\.31\.1\.1\.1\.1\.3 = \)STRING: "Gi1/0/3"|\1INTEGER: Gi1/0/3|' \
    "$D/interface-rates-after.walk" >"$WORK/ifname.walk"
run_case "skip: interface by name walks the column" 3 "INTERFACE UNKNOWN - $WORK/ifname.walk:251: unreadable record of 1.3.6.1.2.1.31.1.1.1.1.3: bad INTEGER value 'Gi1/0/3'" $IFC --walk-file "$WORK/ifname.walk" -n Gi1/0/2 --status-only
run_case "skip: interface by index does not need it" 0 "INTERFACE OK - Gi1/0/2 up" $IFC --walk-file "$WORK/ifname.walk" --index 2 --status-only
printf '%s\n' '.1.3.6.1.2.1.1.5.0 = Counter32: 4294967296' >"$WORK/none.walk"
run_case "skip: nothing left is no objects" 3 "SNMP UNKNOWN - Cannot use walk file: $WORK/none.walk: no objects: 1 record skipped, the first $WORK/none.walk:1: Counter32 value out of range" $PLUGIN --walk-file "$WORK/none.walk" -o sysName.0

section "# walk files: gzip, told by its magic octets"
gzip -9 -c "$D/windows-host.walk" >"$WORK/windows-host.walk.gz"
gzip -1 -c "$D/windows-host.walk" >"$WORK/windows-no-suffix.walk"
PLAIN=$($STG --walk-file "$D/windows-host.walk" -w 80 -c 90)
run_case "gzip -9: storage" 1 "STORAGE WARNING - *" $STG --walk-file "$WORK/windows-host.walk.gz" -w 80 -c 90
check "gzip -9: the same output as the plain walk" test "$OUT" = "$PLAIN"
run_case "gzip -1, any name: storage" 1 "STORAGE WARNING - *" $STG --walk-file "$WORK/windows-no-suffix.walk" -w 80 -c 90
check "gzip -1: the same output as the plain walk" test "$OUT" = "$PLAIN"
gzip -9 -c "$D/forms.snmprec" >"$WORK/forms.snmprec.gz"
run_case "gzip: snmprec" 0 "SNMP OK - 74.125.77.125" $PLUGIN --walk-file "$WORK/forms.snmprec.gz" -o 1.3.6.1.4.1.99999.2.20
head -c 2000 "$WORK/windows-host.walk.gz" >"$WORK/cut.walk.gz"
run_case "gzip: truncated" 3 "SNMP UNKNOWN - Cannot use walk file: $WORK/cut.walk.gz: truncated gzip stream: the compressed data ends early" $PLUGIN --walk-file "$WORK/cut.walk.gz" -o sysName.0
cp "$WORK/windows-host.walk.gz" "$WORK/crc.walk.gz"
# the CRC-32 is the trailer's first 4 of its last 8 octets
size=$(wc -c <"$WORK/crc.walk.gz")
printf '\377' | dd of="$WORK/crc.walk.gz" bs=1 seek=$((size - 8)) conv=notrunc 2>/dev/null
run_case "gzip: corrupt" 3 "SNMP UNKNOWN - Cannot use walk file: $WORK/crc.walk.gz: corrupt gzip stream: *" $PLUGIN --walk-file "$WORK/crc.walk.gz" -o sysName.0

section "# walk files: snmprec values as snmpsim reads them"
run_case "snmprec: raw IpAddress octets" 0 "SNMP OK - 74.125.77.125" $PLUGIN --walk-file "$D/forms.snmprec" -o 1.3.6.1.4.1.99999.2.20
run_case "snmprec: 'e' escapes" 0 "SNMP OK - 74 61 62 09 68 65 72 65 00 27" $PLUGIN --walk-file "$D/forms.snmprec" -o 1.3.6.1.4.1.99999.2.21
run_case "snmprec: a malformed record named" 3 "SNMP UNKNOWN - $D/forms.snmprec:27: unreadable record of 1.3.6.1.4.1.99999.2.23: bad INTEGER value 'Fa3/0/1'" $PLUGIN --walk-file "$D/forms.snmprec" -o 1.3.6.1.4.1.99999.2.23

section "# walk files: net-snmp output options"
for f in on default of os ou ox nomib; do
	run_case "forms: $f" 0 "SNMP OK - \"test-agent\" 4294967295 1.3.6.1.4.1.8072.3.2.10 | 'SNMPv2-SMI::enterprises.8072.9999.3.0'=4294967295" $PLUGIN --walk-file "$F/$f.walk" -o sysName.0,1.3.6.1.4.1.8072.9999.3.0,sysObjectID.0
done
run_case "forms: -Oq is not read" 3 "SNMP UNKNOWN - Cannot use walk file: $F/oq.walk: no objects: 62 records skipped, the first $F/oq.walk:1: no ' = ' after the OID: a value without a type (record the walk without -Oq)" $PLUGIN --walk-file "$F/oq.walk" -o sysName.0
run_case "forms: an unknown MIB's names" 3 "SNMP UNKNOWN - No such object on $F/testmib.walk (10 unreadable lines: -vv lists them): 1.3.6.1.4.1.8072.9999.3.0 (noSuchObject)" $PLUGIN --walk-file "$F/testmib.walk" -o 1.3.6.1.4.1.8072.9999.3.0
run_case "forms: a value under an unknown name" 3 "SNMP UNKNOWN - $F/testmib.walk:2: unreadable record of 1.3.6.1.2.1.1.2.0: bad OID value 'SNMP-PLUGINS-TEST-MIB::8072.3.2.10'" $PLUGIN --walk-file "$F/testmib.walk" -o sysObjectID.0
