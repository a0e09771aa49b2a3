/* SPDX-License-Identifier: ISC */
/*
 * hrStorage memory rules: which ram row, which RAM total (the row's size,
 * hrMemorySize when they are more than 10 % apart, bsnmpd's "Real Memory
 * Metrics" over hrMemorySize), bsnmpd's swap rows against UCD, and the
 * host facts read from walk files; --type lists as masks.
 */
#include <check.h>

#include "hrstorage.h"
#include "snmp.h"
#include "testutil.h"
#include "walktest.h"

#define KIB	1024ull
#define MIB	(1024 * KIB)
#define GIB	(1024 * MIB)

struct rowdef {
	int		 type;
	const char	*descr;
	int		 valid;
	uint64_t	 size;
	uint64_t	 used;
};

static const struct rowdef netsnmp[] = {
	{ HRS_RAM, "Physical memory", 1, 4 * GIB, 1 * GIB },
	{ HRS_VIRTUAL, "Virtual memory", 1, 6 * GIB, 1 * GIB },
	{ HRS_VIRTUAL, "Swap space", 1, 2 * GIB, 0 },
	{ 0, NULL, 0, 0, 0 }
};
static const struct rowdef small[] = {		/* 1 GiB of a 4 GiB box */
	{ HRS_FIXED, "/", 1, 100 * GIB, 10 * GIB },
	{ HRS_RAM, "Physical memory", 1, 1 * GIB, 768 * MIB },
	{ 0, NULL, 0, 0, 0 }
};
static const struct rowdef big[] = {		/* used above hrMemorySize */
	{ HRS_RAM, "Physical memory", 1, 8 * GIB, 6 * GIB },
	{ 0, NULL, 0, 0, 0 }
};
static const struct rowdef near10[] = {		/* 9 GiB: 10 % off 10 GiB */
	{ HRS_RAM, "Physical memory", 1, 9 * GIB, 1 * GIB },
	{ 0, NULL, 0, 0, 0 }
};
static const struct rowdef over10[] = {		/* a page more than 10 % */
	{ HRS_RAM, "Physical memory", 1, 9 * GIB - 4096, 1 * GIB },
	{ 0, NULL, 0, 0, 0 }
};
static const struct rowdef pfsense[] = {	/* the figures */
	{ HRS_RAM, "Shared Real Memory Metrics", 1, 5871 * 4096, 3108 * 4096 },
	{ HRS_RAM, "Real Memory Metrics", 1, 59033 * 4096, 57778 * 4096 },
	{ HRS_RAM, "UMA: mbuf", 1, 0, 0 },
	{ 0, NULL, 0, 0, 0 }
};
static const struct rowdef umaonly[] = {
	{ HRS_RAM, "UMA: mbuf", 1, 0, 0 },
	{ 0, NULL, 0, 0, 0 }
};
static const struct rowdef noram[] = {
	{ HRS_VIRTUAL, "Swap", 1, 2 * GIB, 0 },
	{ 0, NULL, 0, 0, 0 }
};
static const struct rowdef badram[] = {
	{ HRS_RAM, "Physical memory", 0, 0, 0 },
	{ 0, NULL, 0, 0, 0 }
};
static const struct rowdef bsdswap[] = {
	{ HRS_RAM, "Real Memory Metrics", 1, 1000 * 4096, 500 * 4096 },
	{ HRS_VIRTUAL, "Swap:/dev/mirror/swap0.eli", 1, 2 * GIB, 4800 * KIB },
	{ HRS_FIXED, "Swap:/not/a/swap/row", 1, 9 * GIB, 9 * GIB },
	{ HRS_VIRTUAL, "Swap:/dev/mirror/swap1.eli", 1, 2 * GIB, 3200 * KIB },
	{ 0, NULL, 0, 0, 0 }
};
static const struct rowdef bsdbadswap[] = {
	{ HRS_VIRTUAL, "Swap:/dev/ada0p3", 0, 0, 0 },
	{ 0, NULL, 0, 0, 0 }
};

static size_t
mkrows(const struct rowdef *d, struct hrstorage_row *rows)
{
	size_t n;

	for (n = 0; d[n].descr != NULL; n++) {
		memset(&rows[n], 0, sizeof(rows[n]));
		rows[n].index = (uint32_t)n + 1;
		rows[n].type = d[n].type;
		snprintf(rows[n].descr, sizeof(rows[n].descr), "%s",
		    d[n].descr);
		rows[n].valid = d[n].valid;
		if (!d[n].valid)
			snprintf(rows[n].why, sizeof(rows[n].why), "broken");
		rows[n].size = d[n].size;
		rows[n].used = d[n].used;
	}
	return n;
}

/* -1: hrstorage_ram fails; row: the index chosen (0: none). */
static const struct ramcase {
	const char		*name;
	const struct rowdef	*rows;
	int			 bsnmpd;	/* by sysObjectID */
	uint64_t		 memsize;	/* 0: no hrMemorySize */
	int			 flags;
	int			 rc;
	uint32_t		 row;
	int			 rule;
	uint64_t		 size;
	uint64_t		 used;
	const char		*why;		/* a part of it */
} ramcases[] = {
	{ "row agrees", netsnmp, 0, 4 * GIB, 0, 0, 1, HRS_RAM_ROW, 4 * GIB,
	  1 * GIB, "near hrMemorySize 4.00 GiB" },
	{ "no hrMemorySize", netsnmp, 0, 0, 0, 0, 1, HRS_RAM_ROW, 4 * GIB,
	  1 * GIB, "no hrMemorySize to check it against" },
	{ "row too small", small, 0, 4 * GIB, 0, 0, 2, HRS_RAM_MEMSIZE,
	  4 * GIB, 768 * MIB, "hrMemorySize 4.00 GiB, not the size of "
	  "hrStorage row 'Physical memory' (index 2), 1.00 GiB: more than "
	  "10 % off" },
	{ "row too small, asked", small, 0, 4 * GIB, HRS_RAM_ROWSIZE, 0, 2,
	  HRS_RAM_ASKED, 1 * GIB, 768 * MIB, "as asked, though hrMemorySize "
	  "says 4.00 GiB" },
	{ "row agrees, asked", netsnmp, 0, 4 * GIB, HRS_RAM_ROWSIZE, 0, 1,
	  HRS_RAM_ROW, 4 * GIB, 1 * GIB, "near" },
	{ "10 % off: near", near10, 0, 10 * GIB, 0, 0, 1, HRS_RAM_ROW,
	  9 * GIB, 1 * GIB, "near" },
	{ "over 10 % off", over10, 0, 10 * GIB, 0, 0, 1, HRS_RAM_MEMSIZE,
	  10 * GIB, 1 * GIB, "more than 10 % off" },
	{ "used above hrMemorySize", big, 0, 4 * GIB, 0, 0, 1,
	  HRS_RAM_USEDOVER, 8 * GIB, 6 * GIB, "hrMemorySize 4.00 GiB is "
	  "below the row's used" },
	{ "bsnmpd", pfsense, 1, 4146732 * KIB, 0, 0, 2, HRS_RAM_BSNMPD,
	  4146732 * KIB, 57778 * 4096, "hrMemorySize 3.95 GiB (bsnmpd: its "
	  "row 'Real Memory Metrics', 230.60 MiB, counts the pages in use, "
	  "not the RAM; used is that row's used)" },
	{ "bsnmpd by the row", pfsense, 0, 4146732 * KIB, 0, 0, 2,
	  HRS_RAM_BSNMPD, 4146732 * KIB, 57778 * 4096, "bsnmpd" },
	{ "bsnmpd, row asked", pfsense, 1, 4146732 * KIB, HRS_RAM_ROWSIZE, 0,
	  2, HRS_RAM_ASKED, 59033 * 4096, 57778 * 4096, "as asked" },
	{ "bsnmpd, row asked, no hrMemorySize", pfsense, 1, 0,
	  HRS_RAM_ROWSIZE, 0, 2, HRS_RAM_ASKED, 59033 * 4096, 57778 * 4096,
	  "(hrMemorySize missing)" },
	{ "bsnmpd without hrMemorySize", pfsense, 1, 0, 0, -1, 2, 0, 0, 0,
	  "bsnmpd's hrStorage row 'Real Memory Metrics' counts the pages in "
	  "use, not the RAM, and hrMemorySize.0 is missing: no RAM total" },
	{ "bsnmpd, hrMemorySize below used", pfsense, 1, 100 * MIB, 0, -1, 2,
	  0, 0, 0, "hrMemorySize.0 is below its used" },
	{ "bsnmpd without its row", umaonly, 1, 4 * GIB, 0, -1, 0, 0, 0, 0,
	  "no hrStorage row 'Real Memory Metrics' (bsnmpd)" },
	{ "no ram row", noram, 0, 4 * GIB, 0, -1, 0, 0, 0, 0,
	  "no hrStorage row of type ram" },
	{ "unusable ram row", badram, 0, 4 * GIB, 0, -1, 1, 0, 0, 0,
	  "hrStorage 'Physical memory' (index 1): broken" },
};

START_TEST(ram_rules)
{
	const struct ramcase *t = &ramcases[_i];
	struct hrstorage_row rows[8];
	struct hrstorage_host h;
	struct hrstorage_ram r;
	size_t n = mkrows(t->rows, rows);

	memset(&h, 0, sizeof(h));
	h.bsnmpd = t->bsnmpd;
	h.have_memsize = t->memsize != 0;
	h.memsize = t->memsize;
	ck_assert_msg(hrstorage_ram(rows, n, &h, t->flags, &r) == t->rc,
	    "%s: rc, why: %s", t->name, r.why);
	ck_assert_msg(strstr(r.why, t->why) != NULL, "%s: why '%s'", t->name,
	    r.why);
	ck_assert_msg(t->row == 0 ? r.row == NULL : r.row != NULL &&
	    r.row->index == t->row, "%s: row", t->name);
	if (t->rc < 0)
		return;
	ck_assert_msg(r.rule == t->rule, "%s: rule %d", t->name, r.rule);
	ck_assert_msg(r.size == t->size && r.used == t->used, "%s: size %llu "
	    "used %llu", t->name, (unsigned long long)r.size,
	    (unsigned long long)r.used);
	ck_assert_int_eq(r.bsnmpd, t->rows == pfsense);
}
END_TEST

/* The acceptance figure: 57778 pages of 4146732 KiB, about 5.6 %. */
START_TEST(ram_pfsense_percent)
{
	struct hrstorage_row rows[8];
	struct hrstorage_host h = { 4146732 * KIB, 1, 1 };
	struct hrstorage_ram r;
	size_t n = mkrows(pfsense, rows);

	ck_assert_int_eq(hrstorage_ram(rows, n, &h, 0, &r), 0);
	ck_assert_uint_eq(r.used * 10000 / r.size, 557);	/* 5.57 % */
	ck_assert_int_eq(hrstorage_ram(rows, n, &h, HRS_RAM_ROWSIZE, &r), 0);
	ck_assert_uint_eq(r.used * 10000 / r.size, 9787);	/* 97.87 % */
}
END_TEST

static const struct {
	uint64_t	a, b;
	int		near;
} nears[] = {
	{ 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 }, { 90, 100, 1 }, { 110, 100, 1 },
	{ 89, 100, 0 }, { 111, 100, 0 }, { UINT64_MAX, 1, 0 },
	{ 0, UINT64_MAX, 0 }, { UINT64_MAX, UINT64_MAX, 1 },
	{ UINT64_MAX / 10 * 9 + 10, UINT64_MAX, 1 },
	{ UINT64_MAX / 10 * 9, UINT64_MAX, 0 },
};

START_TEST(near)
{
	ck_assert_msg(hrstorage_near(nears[_i].a, nears[_i].b) ==
	    nears[_i].near, "near(%llu, %llu)", (unsigned long long)nears[_i].a,
	    (unsigned long long)nears[_i].b);
}
END_TEST

/* --type lists: the mask added to one already holding start; rc -1 fails. */
static const struct typecase {
	const char	*arg;
	unsigned	 start;
	int		 rc;
	unsigned	 mask;
} typecases[] = {
	{ "fixed", 0, 0, 1u << HRS_FIXED },
	{ "fixedDisk,NETWORK", 0, 0, 1u << HRS_FIXED | 1u << HRS_NETWORK },
	{ "ram,,virtual,", 0, 0, 1u << HRS_RAM | 1u << HRS_VIRTUAL },
	{ "all", 0, 0, HRS_TYPES_ALL },
	{ "other,all", 0, 0, HRS_TYPES_ALL },
	{ "cdrom", 1u << HRS_RAM, 0, 1u << 7 | 1u << HRS_RAM },
	{ ",", 1u << HRS_RAM, 0, 1u << HRS_RAM },	/* -T ram -T , */
	{ ",,,", 0, -1, 0 },
	{ "", 0, -1, 0 },
	{ "fixed,bogus", 0, -1, 0 },
	{ "unknown", 0, -1, 0 },
};

START_TEST(types)
{
	const struct typecase *t = &typecases[_i];
	unsigned mask = t->start;
	char err[256] = "";

	ck_assert_msg(hrstorage_types_parse(t->arg, &mask, err, sizeof(err)) ==
	    t->rc, "'%s': %s", t->arg, err);
	if (t->rc == 0)
		ck_assert_uint_eq(mask, t->mask);
	else
		ck_assert(err[0] != '\0');
}
END_TEST

START_TEST(swap_rows)
{
	struct hrstorage_row rows[8];
	struct hrstorage_swap sw;
	uint64_t agree[2] = { 4 * GIB, 4 * GIB - 8000 * KIB };
	uint64_t apart[2] = { 8 * GIB, 6 * GIB };
	uint64_t odd[2] = { 8 * GIB, 9 * GIB };		/* avail above total */
	size_t n = mkrows(bsdswap, rows);

	ck_assert_int_eq(hrstorage_bsnmpd_swap(rows, n, NULL, &sw), 0);
	ck_assert_uint_eq(sw.n, 2);
	ck_assert(!sw.from_ucd);
	ck_assert_uint_eq(sw.size, 4 * GIB);
	ck_assert_uint_eq(sw.used, 8000 * KIB);
	ck_assert_str_eq(sw.why, "the sum of 2 bsnmpd 'Swap:' rows, 4.00 GiB; "
	    "no UCD-SNMP-MIB swap to check it against");
	ck_assert_int_eq(hrstorage_bsnmpd_swap(rows, n, agree, &sw), 0);
	ck_assert(!sw.from_ucd);
	ck_assert_uint_eq(sw.used, 8000 * KIB);
	ck_assert_str_eq(sw.why, "the sum of 2 bsnmpd 'Swap:' rows, 4.00 GiB, "
	    "near UCD memTotalSwap 4.00 GiB");
	ck_assert_int_eq(hrstorage_bsnmpd_swap(rows, n, apart, &sw), 0);
	ck_assert(sw.from_ucd);
	ck_assert_uint_eq(sw.size, 8 * GIB);
	ck_assert_uint_eq(sw.used, 2 * GIB);
	ck_assert_str_eq(sw.why, "UCD memTotalSwap 8.00 GiB and memAvailSwap, "
	    "not the sum of 2 bsnmpd 'Swap:' rows, 4.00 GiB: more than 10 % "
	    "off");
	ck_assert_int_eq(hrstorage_bsnmpd_swap(rows, n, odd, &sw), 0);
	ck_assert_uint_eq(sw.used, 0);
	n = mkrows(pfsense, rows);
	ck_assert_int_eq(hrstorage_bsnmpd_swap(rows, n, NULL, &sw), 0);
	ck_assert_uint_eq(sw.n, 0);
	ck_assert_uint_eq(sw.size, 0);
	ck_assert_str_eq(sw.why, "no bsnmpd 'Swap:' row; no UCD-SNMP-MIB swap "
	    "to check it against");
	n = mkrows(bsdbadswap, rows);
	ck_assert_int_eq(hrstorage_bsnmpd_swap(rows, n, agree, &sw), -1);
	ck_assert_str_eq(sw.why, "hrStorage 'Swap:/dev/ada0p3' (index 1): "
	    "broken");
}
END_TEST

static const struct {
	const char	*walk;
	int		 bsnmpd;
	uint64_t	 memsize;
	uint64_t	 total;		/* hrstorage_ram()'s */
} hosts[] = {
	{ "tests/data/bsnmpd-pfsense.walk", 1, 4146732 * KIB, 4146732 * KIB },
	{ "tests/data/bsnmpd-truenas-ucd.walk", 1, 33406344 * KIB,
	  33406344 * KIB },
	{ "tests/data/linux-host.walk", 0, 24683652 * KIB, 25276059648ull },
	{ "tests/data/memory-hrsize.walk", 0, 4 * GIB, 4 * GIB },
	{ "tests/data/windows-host.walk", 0, 33553908 * KIB, 34359148544ull },
	{ "tests/data/memory-hronly.walk", 0, 0, 4 * GIB },
};

/* sysObjectID and hrMemorySize, then the whole rule over the walk. */
START_TEST(host_walks)
{
	struct session *s = open_file(hosts[_i].walk);
	struct hrstorage_host h;
	struct hrstorage_row *rows;
	struct hrstorage_ram r;
	size_t n;

	ck_assert_int_eq(hrstorage_host_get(s, &h), SNMP_OK);
	ck_assert_int_eq(h.bsnmpd, hosts[_i].bsnmpd);
	ck_assert_int_eq(h.have_memsize, (hosts[_i].memsize != 0));
	ck_assert_uint_eq(h.memsize, hosts[_i].memsize);
	ck_assert_int_eq(hrstorage_walk(s, &rows, &n), SNMP_OK);
	ck_assert_int_eq(hrstorage_ram(rows, n, &h, 0, &r), 0);
	if (h.bsnmpd)
		ck_assert_int_eq(r.rule, HRS_RAM_BSNMPD);
	if (_i == 0)
		ck_assert_uint_eq(r.used * 1000 / r.size, 55);	/* 5.5x % */
	ck_assert_uint_eq(r.size, hosts[_i].total);
	free(rows);
	session_free(s);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("hrstorage");
	TCase *tc = tcase_create("memory");

	tcase_add_loop_test(tc, ram_rules, 0,
	    (int)(sizeof(ramcases) / sizeof(ramcases[0])));
	tcase_add_test(tc, ram_pfsense_percent);
	tcase_add_loop_test(tc, near, 0, (int)(sizeof(nears) /
	    sizeof(nears[0])));
	tcase_add_test(tc, swap_rows);
	tcase_add_loop_test(tc, types, 0, (int)(sizeof(typecases) /
	    sizeof(typecases[0])));
	tcase_add_loop_test(tc, host_walks, 0, (int)(sizeof(hosts) /
	    sizeof(hosts[0])));
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
