/* SPDX-License-Identifier: ISC */
/*
 * Objects as check_snmp_value reads them: the -w/-c comma lists (one
 * range per object, empty items, check_snmp's MAX:MIN, the errors), an
 * object's reading with -d, -M, --offset, -f, --rate and -z, its state by
 * thresholds and -s/-r/-R, the status line's part, the long output's
 * reason, the "OID = TYPE: VALUE" lines and the missing objects.
 */
#include <check.h>
#include <string.h>

#include "objitem.h"
#include "snmp.h"
#include "state.h"
#include "testutil.h"

/* item it on the numeric OID text, nothing else set */
static void
item_init(struct objitem *it, const char *text)
{
	memset(it, 0, sizeof(*it));
	it->text = text;
	ck_assert_int_eq(oid_parse(&it->oid, text), SNMP_OK);
}

/* The view check_snmp_value starts from: -M 1, -z UNKNOWN. */
static void
view_init(struct objitem_view *w)
{
	memset(w, 0, sizeof(*w));
	w->mult = 1;
	w->rate_mult = 1;
	w->null_state = STATE_UNKNOWN;
}

static void
vb_init(struct varbind *vb, const char *oid, int type)
{
	memset(vb, 0, sizeof(*vb));
	ck_assert_int_eq(oid_parse(&vb->oid, oid), SNMP_OK);
	vb->val.type = type;
}

static void
vb_str(struct varbind *vb, const char *oid, const char *s)
{
	vb_init(vb, oid, VAL_OCTET_STRING);
	vb->val.bytes = (const uint8_t *)s;
	vb->val.len = strlen(s);
}

/* Three objects: -w with an empty middle item, -c with two of three. */
START_TEST(ranges_per_object)
{
	struct objitem it[3];
	char err[256] = "";

	item_init(&it[0], "1.3.6.1.4.1.2021.10.1.5.1");
	item_init(&it[1], "1.3.6.1.4.1.2021.10.1.5.2");
	item_init(&it[2], "1.3.6.1.4.1.2021.10.1.5.3");
	ck_assert_int_eq(objitem_ranges(it, 3, "4,,~:3", 0, 0, err,
	    sizeof(err)), 0);
	ck_assert_int_eq(objitem_ranges(it, 3, ",8", 1, 0, err,
	    sizeof(err)), 0);
	ck_assert_str_eq(err, "");
	ck_assert_int_eq(it[0].th.has_warn, 1);
	ck_assert_str_eq(it[0].th.warn.text, "4");
	ck_assert_int_eq(it[0].th.has_crit, 0);
	ck_assert_int_eq(it[1].th.has_warn, 0);
	ck_assert_int_eq(it[1].th.has_crit, 1);
	ck_assert_str_eq(it[1].th.crit.text, "8");
	ck_assert_int_eq(it[2].th.has_warn, 1);
	ck_assert_str_eq(it[2].th.warn.text, "~:3");
	ck_assert_int_eq(it[2].th.warn.has_start, 0);
	ck_assert_int_eq(it[2].th.has_crit, 0);
	/* no list: nothing changes; "" is one empty item */
	ck_assert_int_eq(objitem_ranges(it, 3, NULL, 1, 0, err,
	    sizeof(err)), 0);
	ck_assert_int_eq(objitem_ranges(it, 3, "", 1, 0, err,
	    sizeof(err)), 0);
	ck_assert_int_eq(it[0].th.has_crit, 0);
	ck_assert_int_eq(it[2].th.has_crit, 0);
}
END_TEST

/* A list longer than the stack copy (256 octets): 60 ranges. */
START_TEST(ranges_long_list)
{
	static struct objitem it[60];
	char list[60 * 8 + 1], err[256] = "";
	size_t i;

	list[0] = '\0';
	for (i = 0; i < 60; i++) {
		item_init(&it[i], "1.3.6.1.2.1.1.3.0");
		strcat(list, i == 0 ? "100000:" : ",100000:");
	}
	ck_assert_uint_gt(strlen(list), 256);
	ck_assert_int_eq(objitem_ranges(it, 60, list, 1, 0, err,
	    sizeof(err)), 0);
	for (i = 0; i < 60; i++) {
		loop_check(it[i].th.has_crit == 1);
		loop_check(strcmp(it[i].th.crit.text, "100000:") == 0);
	}
	/* one more object than ranges is fine, one fewer is not */
	ck_assert_int_eq(objitem_ranges(it, 59, list, 1, 0, err,
	    sizeof(err)), SNMP_E_SYNTAX);
	ck_assert_str_eq(err, "-c has 60 thresholds for 59 objects");
}
END_TEST

/* check_snmp's MAX:MIN only with compat; @, ~ and a single number as is. */
START_TEST(ranges_compat)
{
	struct objitem it[3];
	char err[256] = "";

	item_init(&it[0], "1.3.6.1.2.1.1.7.0");
	item_init(&it[1], "1.3.6.1.2.1.1.7.0");
	item_init(&it[2], "1.3.6.1.2.1.1.7.0");
	ck_assert_int_eq(objitem_ranges(it, 3, "20:10,10:20,~:5", 0, 1, err,
	    sizeof(err)), 0);
	ck_assert_int_eq(it[0].th.warn.inside, 1);
	ck_assert_str_eq(it[0].th.warn.text, "@10:20");
	ck_assert_int_eq(it[1].th.warn.inside, 0);
	ck_assert_str_eq(it[1].th.warn.text, "10:20");
	ck_assert_int_eq(it[2].th.warn.inside, 0);
	ck_assert_str_eq(it[2].th.warn.text, "~:5");
	/* without compat MAX:MIN is an error that says why */
	ck_assert_int_eq(objitem_ranges(it, 3, "20:10", 1, 0, err,
	    sizeof(err)), SNMP_E_SYNTAX);
	ck_assert_str_eq(err, "Invalid critical range '20:10': its start is "
	    "greater than its end; expected [@][START:][END] with decimal "
	    "numbers, ~ for minus infinity");
}
END_TEST

static const struct {
	size_t		 n;
	const char	*list;
	int		 crit, compat;
	const char	*err;
} bad_ranges[] = {
	{ 2, "1,2,3", 0, 0, "-w has 3 thresholds for 2 objects" },
	{ 1, "1,2", 1, 0, "-c has 2 thresholds for 1 object" },
	{ 1, ",", 0, 0, "-w has 2 thresholds for 1 object" },
	{ 2, "5,abc", 0, 0, "Invalid warning range 'abc': expected "
	  "[@][START:][END] with decimal numbers, ~ for minus infinity" },
	{ 2, ",1:2:3", 1, 1, "Invalid critical range '1:2:3': expected "
	  "[@][START:][END] with decimal numbers, ~ for minus infinity" },
	{ 1, "@20:10", 0, 1, "Invalid warning range '@20:10': its start is "
	  "greater than its end; expected [@][START:][END] with decimal "
	  "numbers, ~ for minus infinity" },
};

START_TEST(ranges_bad)
{
	struct objitem it[2];
	char err[256] = "";

	item_init(&it[0], "1.3.6.1.2.1.1.7.0");
	item_init(&it[1], "1.3.6.1.2.1.1.7.0");
	ck_assert_int_eq(objitem_ranges(it, bad_ranges[_i].n,
	    bad_ranges[_i].list, bad_ranges[_i].crit, bad_ranges[_i].compat,
	    err, sizeof(err)), SNMP_E_SYNTAX);
	ck_assert_str_eq(err, bad_ranges[_i].err);
}
END_TEST

/*
 * One reading each: the view, the object and its value, the state and
 * the texts it gives.
 */
enum { PLAIN, MULT, MULT_FMT, OFFSET, SPLIT, NOSPLIT, NOSPLIT_OK, STR_BAD,
    STR_GOOD, BOTH, RATE, RATE_UNIT, RATE_MULT, RATE_BIG, COMPAT, INVERT,
    BINARY, ENUM_UP, ENUM_DOWN, NULLOID };

static const struct {
	int		 id;
	const char	*warn, *crit;	/* NULL: none */
	int		 kind;		/* objmatch_kind */
	const char	*pattern;
	int		 state, th_state, m_state, numeric;
	const char	*text;		/* r.text */
	const char	*show;		/* objitem_show() */
	const char	*explain;	/* objitem_explain(): "" when OK */
} reads[] = {
	{ PLAIN, "40", "50", 0, NULL, STATE_WARNING, STATE_WARNING, STATE_OK,
	  1, "42", "load *42* %",
	  "iso.3.6.1.4.1.2021.10.1.5.1 = 42: outside the warning range "
	  "'40'\n" },
	{ MULT, NULL, "100", 0, NULL, STATE_CRITICAL, STATE_CRITICAL,
	  STATE_OK, 1, "1234", "*123.4*",
	  "iso.3.6.1.4.1.2021.4.6.0 = 123.4: outside the critical range "
	  "'100'\n" },
	{ MULT_FMT, NULL, NULL, 0, NULL, STATE_OK, STATE_OK, STATE_OK, 1,
	  "1234", "123.40", "" },
	{ OFFSET, "~:25", "~:30", 0, NULL, STATE_WARNING, STATE_WARNING,
	  STATE_OK, 1, "300", "*26.85* C",
	  "iso.3.6.1.4.1.9999.3.0 = 26.85: outside the warning range "
	  "'~:25'\n" },
	{ SPLIT, "40", NULL, 0, NULL, STATE_WARNING, STATE_WARNING, STATE_OK,
	  1, "42 C", "*42 C*",
	  "iso.3.6.1.4.1.9999.1.0 = 42 C: outside the warning range '40'\n" },
	{ NOSPLIT, "40", NULL, 0, NULL, STATE_UNKNOWN, STATE_UNKNOWN,
	  STATE_OK, 0, "temp: 42 C", "*No valid data returned (temp: 42 C)*",
	  "iso.3.6.1.4.1.9999.1.0 = \"temp: 42 C\": not a number, the "
	  "thresholds cannot apply\n" },
	{ NOSPLIT_OK, NULL, NULL, OBJMATCH_EREG, "^temp: 4[0-9] C$",
	  STATE_OK, STATE_OK, STATE_OK, 0, "temp: 42 C", "\"temp: 42 C\"",
	  "" },
	{ STR_BAD, NULL, NULL, OBJMATCH_STRING, "stopped", STATE_CRITICAL,
	  STATE_OK, STATE_CRITICAL, 0, "running", "*\"running\"*",
	  "iso.3.6.1.4.1.9999.2.0 = \"running\": expected string "
	  "\"stopped\"\n" },
	{ STR_GOOD, NULL, NULL, OBJMATCH_STRING, "running", STATE_OK,
	  STATE_OK, STATE_OK, 0, "running", "\"running\"", "" },
	{ BOTH, NULL, "5", OBJMATCH_EREG, "^[0-5]$", STATE_CRITICAL,
	  STATE_CRITICAL, STATE_CRITICAL, 1, "7", "*7*",
	  "iso.3.6.1.4.1.9999.4.0 = 7: outside the critical range '5'; "
	  "expected match of the regex '^[0-5]$'\n" },
	{ RATE, "~:0.01", NULL, 0, NULL, STATE_WARNING, STATE_WARNING,
	  STATE_OK, 1, "0.041667", "*0.042/s*",
	  "iso.3.6.1.2.1.2.2.1.10.1 = 0.042/s: outside the warning range "
	  "'~:0.01'\n" },
	{ RATE_UNIT, NULL, NULL, 0, NULL, STATE_OK, STATE_OK, STATE_OK, 1,
	  "0.041667", "0.042 B", "" },
	{ RATE_MULT, NULL, "~:10", 0, NULL, STATE_CRITICAL, STATE_CRITICAL,
	  STATE_OK, 1, "12.34", "*12.3*",
	  "iso.3.6.1.2.1.2.2.1.10.1 = 12.3: outside the critical range "
	  "'~:10'\n" },
	{ RATE_BIG, NULL, NULL, 0, NULL, STATE_OK, STATE_OK, STATE_OK, 1,
	  "1234.4", "1234/s", "" },
	{ COMPAT, "20:10", NULL, 0, NULL, STATE_WARNING, STATE_WARNING,
	  STATE_OK, 1, "15", "*15*",
	  "iso.3.6.1.4.1.9999.4.0 = 15: inside the warning range "
	  "'@10:20'\n" },
	{ INVERT, NULL, NULL, OBJMATCH_STRING, "running", STATE_CRITICAL,
	  STATE_OK, STATE_CRITICAL, 0, "running", "*\"running\"*",
	  "iso.3.6.1.4.1.9999.2.0 = \"running\": expected no string "
	  "\"running\"\n" },
	{ BINARY, NULL, NULL, OBJMATCH_STRING, "b\xc9$", STATE_CRITICAL,
	  STATE_OK, STATE_CRITICAL, 0, "62 C9 24", "*62 C9 24*",
	  "iso.3.6.1.2.1.2.2.1.6.2 = 62 C9 24: expected string \"62 C9 "
	  "24\"\n" },
	{ ENUM_UP, NULL, NULL, OBJMATCH_STRING, "up", STATE_OK, STATE_OK,
	  STATE_OK, 1, "up(1)", "Port 3 up(1)", "" },
	{ ENUM_DOWN, NULL, NULL, OBJMATCH_STRING, "up", STATE_CRITICAL,
	  STATE_OK, STATE_CRITICAL, 1, "down(2)", "Port 3 *down(2)*",
	  "IF-MIB::ifOperStatus.3 = down(2): expected string \"up\"\n" },
	{ NULLOID, NULL, "10", 0, NULL, STATE_CRITICAL, STATE_CRITICAL,
	  STATE_OK, 0, "n/a", "*No valid data returned (n/a)*",
	  "iso.3.6.1.4.1.9999.1.0 = \"n/a\": not a number, the thresholds "
	  "cannot apply\n" },
};

/* The object, its value and the view of reads[i]. */
static void
setup_read(int id, struct objitem_view *w, struct objitem *it,
    struct varbind *vb, int *compat)
{
	view_init(w);
	*compat = 0;
	switch (id) {
	case PLAIN:
		item_init(it, "1.3.6.1.4.1.2021.10.1.5.1");
		it->label = "load";
		it->unit = "%";
		vb_init(vb, it->text, VAL_INTEGER);
		vb->val.i = 42;
		break;
	case MULT:
	case MULT_FMT:
		/* -M 0.1 (-f %.2f) */
		item_init(it, "1.3.6.1.4.1.2021.4.6.0");
		vb_init(vb, it->text, VAL_GAUGE32);
		vb->val.u = 1234;
		w->scaled = 1;
		w->mult = 0.1;
		w->fmt = id == MULT_FMT ? "%.2f" : NULL;
		break;
	case OFFSET:
		/* Kelvin to Celsius: --offset -273.15 */
		item_init(it, "1.3.6.1.4.1.9999.3.0");
		it->unit = "C";
		vb_init(vb, it->text, VAL_GAUGE32);
		vb->val.u = 300;
		w->scaled = 1;
		w->offset = -273.15;
		break;
	case SPLIT:
	case NOSPLIT:
	case NOSPLIT_OK:
		/* -d ': ' takes "42 C"; "=" (check_snmp's default) the whole */
		item_init(it, "1.3.6.1.4.1.9999.1.0");
		vb_str(vb, it->text, "temp: 42 C");
		w->split = id == SPLIT ? ": " : "=";
		break;
	case STR_BAD:
	case STR_GOOD:
	case INVERT:
		item_init(it, "1.3.6.1.4.1.9999.2.0");
		vb_str(vb, it->text, "running");
		w->invert = id == INVERT;
		/* -d that the string does not hold changes nothing */
		w->split = "#";
		break;
	case BOTH:
	case COMPAT:
		item_init(it, "1.3.6.1.4.1.9999.4.0");
		vb_init(vb, it->text, VAL_INTEGER);
		vb->val.i = id == BOTH ? 7 : 15;
		*compat = id == COMPAT;
		break;
	case RATE:
	case RATE_UNIT:
	case RATE_MULT:
	case RATE_BIG:
		/* objrate_values()'s result: a double */
		item_init(it, "1.3.6.1.2.1.2.2.1.10.1");
		vb_init(vb, it->text, VAL_DOUBLE);
		vb->val.d = id == RATE || id == RATE_UNIT ? 250.0 / 6000 :
		    id == RATE_MULT ? 12.34 : 1234.4;
		w->rate = 1;
		it->unit = id == RATE_UNIT ? "B" : NULL;
		w->rate_mult = id == RATE_MULT ? 60 : 1;
		break;
	case BINARY:
		item_init(it, "1.3.6.1.2.1.2.2.1.6.2");
		vb_str(vb, it->text, "b\xc9$");
		break;
	case ENUM_UP:
	case ENUM_DOWN:
		/* named: net-snmp's MIB form */
		item_init(it, "1.3.6.1.2.1.2.2.1.8.3");
		it->label = "Port 3";
		vb_init(vb, it->text, VAL_INTEGER);
		vb->val.i = id == ENUM_UP ? 1 : 2;
		w->mib = 1;
		break;
	default:
		/* -z CRITICAL */
		item_init(it, "1.3.6.1.4.1.9999.1.0");
		vb_str(vb, it->text, "n/a");
		w->null_state = STATE_CRITICAL;
		break;
	}
}

START_TEST(reading)
{
	static struct objitem_reading r;
	struct objitem_view w;
	struct objitem it;
	struct varbind vb;
	struct strbuf sb;
	char err[256] = "", buf[512];
	int compat;

	setup_read(reads[_i].id, &w, &it, &vb, &compat);
	ck_assert_int_eq(objitem_ranges(&it, 1, reads[_i].warn, 0, compat,
	    err, sizeof(err)), 0);
	ck_assert_int_eq(objitem_ranges(&it, 1, reads[_i].crit, 1, compat,
	    err, sizeof(err)), 0);
	if (reads[_i].kind != 0)
		ck_assert_int_eq(objmatch_set(&it.match, reads[_i].kind,
		    reads[_i].pattern, err, sizeof(err)), 0);
	objitem_read(&w, &it, &vb, &r);
	ck_assert_str_eq(r.text, reads[_i].text);
	ck_assert_int_eq(r.numeric, reads[_i].numeric);
	ck_assert_int_eq(r.th_state, reads[_i].th_state);
	ck_assert_int_eq(r.m_state, reads[_i].m_state);
	ck_assert_int_eq(r.state, reads[_i].state);
	sb_init(&sb, buf, sizeof(buf));
	objitem_show(&w, &it, &r, &sb);
	ck_assert_str_eq(buf, reads[_i].show);
	sb_init(&sb, buf, sizeof(buf));
	if (r.state != STATE_OK)
		objitem_explain(&w, &it, &vb, &r, &sb);
	ck_assert_str_eq(buf, reads[_i].explain);
	if (reads[_i].kind == OBJMATCH_EREG)
		regfree(&it.match.re);
}
END_TEST

/* The figures -M, --offset and -d leave: compared, not only shown. */
START_TEST(reading_numbers)
{
	static struct objitem_reading r;
	struct objitem_view w;
	struct objitem it;
	struct varbind vb;
	int compat;

	setup_read(MULT, &w, &it, &vb, &compat);
	objitem_read(&w, &it, &vb, &r);
	ck_assert_int_eq(r.n.kind, NUM_DOUBLE);
	ck_assert_double_eq_tol(r.n.d, 123.4, 1e-9);
	ck_assert_str_eq(r.disp, "123.4");
	/* -M and --offset: 1234 * 0.1 - 3.4 */
	w.offset = -3.4;
	objitem_read(&w, &it, &vb, &r);
	ck_assert_double_eq_tol(r.n.d, 120, 1e-9);
	ck_assert_str_eq(r.disp, "120");
	/* -d: what follows the first ": " only */
	setup_read(SPLIT, &w, &it, &vb, &compat);
	vb_str(&vb, it.text, "a: b: 17");
	objitem_read(&w, &it, &vb, &r);
	ck_assert_int_eq(r.numeric, 0);
	ck_assert_str_eq(r.text, "b: 17");
	ck_assert_uint_eq(r.v.len, 5);
	/* the varbind is left as read */
	ck_assert_uint_eq(vb.val.len, 8);
	w.split = "b: ";
	objitem_read(&w, &it, &vb, &r);
	ck_assert_int_eq(r.numeric, 1);
	/* num_from_uint(): NUM_INT up to INT64_MAX */
	ck_assert_int_eq(r.n.kind, NUM_INT);
	ck_assert_int_eq(r.n.i, 17);
	/* -d on a number: no effect */
	vb_init(&vb, it.text, VAL_COUNTER32);
	vb.val.u = 99;
	objitem_read(&w, &it, &vb, &r);
	ck_assert_str_eq(r.text, "99");
	ck_assert_int_eq(r.n.kind, NUM_INT);
	ck_assert_int_eq(r.n.i, 99);
}
END_TEST

START_TEST(lines)
{
	struct varbind vb;
	struct objitem it;
	struct strbuf sb;
	char buf[512];

	sb_init(&sb, buf, sizeof(buf));
	vb_init(&vb, "1.3.6.1.2.1.2.2.1.10.1", VAL_COUNTER32);
	vb.val.u = 5;
	objitem_line(&sb, &vb, "5");
	vb_str(&vb, "1.3.6.1.2.1.1.5.0", "vm");
	objitem_line(&sb, &vb, "vm");
	vb_init(&vb, "1.3.6.1.2.1.1.99.0", VAL_NOSUCHOBJECT);
	objitem_line(&sb, &vb, "ignored");
	vb_init(&vb, "1.3.6.1.2.1.1.3.0", VAL_TIMETICKS);
	vb.val.u = 14634;
	objitem_line(&sb, &vb, "14634");
	ck_assert_str_eq(buf,
	    "1.3.6.1.2.1.2.2.1.10.1 = Counter32: 5\n"
	    "1.3.6.1.2.1.1.5.0 = STRING: vm\n"
	    "1.3.6.1.2.1.1.99.0 = noSuchObject\n"
	    "1.3.6.1.2.1.1.3.0 = Timeticks: 14634\n");
	/* --list: the label made safe before the line, the value as read */
	sb_init(&sb, buf, sizeof(buf));
	item_init(&it, "1.3.6.1.2.1.2.2.1.8.3");
	it.label = "in|out";
	vb_init(&vb, it.text, VAL_INTEGER);
	vb.val.i = 2;
	objitem_list_line(&sb, &it, &vb, 1);
	it.label = NULL;
	objitem_list_line(&sb, &it, &vb, 0);
	vb_init(&vb, it.text, VAL_NOSUCHINSTANCE);
	objitem_list_line(&sb, &it, &vb, 0);
	ck_assert_str_eq(buf,
	    "in/out 1.3.6.1.2.1.2.2.1.8.3 = INTEGER: down(2)\n"
	    "1.3.6.1.2.1.2.2.1.8.3 = INTEGER: 2\n"
	    "1.3.6.1.2.1.2.2.1.8.3 = noSuchInstance\n");
}
END_TEST

START_TEST(missing)
{
	struct objitem it[4];
	struct varbind vb[4];
	struct strbuf sb;
	char buf[512];

	item_init(&it[0], "1.3.6.1.2.1.1.5.0");
	item_init(&it[1], "ifDescr.99");
	item_init(&it[2], "1.3.6.1.2.1.1.99.0");
	item_init(&it[3], "1.3.6.1.2.1.1.3.0");
	vb_str(&vb[0], "1.3.6.1.2.1.1.5.0", "vm");
	vb_init(&vb[1], "1.3.6.1.2.1.2.2.1.2.99", VAL_NOSUCHINSTANCE);
	vb_init(&vb[2], "1.3.6.1.2.1.1.99.0", VAL_NOSUCHNAME);
	vb_init(&vb[3], "1.3.6.1.2.1.1.3.0", VAL_ENDOFMIBVIEW);
	sb_init(&sb, buf, sizeof(buf));
	ck_assert_uint_eq(objitem_missing(&sb, it, vb, 4), 3);
	ck_assert_str_eq(buf, "ifDescr.99 (noSuchInstance), "
	    "1.3.6.1.2.1.1.99.0 (noSuchName), 1.3.6.1.2.1.1.3.0 "
	    "(endOfMibView)");
	/* none missing: nothing written */
	sb_init(&sb, buf, sizeof(buf));
	ck_assert_uint_eq(objitem_missing(&sb, it, vb, 1), 0);
	ck_assert_str_eq(buf, "");
	vb_init(&vb[0], "1.3.6.1.2.1.1.5.0", VAL_NOSUCHOBJECT);
	ck_assert_uint_eq(objitem_missing(&sb, it, vb, 2), 2);
	ck_assert_str_eq(buf, "1.3.6.1.2.1.1.5.0 (noSuchObject), "
	    "ifDescr.99 (noSuchInstance)");
}
END_TEST

static Suite *
objitem_suite(void)
{
	Suite *s = suite_create("objitem");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, ranges_per_object);
	tcase_add_test(tc, ranges_long_list);
	tcase_add_test(tc, ranges_compat);
	tcase_add_loop_test(tc, ranges_bad, 0, sizeof(bad_ranges) /
	    sizeof(bad_ranges[0]));
	tcase_add_loop_test(tc, reading, 0, sizeof(reads) / sizeof(reads[0]));
	tcase_add_test(tc, reading_numbers);
	tcase_add_test(tc, lines);
	tcase_add_test(tc, missing);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(objitem_suite)
