#!/bin/sh
# mkman.sh PLUGIN [NAME...]: the manual page of a built plugin, in man(7)
# on stdout, from its --help and --help-agent (read by contrib/help.awk):
# the shared options with --help-agent's whole descriptions.  The NAMEs
# are the other plugins, for SEE ALSO.  The page's date is SOURCE_DATE_EPOCH's, or
# the last commit's (contrib/version.sh -d), so that a build is
# reproducible.  Sections: NAME, SYNOPSIS, DESCRIPTION (the purpose and the
# help's notes), OPTIONS (one subsection per option section of the help),
# ENVIRONMENT (every variable the help names, with the option that names
# it), EXIT STATUS, EXAMPLES, SEE ALSO.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
plugin=$1
shift
section=${MANSECT:-1}
epoch=$(sh "$here/../version.sh" -d)
date=$(date -u -d "@$epoch" +%Y-%m-%d)

# --help exits 0 (or 3 on older plugins); the output is what counts
help=$("$plugin" --help) || true
[ -n "$help" ] || { echo "mkman.sh: $plugin printed no help" >&2; exit 1; }
agent=$("$plugin" --help-agent) || true
[ -n "$agent" ] || { echo "mkman.sh: $plugin printed no --help-agent" >&2; exit 1; }

# --help's one-line block of the shared options (the section that points
# to --help-agent) gives way to --help-agent's sections, whole
{
	printf '%s\n' "$help" | awk -f "$here/../help.awk" | awk -F '\t' '
	$1 == "section" { skip = index($2, "--help-agent") > 0 }
	skip && ($1 == "section" || $1 == "opt" || $1 == "desc") { next }
	{ print }'
	printf '%s\n' "$agent" | awk -f "$here/../help.awk" |
	    grep -E '^(section|opt|desc)	'
} |
awk -F '\t' -v date="$date" -v sect="$section" -v others="$*" '
# s with every character c replaced by the string r (no regex, no
# replacement-string escapes, the same in every awk)
function subst(s, c, r,    out, i) {
	out = ""
	while ((i = index(s, c)) > 0) {
		out = out substr(s, 1, i - 1) r
		s = substr(s, i + 1)
	}
	return out s
}

function dashes(s) { return subst(s, "-", "\\-") }

# a text line for roff: backslashes and dashes escaped, one sentence per
# line (the help ends a sentence with two spaces), no line starting with
# a control character
function esc(s,    out, n, i, l, parts) {
	s = dashes(subst(s, "\\", "\\e"))
	n = split(s, parts, /\.  +/)
	out = ""
	for (i = 1; i <= n; i++) {
		l = parts[i] (i < n ? "." : "")
		sub(/^ +/, "", l)
		out = out (i > 1 ? "\n" : "") wrap(l)
	}
	return out
}

# lines of at most 78 bytes where the words allow, none starting with a
# control character
function wrap(s,    out, line, n, i, w) {
	n = split(s, w, / +/)
	out = line = ""
	for (i = 1; i <= n; i++) {
		if (line != "" && length(line) + 1 + length(w[i]) > 78) {
			out = out (out == "" ? "" : "\n") ctl(line)
			line = ""
		}
		line = line (line == "" ? "" : " ") w[i]
	}
	return out (out == "" ? "" : "\n") ctl(line)
}

function ctl(l) {
	return l ~ /^[.\047]/ ? "\\&" l : l
}

function bold(s) { return "\\fB" dashes(s) "\\fR" }
function ital(s) { return "\\fI" dashes(s) "\\fR" }

# one option: "\fB\-w\fR, \fB\-\-warning\fR=\fIRANGE\fR"
function optline(s, l, arg, optional,    t) {
	t = ""
	if (s != "")
		t = bold("-" s)
	if (l != "")
		t = t (t != "" ? ", " : "") bold("--" l)
	if (arg != "") {
		arg = subst(arg, "\\", "\\e")
		if (l == "")
			t = t " " ital(arg)
		else if (optional)
			t = t "[=" ital(arg) "]"
		else
			t = t "=" ital(arg)
	}
	return t
}

# one word of the synopsis: brackets and bars roman, options bold,
# their arguments italic
function synword(w,    pre, post, t, n, i, parts, p, eq) {
	pre = post = ""
	while (substr(w, 1, 1) == "[") {
		pre = pre "["
		w = substr(w, 2)
	}
	while (w ~ /(\]|\.\.\.)$/) {
		if (w ~ /\.\.\.$/) {
			post = "..." post
			w = substr(w, 1, length(w) - 3)
		} else {
			post = "]" post
			w = substr(w, 1, length(w) - 1)
		}
	}
	# "..." ends no sentence: no wider space after it at a line end
	if (post ~ /\.$/)
		post = post "\\&"
	if (w == "")
		return pre post
	if (w == "|")
		return pre "|" post
	gsub(/\|-/, "\001-", w)
	n = split(w, parts, "\001")
	t = ""
	for (i = 1; i <= n; i++) {
		p = parts[i]
		if (p ~ /^-/) {
			if ((eq = index(p, "=")) > 0)
				p = bold(substr(p, 1, eq - 1)) "=" \
				    ital(substr(p, eq + 1))
			else
				p = bold(p)
		} else {
			p = ital(p)
		}
		t = t (i > 1 ? "|" : "") p
	}
	return pre t post
}

function synopsis(u,    n, i, w, line, t) {
	n = split(u, w, /[ \t]+/)
	print ".SY " w[1]
	line = ""
	for (i = 2; i <= n; i++) {
		t = synword(w[i])
		if (line != "" && length(line) + 1 + length(t) > 78) {
			print line
			line = ""
		}
		line = line (line == "" ? "" : " ") t
	}
	if (line != "")
		print line
	print ".YS"
}

# environment variables the text names, with the option naming them
function envvars(s, where,    v) {
	while (match(s, /[A-Z][A-Z0-9]*(_[A-Z0-9]+)+/)) {
		v = substr(s, RSTART, RLENGTH)
		s = substr(s, RSTART + RLENGTH)
		if (!(v in envseen)) {
			envseen[v] = 1
			envorder[++nenv] = v
		}
		if (where != "" && index(envwhere[v], where) == 0)
			envwhere[v] = envwhere[v] (envwhere[v] == "" ? "" : ", ") where
	}
}

function flush_opts() {
	if (inrs) {
		print ".RE"
		inrs = 0
	}
}

$1 == "name" { name = $2 }
$1 == "version" { version = $2 }
$1 == "purpose" { purpose = $2 }
$1 == "usage" { usages[++nusage] = $2 }
$1 == "section" {
	sections[++nsect] = $2
	body[nsect] = ""
}
$1 == "opt" {
	body[nsect] = body[nsect] ".TP\n" optline($2, $3, $4, $5 == "1") "\n"
	curopt = $3 != "" ? "--" $3 : "-" $2
}
$1 == "desc" {
	body[nsect] = body[nsect] esc($2) "\n"
	envvars($2, bold(curopt))
}
$1 == "para" { notes = notes (notes == "" ? "" : ".PP\n"); lastpre = 0 }
$1 == "text" {
	if (lastpre)
		notes = notes ".fi\n.RE\n"
	lastpre = 0
	notes = notes esc($2) "\n"
	envvars($2, "")
}
$1 == "pre" {
	if (!lastpre)
		notes = notes ".RS 4\n.nf\n"
	lastpre = 1
	s = $2
	notes = notes "\\&" subst(s, "\\", "\\e") "\n"
	envvars($2, "")
}
$1 == "example" {
	s = $2
	s = subst(s, "\\", "\\e")
	examples = examples "\\&" dashes(s) "\n"
}

END {
	if (lastpre)
		notes = notes ".fi\n.RE\n"
	up = toupper(name)
	printf ".TH %s %s %s \"snmp-plugins %s\" \"Monitoring Plugins\"\n",
	    up, sect, date, version
	# no hyphenation (groff resets .nh at each paragraph unless its HY
	# register is 0) nor justification: OIDs, options and examples are
	# copied from the page as they stand
	print ".nr HY 0"
	print ".nh"
	print ".ad l"
	print ".SH NAME"
	p = purpose
	sub(/\.$/, "", p)
	p = tolower(substr(p, 1, 1)) substr(p, 2)
	print esc(name " - " p)
	print ".SH SYNOPSIS"
	for (i = 1; i <= nusage; i++)
		synopsis(usages[i])
	print ".SH DESCRIPTION"
	print esc(purpose)
	if (notes != "") {
		print ".PP"
		printf "%s", notes
	}
	if (nsect > 0) {
		print ".SH OPTIONS"
		for (i = 1; i <= nsect; i++) {
			print ".SS " esc(sections[i])
			printf "%s", body[i]
		}
	}
	if (nenv > 0) {
		print ".SH ENVIRONMENT"
		for (i = 1; i <= nenv; i++) {
			v = envorder[i]
			print ".TP"
			print ".B " v
			if (envwhere[v] != "")
				print "See " envwhere[v] "."
			else
				print "See DESCRIPTION."
		}
	}
	print ".SH EXIT STATUS"
	print ".TP"
	print ".B 0"
	print "OK"
	print ".TP"
	print ".B 1"
	print "WARNING"
	print ".TP"
	print ".B 2"
	print "CRITICAL"
	print ".TP"
	print ".B 3"
	print "UNKNOWN: anything that prevents an honest verdict (bad options, no"
	print "response, a missing object, a malformed reply), with a message that"
	print "says what and why"
	if (examples != "") {
		print ".SH EXAMPLES"
		print ".RS 4"
		print ".nf"
		printf "%s", examples
		print ".fi"
		print ".RE"
	}
	n = split(others, o, " ")
	see = ""
	for (i = 1; i <= n; i++) {
		if (o[i] == name)
			continue
		see = see (see == "" ? "" : ",\n") ".BR " o[i] " (" sect ")"
	}
	if (see != "") {
		print ".SH SEE ALSO"
		print see
	}
}'
