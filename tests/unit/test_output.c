/* SPDX-License-Identifier: ISC */
/*
 * Output: device text can never forge a status line or perfdata
 * (protocol-notes.md item 14), perfdata follows the guidelines, the worst
 * state wins.
 */
#include "output.h"
#include "snmp.h"
#include "testutil.h"

static const struct {
	const char	*in;
	size_t		 len;
	const char	*out;
} texts[] = {
	{ "plain text", 10, "plain text" },
	{ "a|b=1", 5, "a/b=1" },
	{ "line1\nSNMP OK - forged", 22, "line1\\nSNMP OK - forged" },
	{ "tab\there", 8, "tab\\there" },
	{ "cr\r", 3, "cr\\r" },
	{ "with NUL\0", 9, "with NUL" },		/* trailing NUL dropped */
	{ "\0\x1a\x2b", 3, "00 1A 2B" },		/* binary: hex */
	{ "a\x01z", 3, "61 01 7A" },
	{ "Z\xc3\xbcrich", 7, "Z\xc3\xbcrich" },	/* valid UTF-8 kept */
	{ "bad\xff\xfe", 5, "bad??" },			/* invalid UTF-8 */
	{ "\xc0\xaf", 2, "??" },			/* overlong */
	{ "\xed\xa0\x80", 3, "???" },			/* surrogate */
	{ "\xe2\x82", 2, "??" },			/* truncated */
	{ "", 0, "" },
};

START_TEST(test_text)
{
	char buf[256];
	struct strbuf sb;

	sb_init(&sb, buf, sizeof(buf));
	output_put_text(&sb, (const unsigned char *)texts[_i].in,
	    texts[_i].len);
	ck_assert_str_eq(buf, texts[_i].out);
}
END_TEST

START_TEST(test_long_text_bounded)
{
	static unsigned char in[65536];
	char buf[1024];
	struct strbuf sb;

	memset(in, '|', sizeof(in));
	sb_init(&sb, buf, sizeof(buf));
	output_put_text(&sb, in, sizeof(in));
	ck_assert_uint_eq(sb.len, sizeof(buf) - 1);
	ck_assert_int_eq(sb.truncated, 1);
	ck_assert_ptr_null(strchr(buf, '|'));
}
END_TEST

START_TEST(test_perf)
{
	struct output *o = malloc(sizeof(*o));
	struct threshold t;
	struct num v, min, max;
	char buf[1024];

	output_init(o);
	memset(&t, 0, sizeof(t));
	num_from_uint(&v, UINT64_MAX);
	output_perf(o, "in'octets=x", &v, "c", NULL, NULL, NULL);
	ck_assert_str_eq(o->perf.buf, "'inoctetsx'=18446744073709551615c");
	ck_assert_int_eq(range_parse(&t.warn, "@10:20"), SNMP_OK);
	t.has_warn = 1;
	num_from_int(&v, -5);
	output_perf(o, "v", &v, "", &t, NULL, NULL);
	ck_assert_str_eq(o->perf.buf, "'inoctetsx'=18446744073709551615c "
	    "'v'=-5;@10:20");
	output_init(o);
	num_from_double(&v, 93.5);
	num_from_int(&min, 0);
	num_from_int(&max, 100);
	output_perf(o, "use", &v, "%", NULL, &min, &max);
	ck_assert_str_eq(o->perf.buf, "'use'=93.5%;;;0;100");
	sb_add(&o->summary, "93.5% used");
	output_state(o, STATE_WARNING);
	output_render(o, "DISK", buf, sizeof(buf));
	ck_assert_str_eq(buf, "DISK WARNING - 93.5% used | 'use'=93.5%;;;0;100\n");
	sb_add(&o->longout, "line 2");
	output_render(o, "DISK", buf, sizeof(buf));
	ck_assert_str_eq(buf, "DISK WARNING - 93.5% used | "
	    "'use'=93.5%;;;0;100\nline 2\n");
	free(o);
}
END_TEST

/* Perfdata that runs out of room loses whole items, never half of one. */
START_TEST(test_perf_whole_items)
{
	struct output *o = malloc(sizeof(*o));
	struct num v;
	char label[64], *p, *item;
	size_t n = 0, i;

	output_init(o);
	num_from_uint(&v, UINT64_C(123456789012));
	for (i = 0; i < 10000; i++) {
		snprintf(label, sizeof(label), "GigabitEthernet1/0/%zu_in", i);
		output_perf(o, label, &v, "c", NULL, NULL, NULL);
	}
	ck_assert_uint_gt(o->perf_dropped, 0);
	ck_assert_int_eq(o->perf.truncated, 0);
	for (p = o->perf.buf; (item = strtok(p, " ")) != NULL; p = NULL) {
		ck_assert_msg(item[0] == '\'' && strstr(item, "'=123456789012c")
		    != NULL && item[strlen(item) - 1] == 'c', "cut item: %s",
		    item);
		n++;
	}
	ck_assert_uint_eq(n + o->perf_dropped, 10000);
	free(o);
}
END_TEST

/* The largest doubles print whole (fuzz_pdu regress/opaque-double-1e300-*). */
START_TEST(test_perf_huge_double)
{
	struct output *o = malloc(sizeof(*o));
	struct num v, back;
	char *eq;

	output_init(o);
	num_from_double(&v, 1e300);
	output_perf(o, "x", &v, "", NULL, NULL, NULL);
	eq = strchr(o->perf.buf, '=');
	ck_assert_ptr_nonnull(eq);
	ck_assert_uint_eq(strlen(eq + 1), 301);
	ck_assert_int_eq(num_parse(&back, eq + 1), SNMP_OK);
	ck_assert(num_to_double(&back) == 1e300);
	free(o);
}
END_TEST

START_TEST(test_states)
{
	ck_assert_int_eq(state_worst(STATE_OK, STATE_UNKNOWN), STATE_UNKNOWN);
	ck_assert_int_eq(state_worst(STATE_UNKNOWN, STATE_WARNING),
	    STATE_WARNING);
	ck_assert_int_eq(state_worst(STATE_CRITICAL, STATE_UNKNOWN),
	    STATE_CRITICAL);
	ck_assert_int_eq(state_worst(STATE_WARNING, STATE_OK), STATE_WARNING);
	ck_assert_int_eq(state_parse("critical"), STATE_CRITICAL);
	ck_assert_int_eq(state_parse("2"), STATE_CRITICAL);
	ck_assert_int_eq(state_parse("4"), -1);
	ck_assert_int_eq(state_parse("OKAY"), -1);
	ck_assert_str_eq(state_name(STATE_UNKNOWN), "UNKNOWN");
}
END_TEST

START_TEST(test_sb_printf_truncates)
{
	char buf[8];
	struct strbuf sb;

	sb_init(&sb, buf, sizeof(buf));
	sb_printf(&sb, "%s", "0123456789");
	ck_assert_str_eq(buf, "0123456");
	ck_assert_int_eq(sb.truncated, 1);
	sb_add(&sb, "x");
	ck_assert_str_eq(buf, "0123456");
}
END_TEST

static Suite *
output_suite(void)
{
	Suite *s = suite_create("output");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_text, 0, sizeof(texts) / sizeof(texts[0]));
	tcase_add_test(tc, test_long_text_bounded);
	tcase_add_test(tc, test_perf);
	tcase_add_test(tc, test_perf_whole_items);
	tcase_add_test(tc, test_perf_huge_double);
	tcase_add_test(tc, test_states);
	tcase_add_test(tc, test_sb_printf_truncates);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(output_suite)
