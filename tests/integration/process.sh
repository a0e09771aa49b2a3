# A suite (run-one, after start_snmpd): check_snmp_process
# on the recorded walks (figures from their .md sidecars) and the
# handcrafted tests/data/process-*.walk (rows with holes, no perf table, no
# status column), bad input, then against the real snmpd with processes
# this file starts first (three sleepers, a stopped one, a zombie, one with
# a name longer than Linux keeps) and snmpd itself, every figure read again
# with net-snmp snmpbulkwalk/snmpget.  The processes are stopped by PID at
# the end, and by lib.sh's cleanup if the run is cut short.
section "# check_snmp_process"
PR="$TOP/plugins/check_snmp_process"
PR_H="$PR -H 127.0.0.1 -p $SNMPD_PORT"
PR_D="$TOP/tests/data"
PR_L="$PR --walk-file $PR_D/linux-host.walk"
PR_W="$PR --walk-file $PR_D/windows-host.walk"
PR_C="$PR --walk-file $PR_D/process-churn.walk"
PR_N="$PR --walk-file $PR_D/process-noperf.walk"
PR_RUN=1.3.6.1.2.1.25.4.2.1
PR_PERF=1.3.6.1.2.1.25.5.1.1

# pr_line NAME N TEXT: line N of the last output is exactly TEXT.
pr_line() {
	got=$(printf '%s\n' "$OUT" | sed -n "$2p")
	if [ "$got" = "$3" ]; then
		PASS=$((PASS + 1))
		echo "ok   $1"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $1"
		echo "     expected line $2: $3"
		echo "     got:             $got"
	fi
}

# pr_lines NAME N: the last output has N lines.
pr_lines() {
	got=$(printf '%s\n' "$OUT" | wc -l)
	if [ "$got" -eq "$2" ]; then
		PASS=$((PASS + 1))
		echo "ok   $1"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $1: $got lines, expected $2"
		printf '%s\n' "$OUT" | sed 's/^/     /'
	fi
}

# pr_check NAME CONDITION...: a shell test, counted like a case.
pr_check() {
	name=$1
	shift
	if "$@"; then
		PASS=$((PASS + 1))
		echo "ok   $name"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL $name: $*"
	fi
}

# pr_case NAME RC TEXT CMD...: like run_case, but the first line must be
# exactly TEXT (device strings hold [ ] \ and *, which patterns would read).
pr_case() {
	name=$1 want_rc=$2 want=$3
	shift 3
	t0=$(now_ms)
	OUT=$("$@" 2>"$WORK/stderr")
	RC=$?
	MS=$(( $(now_ms) - t0 ))
	first=$(printf '%s\n' "$OUT" | head -n 1)
	if [ "$RC" = "$want_rc" ] && [ "$first" = "$want" ]; then
		PASS=$((PASS + 1))
		echo "ok   $name"
		return 0
	fi
	FAIL=$((FAIL + 1))
	echo "FAIL $name"
	echo "     command:  $*"
	echo "     expected: rc=$want_rc line: $want"
	echo "     got:      rc=$RC line: $first"
	return 1
}

# pr_human KIB: KiB as the plugin prints an amount.
pr_human() {
	awk -v k="$1" 'BEGIN {
		b = k * 1024; split("KiB MiB GiB TiB PiB", u, " "); i = 0
		if (b < 1024) { printf "%d B\n", b; exit }
		while (b >= 1024 && i < 5) { b /= 1024; i++ }
		printf "%.2f %s\n", b, u[i]
	}'
}

pr_walk() {
	MIBS= MIBDIRS=/nonexistent snmpbulkwalk -v2c -c public -On -r 2 -t 1 \
	    "127.0.0.1:$SNMPD_PORT" "$1"
}

# pr_get OID: the value alone, quotes removed.
pr_get() {
	MIBS= MIBDIRS=/nonexistent snmpget -v2c -c public -On -Oqv -r 2 -t 1 \
	    "127.0.0.1:$SNMPD_PORT" "$1" | sed 's/^"\(.*\)"$/\1/'
}

# pr_snap: "pid column value" lines for the run and perf tables, from
# snmpwalk (columns 2 name, 4 path, 5 args, 6 type, 7 status, cpu, mem).
pr_snap() {
	{ pr_walk $PR_RUN; pr_walk $PR_PERF; } | awk '
	/^\.1\.3\.6\.1\.2\.1\.25\.[45]\./ {
		oid = $1
		sub(/^\.1\.3\.6\.1\.2\.1\.25\./, "", oid)
		n = split(oid, a, ".")
		col = (a[1] == 4 ? "" : "perf") a[4]
		v = $0
		sub(/^[^=]*= /, "", v)
		if (v == "\"\"")
			v = ""
		sub(/^[A-Za-z0-9-]+: /, "", v)
		sub(/^"/, "", v)
		sub(/"$/, "", v)
		print a[n], col, v
	}'
}

# The plugin's status line written again from a pr_snap: selection kind
# (name, regex or all) and pattern, and mem=1 for -m.
PR_AWK='
function human(b,  d, i, u) {
	if (b < 1024)
		return sprintf("%d B", b)
	split("KiB MiB GiB TiB PiB", u, " ")
	d = b; i = 0
	while (d >= 1024 && i < 5) { d /= 1024; i++ }
	return sprintf("%.2f %s", d, u[i])
}
{
	pid = $1; col = $2
	v = $0; sub(/^[^ ]* [^ ]* ?/, "", v)
	seen[pid] = 1
	val[pid, col] = v; has[pid, col] = 1
}
END {
	n = 0
	for (p in seen) pids[++n] = p + 0
	for (i = 2; i <= n; i++) {
		x = pids[i]
		for (j = i - 1; j >= 1 && pids[j] > x; j--) pids[j + 1] = pids[j]
		pids[j + 1] = x
	}
	cnt = 0; changed = 0; tot = 0; mn = 0; max = 0
	for (i = 1; i <= n; i++) {
		p = pids[i]
		if (kind == "name" && (!has[p, 2] || val[p, 2] != pat)) continue
		if (kind == "regex" && (!has[p, 2] || val[p, 2] !~ pat)) continue
		if (!has[p, 2] || !has[p, 7] || (mem && !has[p, "perf2"])) {
			changed++
			continue
		}
		s = val[p, 7]
		if (s == 1 || s == 2) {
			cnt++
			if (mem) {
				m = val[p, "perf2"] * 1024
				tot += m
				if (++mn == 1 || m > max) { max = m; maxpid = p }
			}
		} else if (s >= 3 && s <= 4)
			nc[s]++
		else
			nc[0]++
	}
	line = "PROCESS " (cnt > 0 ? "OK" : "CRITICAL") " - " cnt " process" (cnt == 1 ? "" : "es")
	if (kind == "name") line = line " named '\''" pat "'\''"
	if (kind == "regex") line = line " with name matching '\''" pat "'\''"
	if (cnt == 0) line = line " (critical range 1:)"
	if (nc[3] + nc[4] + nc[0] > 0) {
		line = line ", not counted:"; k = 0
		if (nc[3]) line = line (k++ ? "," : "") " " nc[3] " notRunnable"
		if (nc[4]) line = line (k++ ? "," : "") " " nc[4] " invalid"
		if (nc[0]) line = line (k++ ? "," : "") " " nc[0] " with an unknown status"
	}
	if (changed) line = line ", " changed " started or ended during the walk"
	perf = "'\''processes'\''=" cnt ";;1:;0"
	if (mem) {
		line = line ", memory " human(tot) " total"
		if (mn > 1) line = line ", largest " human(max) " (PID " maxpid ")"
		perf = perf sprintf(" '\''memory'\''=%.0fB;;;0 '\''memory_max'\''=%.0fB;;;0", tot, max)
	}
	print line " | " perf
}'

pr_expect() {
	pr_snap | awk -v kind="$1" -v pat="$2" -v mem="${3:-0}" "$PR_AWK"
}

# pr_stable NAME RC KIND PATTERN MEM CMD...: the process table moves (other
# processes come and go, snmpd reloads it every 30 s), so the expected line
# is computed from snmpwalk before and after the plugin runs; the plugin
# must print exactly that line, or when the table moved while it ran, one
# of the two; else all three are taken again (up to 5 times).
pr_stable() {
	name=$1 want_rc=$2 kind=$3 pat=$4 mem=$5
	shift 5
	tries=0
	while :; do
		tries=$((tries + 1))
		e1=$(pr_expect "$kind" "$pat" "$mem")
		OUT=$("$@" 2>"$WORK/stderr")
		RC=$?
		e2=$(pr_expect "$kind" "$pat" "$mem")
		first=$(printf '%s\n' "$OUT" | head -n 1)
		[ "$e1" = "$e2" ] && break
		# the figures moved while it ran: the plugin saw one or the other
		[ "$first" = "$e2" ] && e1=$e2
		[ "$first" = "$e1" ] && break
		[ $tries -ge 5 ] && break
		sleep 1
	done
	if [ "$RC" = "$want_rc" ] && [ "$first" = "$e1" ]; then
		PASS=$((PASS + 1))
		echo "ok   $name"
		return 0
	fi
	FAIL=$((FAIL + 1))
	echo "FAIL $name"
	echo "     command:  $*"
	echo "     expected: rc=$want_rc line: $e1"
	[ "$e1" = "$e2" ] || echo "     (snmpwalk changed meanwhile: $e2)"
	echo "     got:      rc=$RC line: $first"
	return 1
}

# The processes are started first: snmpd shows them only when it next
# reads /proc (up to 30 s later), which the walk-file cases fill.
# Symbolic links to sleep give the processes names of their own: Linux
# names a process after the file it executed, not the link's target.
PR_TAG=pt$$
PR_BIN="$WORK/pbin"
mkdir -p "$PR_BIN"
PR_SLEEP=$(command -v sleep)
for s in a s z p -long-process-name; do
	ln -s "$PR_SLEEP" "$PR_BIN/$PR_TAG$s"
done
PR_CUT=$(printf '%.15s' "$PR_TAG-long-process-name")
PR_A=""
for arg in 301 302 303; do
	"$PR_BIN/${PR_TAG}a" $arg &
	PR_A="$PR_A $!"
	PIDS="$PIDS $!"
done
"$PR_BIN/$PR_TAG-long-process-name" 300 &
PR_LONG=$!
PIDS="$PIDS $PR_LONG"
# the zombie: its parent execs a sleep that never reaps it
sh -c "'$PR_BIN/${PR_TAG}z' 0.3 & exec '$PR_BIN/${PR_TAG}p' 300" &
PR_P=$!
PIDS="$PIDS $PR_P"
# Stopped: notRunnable.  SIGTERM waits while a process is stopped, so a
# guard (in PIDS) resumes and ends it when lib.sh's cleanup ends the guard.
"$PR_BIN/${PR_TAG}s" 300 &
PR_S=$!
i=0
while [ "$(cat /proc/$PR_S/comm 2>/dev/null)" != "${PR_TAG}s" ] && [ $i -lt 50 ]; do
	sleep 0.05
	i=$((i + 1))
done
kill -STOP "$PR_S"
sh -c 'trap "kill \$1 2>/dev/null; kill -CONT \$1 2>/dev/null; exit 0" TERM; while kill -0 $1 2>/dev/null; do sleep 0.2; done' guard "$PR_S" &
PR_GUARD=$!
PIDS="$PIDS $PR_GUARD"

section "## walk files: linux-host.walk (linux-host.walk.md)"
pr_case "linux: 3 sleep" 0 \
    "PROCESS OK - 3 processes named 'sleep', memory 4.61 MiB total, largest 1.54 MiB (PID 2) | 'processes'=3;;1:;0 'memory'=4829184B;;;0 'memory_max'=1609728B;;;0" \
    $PR_L -n sleep -m
pr_line "linux: long output" 2 "[OK] PID 2 sleep: runnable, memory 1.54 MiB"
pr_lines "linux: one line per process" 4
pr_case "linux: every process, memory and CPU" 0 \
    "PROCESS OK - 7 processes, memory 21.66 MiB total, largest 12.30 MiB (PID 6), CPU time 137.10 s | 'processes'=7;;1:;0 'memory'=22716416B;;;0 'memory_max'=12902400B;;;0 'cpu'=13710c;;;0" \
    $PR_L -m --cpu
pr_case "linux: --status running" 0 "PROCESS OK - 2 processes, not counted: 5 runnable | 'processes'=2;;1:;0" $PR_L --status running
pr_line "linux: runnable not counted" 2 "[OK] PID 1 init.sh: runnable, not counted"
pr_case "linux: --path full path" 0 "PROCESS OK - 1 process with path '/usr/sbin/snmpd' | 'processes'=1;;1:;0" $PR_L --path -n /usr/sbin/snmpd
pr_line "linux: --path shows the path" 2 "[OK] PID 6 snmpd: running, path /usr/sbin/snmpd"
pr_case "linux: --args busy loop" 0 \
    "PROCESS OK - 1 process with command line 'sh -c while :; do :; done' | 'processes'=1;;1:;0" \
    $PR_L --args -n 'sh -c while :; do :; done'
pr_case "linux: name of a script is the script's" 0 "PROCESS OK - 1 process named 'init.sh' | 'processes'=1;;1:;0" $PR_L -n init.sh -v
pr_line "linux: -v path and args" 2 "[OK] PID 1 init.sh: runnable, path /bin/sh, args /tmp/rec/init.sh"
run_case "linux: -v cuts long arguments at 60 characters, spaces trimmed" 0 "PROCESS OK - 1 process named 'snmpd' | *" $PR_L -n snmpd -v
pr_line "linux: cut arguments" 2 "[OK] PID 6 snmpd: running, path /usr/sbin/snmpd, args -f -C -c /tmp/rec/snmpd.conf -I -smux -p /tmp/rec/snmpd.pid..."
pr_case "linux: sshd absent (prTable says so too)" 2 "PROCESS CRITICAL - 0 processes named 'sshd' (critical range 1:) | 'processes'=0;;1:;0" $PR_L -n sshd
pr_case "linux: v1 reads the same" 0 "PROCESS OK - 3 processes named 'sleep' | 'processes'=3;;1:;0" $PR_L -P 1 -n sleep
pr_case "linux: --list" 0 "PROCESS OK - 7 processes in hrSWRunTable" $PR_L --list
pr_lines "linux: --list lines" 8
pr_line "linux: --list line" 7 "* 6 running application 'snmpd' path '/usr/sbin/snmpd' args '-f -C -c /tmp/rec/snmpd.conf -I -smux -p /tmp/rec/snmpd.pid -Lf /dev/null udp:127.0.0.1:17261' memory 12.30 MiB CPU 0.08 s"
pr_case "linux: --list -n marks" 0 "PROCESS OK - 7 processes in hrSWRunTable" $PR_L --list -n sleep
pr_line "linux: --list unmarked" 2 "  1 runnable application 'init.sh' path '/bin/sh' args '/tmp/rec/init.sh' memory 1.57 MiB CPU 0.00 s"
pr_line "linux: --list marked" 3 "* 2 runnable application 'sleep' path 'sleep' args '86400' memory 1.54 MiB CPU 0.00 s"

section "## walk files: windows-host.walk (windows-host.walk.md)"
pr_case "windows: 18 svchost.exe" 0 "PROCESS OK - 18 processes named 'svchost.exe' | 'processes'=18;;1:;0" $PR_W -n svchost.exe
pr_lines "windows: 18 lines of long output" 19
pr_line "windows: first svchost" 2 "[OK] PID 812 svchost.exe: running"
pr_case "windows: svchost memory and CPU" 0 \
    "PROCESS OK - 18 processes named 'svchost.exe', memory 336.54 MiB total, largest 61.93 MiB (PID 1072), CPU time 32650.02 s | 'processes'=18;;1:;0 'memory'=352884736B;;;0 'memory_max'=64933888B;;;0 'cpu'=3265002c;;;0" \
    $PR_W -n svchost.exe -m --cpu
pr_case "windows: 3 w3wp.exe, one runnable" 0 \
    "PROCESS OK - 3 processes named 'w3wp.exe', memory 1.29 GiB total, largest 640.02 MiB (PID 3356) | 'processes'=3;;1:;0 'memory'=1386741760B;;;0 'memory_max'=671109120B;;;0" \
    $PR_W -n w3wp.exe -m
OUT=$($PR_W -n w3wp.exe -m -v)
pr_line "windows: -v: path and cut args" 4 "[OK] PID 3356 w3wp.exe: runnable, memory 640.02 MiB, path C:\\Windows\\system32\\inetsrv\\, args -ap \"CustomerPortal\" -v \"v4.0\" -l \"webengine4.dll\" -a \\\\.\\pi..."
pr_case "windows: sqlservr 18 GiB, CPU" 0 \
    "PROCESS OK - 1 process named 'sqlservr.exe', memory 18.00 GiB total, CPU time 2291187.74 s | 'processes'=1;;1:;0 'memory'=19327352832B;;;0 'memory_max'=19327352832B;;;0 'cpu'=229118774c;;;0" \
    $PR_W -n sqlservr.exe -m --cpu
pr_case "windows: all 66, memory and CPU" 0 \
    "PROCESS OK - 66 processes, memory 21.18 GiB total, largest 18.00 GiB (PID 1908), CPU time 15707214.46 s | 'processes'=66;;1:;0 'memory'=22737197056B;;;0 'memory_max'=19327352832B;;;0 'cpu'=1570721446c;;;0" \
    $PR_W -m --cpu
pr_case "windows: --status running" 0 "PROCESS OK - 63 processes, not counted: 3 runnable | 'processes'=63;;1:;0" $PR_W --status running
pr_case "windows: --status runnable" 0 "PROCESS OK - 3 processes, not counted: 63 running | 'processes'=3;;1:;0" $PR_W --status 2
pr_case "windows: --status 1,runnable" 0 "PROCESS OK - 66 processes | 'processes'=66;;1:;0" $PR_W --status 1,runnable
pr_case "windows: --args substring -k netsvcs: 2" 0 \
    "PROCESS OK - 2 processes with command line matching '-k netsvcs' | 'processes'=2;;1:;0" $PR_W --args -r '-k netsvcs'
pr_case "windows: --args exact -k netsvcs -p: 1" 0 \
    "PROCESS OK - 1 process with command line 'svchost.exe -k netsvcs -p' | 'processes'=1;;1:;0" $PR_W --args -n 'svchost.exe -k netsvcs -p'
pr_line "windows: PID 1072" 2 "[OK] PID 1072 svchost.exe: running, args -k netsvcs -p"
pr_case "windows: --args with directory and name" 0 \
    "PROCESS OK - 1 process with command line 'C:\\Windows\\system32\\svchost.exe -k netsvcs' | 'processes'=1;;1:;0" \
    $PR_W --args -n 'C:\Windows\system32\svchost.exe -k netsvcs'
pr_line "windows: PID 3480" 2 "[OK] PID 3480 svchost.exe: running, args -k netsvcs"
pr_case "windows: --args -E" 0 \
    "PROCESS OK - 16 processes with command line matching '^svchost\\.exe ' except matching 'netsvcs' | 'processes'=16;;1:;0" \
    $PR_W --args -r '^svchost\.exe ' -E netsvcs
pr_case "windows: --path directory and name" 0 \
    "PROCESS OK - 18 processes with path 'C:\\Windows\\system32\\svchost.exe' | 'processes'=18;;1:;0" \
    $PR_W --path -n 'C:\Windows\system32\svchost.exe'
pr_case "windows: --path directory" 0 \
    "PROCESS OK - 3 processes with path 'C:\\Windows\\system32\\inetsrv\\' | 'processes'=3;;1:;0" \
    $PR_W --path -n 'C:\Windows\system32\inetsrv\'
pr_case "windows: --path regex" 0 \
    "PROCESS OK - 3 processes with path matching 'MSSQL\\\\Binn\\\\\$' | 'processes'=3;;1:;0" \
    $PR_W --path -r 'MSSQL\\Binn\\$'
pr_case "windows: case matters" 2 \
    "PROCESS CRITICAL - 0 processes named 'SQLAGENT.exe' (critical range 1:) | 'processes'=0;;1:;0" $PR_W -n SQLAGENT.exe
pr_case "windows: -i" 0 "PROCESS OK - 1 process named 'SQLAGENT.exe' | 'processes'=1;;1:;0" $PR_W -i -n SQLAGENT.exe
pr_case "windows: several -n and -r" 0 \
    "PROCESS OK - 5 processes named 'sqlservr.exe' or 'SQLAGENT.EXE' or matching '^w3wp' | 'processes'=5;;1:;0" \
    $PR_W -n sqlservr.exe -n SQLAGENT.EXE -r '^w3wp'
pr_case "windows: --mem-warning 16GB" 1 \
    "PROCESS WARNING - 1 process named 'sqlservr.exe', memory 18.00 GiB total, 1 beyond --mem-warning 16GB | 'processes'=1;;1:;0 'memory'=19327352832B;;;0 'memory_max'=19327352832B;17179869184;;0" \
    $PR_W -n sqlservr.exe --mem-warning 16GB
pr_line "windows: the process in WARNING" 2 "[WARNING] PID 1908 sqlservr.exe: running, memory 18.00 GiB"
pr_case "windows: --mem-critical 16GiB wins" 2 \
    "PROCESS CRITICAL - 1 process named 'sqlservr.exe', memory 18.00 GiB total, 1 beyond --mem-critical 16GiB | 'processes'=1;;1:;0 'memory'=19327352832B;;;0 'memory_max'=19327352832B;17179869184;17179869184;0" \
    $PR_W -n sqlservr.exe --mem-warning 16GB --mem-critical 16GiB
pr_case "windows: w3wp per process 500MB" 1 \
    "PROCESS WARNING - 3 processes named 'w3wp.exe', memory 1.29 GiB total, largest 640.02 MiB (PID 3356), 1 beyond --mem-warning 500MB | 'processes'=3;;1:;0 'memory'=1386741760B;;;0 'memory_max'=671109120B;524288000;;0" \
    $PR_W -n w3wp.exe --mem-warning 500MB
pr_case "windows: total 1GB:2GB inside" 0 \
    "PROCESS OK - 3 processes named 'w3wp.exe', memory 1.29 GiB total, largest 640.02 MiB (PID 3356) | 'processes'=3;;1:;0 'memory'=1386741760B;1073741824:2147483648;;0 'memory_max'=671109120B;;;0" \
    $PR_W -n w3wp.exe --total-mem-warning 1GB:2GB
pr_case "windows: total @1GB:2GB alerts inside" 2 \
    "PROCESS CRITICAL - 3 processes named 'w3wp.exe', memory 1.29 GiB total (critical range @1GB:2GB), largest 640.02 MiB (PID 3356) | 'processes'=3;;1:;0 'memory'=1386741760B;;@1073741824:2147483648;0 'memory_max'=671109120B;;;0" \
    $PR_W -n w3wp.exe --total-mem-critical @1GB:2GB
pr_case "windows: total below 512M" 1 \
    "PROCESS WARNING - 18 processes named 'svchost.exe', memory 336.54 MiB total (warning range 512M:), largest 61.93 MiB (PID 1072) | 'processes'=18;;1:;0 'memory'=352884736B;536870912:;;0 'memory_max'=64933888B;;;0" \
    $PR_W -n svchost.exe --total-mem-warning 512M:
pr_case "windows: no sshd" 2 "PROCESS CRITICAL - 0 processes named 'sshd' (critical range 1:) | 'processes'=0;;1:;0" $PR_W -n sshd
pr_lines "windows: no long output when none match" 1
pr_case "windows: --list" 0 "PROCESS OK - 66 processes in hrSWRunTable" $PR_W --list
pr_lines "windows: --list lines" 67
pr_line "windows: --list sqlservr" 31 "* 1908 running application 'sqlservr.exe' path 'C:\\Program Files\\Microsoft SQL Server\\MSSQL15.MSSQLSERVER\\MSSQL\\Binn\\' args '-sMSSQLSERVER' memory 18.00 GiB CPU 2291187.74 s"
pr_line "windows: --list empty strings" 2 "* 1 running operatingSystem 'System Idle Process' path '' args '' memory 8.00 KiB CPU 12510933.77 s"

section "## walk files: processes that start or end during the walk (process-churn.walk)"
pr_case "churn: holes are neither counted nor a crash" 0 \
    "PROCESS OK - 2 processes named 'daemon', not counted: 1 notRunnable, 1 invalid, 1 with an unknown status, 1 started or ended during the walk | 'processes'=2;;1:;0" \
    $PR_C -n daemon
pr_line "churn: name without status" 3 "[OK] PID 101 daemon: started or ended during the walk, not counted"
pr_line "churn: out-of-range status" 7 "[OK] PID 108 daemon: status 7, not counted"
pr_case "churn: with memory, a missing perf row is a hole too" 0 \
    "PROCESS OK - 1 process named 'daemon', not counted: 1 notRunnable, 1 invalid, 1 with an unknown status, 2 started or ended during the walk, memory 512.00 MiB total | 'processes'=1;;1:;0 'memory'=536870912B;;;0 'memory_max'=536870912B;;;0" \
    $PR_C -n daemon -m
pr_line "churn: perf row missing" 4 "[OK] PID 102 daemon: started or ended during the walk, not counted"
pr_case "churn: every process (rows without a name included)" 0 \
    "PROCESS OK - 5 processes, not counted: 1 notRunnable, 1 invalid, 1 with an unknown status, 2 started or ended during the walk | 'processes'=5;;1:;0" \
    $PR_C
pr_line "churn: row without a name" 5 "[OK] PID 103 ?: started or ended during the walk, not counted"
pr_case "churn: alerts on statuses" 2 \
    "PROCESS CRITICAL - 1 process named 'daemon', not counted: 1 notRunnable, 1 invalid, 1 with an unknown status, 2 started or ended during the walk, memory 512.00 MiB total, CPU time 123.45 s | 'processes'=1;;1:;0 'memory'=536870912B;;;0 'memory_max'=536870912B;;;0 'cpu'=12345c;;;0" \
    $PR_C -n daemon -m --cpu --not-runnable warning --invalid 2
pr_line "churn: notRunnable WARNING" 5 "[WARNING] PID 104 daemon: notRunnable, memory 256.00 MiB, CPU 2.00 s, not counted"
pr_line "churn: invalid CRITICAL" 6 "[CRITICAL] PID 105 daemon: invalid, memory 0 B, CPU 0.07 s, not counted"
pr_case "churn: --status all" 0 \
    "PROCESS OK - 4 processes named 'daemon', not counted: 1 with an unknown status, 1 started or ended during the walk | 'processes'=4;;1:;0" \
    $PR_C -n daemon --status all
pr_case "churn: cut name hint" 2 \
    "PROCESS CRITICAL - 0 processes named 'averyveryverylongname' (critical range 1:); the agent cuts names: use -n 'averyveryverylo' | 'processes'=0;;1:;0" \
    $PR_C -n averyveryverylongname
pr_case "churn: a pipe and a line feed cannot break the output" 0 \
    "PROCESS OK - 1 process with name matching '^bad.name' | 'processes'=1;;1:;0" $PR_C -r '^bad.name'
pr_line "churn: sanitised name" 2 '[OK] PID 110 bad/name\n: runnable'
pr_case "churn: --list" 0 "PROCESS OK - 11 processes in hrSWRunTable" $PR_C --list -n daemon
pr_lines "churn: --list lines" 12
pr_line "churn: --list hole" 3 "* 101 - - 'daemon' path '-' args '-' memory - CPU - (started or ended during the walk)"
pr_line "churn: --list perf only" 9 "  107 - - '-' path '-' args '-' memory 300.00 KiB CPU 0.03 s (started or ended during the walk)"

section "## walk files: agents without parts of the MIB"
pr_case "no perf table: count works" 0 "PROCESS OK - 1 process named 'httpd' | 'processes'=1;;1:;0" $PR_N -n httpd
pr_case "no perf table: -m is UNKNOWN" 3 \
    "PROCESS UNKNOWN - The agent at $PR_D/process-noperf.walk has no hrSWRunPerfMem (1.3.6.1.2.1.25.5.1.1.2) for its 3 processes: hrSWRunPerfTable is not implemented" \
    $PR_N -n httpd -m
run_case "no perf table: a memory threshold is UNKNOWN" 3 "PROCESS UNKNOWN - The agent at * has no hrSWRunPerfMem *" $PR_N -n httpd --mem-critical 1GB
run_case "no perf table: --cpu is UNKNOWN" 3 "PROCESS UNKNOWN - The agent at * has no hrSWRunPerfCPU (1.3.6.1.2.1.25.5.1.1.1) *" $PR_N -n httpd --cpu
pr_case "no perf table: --list" 0 "PROCESS OK - 3 processes in hrSWRunTable" $PR_N --list
pr_line "no perf table: --list dashes" 3 "* 231 runnable application 'dropbear' path '/usr/sbin/dropbear' args '-F -R' memory - CPU -"
pr_case "no status column: UNKNOWN" 3 \
    "PROCESS UNKNOWN - The agent at $PR_D/process-nostatus.walk has no hrSWRunStatus (1.3.6.1.2.1.25.4.2.1.7) for its 2 processes" \
    $PR --walk-file "$PR_D/process-nostatus.walk" -n sshd
pr_case "no hrSWRunTable: UNKNOWN" 3 \
    "PROCESS UNKNOWN - No hrSWRunTable on $PR_D/netsnmp-system.walk: the agent does not implement HOST-RESOURCES-MIB processes, or its view hides them" \
    $PR --walk-file "$PR_D/netsnmp-system.walk" -n sshd
run_case "no hrSWRunTable: --list UNKNOWN" 3 "PROCESS UNKNOWN - No hrSWRunTable on *" $PR --walk-file "$PR_D/netsnmp-system.walk" --list

# names and statuses only: -v shows what there is, --path cannot work
printf '%s\n' '.1.3.6.1.2.1.25.4.2.1.2.7 = STRING: "ntpd"' \
    '.1.3.6.1.2.1.25.4.2.1.7.7 = INTEGER: 2' >"$WORK/pr-min.walk"
pr_case "no path column: -v still works" 0 "PROCESS OK - 1 process named 'ntpd' | 'processes'=1;;1:;0" \
    $PR --walk-file "$WORK/pr-min.walk" -n ntpd -v
pr_line "no path column: the line without path" 2 "[OK] PID 7 ntpd: runnable"
pr_case "no path column: --path is UNKNOWN" 3 \
    "PROCESS UNKNOWN - The agent at $WORK/pr-min.walk has no hrSWRunPath (1.3.6.1.2.1.25.4.2.1.4) for its 1 processes" \
    $PR --walk-file "$WORK/pr-min.walk" --path -n /usr/sbin/ntpd

# a broken agent: hrSWRunStatus as text
printf '%s\n' '.1.3.6.1.2.1.25.4.2.1.2.7 = STRING: "ntpd"' \
    '.1.3.6.1.2.1.25.4.2.1.7.7 = STRING: "running"' >"$WORK/pr-text.walk"
pr_case "status column of strings: UNKNOWN" 3 \
    "PROCESS UNKNOWN - The agent at $WORK/pr-text.walk sends no usable hrSWRunStatus (1.3.6.1.2.1.25.4.2.1.7): not one of its 1 values is a non-negative number" \
    $PR --walk-file "$WORK/pr-text.walk" -n ntpd

section "## walk files: 3000 processes"
awk 'BEGIN {
	for (i = 1; i <= 3000; i++)
		printf ".1.3.6.1.2.1.25.4.2.1.2.%d = STRING: \"worker\"\n", i
	for (i = 1; i <= 3000; i++)
		printf ".1.3.6.1.2.1.25.4.2.1.5.%d = STRING: \"--serve --port %d\"\n", i, 8000 + i
	for (i = 1; i <= 3000; i++)
		printf ".1.3.6.1.2.1.25.4.2.1.7.%d = INTEGER: 2\n", i
	for (i = 1; i <= 3000; i++)
		printf ".1.3.6.1.2.1.25.5.1.1.2.%d = INTEGER: %d\n", i, 1000 + i
}' >"$WORK/pr-big.walk"
pr_case "3000 processes" 0 \
    "PROCESS OK - 3000 processes named 'worker', memory 7.15 GiB total, largest 3.91 MiB (PID 3000) | 'processes'=3000;;1:;0 'memory'=7681536000B;;;0 'memory_max'=4096000B;;;0" \
    $PR --walk-file "$WORK/pr-big.walk" -n worker -m -v
pr_line "3000 processes: the first" 2 "[OK] PID 1 worker: runnable, memory 1001.00 KiB, args --serve --port 8001"
pr_check "3000 processes: long output ends with how many are left out" \
    [ -n "$(printf '%s\n' "$OUT" | tail -n 1 | grep -x '\.\.\. and [0-9]* more processes')" ]
pr_check "3000 processes: long output within 128 KiB" [ "$(printf '%s\n' "$OUT" | wc -c)" -lt 140000 ]
pr_case "3000 processes: --list prints all" 0 "PROCESS OK - 3000 processes in hrSWRunTable" $PR --walk-file "$WORK/pr-big.walk" --list
pr_lines "3000 processes: --list lines" 3001

section "## bad input"
run_case "bad -r" 3 "PROCESS UNKNOWN - Invalid -r: invalid regular expression '(': *" $PR_W -r '('
run_case "bad -E" 3 "PROCESS UNKNOWN - Invalid -E: invalid regular expression '?': *" $PR_W -E '['
pr_many=$(i=0; while [ $i -lt 33 ]; do printf ' -n x%d' $i; i=$((i + 1)); done)
pr_case "33 -n" 3 "PROCESS UNKNOWN - Too many -n options (at most 32)" $PR_W $pr_many
pr_case "bad -w" 3 "PROCESS UNKNOWN - Invalid warning range '10:abc': expected [@][START:][END] with decimal numbers, ~ for minus infinity" $PR_W -w 10:abc
pr_case "bad -c" 3 "PROCESS UNKNOWN - Invalid critical range '20:10': its start is greater than its end; expected [@][START:][END] with decimal numbers, ~ for minus infinity" $PR_W -c 20:10
run_case "-c with a unit" 3 "PROCESS UNKNOWN - Invalid critical range '1GB': *" $PR_W -c 1GB
pr_case "bad --mem-warning unit" 3 \
    "PROCESS UNKNOWN - Invalid range '5XB' for --mem-warning: expected [@][START:][END] with sizes such as 512MB or 2GB (units B, KB, MB, GB, TB, PB; KiB, MiB...; K, M, G...)" \
    $PR_W --mem-warning 5XB
pr_case "--mem-critical too large" 3 "PROCESS UNKNOWN - Invalid range '99999999PB' for --mem-critical: too large" $PR_W --mem-critical 99999999PB
run_case "bad --total-mem-warning" 3 "PROCESS UNKNOWN - Invalid range 'abc' for --total-mem-warning: *" $PR_W --total-mem-warning abc
run_case "bad --total-mem-critical" 3 "PROCESS UNKNOWN - Invalid range '2GB:1GB' for --total-mem-critical: *" $PR_W --total-mem-critical 2GB:1GB
pr_case "bad --status" 3 \
    "PROCESS UNKNOWN - Invalid status list 'sleeping' for --status: expected running, runnable, notRunnable, invalid, 1-4 or all, separated by commas" \
    $PR_W --status sleeping
run_case "--status 5" 3 "PROCESS UNKNOWN - Invalid status list '1,5' for --status: *" $PR_W --status 1,5
pr_case "bad --not-runnable" 3 "PROCESS UNKNOWN - Invalid state 'maybe' for --not-runnable: expected 0-3 or OK, WARNING, CRITICAL, UNKNOWN" $PR_W --not-runnable maybe
pr_case "bad --invalid" 3 "PROCESS UNKNOWN - Invalid state '7' for --invalid: expected 0-3 or OK, WARNING, CRITICAL, UNKNOWN" $PR_W --invalid 7
pr_case "--path with --args" 3 "PROCESS UNKNOWN - --path and --args exclude each other: --args already matches the path with the arguments" $PR_W --path --args -n x
pr_case "unknown option" 3 "PROCESS UNKNOWN - Unknown or ambiguous option '--bogus' (see --help)" $PR_W --bogus
pr_case "missing argument" 3 "PROCESS UNKNOWN - Missing argument for option -n (see --help)" $PR_W -n
pr_case "no agent" 3 "PROCESS UNKNOWN - No agent given: use -H HOST (or --walk-file FILE)" $PR -n sshd
run_case "--help exits 0" 0 "check_snmp_process (snmp-plugins *)" $PR --help
for opt in -n -r -E -i --path --args -w -c -s --not-runnable --invalid -m \
    --mem-warning --mem-critical --total-mem-warning --total-mem-critical \
    --cpu --list -H -P -C -t --walk-file; do
	if printf '%s\n' "$OUT" | grep -q -- " $opt[][,= ]\| $opt\$\|, $opt"; then
		PASS=$((PASS + 1))
	else
		FAIL=$((FAIL + 1))
		echo "FAIL check_snmp_process --help does not document $opt"
	fi
done

section "## live snmpd: processes started at the top"
# snmpd reads /proc again after 30 s: wait until it shows every process
# with its final status.
pr_ready() {
	for p in $PR_A $PR_LONG $PR_P; do
		[ "$(pr_get $PR_RUN.7.$p)" = 2 ] || return 1
	done
	[ "$(pr_get $PR_RUN.7.$PR_S)" = 3 ] || return 1
	PR_Z=$(pr_walk $PR_RUN.2 | sed -n "s/^\.$PR_RUN\.2\.\([0-9]*\) = STRING: \"${PR_TAG}z\"\$/\1/p")
	[ -n "$PR_Z" ] && [ "$(pr_get $PR_RUN.7.$PR_Z)" = 4 ]
}
i=0
until pr_ready || [ $i -ge 90 ]; do
	sleep 0.5
	i=$((i + 1))
done
pr_check "snmpd shows the test processes (3 runnable, stopped, zombie)" pr_ready

PR_AP=$(printf '%s\n' $PR_A | sort -n | tr '\n' ' ')
PR_A1=$(echo $PR_AP | cut -d' ' -f1)
PR_A2=$(echo $PR_AP | cut -d' ' -f2)
PR_A3=$(echo $PR_AP | cut -d' ' -f3)
pr_stable "3 sleepers by name = snmpwalk" 0 name "${PR_TAG}a" 0 $PR_H -n "${PR_TAG}a"
pr_check "3 sleepers: the 3 started here" [ "$(printf '%s\n' "$OUT" | head -n 1)" = "PROCESS OK - 3 processes named '${PR_TAG}a' | 'processes'=3;;1:;0" ]
pr_line "long output: PID, name, status" 2 "[OK] PID $PR_A1 ${PR_TAG}a: runnable"
pr_line "long output: second" 3 "[OK] PID $PR_A2 ${PR_TAG}a: runnable"
pr_line "long output: third" 4 "[OK] PID $PR_A3 ${PR_TAG}a: runnable"
pr_stable "memory = snmpwalk hrSWRunPerfMem" 0 name "${PR_TAG}a" 1 $PR_H -n "${PR_TAG}a" -m
OUT=$($PR_H -n "${PR_TAG}a" -m -v)
pr_line "-v: memory, path and args of the first" 2 \
    "[OK] PID $PR_A1 ${PR_TAG}a: runnable, memory $(pr_human "$(pr_get $PR_PERF.2.$PR_A1)"), path $PR_BIN/${PR_TAG}a, args 301"
pr_stable "v1 (GETNEXT) = snmpwalk" 0 name "${PR_TAG}a" 1 $PR_H -P 1 -n "${PR_TAG}a" -m
pr_stable "v3 authPriv = snmpwalk" 0 name "${PR_TAG}a" 1 $PR_H -P 3 -U u_sha256_aes \
    -a SHA-256 -A maplesyrup -x AES -X maplesyrup -n "${PR_TAG}a" -m
pr_stable "regex over this file's processes = snmpwalk" 0 \
    regex "^${PR_TAG}" 0 $PR_H -r "^${PR_TAG}"
pr_stable "every process, with memory = snmpwalk" 0 all "" 1 $PR_H -m
pr_stable "every process over IPv6 = snmpwalk" 0 all "" 0 \
    $PR -H "udp6:[::1]:$SNMPD_PORT"

pr_case "regex: 5 counted, 1 notRunnable, 1 invalid" 0 \
    "PROCESS OK - 5 processes with name matching '^${PR_TAG}', not counted: 1 notRunnable, 1 invalid | 'processes'=5;;1:;0" \
    $PR_H -r "^${PR_TAG}"
pr_case "stopped process: notRunnable, not counted" 2 \
    "PROCESS CRITICAL - 0 processes named '${PR_TAG}s' (critical range 1:), not counted: 1 notRunnable | 'processes'=0;;1:;0" \
    $PR_H -n "${PR_TAG}s"
pr_line "stopped process: long output" 2 "[OK] PID $PR_S ${PR_TAG}s: notRunnable, not counted"
pr_case "stopped process counted with --status all" 0 \
    "PROCESS OK - 1 process named '${PR_TAG}s' | 'processes'=1;;1:;0" $PR_H -n "${PR_TAG}s" --status all
pr_case "--not-runnable WARNING" 1 \
    "PROCESS WARNING - 1 process named '${PR_TAG}s' | 'processes'=1;;1:;0" $PR_H -n "${PR_TAG}s" --status all --not-runnable WARNING
pr_line "--not-runnable WARNING: long output" 2 "[WARNING] PID $PR_S ${PR_TAG}s: notRunnable"
pr_case "zombie: invalid, not counted; -c 0: allows none" 0 \
    "PROCESS OK - 0 processes named '${PR_TAG}z', not counted: 1 invalid | 'processes'=0;;0:;0" $PR_H -n "${PR_TAG}z" -c 0:
pr_case "--invalid CRITICAL" 2 \
    "PROCESS CRITICAL - 0 processes named '${PR_TAG}z', not counted: 1 invalid | 'processes'=0;;0:;0" $PR_H -n "${PR_TAG}z" -c 0: --invalid CRITICAL
pr_line "--invalid CRITICAL: long output" 2 "[CRITICAL] PID $PR_Z ${PR_TAG}z: invalid, not counted"
pr_case "--status 4 counts the zombie" 0 \
    "PROCESS OK - 1 process named '${PR_TAG}z' | 'processes'=1;;1:;0" $PR_H -n "${PR_TAG}z" --status invalid

section "## live snmpd: selection"
pr_case "--path: argv[0]" 0 \
    "PROCESS OK - 3 processes with path '$PR_BIN/${PR_TAG}a' | 'processes'=3;;1:;0" $PR_H --path -n "$PR_BIN/${PR_TAG}a"
pr_case "--args regex" 0 \
    "PROCESS OK - 2 processes with command line matching '^${PR_TAG}a 30[12]\$' | 'processes'=2;;1:;0" $PR_H --args -r "^${PR_TAG}a 30[12]\$"
pr_case "--args exact: name and args" 0 \
    "PROCESS OK - 1 process with command line '${PR_TAG}a 303' | 'processes'=1;;1:;0" $PR_H --args -n "${PR_TAG}a 303"
pr_line "--args exact: the right PID" 2 "[OK] PID $PR_A3 ${PR_TAG}a: runnable, args 303"
pr_case "--args exact: path and args" 0 \
    "PROCESS OK - 1 process with command line '$PR_BIN/${PR_TAG}a 301' | 'processes'=1;;1:;0" $PR_H --args -n "$PR_BIN/${PR_TAG}a 301"
pr_case "-E leaves out" 0 \
    "PROCESS OK - 3 processes with name matching '^${PR_TAG}[ap]\$' except matching 'p\$' | 'processes'=3;;1:;0" \
    $PR_H -r "^${PR_TAG}[ap]\$" -E 'p$'
PR_UP=$(printf '%s' "${PR_TAG}A" | tr 'a-z' 'A-Z')
pr_case "-n is case sensitive" 2 "PROCESS CRITICAL - 0 processes named '$PR_UP' (critical range 1:) | 'processes'=0;;1:;0" $PR_H -n "$PR_UP"
pr_case "-i ignores case" 0 "PROCESS OK - 3 processes named '$PR_UP' | 'processes'=3;;1:;0" $PR_H -i -n "$PR_UP"
pr_case "name longer than 15: the hint gives the cut name" 2 \
    "PROCESS CRITICAL - 0 processes named '$PR_TAG-long-process-name' (critical range 1:); the agent cuts names: use -n '$PR_CUT' | 'processes'=0;;1:;0" \
    $PR_H -n "$PR_TAG-long-process-name"
pr_case "the cut name finds it" 0 "PROCESS OK - 1 process named '$PR_CUT' | 'processes'=1;;1:;0" $PR_H -n "$PR_CUT"
pr_case "the full name with --path" 0 \
    "PROCESS OK - 1 process with path '$PR_BIN/$PR_TAG-long-process-name' | 'processes'=1;;1:;0" \
    $PR_H --path -n "$PR_BIN/$PR_TAG-long-process-name"

section "## live snmpd: snmpd itself"
PR_SD_NAME=$(pr_get $PR_RUN.2.$SNMPD_PID)
PR_SD_PATH=$(pr_get $PR_RUN.4.$SNMPD_PID)
PR_SD_ARGS=$(pr_get $PR_RUN.5.$SNMPD_PID)
pr_check "snmpwalk: snmpd is named snmpd" [ "$PR_SD_NAME" = snmpd ]
pr_case "snmpd by its port in the arguments" 0 \
    "PROCESS OK - 1 process with command line matching 'udp:127.0.0.1:$SNMPD_PORT,' | 'processes'=1;;1:;0" \
    $PR_H --args -r "udp:127.0.0.1:$SNMPD_PORT,"
# snmpd's own row, read with snmpget before and after the plugin until
# both agree (its memory and CPU time move when snmpd reloads the table)
pr_sd() {
	st=$(pr_get $PR_RUN.7.$SNMPD_PID)
	case $st in 1) st=running ;; 2) st=runnable ;; 3) st=notRunnable ;; 4) st=invalid ;; esac
	mem=$(pr_get $PR_PERF.2.$SNMPD_PID)
	cpu=$(pr_get $PR_PERF.1.$SNMPD_PID)
	echo "PROCESS OK - 1 process with command line matching 'udp:127.0.0.1:$SNMPD_PORT,', memory $(pr_human "$mem") total, CPU time $((cpu / 100)).$(printf %02d $((cpu % 100))) s | 'processes'=1;;1:;0 'memory'=$((mem * 1024))B;;;0 'memory_max'=$((mem * 1024))B;;;0 'cpu'=${cpu}c;;;0"
	echo "[OK] PID $SNMPD_PID snmpd: $st, memory $(pr_human "$mem"), CPU $((cpu / 100)).$(printf %02d $((cpu % 100))) s, path $PR_SD_PATH, args $(printf '%s' "$PR_SD_ARGS" | cut -c 1-60 | sed 's/ *$//')..."
}
tries=0
while :; do
	tries=$((tries + 1))
	e1=$(pr_sd)
	OUT=$($PR_H --args -r "udp:127.0.0.1:$SNMPD_PORT," -m --cpu -v)
	RC=$?
	e2=$(pr_sd)
	[ "$e1" = "$e2" ] && break
	[ $tries -ge 5 ] && break
	sleep 1
done
pr_check "snmpd: status line = snmpget (memory, CPU)" [ "$(printf '%s\n' "$OUT" | head -n 1)" = "$(printf '%s\n' "$e1" | head -n 1)" ]
pr_check "snmpd: long output = snmpget (PID, status, path, args)" [ "$(printf '%s\n' "$OUT" | sed -n 2p)" = "$(printf '%s\n' "$e1" | sed -n 2p)" ]
pr_check "snmpd: exit 0" [ "$RC" = 0 ]

section "## live snmpd: thresholds"
PR_SEL="-n ${PR_TAG}a"
pr_case "-w 4: warns below 4" 1 "PROCESS WARNING - 3 processes named '${PR_TAG}a' (warning range 4:) | 'processes'=3;4:;1:;0" $PR_H $PR_SEL -w 4:
pr_case "-c 4: replaces the default" 2 "PROCESS CRITICAL - 3 processes named '${PR_TAG}a' (critical range 4:) | 'processes'=3;;4:;0" $PR_H $PR_SEL -c 4:
pr_case "-w 2 warns above 2" 1 "PROCESS WARNING - 3 processes named '${PR_TAG}a' (warning range 2) | 'processes'=3;2;1:;0" $PR_H $PR_SEL -w 2
pr_case "-w 1:3 -c 1:5 inside" 0 "PROCESS OK - 3 processes named '${PR_TAG}a' | 'processes'=3;1:3;1:5;0" $PR_H $PR_SEL -w 1:3 -c 1:5
pr_case "-c @3:3 alerts inside" 2 "PROCESS CRITICAL - 3 processes named '${PR_TAG}a' (critical range @3:3) | 'processes'=3;;@3:3;0" $PR_H $PR_SEL -c @3:3
pr_case "-c 0: must not run" 2 "PROCESS CRITICAL - 3 processes named '${PR_TAG}a' (critical range 0) | 'processes'=3;;0;0" $PR_H $PR_SEL -c 0
pr_case "-c 0 with none running" 0 "PROCESS OK - 0 processes named 'no-such-process-xyz' | 'processes'=0;;0;0" $PR_H -n no-such-process-xyz -c 0
run_case "--mem-warning 1KB: every one beyond" 1 \
    "PROCESS WARNING - 3 processes named '${PR_TAG}a', memory * total, largest * (PID *), 3 beyond --mem-warning 1KB | 'processes'=3;;1:;0 'memory'=*B;;;0 'memory_max'=*B;1024;;0" \
    $PR_H $PR_SEL --mem-warning 1KB
run_case "--mem-critical 1GB: none" 0 \
    "PROCESS OK - 3 processes named '${PR_TAG}a', memory * total, largest * (PID *) | 'processes'=3;;1:;0 'memory'=*B;;;0 'memory_max'=*B;;1073741824;0" \
    $PR_H $PR_SEL --mem-critical 1GB
run_case "--total-mem-critical 1KB" 2 \
    "PROCESS CRITICAL - 3 processes named '${PR_TAG}a', memory * total (critical range 1KB), largest * (PID *) | 'processes'=3;;1:;0 'memory'=*B;;1024;0 'memory_max'=*B;;;0" \
    $PR_H $PR_SEL --total-mem-critical 1KB
# The sleepers are idle once started, but their start (exec, the loader)
# may be charged a centisecond or two on a busy machine: the expected
# figure is what snmpget reads for the three of them.
PR_CS=0
for a in $PR_A1 $PR_A2 $PR_A3; do
	PR_CS=$((PR_CS + $(pr_get $PR_PERF.1.$a)))
done
PR_CPU=$(awk -v c="$PR_CS" 'BEGIN { printf "%.2f", c / 100 }')
pr_case "--cpu: the sleepers' CPU time as snmpget reads it" 0 \
    "PROCESS OK - 3 processes named '${PR_TAG}a', CPU time $PR_CPU s | 'processes'=3;;1:;0 'cpu'=${PR_CS}c;;;0" $PR_H $PR_SEL --cpu

section "## live snmpd: --list"
tries=0
while :; do
	tries=$((tries + 1))
	n1=$(pr_walk $PR_RUN.2 | wc -l)
	OUT=$($PR_H --list)
	RC=$?
	n2=$(pr_walk $PR_RUN.2 | wc -l)
	[ "$n1" = "$n2" ] && break
	[ $tries -ge 5 ] && break
	sleep 1
done
pr_check "--list exits 0" [ "$RC" = 0 ]
pr_line "--list: header counts the snmpwalk rows" 1 "PROCESS OK - $n1 processes in hrSWRunTable"
pr_lines "--list: one line per process" $((n1 + 1))
PR_TYPE=$(pr_get $PR_RUN.6.$PR_A1)
case $PR_TYPE in 4) PR_TYPE=application ;; esac
pr_check "--list: a sleeper's line from snmpget" [ "$(printf '%s\n' "$OUT" | grep "^\* $PR_A1 ")" = \
    "* $PR_A1 runnable $PR_TYPE '${PR_TAG}a' path '$PR_BIN/${PR_TAG}a' args '301' memory $(pr_human "$(pr_get $PR_PERF.2.$PR_A1)") CPU $(awk -v c="$(pr_get $PR_PERF.1.$PR_A1)" 'BEGIN { printf "%.2f", c / 100 }') s" ]
OUT=$($PR_H --list -n "${PR_TAG}a")
pr_check "--list -n: * marks the 3 selected" [ "$(printf '%s\n' "$OUT" | grep -c '^\*')" = 3 ]

section "## live snmpd: failures"
run_case "wrong community: timeout within -t" 3 "PROCESS UNKNOWN - No response from 127.0.0.1:$SNMPD_PORT within 1.0 s*" \
    $PR_H -C wrong -n snmpd -t 1
within "wrong community within -t" 1500
run_case "-t 1:CRITICAL" 2 "PROCESS CRITICAL - No response from*" $PR_H -C wrong -n snmpd -t 1:CRITICAL

# stop this file's processes by PID (lib.sh's cleanup would too)
kill -CONT "$PR_S" 2>/dev/null
for p in $PR_A $PR_LONG $PR_P $PR_S $PR_GUARD; do
	kill "$p" 2>/dev/null
done
for p in $PR_A $PR_LONG $PR_P $PR_S $PR_GUARD; do
	wait "$p" 2>/dev/null
done
