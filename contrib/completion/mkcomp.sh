#!/bin/sh
# mkcomp.sh PLUGIN: the bash completion of a built plugin on stdout, from
# its --help (read by contrib/help.awk), for bash-completion's directory
# (one file per command, loaded when the command is first completed).
# Completes every option of the help; after an option, the values its
# argument names: a list (1|2c|3), a state (STATE: OK WARNING CRITICAL
# UNKNOWN), a file (FILE) or a directory (DIR); nothing for other values.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
plugin=$1

help=$("$plugin" --help) || true
[ -n "$help" ] || { echo "mkcomp.sh: $plugin printed no help" >&2; exit 1; }

printf '%s\n' "$help" | awk -f "$here/../help.awk" |
awk -F '\t' '
function add(kind, o) {
	if (o == "")
		return
	k[kind] = k[kind] (k[kind] == "" ? "" : "|") o
}

# the spellings of one option: "-w|--warning"
function spellings(s, l) {
	if (s != "" && l != "")
		return "-" s "|--" l
	return s != "" ? "-" s : "--" l
}

$1 == "name" { name = $2 }
$1 == "version" { version = $2 }
$1 == "opt" {
	s = $2
	l = $3
	arg = $4
	if (s != "")
		words = words (words == "" ? "" : " ") "-" s
	if (l != "")
		words = words (words == "" ? "" : " ") "--" l \
		    (arg != "" && $5 != "1" ? "=" : "")
	# no value to complete after a flag, nor after one whose value is
	# optional (it can only be attached: --extra-opts=SECTION)
	if (arg == "" || $5 == "1")
		next
	sp = spellings(s, l)
	if (arg == "FILE")
		add("file", sp)
	else if (arg == "DIR")
		add("dir", sp)
	else if (arg ~ /^[A-Za-z0-9_-]+(\|[A-Za-z0-9_-]+)+$/) {
		n = split(arg, v, "|")
		list = ""
		for (i = 1; i <= n; i++)
			list = list (list == "" ? "" : " ") \
			    (v[i] == "STATE" ? "OK WARNING CRITICAL UNKNOWN" : v[i])
		lists[++nlists] = sp
		listw[nlists] = list
	} else if (arg == "STATE")
		add("state", sp)
	else
		add("value", sp)
}

END {
	fn = "_snmp_plugins_" name
	gsub(/[^A-Za-z0-9_]/, "_", fn)
	print "# bash completion for " name " (snmp-plugins " version "),"
	print "# generated from its --help by contrib/completion/mkcomp.sh"
	print ""
	print fn "()"
	print "{"
	print "\tlocal cur prev words cword split"
	print "\t_init_completion -s || return"
	print ""
	print "\tcase $prev in"
	if (k["file"] != "")
		print "\t" k["file"] ")\n\t\t_filedir\n\t\treturn\n\t\t;;"
	if (k["dir"] != "")
		print "\t" k["dir"] ")\n\t\t_filedir -d\n\t\treturn\n\t\t;;"
	if (k["state"] != "")
		print "\t" k["state"] ")\n\t\tCOMPREPLY=($(compgen -W \"OK WARNING CRITICAL UNKNOWN\" -- \"$cur\"))\n\t\treturn\n\t\t;;"
	for (i = 1; i <= nlists; i++)
		print "\t" lists[i] ")\n\t\tCOMPREPLY=($(compgen -W \"" listw[i] "\" -- \"$cur\"))\n\t\treturn\n\t\t;;"
	if (k["value"] != "")
		print "\t" k["value"] ")\n\t\treturn\n\t\t;;"
	print "\tesac"
	print "\t$split && return"
	print ""
	print "\tif [[ $cur == -* ]]; then"
	print "\t\tCOMPREPLY=($(compgen -W \"" words "\" -- \"$cur\"))"
	print "\t\t[[ ${COMPREPLY-} == *= ]] && compopt -o nospace"
	print "\tfi"
	print "} &&"
	print "\tcomplete -F " fn " " name
}'
