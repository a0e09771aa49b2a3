/* SPDX-License-Identifier: ISC */
/*
 * Objects read by GET as check_snmp reads them: each object with its
 * thresholds (a comma list per option, in object order), -s/-r/-R match,
 * label and unit; its value read as check_snmp_value judges and shows it
 * (-d's part of a string, -M and --offset, -f, a rate), the state it
 * gets, and its texts: the status line's, the long output's reason, the
 * "OID = TYPE: VALUE" line and the --list JSON row.
 */
#ifndef OBJITEM_H
#define OBJITEM_H

#include <stddef.h>

#include "json.h"
#include "num.h"
#include "objmatch.h"
#include "oid.h"
#include "pdu.h"
#include "strbuf.h"
#include "threshold.h"

#define OBJITEM_MAX	256	/* objects of one run */

/* One object to read and what it is held against. */
struct objitem {
	const char	*text;		/* as given */
	struct oid	 oid;
	struct threshold th;
	struct objmatch	 match;
	const char	*label;		/* NULL: none */
	const char	*unit;		/* NULL: none */
};

/* How values are read and shown: the same for every object of a run. */
struct objitem_view {
	int		 mib;		/* net-snmp's MIB form: names, enums */
	const char	*split;		/* -d: evaluate what follows it */
	int		 scaled;	/* -M or --offset given */
	double		 mult;
	double		 offset;
	const char	*fmt;		/* -f: printf format of scaled values */
	int		 rate;		/* values are rates, for people */
	double		 rate_mult;
	int		 null_state;	/* thresholds on a value not a number */
	int		 invert;	/* --invert-search */
};

/* One object's reading: its value, text, number and state. */
struct objitem_reading {
	struct snmp_value	 v;		/* after -d */
	struct num		 n;		/* after -M, --offset */
	int			 numeric;
	int			 state;
	int			 th_state;	/* by the thresholds alone */
	int			 m_state;	/* by -s, -r, -R alone */
	char			 text[4096];
	char			 disp[NUM_TEXT_MAX];	/* "": text */
};

/*
 * The comma list of ranges list (-w, or -c when crit) into the items
 * in order, an empty field leaving its item alone (compat: check_snmp's
 * MAX:MIN read as @MIN:MAX).  NULL list: 0.  0, or SNMP_E_NOMEM or
 * SNMP_E_SYNTAX with "out of memory", "-w has 3 thresholds for 2
 * objects" or "Invalid warning range ..." in err.
 */
int	objitem_ranges(struct objitem *, size_t n, const char *list, int crit,
	    int compat, char *err, size_t errlen);
/*
 * The value vb of object it, read as the view says, into r; r->v points
 * into vb's octets: the reading lasts as long as vb does.
 */
void	objitem_read(const struct objitem_view *, const struct objitem *,
	    const struct varbind *, struct objitem_reading *);
/* "[label ][*]value[*][ unit]": the status line's part of the object. */
void	objitem_show(const struct objitem_view *, const struct objitem *,
	    const struct objitem_reading *, struct strbuf *);
/*
 * For an object that is not OK: "OID = value: outside the warning range
 * '10'; expected string \"up\"\n", which object, its value and what was
 * expected of it.
 */
void	objitem_explain(const struct objitem_view *, const struct objitem *,
	    const struct varbind *, const struct objitem_reading *,
	    struct strbuf *);
/* "OID = TYPE: TEXT\n" (-v, --list); a missing object's has no text. */
void	objitem_line(struct strbuf *, const struct varbind *, const char *);
/* --list: "[label ]OID = TYPE: VALUE\n", the value as read. */
void	objitem_list_line(struct strbuf *, const struct objitem *,
	    const struct varbind *, int mib);
/* --list --format json: the object's members, as objitem_list_line(). */
void	objitem_json(struct json *, const struct objitem *,
	    const struct varbind *, int mib);
/*
 * The objects of vb[0..n) that are missing (an exception), as "TEXT
 * (noSuchObject), ..."; returns how many.
 */
size_t	objitem_missing(struct strbuf *, const struct objitem *,
	    const struct varbind *, size_t n);

#endif
