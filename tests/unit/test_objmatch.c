/* SPDX-License-Identifier: ISC */
/*
 * An object's value against -s (an exact string), -r and -R (a regex,
 * with and without case) and --invert-search: strings, hex strings,
 * INTEGERs with and without an enumeration, TimeTicks and OIDs against
 * each text a check_snmp command line may have been written for; a
 * regex that does not compile; and the "expected ..." text.
 */
#include <check.h>
#include <string.h>

#include "objmatch.h"
#include "snmp.h"
#include "state.h"
#include "testutil.h"

/* sysObjectID's value 1.3.6.1.4.1.8072.3.2.10 as BER contents */
static const uint8_t netsnmp_linux[] = {
	0x2b, 0x06, 0x01, 0x04, 0x01, 0xbf, 0x08, 0x03, 0x02, 0x0a
};
static const uint8_t binary[] = { 0x62, 0xc9, 0x24 };

enum val { STR_RUNNING, HEX, OPER_UP, SERVICES, TICKS, OBJID };

/* The object and its value for each enum val, and the value shown. */
static void
value(int which, struct oid *o, struct snmp_value *v, int mib,
    const char **shown)
{
	const char *name;

	memset(v, 0, sizeof(*v));
	switch (which) {
	case STR_RUNNING:
		name = "1.3.6.1.2.1.1.5.0";
		v->type = VAL_OCTET_STRING;
		v->bytes = (const uint8_t *)"running";
		v->len = 7;
		*shown = "running";
		break;
	case HEX:
		name = "1.3.6.1.2.1.2.2.1.6.2";
		v->type = VAL_OCTET_STRING;
		v->bytes = binary;
		v->len = sizeof(binary);
		*shown = "62 C9 24";
		break;
	case OPER_UP:
		/* ifOperStatus.3: up(1) */
		name = "1.3.6.1.2.1.2.2.1.8.3";
		v->type = VAL_INTEGER;
		v->i = 1;
		*shown = mib ? "up(1)" : "1";
		break;
	case SERVICES:
		/* sysServices.0: no enumeration */
		name = "1.3.6.1.2.1.1.7.0";
		v->type = VAL_INTEGER;
		v->i = 72;
		*shown = "72";
		break;
	case TICKS:
		name = "1.3.6.1.2.1.1.3.0";
		v->type = VAL_TIMETICKS;
		v->u = 123456;
		*shown = "123456";
		break;
	default:
		name = "1.3.6.1.2.1.1.2.0";
		v->type = VAL_OID;
		v->bytes = netsnmp_linux;
		v->len = sizeof(netsnmp_linux);
		*shown = "1.3.6.1.4.1.8072.3.2.10";
		break;
	}
	ck_assert_int_eq(oid_parse(o, name), SNMP_OK);
}

#define S	OBJMATCH_STRING
#define R	OBJMATCH_EREG
#define RI	OBJMATCH_EREGI
#define OK	STATE_OK
#define CRIT	STATE_CRITICAL

static const struct {
	int		 val;		/* enum val */
	int		 mib;
	int		 kind;
	const char	*pattern;
	int		 invert;
	int		 state;
} cases[] = {
	/* a string: as shown, net-snmp's value part, its whole line */
	{ STR_RUNNING, 0, S, "running", 0, OK },
	{ STR_RUNNING, 0, S, "\"running\"", 0, OK },
	{ STR_RUNNING, 0, S, "STRING: \"running\"", 0, OK },
	{ STR_RUNNING, 0, S, "runn", 0, CRIT },
	{ STR_RUNNING, 0, S, "Running", 0, CRIT },
	{ STR_RUNNING, 0, S, "running ", 0, CRIT },
	{ STR_RUNNING, 0, S, "", 0, CRIT },
	{ STR_RUNNING, 0, R, "^runn", 0, OK },
	{ STR_RUNNING, 0, R, "^STRING: \"run", 0, OK },
	{ STR_RUNNING, 0, R, "RUNN", 0, CRIT },
	{ STR_RUNNING, 0, RI, "RUNN", 0, OK },
	{ STR_RUNNING, 0, RI, "^string: \"RUNNING\"$", 0, OK },
	{ STR_RUNNING, 0, R, "^(stopped|failed)$", 0, CRIT },
	{ STR_RUNNING, 0, RI, "STOPPED", 0, CRIT },
	/* --invert-search turns each verdict */
	{ STR_RUNNING, 0, S, "running", 1, CRIT },
	{ STR_RUNNING, 0, S, "stopped", 1, OK },
	{ STR_RUNNING, 0, R, "^runn", 1, CRIT },
	{ STR_RUNNING, 0, R, "RUNN", 1, OK },
	{ STR_RUNNING, 0, RI, "RUNN", 1, CRIT },
	/* binary octets: shown as hex, net-snmp's Hex-STRING with a space */
	{ HEX, 0, S, "62 C9 24", 0, OK },
	{ HEX, 0, S, "62 C9 24 ", 0, OK },
	{ HEX, 0, S, "Hex-STRING: 62 C9 24 ", 0, OK },
	{ HEX, 0, S, "62c924", 0, CRIT },
	{ HEX, 0, S, "62 c9 24", 0, CRIT },
	{ HEX, 0, R, "^Hex-STRING: 62 C9", 0, OK },
	{ HEX, 0, R, "c9", 0, CRIT },
	{ HEX, 0, RI, "c9", 0, OK },
	/* an enumeration: its label, label(number), number, the line */
	{ OPER_UP, 1, S, "up", 0, OK },
	{ OPER_UP, 1, S, "up(1)", 0, OK },
	{ OPER_UP, 1, S, "1", 0, OK },
	{ OPER_UP, 1, S, "INTEGER: up(1)", 0, OK },
	{ OPER_UP, 1, S, "down", 0, CRIT },
	{ OPER_UP, 1, S, "UP", 0, CRIT },
	{ OPER_UP, 1, RI, "^UP", 0, OK },
	{ OPER_UP, 1, R, "^down", 1, OK },
	/* without MIBs net-snmp said "INTEGER: 1"; the label still counts */
	{ OPER_UP, 0, S, "INTEGER: 1", 0, OK },
	{ OPER_UP, 0, S, "INTEGER: up(1)", 0, CRIT },
	{ OPER_UP, 0, S, "up", 0, OK },
	{ OPER_UP, 0, S, "up(1)", 0, OK },
	{ OPER_UP, 0, S, "2", 0, CRIT },
	/* an INTEGER without an enumeration: the number and the line */
	{ SERVICES, 0, S, "72", 0, OK },
	{ SERVICES, 0, S, "INTEGER: 72", 0, OK },
	{ SERVICES, 0, S, "7", 0, CRIT },
	{ SERVICES, 0, R, "^7", 0, OK },
	{ SERVICES, 0, R, "^INTEGER: 7[0-9]$", 0, OK },
	{ SERVICES, 0, R, "^8", 0, CRIT },
	/*
	 * TimeTicks: the number; net-snmp's whole line is the value part
	 * too (check_snmp showed "Timeticks: (123456) 0:20:34.56"), so
	 * the part after "Timeticks: " alone is no exact match.
	 */
	{ TICKS, 0, S, "123456", 0, OK },
	{ TICKS, 0, S, "Timeticks: (123456) 0:20:34.56", 0, OK },
	{ TICKS, 0, S, "(123456) 0:20:34.56", 0, CRIT },
	{ TICKS, 0, S, "0:20:34.56", 0, CRIT },
	{ TICKS, 0, R, "0:20:34", 0, OK },
	{ TICKS, 0, R, "^\\(123456\\)", 0, CRIT },
	{ TICKS, 0, RI, "^timeticks: \\(123456\\)", 0, OK },
	/* an OID: dotted, net-snmp's form without and with MIBs */
	{ OBJID, 0, S, "1.3.6.1.4.1.8072.3.2.10", 0, OK },
	{ OBJID, 0, S, "iso.3.6.1.4.1.8072.3.2.10", 0, OK },
	{ OBJID, 0, S, "OID: iso.3.6.1.4.1.8072.3.2.10", 0, OK },
	{ OBJID, 0, S, ".1.3.6.1.4.1.8072.3.2.10", 0, CRIT },
	{ OBJID, 0, S, "SNMPv2-SMI::enterprises.8072.3.2.10", 0, CRIT },
	{ OBJID, 1, S, "SNMPv2-SMI::enterprises.8072.3.2.10", 0, OK },
	{ OBJID, 1, S, "iso.3.6.1.4.1.8072.3.2.10", 0, CRIT },
	{ OBJID, 0, R, "\\.8072\\.", 0, OK },
	{ OBJID, 0, R, "\\.9\\.", 0, CRIT },
	{ OBJID, 0, R, "\\.9\\.", 1, OK },
};

START_TEST(state)
{
	struct objmatch m;
	struct snmp_value v;
	struct oid o;
	const char *shown;
	char err[128] = "";
	int st;

	value(cases[_i].val, &o, &v, cases[_i].mib, &shown);
	ck_assert_int_eq(objmatch_set(&m, cases[_i].kind, cases[_i].pattern,
	    err, sizeof(err)), 0);
	ck_assert_str_eq(err, "");
	st = objmatch_state(&m, &o, &v, cases[_i].mib, shown,
	    cases[_i].invert);
	ck_assert_msg(st == cases[_i].state, "case %d: '%s' (kind %d, "
	    "invert %d) gave %d", _i, cases[_i].pattern, cases[_i].kind,
	    cases[_i].invert, st);
	objmatch_free(&m);
	ck_assert_int_eq(m.kind, OBJMATCH_NONE);
}
END_TEST

/* No -s/-r/-R: OK whatever the value, --invert-search or not. */
START_TEST(none)
{
	struct objmatch m;
	struct snmp_value v;
	struct oid o;
	const char *shown;

	memset(&m, 0, sizeof(m));
	ck_assert_int_eq(m.kind, OBJMATCH_NONE);
	value(STR_RUNNING, &o, &v, 0, &shown);
	ck_assert_int_eq(objmatch_state(&m, &o, &v, 0, shown, 0), STATE_OK);
	ck_assert_int_eq(objmatch_state(&m, &o, &v, 0, shown, 1), STATE_OK);
}
END_TEST

/* A regex that does not compile: -1 and regerror()'s text. */
START_TEST(bad_regex)
{
	static const char *const bad[] = { "(", "[a-", "a{2,1}" };
	struct objmatch m;
	char err[128];

	strcpy(err, "");
	ck_assert_int_eq(objmatch_set(&m, OBJMATCH_EREG, bad[_i], err,
	    sizeof(err)), -1);
	ck_assert_msg(err[0] != '\0', "'%s': no message", bad[_i]);
	/* nothing compiled, nothing to free */
	ck_assert_int_eq(m.kind, OBJMATCH_NONE);
	objmatch_free(&m);
	strcpy(err, "");
	ck_assert_int_eq(objmatch_set(&m, OBJMATCH_EREGI, bad[_i], err,
	    sizeof(err)), -1);
	ck_assert_msg(err[0] != '\0', "'%s': no message", bad[_i]);
	/* -s takes any text as it is */
	ck_assert_int_eq(objmatch_set(&m, OBJMATCH_STRING, bad[_i], err,
	    sizeof(err)), 0);
	ck_assert_int_eq(m.kind, OBJMATCH_STRING);
	ck_assert_ptr_eq(m.pattern, bad[_i]);
}
END_TEST

static const struct {
	int		 kind;
	const char	*pattern;
	int		 invert;
	const char	*text;
} expected[] = {
	{ S, "up", 0, "expected string \"up\"" },
	{ S, "up", 1, "expected no string \"up\"" },
	{ S, "", 0, "expected string \"\"" },
	{ R, "^up$", 0, "expected match of the regex '^up$'" },
	{ R, "^up$", 1, "expected no match of the regex '^up$'" },
	{ RI, "UP", 0, "expected match, ignoring case, of the regex 'UP'" },
	{ RI, "UP", 1,
	  "expected no match, ignoring case, of the regex 'UP'" },
	/* the pattern made safe: no '|' to end the status line, no LF */
	{ R, "up|down", 0, "expected match of the regex 'up/down'" },
	{ S, "a\nb\tc", 0, "expected string \"a\\nb\\tc\"" },
};

START_TEST(expected_text)
{
	struct objmatch m;
	struct strbuf sb;
	char err[128], buf[256];

	ck_assert_int_eq(objmatch_set(&m, expected[_i].kind,
	    expected[_i].pattern, err, sizeof(err)), 0);
	sb_init(&sb, buf, sizeof(buf));
	objmatch_expected(&sb, &m, expected[_i].invert);
	ck_assert_str_eq(buf, expected[_i].text);
	objmatch_free(&m);
}
END_TEST

static Suite *
objmatch_suite(void)
{
	Suite *s = suite_create("objmatch");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, state, 0, sizeof(cases) / sizeof(cases[0]));
	tcase_add_test(tc, none);
	tcase_add_loop_test(tc, bad_regex, 0, 3);
	tcase_add_loop_test(tc, expected_text, 0, sizeof(expected) /
	    sizeof(expected[0]));
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(objmatch_suite)
