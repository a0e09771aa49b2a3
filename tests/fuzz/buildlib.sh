#!/bin/sh
# SPDX-License-Identifier: ISC
# Build common/*.c and common/crypto/*.c into one archive for the fuzz
# targets, with the given compiler and flags, into a directory of our own
# (never the repository's *.o, so the normal gcc build is untouched).  The
# sources are globbed, so a module added to common/ is picked up; an object
# is rebuilt when its source or any common/ header is newer.
#   buildlib.sh OUTDIR CC FLAGS...
set -eu
out=$1
cc=$2
shift 2
mkdir -p "$out"
lib=$out/libsnmpcheck.a
# new flags rebuild everything
printf '%s\n' "$cc $*" >"$out/flags.new"
if cmp -s "$out/flags.new" "$out/flags"; then
	rm -f "$out/flags.new"
else
	mv "$out/flags.new" "$out/flags"
fi
changed=0
objs=
for src in common/*.c common/crypto/*.c; do
	base=$(echo "$src" | sed 's|^common/||; s|/|_|g; s|\.c$||')
	obj=$out/$base.o
	objs="$objs $obj"
	stale=0
	if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] ||
	    [ "$0" -nt "$obj" ] || [ "$out/flags" -nt "$obj" ]; then
		stale=1
	else
		for h in common/*.h common/*.inc common/crypto/*.h; do
			if [ "$h" -nt "$obj" ]; then
				stale=1
				break
			fi
		done
	fi
	if [ $stale = 1 ]; then
		echo "$cc $* -c -o $obj $src"
		"$cc" "$@" -c -o "$obj" "$src"
		changed=1
	fi
done
# objects of sources that went away
for obj in "$out"/*.o; do
	case " $objs " in
	*" $obj "*) ;;
	*) [ -f "$obj" ] && rm -f "$obj" && changed=1 ;;
	esac
done
if [ $changed = 1 ] || [ ! -f "$lib" ]; then
	rm -f "$lib"
	ar rcs "$lib" $objs
fi
