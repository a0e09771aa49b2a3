#!/bin/sh
# musl-pie.sh start|end: the start files (before the objects) or the end
# files (after them) of a static PIE linked by musl-gcc, whose specs know
# only static (crt1.o) and dynamic (Scrt1.o) programs.  A static PIE starts
# at musl's rcrt1.o, which relocates the program itself (make PIE=1 with
# LIBC=musl: the Debian and RPM packages).  The paths are the ones
# musl-gcc uses for a dynamic program, Scrt1.o's directory giving rcrt1.o's.
set -eu
files=$(musl-gcc -### -x c /dev/null -o /dev/null 2>&1 | tr ' "' '\n\n' |
    grep -E '/(Scrt1|crti|crtbeginS|crtendS|crtn)\.o$')
get() {
	echo "$files" | grep "/$1\$" | head -n 1
}
case ${1:-} in
start)	scrt=$(get Scrt1.o)
	echo "${scrt%/*}/rcrt1.o $(get crti.o) $(get crtbeginS.o)" ;;
end)	echo "$(get crtendS.o) $(get crtn.o)" ;;
*)	echo "usage: $0 start|end" >&2
	exit 2 ;;
esac
