/* SPDX-License-Identifier: ISC */
/*
 * An interface under check: the set grown one interface at a time, the
 * labels made unique, the interfaces kept after the GET (gone, renamed),
 * the busiest of several, and the state a status gives under the policy.
 */
#include <check.h>
#include <string.h>

#include "ifcheck.h"
#include "snmp.h"
#include "state.h"
#include "testutil.h"

/*
 * Interface idx into the set, then its name as the GET reads it (NULL:
 * the agent has none).
 */
static struct ifcheck *
add(struct ifcheck_set *set, uint32_t idx, const char *name)
{
	static struct ifmib_row r;
	struct snmp_value v;
	struct ifcheck *f;

	ifmib_row_init(&r, idx);
	ck_assert_int_eq(ifcheck_add(set, &r), SNMP_OK);
	f = &set->f[set->n - 1];
	f->r.exists = 1;
	if (name != NULL) {
		memset(&v, 0, sizeof(v));
		v.type = VAL_OCTET_STRING;
		v.bytes = (const unsigned char *)name;
		v.len = strlen(name);
		ck_assert_int_eq(ifmib_store(&f->r, IF_NAME, &v), SNMP_OK);
	}
	return f;
}

static void
set_free(struct ifcheck_set *set)
{
	size_t i;

	for (i = 0; i < set->n; i++)
		ifcheck_free(&set->f[i]);
	free(set->f);
}

/* 40 interfaces: the set grows past its first 16; labels by name. */
START_TEST(labels_unique)
{
	struct ifcheck_set set = { NULL, 0, 0 };
	char name[16];
	size_t i;

	for (i = 0; i < 40; i++) {
		snprintf(name, sizeof(name), "eth%zu", i);
		add(&set, (uint32_t)i + 1, i == 39 ? "eth0" : name);
	}
	add(&set, 4294967295u, NULL);
	ck_assert_uint_eq(set.n, 41);
	ck_assert_int_eq(ifcheck_labels(set.f, set.n), SNMP_OK);
	/* eth0 twice: each with its ifIndex; the others as they are */
	ck_assert_str_eq(set.f[0].label, "eth0#1");
	ck_assert_str_eq(set.f[39].label, "eth0#40");
	ck_assert_str_eq(set.f[1].label, "eth1");
	/* no name, no description: the index */
	ck_assert_str_eq(set.f[40].label, "ifIndex 4294967295");
	set_free(&set);
}
END_TEST

/*
 * After the GET: index 2 is gone, index 3 is now named "wan" and no
 * longer meets -n lan; 1 and 4 stay, in order.
 */
START_TEST(keep_after_get)
{
	static struct ifmib_select is;
	struct ifcheck_set set = { NULL, 0, 0 };
	char mbuf[64], cbuf[64], err[128];
	struct strbuf missing, changed;

	is.so.field_names = ifmib_fields;
	is.so.names[is.so.nnames++] = "lan";
	ck_assert_int_eq(ifmib_select_build(&is, err, sizeof(err)), SNMP_OK);
	add(&set, 1, "lan");
	add(&set, 2, "lan")->r.exists = 0;
	add(&set, 3, "wan");
	add(&set, 4, "lan");
	sb_init(&missing, mbuf, sizeof(mbuf));
	sb_init(&changed, cbuf, sizeof(cbuf));
	set.n = ifcheck_keep(&is, set.f, set.n, &missing, &changed);
	ck_assert_uint_eq(set.n, 2);
	ck_assert_uint_eq(set.f[0].r.idx, 1);
	ck_assert_uint_eq(set.f[1].r.idx, 4);
	ck_assert_str_eq(missing.buf, "2");
	ck_assert_str_eq(changed.buf, "ifIndex 3 now 'wan'");
	set_free(&set);
	select_free(&is.sel);
}
END_TEST

/*
 * The busiest: by % of speed when every interface with rates has one
 * (eth1: 5 Mb/s, 50 % of its speed, beats eth0: 100 Mb/s, 10 %), else
 * by bits/s.
 */
START_TEST(busiest)
{
	struct ifcheck_set set = { NULL, 0, 0 };
	struct ifcheck *a, *b;

	ck_assert_ptr_null(ifcheck_busiest(set.f, 0));
	add(&set, 1, "eth0");
	add(&set, 2, "eth1");
	a = &set.f[0];		/* after the last add: the set may move */
	b = &set.f[1];
	ck_assert_ptr_null(ifcheck_busiest(set.f, set.n));
	a->rate = b->rate = RATE_OK;
	a->m.has[M_TRAFFIC][D_IN] = b->m.has[M_TRAFFIC][D_IN] = 1;
	a->m.val[M_TRAFFIC][D_IN] = 100e6;
	b->m.val[M_TRAFFIC][D_IN] = 5e6;
	a->m.has_pct[M_TRAFFIC][D_IN] = b->m.has_pct[M_TRAFFIC][D_IN] = 1;
	a->m.pct[M_TRAFFIC][D_IN] = 10;
	b->m.pct[M_TRAFFIC][D_IN] = 50;
	ck_assert_ptr_eq(ifcheck_busiest(set.f, set.n), &set.f[1]);
	/* eth1 without a speed: % and bits/s cannot be compared */
	b->m.has_pct[M_TRAFFIC][D_IN] = 0;
	ck_assert_ptr_eq(ifcheck_busiest(set.f, set.n), &set.f[0]);
	set_free(&set);
}
END_TEST

static Suite *
ifcheck_suite(void)
{
	Suite *s = suite_create("ifcheck");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, labels_unique);
	tcase_add_test(tc, keep_after_get);
	tcase_add_test(tc, busiest);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(ifcheck_suite)
