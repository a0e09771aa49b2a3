# help.awk: a plugin's --help output as records, one per line, fields
# separated by tabs; contrib/man/mkman.sh and contrib/completion/mkcomp.sh
# read them, so the manual pages and the completion list the options of the
# table the plugin's parser uses to print its help.
#
# The help is read by its shape, not by its section names:
#   line 1            "NAME (snmp-plugins VERSION)"
#   next lines        the purpose, up to a blank line or "Usage:"
#   "Usage: ..."      one or more synopsis lines (indented lines continue one)
#   "Title:"          a line ending in ":" followed by an option line
#                     opens an option section
#   " -x, --long=ARG" an option line (one or two spaces, then "-")
#   "    text"        its description (more indented)
#   "Examples:"       the examples, indented lines up to a blank line
#   anything else     notes: paragraphs, indented lines kept as they are
#
# Records:
#   name NAME / version VERSION / purpose TEXT / usage TEXT
#   section TITLE
#   opt SHORT LONG ARG OPTIONAL  (SHORT without "-", LONG without "--",
#                                 ARG empty for a flag, OPTIONAL 1 for
#                                 --long[=ARG])
#   desc TEXT                    a line of the last option's description
#   para                         a paragraph break in the notes
#   text TEXT / pre TEXT         a line of notes, flowing or as it is
#   examples / example TEXT      the examples

BEGIN {
	OFS = "\t"
	mode = "title"
}

function rec(a, b, c, d, e) {
	if (e != "")
		print a, b, c, d, e
	else if (d != "")
		print a, b, c, d
	else if (c != "")
		print a, b, c
	else if (b != "")
		print a, b
	else
		print a
}

function trim(s) {
	sub(/^[ \t]+/, "", s)
	sub(/[ \t]+$/, "", s)
	return s
}

# one " -x, --long=ARG" line: every spelling of one option
function option(line,    spec, n, i, parts, p, s, l, arg, opt, rest) {
	spec = trim(line)
	rest = ""
	# a description on the same line, after two spaces
	if ((i = index(spec, "  ")) > 0) {
		rest = trim(substr(spec, i))
		spec = substr(spec, 1, i - 1)
	}
	s = l = arg = ""
	opt = 0
	n = split(spec, parts, /, /)
	for (i = 1; i <= n; i++) {
		p = parts[i]
		if (p ~ /^--/) {
			p = substr(p, 3)
			if (match(p, /\[=/)) {
				arg = substr(p, RSTART + 2)
				sub(/\]$/, "", arg)
				p = substr(p, 1, RSTART - 1)
				opt = 1
			} else if (match(p, /[= ]/)) {
				arg = substr(p, RSTART + 1)
				p = substr(p, 1, RSTART - 1)
			}
			l = p
		} else if (p ~ /^-/) {
			p = substr(p, 2)
			if (match(p, / /)) {
				arg = substr(p, RSTART + 1)
				p = substr(p, 1, RSTART - 1)
			}
			s = p
		}
	}
	rec("opt", s, l, arg, opt ? "1" : "0")
	if (rest != "")
		rec("desc", rest)
}

# a line ending in ":" whose next line is an option opens a section
function header(line, next_line) {
	return line ~ /^[^ \t].*:$/ && next_line ~ /^  ?-/
}

{
	lines[NR] = $0
}

END {
	for (i = 1; i <= NR; i++) {
		line = lines[i]
		nl = (i < NR) ? lines[i + 1] : ""
		if (mode == "title") {
			n = split(line, w, " ")
			rec("name", w[1])
			if (match(line, /\(snmp-plugins [^)]*\)/))
				rec("version", substr(line, RSTART + 14,
				    RLENGTH - 15))
			mode = "purpose"
			purpose = ""
			continue
		}
		if (mode == "purpose") {
			if (line !~ /^Usage:/ && line !~ /^$/) {
				purpose = purpose (purpose == "" ? "" : " ") \
				    trim(line)
				continue
			}
			rec("purpose", purpose)
			mode = "body"
		}
		if (line ~ /^Usage:/) {
			usage = trim(substr(line, 7))
			mode = "usage"
			continue
		}
		if (mode == "usage") {
			if (line ~ /^[ \t]+/ && trim(line) !~ /^(or:|Usage:)/ &&
			    index(trim(line), name_of_usage(usage)) != 1) {
				usage = usage " " trim(line)
				continue
			}
			rec("usage", usage)
			usage = ""
			if (line !~ /^$/ && line ~ /^[ \t]/) {
				u = trim(line)
				sub(/^or:[ \t]*/, "", u)
				usage = u
				continue
			}
			mode = "body"
		}
		if (header(line, nl)) {
			rec("section", substr(line, 1, length(line) - 1))
			mode = "options"
			continue
		}
		if (mode == "options") {
			if (line ~ /^  ?-/) {
				option(line)
				continue
			}
			if (line ~ /^   /) {
				rec("desc", trim(line))
				continue
			}
			mode = "body"
		}
		if (line ~ /^Examples?:$/) {
			rec("examples")
			mode = "examples"
			continue
		}
		if (mode == "examples") {
			if (line ~ /^[ \t]/) {
				# the examples' own indentation: continued lines
				sub(/^  /, "", line)
				sub(/[ \t]+$/, "", line)
				rec("example", line)
				continue
			}
			mode = "body"
		}
		if (line ~ /^$/) {
			if (started)
				pending = 1
			continue
		}
		if (pending) {
			rec("para")
			pending = 0
		}
		started = 1
		if (line ~ /^[ \t]/)
			rec("pre", trim(line))
		else
			rec("text", line)
	}
	if (mode == "usage" && usage != "")
		rec("usage", usage)
}

function name_of_usage(u,    w) {
	split(u, w, " ")
	return w[1]
}
