# A suite (run-one, after start_snmpd): check_snmp_storage
# against the real snmpd (expected figures read independently with net-snmp
# snmpwalk and computed here in awk), the recorded walks (figures from their
# .md sidecars) and tests/data/storage-edge.walk (agent quirks).
section "# check_snmp_storage"
STG="$TOP/plugins/check_snmp_storage"
STG_DATA="$TOP/tests/data"
STG_L="$STG --walk-file $STG_DATA/linux-host.walk"
STG_W="$STG --walk-file $STG_DATA/windows-host.walk"
STG_E="$STG --walk-file $STG_DATA/storage-edge.walk"
# die() prints this service word (plugin.c)
STG_D=STORAGE

# storage_line NAME N TEXT: line N of the last output is exactly TEXT.
storage_line() {
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

# storage_lines NAME N: the last output has N lines.
storage_lines() {
	got=$(printf '%s\n' "$OUT" | wc -l)
	if [ "$got" -eq "$2" ]; then
		PASS=$((PASS + 1))
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $1: $got lines, expected $2"
		printf '%s\n' "$OUT" | sed 's/^/     /'
	fi
}

# The plugin's rules, written again from the MIB figures: awk reads
# "snmpwalk -On" lines of hrStorageEntry (mode=hr) or dskEntry (mode=ucd)
# and prints the exit code, then the whole expected output.  Variables:
# name (exact description/path/device; empty: fixed disks, or every dsk
# row), w and c (used-% ranges "N"), cf (critical below this many free
# bytes), sum (1: --sum).
STORAGE_AWK='
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
function text(k) {
	if (size[k] == 0)
		return nm[k] ": no size"
	t = nm[k] ": " sprintf("%.2f", pct[k]) "% used (" human(used[k]) " of " \
	    human(size[k]) ", " human(free[k]) " free)"
	if (mode == "ucd" && ino[k] != "")
		t = t ", inodes " ino[k] "% used"
	return t
}
function state(k,  s) {
	s = 0
	if (size[k] == 0) return 0
	if (w != "" && pct[k] > w + 0) s = 1
	if ((c != "" && pct[k] > c + 0) || (cf != "" && free[k] < cf + 0)) s = 2
	return s
}
function perf(k, label,  p, wt, ct) {
	wt = w != "" ? n0(floor0(w * size[k] / 100)) : ""
	ct = c != "" ? n0(floor0(c * size[k] / 100)) : \
	    cf != "" ? "~:" n0(used[k] + free[k] - cf) : ""
	p = "'\''" label "'\''=" n0(used[k]) "B;" wt ";" ct ";0;" n0(size[k])
	p = p " '\''" label " %'\''=" pnum(sprintf("%.2f", pct[k])) "%;" \
	    w ";" c ";0;100"
	if (mode == "ucd" && ino[k] != "" && !sum)
		p = p " '\''" label " inodes %'\''=" ino[k] "%;;;0;100"
	return p
}
{
	split($1, o, ".")
	col = mode == "hr" ? o[12] : o[11]
	idx = mode == "hr" ? o[13] : o[12]
	v = $0
	if (!sub(/^[^=]*= [A-Za-z0-9]+: /, "", v))
		sub(/^[^=]*= /, "", v)
	if (v ~ /^"/) { sub(/^"/, "", v); sub(/"$/, "", v) }
	if (!(idx in seen)) { seen[idx] = 1; order[nrow++] = idx }
	val[idx, col] = v
}
END {
	split("OK WARNING CRITICAL", sn, " ")
	ns = 0
	for (r = 0; r < nrow; r++) {
		i = order[r]
		if (mode == "hr") {
			if (name == "" && val[i, 2] != ".1.3.6.1.2.1.25.2.1.4") continue
			if (name != "" && val[i, 3] != name) continue
			unit = val[i, 4] + 0; sz = val[i, 5] + 0; us = val[i, 6] + 0
			if (sz < 0) sz += 4294967296
			if (us < 0) us += 4294967296
			k = ns++
			nm[k] = val[i, 3]; size[k] = sz * unit; used[k] = us * unit
			free[k] = size[k] - used[k]
		} else {
			if (name != "" && val[i, 2] != name && val[i, 3] != name) continue
			k = ns++
			nm[k] = val[i, 2]
			size[k] = (val[i, 12] * 4294967296 + val[i, 11]) * 1024
			free[k] = (val[i, 14] * 4294967296 + val[i, 13]) * 1024
			used[k] = (val[i, 16] * 4294967296 + val[i, 15]) * 1024
			ino[k] = val[i, 10] + 0 >= 0 && val[i, 10] + 0 <= 100 ? val[i, 10] + 0 : ""
		}
		pct[k] = size[k] > 0 ? used[k] * 100 / size[k] : 0
	}
	if (sum) {
		k = ns; nm[k] = "sum of " ns " volume" (ns == 1 ? "" : "s")
		for (j = 0; j < ns; j++) {
			size[k] += size[j]; used[k] += used[j]; free[k] += free[j]
		}
		pct[k] = size[k] > 0 ? used[k] * 100 / size[k] : 0
		st = state(k); m = mode; mode = "sum"
		print st
		line = "STORAGE " sn[st + 1] " - " text(k)
		if (size[k] > 0) line = line " | " perf(k, "sum")
		print line
		mode = m
		for (j = 0; j < ns; j++) print text(j)
		exit
	}
	worst = 0; nbad = 0; summary = ""; perfs = ""; top = -1
	for (k = 0; k < ns; k++) {
		s[k] = state(k)
		if (s[k] > worst) worst = s[k]
		if (s[k] > 0) summary = summary (nbad++ ? "; " : "") text(k)
		else if (size[k] > 0 && (top < 0 || pct[k] > pct[top])) top = k
		if (size[k] > 0) perfs = perfs (perfs != "" ? " " : "") perf(k, nm[k])
	}
	if (nbad == 0)
		summary = ns == 1 ? text(0) : ns " volumes, highest use " \
		    sprintf("%.2f", pct[top]) "% on " nm[top]
	print worst
	print "STORAGE " sn[worst + 1] " - " summary (perfs != "" ? " | " perfs : "")
	for (k = 0; k < ns; k++) print "[" sn[s[k] + 1] "] " text(k)
}'

storage_snap() {
	MIBS= MIBDIRS=/nonexistent snmpwalk -v2c -c public -On -r 2 -t 1 \
	    "127.0.0.1:$SNMPD_PORT" "$1"
}

# storage_live NAME MODE "AWK-ASSIGNMENTS" PLUGIN-ARGS...: the plugin's
# whole output against the agent equals what awk computes from snmpwalk.
# The walk is taken before and after the run and must not have changed
# (a file written meanwhile); else the run is repeated.
storage_live() {
	sl_name=$1 sl_mode=$2 sl_vars=$3
	shift 3
	if [ "$sl_mode" = hr ]; then sl_root=1.3.6.1.2.1.25.2.3.1
	else sl_root=1.3.6.1.4.1.2021.9.1; fi
	sl_try=0
	while :; do
		sl_before=$(storage_snap $sl_root)
		OUT=$("$STG" -H "${STG_HOST:-127.0.0.1}" -p "$SNMPD_PORT" "$@" 2>&1)
		RC=$?
		sl_after=$(storage_snap $sl_root)
		sl_try=$((sl_try + 1))
		[ "$sl_before" = "$sl_after" ] || [ $sl_try -ge 10 ] && break
	done
	# shellcheck disable=SC2086
	sl_want=$(printf '%s\n' "$sl_before" | awk -v mode="$sl_mode" $sl_vars "$STORAGE_AWK")
	sl_rc=$(printf '%s\n' "$sl_want" | head -n 1)
	sl_want=$(printf '%s\n' "$sl_want" | sed 1d)
	if [ -n "$sl_before" ] && [ "$sl_before" = "$sl_after" ] &&
	    [ "$RC" = "$sl_rc" ] && [ "$OUT" = "$sl_want" ]; then
		PASS=$((PASS + 1))
		echo "ok   $sl_name"
		return 0
	fi
	FAIL=$((FAIL + 1))
	echo "FAIL $sl_name"
	echo "     command:  $STG $*"
	[ "$sl_before" = "$sl_after" ] || echo "     the agent's figures kept changing"
	echo "     expected: rc=$sl_rc"
	printf '%s\n' "$sl_want" | sed 's/^/       /'
	echo "     got:      rc=$RC"
	printf '%s\n' "$OUT" | sed 's/^/       /'
	return 1
}

section "# check_snmp_storage: live agent, figures from snmpwalk"
storage_live "live: default fixed disks" hr ""
storage_live "live: -n / -w 1 -c 2 (critical)" hr "-v name=/ -v w=1 -v c=2" -n / -w 1 -c 2
storage_live "live: -n / -w 1 -c 99 (warning)" hr "-v name=/ -v w=1 -v c=99" -n / -w 1% -c 99%
storage_live "live: -n / -w 80 -c 90 (ok)" hr "-v name=/ -v w=80 -v c=90" -n / -w 80 -c 90
storage_live "live: free below 1 PiB critical" hr "-v name=/ -v cf=1125899906842624" -n / -c 1PB
storage_live "live: --sum" hr "-v sum=1" --sum
storage_live "live: -n 'Physical memory' lifts the type default" hr "-v name=Physical\\040memory" -n "Physical memory"
storage_live "live: --ucd" ucd "" --ucd
storage_live "live: --ucd -n /dev/vda (by device)" ucd "-v name=/dev/vda -v w=1 -v c=50" --ucd -n /dev/vda -w 1 -c 50
storage_live "live: --ucd free below 1 PiB" ucd "-v name=/ -v cf=1125899906842624" --ucd -n / -c 1PB:
storage_live "live: SNMPv1 (GETNEXT walk)" hr "" -P 1
storage_live "live: SNMPv1 --ucd" ucd "" -P 1 --ucd
storage_live "live: SNMPv3 authPriv" hr "-v name=/" -P 3 -U u_sha_aes -A maplesyrup -X maplesyrup -n /
STG_HOST=::1
storage_live "live: IPv6" hr "" -6
STG_HOST=
st_rows=$(storage_snap 1.3.6.1.2.1.25.2.3.1.3 | wc -l)
run_case "live: --list" 0 "STORAGE OK - $st_rows entries in hrStorageTable" $STG -H 127.0.0.1 -p "$SNMPD_PORT" --list
storage_lines "live: --list has one line per entry" $((st_rows + 1))
st_rows=$(storage_snap 1.3.6.1.4.1.2021.9.1.2 | wc -l)
run_case "live: --ucd --list" 0 "STORAGE OK - $st_rows entries in dskTable" $STG -H 127.0.0.1 -p "$SNMPD_PORT" --ucd --list
storage_lines "live: --ucd --list has one line per entry" $((st_rows + 1))
run_case "live: wrong community" 3 "$STG_D UNKNOWN - No response from 127.0.0.1:$SNMPD_PORT within 1.0 s*" $STG -H 127.0.0.1 -p "$SNMPD_PORT" -C wrong -t 1
within "live: wrong community within -t" 1500

section "# check_snmp_storage: linux-host.walk"
run_case "linux: default = fixed disks" 0 "STORAGE OK - 4 volumes, highest use 6.34% on / | '/'=17146789888B;;;0;270553174016 '/ %'=6.34%;;;0;100 '/srv'=0B;;;0;4096 '/srv %'=0%;;;0;100 '/sys/fs/cgroup'=0B;;;0;12638027776 '/sys/fs/cgroup %'=0%;;;0;100 '/dev/shm'=0B;;;0;25276059648 '/dev/shm %'=0%;;;0;100" $STG_L
storage_line "linux: long output /" 2 "[OK] /: 6.34% used (15.97 GiB of 251.97 GiB, 236.00 GiB free)"
storage_line "linux: long output one-unit fs" 3 "[OK] /srv: 0.00% used (0 B of 4.00 KiB, 4.00 KiB free)"
storage_lines "linux: one long line per volume" 5
run_case "linux: -w 80 -c 90 ok" 0 "STORAGE OK - /: 6.34% used (15.97 GiB of 251.97 GiB, 236.00 GiB free) | '/'=17146789888B;216442539212;243497856614;0;270553174016 '/ %'=6.34%;80;90;0;100" $STG_L -n / -w 80 -c 90
run_case "linux: -w 80% -c 90% same" 0 "STORAGE OK - /: 6.34% used * | '/'=17146789888B;216442539212;243497856614;0;270553174016 '/ %'=6.34%;80;90;0;100" $STG_L -n / -w 80% -c 90%
run_case "linux: above warning" 1 "STORAGE WARNING - /: 6.34% used (15.97 GiB of 251.97 GiB, 236.00 GiB free) | '/'=17146789888B;13527658700;27055317401;0;270553174016 '/ %'=6.34%;5;10;0;100" $STG_L -n / -w 5 -c 10
run_case "linux: above critical" 2 "STORAGE CRITICAL - /: 6.34% used * | '/'=17146789888B;13527658700;16233190440;0;270553174016 '/ %'=6.34%;5;6;0;100" $STG_L -n / -w 5 -c 6
run_case "linux: decimal range 6.33 warns" 1 "STORAGE WARNING - /: 6.34% * | '/'=17146789888B;17126015915;;0;270553174016 '/ %'=6.34%;6.33;;0;100" $STG_L -n / -w 6.33
run_case "linux: decimal range 6.34 does not (6.3377...)" 0 "STORAGE OK - /: 6.34% * | '/'=17146789888B;17153071232;;0;270553174016 '/ %'=6.34%;6.34;;0;100" $STG_L -n / -w 6.34
run_case "linux: @0:10 alerts inside" 1 "STORAGE WARNING - /: * | '/'=17146789888B;@0:27055317401;;0;270553174016 '/ %'=6.34%;@0:10;;0;100" $STG_L -n / -w @0:10
run_case "linux: 10: alerts below 10 % used" 2 "STORAGE CRITICAL - /: * | '/'=17146789888B;;27055317402:;0;270553174016 '/ %'=6.34%;;10:;0;100" $STG_L -n / -c 10:
run_case "linux: free 250GB warns (236 GiB free)" 1 "STORAGE WARNING - /: * | '/'=17146789888B;~:2117718016;;0;270553174016 '/ %'=6.34%;;;0;100" $STG_L -n / -w 250GB
run_case "linux: free 200GB: is fine" 0 "STORAGE OK - /: * | '/'=17146789888B;~:55804809216;;0;270553174016 '/ %'=6.34%;;;0;100" $STG_L -n / -w 200GB:
run_case "linux: free in MiB and PiB" 2 "STORAGE CRITICAL - /: * | '/'=17146789888B;~:260067414016;~:-1125629353668608;0;270553174016 '/ %'=6.34%;;;0;100" $STG_L -n / -w 10000MiB -c 1PiB
run_case "linux: free in KB, K and B" 0 "STORAGE OK - /: * | '/'=17146789888B;~:270552150016;~:270553172992;0;270553174016 '/ %'=6.34%;;;0;100" $STG_L -n / -w 1000KB -c 1024B
run_case "linux: mixed % warning, free critical" 1 "STORAGE WARNING - /: * | '/'=17146789888B;13527658700;~:269479432192;0;270553174016 '/ %'=6.34%;5;;0;100" $STG_L -n / -w 5 -c 1G
run_case "linux: -r, one regex two volumes" 0 "STORAGE OK - 2 volumes, highest use 0.00% on /sys/fs/cgroup | '/sys/fs/cgroup'=0B;;;0;12638027776 '/sys/fs/cgroup %'=0%;;;0;100 '/dev/shm'=0B;;;0;25276059648 '/dev/shm %'=0%;;;0;100" $STG_L -r '^/(sys|dev)/'
run_case "linux: -r and -E" 0 "STORAGE OK - /dev/shm: 0.00% used (0 B of 23.54 GiB, 23.54 GiB free) | '/dev/shm'=0B;;;0;25276059648 '/dev/shm %'=0%;;;0;100" $STG_L -r '^/(sys|dev)/' -E cgroup
run_case "linux: -E only keeps the type default" 0 "STORAGE OK - 2 volumes, highest use 6.34% on / | '/'=17146789888B;;;0;270553174016 '/ %'=6.34%;;;0;100 '/dev/shm'=0B;;;0;25276059648 '/dev/shm %'=0%;;;0;100" $STG_L -E '^/(srv|sys)'
run_case "linux: -n is exact" 3 "STORAGE UNKNOWN - No hrStorageTable entry matches the selection (11 entries, see --list)" $STG_L -n /dev
run_case "linux: -n is case-sensitive" 3 "STORAGE UNKNOWN - No hrStorageTable entry matches*" $STG_L -n /DEV/SHM
run_case "linux: -i -n" 0 "STORAGE OK - /dev/shm: *" $STG_L -i -n /DEV/SHM
run_case "linux: -i applies to -r given before it" 0 "STORAGE OK - /dev/shm: *" $STG_L -r SHM -i
run_case "linux: several -n" 0 "STORAGE OK - 2 volumes, highest use 6.34% on / | *" $STG_L -n / -n /dev/shm
run_case "linux: -n lifts the type default (ram)" 0 "STORAGE OK - Physical memory: 2.34% used (563.73 MiB of 23.54 GiB, 22.99 GiB free) | 'Physical memory'=591110144B;;;0;25276059648 'Physical memory %'=2.34%;;;0;100" $STG_L -n 'Physical memory'
run_case "linux: -T ram" 0 "STORAGE OK - Physical memory: 2.34% used *" $STG_L -T ram
run_case "linux: -T virtual, swap of size 0" 0 "STORAGE OK - 2 volumes, highest use 2.34% on Virtual memory | 'Virtual memory'=591110144B;;;0;25276059648 'Virtual memory %'=2.34%;;;0;100" $STG_L -T virtualMemory
storage_line "linux: no size line" 3 "[OK] Swap space: no size"
run_case "linux: size 0 never alerts" 0 "STORAGE OK - Swap space: no size" $STG_L -n 'Swap space' -w 1 -c 1GB
run_case "linux: -T other, -r" 0 "STORAGE OK - Cached memory: 100.00% used *" $STG_L -T other -r Cached
run_case "linux: -T other,ram" 0 "STORAGE OK - 5 volumes, highest use 100.00% on Cached memory | *" $STG_L --type other,ram
run_case "linux: -T network: none" 3 "STORAGE UNKNOWN - No hrStorageTable entry matches the selection (11 entries, see --list)" $STG_L -T network
run_case "linux: --no-match OK" 0 "STORAGE OK - No hrStorageTable entry matches the selection (11 entries, see --list)" $STG_L -T network --no-match OK
run_case "linux: --no-match 2" 2 "STORAGE CRITICAL - No hrStorageTable entry matches*" $STG_L -T cdrom --no-match 2
run_case "linux: --sum" 0 "STORAGE OK - sum of 4 volumes: 5.56% used (15.97 GiB of 287.28 GiB, 271.31 GiB free) | 'sum'=17146789888B;;;0;308467265536 'sum %'=5.56%;;;0;100" $STG_L --sum
storage_line "linux: --sum lists the volumes" 3 "/srv: 0.00% used (0 B of 4.00 KiB, 4.00 KiB free)"
run_case "linux: --sum thresholds apply to the sum" 1 "STORAGE WARNING - sum of 4 volumes: * | 'sum'=17146789888B;7711681638;;0;308467265536 'sum %'=5.56%;2.5;;0;100" $STG_L --sum -w 2.5
run_case "linux: --list" 0 "STORAGE OK - 11 entries in hrStorageTable" $STG_L --list
storage_lines "linux: --list one line per entry" 12
storage_line "linux: --list ram" 2 "  1 ram 'Physical memory' size 25276059648 B (23.54 GiB) used 591110144 B (563.73 MiB) 2.34%"
storage_line "linux: --list swap" 7 "  10 virtualMemory 'Swap space' size 0 B (0 B) used 0 B (0 B) no size"
storage_line "linux: --list marks the selection" 9 "* 31 fixedDisk '/' size 270553174016 B (251.97 GiB) used 17146789888 B (15.97 GiB) 6.34%"
run_case "linux: --list with -T ram marks ram" 0 "STORAGE OK - 11 entries in hrStorageTable" $STG_L --list -T ram
storage_line "linux: --list -T ram" 2 "* 1 ram 'Physical memory' size 25276059648 B (23.54 GiB) used 591110144 B (563.73 MiB) 2.34%"

section "# check_snmp_storage: linux-host.walk --ucd (dskTable)"
run_case "ucd: default all rows" 0 "STORAGE OK - 4 volumes, highest use 6.34% on / | '/'=17146789888B;;;0;270553174016 '/ %'=6.34%;;;0;100 '/ inodes %'=2%;;;0;100 '/srv'=0B;;;0;4096 '/srv %'=0%;;;0;100 '/srv inodes %'=0%;;;0;100 '/sys/fs/cgroup'=0B;;;0;12638027776 '/sys/fs/cgroup %'=0%;;;0;100 '/sys/fs/cgroup inodes %'=0%;;;0;100 '/dev/shm'=0B;;;0;25276059648 '/dev/shm %'=0%;;;0;100 '/dev/shm inodes %'=0%;;;0;100" $STG_L --ucd
storage_line "ucd: free is dskAvail" 2 "[OK] /: 6.34% used (15.97 GiB of 251.97 GiB, 79.72 GiB free), inodes 2% used"
run_case "ucd: -n by device" 0 "STORAGE OK - /: 6.34% used (15.97 GiB of 251.97 GiB, 79.72 GiB free), inodes 2% used | *" $STG_L --ucd -n /dev/vda
run_case "ucd: -r on device" 0 "STORAGE OK - 2 volumes, highest use 0.00% on /sys/fs/cgroup | *" $STG_L --ucd -r '^tmpfs$'
run_case "ucd: free 80GB warns (79.72 GiB avail)" 1 "STORAGE WARNING - /: 6.34% used (15.97 GiB of 251.97 GiB, 79.72 GiB free), inodes 2% used | '/'=17146789888B;~:16845934592;;0;270553174016 '/ %'=6.34%;;;0;100 '/ inodes %'=2%;;;0;100" $STG_L --ucd -n / -w 80GB
run_case "ucd: free 79GB ok" 0 "STORAGE OK - /: * | '/'=17146789888B;~:17919676416;;0;270553174016 *" $STG_L --ucd -n / -w 79GB
run_case "ucd: inode warning" 1 "STORAGE WARNING - /: 6.34% used (15.97 GiB of 251.97 GiB, 79.72 GiB free), inodes 2% used | '/'=17146789888B;;;0;270553174016 '/ %'=6.34%;;;0;100 '/ inodes %'=2%;1;;0;100" $STG_L --ucd -n / --inode-warning 1
run_case "ucd: inode critical" 2 "STORAGE CRITICAL - /: * | '/'=17146789888B;;;0;270553174016 '/ %'=6.34%;;;0;100 '/ inodes %'=2%;1;1.5;0;100" $STG_L --ucd -n / --inode-warning 1 --inode-critical 1.5%
run_case "ucd: inode ok, space warning" 1 "STORAGE WARNING - /: * | '/'=17146789888B;13527658700;;0;270553174016 '/ %'=6.34%;5;;0;100 '/ inodes %'=2%;50;90;0;100" $STG_L --ucd -n / -w 5 --inode-warning 50 --inode-critical 90
run_case "ucd: --sum" 0 "STORAGE OK - sum of 4 volumes: 5.56% used (15.97 GiB of 287.28 GiB, 115.03 GiB free) | 'sum'=17146789888B;;;0;308467265536 'sum %'=5.56%;;;0;100" $STG_L --ucd --sum
run_case "ucd: --list" 0 "STORAGE OK - 4 entries in dskTable" $STG_L --ucd --list
storage_line "ucd: --list line" 2 "* 1 /dev/vda '/' size 270553174016 B (251.97 GiB) used 17146789888 B (15.97 GiB) 6.34% inodes 2%"
storage_lines "ucd: --list one line per row" 5

section "# check_snmp_storage: windows-host.walk"
run_case "windows: default fixed disks, F: wrapped" 0 "STORAGE OK - 3 volumes, highest use 80.50% on D:\\\\ Label:Data  Serial Number 5c21d7a0 | 'C:\\\\ Label:System  Serial Number 8a3c1f2e'=84151791616B;;;0;136370450432 'C:\\\\ Label:System  Serial Number 8a3c1f2e %'=61.71%;;;0;100 'D:\\\\ Label:Data  Serial Number 5c21d7a0'=5309776744448B;;;0;6595996020736 'D:\\\\ Label:Data  Serial Number 5c21d7a0 %'=80.5%;;;0;100 'F:\\\\ Label:Archive  Serial Number 3e9d04b6'=7936426479616B;;;0;10995115225088 'F:\\\\ Label:Archive  Serial Number 3e9d04b6 %'=72.18%;;;0;100" $STG_W
storage_line "windows: C:" 2 "[OK] C:\\ Label:System  Serial Number 8a3c1f2e: 61.71% used (78.37 GiB of 127.00 GiB, 48.63 GiB free)"
storage_line "windows: D: above 2 TiB" 3 "[OK] D:\\ Label:Data  Serial Number 5c21d7a0: 80.50% used (4.83 TiB of 6.00 TiB, 1.17 TiB free)"
storage_line "windows: F: -1610612993 read as 2684354303 units" 4 "[OK] F:\\ Label:Archive  Serial Number 3e9d04b6: 72.18% used (7.22 TiB of 10.00 TiB, 2.78 TiB free)"
run_case "windows: -w 80 -c 90: D: warns" 1 "STORAGE WARNING - D:\\\\ Label:Data  Serial Number 5c21d7a0: 80.50% used (4.83 TiB of 6.00 TiB, 1.17 TiB free) | *'D:\\\\ Label:Data  Serial Number 5c21d7a0'=5309776744448B;5276796816588;5936396418662;0;6595996020736 'D:\\\\ Label:Data  Serial Number 5c21d7a0 %'=80.5%;80;90;0;100 *" $STG_W -w 80 -c 90
run_case "windows: -w 70 -c 80: D: critical, F: warning" 2 "STORAGE CRITICAL - D:\\\\ Label:Data  Serial Number 5c21d7a0: 80.50% used (4.83 TiB of 6.00 TiB, 1.17 TiB free); F:\\\\ Label:Archive  Serial Number 3e9d04b6: 72.18% used (7.22 TiB of 10.00 TiB, 2.78 TiB free) | *" $STG_W -w 70 -c 80
storage_line "windows: states per volume" 4 "[WARNING] F:\\ Label:Archive  Serial Number 3e9d04b6: 72.18% used (7.22 TiB of 10.00 TiB, 2.78 TiB free)"
run_case "windows: F: by regex, exact perfdata" 0 "STORAGE OK - F:\\\\ Label:Archive  Serial Number 3e9d04b6: 72.18% used (7.22 TiB of 10.00 TiB, 2.78 TiB free) | 'F:\\\\ Label:Archive  Serial Number 3e9d04b6'=7936426479616B;8796092180070;;0;10995115225088 'F:\\\\ Label:Archive  Serial Number 3e9d04b6 %'=72.18%;80;;0;100" $STG_W -r '^F:' -w 80
run_case "windows: F: free 3TB warns (2.78 TiB free)" 1 "STORAGE WARNING - F:* | 'F:\\\\ Label:Archive  Serial Number 3e9d04b6'=7936426479616B;~:7696580341760;;0;10995115225088 'F:\\\\ Label:Archive  Serial Number 3e9d04b6 %'=72.18%;;;0;100" $STG_W -r '^F:' -w 3TB
run_case "windows: -v notes the wrap" 0 "STORAGE OK - F:*" $STG_W -r '^F:' -v
storage_line "windows: -v wrap line" 2 "F:\\ Label:Archive  Serial Number 3e9d04b6: a negative 32-bit value was read as unsigned (plus 2^32)"
run_case "windows: CD-ROM without medium" 0 "STORAGE OK - E:\\\\: no size" $STG_W -T cdrom -w 1 -c 1
run_case "windows: -r '^[C-F]:' (any type)" 0 "STORAGE OK - 4 volumes, highest use 80.50% on D:* | *" $STG_W -r '^[C-F]:'
run_case "windows: -T ram,virtual" 0 "STORAGE OK - 2 volumes, highest use 76.53% on Physical Memory | 'Virtual Memory'=28258271232B;;;0;38654115840 'Virtual Memory %'=73.11%;;;0;100 'Physical Memory'=26295205888B;;;0;34359148544 'Physical Memory %'=76.53%;;;0;100" $STG_W -T ram,virtual
run_case "windows: --sum of the disks" 1 "STORAGE WARNING - sum of 3 volumes: 75.20% used (12.12 TiB of 16.12 TiB, 4.00 TiB free) | 'sum'=13330355015680B;12409237187379;;0;17727481696256 'sum %'=75.2%;70;;0;100" $STG_W --sum -w 70
run_case "windows: --list" 0 "STORAGE OK - 6 entries in hrStorageTable" $STG_W --list
storage_line "windows: --list wrapped F:" 5 "* 4 fixedDisk 'F:\\ Label:Archive  Serial Number 3e9d04b6' size 10995115225088 B (10.00 TiB) used 7936426479616 B (7.22 TiB) 72.18%"
storage_line "windows: --list CD-ROM" 4 "  3 compactDisc 'E:\\' size 0 B (0 B) used 0 B (0 B) no size"
run_case "windows: --ucd has no dskTable" 3 "$STG_D UNKNOWN - No UCD-SNMP-MIB dskTable on $STG_DATA/windows-host.walk: net-snmp lists disks only for \"disk\" or \"includeAllDisks\" lines in snmpd.conf" $STG_W --ucd

section "# check_snmp_storage: storage-edge.walk"
run_case "edge: clamped 2147483647 is UNKNOWN" 3 "STORAGE UNKNOWN - /: hrStorageSize is 2147483647, the Integer32 maximum: the agent clamped a larger value, the real figure is unknown" $STG_E -n /
run_case "edge: used > size is UNKNOWN" 3 "STORAGE UNKNOWN - /data: hrStorageUsed 2000 is larger than hrStorageSize 1000" $STG_E -n /data
run_case "edge: unit 0 with a size is UNKNOWN" 3 "STORAGE UNKNOWN - /zero-unit: hrStorageAllocationUnits is 0" $STG_E -n /zero-unit
run_case "edge: missing hrStorageUsed is UNKNOWN" 3 "STORAGE UNKNOWN - /no-used: hrStorageUsed missing or not a number" $STG_E -n /no-used
run_case "edge: negative size and used both unwrapped" 1 "STORAGE WARNING - /big: 100.00% used (4.00 TiB of 4.00 TiB, 1.00 KiB free) | '/big'=4398046509056B;~:4398046508032;~:4398046509056;0;4398046510080 '/big %'=100%;;;0;100" $STG_E -n /big -w 2KB -c 1KB
run_case "edge: network disk near 2 TiB" 1 "STORAGE WARNING - /nfs/home: 50.00% used (1000.00 GiB of 1.95 TiB, 1000.00 GiB free) | '/nfs/home'=1073741824000B;858993459200;;0;2147483648000 '/nfs/home %'=50%;40;;0;100" $STG_E -T network -w 40
run_case "edge: default mixes OK and UNKNOWN volumes" 3 "STORAGE UNKNOWN - /: hrStorageSize is 2147483647*; /data: *; /zero-unit: *; /no-used: * | '/big'=4398046509056B;;;0;4398046510080 '/big %'=100%;;;0;100 '/dup #8'=1024000B;;;0;4096000 '/dup #8 %'=25%;;;0;100 '/dup #9'=1024000B;;;0;4096000 '/dup #9 %'=25%;;;0;100" $STG_E
run_case "edge: a repeated description gets #index" 1 "STORAGE WARNING - /dup #8: 25.00% used (1000.00 KiB of 3.91 MiB, 2.93 MiB free); /dup #9: 25.00% used * | '/dup #8'=1024000B;819200;;0;4096000 '/dup #8 %'=25%;20;;0;100 '/dup #9'=1024000B;819200;;0;4096000 '/dup #9 %'=25%;20;;0;100" $STG_E -n /dup -w 20
storage_line "edge: #index in the long output" 3 "[WARNING] /dup #9: 25.00% used (1000.00 KiB of 3.91 MiB, 2.93 MiB free)"
run_case "edge: a CRITICAL volume outranks UNKNOWN ones" 2 "STORAGE CRITICAL - /: *; /big: 100.00% used*" $STG_E -c 99
run_case "edge: unknown type OID only with -n or all" 0 "STORAGE OK - odd type: 50.00% used (25.00 KiB of 50.00 KiB, 25.00 KiB free) | 'odd type'=25600B;;;0;51200 'odd type %'=50%;;;0;100" $STG_E -n 'odd type'
run_case "edge: -T other does not take an unknown OID" 3 "STORAGE UNKNOWN - No hrStorageTable entry*" $STG_E -T other
run_case "edge: -T all takes it" 3 "STORAGE UNKNOWN - *" $STG_E -T all
storage_line "edge: -T all, unknown type line" 7 "[OK] odd type: 50.00% used (25.00 KiB of 50.00 KiB, 25.00 KiB free)"
run_case "edge: --sum refuses unusable volumes" 3 "STORAGE UNKNOWN - sum of 7 volumes: cannot add up: /: hrStorageSize is 2147483647*" $STG_E --sum
run_case "edge: --list shows the OID of an unknown type" 0 "STORAGE OK - 9 entries in hrStorageTable" $STG_E --list
storage_line "edge: --list unknown type" 7 "  6 1.3.6.1.4.1.99999.1 'odd type' size 51200 B (50.00 KiB) used 25600 B (25.00 KiB) 50.00%"
storage_line "edge: --list unusable entry" 2 "* 1 fixedDisk '/' hrStorageSize is 2147483647, the Integer32 maximum: the agent clamped a larger value, the real figure is unknown"
run_case "edge: old dskTable, 32-bit columns" 1 "STORAGE WARNING - /: 75.00% used (7.50 GiB of 10.00 GiB, 2.00 GiB free), inodes 40% used | '/'=8053063680B;7516192768;;0;10737418240 '/ %'=75%;70;;0;100 '/ inodes %'=40%;;;0;100" $STG_E --ucd -n /dev/sda1 -w 70
run_case "edge: old dskTable, wrapped dskTotal and dskUsed" 0 "STORAGE OK - /var: 75.00% used (3.00 TiB of 4.00 TiB, 1.00 TiB free) | '/var'=3298534882304B;;~:3298534882304;0;4398046510080 '/var %'=75%;;;0;100" $STG_E --ucd -n /var -c 1TB
run_case "edge: old dskTable, clamped dskTotal" 3 "STORAGE UNKNOWN - /clamped: dskTotal is 2147483647: the agent clamped a larger value and has no 64-bit columns" $STG_E --ucd -n /clamped
run_case "edge: inode thresholds without an inode figure" 3 "STORAGE UNKNOWN - /var: no inode figure (dskPercentNode missing or out of range)" $STG_E --ucd -n /var --inode-warning 50

section "# check_snmp_storage: bad input"
run_case "bad: -r regex" 3 "$STG_D UNKNOWN - Invalid -r: invalid regular expression '(': *" $STG_L -r '('
run_case "bad: -E regex" 3 "$STG_D UNKNOWN - Invalid -E: invalid regular expression 'a[': *" $STG_L -E 'a['
run_case "bad: range 10:abc" 3 "$STG_D UNKNOWN - Invalid warning range '10:abc': expected ?@??START:??END? in percent (80, 80%) or free bytes with a unit (10GB, 500MB:)" $STG_L -w 10:abc
run_case "bad: range 20:10" 3 "$STG_D UNKNOWN - Invalid critical range '20:10': its start is greater than its end; *" $STG_L -c 20:10
run_case "bad: unknown unit" 3 "$STG_D UNKNOWN - Invalid warning range '10XB'*" $STG_L -w 10XB
run_case "bad: % and a byte unit" 3 "$STG_D UNKNOWN - Invalid warning range '5GB%'*" $STG_L -w 5GB%
run_case "bad: % not after a number" 3 "$STG_D UNKNOWN - Invalid warning range '%5'*" $STG_L -w %5
run_case "bad: inode range with a unit" 3 "$STG_D UNKNOWN - Invalid inode warning range '5GB': expected ?@??START:??END? in percent" $STG_L --ucd --inode-warning 5GB
run_case "bad: unknown type" 3 "$STG_D UNKNOWN - Unknown storage type 'disk': expected fixed, network, ram, virtual, removable, floppy, cdrom, ramdisk, flash, other or all" $STG_L -T fixed,disk
run_case "bad: empty type" 3 "$STG_D UNKNOWN - Invalid --type ',': no type given" $STG_L -T ,
run_case "bad: --type with --ucd" 3 "$STG_D UNKNOWN - --type applies to hrStorageTable; dskTable (--ucd) has no types" $STG_L --ucd -T fixed
run_case "bad: inode thresholds without --ucd" 3 "$STG_D UNKNOWN - Inode thresholds need --ucd: hrStorageTable has no inode figures" $STG_L --inode-critical 90
run_case "bad: inode thresholds with --sum" 3 "$STG_D UNKNOWN - Inode thresholds cannot be combined with --sum*" $STG_L --ucd --sum --inode-critical 90
run_case "bad: --no-match state" 3 "$STG_D UNKNOWN - Invalid state 'maybe' for --no-match: expected 0-3 or OK, WARNING, CRITICAL, UNKNOWN" $STG_L --no-match maybe
run_case "bad: unknown option" 3 "$STG_D UNKNOWN - Unknown option -q (see --help)" $STG_L -q
run_case "bad: missing argument" 3 "$STG_D UNKNOWN - Missing argument for option -w (see --help)" $STG_L -w
run_case "bad: no agent" 3 "$STG_D UNKNOWN - No agent given: use -H HOST (or --walk-file FILE)" $STG
run_case "bad: walk without hrStorage" 3 "$STG_D UNKNOWN - No hrStorageTable on $STG_DATA/netsnmp-system.walk: the agent does not implement HOST-RESOURCES-MIB storage (try --ucd)" $STG --walk-file "$STG_DATA/netsnmp-system.walk"
run_case "--help" 0 "check_snmp_storage (snmp-plugins *)" $STG --help
for opt in -w -c -n -r -E -i -T --ucd --sum --inode-warning --inode-critical --list --no-match; do
	if printf '%s\n' "$OUT" | grep -q -- " $opt[][,= ]\| $opt\$\|, $opt"; then
		PASS=$((PASS + 1))
	else
		FAIL=$((FAIL + 1))
		echo "FAIL check_snmp_storage --help does not document $opt"
	fi
done
