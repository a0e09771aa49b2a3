#!/bin/sh
# SPDX-License-Identifier: ISC
# Build common/*.c and common/crypto/*.c into one archive for the fuzz
# targets, with the given compiler and flags, into a directory of our own
# (never the repository's *.o, so the normal gcc build is untouched).  The
# sources are globbed, so a module added to common/ is picked up; an object
# is rebuilt when its source or any common/ header is newer.  The stale
# ones compile one per core.
#   buildlib.sh OUTDIR CC FLAGS...
set -eu
# --one OUTDIR CC SOURCE FLAGS...: compile one source (the parallel step)
if [ "$1" = --one ]; then
	base=$(echo "$4" | sed 's|^common/||; s|/|_|g; s|\.c$||')
	out=$2 cc=$3 src=$4
	shift 4
	exec "$cc" "$@" -c -o "$out/$base.o" "$src"
fi
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
stale_srcs=
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
		stale_srcs="$stale_srcs $src"
		changed=1
	fi
done
# the stale ones compiled one per core
if [ -n "$stale_srcs" ]; then
	echo "$cc $* -c: $(echo $stale_srcs | wc -w) sources into $out"
	# shellcheck disable=SC2086
	printf '%s\n' $stale_srcs |
	    xargs -P "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)" \
	    -I{} sh "$0" --one "$out" "$cc" {} "$@" || exit 1
fi
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
