#!/bin/sh
# tests/package/options.sh: every option of every plugin's --help (the
# shared ones also in --help-agent, with their whole descriptions) is in its
# manual page (an entry of its own), in its bash completion, and in its
# documentation: docs/PLUGIN.md, or for the options every plugin shares, the
# README's "Options every plugin shares".  The pages are lint-clean for
# mandoc and groff, and the completion completes what the help lists.
# The options are read from --help here with a plain pattern, not with
# contrib/help.awk, so that a fault of the generators' parser shows.
# Run by tests/package/run.sh after "make manpages completion".
set -u
cd "$(dirname "$0")/../.."
MANSECT=${MANSECT:-1}
PLUGINS=${PLUGINS:-$(ls plugins/check_snmp_*.c | sed 's/\.c$//')}
FAIL=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/snmp-plugins-options.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

fail() {
	printf '%s\n' "$*" | sed 's/^/FAIL: /'
	FAIL=$((FAIL + 1))
}

# the spellings of the options of --help or --help-agent ($2): one per
# line, "-w", "--warning" (a summary follows two spaces or more)
options() {
	"$1" "$2" | sed -n 's/^  \{0,1\}\(-[^ ].*\)/\1/p' | sed 's/  .*//' |
	    tr ',' '\n' | sed 's/^ *//; s/[ =[].*//' | grep '^-.'
}

# OPT (a word of its own) in FILE
has() {
	grep -Eq -- "(^|[^A-Za-z0-9_-])$1([^A-Za-z0-9_-]|\$)" "$2"
}

# README's section on the shared options, and the options every plugin has
sed -n '/^## Options every plugin shares/,/^## [^O]/p' README.md >"$TMP/shared.md"
first=1
for p in $PLUGINS; do
	# --help lists the shared options a line each, --help-agent in detail:
	# both the same options
	options "$p" --help | sort -u >"$TMP/${p##*/}.opts"
	options "$p" --help-agent | sort -u >"$TMP/${p##*/}.agent"
	r=$(comm -13 "$TMP/${p##*/}.opts" "$TMP/${p##*/}.agent")
	[ -z "$r" ] || fail "${p##*/}: --help-agent's" $r "not in --help"
	[ -s "$TMP/${p##*/}.agent" ] || fail "${p##*/}: no options in --help-agent"
	if [ $first = 1 ]; then
		cp "$TMP/${p##*/}.opts" "$TMP/common"
		first=0
	else
		comm -12 "$TMP/common" "$TMP/${p##*/}.opts" >"$TMP/c" &&
		    mv "$TMP/c" "$TMP/common"
	fi
done

for p in $PLUGINS; do
	n=${p##*/}
	page=contrib/man/$n.$MANSECT
	comp=contrib/completion/$n
	doc=docs/$n.md
	opts=$TMP/$n.opts
	[ -s "$opts" ] || { fail "$n: no options in --help"; continue; }
	[ -f "$page" ] || { fail "$n: no $page (make manpages)"; continue; }
	[ -f "$comp" ] || { fail "$n: no $comp (make completion)"; continue; }

	# the page: lint-clean, and an entry (.TP heading) per option
	lint=$(mandoc -Tlint "$page" 2>&1)
	[ -z "$lint" ] || fail "$n: mandoc -Tlint: $lint"
	warn=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
	    man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
	[ -z "$warn" ] || fail "$n: groff warnings: $warn"
	awk 'prev == ".TP" { print } { prev = $0 }' "$page" |
	    sed 's/\\-/-/g; s/\\f[BIRP]//g' >"$TMP/$n.headings"

	# the completion: the words it offers after "-"
	sed -n 's/.*compgen -W "\(-[^"]*\)" -- "\$cur".*/\1/p' "$comp" |
	    tr ' ' '\n' | sed 's/=$//' >"$TMP/$n.words"

	if [ -f "$doc" ]; then
		cp "$doc" "$TMP/$n.doc"
	else
		echo "note: $n has no $doc; its options are checked in the page and completion only"
		: >"$TMP/$n.doc"
	fi
	r=$(awk -v n="$n" -v page="$page" -v comp="$comp" -v doc="$doc" \
	    -v hasdoc="$([ -f "$doc" ] && echo 1)" '
	# OPT as a word of its own in the text of file K
	function has(o, k,    t, i, b, a) {
		t = text[k]
		while ((i = index(t, o)) > 0) {
			b = i > 1 ? substr(t, i - 1, 1) : " "
			a = substr(t, i + length(o), 1)
			if (b !~ /[A-Za-z0-9_-]/ && a !~ /[A-Za-z0-9_-]/)
				return 1
			t = substr(t, i + 1)
		}
		return 0
	}
	BEGIN {
		for (i = 1; i < ARGC; i++)
			idx[ARGV[i]] = i
	}
	FNR == 1 { k = idx[FILENAME] }
	{ text[k] = text[k] "\n" $0 }
	k == 1 { opts[$0] = 1; order[++nopt] = $0 }
	k == 3 { words[$0] = 1 }
	k == 4 { common[$0] = 1 }
	END {
		# 1 options, 2 page headings, 3 completion words, 4 common
		# options, 5 README shared options, 6 doc
		for (i = 1; i <= nopt; i++) {
			o = order[i]
			if (!has(o, 2))
				print n ": " o " has no entry in " page
			if (!(o in words))
				print n ": " o " is not completed by " comp
			if (!hasdoc || has(o, 6))
				continue
			if (!(o in common))
				print n ": " o " is not in " doc
			else if (!has(o, 5))
				print n ": shared option " o " is neither in " doc \
				    " nor in README.md'"'"'s shared options"
		}
		for (w in words)
			if (w != "" && !(w in opts))
				print n ": " comp " offers " w \
				    ", which --help does not list"
	}' "$opts" "$TMP/$n.headings" "$TMP/$n.words" "$TMP/common" \
	    "$TMP/shared.md" "$TMP/$n.doc")
	[ -z "$r" ] || fail "$r"
done

# the completion, run as bash-completion runs it
command -v bash >/dev/null && [ -f /usr/share/bash-completion/bash_completion ] ||
    fail "bash-completion is missing: apt-get install bash-completion"
for p in $PLUGINS; do
	n=${p##*/}
	out=$(bash -c '
		. /usr/share/bash-completion/bash_completion
		. "$1"
		compopt() { :; }
		n=$2
		fn=$(complete -p "$n" 2>/dev/null | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
		[ -n "$fn" ] || { echo "no completion for $n"; exit; }
		comp() {
			COMP_WORDS=("$n" "$@")
			COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
			COMP_LINE="${COMP_WORDS[*]}"
			COMP_POINT=${#COMP_LINE}
			COMPREPLY=()
			"$fn" "$n" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
			printf "%s\n" "${COMPREPLY[*]}"
		}
		comp --proto
		comp -P ""
		comp --walk-file "$3"
	' sh "contrib/completion/$n" "$n" contrib/walks/demo-snmpd.w 2>&1)
	expect="--protocol=
1 2c 3
contrib/walks/demo-snmpd.walk"
	[ "$out" = "$expect" ] || fail "$n: completion gave
$out
instead of
$expect"
done

if [ $FAIL -gt 0 ]; then
	echo "options: $FAIL failed"
	exit 1
fi
echo "options: every option of $(echo $PLUGINS | wc -w) plugins in its page, completion and docs"
