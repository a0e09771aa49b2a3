/* SPDX-License-Identifier: ISC */
/*
 * Output: device text can never forge a status line or perfdata
 * (protocol-notes.md item 14), perfdata follows the guidelines, the worst
 * state wins.
 */
#include <stddef.h>

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
	/* not UTF-8 text: hex, as net-snmp shows it */
	{ "bad\xff\xfe", 5, "62 61 64 FF FE" },
	{ "b\xc9$&#)", 6, "62 C9 24 26 23 29" },	/* a MAC address */
	{ "\xc0\xaf", 2, "C0 AF" },			/* overlong */
	{ "\xed\xa0\x80", 3, "ED A0 80" },		/* surrogate */
	{ "\xe2\x82", 2, "E2 82" },			/* truncated */
	{ "", 0, "" },
	{ "a\r\nSNMP OK", 10, "a\\r\\nSNMP OK" },	/* CRLF */
	{ "a\0b", 3, "61 00 62" },			/* inner NUL: binary */
	{ "\x1b[31mred", 8, "1B 5B 33 31 6D 72 65 64" },	/* ESC */
	{ "a\x7f", 2, "61 7F" },			/* DEL */
	{ "\x1f", 1, "1F" },
	{ "\x80\xbfx", 3, "80 BF 78" },		/* lone continuations */
	{ "\xf5\xf8\xfe\xff", 4, "F5 F8 FE FF" },	/* never in UTF-8 */
	{ "\xf4\x90\x80\x80", 4, "F4 90 80 80" },	/* above U+10FFFF */
	{ "\xe0\x80\xaf", 3, "E0 80 AF" },		/* overlong 3 */
	{ "\xed\xbf\xbf", 3, "ED BF BF" },		/* low surrogate */
	{ "ok\xf0\x9f\x98", 5, "6F 6B F0 9F 98" },	/* cut at the end */
	{ "\xf0\x9f\x98\x80", 4, "\xf0\x9f\x98\x80" },	/* U+1F600 kept */
	/* C1 controls and LINE/PARAGRAPH SEPARATOR are valid, but break lines */
	{ "a\xc2\x85SNMP OK", 10, "a\\u0085SNMP OK" },	/* NEL */
	{ "\xc2\x80\xc2\x9f", 4, "\\u0080\\u009F" },
	{ "\xc2\xa0\xc2\xbf", 4, "\xc2\xa0\xc2\xbf" },	/* NBSP: text */
	{ "a\xe2\x80\xa8" "b\xe2\x80\xa9" "c", 9, "a\\u2028b\\u2029c" },
	{ "\xe2\x80\xa7\xe2\x80\xaa", 6, "\xe2\x80\xa7\xe2\x80\xaa" },
	{ "x|y\xc2\x85|z\n", 9, "x/y\\u0085/z\\n" },
};

/* Strict UTF-8 (RFC 3629 §4), without the characters that break lines. */
static int
safe_utf8(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, len, k;
	unsigned int cp;

	while (i < n) {
		if (p[i] < 0x80) {
			if (p[i] < 0x20 || p[i] == 0x7f || p[i] == '|')
				return 0;
			i++;
			continue;
		}
		len = p[i] >= 0xf0 ? 4 : p[i] >= 0xe0 ? 3 : p[i] >= 0xc0 ? 2 : 0;
		if (len == 0 || i + len > n)
			return 0;
		cp = p[i] & (0x7f >> len);
		for (k = 1; k < len; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (p[i + k] & 0x3f);
		}
		if (cp < (len == 2 ? 0x80u : len == 3 ? 0x800u : 0x10000u) ||
		    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ||
		    (cp >= 0x80 && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029)
			return 0;
		i += len;
	}
	return 1;
}

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

/*
 * Whatever the room left, the text stops at a whole character or escape:
 * a prefix of the full rendering, valid UTF-8, no half escape (the
 * inputs hold no backslash of their own).
 */
START_TEST(test_text_cut_whole)
{
	static const char *const in[] = {
		"a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80|\xc2\x85\n\xe2\x80\xa8\r\t"
		    "\xff\xc3\xa9",
		"\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac",
		"\x01\x02\x03\x04",
	};
	char full[256], buf[256], *bs;
	struct strbuf sb;
	size_t i, cap, len;

	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		len = strlen(in[i]);
		sb_init(&sb, full, sizeof(full));
		output_put_text(&sb, (const unsigned char *)in[i], len);
		ck_assert_int_eq(sb.truncated, 0);
		ck_assert(safe_utf8(full, sb.len));
		for (cap = 1; cap <= strlen(full) + 1; cap++) {
			sb_init(&sb, buf, cap);
			output_put_text(&sb, (const unsigned char *)in[i], len);
			ck_assert_uint_eq(strlen(buf), sb.len);
			ck_assert_int_eq(sb.truncated, cap <= strlen(full));
			ck_assert_msg(strncmp(buf, full, sb.len) == 0,
			    "cap %zu: not a prefix: %s", cap, buf);
			ck_assert_msg(safe_utf8(buf, sb.len), "cap %zu: %s",
			    cap, buf);
			if ((bs = strrchr(buf, '\\')) != NULL)
				ck_assert_msg(bs[1] == 'n' || bs[1] == 'r' ||
				    bs[1] == 't' || (bs[1] == 'u' &&
				    strlen(bs) >= 6), "cap %zu: half escape: %s",
				    cap, buf);
		}
	}
}
END_TEST

/* sb_addn and sb_printf never leave half a UTF-8 sequence either. */
START_TEST(test_sb_cut_utf8)
{
	static const char text[] = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z";
	char buf[sizeof(text)];
	struct strbuf sb;
	size_t cap;

	for (cap = 1; cap <= sizeof(text); cap++) {
		sb_init(&sb, buf, cap);
		sb_add(&sb, text);
		ck_assert_int_eq(sb.truncated, cap < sizeof(text));
		ck_assert(strncmp(buf, text, sb.len) == 0);
		ck_assert_msg(safe_utf8(buf, sb.len), "sb_add cap %zu", cap);
		sb_init(&sb, buf, cap);
		sb_printf(&sb, "%s", text);
		ck_assert(strncmp(buf, text, sb.len) == 0);
		ck_assert_msg(safe_utf8(buf, sb.len), "sb_printf cap %zu", cap);
	}
	/* one octet short of each whole character: the character goes */
	sb_init(&sb, buf, 4);
	sb_add(&sb, "a\xe2\x82\xac");
	ck_assert_str_eq(buf, "a");
	sb_init(&sb, buf, 5);
	sb_add(&sb, "a\xe2\x82\xac");
	ck_assert_str_eq(buf, "a\xe2\x82\xac");
}
END_TEST

/*
 * Labels double a ' (as the guidelines allow), lose =, '|', controls, C1
 * and U+2028/U+2029; invalid UTF-8 becomes '?'; nothing left is "?".
 */
static const struct {
	const char	*in;
	const char	*out;
} labels[] = {
	{ "eth0", "'eth0'=1" },
	{ "a'b=c|d\ne\rf\tg", "'a''bcdefg'=1" },
	{ "it's", "'it''s'=1" },
	{ "x\x1b[0m\x7fy", "'x[0my'=1" },
	{ "nel\xc2\x85" "c1\xc2\x80\xc2\x9f" "end", "'nelc1end'=1" },
	{ "ls\xe2\x80\xa8ps\xe2\x80\xa9", "'lsps'=1" },
	{ "Z\xc3\xbcrich \xf0\x9f\x98\x80", "'Z\xc3\xbcrich \xf0\x9f\x98\x80'=1" },
	{ "bad\xff\xc0\xaf\xed\xa0\x80\xe2\x82", "'bad????????" "'=1" },
	{ "\x80\xbf", "'??" "'=1" },
	{ "'='|", "''''''=1" },
	{ "=|", "'?'=1" },
	{ "", "'?'=1" },
};

START_TEST(test_perf_label)
{
	struct output *o = malloc(sizeof(*o));
	struct num v;

	output_init(o);
	num_from_uint(&v, 1);
	output_perf(o, labels[_i].in, &v, "", NULL, NULL, NULL);
	ck_assert_str_eq(o->perf.buf, labels[_i].out);
	free(o);
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
	ck_assert_str_eq(o->perf.buf, "'in''octetsx'=18446744073709551615c");
	ck_assert_int_eq(range_parse(&t.warn, "@10:20"), SNMP_OK);
	t.has_warn = 1;
	num_from_int(&v, -5);
	output_perf(o, "v", &v, "", &t, NULL, NULL);
	ck_assert_str_eq(o->perf.buf, "'in''octetsx'=18446744073709551615c "
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
/*
 * Labels made unique by their indexes; the suffix is all that is added,
 * so a label kept at its length with room for "#4294967295" (the
 * interface plugin's) is enough whatever cap says.
 */
START_TEST(test_unique_labels)
{
	char a[5 + 11] = "eth0", b[3 + 11] = "lo", c[5 + 11] = "eth0";
	char d[5 + 11] = "eth1";
	char *names[] = { a, b, c, d };
	static const uint32_t idx[] = { 3, 7, 4294967295u, 12 };

	ck_assert_int_eq(output_unique_labels(names, idx, 4, 272, "#"),
	    SNMP_OK);
	ck_assert_str_eq(a, "eth0#3");
	ck_assert_str_eq(b, "lo");
	ck_assert_str_eq(c, "eth0#4294967295");
	ck_assert_str_eq(d, "eth1");
}
END_TEST

/* A group of series is kept whole or taken out whole. */
START_TEST(test_perf_groups)
{
	struct output *o = malloc(sizeof(*o));
	struct output_mark m;
	struct num v;
	char label[64];
	size_t i, kept = 0, dropped = 0, len;

	output_init(o);
	num_from_uint(&v, 42);
	for (i = 0; i < 5000; i++) {
		output_perf_mark(o, &m);
		snprintf(label, sizeof(label), "if%zu_in", i);
		output_perf(o, label, &v, "c", NULL, NULL, NULL);
		snprintf(label, sizeof(label), "if%zu_out", i);
		output_perf(o, label, &v, "c", NULL, NULL, NULL);
		if (output_perf_whole(o, &m))
			kept++;
		else {
			ck_assert_uint_eq(o->perf.len, m.len);
			dropped++;
		}
	}
	ck_assert_uint_gt(kept, 0);
	ck_assert_uint_gt(dropped, 0);
	len = strlen(o->perf.buf);
	ck_assert_uint_eq(len, o->perf.len);
	/* the last item kept is an _out: no interface is cut in two */
	ck_assert_ptr_nonnull(strstr(strrchr(o->perf.buf, ' '), "_out'=42c"));
	free(o);
}
END_TEST

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

/* Rates for people: the digits follow the size, a fall keeps its sign. */
static const struct {
	double		 x;
	const char	*want;
} smalls[] = {
	{ 0, "0" }, { 250, "250" }, { 12.34, "12.3" }, { 2, "2.00" },
	{ 0.0042, "0.0042" }, { -250, "-250" }, { -2, "-2.00" },
	{ -0.5, "-0.50" }, { -0.0042, "-0.0042" }, { 1e-12, "0.00000000" }
};

START_TEST(test_small)
{
	char buf[32];

	output_small(buf, sizeof(buf), smalls[_i].x);
	ck_assert_str_eq(buf, smalls[_i].want);
}
END_TEST

static Suite *
output_suite(void)
{
	Suite *s = suite_create("output");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_text, 0, sizeof(texts) / sizeof(texts[0]));
	tcase_add_test(tc, test_long_text_bounded);
	tcase_add_test(tc, test_text_cut_whole);
	tcase_add_test(tc, test_sb_cut_utf8);
	tcase_add_loop_test(tc, test_perf_label, 0,
	    sizeof(labels) / sizeof(labels[0]));
	tcase_add_test(tc, test_perf);
	tcase_add_test(tc, test_perf_whole_items);
	tcase_add_test(tc, test_perf_huge_double);
	tcase_add_test(tc, test_unique_labels);
	tcase_add_test(tc, test_perf_groups);
	tcase_add_test(tc, test_states);
	tcase_add_test(tc, test_sb_printf_truncates);
	tcase_add_loop_test(tc, test_small, 0, sizeof(smalls) /
	    sizeof(smalls[0]));
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(output_suite)
