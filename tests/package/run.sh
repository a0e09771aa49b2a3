#!/bin/sh
# tests/package/run.sh (make package-test): the packaging, end to end.
#   options  every option of every --help in the manual page, the
#            completion and the docs (tests/package/options.sh)
#   dist     make dist twice gives the same bytes, whatever the files'
#            times; the tarball holds the tracked files and nothing built
#   install  make install into a DESTDIR (defaults, then Debian's paths):
#            exactly the expected files, plugins stripped; make uninstall
#            leaves no file and only the standard directories
#   deb      make deb: lintian without errors or warnings; no file in
#            common with monitoring-plugins-* or nagios-snmp-plugins;
#            dpkg -i; the state directory nagios's, 0750; nothing enabled
#            in /etc; man and completion find theirs; every plugin run from
#            /usr/lib/nagios/plugins as nagios against snmpd, rates stored;
#            dpkg --purge leaves nothing
#   rpm      make rpm: the package's file list (rpm -qlp) and attributes
# It installs and purges the package snmp-plugins on this machine (as root,
# or through sudo), and starts snmpd on a free loopback port, stopped by
# PID.  It needs the Debian packages listed in README.md ("Install").
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
cd "$TOP" || exit 1
# the makes below are this script's own, not jobs of the caller's make
unset MAKEFLAGS MFLAGS MAKELEVEL
# start_snmpd, WORK, and the cleanup of what they started
. "$TOP/tests/integration/lib.sh"

SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
# the Makefile's list (make package-test), else every plugin source
PLUGINS=${PLUGINS:-$(ls plugins/check_snmp_*.c | sed 's/\.c$//')}
NAMES=$(for p in $PLUGINS; do echo "${p##*/}"; done)
V=$(sh contrib/version.sh)
T0=$(date +%s)
TIMES=""
FAILED=0
INSTALLED=0

pkg_cleanup() {
	if [ $INSTALLED = 1 ]; then
		$SUDO dpkg --purge snmp-plugins >/dev/null 2>&1
	fi
	cleanup
}
trap pkg_cleanup EXIT

bad() {
	printf '%s\n' "$*" | sed 's/^/FAIL: /'
	PART_FAIL=$((PART_FAIL + 1))
}

# part NAME: runs part_NAME, prints its verdict and time
part() {
	PART_FAIL=0
	part_t0=$(date +%s)
	"part_$1"
	part_d=$(( $(date +%s) - part_t0 ))
	if [ $PART_FAIL = 0 ]; then
		r=ok
	else
		r="FAILED ($PART_FAIL)"
		FAILED=$((FAILED + 1))
	fi
	printf '%-8s %s, %d s\n' "$1" "$r" "$part_d"
	TIMES="$TIMES$(printf '%-8s %4d s' "$1" "$part_d")
"
}

part_preflight() {
	missing=
	for t in mandoc:mandoc lintian:lintian dpkg-buildpackage:dpkg-dev \
	    dh:debhelper rpmbuild:rpm snmpd:snmpd snmpget:snmp \
	    fakeroot:fakeroot readelf:binutils man:man-db runuser:util-linux; do
		command -v "${t%%:*}" >/dev/null 2>&1 || missing="$missing ${t#*:}"
	done
	[ -f /usr/share/bash-completion/bash_completion ] ||
	    missing="$missing bash-completion"
	for p in monitoring-plugins-basic monitoring-plugins-standard \
	    nagios-snmp-plugins; do
		dpkg-query -W -f '${Status}\n' "$p" 2>/dev/null |
		    grep -q ' installed$' || missing="$missing $p"
	done
	[ -z "$missing" ] ||
	    bad "missing: apt-get install$missing"
	if dpkg-query -W -f '${Status}\n' snmp-plugins 2>/dev/null |
	    grep -q ' installed$'; then
		bad "the package snmp-plugins is installed: dpkg --purge snmp-plugins first"
	fi
}

part_options() {
	make -s manpages completion || { bad "make manpages completion"; return; }
	PLUGINS="$PLUGINS" sh tests/package/options.sh >"$WORK/options.log" 2>&1 ||
	    bad "$(cat "$WORK/options.log")"
}

part_dist() {
	tgz=snmp-plugins-$V.tar.gz
	make -s dist >/dev/null || { bad "make dist"; return; }
	cp "$tgz" "$WORK/first.tar.gz"
	# the same tree at other times: a file touched, a minute later
	touch README.md
	make -s dist >/dev/null || { bad "make dist (twice)"; return; }
	cmp -s "$tgz" "$WORK/first.tar.gz" ||
	    bad "make dist twice gave different tarballs"
	tar -tzvf "$tgz" | awk '$2 != "0/0" { print "owner " $2 ": " $6 }' \
	    >"$WORK/owners"
	[ ! -s "$WORK/owners" ] || bad "entries not owned by 0/0: $(head -3 "$WORK/owners")"
	tar -tzf "$tgz" | grep -v '/$' | sed "s|^snmp-plugins-$V/||" | sort \
	    >"$WORK/tar.list"
	git ls-files | while IFS= read -r f; do
		[ -e "$f" ] && printf '%s\n' "$f"
	done | sort >"$WORK/git.list"
	d=$(diff "$WORK/git.list" "$WORK/tar.list")
	[ -z "$d" ] || bad "the tarball is not the tracked files: $d"
	for p in $PLUGINS; do
		grep -qx "$p" "$WORK/tar.list" && bad "$p (built) is in the tarball"
	done
	grep -E '\.(o|a|deb|rpm|tar\.gz)$|^contrib/man/.*\.[1-8]$' \
	    "$WORK/tar.list" >"$WORK/built" && bad "built files in the tarball: $(cat "$WORK/built")"
	plugins/check_snmp_value --version | grep -q "(snmp-plugins $V)" ||
	    bad "--version does not print $V"
}

# expected DESTDIR PREFIX PLUGINDIR MANDIR: what make install puts there
expected() {
	for n in $NAMES; do
		echo "$1$3/$n"
		echo "$1$4/man1/$n.1"
		echo "$1$2/share/bash-completion/completions/$n"
	done
	for f in contrib/icinga2/*.conf contrib/nagios/*.cfg; do
		[ -f "$f" ] && echo "$1$2/share/snmp-plugins/${f#contrib/}"
	done
}

install_case() {
	dest=$WORK/dest.$1
	shift
	make -s install DESTDIR="$dest" "$@" >/dev/null ||
	    { bad "make install $*"; return; }
	find "$dest" ! -type d | sort >"$WORK/installed"
	expected "$dest" "$prefix" "$plugindir" "$mandir" | sort >"$WORK/expected"
	d=$(diff "$WORK/expected" "$WORK/installed")
	[ -z "$d" ] || bad "make install $*: $d"
	for n in $NAMES; do
		readelf -S "$dest$plugindir/$n" 2>/dev/null | grep -q '\.symtab' &&
		    bad "$n installed unstripped"
	done
	MANPATH=$dest$mandir MANPAGER=cat MANWIDTH=80 man check_snmp_interface \
	    2>/dev/null | grep -q '^ *check_snmp_interface - check network interfaces' ||
	    bad "man finds no check_snmp_interface in $mandir"
	# the check_snmp link: on request only, never over another file
	[ -e "$dest$plugindir/check_snmp" ] && bad "make install made check_snmp"
	make -s install-compat DESTDIR="$dest" "$@" >/dev/null &&
	    [ "$(readlink "$dest$plugindir/check_snmp")" = check_snmp_value ] ||
	    bad "make install-compat $*: no link check_snmp -> check_snmp_value"
	make -s uninstall-compat DESTDIR="$dest" "$@" >/dev/null
	[ -e "$dest$plugindir/check_snmp" ] && bad "make uninstall-compat left check_snmp"
	: >"$dest$plugindir/check_snmp"
	make -s install-compat DESTDIR="$dest" "$@" >/dev/null 2>&1 &&
	    bad "make install-compat replaced another check_snmp"
	rm -f "$dest$plugindir/check_snmp"
	make -s uninstall DESTDIR="$dest" "$@" >/dev/null ||
	    { bad "make uninstall $*"; return; }
	left=$(find "$dest" ! -type d)
	[ -z "$left" ] || bad "make uninstall $* left: $left"
	left=$(find "$dest" -type d | sed "s|^$dest||" |
	    grep -Evx "|/usr|/usr/local|$prefix/lib|$prefix/share|$mandir")
	[ -z "$left" ] || bad "make uninstall $* left the directories: $left"
}

part_install() {
	prefix=/usr/local plugindir=/usr/local/lib/nagios/plugins \
	    mandir=/usr/local/share/man
	install_case default
	prefix=/usr plugindir=/usr/lib/nagios/plugins mandir=/usr/share/man
	install_case debian PREFIX=/usr PLUGINDIR=/usr/lib/nagios/plugins
}

# as_nagios EXIT PREFIX PLUGIN ARGS...: the installed PLUGIN run as nagios
# against snmpd exits EXIT and prints PREFIX first
as_nagios() {
	want=$1 first=$2 p=$3
	shift 3
	out=$($SUDO runuser -u nagios -- "/usr/lib/nagios/plugins/$p" \
	    -H 127.0.0.1 -p "$SNMPD_PORT" "$@" 2>&1)
	rc=$?
	case $out in
	"$first"*) [ $rc = "$want" ] && return 0 ;;
	esac
	bad "as nagios: $p $* exited $rc: $(printf '%s\n' "$out" | head -n 3)"
}

part_deb() {
	make -s deb >"$WORK/deb.log" 2>&1 ||
	    { bad "make deb: $(tail -n 30 "$WORK/deb.log")"; return; }
	grep '^lintian: [EW]:' "$WORK/deb.log" >"$WORK/lintian" &&
	    bad "lintian: $(cat "$WORK/lintian")"
	deb=$(ls snmp-plugins_"$V"-1_*.deb 2>/dev/null | head -n 1)
	[ -n "$deb" ] || { bad "make deb made no package"; return; }

	# no file and no plugin name in common with the other plugin packages
	dpkg-deb -c "$deb" | awk '{ print $6 }' | grep -v '/$' |
	    sed 's|^\./|/|' | sort >"$WORK/deb.files"
	others=$(dpkg-query -W -f '${Package} ${Status}\n' 'monitoring-plugins*' \
	    nagios-snmp-plugins | awk '$NF == "installed" { print $1 }')
	dpkg -L $others | sort -u | while IFS= read -r f; do
		[ -d "$f" ] || printf '%s\n' "$f"
	done >"$WORK/other.files"
	c=$(comm -12 "$WORK/deb.files" "$WORK/other.files")
	[ -z "$c" ] || bad "files also in $others: $c"
	sed 's|.*/||' "$WORK/other.files" | sort -u >"$WORK/other.names"
	c=$(printf '%s\n' $NAMES | sort | comm -12 - "$WORK/other.names")
	[ -z "$c" ] || bad "plugin names also in $others: $c"

	$SUDO dpkg -i "$deb" >"$WORK/dpkg.log" 2>&1 ||
	    { bad "dpkg -i: $(cat "$WORK/dpkg.log")"; return; }
	INSTALLED=1
	dpkg -L snmp-plugins | sort >"$WORK/owned"
	st=$(stat -c '%U:%G %a' /var/lib/snmp-plugins 2>&1)
	[ "$st" = "nagios:nagios 750" ] ||
	    bad "state directory: $st, not nagios:nagios 750"
	grep '^/etc' "$WORK/owned" >"$WORK/etc" &&
	    bad "files in /etc (enabled by default): $(cat "$WORK/etc")"
	for n in $NAMES; do
		[ -x "/usr/lib/nagios/plugins/$n" ] || bad "no /usr/lib/nagios/plugins/$n"
	done
	w=$(man -w check_snmp_interface 2>&1)
	[ "$w" = /usr/share/man/man1/check_snmp_interface.1.gz ] ||
	    bad "man -w check_snmp_interface: $w"
	MANPAGER=cat MANWIDTH=80 man check_snmp_interface 2>/dev/null |
	    grep -q '^ *check_snmp_interface - check network interfaces' ||
	    bad "man check_snmp_interface shows no page"
	c=$(bash -c '. /usr/share/bash-completion/bash_completion
		__load_completion check_snmp_value && complete -p check_snmp_value' 2>&1)
	case $c in
	*"-F _snmp_plugins_check_snmp_value check_snmp_value") ;;
	*) bad "bash-completion does not load the completion: $c" ;;
	esac
	inc=/usr/share/icinga2/include/snmp-plugins
	[ -f $inc ] || bad "no $inc"
	sed -n 's/^include "\(.*\)"$/\1/p' $inc | while IFS= read -r f; do
		[ -f "$f" ] || echo "$f"
	done >"$WORK/inc.missing"
	[ ! -s "$WORK/inc.missing" ] || bad "$inc includes missing files: $(cat "$WORK/inc.missing")"

	start_snmpd "$TOP/contrib/snmpd/snmpd.conf"
	as_nagios 0 "SNMP OK - " check_snmp_value -o sysUpTime.0
	as_nagios 0 "SNMP OK - collecting data" check_snmp_value -o ifHCInOctets.1 --rate
	as_nagios 0 "STORAGE OK - " check_snmp_storage
	as_nagios 0 "MEMORY OK - " check_snmp_memory
	as_nagios 0 "LOAD OK - " check_snmp_load
	as_nagios 0 "PROCESS OK - " check_snmp_process -n snmpd
	as_nagios 0 "UPTIME OK - " check_snmp_uptime
	as_nagios 3 "SENSOR UNKNOWN - No sensor MIB on " check_snmp_sensor
	touch "$WORK/t0"
	as_nagios 0 "INTERFACE OK - lo up, collecting data" check_snmp_interface -n lo
	# net-snmp serves ifTable from a cache of 5 s: a rate needs counters
	# that moved, so the second sample comes later than that
	sleep 6
	as_nagios 0 "INTERFACE OK - lo up, in " check_snmp_interface -n lo
	# what this test wrote (other suites on this machine, make e2e, may
	# have left root's in the same directory)
	files=$($SUDO find /var/lib/snmp-plugins -type f -newer "$WORK/t0" ! -user nagios)
	[ -z "$files" ] || bad "state files not nagios's: $files"
	n=$($SUDO find /var/lib/snmp-plugins -type f -user nagios | wc -l)
	[ "$n" -ge 2 ] || bad "$n state files in /var/lib/snmp-plugins, not 2"
	kill "$SNMPD_PID" 2>/dev/null
	wait "$SNMPD_PID" 2>/dev/null

	$SUDO dpkg --purge snmp-plugins >"$WORK/dpkg.log" 2>&1 ||
	    { bad "dpkg --purge: $(cat "$WORK/dpkg.log")"; return; }
	INSTALLED=0
	while IFS= read -r f; do
		[ -e "$f" ] && [ ! -d "$f" ] && echo "$f"
	done <"$WORK/owned" >"$WORK/left"
	[ ! -s "$WORK/left" ] || bad "left after purge: $(cat "$WORK/left")"
	[ ! -e /var/lib/snmp-plugins ] || bad "/var/lib/snmp-plugins left after purge"
	for d in /usr/share/snmp-plugins /usr/share/doc/snmp-plugins; do
		[ ! -e $d ] || bad "$d left after purge"
	done
	dpkg-query -W -f '${Status}\n' snmp-plugins 2>/dev/null |
	    grep -q ' installed$' && bad "snmp-plugins still installed"
}

part_rpm() {
	make -s rpm >"$WORK/rpm.log" 2>&1 ||
	    { bad "make rpm: $(tail -n 30 "$WORK/rpm.log")"; return; }
	rpm=$(ls snmp-plugins-"$V"-1.*.rpm 2>/dev/null | grep -v '\.src\.rpm$' | head -n 1)
	[ -n "$rpm" ] || { bad "make rpm made no package"; return; }
	q=$(rpm -qp --qf '%{NAME} %{VERSION} %{LICENSE}' "$rpm" 2>/dev/null)
	[ "$q" = "snmp-plugins $V ISC" ] || bad "rpm -qp: $q"
	lib=$(rpm --eval '%{_libdir}')
	doc=/usr/share/doc/snmp-plugins-$V
	{
		echo "$lib/nagios"
		echo "$lib/nagios/plugins"
		for n in $NAMES; do
			echo "$lib/nagios/plugins/$n"
			echo "/usr/share/man/man1/$n.1"
			echo "/usr/share/bash-completion/completions/$n"
		done
		echo /usr/share/snmp-plugins
		for d in icinga2 nagios; do
			echo "/usr/share/snmp-plugins/$d"
		done
		for f in contrib/icinga2/*.conf contrib/nagios/*.cfg; do
			[ -f "$f" ] && echo "/usr/share/snmp-plugins/${f#contrib/}"
		done
		echo /usr/share/icinga2
		echo /usr/share/icinga2/include
		echo /usr/share/icinga2/include/snmp-plugins
		echo "$doc"
		for f in README.md CHANGELOG.md docs/*.md; do
			echo "$doc/${f##*/}"
		done
		echo "/usr/share/licenses/snmp-plugins-$V"
		echo "/usr/share/licenses/snmp-plugins-$V/LICENSE"
		echo /var/lib/snmp-plugins
	} | sort >"$WORK/rpm.expected"
	# build-id links are the build host's; pages may be compressed
	rpm -qlp "$rpm" 2>/dev/null | grep -v '^/usr/lib/\.build-id' |
	    sed 's/\.1\.gz$/.1/' | sort >"$WORK/rpm.files"
	d=$(diff "$WORK/rpm.expected" "$WORK/rpm.files")
	[ -z "$d" ] || bad "rpm -qlp: $d"
	a=$(rpm -qlvp "$rpm" 2>/dev/null | awk '$NF == "/var/lib/snmp-plugins" { print $1, $3, $4 }')
	[ "$a" = "drwxr-x--- nagios nagios" ] || bad "/var/lib/snmp-plugins in the rpm: $a"
}

echo "make package-test: snmp-plugins $V"

part preflight
if [ $FAILED = 0 ]; then
	for p in options dist install deb rpm; do
		part $p
	done
fi
printf '%s' "$TIMES"
printf '%-8s %4d s\n' total $(( $(date +%s) - T0 ))
if [ $FAILED != 0 ]; then
	echo "package-test: $FAILED part(s) failed"
	exit 1
fi
echo "package-test: every part passed"
