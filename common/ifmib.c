/* SPDX-License-Identifier: ISC */
/*
 * IF-MIB (RFC 2863) rows (ifmib.h).  ifSpeed saturates at 4294967295
 * (§6, ifSpeed): above it ifHighSpeed (Mb/s) says the speed.  ifTable's
 * octet counters wrap within minutes on fast links, so ifXTable's 64-bit
 * ifHC counters are read where the agent has them.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cell.h"
#include "ifmib.h"
#include "snmp.h"
#include "strbuf.h"
#include "table.h"

static const uint32_t if_entry[] = { 1, 3, 6, 1, 2, 1, 2, 2, 1 };
static const uint32_t ifx_entry[] = { 1, 3, 6, 1, 2, 1, 31, 1, 1, 1 };
static const uint32_t sys_uptime0[] = { 1, 3, 6, 1, 2, 1, 1, 3, 0 };

static const struct colinfo {
	int		 ifx;		/* in ifXEntry, else ifEntry */
	uint32_t	 arc;
} cols[IF_NCOLS] = {
	[IF_INDEX] = { 0, 1 },		[IF_DESCR] = { 0, 2 },
	[IF_TYPE] = { 0, 3 },		[IF_SPEED] = { 0, 5 },
	[IF_PHYS] = { 0, 6 },		[IF_ADMIN] = { 0, 7 },
	[IF_OPER] = { 0, 8 },		[IF_NAME] = { 1, 1 },
	[IF_HSPEED] = { 1, 15 },	[IF_ALIAS] = { 1, 18 },
	[IF_IN_OCT32] = { 0, 10 },	[IF_IN_UCAST32] = { 0, 11 },
	[IF_IN_NUCAST32] = { 0, 12 },	[IF_IN_DISC] = { 0, 13 },
	[IF_IN_ERR] = { 0, 14 },	[IF_OUT_OCT32] = { 0, 16 },
	[IF_OUT_UCAST32] = { 0, 17 },	[IF_OUT_NUCAST32] = { 0, 18 },
	[IF_OUT_DISC] = { 0, 19 },	[IF_OUT_ERR] = { 0, 20 },
	[IF_IN_OCT64] = { 1, 6 },	[IF_IN_UCAST64] = { 1, 7 },
	[IF_IN_MCAST64] = { 1, 8 },	[IF_IN_BCAST64] = { 1, 9 },
	[IF_OUT_OCT64] = { 1, 10 },	[IF_OUT_UCAST64] = { 1, 11 },
	[IF_OUT_MCAST64] = { 1, 12 },	[IF_OUT_BCAST64] = { 1, 13 }
};

const char *const ifmib_slot_names[IF_NSLOTS] = {
	"in_octets", "out_octets", "in_ucast", "out_ucast", "in_mcast",
	"in_bcast", "out_mcast", "out_bcast", "in_nucast", "out_nucast",
	"in_discards", "in_errors", "out_discards", "out_errors"
};

const int ifmib_slot_dir[IF_NSLOTS] = {
	D_IN, D_OUT, D_IN, D_OUT, D_IN, D_IN, D_OUT, D_OUT, D_IN, D_OUT,
	D_IN, D_IN, D_OUT, D_OUT
};

/* Each slot's column with ifXTable counters and without (-1: none). */
static const int slot_col[IF_NSLOTS][2] = {
	{ IF_IN_OCT64, IF_IN_OCT32 }, { IF_OUT_OCT64, IF_OUT_OCT32 },
	{ IF_IN_UCAST64, IF_IN_UCAST32 }, { IF_OUT_UCAST64, IF_OUT_UCAST32 },
	{ IF_IN_MCAST64, -1 }, { IF_IN_BCAST64, -1 }, { IF_OUT_MCAST64, -1 },
	{ IF_OUT_BCAST64, -1 }, { -1, IF_IN_NUCAST32 }, { -1, IF_OUT_NUCAST32 },
	{ IF_IN_DISC, IF_IN_DISC }, { IF_IN_ERR, IF_IN_ERR },
	{ IF_OUT_DISC, IF_OUT_DISC }, { IF_OUT_ERR, IF_OUT_ERR }
};

static const char *const oper_names[OPER_MAX + 1] = { NULL, "up", "down",
    "testing", "unknown", "dormant", "notPresent", "lowerLayerDown" };
static const char *const admin_names[4] = { NULL, "up", "down", "testing" };

/* IANAifType-MIB: the types an operator is likely to name. */
static const struct iftype {
	int		 type;
	const char	*name;
} iftypes[] = {
	{ 1, "other" }, { 6, "ethernetCsmacd" }, { 7, "iso88023Csmacd" },
	{ 9, "iso88025TokenRing" }, { 15, "fddi" }, { 18, "ds1" },
	{ 20, "basicISDN" }, { 22, "propPointToPointSerial" }, { 23, "ppp" },
	{ 24, "softwareLoopback" }, { 28, "slip" }, { 30, "ds3" },
	{ 32, "frameRelay" }, { 33, "rs232" }, { 37, "atm" }, { 39, "sonet" },
	{ 49, "aal5" }, { 53, "propVirtual" }, { 56, "fibreChannel" },
	{ 62, "fastEther" }, { 63, "isdn" }, { 69, "fastEtherFX" },
	{ 71, "ieee80211" }, { 77, "lapd" }, { 81, "ds0" }, { 94, "adsl" },
	{ 97, "vdsl" }, { 108, "pppMultilinkBundle" },
	{ 117, "gigabitEthernet" }, { 131, "tunnel" },
	{ 134, "atmSubInterface" }, { 135, "l2vlan" }, { 136, "l3ipvlan" },
	{ 142, "ipForward" }, { 150, "mplsTunnel" }, { 161, "ieee8023adLag" },
	{ 166, "mpls" }, { 188, "radioMAC" }, { 209, "bridge" },
	{ 237, "ieee80216WMAN" }, { 243, "wwanPP" }, { 244, "wwanPP2" },
	/* short aliases */
	{ 6, "ethernet" }, { 24, "loopback" }, { 161, "lag" },
	{ 135, "vlan" }, { 71, "wifi" }, { 53, "virtual" },
	{ 0, NULL }
};

void
ifmib_column(struct oid *o, int col)
{
	if (cols[col].ifx)
		table_column(o, ifx_entry, sizeof(ifx_entry) /
		    sizeof(ifx_entry[0]), cols[col].arc);
	else
		table_column(o, if_entry, sizeof(if_entry) /
		    sizeof(if_entry[0]), cols[col].arc);
}

/* A counter: Counter64 is 64 bits; Counter32 (or a Gauge32 some agents
 * send in its place) wraps at 32. */
static void
put_counter(struct rate_sample *sm, int slot, const struct snmp_value *v)
{
	sm->bits[slot] = 0;
	sm->v[slot] = 0;
	if (v->type == VAL_COUNTER64)
		sm->bits[slot] = 64;
	else if (v->type == VAL_COUNTER32 || v->type == VAL_GAUGE32)
		sm->bits[slot] = 32;
	else
		return;
	sm->v[slot] = v->u;
}

static void
put_phys(char *phys, const struct snmp_value *v)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i, n;

	phys[0] = '\0';
	if (v->type != VAL_OCTET_STRING)
		return;
	n = v->len < (IFMIB_TEXT_MAX - 1) / 2 ? v->len :
	    (IFMIB_TEXT_MAX - 1) / 2;
	for (i = 0; i < n; i++) {
		phys[2 * i] = hex[v->bytes[i] >> 4];
		phys[2 * i + 1] = hex[v->bytes[i] & 15];
	}
	phys[2 * n] = '\0';
}

void
ifmib_store(struct ifmib_row *f, int col, const struct snmp_value *v)
{
	int s;

	/* the agent has the row if it answers any status or identity cell */
	if (col <= IF_ALIAS && !value_is_exception(v))
		f->exists = 1;
	switch (col) {
	case IF_DESCR:
		cell_text(v, f->descr, sizeof(f->descr));
		return;
	case IF_NAME:
		cell_text(v, f->name, sizeof(f->name));
		return;
	case IF_ALIAS:
		cell_text(v, f->alias, sizeof(f->alias));
		return;
	case IF_TYPE:
		f->type = cell_enum(v);
		return;
	case IF_SPEED:
		f->has_ifspeed = cell_uint(v, &f->ifspeed) == 0;
		return;
	case IF_HSPEED:
		f->has_hspeed = cell_uint(v, &f->hspeed) == 0;
		return;
	case IF_PHYS:
		put_phys(f->phys, v);
		return;
	case IF_ADMIN:
		s = cell_enum(v);
		f->admin = s >= 1 && s <= 3 ? s : 0;
		return;
	case IF_OPER:
		s = cell_enum(v);
		f->oper = s >= 1 && s <= OPER_MAX ? s : 0;
		return;
	}
	/* the error columns serve both sets: one slot */
	for (s = 0; s < IF_NSLOTS; s++) {
		if (slot_col[s][0] == col || slot_col[s][1] == col)
			put_counter(&f->cur, s, v);
	}
}

uint64_t
ifmib_speed(const struct ifmib_row *f)
{
	/*
	 * ifSpeed is exact below its 4294967295 ceiling; above it (or when
	 * it says 0 but ifHighSpeed knows better) ifHighSpeed in Mb/s.  A
	 * saturated ifSpeed without ifHighSpeed is no speed at all.
	 */
	if (f->has_ifspeed && f->ifspeed > 0 && f->ifspeed < 4294967295ULL)
		return f->ifspeed;
	if (f->has_hspeed && f->hspeed > 0)
		return f->hspeed * 1000000;
	return 0;
}

/* Hex of a text, "-" when empty: one word for the state file. */
static void
hex_word(struct strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	char x[2];

	if (*s == '\0') {
		sb_add(sb, "-");
		return;
	}
	for (; *s != '\0'; s++) {
		x[0] = hex[(unsigned char)*s >> 4];
		x[1] = hex[(unsigned char)*s & 15];
		sb_addn(sb, x, 2);
	}
}

void
ifmib_identity(const struct ifmib_row *f, char *buf, size_t cap)
{
	struct strbuf sb;

	sb_init(&sb, buf, cap);
	hex_word(&sb, f->descr);
	sb_add(&sb, " ");
	hex_word(&sb, f->name);
	sb_add(&sb, " ");
	sb_add(&sb, f->phys[0] != '\0' ? f->phys : "-");
}

const char *
ifmib_type_name(int t)
{
	size_t i;

	for (i = 0; iftypes[i].name != NULL; i++) {
		if (iftypes[i].type == t)
			return iftypes[i].name;
	}
	return NULL;
}

int
ifmib_type_parse(const char *s)
{
	size_t i;

	for (i = 0; iftypes[i].name != NULL; i++) {
		if (strcasecmp(s, iftypes[i].name) == 0)
			return iftypes[i].type;
	}
	return -1;
}

const char *
ifmib_oper_name(int o)
{
	return o >= 1 && o <= OPER_MAX ? oper_names[o] : "?";
}

const char *
ifmib_admin_name(int a)
{
	return a >= 1 && a <= 3 ? admin_names[a] : "?";
}

int
ifmib_oper_parse(const char *s)
{
	int i;

	for (i = 1; i <= OPER_MAX; i++) {
		if (strcasecmp(s, oper_names[i]) == 0)
			return i;
	}
	if (s[0] >= '1' && s[0] <= '7' && s[1] == '\0')
		return s[0] - '0';
	return -1;
}

/* The columns one interface needs in a GET. */
static size_t
want_cols(const struct ifmib_row *f, int ident, int counters, int v1,
    int *out)
{
	static const int id_cols[] = { IF_DESCR, IF_TYPE, IF_SPEED, IF_PHYS,
	    IF_ADMIN, IF_OPER, IF_NAME, IF_HSPEED, IF_ALIAS };
	size_t n = 0, k;
	int s, col;

	/*
	 * v1 agents without ifXTable answer noSuchName, which costs a round
	 * trip per object: v1 reads ifTable only (the first six).
	 */
	for (k = 0; ident && k < (v1 ? 6 : 9); k++)
		out[n++] = id_cols[k];
	for (s = 0; counters && s < IF_NSLOTS; s++) {
		col = slot_col[s][f->want_hc ? 0 : 1];
		if (col >= 0)
			out[n++] = col;
	}
	return n;
}

/* One GET of as many rows from list[*i] on as fit; *i moves past them. */
static int
fetch_some(struct session *s, struct ifmib_row **list, size_t n, size_t *i,
    int ident, int counters)
{
	static struct oid oids[SESSION_MAX_VB];
	static struct varbind vb[SESSION_MAX_VB];
	struct rate_clock clk;
	int cl[IF_NCOLS], rc, v1 = session_version(s) == SNMP_V1;
	size_t first = *i, j, k, m = 1, pos = 1;

	memcpy(oids[0].arcs, sys_uptime0, sizeof(sys_uptime0));
	oids[0].len = sizeof(sys_uptime0) / sizeof(sys_uptime0[0]);
	for (; *i < n; (*i)++) {
		k = want_cols(list[*i], ident, counters, v1, cl);
		if (m + k > SESSION_MAX_VB)
			break;
		for (j = 0; j < k; j++) {
			ifmib_column(&oids[m], cl[j]);
			oids[m].arcs[oids[m].len++] = list[*i]->idx;
			m++;
		}
	}
	if ((rc = session_get(s, oids, m, vb)) != SNMP_OK)
		return rc;
	rate_clock_now(&clk, &vb[0].val, s);
	for (; first < *i; first++) {
		k = want_cols(list[first], ident, counters, v1, cl);
		if (counters) {
			list[first]->cur.clock = clk;
			list[first]->cur.source = list[first]->want_hc;
		}
		for (j = 0; j < k; j++)
			ifmib_store(list[first], cl[j], &vb[pos++].val);
	}
	return SNMP_OK;
}

static int
fetch_all(struct session *s, struct ifmib_row **list, size_t n, int ident,
    int counters)
{
	size_t i = 0;
	int rc = SNMP_OK;

	while (i < n && rc == SNMP_OK)
		rc = fetch_some(s, list, n, &i, ident, counters);
	return rc;
}

int
ifmib_fetch(struct session *s, struct ifmib_row **list, size_t n, int ident,
    int counters)
{
	struct ifmib_row **again;
	size_t i, k = 0;
	int rc;

	if ((rc = fetch_all(s, list, n, ident, counters)) != SNMP_OK ||
	    !counters)
		return rc;
	if ((again = calloc(n ? n : 1, sizeof(struct ifmib_row *))) == NULL)
		return SNMP_E_NOMEM;
	/* ifXTable first, ifTable where it has no octet counters */
	for (i = 0; i < n; i++) {
		if (list[i]->want_hc && (list[i]->cur.bits[S_IN_OCT] == 0 ||
		    list[i]->cur.bits[S_OUT_OCT] == 0) && list[i]->exists) {
			list[i]->want_hc = 0;
			memset(list[i]->cur.bits, 0, sizeof(list[i]->cur.bits));
			again[k++] = list[i];
		}
	}
	if (k > 0)
		rc = fetch_all(s, again, k, 0, 1);
	free(again);
	return rc;
}

int
ifmib_packets(const int *has, const uint64_t *delta, int d, double *out)
{
	static const int in[] = { S_IN_UCAST, S_IN_MCAST, S_IN_BCAST,
	    S_IN_NUCAST };
	static const int outs[] = { S_OUT_UCAST, S_OUT_MCAST, S_OUT_BCAST,
	    S_OUT_NUCAST };
	const int *sl = d == D_IN ? in : outs;
	size_t i;

	if (!has[sl[0]])
		return -1;
	*out = 0;
	for (i = 0; i < 4; i++) {
		if (has[sl[i]])
			*out += (double)delta[sl[i]];
	}
	return 0;
}
