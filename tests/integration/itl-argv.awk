# The command line Icinga 2 runs for a CheckCommand of the installed ITL
# (command-plugins.conf), as lib/icinga/macroprocessor.cpp
# ResolveArguments() builds it, for the custom variables of one service:
#
#   awk -f itl-argv.awk -v cmd=snmp -v svcvars='snmp_oid = "1.3.6.1.2.1.1.3.0"; ...' \
#       /usr/share/icinga2/include/command-plugins.conf
#
# prints the arguments after the command, one a line; with -v list=1 it
# prints instead every custom variable the command (with its imports)
# uses, one a line.  The service's variables are Icinga 2 literals
# separated by ';': strings "..." (\" and \\ escapes), numbers, true,
# false, and arrays [ ... ] of strings and numbers; "address" and
# "address6" stand for the host's attributes.
#
# What Icinga 2 does, and this does:
# - an argument whose macros are not all set is left out; set_if leaves it
#   out unless its value is true or a non-zero number;
# - a macro that is a whole value may be an array: the key is repeated
#   before each element (repeat_key, default true);
# - the arguments are sorted by "order" (default 0) with std::sort over the
#   keys in byte order: for 16 arguments or fewer libstdc++ sorts by
#   insertion and keeps the key order; more than 16 of one order have no
#   defined order, which is why no case here has more;
# - the ITL's lambdas (vars.x = {{ ... }}) are emulated by name, and only
#   while their text has the checksum written below: a changed ITL makes
#   this script stop and say which one to read again.
function die(msg) {
	print "itl-argv: " msg > "/dev/stderr"
	failed = 1
	exit 2
}
# The net { } depth change of a line, outside strings.
function depth_change(s,   parts) {
	split_top(s, parts, "\001")
	return scan_depth
}
function trim(s) {
	sub(/^[ \t]+/, "", s)
	sub(/[ \t]+$/, "", s)
	return s
}
# A literal of the DSL as this script keeps it: "S:text", "N:number",
# "B:true", "A:" followed by its elements joined by SUBSEP, each "S:"/"N:".
function literal(s,   t, out, n, i, el) {
	s = trim(s)
	if (s ~ /^".*"$/) {
		t = substr(s, 2, length(s) - 2)
		gsub(/\\"/, "\001", t)
		gsub(/\\\\/, "\\", t)
		gsub(/\001/, "\"", t)
		return "S:" t
	}
	if (s ~ /^-?[0-9]+(\.[0-9]+)?$/)
		return "N:" (s + 0)
	if (s == "true" || s == "false")
		return "B:" s
	if (s ~ /^\[.*\]$/) {
		t = trim(substr(s, 2, length(s) - 2))
		out = "A:"
		n = split_top(t, el, ",")
		for (i = 1; i <= n; i++)
			out = out (i > 1 ? SUBSEP : "") literal(el[i])
		return out
	}
	return "X:" s	# a lambda or an expression: fails where used
}
# Split s on sep outside strings and brackets into arr; returns the count
# and leaves the net { } depth change outside strings in scan_depth.
function split_top(s, arr, sep,   i, c, n, q, esc, d, cur) {
	n = 0
	cur = ""
	q = 0
	esc = 0
	d = 0
	scan_depth = 0
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (q) {
			cur = cur c
			if (esc)
				esc = 0
			else if (c == "\\")
				esc = 1
			else if (c == "\"")
				q = 0
			continue
		}
		if (c == "\"")
			q = 1
		else if (c == "[")
			d++
		else if (c == "]")
			d--
		else if (c == "{")
			scan_depth++
		else if (c == "}")
			scan_depth--
		if (c == sep && d == 0) {
			if (trim(cur) != "")
				arr[++n] = cur
			cur = ""
			continue
		}
		cur = cur c
	}
	if (trim(cur) != "")
		arr[++n] = cur
	return n
}
BEGIN {
	nobj = 0
}
# The objects and templates of command-plugins.conf.
/^(object|template) CheckCommand "/ {
	obj = $3
	gsub(/"/, "", obj)
	objects[obj] = 1
	depth = 1
	mode = ""
	next
}
obj != "" {
	line = $0
	if (mode == "lambda") {
		lambda_text = lambda_text trim(line)
		if (line ~ /}}/) {
			vars[obj, lambda_var] = "L:" lambda_text
			mode = ""
		}
		next
	}
	d = depth_change(line)
	t = trim(line)
	if (depth == 1 && t ~ /^import "/) {
		imp = t
		sub(/^import "/, "", imp)
		sub(/".*/, "", imp)
		imports[obj] = imports[obj] (imports[obj] != "" ? SUBSEP : "") imp
	} else if (depth == 1 && t ~ /^vars\.[A-Za-z0-9_]+ *= *\{\{/) {
		lambda_var = t
		sub(/^vars\./, "", lambda_var)
		sub(/ *=.*/, "", lambda_var)
		lambda_text = ""
		mode = "lambda"
		if (t ~ /}}/) {
			vars[obj, lambda_var] = "L:" t
			mode = ""
		}
		next
	} else if (depth == 1 && t ~ /^vars\.[A-Za-z0-9_]+ *=/) {
		v = t
		sub(/^vars\./, "", v)
		val = v
		sub(/ *=.*/, "", v)
		sub(/^[^=]*= */, "", val)
		vars[obj, v] = literal(val)
	} else if (depth == 1 && t ~ /^arguments \+?= *\{/) {
		mode = "args"
	} else if (depth == 2 && mode == "args" && t ~ /^"[^"]*" *= *\{/) {
		arg = t
		sub(/^"/, "", arg)
		sub(/".*/, "", arg)
		args[obj, arg] = 1
		arglist[obj] = arglist[obj] (arglist[obj] != "" ? SUBSEP : "") arg
	} else if (depth == 2 && mode == "args" && t ~ /^"[^"]*" *= */) {
		arg = t
		sub(/^"/, "", arg)
		sub(/".*/, "", arg)
		val = t
		sub(/^"[^"]*" *= */, "", val)
		args[obj, arg] = 1
		arglist[obj] = arglist[obj] (arglist[obj] != "" ? SUBSEP : "") arg
		field[obj, arg, "value"] = literal(val)
	} else if (depth == 3 && mode == "args" && t ~ /^[a-z_]+ *= */) {
		f = t
		sub(/ *=.*/, "", f)
		val = t
		sub(/^[a-z_]+ *= */, "", val)
		if (f != "description")
			field[obj, arg, f] = literal(val)
	}
	depth += d
	if (depth == 1 && mode == "args")
		mode = ""
	if (depth <= 0)
		obj = ""
	next
}
# The command and its imports, parents first (a child's word wins).
function linearize(o,   n, p, i) {
	if (!(o in objects))
		die("no CheckCommand \"" o "\" in the ITL")
	n = split(imports[o], p, SUBSEP)
	for (i = 1; i <= n; i++)
		linearize(p[i])
	chain[++nchain] = o
}
function cmdvar(name,   i) {
	for (i = nchain; i >= 1; i--)
		if ((chain[i], name) in vars)
			return vars[chain[i], name]
	return ""
}
function var_value(name,   v) {
	if (name in svc)
		return svc[name]
	v = cmdvar(name)
	if (v ~ /^L:/)
		return lambda(name, substr(v, 3))
	return v
}
function truthy(v) {
	return v == "B:true" || (v ~ /^N:/ && substr(v, 3) + 0 != 0) ||
	    (v ~ /^S:/ && substr(v, 3) != "" && substr(v, 3) != "false" &&
	    substr(v, 3) != "0")
}
# The ITL's lambdas, known by their checksum (cksum of the text without
# blanks); "" when the lambda returns nothing.
function lambda(name, text,   sum, cmd, a4, a6) {
	gsub(/[ \t]/, "", text)
	cmd = "printf '%s' '" text "' | cksum"
	cmd | getline sum
	close(cmd)
	sub(/ .*/, "", sum)
	a4 = ("address" in svc) ? substr(svc["address"], 3) : ""
	a6 = ("address6" in svc) ? substr(svc["address6"], 3) : ""
	if (name == "snmp_address" && sum == SUM_SNMP_ADDRESS)
		return a4 != "" ? "S:" a4 : "S:udp6:[" a6 "]"
	if (name == "check_address" && sum == SUM_CHECK_ADDRESS) {
		if ((a4 != "" && !truthy(var_value("check_ipv6"))) ||
		    truthy(var_value("check_ipv4")))
			return "S:" a4
		return a6 != "" ? "S:" a6 : ""
	}
	die("the ITL's lambda vars." name " changed (cksum " sum "): read it " \
	    "again and update tests/integration/itl-argv.awk")
}
# A value with its macros resolved: "" if one is missing.  A value that
# is one whole macro keeps the variable's type (an array stays one).
function resolve(v,   s, out, m, name, r) {
	if (v ~ /^X:/)
		die("cannot evaluate " substr(v, 3))
	if (v !~ /^S:/)
		return v
	s = substr(v, 3)
	if (s ~ /^\$[A-Za-z0-9_.]+\$$/) {
		name = substr(s, 2, length(s) - 2)
		used[name] = 1
		r = var_value(name)
		if (r ~ /^S:/ && index(substr(r, 3), "$") > 0)
			r = resolve(r)
		return r
	}
	out = ""
	while (match(s, /\$[A-Za-z0-9_.]+\$/)) {
		name = substr(s, RSTART + 1, RLENGTH - 2)
		used[name] = 1
		r = resolve("S:$" name "$")
		if (r == "" || r ~ /^A:/)
			return ""
		out = out substr(s, 1, RSTART - 1) substr(r, 3)
		s = substr(s, RSTART + RLENGTH)
	}
	return "S:" out s
}
function emit(key, v, first, skip_key, repeat_key,   n, el, i) {
	if (v ~ /^A:/) {
		n = split(substr(v, 3), el, SUBSEP)
		for (i = 1; i <= n; i++)
			emit(key, el[i], i == 1, skip_key, repeat_key)
		return
	}
	if (!skip_key && (first || repeat_key))
		print key
	if (v != "")
		print substr(v, 3)
}
END {
	if (failed)
		exit 2
	SUM_SNMP_ADDRESS = "974528727"
	SUM_CHECK_ADDRESS = "1381488762"
	nchain = 0
	linearize(cmd)
	for (c = 1; c <= nchain; c++)
		inchain[chain[c]] = 1
	n = split_top(svcvars, pairs, ";")
	for (i = 1; i <= n; i++) {
		eq = index(pairs[i], "=")
		if (eq == 0)
			die("not name = value: " pairs[i])
		svc[trim(substr(pairs[i], 1, eq - 1))] = literal(substr(pairs[i], eq + 1))
	}
	if (list) {
		for (kv in field) {
			split(kv, p, SUBSEP)
			if (!(p[1] in inchain))
				continue
			s = field[kv]
			while (match(s, /\$[A-Za-z0-9_.]+\$/)) {
				seen[substr(s, RSTART + 1, RLENGTH - 2)] = 1
				s = substr(s, RSTART + RLENGTH)
			}
		}
		for (kv in vars) {
			split(kv, p, SUBSEP)
			if (p[1] in inchain)
				seen[p[2]] = 1
		}
		for (name in seen)
			print name
		exit 0
	}
	# the arguments of the chain, a child's definition winning
	na = 0
	for (c = 1; c <= nchain; c++) {
		k = split(arglist[chain[c]], ks, SUBSEP)
		for (j = 1; j <= k; j++) {
			if (!(ks[j] in owner))
				keys[++na] = ks[j]
			owner[ks[j]] = chain[c]
		}
	}
	# insertion sort by (order, key): std::sort as libstdc++ runs it
	for (i = 1; i <= na; i++) {
		o = owner[keys[i]]
		ord[keys[i]] = ((o, keys[i], "order") in field) ? substr(field[o, keys[i], "order"], 3) + 0 : 0
	}
	for (i = 2; i <= na; i++) {
		x = keys[i]
		for (j = i - 1; j >= 1 && (ord[keys[j]] > ord[x] || (ord[keys[j]] == ord[x] && keys[j] > x)); j--)
			keys[j + 1] = keys[j]
		keys[j + 1] = x
	}
	nout = 0
	for (i = 1; i <= na; i++) {
		a = keys[i]
		o = owner[a]
		if ((o, a, "set_if") in field) {
			r = resolve(field[o, a, "set_if"])
			if (r == "" || !truthy(r))
				continue
		}
		v = ((o, a, "value") in field) ? resolve(field[o, a, "value"]) : "-"
		if (v == "") {
			if (((o, a, "required") in field) && field[o, a, "required"] == "B:true")
				die("required macro of " a " missing")
			continue
		}
		if (v == "-")
			v = ""
		out[++nout] = a
		outv[nout] = v
	}
	if (nout > 16)
		die(nout " arguments: Icinga 2's order for more than 16 is not defined")
	for (i = 1; i <= nout; i++) {
		o = owner[out[i]]
		key = ((o, out[i], "key") in field) ? substr(field[o, out[i], "key"], 3) : out[i]
		skip = ((o, out[i], "skip_key") in field) && field[o, out[i], "skip_key"] == "B:true"
		rep = !(((o, out[i], "repeat_key") in field) && field[o, out[i], "repeat_key"] == "B:false")
		emit(key, outv[i], 1, skip, rep)
	}
}
