/* SPDX-License-Identifier: ISC */
/*
 * ENTITY-MIB (RFC 6933) entPhysicalTable as sensors, CPUs and discovery
 * read it: an entity's name (entPhysicalName, else entPhysicalDescr),
 * its class, its container, and whether one of its containers is of a
 * given class (a transceiver's sensors sit below a port).  Only the rows
 * asked for are read, by GET: a modular chassis has thousands of
 * entities, and walking them all would cost more than the check.
 */
#ifndef ENTITY_H
#define ENTITY_H

#include <stddef.h>
#include <stdint.h>

#include "session.h"

#define ENTITY_TEXT_MAX	256
#define ENTITY_DEPTH	8	/* containers followed up at most */

/* PhysicalClass (RFC 6933 §2): the ones the readers test. */
enum entity_class {
	ENT_SENSOR = 8,
	ENT_PORT = 10,
	ENT_CPU = 12
};

struct entity {
	uint32_t	 index;			/* entPhysicalIndex, set by the caller */
	int		 exists;		/* the agent has the row */
	char		 name[ENTITY_TEXT_MAX];	/* trimmed; "" when none */
	int		 cls;			/* entPhysicalClass, -1 unknown */
	uint32_t	 parent;		/* entPhysicalContainedIn, 0 none */
};

/*
 * GET the name, description, class and container of ents[i].index, as
 * many objects per request as the session allows.  SNMP_OK or the
 * session's error.
 */
int	entity_fetch(struct session *, struct entity *, size_t);
/*
 * below[i] = 1 when a container of ents[i] (its entPhysicalContainedIn,
 * that one's, ... up to ENTITY_DEPTH levels) is of class cls.  One GET of
 * class and container per level for the containers not yet known; a
 * chain ends at 0, at an entity the agent does not have, or at the depth
 * (which also ends a loop).  SNMP_OK or the session's error.
 */
int	entity_below(struct session *, const struct entity *, size_t, int cls,
	    int *below);

#endif
