#!/bin/sh
# deb.sh: the Debian package, snmp-plugins_VERSION-1_ARCH.deb at the top of
# the tree.  The tarball of make dist is unpacked in a scratch directory
# (the orig tarball beside it), contrib/debian is copied to debian/ there,
# a debian/changelog entry is written for VERSION with the source date,
# and dpkg-buildpackage builds the binary package.  lintian then judges it:
# an error fails; warnings are printed.  The tags the package is known to
# raise are overridden, each with its reason, in
# contrib/debian/snmp-plugins.lintian-overrides, so that any other shows.
# Needs dpkg-dev, debhelper and lintian.
set -eu
cd "$(dirname "$0")/.."
# the package build runs its own make, not one of the caller's jobs
unset MAKEFLAGS MFLAGS MAKELEVEL
top=$(pwd)
for t in dpkg-buildpackage dh lintian; do
	command -v $t >/dev/null 2>&1 || {
		echo "deb.sh: $t is missing: apt-get install dpkg-dev debhelper lintian" >&2
		exit 1
	}
done
v=$(sh contrib/version.sh)
epoch=$(sh contrib/version.sh -d)
sh contrib/dist.sh >/dev/null

tmp=$(mktemp -d "${TMPDIR:-/tmp}/snmp-plugins-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp "snmp-plugins-$v.tar.gz" "$tmp/snmp-plugins_$v.orig.tar.gz"
tar -xzf "snmp-plugins-$v.tar.gz" -C "$tmp"
src=$tmp/snmp-plugins-$v
cp -R "$src/contrib/debian" "$src/debian"
maint=$(sed -n 's/^Maintainer: //p' "$src/debian/control")
{
	printf 'snmp-plugins (%s-1) unstable; urgency=medium\n\n' "$v"
	printf '  * snmp-plugins %s; its changes are in\n' "$v"
	printf '    /usr/share/doc/snmp-plugins/changelog.gz.\n\n'
	printf ' -- %s  %s\n' "$maint" "$(LC_ALL=C date -u -R -d "@$epoch")"
} >"$src/debian/changelog"

echo "dpkg-buildpackage -b in $src"
if ! (cd "$src" && DEB_BUILD_OPTIONS="parallel=2 ${DEB_BUILD_OPTIONS:-}" \
    dpkg-buildpackage -b -us -uc) >"$tmp/build.log" 2>&1; then
	tail -n 40 "$tmp/build.log"
	echo "deb.sh: dpkg-buildpackage failed" >&2
	exit 1
fi
deb=$(ls "$tmp"/snmp-plugins_"$v"-1_*.deb)
cp "$deb" "$top/"
deb=${deb##*/}
echo "$deb"

# lintian on the package as built (the changes file names it)
lintian --info --display-info --pedantic "$tmp"/snmp-plugins_"$v"-1_*.changes \
    >"$tmp/lintian.log" 2>&1 || :
sed 's/^/lintian: /' "$tmp/lintian.log"
if grep -q '^E:' "$tmp/lintian.log"; then
	echo "deb.sh: lintian reports errors" >&2
	exit 1
fi
