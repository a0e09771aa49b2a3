#!/bin/sh
# rpm.sh: the RPM package, snmp-plugins-VERSION-1.ARCH.rpm at the top of the
# tree: rpmbuild -bb with contrib/rpm/snmp-plugins.spec on the tarball of
# make dist, in a scratch top directory.  Build dependencies are not
# checked (--nodeps): on Debian, rpm's database knows no package.  Needs
# rpm (rpmbuild).
set -eu
cd "$(dirname "$0")/.."
# the package build runs its own make, not one of the caller's jobs
unset MAKEFLAGS MFLAGS MAKELEVEL
top=$(pwd)
command -v rpmbuild >/dev/null 2>&1 || {
	echo "rpm.sh: rpmbuild is missing: apt-get install rpm" >&2
	exit 1
}
v=$(sh contrib/version.sh)
sh contrib/dist.sh >/dev/null

tmp=$(mktemp -d "${TMPDIR:-/tmp}/snmp-plugins-rpm.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/SOURCES"
cp "snmp-plugins-$v.tar.gz" "$tmp/SOURCES/"
echo "rpmbuild -bb in $tmp"
if ! rpmbuild -bb --nodeps --define "_topdir $tmp" \
    --define "pkg_version $v" --define "_smp_mflags -j2" \
    contrib/rpm/snmp-plugins.spec >"$tmp/build.log" 2>&1; then
	tail -n 40 "$tmp/build.log"
	echo "rpm.sh: rpmbuild failed" >&2
	exit 1
fi
rpm=$(ls "$tmp"/RPMS/*/snmp-plugins-"$v"-1*.rpm | grep -v -- '-debug')
cp "$rpm" "$top/"
echo "${rpm##*/}"
