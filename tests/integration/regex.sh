# A suite (run-one): every regular-expression option of every plugin
# (check_snmp_value -r/-R, and -r/-E with and without -i of storage,
# process and interface), answered from a recorded walk.  The plugins use
# the C library's regcomp()/regexec() (POSIX extended, REG_NOSUB), which
# differ between glibc and musl (docs/regex.md): make check runs this
# suite against both builds.  The cases that differ say which libc does
# what; every other case must give the same on both.
section "# regular expressions ($($PLUGIN -V | sed -n 's/^libc: //p'))"
W=$TOP/tests/data/linux-host.walk
VAL="$PLUGIN --walk-file $W"
STO="$TOP/plugins/check_snmp_storage --walk-file $W"
PRO="$TOP/plugins/check_snmp_process --walk-file $W"
IFC="$TOP/plugins/check_snmp_interface --walk-file $W --state-dir $WORK"
case $($PLUGIN -V | sed -n 2p) in
"libc: musl"*) LIBC=musl ;;
"libc: glibc"*) LIBC=glibc ;;
*) LIBC=unknown ;;
esac
run_case "regex: the build names its libc" 0 "*" sh -c "[ $LIBC != unknown ]"

# check_snmp_value -r (ereg) and -R (eregi), on sysDescr.0
# "Linux vm 6.1.0-28-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22) x86_64"
run_case "value -r: match" 0 'SNMP OK - "Linux vm *"' $VAL -o sysDescr.0 -r '^Linux [a-z]+ [0-9]+\.[0-9]+'
run_case "value -r: no match" 2 'SNMP CRITICAL - *"Linux vm *"*' $VAL -o sysDescr.0 -r '^linux'
run_case "value -R: ignores case" 0 'SNMP OK - "Linux vm *"' $VAL -o sysDescr.0 -R '^LINUX VM'
run_case "value -r: alternation, classes, bounds" 0 'SNMP OK - *' $VAL -o sysDescr.0 -r '(BSD|Linux) [[:alpha:]]{2} [[:digit:].]{4,}-'
run_case "value -r: anchored end" 0 'SNMP OK - *' $VAL -o sysDescr.0 -r 'x86_64$'
run_case "value -r: bracket with ]" 0 'SNMP OK - *' $VAL -o sysDescr.0 -r '[]#]1 SMP'
run_case "value -R: bracket range, any case" 0 'SNMP OK - *' $VAL -o sysDescr.0 -R 'preempt_[d-d]YNAMIC'
run_case "value -r, -R: one per object" 0 'SNMP OK - *' $VAL -o sysDescr.0,sysName.0 -r 'Linux' -R '^VM$'
run_case "value -r: second object fails" 2 'SNMP CRITICAL - *' $VAL -o sysDescr.0,sysName.0 -r 'Linux' -r '^VM$'
run_case "value -r: invalid" 3 "SNMP UNKNOWN - Invalid regular expression '(': *" $VAL -o sysDescr.0 -r '('
run_case "value -R: invalid" 3 "SNMP UNKNOWN - Invalid regular expression 'a{1': *" $VAL -o sysDescr.0 -R 'a{1'
run_case "value -r: leading repetition is invalid" 3 "SNMP UNKNOWN - Invalid regular expression '+a': *" $VAL -o sysDescr.0 -r '+a'

# check_snmp_storage -r, -E, -i on hrStorageDescr
run_case "storage -r" 0 "STORAGE OK - /: 6.34% used*" $STO -r '^/$' -w 80 -c 90
run_case "storage -r, -E" 0 "STORAGE OK - 2 volumes*" $STO -r '^/' -E '^/(srv|sys)' -w 80 -c 90
run_case "storage -r -i" 0 "STORAGE OK - /dev/shm: *" $STO -i -r '^/DEV/SHM$' -w 80 -c 90
run_case "storage -r without -i: case matters" 3 "STORAGE UNKNOWN - *" $STO -r '^/DEV/SHM$' -w 80 -c 90
run_case "storage -E -i" 0 "STORAGE OK - 3 volumes*" $STO -i -E 'SHM' -w 80 -c 90
run_case "storage -r: invalid" 3 "STORAGE UNKNOWN - Invalid -r: invalid regular expression '[': *" $STO -r '['
run_case "storage -E: invalid" 3 "STORAGE UNKNOWN - Invalid -E: invalid regular expression '(': *" $STO -r '^/' -E '('

# check_snmp_process -r, -E, -i on hrSWRunName
run_case "process -r" 0 "PROCESS OK - 3 processes with name matching 'sle{2}p'*" $PRO -r 'sle{2}p'
run_case "process -r alternation" 0 "PROCESS OK - 4 processes*" $PRO -r '^(sleep|snmpd)$'
run_case "process -r, -E" 0 "PROCESS OK - 2 processes*" $PRO -r '^s' -E '^sleep$'
run_case "process -r -i" 0 "PROCESS OK - 1 process*" $PRO -i -r '^SNMPD$'
run_case "process -E -i" 0 "PROCESS OK - 6 processes*" $PRO -i -E '^SNMPD$'
run_case "process -r: invalid" 3 "PROCESS UNKNOWN - *invalid regular expression 'a**(': *" $PRO -r 'a**('

# check_snmp_interface -r, -E, -i on ifName
run_case "interface -r" 0 "INTERFACE OK - eth0 up*" $IFC -r '^eth[0-9]+$'
run_case "interface -r, -E" 0 "INTERFACE OK - lo up*" $IFC -r '^(lo|eth0)$' -E '^e'
run_case "interface -r -i" 0 "INTERFACE OK - eth0 up*" $IFC -i -r '^ETH0$'
run_case "interface -E -i: all left out" 3 "INTERFACE UNKNOWN - *" $IFC -i -r '.' -E '^(LO|ETH|IFB)'
run_case "interface -r: invalid" 3 "INTERFACE UNKNOWN - *invalid regular expression 'eth[': *" $IFC -r 'eth['

# Where the libcs differ (docs/regex.md), each as its libc does it.  A
# back-reference in an extended expression is a glibc extension; musl
# takes \1 but it never matches.  \d is a digit for musl (TRE), a literal
# d for glibc.  a{,2} is {0,2} for glibc, invalid for musl.  ^* is a
# valid for musl (it matches any text), invalid for glibc.  [[=a=]] is an equivalence class
# for glibc, unknown to musl.  Bounds over 255 are invalid for musl.
if [ $LIBC = glibc ]; then
	run_case "glibc: back-reference" 0 'SNMP OK - *' $VAL -o sysName.0 -r '^(v)m*\1*$'
	run_case "glibc: back-reference matches" 0 "PROCESS OK - 1 process*" $PRO -r '^(s)h\1*$'
	run_case "glibc: \\d is a literal d" 2 'SNMP CRITICAL - *' $VAL -o sysName.0 -r '\d'
	run_case "glibc: a{,2}" 0 'SNMP OK - *' $VAL -o sysName.0 -r '^vm{,2}$'
	run_case "glibc: ^* is invalid" 3 "SNMP UNKNOWN - Invalid regular expression '^\\*': *" $VAL -o sysName.0 -r '^*'
	run_case "glibc: [[=v=]]" 0 'SNMP OK - *' $VAL -o sysName.0 -r '^[[=v=]]m$'
	run_case "glibc: bound 256" 2 'SNMP CRITICAL - *' $VAL -o sysName.0 -r 'x{256}'
else
	run_case "musl: back-reference never matches" 2 'SNMP CRITICAL - *' $VAL -o sysName.0 -r '^(v)m\1$'
	run_case "musl: \\d is a digit" 0 'SNMP OK - *' $VAL -o sysDescr.0 -r '^Linux vm \d'
	run_case "musl: a{,2} is invalid" 3 "SNMP UNKNOWN - Invalid regular expression 'vm{,2}': *" $VAL -o sysName.0 -r 'vm{,2}'
	run_case "musl: ^* is valid (it matches any text)" 0 'SNMP OK - *' $VAL -o sysName.0 -r '^*'
	run_case "musl: [[=v=]] is unknown" 3 "SNMP UNKNOWN - Invalid regular expression '^\\[\\[=v=\\]\\]m\$': *" $VAL -o sysName.0 -r '^[[=v=]]m$'
	run_case "musl: bound 256 is invalid" 3 "SNMP UNKNOWN - Invalid regular expression 'x{256}': *" $VAL -o sysName.0 -r 'x{256}'
fi
