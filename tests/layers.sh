#!/bin/sh
# tests/layers.sh: the include rules of docs/architecture.md, checked.
#  - common/ includes nothing from plugins/ or discover/ (the library
#    never knows its callers);
#  - no include circle between modules: module A depends on module B when
#    A's .c or .h includes B's header (session_int.h counts as session's,
#    walkfile_int.h as walkfile's, crypto/ headers as crypto's); tsort
#    finds any loop;
#  - the protocol floor (the modules listed in PROTOCOL below) includes
#    nothing from the plugin floor.
# It prints one line per finding and exits 1 when there is any.
set -u
cd "$(dirname "$0")/.." || exit 1
PROTOCOL="snmp ber oid num pdu usm usmcache crypto udp dns net walkfile
inflate session table"
rc=0

# module FILE: the module a file belongs to
module() {
	m=${1##*/}
	m=${m%.*}
	case $1 in
	*/crypto/*) m=crypto ;;
	esac
	case $m in
	session_int | session_v3) m=session ;;
	walkfile_int | walkfile_text | walkfile_snmprec) m=walkfile ;;
	esac
	echo "$m"
}

edges=$(mktemp "${TMPDIR:-/tmp}/layers.XXXXXX")
trap 'rm -f "$edges"' EXIT
for f in common/*.[ch] common/crypto/*.[ch]; do
	a=$(module "$f")
	for inc in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f"); do
		case $inc in
		*.inc) continue ;;
		esac
		for d in plugins discover; do
			if [ -f "$d/${inc##*/}" ] && [ ! -f "common/$inc" ] &&
			    [ ! -f "common/crypto/${inc##*/}" ]; then
				echo "layers: $f includes $d/$inc"
				rc=1
			fi
		done
		# the header as a path: beside the includer, else in common/
		if [ -f "${f%/*}/$inc" ]; then
			b=$(module "${f%/*}/$inc")
		else
			b=$(module "common/$inc")
		fi
		[ "$a" = "$b" ] && continue
		echo "$a $b" >>"$edges"
		case " $(echo $PROTOCOL) " in
		*" $a "*)
			case " $(echo $PROTOCOL) " in
			*" $b "*) ;;
			*) echo "layers: $f (protocol floor) includes $inc (plugin floor)"; rc=1 ;;
			esac ;;
		esac
	done
done
if ! tsort "$edges" >/dev/null 2>"$edges.err"; then
	echo "layers: an include circle between modules:"
	sed 's/^/  /' "$edges.err"
	rc=1
fi
rm -f "$edges.err"
[ $rc = 0 ] && echo "layers: $(sort -u "$edges" | wc -l) module dependencies, no circle, floors apart"
exit $rc
