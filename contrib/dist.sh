#!/bin/sh
# dist.sh: snmp-plugins-VERSION.tar.gz at the top of the tree, from the
# files git tracks (no build products), reproducibly: names sorted, every
# entry dated with the last commit (or SOURCE_DATE_EPOCH), owner and group
# 0, modes 644 or 755 whatever the umask of the checkout, gzip without a
# name or time.  Needs a git checkout and GNU tar.
set -eu
cd "$(dirname "$0")/.."
v=$(sh contrib/version.sh)
epoch=$(sh contrib/version.sh -d)
name=snmp-plugins-$v
out=$name.tar.gz

git rev-parse --is-inside-work-tree >/dev/null 2>&1 || {
	echo "dist.sh: make dist needs a git checkout (it packs the tracked files)" >&2
	exit 1
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/snmp-plugins-dist.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# the tracked files that exist, and the directories that hold them
git ls-files -z | tr '\0' '\n' | while IFS= read -r f; do
	[ -e "$f" ] || [ -L "$f" ] || continue
	printf '%s\n' "$f"
	d=$f
	while [ "${d%/*}" != "$d" ]; do
		d=${d%/*}
		printf '%s\n' "$d"
	done
done | LC_ALL=C sort -u >"$tmp/list"

LC_ALL=C tar --create --no-recursion --files-from="$tmp/list" \
    --format=gnu --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
    --mode='u=rwX,go=rX' --transform="s,^,$name/,S" \
    --file=- | gzip -n -9 >"$tmp/$out"
mv "$tmp/$out" "$out"
echo "$out"
