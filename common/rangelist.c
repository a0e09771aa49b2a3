/* SPDX-License-Identifier: ISC */
/*
 * Threshold options with a range per position (rangelist.h), each range
 * through rangeopt.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rangelist.h"
#include "rangeopt.h"
#include "snmp.h"

int
rangelist_set(struct threshold *th, size_t n, int crit, const char *list,
    const char *kind, const char *const *names, char *err, size_t errlen)
{
	char *buf, *f[RANGELIST_MAX + 1], *p, what[128];
	size_t nf = 0, i;
	int rc = SNMP_OK;

	if (list == NULL)
		return SNMP_OK;
	if (n == 0 || n > RANGELIST_MAX) {
		snprintf(err, errlen, "%zu %s thresholds: 1 to %d", n, kind,
		    RANGELIST_MAX);
		return SNMP_E_INVAL;
	}
	if ((buf = strdup(list)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return SNMP_E_NOMEM;
	}
	/* one field more than n: a list that is too long shows */
	for (p = buf; nf <= n; p++) {
		f[nf++] = p;
		if ((p = strchr(p, ',')) == NULL)
			break;
		*p = '\0';
	}
	if (nf != 1 && nf != n)
		rc = SNMP_E_RANGE;
	for (i = 0; i < n && rc == SNMP_OK; i++) {
		p = f[nf == 1 ? 0 : i];
		if (*p == '\0' && nf == 1) {
			snprintf(err, errlen, "Empty %s threshold", kind);
			rc = SNMP_E_SYNTAX;
		} else if (*p != '\0') {
			snprintf(what, sizeof(what), "%s (%s)", kind, names[i]);
			if (rangeopt_set(&th[i], crit, p, what, err,
			    errlen) < 0)
				rc = SNMP_E_SYNTAX;
		}
	}
	free(buf);
	return rc;
}
