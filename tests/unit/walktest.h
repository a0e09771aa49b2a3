/* SPDX-License-Identifier: ISC */
/* A session over a walk file, for the unit suites of the MIB readers. */
#ifndef WALKTEST_H
#define WALKTEST_H

#include <string.h>

#include "session.h"
#include "snmp.h"
#include "testutil.h"

static inline struct session *
open_file(const char *path)
{
	struct session_opts o;
	struct session *s;

	memset(&o, 0, sizeof(o));
	o.version = SNMP_V2C;
	o.walkfile = path;
	o.budget_ms = 5000;
	o.deadline = snmp_now_ms() + 5000;
	ck_assert_ptr_nonnull(s = session_new());
	ck_assert_int_eq(session_open(s, &o), SNMP_OK);
	return s;
}

#endif
