/* SPDX-License-Identifier: ISC */
/*
 * snmp_discover, reading the agent: the system group and the tables the
 * checks read, each once, by the plugins' own readers; then which
 * interfaces and volumes become services, and why the others do not.
 */
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "discover.h"
#include "hrswrun.h"

static void
read_system(struct plugin *p, struct ctx *c)
{
	static const uint32_t sys[] = { 1, 3, 6, 1, 2, 1, 1 };
	/* sysDescr, sysObjectID, sysUpTime, sysContact, sysName, sysLocation */
	struct oid oids[6];
	struct varbind vb[6];
	struct oid o;
	size_t i;

	for (i = 0; i < 6; i++) {
		memcpy(oids[i].arcs, sys, sizeof(sys));
		oids[i].arcs[7] = (uint32_t)i + 1;
		oids[i].arcs[8] = 0;
		oids[i].len = 9;
	}
	plugin_get(p, oids, 6, vb);
	cell_text(&vb[0].val, c->sysdescr, sizeof(c->sysdescr));
	if (vb[1].val.type == VAL_OID &&
	    oid_from_ber(&o, vb[1].val.bytes, vb[1].val.len) == SNMP_OK)
		oid_format(&o, c->sysoid, sizeof(c->sysoid));
	if (vb[2].val.type == VAL_TIMETICKS) {
		c->has_uptime = 1;
		c->uptime = vb[2].val.u;
	}
	cell_text(&vb[3].val, c->syscontact, sizeof(c->syscontact));
	cell_text(&vb[4].val, c->sysname, sizeof(c->sysname));
	cell_text(&vb[5].val, c->syslocation, sizeof(c->syslocation));
}

static void
read_interfaces(struct plugin *p, struct ctx *c)
{
	static const int lc[] = { IF_DESCR, IF_TYPE, IF_SPEED, IF_PHYS,
	    IF_ADMIN, IF_OPER, IF_NAME, IF_HSPEED, IF_ALIAS };
	enum { NLC = sizeof(lc) / sizeof(lc[0]) };
	struct oid oids[NLC];
	struct table t;
	struct ifmib_row *f;
	size_t i, j;

	for (i = 0; i < NLC; i++)
		ifmib_column(&oids[i], lc[i]);
	plugin_walk(p, oids, NLC, &t);
	if (t.nrows > 0 && (c->ifs = calloc(t.nrows, sizeof(*c->ifs))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < t.nrows; i++) {
		if (t.rows[i].index_len != 1)
			continue;
		f = &c->ifs[c->nifs];
		ifmib_row_init(f, t.rows[i].index[0]);
		for (j = 0; j < NLC; j++) {
			if (ifmib_store(f, lc[j], &t.rows[i].val[j]) != SNMP_OK)
				die(STATE_UNKNOWN, "out of memory");
		}
		if (f->exists)
			c->nifs++;
		else
			ifmib_row_free(f);
	}
	table_free(&t);
}

static void
read_processes(struct plugin *p, struct ctx *c)
{
	struct hrswrun sw;
	size_t i, k;
	int rc;

	if ((rc = hrswrun_walk(p->s, 1u << HRSW_NAME, &sw)) != SNMP_OK)
		plugin_fail(p, rc);
	c->has_swrun = sw.nrows > 0;
	for (i = 0; i < sw.nrows; i++) {
		for (k = 0; k < c->nprocs; k++) {
			if (sw.rows[i].name != NULL &&
			    strcmp(sw.rows[i].name, c->procs[k]) == 0)
				c->proc_count[k]++;
		}
	}
	hrswrun_free(&sw);
}

/*
 * A network device's own tables, in the plugins' order: its CPUs where
 * hrProcessorTable lists none, its memory pools where UCD has no memory
 * (check_snmp_memory then reads them before hrStorage), its sensors.
 */
static void
read_device(struct plugin *p, struct ctx *c)
{
	int rc;

	if (!(c->skip & (1u << K_CPU)) && c->cpu.nlisted == 0 &&
	    (rc = cpu_devs_read(p->s, CPU_MIB_AUTO, &c->cdev)) != SNMP_OK)
		plugin_fail(p, rc);
	if (!(c->skip & (1u << K_MEMORY)) && !has_ucd_mem(c) &&
	    (rc = mempools_read(p->s, MEMPOOL_AUTO, &c->pools)) != SNMP_OK)
		plugin_fail(p, rc);
	if (!(c->skip & (1u << K_SENSOR)) &&
	    (rc = sensor_read(p->s, (1u << SENSOR_NSOURCES) - 1, 1,
	    &c->sensors)) != SNMP_OK)
		plugin_fail(p, rc);
}

/* Everything, each table once; what a kind is skipped for is not read. */
void
read_agent(struct plugin *p, struct ctx *c)
{
	unsigned tables = 0;
	int rc;

	read_system(p, c);
	if (!(c->skip & (1u << K_IF)))
		read_interfaces(p, c);
	if ((c->skip & (1u << K_DISK | 1u << K_MEMORY)) !=
	    (1u << K_DISK | 1u << K_MEMORY) &&
	    (rc = hrstorage_walk(p->s, &c->hrs, &c->nhrs)) != SNMP_OK)
		plugin_fail(p, rc);
	if (!(c->skip & (1u << K_MEMORY)) &&
	    (rc = ucd_mem_get(p->s, &c->mem)) != SNMP_OK)
		plugin_fail(p, rc);
	if (!(c->skip & (1u << K_LOAD)))
		tables |= CPU_LA;
	if (!(c->skip & (1u << K_LOAD | 1u << K_CPU)) || !(c->skip &
	    (1u << K_CPU)))
		tables |= CPU_HRPROC;
	if (tables != 0 && (rc = cpu_walk(p->s, tables, &c->cpu)) != SNMP_OK)
		plugin_fail(p, rc);
	read_device(p, c);
	if (c->nprocs > 0)
		read_processes(p, c);
}

/* ---- choosing --------------------------------------------------------- */

/* Loopback, null and virtual interfaces, left out unless --virtual. */
static int
if_virtual(const struct ifmib_row *f)
{
	switch (f->type) {
	case 24:	/* softwareLoopback */
	case 53:	/* propVirtual */
	case 131:	/* tunnel */
		return 1;
	}
	return strncmp(f->name, "Null", 4) == 0 ||
	    strncmp(f->descr, "Null", 4) == 0;
}

void
choose_interfaces(struct ctx *c)
{
	const char *t[3];
	const struct ifmib_row *f;
	size_t i;

	if (c->nifs == 0)
		return;
	if ((c->if_sel = calloc(c->nifs, 1)) == NULL ||
	    (c->if_why = calloc(c->nifs, sizeof(*c->if_why))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < c->nifs; i++) {
		f = &c->ifs[i];
		t[0] = f->name;
		t[1] = f->descr;
		t[2] = f->alias;
		if (!c->down && f->admin != 1)
			c->if_why[i] = "admin not up";
		else if (!c->down && f->oper != OPER_UP)
			c->if_why[i] = "oper not up";
		else if (!c->virt && if_virtual(f))
			c->if_why[i] = "virtual";
		else if (!select_match_any(&c->sel, t, 3))
			c->if_why[i] = "include/exclude";
		else if (f->name[0] == '\0' && f->descr[0] == '\0' &&
		    f->alias[0] == '\0')
			c->if_why[i] = "no name";
		else
			c->if_sel[i] = 1;
	}
}

/* Linux's memory-backed and kernel filesystems, snap's squashfs images. */
static int
pseudo_fs(const char *path)
{
	static const char *const dirs[] = { "/dev", "/sys", "/run", "/proc",
	    "/snap" };
	size_t i, n;

	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		n = strlen(dirs[i]);
		if (strncmp(path, dirs[i], n) == 0 &&
		    (path[n] == '\0' || path[n] == '/'))
			return 1;
	}
	return 0;
}

void
choose_storage(struct ctx *c)
{
	const struct hrstorage_row *r;
	size_t i;

	if (c->nhrs == 0)
		return;
	if ((c->hrs_why = calloc(c->nhrs, sizeof(*c->hrs_why))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < c->nhrs; i++) {
		r = &c->hrs[i];
		if (c->skip & (1u << K_DISK))
			c->hrs_why[i] = "skipped";
		else if (r->type != HRS_FIXED)
			c->hrs_why[i] = "not a fixed disk";
		else if (r->descr[0] == '\0')
			c->hrs_why[i] = "no name";
		else if (!r->valid || r->size == 0)
			c->hrs_why[i] = "no size";
		else if (!c->virt && pseudo_fs(r->descr))
			c->hrs_why[i] = "pseudo filesystem";
		else if (!select_match(&c->sel, r->descr))
			c->hrs_why[i] = "include/exclude";
	}
}

