/* SPDX-License-Identifier: ISC */
/*
 * Network devices' memory pools over the walk files of tests/data, with
 * the figures their .md files work out by hand: the probe's order, 64-bit
 * columns before overflow words before the low word, clamped and invalid
 * pools, Juniper's percentages, HP's totals, entity names.
 */
#include <check.h>

#include "mempool.h"
#include "snmp.h"
#include "testutil.h"
#include "walktest.h"

static const struct pool_vec {
	const char	*walk;
	int		 mib;		/* what the probe finds */
	size_t		 i;		/* the pool */
	const char	*name;
	uint64_t	 used, free, size;
	int64_t		 pct;		/* Juniper, else -1 */
	const char	*why;		/* "" when usable */
	int		 hidden;
} vec[] = {
	{ "tests/data/cisco-catalyst.walk", MEMPOOL_CISCO, 0, "Processor",
	  34973844, 33184936, 68158780, -1, "", 0 },
	{ "tests/data/cisco-catalyst.walk", MEMPOOL_CISCO, 1, "I/O",
	  8710324, 3872588, 12582912, -1, "", 0 },
	{ "tests/data/cisco-isr.walk", MEMPOOL_CEMP, 0, "Processor",
	  5012345678ULL, 3216543210ULL, 8228888888ULL, -1, "", 0 },
	{ "tests/data/cisco-isr.walk", MEMPOOL_CEMP, 2, "lsmpi_io",
	  6295128, 208, 6295336, -1, "", 1 },
	{ "tests/data/cisco-mempool-32.walk", MEMPOOL_CEMP, 0,
	  "module R0 Processor", 5012345678ULL, 3216543210ULL,
	  8228888888ULL, -1, "", 0 },
	{ "tests/data/cisco-mempool-32.walk", MEMPOOL_CEMP, 1,
	  "module R0 Clamped", 0, 0, 0, -1,
	  "the used figure is clamped at 4294967295", 0 },
	{ "tests/data/cisco-mempool-32.walk", MEMPOOL_CEMP, 2,
	  "module F0 Processor", 1048576, 3145728, 4194304, -1, "", 0 },
	{ "tests/data/cisco-nxos.walk", MEMPOOL_CPM, 0,
	  "Nexus9000 C93180YC-EX Supervisor", 4006912000ULL, 4202496000ULL,
	  8209408000ULL, -1, "", 0 },
	{ "tests/data/juniper.walk", MEMPOOL_JUNIPER, 0,
	  "FPC: MPC7E 3D 40XGE @ 0/*/* heap", 0, 0, 0, 31, "", 0 },
	{ "tests/data/juniper.walk", MEMPOOL_JUNIPER, 1,
	  "FPC: MPC7E 3D 40XGE @ 0/*/* buffer", 0, 0, 0, 14, "", 0 },
	{ "tests/data/juniper.walk", MEMPOOL_JUNIPER, 2,
	  "FPC: MPC 3D 16x 10GE @ 1/*/* heap", 0, 0, 0, 42, "", 0 },
	{ "tests/data/juniper.walk", MEMPOOL_JUNIPER, 3, "Routing Engine 0",
	  0, 0, 0, 37, "", 0 },
	{ "tests/data/hp-procurve.walk", MEMPOOL_HP, 0, "slot 1",
	  122142720, 221441920, 343584768, -1, "", 0 },
	{ "tests/data/sensor-hostile.walk", MEMPOOL_CISCO, 0, "Processor",
	  0, 0, 0, -1, "the agent marks this pool as not accurate", 0 },
	{ "tests/data/sensor-hostile.walk", MEMPOOL_CISCO, 1, "I/O",
	  0, 0, 0, -1, "", 0 },
	{ "tests/data/sensor-hostile.walk", MEMPOOL_CISCO, 2, "PCI",
	  0, 0, 0, -1, "the used figure is clamped at 4294967295", 0 },
	{ "tests/data/sensor-hostile.walk", MEMPOOL_CISCO, 3, "pool 4",
	  0, 0, 0, -1, "no free figure", 0 }
};

START_TEST(pools)
{
	const struct pool_vec *v = &vec[_i];
	const struct mempool *m;
	struct session *s = open_file(v->walk);
	struct mempools p;

	ck_assert_int_eq(mempools_read(s, MEMPOOL_AUTO, &p), SNMP_OK);
	ck_assert_int_eq(p.mib, v->mib);
	ck_assert_uint_gt(p.n, v->i);
	m = &p.pool[v->i];
	ck_assert_str_eq(m->name, v->name);
	ck_assert_str_eq(m->why, v->why);
	ck_assert_int_eq(m->hidden, v->hidden);
	ck_assert_int_eq(m->pct_only, v->pct >= 0);
	if (v->pct >= 0)
		ck_assert_int_eq(m->pct, v->pct);
	else if (v->why[0] == '\0') {
		ck_assert_uint_eq(m->used, v->used);
		ck_assert_uint_eq(m->free, v->free);
		ck_assert_uint_eq(m->size, v->size);
	}
	mempools_free(&p);
	session_free(s);
}
END_TEST

/* Hosts have none; a forced table the agent lacks gives no pool. */
START_TEST(none)
{
	struct session *s = open_file("tests/data/linux-host.walk");
	struct mempools p;

	ck_assert_int_eq(mempools_read(s, MEMPOOL_AUTO, &p), SNMP_OK);
	ck_assert_int_eq(p.mib, MEMPOOL_AUTO);
	ck_assert_uint_eq(p.n, 0);
	ck_assert_int_eq(mempools_read(s, MEMPOOL_CISCO_ANY, &p), SNMP_OK);
	ck_assert_int_eq(p.mib, MEMPOOL_AUTO);
	ck_assert_int_eq(mempools_read(s, MEMPOOL_HP, &p), SNMP_OK);
	ck_assert_int_eq(p.mib, MEMPOOL_HP);
	ck_assert_uint_eq(p.n, 0);
	mempools_free(&p);
	session_free(s);
	/* --mib cisco on a Juniper: the Cisco tables only */
	s = open_file("tests/data/juniper.walk");
	ck_assert_int_eq(mempools_read(s, MEMPOOL_CISCO_ANY, &p), SNMP_OK);
	ck_assert_int_eq(p.mib, MEMPOOL_AUTO);
	session_free(s);
	ck_assert_int_eq(mempool_mib_parse("cisco-cpu"), MEMPOOL_CPM);
	ck_assert_int_eq(mempool_mib_parse("ucd"), -1);
	ck_assert_str_eq(mempool_mib_name(MEMPOOL_HP), "NETSWITCH-MIB");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("mempool");
	TCase *tc = tcase_create("pools");

	tcase_add_loop_test(tc, pools, 0, (int)(sizeof(vec) / sizeof(vec[0])));
	tcase_add_test(tc, none);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
