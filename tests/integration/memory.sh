# A suite (run-one, after start_snmpd): check_snmp_memory
# against the real snmpd (expected figures read independently with net-snmp
# snmpget/snmpwalk and computed here in awk), the recorded walks (figures
# from their .md sidecars) and the hand-made tests/data/memory-*.walk.
section "# check_snmp_memory"
MEM="$TOP/plugins/check_snmp_memory"
MEM_DATA="$TOP/tests/data"
MEM_L="$MEM --walk-file $MEM_DATA/linux-host.walk"
MEM_W="$MEM --walk-file $MEM_DATA/windows-host.walk"
MEM_S="$MEM --walk-file $MEM_DATA/memory-swap.walk"
MEM_H="$MEM --walk-file $MEM_DATA/memory-hronly.walk"
MEM_B="$MEM --walk-file $MEM_DATA/memory-broken.walk"
# die() prints this service word (plugin.c)
MEM_D=MEMORY

# memory_line NAME N TEXT: line N of the last output is exactly TEXT.
memory_line() {
	got=$(printf '%s\n' "$OUT" | sed -n "$2p")
	if [ "$got" = "$3" ]; then
		PASS=$((PASS + 1))
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $1: line $2"
		echo "     expected: $3"
		echo "     got:      $got"
	fi
}

# The plugin's rules, written again from the MIB figures: awk reads
# "snmpget -On" lines of UCD memory and "snmpwalk -On" lines of
# hrStorageEntry, and prints the exit code, then the whole expected
# output.  mode: ucd (buffers and cache available), cache (--cache-used),
# sysavail, hr (--hrstorage), hrcache (--hrstorage --cache-used); w and c:
# used-% ranges "N" on RAM; cf: critical below this many available bytes.
MEMORY_AWK='
function human(b,  d, i) {
	if (b < 1024)
		return sprintf("%.0f B", b)
	split("KiB MiB GiB TiB PiB EiB", u, " ")
	d = b; i = 0
	while (d >= 1024 && i < 6) { d /= 1024; i++ }
	return sprintf("%.2f %s", d, u[i])
}
function n0(x) { return sprintf("%.0f", x) }
function pnum(x,  s) {
	s = sprintf("%.2f", x); sub(/0+$/, "", s); sub(/\.$/, "", s)
	return s
}
function floor0(x) { return x == int(x) ? x : (x > 0 ? int(x) : int(x) - 1) }
{
	v = $0
	sub(/^[^=]*= [A-Za-z0-9]+: /, "", v)
	if (v ~ /^"/) { sub(/^"/, "", v); sub(/"$/, "", v) }
	n = split($1, o, ".")
	if ($1 ~ /^\.1\.3\.6\.1\.4\.1\.2021\.4\./)
		ucd[o[10]] = v + 0
	else {
		col = o[12]; idx = o[13]
		if (!(idx in seen)) { seen[idx] = 1; order[nrow++] = idx }
		hr[idx, col] = v
	}
}
function kb(x, xx) { return ((xx in ucd) ? ucd[xx] : ucd[x]) * 1024 }
END {
	split("OK WARNING CRITICAL", sn, " ")
	hasbuf = hascache = 0
	if (mode == "ucd" || mode == "cache" || mode == "sysavail") {
		size = kb(5, 20); buf = kb(14, 25); cache = kb(15, 26)
		hasbuf = hascache = 1
		if (mode == "sysavail") avail = kb(27, 27)
		else avail = kb(6, 21) + (mode == "ucd" ? buf + cache : 0)
		if (avail > size) avail = size
		used = size - avail
		ssize = kb(3, 18); savail = kb(4, 19)
		sused = ssize - savail
	} else {
		ssize = 0
		for (r = 0; r < nrow; r++) {
			i = order[r]
			b = hr[i, 4] * hr[i, 6]
			if (hr[i, 2] == ".1.3.6.1.2.1.25.2.1.2" && size == "") {
				size = hr[i, 4] * hr[i, 5]; used = b
			} else if (hr[i, 2] == ".1.3.6.1.2.1.25.2.1.3" && tolower(hr[i, 3]) ~ /swap/) {
				ssize = hr[i, 4] * hr[i, 5]; sused = b
			} else if (hr[i, 3] == "Memory buffers") { buf = b; hasbuf = 1 }
			else if (hr[i, 3] == "Cached memory") { cache = b; hascache = 1 }
		}
		if (mode == "hr") used = used - buf - cache
		if (used < 0) used = 0
		avail = size - used
	}
	pct = used * 100 / size
	st = 0
	if (w != "" && pct > w + 0) st = 1
	if ((c != "" && pct > c + 0) || (cf != "" && avail < cf + 0)) st = 2
	ram = "RAM " sprintf("%.2f", pct) "% used (" human(used) " of " human(size) \
	    ", " human(avail) " available)"
	if (ssize == 0)
		swap = "no swap"
	else
		swap = "swap " sprintf("%.2f", sused * 100 / ssize) "% used (" human(sused) \
		    " of " human(ssize) ", " human(ssize - sused) " free)"
	wt = w != "" ? n0(floor0(w * size / 100)) : ""
	ct = c != "" ? n0(floor0(c * size / 100)) : cf != "" ? "~:" n0(size - cf) : ""
	p = "'\''ram'\''=" n0(used) "B;" wt ";" ct ";0;" n0(size)
	p = p " '\''ram %'\''=" pnum(sprintf("%.2f", pct)) "%;" w ";" c ";0;100"
	p = p " '\''swap'\''=" n0(sused) "B;;;0;" n0(ssize)
	if (ssize > 0)
		p = p " '\''swap %'\''=" pnum(sprintf("%.2f", sused * 100 / ssize)) "%;;;0;100"
	if (hasbuf) p = p " '\''buffers'\''=" n0(buf) "B"
	if (hascache) p = p " '\''cached'\''=" n0(cache) "B"
	print st
	print "MEMORY " sn[st + 1] " - " ram ", " swap " | " p
	print "[" sn[st + 1] "] " ram
	print "[OK] " swap
}'

memory_snap() {
	MIBS= MIBDIRS=/nonexistent snmpget -v2c -c public -On -r 2 -t 1 \
	    "127.0.0.1:$SNMPD_PORT" .1.3.6.1.4.1.2021.4.3.0 .1.3.6.1.4.1.2021.4.4.0 \
	    .1.3.6.1.4.1.2021.4.5.0 .1.3.6.1.4.1.2021.4.6.0 .1.3.6.1.4.1.2021.4.14.0 \
	    .1.3.6.1.4.1.2021.4.15.0 .1.3.6.1.4.1.2021.4.18.0 .1.3.6.1.4.1.2021.4.19.0 \
	    .1.3.6.1.4.1.2021.4.20.0 .1.3.6.1.4.1.2021.4.21.0 .1.3.6.1.4.1.2021.4.25.0 \
	    .1.3.6.1.4.1.2021.4.26.0 .1.3.6.1.4.1.2021.4.27.0
	[ "$1" = hr ] || return 0
	MIBS= MIBDIRS=/nonexistent snmpwalk -v2c -c public -On -r 2 -t 1 \
	    "127.0.0.1:$SNMPD_PORT" 1.3.6.1.2.1.25.2.3.1
}

# memory_live NAME MODE "AWK-ASSIGNMENTS" PLUGIN-ARGS...: the plugin's
# whole output against the agent equals what awk computes from snmpget.
# Memory moves all the time: the figures are read before and after the run
# and must be equal (the agent caches them for a few seconds), else the
# run is repeated.
memory_live() {
	ml_name=$1 ml_mode=$2 ml_vars=$3
	shift 3
	ml_snap=ucd
	case $ml_mode in hr*) ml_snap=hr ;; esac
	ml_try=0
	while :; do
		ml_before=$(memory_snap $ml_snap)
		OUT=$("$MEM" -H 127.0.0.1 -p "$SNMPD_PORT" "$@" 2>&1)
		RC=$?
		ml_after=$(memory_snap $ml_snap)
		ml_try=$((ml_try + 1))
		[ "$ml_before" = "$ml_after" ] || [ $ml_try -ge 20 ] && break
		sleep 0.2
	done
	# shellcheck disable=SC2086
	ml_want=$(printf '%s\n' "$ml_before" | awk -v mode="$ml_mode" $ml_vars "$MEMORY_AWK")
	ml_rc=$(printf '%s\n' "$ml_want" | head -n 1)
	ml_want=$(printf '%s\n' "$ml_want" | sed 1d)
	if [ -n "$ml_before" ] && [ "$ml_before" = "$ml_after" ] &&
	    [ "$RC" = "$ml_rc" ] && [ "$OUT" = "$ml_want" ]; then
		PASS=$((PASS + 1))
		echo "ok   $ml_name"
		return 0
	fi
	FAIL=$((FAIL + 1))
	echo "FAIL $ml_name"
	echo "     command:  $MEM $*"
	[ "$ml_before" = "$ml_after" ] || echo "     the agent's figures kept changing"
	echo "     expected: rc=$ml_rc"
	printf '%s\n' "$ml_want" | sed 's/^/       /'
	echo "     got:      rc=$RC"
	printf '%s\n' "$OUT" | sed 's/^/       /'
	return 1
}

section "# check_snmp_memory: live agent, figures from snmpget"
memory_live "live: UCD, buffers and cache available" ucd ""
memory_live "live: --cache-used" cache "" --cache-used
memory_live "live: --sysavail" sysavail "" --sysavail
memory_live "live: --hrstorage" hr "" --hrstorage
memory_live "live: --hrstorage --cache-used" hrcache "" --hrstorage --cache-used
memory_live "live: -w 0.001 -c 99 (warning)" ucd "-v w=0.001 -v c=99" -w 0.001 -c 99
memory_live "live: -w 0 -c 0.001 (critical)" ucd "-v w=0 -v c=0.001" -w 0% -c 0.001%
memory_live "live: -w 98 -c 99 (ok)" ucd "-v w=98 -v c=99" -w 98 -c 99 --swap-warning 0 --swap-critical 0
memory_live "live: available below 1 PiB" ucd "-v cf=1125899906842624" -c 1PB
memory_live "live: SNMPv1 (32-bit objects)" ucd "" -P 1
memory_live "live: SNMPv3" ucd "" -P 3 -U u_sha256_aes256 -a SHA-256 -A maplesyrup -x AES-256 -X maplesyrup
memory_live "live: --ucd" ucd "" --ucd
run_case "live: --sysavail over SNMPv1" 3 "$MEM_D UNKNOWN - --sysavail: the agent has no memSysAvail (net-snmp 5.9.1 or later on Linux 3.14 or later; SNMPv1 cannot carry its Counter64)" $MEM -H 127.0.0.1 -p "$SNMPD_PORT" -P 1 --sysavail
run_case "live: --list" 0 "MEMORY OK - memory figures of 127.0.0.1:$SNMPD_PORT: UCD-SNMP-MIB memory and hrStorageTable" $MEM -H 127.0.0.1 -p "$SNMPD_PORT" --list
memory_line "live: --list total" 4 "memTotalReal: $(MIBS= MIBDIRS=/nonexistent snmpget -v2c -c public -Oqv "127.0.0.1:$SNMPD_PORT" .1.3.6.1.4.1.2021.4.20.0) KiB (23.54 GiB)"
run_case "live: wrong community" 3 "$MEM_D UNKNOWN - No response from 127.0.0.1:$SNMPD_PORT within 1.0 s*" $MEM -H 127.0.0.1 -p "$SNMPD_PORT" -C wrong -t 1
within "live: wrong community within -t" 1500

section "# check_snmp_memory: linux-host.walk (no swap)"
run_case "linux: buffers and cache available" 0 "MEMORY OK - RAM 0.39% used (93.71 MiB of 23.54 GiB, 23.45 GiB available), no swap | 'ram'=98258944B;;;0;25276059648 'ram %'=0.39%;;;0;100 'swap'=0B;;;0;0 'buffers'=3522560B 'cached'=489328640B" $MEM_L
memory_line "linux: RAM line" 2 "[OK] RAM 0.39% used (93.71 MiB of 23.54 GiB, 23.45 GiB available)"
memory_line "linux: swap line" 3 "[OK] no swap"
run_case "linux: --cache-used" 0 "MEMORY OK - RAM 2.34% used (563.73 MiB of 23.54 GiB, 22.99 GiB available), no swap | 'ram'=591110144B;;;0;25276059648 *" $MEM_L --cache-used
run_case "linux: --sysavail" 0 "MEMORY OK - RAM 1.38% used (333.36 MiB of 23.54 GiB, 23.21 GiB available), no swap | 'ram'=349552640B;;;0;25276059648 *" $MEM_L --sysavail
run_case "linux: --hrstorage subtracts buffers and cache" 0 "MEMORY OK - RAM 0.39% used (93.71 MiB of 23.54 GiB, 23.45 GiB available), no swap | 'ram'=98258944B;;;0;25276059648 'ram %'=0.39%;;;0;100 'swap'=0B;;;0;0 'buffers'=3522560B 'cached'=489328640B" $MEM_L --hrstorage
run_case "linux: --hrstorage --cache-used" 0 "MEMORY OK - RAM 2.34% used * | 'ram'=591110144B;;;0;25276059648 *" $MEM_L --hrstorage --cache-used
run_case "linux: -w 0.3 -c 0.5" 1 "MEMORY WARNING - RAM 0.39% used (93.71 MiB of 23.54 GiB, 23.45 GiB available), no swap | 'ram'=98258944B;75828178;126380298;0;25276059648 'ram %'=0.39%;0.3;0.5;0;100 'swap'=0B;;;0;0 'buffers'=3522560B 'cached'=489328640B" $MEM_L -w 0.3 -c 0.5
memory_line "linux: RAM line WARNING" 2 "[WARNING] RAM 0.39% used (93.71 MiB of 23.54 GiB, 23.45 GiB available)"
run_case "linux: -c 0.3%" 2 "MEMORY CRITICAL - RAM 0.39% * | 'ram'=98258944B;;75828178;0;25276059648 'ram %'=0.39%;;0.3;0;100 *" $MEM_L -c 0.3%
run_case "linux: available below 24GB critical" 2 "MEMORY CRITICAL - RAM 0.39% * | 'ram'=98258944B;~:24202317824;~:-493744128;0;25276059648 'ram %'=0.39%;;;0;100 'swap'*" $MEM_L -w 1GB -c 24GB
run_case "linux: available 23GB: ok" 0 "MEMORY OK - * | 'ram'=98258944B;~:579997696;;0;25276059648 'ram %'=0.39%;;;0;100 'swap'*" $MEM_L -w 23GB:
run_case "linux: no swap never alerts" 0 "MEMORY OK - RAM 0.39% used (93.71 MiB of 23.54 GiB, 23.45 GiB available), no swap | 'ram'=98258944B;;;0;25276059648 'ram %'=0.39%;;;0;100 'swap'=0B;;;0;0 *" $MEM_L --swap-warning 0 --swap-critical 1GB
run_case "linux: -v tells the source" 0 "MEMORY OK - *" $MEM_L -v
memory_line "linux: -v source" 4 "source: UCD-SNMP-MIB memory; buffers and cache count as available"
memory_line "linux: -v buffers" 5 "buffers: 3.36 MiB"
memory_line "linux: -v cached" 6 "cached: 466.66 MiB"
run_case "linux: --list" 0 "MEMORY OK - memory figures of $MEM_DATA/linux-host.walk: UCD-SNMP-MIB memory and hrStorageTable" $MEM_L --list
memory_line "linux: --list memTotalReal" 4 "memTotalReal: 24683652 KiB (23.54 GiB)"
memory_line "linux: --list memSysAvail" 8 "memSysAvail: 24342292 KiB (23.21 GiB)"
memory_line "linux: --list hrStorage ram" 9 "hrStorage 1 ram 'Physical memory' size 25276059648 B (23.54 GiB) used 591110144 B (563.73 MiB)"
memory_line "linux: --list hrStorage swap" 14 "hrStorage 10 virtualMemory 'Swap space' size 0 B (0 B) used 0 B (0 B)"

section "# check_snmp_memory: windows-host.walk (no UCD: hrStorage fallback)"
run_case "windows: fallback, virtual memory in place of swap" 0 "MEMORY OK - RAM 76.53% used (24.49 GiB of 32.00 GiB, 7.51 GiB available), virtual memory 73.11% used (26.32 GiB of 36.00 GiB, 9.68 GiB free) | 'ram'=26295205888B;;;0;34359148544 'ram %'=76.53%;;;0;100 'virtual'=28258271232B;;;0;38654115840 'virtual %'=73.11%;;;0;100" $MEM_W
memory_line "windows: virtual line" 3 "[OK] virtual memory 73.11% used (26.32 GiB of 36.00 GiB, 9.68 GiB free)"
run_case "windows: RAM and virtual thresholds" 2 "MEMORY CRITICAL - RAM 76.53% used (24.49 GiB of 32.00 GiB, 7.51 GiB available), virtual memory 73.11% used (26.32 GiB of 36.00 GiB, 9.68 GiB free) | 'ram'=26295205888B;24051403980;27487318835;0;34359148544 'ram %'=76.53%;70;80;0;100 'virtual'=28258271232B;27057881088;~:27916697600;0;38654115840 'virtual %'=73.11%;70;;0;100" $MEM_W -w 70 -c 80 --swap-warning 70 --swap-critical 10GB
memory_line "windows: RAM warning" 2 "[WARNING] RAM 76.53% used (24.49 GiB of 32.00 GiB, 7.51 GiB available)"
memory_line "windows: virtual critical" 3 "[CRITICAL] virtual memory 73.11% used (26.32 GiB of 36.00 GiB, 9.68 GiB free)"
run_case "windows: --cache-used changes nothing" 0 "MEMORY OK - RAM 76.53% used *" $MEM_W --cache-used
run_case "windows: -v" 0 "MEMORY OK - *" $MEM_W -v
memory_line "windows: -v source" 4 "source: hrStorageTable; the agent reports no buffers or cache"
run_case "windows: --ucd" 3 "$MEM_D UNKNOWN - No UCD-SNMP-MIB memory on $MEM_DATA/windows-host.walk (memTotalReal missing): not a net-snmp agent? Leave out --ucd to use hrStorageTable" $MEM_W --ucd
run_case "windows: --sysavail" 3 "$MEM_D UNKNOWN - --sysavail: no UCD-SNMP-MIB memory on $MEM_DATA/windows-host.walk" $MEM_W --sysavail
run_case "windows: --list" 0 "MEMORY OK - memory figures of $MEM_DATA/windows-host.walk: hrStorageTable only" $MEM_W --list
memory_line "windows: --list virtual" 2 "hrStorage 5 virtualMemory 'Virtual Memory' size 38654115840 B (36.00 GiB) used 28258271232 B (26.32 GiB)"
memory_line "windows: --list ram" 3 "hrStorage 6 ram 'Physical Memory' size 34359148544 B (32.00 GiB) used 26295205888 B (24.49 GiB)"

section "# check_snmp_memory: memory-swap.walk (32-bit UCD, swap in use)"
run_case "swap: UCD 32-bit" 0 "MEMORY OK - RAM 65.63% used (5.25 GiB of 8.00 GiB, 2.75 GiB available), swap 25.00% used (1.00 GiB of 4.00 GiB, 3.00 GiB free) | 'ram'=5637439488B;;;0;8589934592 'ram %'=65.63%;;;0;100 'swap'=1073741824B;;;0;4294963200 'swap %'=25%;;;0;100 'buffers'=268435456B 'cached'=2147483648B" $MEM_S
run_case "swap: --cache-used" 0 "MEMORY OK - RAM 93.75% used (7.50 GiB of 8.00 GiB, 511.72 MiB available), swap 25.00% *| 'ram'=8053358592B;;;0;8589934592 *" $MEM_S --cache-used
run_case "swap: --hrstorage same figures" 0 "MEMORY OK - RAM 65.63% used (5.25 GiB of 8.00 GiB, 2.75 GiB available), swap 25.00% used (1.00 GiB of 4.00 GiB, 3.00 GiB free) | 'ram'=5637439488B;;;0;8589934592 'ram %'=65.63%;;;0;100 'swap'=1073741824B;;;0;4294963200 'swap %'=25%;;;0;100 'buffers'=268435456B 'cached'=2147483648B" $MEM_S --hrstorage
run_case "swap: swap warning" 1 "MEMORY WARNING - RAM 65.63% *, swap 25.00% * | 'ram'=5637439488B;;;0;8589934592 'ram %'=65.63%;;;0;100 'swap'=1073741824B;858992640;1288488960;0;4294963200 'swap %'=25%;20;30;0;100 *" $MEM_S --swap-warning 20 --swap-critical 30
memory_line "swap: swap line" 3 "[WARNING] swap 25.00% used (1.00 GiB of 4.00 GiB, 3.00 GiB free)"
run_case "swap: free swap below 3.5GB critical" 2 "MEMORY CRITICAL - * | 'ram'=5637439488B;;;0;8589934592 'ram %'=65.63%;;;0;100 'swap'=1073741824B;;~:536866816;0;4294963200 'swap %'=25%;;;0;100 *" $MEM_S --swap-critical 3.5GB
run_case "swap: RAM OK, swap WARNING, RAM 2GB: ok" 1 "MEMORY WARNING - * | 'ram'=5637439488B;~:6442450944;;0;8589934592 'ram %'=65.63%;;;0;100 'swap'=1073741824B;429496320;;0;4294963200 'swap %'=25%;10;;0;100 *" $MEM_S -w 2GB --swap-warning 10
run_case "swap: --sysavail needs memSysAvail" 3 "$MEM_D UNKNOWN - --sysavail: the agent has no memSysAvail*" $MEM_S --sysavail

section "# check_snmp_memory: memory-hronly.walk (hrStorage only, \"Swap\" row)"
run_case "hronly: automatic fallback" 0 "MEMORY OK - RAM 75.00% used (3.00 GiB of 4.00 GiB, 1.00 GiB available), swap 25.00% used (512.00 MiB of 2.00 GiB, 1.50 GiB free) | 'ram'=3221225472B;;;0;4294967296 'ram %'=75%;;;0;100 'swap'=536870912B;;;0;2147483648 'swap %'=25%;;;0;100" $MEM_H
run_case "hronly: available 1GB: is the edge (not below)" 1 "MEMORY WARNING - * | 'ram'=3221225472B;~:2147483648;~:3221225472;0;4294967296 'ram %'=75%;;;0;100 'swap'=536870912B;;;0;2147483648 'swap %'=25%;;;0;100" $MEM_H -w 2GB -c 1GB
run_case "hronly: @ range on swap" 2 "MEMORY CRITICAL - * | 'ram'=*B;;;0;4294967296 'ram %'=75%;;;0;100 'swap'=536870912B;;@429496730:644245094;0;2147483648 'swap %'=25%;;@20:30;0;100" $MEM_H --swap-critical @20:30
run_case "hronly: --ucd" 3 "$MEM_D UNKNOWN - No UCD-SNMP-MIB memory on $MEM_DATA/memory-hronly.walk (memTotalReal missing)*" $MEM_H --ucd

section "# check_snmp_memory: memory-broken.walk"
run_case "broken: UCD without memAvailReal" 3 "$MEM_D UNKNOWN - UCD-SNMP-MIB memory is incomplete: memAvailReal missing or unusable" $MEM_B
run_case "broken: hrStorage size clamped" 3 "$MEM_D UNKNOWN - hrStorage 'Physical memory' (index 1): hrStorageSize is 2147483647, the Integer32 maximum: the agent clamped a larger value, the real figure is unknown" $MEM_B --hrstorage
run_case "broken: --list still lists" 0 "MEMORY OK - memory figures of $MEM_DATA/memory-broken.walk: *" $MEM_B --list
memory_line "broken: --list unusable row" 5 "hrStorage 1 ram 'Physical memory' hrStorageSize is 2147483647, the Integer32 maximum: the agent clamped a larger value, the real figure is unknown"
run_case "no memory at all" 3 "$MEM_D UNKNOWN - No memory figures on $MEM_DATA/netsnmp-system.walk: no UCD-SNMP-MIB memory and no hrStorage row of type ram" $MEM --walk-file "$MEM_DATA/netsnmp-system.walk"

section "# check_snmp_memory: bsnmpd-pfsense.walk (bsnmpd, no UCD: RAM total hrMemorySize)"
MEM_P="$MEM --walk-file $MEM_DATA/bsnmpd-pfsense.walk"
MEM_PF="MEMORY OK - RAM 5.57% used (225.70 MiB of 3.95 GiB, 3.73 GiB available), no swap | 'ram'=236658688B;3397002854;3821628211;0;4246253568 'ram %'=5.57%;80;90;0;100 'swap'=0B;;;0;0"
run_case "pfsense: RAM used over hrMemorySize (issue 20)" 0 "$MEM_PF" $MEM_P -w 80 -c 90
run_case "pfsense: --hrstorage, the same" 0 "$MEM_PF" $MEM_P --hrstorage -w 80 -c 90
run_case "pfsense: --hrstorage-size keeps the row's size" 2 "MEMORY CRITICAL - RAM 97.87% used (225.70 MiB of 230.60 MiB, 4.90 MiB available), no swap | 'ram'=236658688B;193439334;217619251;0;241799168 'ram %'=97.87%;80;90;0;100 'swap'=0B;;;0;0" $MEM_P --hrstorage-size -w 80 -c 90
run_case "pfsense: -v" 0 "$MEM_PF" $MEM_P -v -w 80 -c 90
memory_line "pfsense: -v source" 4 "source: hrStorageTable; the agent reports no buffers or cache"
memory_line "pfsense: -v RAM rule" 5 "RAM total: hrMemorySize 3.95 GiB (bsnmpd: its row 'Real Memory Metrics', 230.60 MiB, counts the pages in use, not the RAM; used is that row's used)"
memory_line "pfsense: -v swap rule" 6 "swap: no bsnmpd 'Swap:' row; no UCD-SNMP-MIB swap to check it against"
run_case "pfsense: -v --hrstorage-size" 0 "MEMORY OK - RAM 97.87% *" $MEM_P -v --hrstorage-size
memory_line "pfsense: -v the row's size, asked" 5 "RAM total: the size of bsnmpd's row 'Real Memory Metrics', 230.60 MiB, as asked: it counts the pages in use, not the RAM (hrMemorySize 3.95 GiB)"
run_case "pfsense: --list" 0 "MEMORY OK - memory figures of $MEM_DATA/bsnmpd-pfsense.walk: hrStorageTable only" $MEM_P --list
memory_line "pfsense: --list RAM row" 2 "hrStorage 1 ram 'Real Memory Metrics' size 241799168 B (230.60 MiB) used 236658688 B (225.70 MiB)"
memory_line "pfsense: --list bsnmpd" 10 "sysObjectID: bsnmpd (1.3.6.1.4.1.12325)"
memory_line "pfsense: --list hrMemorySize" 11 "hrMemorySize: 4146732 KiB (3.95 GiB)"

section "# check_snmp_memory: bsnmpd-truenas.walk (bsnmpd, two swap devices, no UCD)"
MEM_T="$MEM --walk-file $MEM_DATA/bsnmpd-truenas.walk"
MEM_TN="MEMORY OK - RAM 12.23% used (3.90 GiB of 31.86 GiB, 27.96 GiB available), swap 0.19% used (7.81 MiB of 4.00 GiB, 3.99 GiB free) | 'ram'=4183805952B;;;0;34208096256 'ram %'=12.23%;;;0;100 'swap'=8192000B;;;0;4294967296 'swap %'=0.19%;;;0;100"
run_case "truenas: RAM over hrMemorySize, swap the Swap: rows' sum" 0 "$MEM_TN" $MEM_T
run_case "truenas: -v" 0 "$MEM_TN" $MEM_T -v
memory_line "truenas: -v RAM rule" 5 "RAM total: hrMemorySize 31.86 GiB (bsnmpd: its row 'Real Memory Metrics', 7.30 GiB, counts the pages in use, not the RAM; used is that row's used)"
memory_line "truenas: -v swap rule" 6 "swap: the sum of 2 bsnmpd 'Swap:' rows, 4.00 GiB; no UCD-SNMP-MIB swap to check it against"
run_case "truenas: --hrstorage-size" 0 "MEMORY OK - RAM 53.41% used (3.90 GiB of 7.30 GiB, 3.40 GiB available), swap 0.19% * | 'ram'=4183805952B;;;0;7832965120 'ram %'=53.41%;;;0;100 'swap'=8192000B;;;0;4294967296 'swap %'=0.19%;;;0;100" $MEM_T --hrstorage-size

section "# check_snmp_memory: bsnmpd-truenas-ucd.walk (bsnmpd with bsnmp-ucd)"
MEM_U="$MEM --walk-file $MEM_DATA/bsnmpd-truenas-ucd.walk"
run_case "truenas-ucd: UCD by default" 1 "MEMORY WARNING - RAM 88.23% used (28.11 GiB of 31.86 GiB, 3.75 GiB available), swap 0.19% used (7.81 MiB of 4.00 GiB, 3.99 GiB free) | 'ram'=30181564416B;27366477004;30787286630;0;34208096256 'ram %'=88.23%;80;90;0;100 'swap'=8192000B;;;0;4294967296 'swap %'=0.19%;;;0;100 'buffers'=1073741824B 'cached'=0B" $MEM_U -w 80 -c 90
run_case "truenas-ucd: --hrstorage" 0 "$MEM_TN" $MEM_U --hrstorage -v
memory_line "truenas-ucd: --hrstorage -v RAM rule" 5 "RAM total: hrMemorySize 31.86 GiB (bsnmpd: its row 'Real Memory Metrics', 7.30 GiB, counts the pages in use, not the RAM; used is that row's used)"
memory_line "truenas-ucd: swap rows agree with UCD" 6 "swap: the sum of 2 bsnmpd 'Swap:' rows, 4.00 GiB, near UCD memTotalSwap 4.00 GiB"

section "# check_snmp_memory: memory-bsnmpd-swap.walk (UCD contradicts bsnmpd's swap row)"
MEM_X="$MEM --walk-file $MEM_DATA/memory-bsnmpd-swap.walk"
run_case "bsnmpd-swap: UCD by default" 0 "MEMORY OK - RAM 25.00% used (2.00 GiB of 8.00 GiB, 6.00 GiB available), swap 25.00% used (1.00 GiB of 4.00 GiB, 3.00 GiB free) | 'ram'=2147483648B;;;0;8589934592 'ram %'=25%;;;0;100 'swap'=1073741824B;;;0;4294967296 'swap %'=25%;;;0;100 'buffers'=0B 'cached'=0B" $MEM_X
run_case "bsnmpd-swap: --hrstorage, UCD's swap wins" 0 "MEMORY OK - RAM 2.38% used (195.31 MiB of 8.00 GiB, 7.81 GiB available), swap 25.00% used (1.00 GiB of 4.00 GiB, 3.00 GiB free) | 'ram'=204800000B;;;0;8589934592 'ram %'=2.38%;;;0;100 'swap'=1073741824B;;;0;4294967296 'swap %'=25%;;;0;100" $MEM_X --hrstorage -v
memory_line "bsnmpd-swap: -v says so" 6 "swap: UCD memTotalSwap 4.00 GiB and memAvailSwap, not the sum of 1 bsnmpd 'Swap:' row, 2.00 GiB: more than 10 % off"

section "# check_snmp_memory: memory-hrsize.walk (hrStorage ram row far off hrMemorySize)"
MEM_Z="$MEM --walk-file $MEM_DATA/memory-hrsize.walk"
run_case "hrsize: hrMemorySize is the total" 0 "MEMORY OK - RAM 18.75% used (768.00 MiB of 4.00 GiB, 3.25 GiB available), swap 25.00% used (256.00 MiB of 1.00 GiB, 768.00 MiB free) | 'ram'=805306368B;3006477107;3435973836;0;4294967296 'ram %'=18.75%;70;80;0;100 'swap'=268435456B;;;0;1073741824 'swap %'=25%;;;0;100" $MEM_Z -w 70 -c 80 -v
memory_line "hrsize: -v RAM rule" 5 "RAM total: hrMemorySize 4.00 GiB, not the size of hrStorage row 'Physical memory' (index 1), 1.00 GiB: more than 10 % off"
run_case "hrsize: --hrstorage-size keeps the row's" 1 "MEMORY WARNING - RAM 75.00% used (768.00 MiB of 1.00 GiB, 256.00 MiB available), swap 25.00% * | 'ram'=805306368B;751619276;858993459;0;1073741824 'ram %'=75%;70;80;0;100 *" $MEM_Z -w 70 -c 80 --hrstorage-size -v
memory_line "hrsize: -v the row's size, asked" 5 "RAM total: the size of hrStorage row 'Physical memory' (index 1), 1.00 GiB, as asked, though hrMemorySize says 4.00 GiB"
run_case "linux: --hrstorage -v" 0 "MEMORY OK - RAM 0.39% *" $MEM_L --hrstorage -v
memory_line "linux: the row agrees with hrMemorySize" 5 "RAM total: the size of hrStorage row 'Physical memory' (index 1), 23.54 GiB, near hrMemorySize 23.54 GiB"
run_case "windows: -v" 0 "MEMORY OK - RAM 76.53% *" $MEM_W -v
memory_line "windows: the row agrees with hrMemorySize" 5 "RAM total: the size of hrStorage row 'Physical Memory' (index 6), 32.00 GiB, near hrMemorySize 32.00 GiB"
run_case "hronly: no hrMemorySize" 0 "MEMORY OK - RAM 75.00% *" $MEM_H -v
memory_line "hronly: -v RAM rule" 5 "RAM total: the size of hrStorage row 'Real Memory' (index 1), 4.00 GiB; no hrMemorySize to check it against"

section "# check_snmp_memory: bad input"
run_case "bad: range" 3 "$MEM_D UNKNOWN - Invalid warning range '80:70': its start is greater than its end; expected ?@??START:??END? in percent (80, 80%) or available bytes with a unit (2GB, 512MB:)" $MEM_L -w 80:70
run_case "bad: swap range" 3 "$MEM_D UNKNOWN - Invalid swap critical range 'lots'*" $MEM_L --swap-critical lots
run_case "bad: unit" 3 "$MEM_D UNKNOWN - Invalid swap warning range '1GiBs'*" $MEM_L --swap-warning 1GiBs
run_case "bad: % with a unit" 3 "$MEM_D UNKNOWN - Invalid critical range '1GB%'*" $MEM_L -c 1GB%
run_case "bad: --hrstorage --ucd" 3 "$MEM_D UNKNOWN - --hrstorage and --ucd exclude each other" $MEM_L --hrstorage --ucd
run_case "bad: --sysavail --hrstorage" 3 "$MEM_D UNKNOWN - --sysavail reads UCD-SNMP-MIB memSysAvail: it excludes --hrstorage and --cache-used" $MEM_L --sysavail --hrstorage
run_case "bad: --sysavail --cache-used" 3 "$MEM_D UNKNOWN - --sysavail reads*" $MEM_L --cache-used --sysavail
run_case "bad: unknown option" 3 "$MEM_D UNKNOWN - Unknown or ambiguous option '--swap' (see --help)" $MEM_L --swap 3
run_case "bad: stray argument" 3 "$MEM_D UNKNOWN - Unexpected argument '80' (see --help)" $MEM_L 80
run_case "--help" 0 "check_snmp_memory (snmp-plugins *)" $MEM --help
for opt in -w -c --swap-warning --swap-critical --cache-used --sysavail --hrstorage --hrstorage-size --ucd --list; do
	if printf '%s\n' "$OUT" | grep -q -- " $opt[][,= ]\| $opt\$\|, $opt"; then
		PASS=$((PASS + 1))
	else
		FAIL=$((FAIL + 1))
		echo "FAIL check_snmp_memory --help does not document $opt"
	fi
done
