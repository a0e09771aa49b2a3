/* SPDX-License-Identifier: ISC */
/*
 * IF-MIB (RFC 2863) status and type policy (ifmib.h): the names of
 * ifType, ifAdminStatus and ifOperStatus values, the options that name
 * them (-T, --exclude-type, --oper-state, --admin-down), and the state an
 * interface's status gives (§3.1.13).
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ifmib.h"
#include "options.h"
#include "state.h"
#include "strbuf.h"

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
ifmib_status_text(struct strbuf *sb, const struct ifmib_row *f)
{
	if (f->admin == 0 || f->oper == 0)
		sb_printf(sb, "%s missing or invalid", f->admin == 0 ?
		    "ifAdminStatus" : "ifOperStatus");
	else if (f->admin == 2)
		sb_add(sb, "admin down");
	else
		sb_printf(sb, "%s%s", oper_names[f->oper], f->admin == 3 ?
		    " (admin testing)" : "");
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

/* One TYPE of ifmib_types_parse(). */
static int
add_type(void *arg, char *tok, char *err, size_t errlen)
{
	struct ifmib_types *t = arg;
	long v;

	if (*tok >= '0' && *tok <= '9' && tok[strspn(tok, "0123456789")] ==
	    '\0' && strlen(tok) < 19) {
		if (options_int(tok, 1, IFMIB_TYPE_MAX, &v) < 0) {
			snprintf(err, errlen, "Invalid interface type '%s': "
			    "expected 1 to %d or a name", tok, IFMIB_TYPE_MAX);
			return -1;
		}
	} else if ((v = ifmib_type_parse(tok)) < 0) {
		snprintf(err, errlen, "Unknown interface type '%s': use an "
		    "ifType number or a name such as ethernetCsmacd, "
		    "softwareLoopback, ieee8023adLag, l2vlan, tunnel", tok);
		return -1;
	}
	t->bits[v / 8] |= (unsigned char)(1u << (v % 8));
	return 0;
}

int
ifmib_types_parse(struct ifmib_types *t, const char *list, char *err,
    size_t errlen)
{
	int n;

	t->given = 1;
	n = options_each(list, 512, "interface type list", add_type, t, err,
	    errlen);
	if (n == 0)
		snprintf(err, errlen, "Invalid interface type list '%s'", list);
	return n > 0 ? 0 : -1;
}

int
ifmib_types_has(const struct ifmib_types *t, int type)
{
	return type >= 0 && type <= IFMIB_TYPE_MAX &&
	    (t->bits[type / 8] >> (type % 8) & 1);
}

/* One STATUS=STATE of ifmib_oper_states(). */
static int
add_oper_state(void *arg, char *tok, char *err, size_t errlen)
{
	int *states = arg;
	char *eq;
	int o, st;

	if ((eq = strchr(tok, '=')) == NULL) {
		snprintf(err, errlen, "Invalid --oper-state '%s': expected "
		    "STATUS=STATE", tok);
		return -1;
	}
	*eq = '\0';
	if ((o = ifmib_oper_parse(tok)) < 0) {
		snprintf(err, errlen, "Invalid --oper-state: unknown status "
		    "'%s' (expected up, down, testing, unknown, dormant, "
		    "notPresent, lowerLayerDown or 1-7)", tok);
		return -1;
	}
	if ((st = state_parse(eq + 1)) < 0) {
		snprintf(err, errlen, "Invalid --oper-state: state '%s' for %s "
		    "(expected OK, WARNING, CRITICAL, UNKNOWN or 0-3)", eq + 1,
		    oper_names[o]);
		return -1;
	}
	states[o] = st;
	return 0;
}

int
ifmib_oper_states(int *states, const char *list, char *err, size_t errlen)
{
	return options_each(list, 512, "--oper-state", add_oper_state, states,
	    err, errlen) < 0 ? -1 : 0;
}

/* The state of an admin up interface by ifOperStatus; --expect-down's. */
static const int oper_states[2][OPER_MAX + 1] = {
	{ 0, STATE_OK, STATE_CRITICAL, STATE_WARNING, STATE_UNKNOWN,
	    STATE_OK, STATE_WARNING, STATE_CRITICAL },
	{ 0, STATE_CRITICAL, STATE_OK, STATE_WARNING, STATE_UNKNOWN,
	    STATE_OK, STATE_OK, STATE_OK }
};

void
ifmib_status_init(struct ifmib_status *st)
{
	int k;

	st->admin_down = IFMIB_ADMIN_IGNORE;
	for (k = 0; k <= OPER_MAX; k++)
		st->oper[k] = -1;
	st->expect_down = 0;
}

int
ifmib_admin_down(struct ifmib_status *st, const char *arg, char *err,
    size_t errlen)
{
	st->admin_down = strcasecmp(arg, "ignore") == 0 ? IFMIB_ADMIN_IGNORE :
	    state_parse(arg);
	if (st->admin_down >= 0)
		return 0;
	snprintf(err, errlen, "Invalid --admin-down '%s': expected ignore, OK, "
	    "WARNING, CRITICAL or UNKNOWN", arg);
	return -1;
}

int
ifmib_status_state(const struct ifmib_status *st, const struct ifmib_row *r,
    struct strbuf *sb, int *ignored)
{
	*ignored = 0;
	ifmib_status_text(sb, r);
	if (r->admin == 0 || r->oper == 0)
		return STATE_UNKNOWN;
	if (r->admin == 2) {
		*ignored = st->admin_down == IFMIB_ADMIN_IGNORE;
		if (*ignored)
			sb_add(sb, " (ignored)");
		return *ignored ? STATE_OK : st->admin_down;
	}
	if (st->oper[r->oper] >= 0)
		return st->oper[r->oper];
	return oper_states[st->expect_down][r->oper];
}
