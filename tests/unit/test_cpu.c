/* SPDX-License-Identifier: ISC */
/*
 * laTable load averages and hrProcessorTable processors over walk files:
 * the fallbacks from laLoad to laLoadFloat and laLoadInt, processors known
 * only from hrDeviceTable, tables walked only when asked for.
 */
#include <check.h>

#include "cpu.h"
#include "snmp.h"
#include "state.h"
#include "testutil.h"
#include "walktest.h"

/* laLoad, else laLoadFloat, else laLoadInt; hundredths. */
START_TEST(load_fallbacks)
{
	struct session *s = open_file("tests/data/load-fallback.walk");
	const struct cpu_la *l;
	struct cpu c;

	ck_assert_int_eq(cpu_walk(s, CPU_LA, &c), SNMP_OK);
	ck_assert_uint_eq(c.nla, 3);
	ck_assert_uint_eq(c.nproc, 0);
	ck_assert_ptr_nonnull(l = cpu_la_find(&c, 1));
	ck_assert_str_eq(l->src, "laLoadFloat");
	ck_assert_int_eq(l->h, 250);
	ck_assert_str_eq(l->name, "Load-1");
	ck_assert_str_eq(l->raw, "");
	ck_assert_ptr_nonnull(l = cpu_la_find(&c, 2));
	ck_assert_str_eq(l->src, "laLoadInt");
	ck_assert_int_eq(l->h, 150);
	ck_assert_str_eq(l->raw, "n/a");
	ck_assert_ptr_nonnull(l = cpu_la_find(&c, 3));
	ck_assert_str_eq(l->src, "laLoad");
	ck_assert_int_eq(l->h, 75);
	ck_assert_int_eq(l->cell[CPU_LAINT].type, VAL_NOSUCHINSTANCE);
	ck_assert_ptr_null(cpu_la_find(&c, 4));
	cpu_free(&c);
	session_free(s);
}
END_TEST

/* A laLoad that is no number, and nothing to fall back on. */
START_TEST(load_unusable)
{
	struct session *s = open_file("tests/data/load-bad.walk");
	const struct cpu_la *l;
	struct cpu c;

	ck_assert_int_eq(cpu_walk(s, CPU_LA | CPU_HRPROC, &c), SNMP_OK);
	ck_assert_ptr_nonnull(l = cpu_la_find(&c, 1));
	ck_assert_ptr_null(l->src);
	ck_assert_str_eq(l->raw, "high");
	/* the processors join the la rows by index, read apart */
	ck_assert_uint_eq(c.nproc, 2);
	ck_assert_uint_eq(c.nlisted, 2);
	ck_assert_int_eq(c.proc[1].load.i, 150);
	cpu_free(&c);
	session_free(s);
}
END_TEST

/* hrProcessorTable lists processors before it has their load. */
START_TEST(processors_listed)
{
	struct session *s = open_file("tests/data/load-fresh.walk");
	const char *how;
	struct cpu c;
	size_t n;

	ck_assert_int_eq(cpu_walk(s, CPU_HRPROC | CPU_HRDEV, &c), SNMP_OK);
	ck_assert_uint_eq(c.nla, 0);
	ck_assert_uint_eq(c.nproc, 2);
	ck_assert_uint_eq(c.nlisted, 2);
	ck_assert(c.proc[0].is_device);
	ck_assert_uint_eq(c.proc[0].index, 196608);
	ck_assert_int_eq(c.proc[0].load.type, VAL_NOSUCHINSTANCE);
	ck_assert_int_eq(c.proc[0].descr.type, VAL_OCTET_STRING);
	ck_assert_int_eq(cpu_count(s, &c, &n, &how), SNMP_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(how, "rows of hrProcessorTable");
	cpu_free(&c);
	session_free(s);
}
END_TEST

/* No hrProcessorTable: the hrDeviceProcessor devices count. */
START_TEST(processors_from_devices)
{
	struct session *s = open_file("tests/data/load-fallback.walk");
	const char *how;
	struct cpu c;
	size_t n;

	ck_assert_int_eq(cpu_walk(s, CPU_LA | CPU_HRPROC, &c), SNMP_OK);
	ck_assert_uint_eq(c.nlisted, 0);
	ck_assert_int_eq(cpu_count(s, &c, &n, &how), SNMP_OK);
	ck_assert_uint_eq(n, 4);
	ck_assert_str_eq(how, "hrDeviceProcessor rows of hrDeviceTable");
	cpu_free(&c);
	/* walked with hrDeviceTable, they are processors of their own */
	ck_assert_int_eq(cpu_walk(s, CPU_HRDEV, &c), SNMP_OK);
	ck_assert_uint_eq(c.nproc, 4);
	ck_assert_uint_eq(c.nlisted, 0);
	ck_assert_uint_eq(c.proc[3].index, 771);
	cpu_free(&c);
	/* an agent without any: none */
	session_free(s);
	s = open_file("tests/data/load-nohr.walk");
	ck_assert_int_eq(cpu_walk(s, CPU_LA | CPU_HRPROC, &c), SNMP_OK);
	ck_assert_uint_eq(c.nla, 3);
	ck_assert_int_eq(cpu_count(s, &c, &n, &how), SNMP_OK);
	ck_assert_uint_eq(n, 0);
	cpu_free(&c);
	session_free(s);
}
END_TEST

/* The three load averages: complete, a row missing, a row unusable, none. */
START_TEST(load_three)
{
	static const struct {
		const char	*walk;
		int		 rc;
		const char	*err;
	} w[] = {
		{ "tests/data/load-fallback.walk", 1, "" },
		{ "tests/data/load-partial.walk", -1,
		  "laTable has no 15-minute load average (laLoad.3)" },
		{ "tests/data/load-bad.walk", -1, "laTable row 1 (Load-1) "
		  "holds no load average: laLoad.1 = 'high'" },
		{ "tests/data/windows-host.walk", 0, "" }
	};
	struct cpu_la la[CPU_NLOAD];
	struct session *s;
	struct strbuf sb;
	struct cpu c;
	char err[256], buf[256];
	size_t i;

	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++) {
		s = open_file(w[i].walk);
		ck_assert_int_eq(cpu_walk(s, CPU_LA, &c), SNMP_OK);
		err[0] = '\0';
		ck_assert_int_eq(cpu_la_three(&c, la, err, sizeof(err)),
		    w[i].rc);
		ck_assert_str_eq(err, w[i].err);
		if (i == 0) {
			ck_assert_str_eq(la[2].name, "Load-15");
			ck_assert_int_eq(la[2].h, 75);
			sb_init(&sb, buf, sizeof(buf));
			cpu_la_text(&la[0], 2, 1, &sb);
			cpu_la_text(&la[1], 0, 1, &sb);
			cpu_la_text(&la[2], 4, 0, &sb);
			ck_assert_str_eq(buf, "Load-1: 2.50, 1.25 per CPU "
			    "(from laLoadFloat)\nLoad-5: 1.50 (from laLoadInt; "
			    "laLoad 'n/a')\nLoad-15: 0.75, 0.19 per CPU\n");
		}
		cpu_free(&c);
		session_free(s);
	}
	ck_assert_int_eq(cpu_share(167, 4), 42);
	ck_assert_int_eq(cpu_share(5, 2), 3);
	ck_assert_int_eq(cpu_share(-5, 2), -3);
}
END_TEST

/* hrProcessorLoad: average and busiest, not yet known, out of range. */
START_TEST(utilisation)
{
	struct session *s = open_file("tests/data/windows-host.walk");
	struct cpu_util u;
	struct strbuf sb;
	struct cpu c;
	char err[256], buf[128];

	ck_assert_int_eq(cpu_walk(s, CPU_HRPROC, &c), SNMP_OK);
	ck_assert_int_eq(cpu_util_read(&c, &u, err, sizeof(err)), SNMP_OK);
	ck_assert_uint_eq(u.n, 8);
	ck_assert_uint_eq(u.busiest, 4);
	ck_assert_int_eq(u.core[4].load, 88);
	ck_assert_uint_eq(u.core[4].index, 7);
	ck_assert_int_eq(u.avg, 2200);
	sb_init(&sb, buf, sizeof(buf));
	cpu_util_text(&u, 4, STATE_CRITICAL, &sb);
	cpu_util_text(&u, 0, STATE_OK, &sb);
	ck_assert_str_eq(buf, "cpu4: 88% CRITICAL (hrDeviceIndex 7)\n"
	    "cpu0: 12% (hrDeviceIndex 3)\n");
	cpu_util_free(&u);
	cpu_free(&c);
	session_free(s);
	s = open_file("tests/data/load-fresh.walk");
	ck_assert_int_eq(cpu_walk(s, CPU_HRPROC, &c), SNMP_OK);
	ck_assert_int_eq(cpu_util_read(&c, &u, err, sizeof(err)), SNMP_OK);
	ck_assert_uint_eq(u.n, 0);
	ck_assert_uint_eq(u.nlisted, 2);
	cpu_util_free(&u);
	cpu_free(&c);
	session_free(s);
	s = open_file("tests/data/load-bad.walk");
	ck_assert_int_eq(cpu_walk(s, CPU_HRPROC, &c), SNMP_OK);
	ck_assert_int_eq(cpu_util_read(&c, &u, err, sizeof(err)),
	    SNMP_E_RANGE);
	ck_assert_str_eq(err, "hrProcessorLoad.2 = 150: outside 0..100 "
	    "percent");
	cpu_free(&c);
	session_free(s);
}
END_TEST

/* --list's lines: a laTable row's columns, processors with and without. */
START_TEST(list_lines)
{
	struct session *s = open_file("tests/data/load-fresh.walk");
	struct strbuf sb;
	struct cpu c;
	char buf[512];

	ck_assert_int_eq(cpu_walk(s, CPU_LA | CPU_HRPROC | CPU_HRDEV, &c),
	    SNMP_OK);
	sb_init(&sb, buf, sizeof(buf));
	cpu_la_list(&c.la[0], &sb);
	ck_assert_str_eq(buf, "laTable 1 Load-1: laLoad \"0.65\" laLoadInt "
	    "65 laLoadFloat 0.650391\n");
	sb_init(&sb, buf, sizeof(buf));
	ck_assert_int_eq(cpu_proc_list(&c.proc[0], 0, &sb), 0);
	ck_assert_str_eq(buf, "processor 196608 \"AuthenticAMD: AMD EPYC\": "
	    "no hrProcessorLoad\n");
	cpu_free(&c);
	session_free(s);
	s = open_file("tests/data/load-bad.walk");
	ck_assert_int_eq(cpu_walk(s, CPU_HRPROC, &c), SNMP_OK);
	sb_init(&sb, buf, sizeof(buf));
	ck_assert_int_eq(cpu_proc_list(&c.proc[0], 0, &sb), 1);
	ck_assert_int_eq(cpu_proc_list(&c.proc[1], 1, &sb), 1);
	ck_assert_str_eq(buf, "hrProcessorLoad 1 cpu0: 20%\n"
	    "hrProcessorLoad 2 cpu1: 150 (outside 0..100)\n");
	cpu_free(&c);
	session_free(s);
}
END_TEST

/* A figure: "5 s" over its label, the percentage or why there is none. */
static void
fig_is(const struct cpu_fig *f, const char *span, const char *label, int ok,
    int64_t pct, const char *why)
{
	ck_assert_str_eq(f->span, span);
	ck_assert_str_eq(f->label, label);
	ck_assert_int_eq(f->ok, ok);
	if (ok)
		ck_assert_int_eq(f->pct, pct);
	else
		ck_assert_str_eq(f->why, why);
}

/* A device's spans and its line of long output, with states. */
static void
dev_lines(const struct cpu_devs *d)
{
	static const int st[CPU_NFIG] = { STATE_OK, STATE_WARNING,
	    STATE_CRITICAL };
	struct strbuf sb;
	char buf[512];

	ck_assert_int_eq(cpu_dev_same_spans(&d->dev[0], &d->dev[1]), 1);
	sb_init(&sb, buf, sizeof(buf));
	cpu_dev_spans(&d->dev[0], &sb);
	ck_assert_str_eq(buf, "5 s, 1 min, 5 min");
	sb_init(&sb, buf, sizeof(buf));
	cpu_dev_text(&d->dev[0], st, &sb);
	ck_assert_str_eq(buf, "Chassis: 5 s 101 is not a percentage UNKNOWN, "
	    "1 min 50% WARNING, 5 min 40% CRITICAL (CISCO-PROCESS-MIB "
	    "cpmCPUTotalIndex 1, entPhysicalIndex 1)\n");
}

/* Network devices: the probe picks the vendor, each table as its MIB says. */
START_TEST(vendor_cpus)
{
	static const struct {
		const char	*walk;
		int		 mib;
		size_t		 n;
	} w[] = {
		{ "tests/data/cisco-catalyst.walk", CPU_MIB_CISCO, 1 },
		{ "tests/data/cisco-isr.walk", CPU_MIB_CISCO, 3 },
		{ "tests/data/juniper.walk", CPU_MIB_JUNIPER, 4 },
		{ "tests/data/hp-procurve.walk", CPU_MIB_HP, 1 },
		{ "tests/data/sensor-hostile.walk", CPU_MIB_CISCO, 2 },
		{ "tests/data/linux-host.walk", CPU_MIB_AUTO, 0 },
		{ "tests/data/windows-host.walk", CPU_MIB_AUTO, 0 }
	};
	struct cpu_devs d;
	struct session *s;
	size_t i;

	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++) {
		s = open_file(w[i].walk);
		ck_assert_int_eq(cpu_devs_read(s, CPU_MIB_AUTO, &d), SNMP_OK);
		ck_assert_int_eq(d.mib, w[i].mib);
		ck_assert_uint_eq(d.n, w[i].n);
		if (i == 0) {
			/* cpmCPUTotalMonIntervalValue over 5 s, then Rev */
			ck_assert_str_eq(d.dev[0].name, "Switch 1 - CPU");
			ck_assert_uint_eq(d.dev[0].nfig, 3);
			fig_is(&d.dev[0].fig[0], "5 s", "5s", 1, 90, NULL);
			fig_is(&d.dev[0].fig[1], "1 min", "1m", 1, 53, NULL);
			fig_is(&d.dev[0].fig[2], "5 min", "5m", 1, 25, NULL);
			ck_assert_str_eq(d.dev[0].source, "CISCO-PROCESS-MIB "
			    "cpmCPUTotalIndex 1, entPhysicalIndex 1004");
		} else if (i == 1) {
			/* PhysicalIndex 0: named by the index */
			ck_assert_str_eq(d.dev[0].name, "module R0");
			ck_assert_str_eq(d.dev[2].name, "cpu 4");
			fig_is(&d.dev[2].fig[0], "5 s", "5s", 1, 17, NULL);
		} else if (i == 2) {
			/* FPCs: averages all 0, jnxOperatingCPU is not */
			ck_assert_uint_eq(d.dev[1].nfig, 1);
			fig_is(&d.dev[1].fig[0], "now", "now", 1, 35, NULL);
			ck_assert_str_eq(d.dev[2].name, "Routing Engine 0");
			fig_is(&d.dev[2].fig[2], "15 min", "15m", 1, 8, NULL);
			ck_assert_str_eq(d.dev[2].source, "JUNIPER-MIB "
			    "jnxOperatingIndex 9.1.0.0, now 12%");
			ck_assert_int_eq(cpu_dev_same_spans(&d.dev[1],
			    &d.dev[2]), 0);
		} else if (i == 3) {
			ck_assert_str_eq(d.dev[0].name, "CPU");
			fig_is(&d.dev[0].fig[0], "", "", 1, 7, NULL);
		} else if (i == 4) {
			fig_is(&d.dev[0].fig[0], "5 s", "5s", 0, 0,
			    "101 is not a percentage");
			fig_is(&d.dev[0].fig[1], "1 min", "1m", 1, 50, NULL);
			fig_is(&d.dev[1].fig[1], "1 min", "1m", 0, 0,
			    "no cpmCPUTotal1minRev");
			dev_lines(&d);
		} else if (i == 6)
			ck_assert_int_eq(d.hr, 1);
		cpu_devs_free(&d);
		session_free(s);
	}
}
END_TEST

/* A forced MIB the agent does not have: no CPUs, no error. */
START_TEST(vendor_forced)
{
	struct session *s = open_file("tests/data/cisco-catalyst.walk");
	struct cpu_devs d;

	ck_assert_int_eq(cpu_devs_read(s, CPU_MIB_JUNIPER, &d), SNMP_OK);
	ck_assert_int_eq(d.mib, CPU_MIB_JUNIPER);
	ck_assert_uint_eq(d.n, 0);
	cpu_devs_free(&d);
	ck_assert_int_eq(cpu_mib_parse("hp"), CPU_MIB_HP);
	ck_assert_int_eq(cpu_mib_parse("ucd"), -1);
	ck_assert_str_eq(cpu_mib_name(CPU_MIB_CISCO), "CISCO-PROCESS-MIB");
	session_free(s);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("cpu");
	TCase *tc = tcase_create("tables");

	tcase_add_test(tc, load_fallbacks);
	tcase_add_test(tc, load_unusable);
	tcase_add_test(tc, processors_listed);
	tcase_add_test(tc, processors_from_devices);
	tcase_add_test(tc, load_three);
	tcase_add_test(tc, utilisation);
	tcase_add_test(tc, list_lines);
	tcase_add_test(tc, vendor_cpus);
	tcase_add_test(tc, vendor_forced);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
