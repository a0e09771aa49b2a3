/* SPDX-License-Identifier: ISC */
/*
 * Nagios plugin development guidelines, "Threshold and ranges":
 *   10      alert if < 0 or > 10
 *   10:     alert if < 10
 *   ~:10    alert if > 10
 *   10:20   alert if < 10 or > 20
 *   @10:20  alert if >= 10 and <= 20
 * Numbers are parsed strictly (num_parse); a start above the end is
 * rejected rather than silently never matching.
 */
#include <string.h>

#include "snmp.h"
#include "threshold.h"

int
range_parse(struct range *r, const char *s)
{
	char buf[RANGE_TEXT_MAX];
	const char *colon, *lo, *hi;
	size_t len = strlen(s);

	memset(r, 0, sizeof(*r));
	if (len == 0 || len >= sizeof(r->text))
		return SNMP_E_SYNTAX;
	memcpy(r->text, s, len + 1);
	if (*s == '@') {
		r->inside = 1;
		s++;
	}
	memcpy(buf, s, strlen(s) + 1);
	if ((colon = strchr(buf, ':')) != NULL) {
		buf[colon - buf] = '\0';
		lo = buf;
		hi = colon + 1;
		if (strcmp(lo, "~") == 0)
			r->has_start = 0;
		else if (*lo == '\0')
			return SNMP_E_SYNTAX;
		else {
			if (num_parse(&r->start, lo) != SNMP_OK)
				return SNMP_E_SYNTAX;
			r->has_start = 1;
		}
		if (*hi != '\0') {
			if (num_parse(&r->end, hi) != SNMP_OK)
				return SNMP_E_SYNTAX;
			r->has_end = 1;
		}
	} else {
		if (num_parse(&r->end, buf) != SNMP_OK)
			return SNMP_E_SYNTAX;
		r->has_end = 1;
		r->has_start = 1;
		num_from_int(&r->start, 0);
	}
	if (r->has_start && r->has_end && num_cmp(&r->start, &r->end) > 0)
		return SNMP_E_SYNTAX;
	return SNMP_OK;
}

int
range_alert(const struct range *r, const struct num *v)
{
	int within = 1;

	if (r->has_start && num_cmp(v, &r->start) < 0)
		within = 0;
	if (r->has_end && num_cmp(v, &r->end) > 0)
		within = 0;
	return r->inside ? within : !within;
}

int
threshold_state(const struct threshold *t, const struct num *v)
{
	if (t->has_crit && range_alert(&t->crit, v))
		return 2;
	if (t->has_warn && range_alert(&t->warn, v))
		return 1;
	return 0;
}
