# A suite (run-one): check_snmp_load and check_snmp_memory on network
# devices (docs/design/sensor-spec.md 2 and 3): the vendor CPU tables and
# memory pools of the device walks in tests/data, compared whole with the
# figures their .md files work out by hand; the same walks over the wire
# (walk_agent, v1 and v2c); hostile rows; --mib and the options that
# exclude each other.
section "# network devices: check_snmp_load and check_snmp_memory"
ND_LOAD="$TOP/plugins/check_snmp_load"
ND_MEM="$TOP/plugins/check_snmp_memory"
ND_D="$TOP/tests/data"

# nd_out NAME RC CMD... <<EOF (the whole expected output) EOF
nd_out() {
	nd_name=$1 nd_rc=$2
	shift 2
	nd_want=$(cat)
	[ "${PAR_SELF:-0}" != 0 ] || mc_next
	OUT=$("$@" 2>"$WORK/stderr")
	RC=$?
	if [ "$RC" = "$nd_rc" ] && [ "$OUT" = "$nd_want" ]; then
		PASS=$((PASS + 1))
		echo "ok   $nd_name"
		return 0
	fi
	FAIL=$((FAIL + 1))
	echo "FAIL $nd_name"
	echo "     command:  $*"
	echo "     expected: rc=$nd_rc"
	printf '%s\n' "$nd_want" | sed 's/^/       /'
	echo "     got:      rc=$RC"
	printf '%s\n' "$OUT" | sed 's/^/       /'
	return 1
}

section "# check_snmp_load: vendor CPUs (sensor spec 2.5)"
nd_out "load: catalyst, acceptance with -w/-c" 1 $ND_LOAD --walk-file "$ND_D/cisco-catalyst.walk" '-w' '80,70,60' '-c' '95,90,80' <<'EOF'
LOAD WARNING - Switch 1 - CPU: 5 s *90%*, 1 min 53%, 5 min 25% | 'cpu_5s'=90%;80;95;0;100 'cpu_1m'=53%;70;90;0;100 'cpu_5m'=25%;60;80;0;100
Switch 1 - CPU: 5 s 90% WARNING, 1 min 53%, 5 min 25% (CISCO-PROCESS-MIB cpmCPUTotalIndex 1, entPhysicalIndex 1004)
EOF
nd_out "load: catalyst, no thresholds" 0 $ND_LOAD --walk-file "$ND_D/cisco-catalyst.walk" <<'EOF'
LOAD OK - Switch 1 - CPU: 5 s 90%, 1 min 53%, 5 min 25% | 'cpu_5s'=90%;;;0;100 'cpu_1m'=53%;;;0;100 'cpu_5m'=25%;;;0;100
Switch 1 - CPU: 5 s 90%, 1 min 53%, 5 min 25% (CISCO-PROCESS-MIB cpmCPUTotalIndex 1, entPhysicalIndex 1004)
EOF
nd_out "load: catalyst, one range for all three" 2 $ND_LOAD --walk-file "$ND_D/cisco-catalyst.walk" '-c' '85' <<'EOF'
LOAD CRITICAL - Switch 1 - CPU: 5 s *90%*, 1 min 53%, 5 min 25% | 'cpu_5s'=90%;;85;0;100 'cpu_1m'=53%;;85;0;100 'cpu_5m'=25%;;85;0;100
Switch 1 - CPU: 5 s 90% CRITICAL, 1 min 53%, 5 min 25% (CISCO-PROCESS-MIB cpmCPUTotalIndex 1, entPhysicalIndex 1004)
EOF
nd_out "load: isr, three CPUs, one unnamed" 1 $ND_LOAD --walk-file "$ND_D/cisco-isr.walk" '-w' '15,80,80' <<'EOF'
LOAD WARNING - 3 CPUs (5 s, 1 min, 5 min): module R0 8% 6% 5%, module F0 2% 1% 1%, cpu 4 *17%* 15% 14% | 'module R0_5s'=8%;15;;0;100 'module R0_1m'=6%;80;;0;100 'module R0_5m'=5%;80;;0;100 'module F0_5s'=2%;15;;0;100 'module F0_1m'=1%;80;;0;100 'module F0_5m'=1%;80;;0;100 'cpu 4_5s'=17%;15;;0;100 'cpu 4_1m'=15%;80;;0;100 'cpu 4_5m'=14%;80;;0;100
module R0: 5 s 8%, 1 min 6%, 5 min 5% (CISCO-PROCESS-MIB cpmCPUTotalIndex 2, entPhysicalIndex 7000)
module F0: 5 s 2%, 1 min 1%, 5 min 1% (CISCO-PROCESS-MIB cpmCPUTotalIndex 3, entPhysicalIndex 9000)
cpu 4: 5 s 17% WARNING, 1 min 15%, 5 min 14% (CISCO-PROCESS-MIB cpmCPUTotalIndex 4)
EOF
nd_out "load: nx-os" 0 $ND_LOAD --walk-file "$ND_D/cisco-nxos.walk" <<'EOF'
LOAD OK - Nexus9000 C93180YC-EX Supervisor: 5 s 12%, 1 min 9%, 5 min 8% | 'cpu_5s'=12%;;;0;100 'cpu_1m'=9%;;;0;100 'cpu_5m'=8%;;;0;100
Nexus9000 C93180YC-EX Supervisor: 5 s 12%, 1 min 9%, 5 min 8% (CISCO-PROCESS-MIB cpmCPUTotalIndex 1, entPhysicalIndex 22)
EOF
nd_out "load: juniper, averages and now" 1 $ND_LOAD --walk-file "$ND_D/juniper.walk" '-w' '30,70,60' <<'EOF'
LOAD WARNING - 4 CPUs (now): FPC: MPC7E 3D 40XGE @ 0/*/* 21%, FPC: MPC 3D 16x 10GE @ 1/*/* *35%*, Routing Engine 0 1 min 9% 5 min 8% 15 min 8%, Routing Engine 1 1 min 1% 5 min 1% 15 min 1% | 'FPC: MPC7E 3D 40XGE @ 0/*/*_now'=21%;30;;0;100 'FPC: MPC 3D 16x 10GE @ 1/*/*_now'=35%;30;;0;100 'Routing Engine 0_1m'=9%;30;;0;100 'Routing Engine 0_5m'=8%;70;;0;100 'Routing Engine 0_15m'=8%;60;;0;100 'Routing Engine 1_1m'=1%;30;;0;100 'Routing Engine 1_5m'=1%;70;;0;100 'Routing Engine 1_15m'=1%;60;;0;100
FPC: MPC7E 3D 40XGE @ 0/*/*: now 21% (JUNIPER-MIB jnxOperatingIndex 7.1.0.0)
FPC: MPC 3D 16x 10GE @ 1/*/*: now 35% WARNING (JUNIPER-MIB jnxOperatingIndex 7.2.0.0)
Routing Engine 0: 1 min 9%, 5 min 8%, 15 min 8% (JUNIPER-MIB jnxOperatingIndex 9.1.0.0, now 12%)
Routing Engine 1: 1 min 1%, 5 min 1%, 15 min 1% (JUNIPER-MIB jnxOperatingIndex 9.2.0.0, now 1%)
EOF
nd_out "load: hp, one figure, the first range" 0 $ND_LOAD --walk-file "$ND_D/hp-procurve.walk" '-w' '80,70,60' <<'EOF'
LOAD OK - CPU: 7% | 'cpu'=7%;80;;0;100
CPU: 7% (HP STATISTICS-MIB hpSwitchCpuStat.0)
EOF
nd_out "load: hostile rows" 3 $ND_LOAD --walk-file "$ND_D/sensor-hostile.walk" <<'EOF'
LOAD UNKNOWN - 2 CPUs (5 s, 1 min, 5 min): Chassis *101 is not a percentage* 50% 40%, cpu 2 10% *no cpmCPUTotal1minRev* 12% | 'Chassis_1m'=50%;;;0;100 'Chassis_5m'=40%;;;0;100 'cpu 2_5s'=10%;;;0;100 'cpu 2_5m'=12%;;;0;100
Chassis: 5 s 101 is not a percentage UNKNOWN, 1 min 50%, 5 min 40% (CISCO-PROCESS-MIB cpmCPUTotalIndex 1, entPhysicalIndex 1)
cpu 2: 5 s 10%, 1 min no cpmCPUTotal1minRev UNKNOWN, 5 min 12% (CISCO-PROCESS-MIB cpmCPUTotalIndex 2, entPhysicalIndex 77)
EOF
nd_out "load: --mib cisco" 0 $ND_LOAD --walk-file "$ND_D/cisco-catalyst.walk" '--mib' 'cisco' '-w' '95' <<'EOF'
LOAD OK - Switch 1 - CPU: 5 s 90%, 1 min 53%, 5 min 25% | 'cpu_5s'=90%;95;;0;100 'cpu_1m'=53%;95;;0;100 'cpu_5m'=25%;95;;0;100
Switch 1 - CPU: 5 s 90%, 1 min 53%, 5 min 25% (CISCO-PROCESS-MIB cpmCPUTotalIndex 1, entPhysicalIndex 1004)
EOF
nd_out "load: --mib juniper on a Cisco" 3 $ND_LOAD --walk-file "$ND_D/cisco-catalyst.walk" '--mib' 'juniper' <<EOF
LOAD UNKNOWN - No CPU figures in JUNIPER-MIB on $ND_D/cisco-catalyst.walk
EOF
nd_out "load: --mib ucd on a Cisco" 3 $ND_LOAD --walk-file "$ND_D/cisco-catalyst.walk" '--mib' 'ucd' <<'EOF'
LOAD UNKNOWN - the agent has no UCD-SNMP-MIB laTable (not net-snmp?): use --cpu
EOF
nd_out "load: no vendor, hrProcessorLoad answers" 3 $ND_LOAD --walk-file "$ND_D/windows-host.walk" <<'EOF'
LOAD UNKNOWN - the agent has no UCD-SNMP-MIB laTable and no CISCO-PROCESS-MIB, JUNIPER-MIB or HP STATISTICS-MIB CPU figures: use --cpu
EOF
nd_out "load: no vendor, nothing" 3 $ND_LOAD --walk-file "$ND_D/netsnmp-system.walk" <<'EOF'
LOAD UNKNOWN - the agent has no UCD-SNMP-MIB laTable and no CISCO-PROCESS-MIB, JUNIPER-MIB or HP STATISTICS-MIB CPU figures
EOF
nd_out "load: a host keeps its load averages" 0 $ND_LOAD --walk-file "$ND_D/linux-host.walk" '-w' '4,3,2' <<'EOF'
LOAD OK - load average: 1.67, 1.19, 0.56 | 'load1'=1.67;4;;0 'load5'=1.19;3;;0 'load15'=0.56;2;;0
Load-1: 1.67
Load-5: 1.19
Load-15: 0.56
EOF
section "# check_snmp_memory: vendor pools (sensor spec 3.6)"
nd_out "memory: catalyst, acceptance" 0 $ND_MEM --walk-file "$ND_D/cisco-catalyst.walk" <<'EOF'
MEMORY OK - Processor 51.31% used (33.35 MiB of 65.00 MiB, 31.65 MiB free), I/O 69.22% used (8.31 MiB of 12.00 MiB, 3.69 MiB free) | 'Processor'=34973844B;;;0;68158780 'Processor %'=51.31%;;;0;100 'I/O'=8710324B;;;0;12582912 'I/O %'=69.22%;;;0;100
[OK] Processor: 51.31% used (33.35 MiB of 65.00 MiB, 31.65 MiB free)
[OK] I/O: 69.22% used (8.31 MiB of 12.00 MiB, 3.69 MiB free)
EOF
nd_out "memory: catalyst -w 60 -c 80" 1 $ND_MEM --walk-file "$ND_D/cisco-catalyst.walk" '-w' '60' '-c' '80' <<'EOF'
MEMORY WARNING - Processor 51.31% used (33.35 MiB of 65.00 MiB, 31.65 MiB free), I/O *69.22%* used (8.31 MiB of 12.00 MiB, 3.69 MiB free) | 'Processor'=34973844B;40895268;54527024;0;68158780 'Processor %'=51.31%;60;80;0;100 'I/O'=8710324B;7549747;10066329;0;12582912 'I/O %'=69.22%;60;80;0;100
[OK] Processor: 51.31% used (33.35 MiB of 65.00 MiB, 31.65 MiB free)
[WARNING] I/O: 69.22% used (8.31 MiB of 12.00 MiB, 3.69 MiB free)
EOF
nd_out "memory: catalyst -v, the columns" 0 $ND_MEM --walk-file "$ND_D/cisco-catalyst.walk" '-v' <<'EOF'
MEMORY OK - Processor 51.31% used (33.35 MiB of 65.00 MiB, 31.65 MiB free), I/O 69.22% used (8.31 MiB of 12.00 MiB, 3.69 MiB free) | 'Processor'=34973844B;;;0;68158780 'Processor %'=51.31%;;;0;100 'I/O'=8710324B;;;0;12582912 'I/O %'=69.22%;;;0;100
[OK] Processor: 51.31% used (33.35 MiB of 65.00 MiB, 31.65 MiB free)
Processor: CISCO-MEMORY-POOL-MIB, used 32-bit, free 32-bit
[OK] I/O: 69.22% used (8.31 MiB of 12.00 MiB, 3.69 MiB free)
I/O: CISCO-MEMORY-POOL-MIB, used 32-bit, free 32-bit
EOF
nd_out "memory: isr, 64-bit, lsmpi_io left out" 0 $ND_MEM --walk-file "$ND_D/cisco-isr.walk" <<'EOF'
MEMORY OK - Processor 60.91% used (4.67 GiB of 7.66 GiB, 3.00 GiB free), reserve Processor 0.09% used (88 B of 100.00 KiB, 99.92 KiB free) | 'Processor'=5012345678B;;;0;8228888888 'Processor %'=60.91%;;;0;100 'reserve Processor'=88B;;;0;102404 'reserve Processor %'=0.09%;;;0;100
[OK] Processor: 60.91% used (4.67 GiB of 7.66 GiB, 3.00 GiB free)
[OK] reserve Processor: 0.09% used (88 B of 100.00 KiB, 99.92 KiB free)
EOF
nd_out "memory: isr -w 60 -c 80" 1 $ND_MEM --walk-file "$ND_D/cisco-isr.walk" '-w' '60' '-c' '80' <<'EOF'
MEMORY WARNING - Processor *60.91%* used (4.67 GiB of 7.66 GiB, 3.00 GiB free), reserve Processor 0.09% used (88 B of 100.00 KiB, 99.92 KiB free) | 'Processor'=5012345678B;4937333332;6583111110;0;8228888888 'Processor %'=60.91%;60;80;0;100 'reserve Processor'=88B;61442;81923;0;102404 'reserve Processor %'=0.09%;60;80;0;100
[WARNING] Processor: 60.91% used (4.67 GiB of 7.66 GiB, 3.00 GiB free)
[OK] reserve Processor: 0.09% used (88 B of 100.00 KiB, 99.92 KiB free)
EOF
nd_out "memory: isr --mib cisco-mempool, the 32-bit view" 0 $ND_MEM --walk-file "$ND_D/cisco-isr.walk" '--mib' 'cisco-mempool' <<'EOF'
MEMORY OK - Processor 18.24% used (684.15 MiB of 3.66 GiB, 3.00 GiB free), reserve Processor 0.09% used (88 B of 100.00 KiB, 99.92 KiB free) | 'Processor'=717378382B;;;0;3933921592 'Processor %'=18.24%;;;0;100 'reserve Processor'=88B;;;0;102404 'reserve Processor %'=0.09%;;;0;100
[OK] Processor: 18.24% used (684.15 MiB of 3.66 GiB, 3.00 GiB free)
[OK] reserve Processor: 0.09% used (88 B of 100.00 KiB, 99.92 KiB free)
EOF
nd_out "memory: enhanced pools without HC, two entities" 3 $ND_MEM --walk-file "$ND_D/cisco-mempool-32.walk" '-v' <<'EOF'
MEMORY UNKNOWN - module R0 Processor 60.91% used (4.67 GiB of 7.66 GiB, 3.00 GiB free), module R0 Clamped: the used figure is clamped at 4294967295, module F0 Processor 25.00% used (1.00 MiB of 4.00 MiB, 3.00 MiB free) | 'module R0 Processor'=5012345678B;;;0;8228888888 'module R0 Processor %'=60.91%;;;0;100 'module F0 Processor'=1048576B;;;0;4194304 'module F0 Processor %'=25%;;;0;100
[OK] module R0 Processor: 60.91% used (4.67 GiB of 7.66 GiB, 3.00 GiB free)
module R0 Processor: CISCO-ENHANCED-MEMPOOL-MIB, used Ovrflw + low word, free Ovrflw + low word
[UNKNOWN] module R0 Clamped: the used figure is clamped at 4294967295
[OK] module F0 Processor: 25.00% used (1.00 MiB of 4.00 MiB, 3.00 MiB free)
module F0 Processor: CISCO-ENHANCED-MEMPOOL-MIB, used Ovrflw + low word, free Ovrflw + low word
EOF
nd_out "memory: nx-os CPU memory" 1 $ND_MEM --walk-file "$ND_D/cisco-nxos.walk" '-w' '40' '-c' '60' <<'EOF'
MEMORY WARNING - Nexus9000 C93180YC-EX Supervisor *48.81%* used (3.73 GiB of 7.65 GiB, 3.91 GiB free) | 'Nexus9000 C93180YC-EX Supervisor'=4006912000B;3283763200;4925644800;0;8209408000 'Nexus9000 C93180YC-EX Supervisor %'=48.81%;40;60;0;100
[WARNING] Nexus9000 C93180YC-EX Supervisor: 48.81% used (3.73 GiB of 7.65 GiB, 3.91 GiB free)
EOF
nd_out "memory: juniper -w 40 -c 60" 1 $ND_MEM --walk-file "$ND_D/juniper.walk" '-w' '40' '-c' '60' <<'EOF'
MEMORY WARNING - FPC: MPC7E 3D 40XGE @ 0/*/* heap 31%, FPC: MPC7E 3D 40XGE @ 0/*/* buffer 14%, FPC: MPC 3D 16x 10GE @ 1/*/* heap *42%*, Routing Engine 0 37%, Routing Engine 1 11% | 'FPC: MPC7E 3D 40XGE @ 0/*/* heap'=31%;40;60;0;100 'FPC: MPC7E 3D 40XGE @ 0/*/* buffer'=14%;40;60;0;100 'FPC: MPC 3D 16x 10GE @ 1/*/* heap'=42%;40;60;0;100 'Routing Engine 0'=37%;40;60;0;100 'Routing Engine 1'=11%;40;60;0;100
[OK] FPC: MPC7E 3D 40XGE @ 0/*/* heap: 31% used (of 2.00 GiB)
[OK] FPC: MPC7E 3D 40XGE @ 0/*/* buffer: 14% used (of 2.00 GiB)
[WARNING] FPC: MPC 3D 16x 10GE @ 1/*/* heap: 42% used (of 1.00 GiB)
[OK] Routing Engine 0: 37% used (of 16.00 GiB)
[OK] Routing Engine 1: 11% used (of 16.00 GiB)
EOF
nd_out "memory: juniper, a byte threshold" 3 $ND_MEM --walk-file "$ND_D/juniper.walk" '-w' '2GB' <<'EOF'
MEMORY UNKNOWN - FPC: MPC7E 3D 40XGE @ 0/*/* heap: JUNIPER-MIB gives percentages only, FPC: MPC7E 3D 40XGE @ 0/*/* buffer: JUNIPER-MIB gives percentages only, FPC: MPC 3D 16x 10GE @ 1/*/* heap: JUNIPER-MIB gives percentages only, Routing Engine 0: JUNIPER-MIB gives percentages only, Routing Engine 1: JUNIPER-MIB gives percentages only
[UNKNOWN] FPC: MPC7E 3D 40XGE @ 0/*/* heap: JUNIPER-MIB gives percentages only
[UNKNOWN] FPC: MPC7E 3D 40XGE @ 0/*/* buffer: JUNIPER-MIB gives percentages only
[UNKNOWN] FPC: MPC 3D 16x 10GE @ 1/*/* heap: JUNIPER-MIB gives percentages only
[UNKNOWN] Routing Engine 0: JUNIPER-MIB gives percentages only
[UNKNOWN] Routing Engine 1: JUNIPER-MIB gives percentages only
EOF
nd_out "memory: hp -w 30 -c 50" 1 $ND_MEM --walk-file "$ND_D/hp-procurve.walk" '-w' '30' '-c' '50' <<'EOF'
MEMORY WARNING - slot 1 *35.55%* used (116.48 MiB of 327.67 MiB, 211.18 MiB free) | 'slot 1'=122142720B;103075430;171792384;0;343584768 'slot 1 %'=35.55%;30;50;0;100
[WARNING] slot 1: 35.55% used (116.48 MiB of 327.67 MiB, 211.18 MiB free)
EOF
nd_out "memory: hp, available bytes" 0 $ND_MEM --walk-file "$ND_D/hp-procurve.walk" '-w' '100MB' <<'EOF'
MEMORY OK - slot 1 35.55% used (116.48 MiB of 327.67 MiB, 211.18 MiB free) | 'slot 1'=122142720B;~:238727040;;0;343584768 'slot 1 %'=35.55%;;;0;100
[OK] slot 1: 35.55% used (116.48 MiB of 327.67 MiB, 211.18 MiB free)
EOF
nd_out "memory: hostile pools" 3 $ND_MEM --walk-file "$ND_D/sensor-hostile.walk" <<'EOF'
MEMORY UNKNOWN - Processor: the agent marks this pool as not accurate, I/O: no size, PCI: the used figure is clamped at 4294967295, pool 4: no free figure
[UNKNOWN] Processor: the agent marks this pool as not accurate
[OK] I/O: no size
[UNKNOWN] PCI: the used figure is clamped at 4294967295
[UNKNOWN] pool 4: no free figure
EOF
nd_out "memory: --mib hp on a Cisco" 3 $ND_MEM --walk-file "$ND_D/cisco-catalyst.walk" '--mib' 'hp' <<EOF
MEMORY UNKNOWN - No memory pools in NETSWITCH-MIB on $ND_D/cisco-catalyst.walk
EOF
nd_out "memory: --mib ucd on a Cisco" 3 $ND_MEM --walk-file "$ND_D/cisco-catalyst.walk" '--mib' 'ucd' <<EOF
MEMORY UNKNOWN - No UCD-SNMP-MIB memory on $ND_D/cisco-catalyst.walk (memTotalReal missing): not a net-snmp agent? Leave out --ucd to use hrStorageTable
EOF
nd_out "memory: a host keeps UCD memory" 0 $ND_MEM --walk-file "$ND_D/linux-host.walk" '-w' '80' <<'EOF'
MEMORY OK - RAM 0.39% used (93.71 MiB of 23.54 GiB, 23.45 GiB available), no swap | 'ram'=98258944B;20220847718;;0;25276059648 'ram %'=0.39%;80;;0;100 'swap'=0B;;;0;0 'buffers'=3522560B 'cached'=489328640B
[OK] RAM 0.39% used (93.71 MiB of 23.54 GiB, 23.45 GiB available)
[OK] no swap
EOF

section "# hostile rows: strings, INT32_MIN, Gauge32 ceilings, device text"
# Row 1: cpmCPUMonInterval 0 (no short figure from it), 5secRev a STRING, a
# name with '|' and a newline; row 2: INT32_MIN as PhysicalIndex and 1min,
# 4294967295 as 5secRev, no 5min.  Pools: Valid 3 (outside the TruthValue:
# not "false", so read), Used a STRING.
cat >"$WORK/hostile-netdev.walk" <<'EOF'
.1.3.6.1.2.1.47.1.1.1.1.7.5 = STRING: "CPU|one
two"
.1.3.6.1.4.1.9.9.48.1.1.1.2.1 = STRING: "Pipe|pool"
.1.3.6.1.4.1.9.9.48.1.1.1.2.2 = STRING: "Huge"
.1.3.6.1.4.1.9.9.48.1.1.1.4.1 = INTEGER: 3
.1.3.6.1.4.1.9.9.48.1.1.1.4.2 = INTEGER: 1
.1.3.6.1.4.1.9.9.48.1.1.1.5.1 = Gauge32: 10
.1.3.6.1.4.1.9.9.48.1.1.1.5.2 = STRING: "lots"
.1.3.6.1.4.1.9.9.48.1.1.1.6.1 = Gauge32: 30
.1.3.6.1.4.1.9.9.48.1.1.1.6.2 = Gauge32: 1
.1.3.6.1.4.1.9.9.109.1.1.1.1.2.1 = INTEGER: 5
.1.3.6.1.4.1.9.9.109.1.1.1.1.2.2 = INTEGER: -2147483648
.1.3.6.1.4.1.9.9.109.1.1.1.1.6.1 = STRING: "90"
.1.3.6.1.4.1.9.9.109.1.1.1.1.6.2 = Gauge32: 4294967295
.1.3.6.1.4.1.9.9.109.1.1.1.1.7.1 = Gauge32: 100
.1.3.6.1.4.1.9.9.109.1.1.1.1.7.2 = INTEGER: -2147483648
.1.3.6.1.4.1.9.9.109.1.1.1.1.8.1 = Gauge32: 0
.1.3.6.1.4.1.9.9.109.1.1.1.1.9.1 = Gauge32: 0
.1.3.6.1.4.1.9.9.109.1.1.1.1.10.1 = Gauge32: 77
EOF
nd_out "hostile: CPU rows" 3 $ND_LOAD --walk-file "$WORK/hostile-netdev.walk" <<'EOF'
LOAD UNKNOWN - 2 CPUs (5 s, 1 min, 5 min): CPU/one\ntwo *STRING is not a number* 100% 0%, cpu 2 *4294967295 is not a percentage* *-2147483648 is not a percentage* *no cpmCPUTotal5minRev* | 'CPU/one\ntwo_1m'=100%;;;0;100 'CPU/one\ntwo_5m'=0%;;;0;100
CPU/one\ntwo: 5 s STRING is not a number UNKNOWN, 1 min 100%, 5 min 0% (CISCO-PROCESS-MIB cpmCPUTotalIndex 1, entPhysicalIndex 5)
cpu 2: 5 s 4294967295 is not a percentage UNKNOWN, 1 min -2147483648 is not a percentage UNKNOWN, 5 min no cpmCPUTotal5minRev UNKNOWN (CISCO-PROCESS-MIB cpmCPUTotalIndex 2)
EOF
nd_out "hostile: pools" 3 $ND_MEM --walk-file "$WORK/hostile-netdev.walk" <<'EOF'
MEMORY UNKNOWN - Pipe/pool 25.00% used (10 B of 40 B, 30 B free), Huge: no used figure | 'Pipe/pool'=10B;;;0;40 'Pipe/pool %'=25%;;;0;100
[OK] Pipe/pool: 25.00% used (10 B of 40 B, 30 B free)
[UNKNOWN] Huge: no used figure
EOF

section "# bad options"
ND_C="--walk-file $ND_D/cisco-catalyst.walk"
run_case "load: unknown --mib" 3 "LOAD UNKNOWN - Invalid --mib 'foo': expected auto, ucd, host-resources, cisco, juniper or hp" $ND_LOAD $ND_C --mib foo
run_case "load: --cpu and --mib cisco" 3 "LOAD UNKNOWN - --cpu reads HOST-RESOURCES-MIB: it excludes --mib cisco" $ND_LOAD $ND_C --mib cisco --cpu
run_case "load: -r and --mib cisco" 3 "LOAD UNKNOWN - -r needs UCD laTable (--mib cisco has CPU utilisation, already per CPU)" $ND_LOAD $ND_C --mib cisco -r
run_case "load: -r on a Cisco found by the probe" 3 "LOAD UNKNOWN - -r needs UCD laTable (CISCO-PROCESS-MIB has CPU utilisation, already per CPU)" $ND_LOAD $ND_C -r
run_case "load: four ranges" 3 "LOAD UNKNOWN - Invalid warning thresholds '1,2,3,4': *" $ND_LOAD $ND_C -w 1,2,3,4
run_case "memory: unknown --mib" 3 "MEMORY UNKNOWN - Invalid --mib 'foo': expected auto, ucd, host-resources, cisco, cisco-enhanced, cisco-mempool, cisco-cpu, juniper or hp" $ND_MEM $ND_C --mib foo
run_case "memory: --mib ucd and --hrstorage" 3 "MEMORY UNKNOWN - --hrstorage and --ucd exclude each other" $ND_MEM $ND_C --mib ucd --hrstorage

section "# over the wire (walk_agent serving the device walks)"
# The probe's GETNEXT (v1: a noSuchName drops a varbind and the rest are
# asked again), the table walks (GETBULK for v2c, GETNEXT for v1) and the
# ENTITY-MIB GETs must give exactly what the walk file gives.
nd_wire() {
	start_agent "$TOP/tests/integration/walk_agent" "$ND_D/$1.walk"
	for nw_v in 1 2c; do
		for nw_p in load memory; do
			nw_want=$("$TOP/plugins/check_snmp_$nw_p" --walk-file "$ND_D/$1.walk" -v -w 60)
			nw_rc=$?
			nd_out "wire: $nw_p $1 -P $nw_v" $nw_rc "$TOP/plugins/check_snmp_$nw_p" \
			    -H 127.0.0.1 -p "$AGENT_PORT" -P $nw_v -v -w 60 <<EOF
$nw_want
EOF
		done
	done
	kill "$AGENT_PID" 2>/dev/null
	wait "$AGENT_PID" 2>/dev/null
}
for w in cisco-catalyst cisco-isr cisco-mempool-32 cisco-nxos juniper hp-procurve sensor-hostile; do
	par nd_wire "$w"
done
