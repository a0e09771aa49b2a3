#!/bin/sh
# version.sh: the version of snmp-plugins, read from its one place,
# SNMP_PLUGINS_VERSION in common/options.h (what --version prints).
# version.sh -d: the source date as seconds since the epoch, for
# reproducible products (tarball mtimes, manual page dates, package
# changelogs): SOURCE_DATE_EPOCH if set, else the last commit's date, else
# (an unpacked release tarball) the modification time of common/options.h,
# which the tarball fixes to that date.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
h=$top/common/options.h

case ${1:-} in
-d)
	if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
		echo "$SOURCE_DATE_EPOCH"
	elif git -C "$top" rev-parse --is-inside-work-tree >/dev/null 2>&1 &&
	    [ -e "$top/.git" ]; then
		git -C "$top" log -1 --format=%ct
	else
		date -r "$h" +%s
	fi
	;;
'')
	v=$(sed -n 's/^#define[ 	]*SNMP_PLUGINS_VERSION[ 	]*"\([^"]*\)".*/\1/p' "$h")
	case $v in
	[0-9]*) echo "$v" ;;
	*)
		echo "version.sh: no SNMP_PLUGINS_VERSION in $h" >&2
		exit 1
		;;
	esac
	;;
*)
	echo "usage: version.sh [-d]" >&2
	exit 2
	;;
esac
