#!/bin/sh
# version.sh: the version of snmp-plugins, read from its one place, the
# SNMP_PLUGINS_VERSION define of common/ (today common/options.h; what
# --version prints).
# version.sh -d: the source date as seconds since the epoch, for
# reproducible products (tarball mtimes, manual page dates, package
# changelogs): SOURCE_DATE_EPOCH if set, else the last commit's date, else
# (an unpacked release tarball) the modification time of the header that
# holds the version, which the tarball fixes to that date.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
def='^#[ 	]*define[ 	][ 	]*SNMP_PLUGINS_VERSION[ 	]'
h=$(grep -l "$def" "$top"/common/*.h "$top"/common/*/*.h 2>/dev/null || :)
case $h in
*"
"*|'')
	echo "version.sh: not one SNMP_PLUGINS_VERSION define in common/: ${h:-none}" >&2
	exit 1
	;;
esac

case ${1:-} in
-d)
	if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
		echo "$SOURCE_DATE_EPOCH"
	elif [ -e "$top/.git" ] &&
	    git -C "$top" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git -C "$top" log -1 --format=%ct
	else
		date -r "$h" +%s
	fi
	;;
'')
	v=$(sed -n "s/$def*\"\\([^\"]*\\)\".*/\\1/p" "$h")
	case $v in
	[0-9]*) echo "$v" ;;
	*)
		echo "version.sh: no version string in $h" >&2
		exit 1
		;;
	esac
	;;
*)
	echo "usage: version.sh [-d]" >&2
	exit 2
	;;
esac
