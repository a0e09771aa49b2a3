/* SPDX-License-Identifier: ISC */
/*
 * A host's RAM and swap from UCD-SNMP-MIB memory: buffers and page cache
 * counted as available or as used, memSysAvail, what is missing, each
 * figure's state against percentage limits and its text.
 */
#include <check.h>
#include <string.h>

#include "hostmem.h"
#include "limit.h"
#include "state.h"
#include "strbuf.h"
#include "testutil.h"

/*
 * 8 GiB of RAM: 1 GiB available, 512 MiB of buffers, 1.5 GiB of page
 * cache; 2 GiB of swap, 1.5 GiB of it free (KiB, as the MIB counts).
 */
static void
ucd_host(struct ucd_mem *m)
{
	static const uint64_t kb[UCD_NMEM] = {
		[UCD_TOTALSWAP] = 2097152, [UCD_AVAILSWAP] = 1572864,
		[UCD_TOTALREAL] = 8388608, [UCD_AVAILREAL] = 1048576,
		[UCD_BUFFER] = 524288, [UCD_CACHED] = 1572864
	};
	int k;

	memset(m, 0, sizeof(*m));
	m->any = 1;
	for (k = 0; k < UCD_SYSAVAIL; k++) {
		m->have[k] = 1;
		m->kb[k] = kb[k];
	}
}

static const char *
text(const struct hostmem_fig *f, char *buf, size_t len)
{
	struct strbuf sb;

	sb_init(&sb, buf, len);
	hostmem_text(&sb, f);
	return buf;
}

START_TEST(cache_available)
{
	struct limit w = { 0 }, c = { 0 };
	struct hostmem hm;
	struct ucd_mem m;
	char buf[128];

	ucd_host(&m);
	hostmem_init(&hm);
	ck_assert_int_eq(hostmem_from_ucd(&hm, &m, 0), 0);
	ck_assert_int_eq(limit_parse(&w, "80", NULL, LIMIT_BARE_PCT), 0);
	ck_assert_int_eq(limit_parse(&c, "90", NULL, LIMIT_BARE_PCT), 0);
	/* available: 1 + 0.5 + 1.5 GiB; used 5 of 8: 62.5 % */
	hostmem_evaluate(&hm.ram, &w, &c);
	ck_assert_int_eq(hm.ram.state, STATE_OK);
	ck_assert_str_eq(text(&hm.ram, buf, sizeof(buf)), "RAM 62.50% used "
	    "(5.00 GiB of 8.00 GiB, 3.00 GiB available)");
	/* swap: 0.5 of 2 GiB used, 25 % */
	hostmem_evaluate(&hm.swap, &w, &c);
	ck_assert_str_eq(text(&hm.swap, buf, sizeof(buf)), "swap 25.00% used "
	    "(512.00 MiB of 2.00 GiB, 1.50 GiB free)");
}
END_TEST

START_TEST(cache_used)
{
	struct limit w = { 0 }, c = { 0 };
	struct hostmem hm;
	struct ucd_mem m;
	char buf[128];

	ucd_host(&m);
	hostmem_init(&hm);
	ck_assert_int_eq(hostmem_from_ucd(&hm, &m, HOSTMEM_CACHE_USED), 0);
	ck_assert_int_eq(limit_parse(&w, "80", NULL, LIMIT_BARE_PCT), 0);
	ck_assert_int_eq(limit_parse(&c, "90", NULL, LIMIT_BARE_PCT), 0);
	/* available: 1 GiB only; used 7 of 8: 87.5 %, above 80 */
	hostmem_evaluate(&hm.ram, &w, &c);
	ck_assert_int_eq(hm.ram.state, STATE_WARNING);
	ck_assert_str_eq(text(&hm.ram, buf, sizeof(buf)), "RAM 87.50% used "
	    "(7.00 GiB of 8.00 GiB, 1.00 GiB available)");
}
END_TEST

/* What the agent lacks is named, never taken as zero. */
START_TEST(missing)
{
	struct hostmem hm;
	struct ucd_mem m;

	ucd_host(&m);
	hostmem_init(&hm);
	ck_assert_int_eq(hostmem_from_ucd(&hm, &m, HOSTMEM_SYSAVAIL), -1);
	ck_assert_ptr_nonnull(strstr(hm.why, "no memSysAvail"));
	m.have[UCD_AVAILSWAP] = 0;
	hostmem_init(&hm);
	ck_assert_int_eq(hostmem_from_ucd(&hm, &m, 0), -1);
	ck_assert_str_eq(hm.why, "UCD-SNMP-MIB memory is incomplete: "
	    "memAvailSwap missing or unusable");
	/* memSysAvail given: it is the available RAM, 2 GiB */
	ucd_host(&m);
	m.have[UCD_SYSAVAIL] = 1;
	m.kb[UCD_SYSAVAIL] = 2097152;
	hostmem_init(&hm);
	ck_assert_int_eq(hostmem_from_ucd(&hm, &m, HOSTMEM_SYSAVAIL), 0);
	ck_assert_uint_eq(hm.ram.used, 6ull << 30);
}
END_TEST

static Suite *
hostmem_suite(void)
{
	Suite *s = suite_create("hostmem");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, cache_available);
	tcase_add_test(tc, cache_used);
	tcase_add_test(tc, missing);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(hostmem_suite)
