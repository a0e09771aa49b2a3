#!/bin/sh
# icinga2-include.sh DIR: on stdout, a file for Icinga 2's include path
# (/usr/share/icinga2/include/snmp-plugins) that includes, from DIR where
# they are installed, the files of contrib/icinga2 that define
# CheckCommands only: a file with an apply rule or any other object (the
# example hosts and services) is left out.  "include <snmp-plugins>" in
# icinga2.conf then enables the commands and nothing else; nothing includes
# the file by default.  Used by the Debian and RPM packages.
set -eu
cd "$(dirname "$0")/.."
dir=$1

echo '/* snmp-plugins CheckCommands, enabled by "include <snmp-plugins>" */'
for f in contrib/icinga2/*.conf; do
	[ -f "$f" ] || continue
	grep -Eq '^[[:space:]]*object[[:space:]]+CheckCommand[[:space:]]' "$f" ||
	    continue
	if grep -E '^[[:space:]]*(apply|object)[[:space:]]' "$f" |
	    grep -Evq '^[[:space:]]*object[[:space:]]+CheckCommand[[:space:]]'; then
		continue
	fi
	echo "include \"$dir/${f##*/}\""
done
