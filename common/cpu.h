/* SPDX-License-Identifier: ISC */
/*
 * What an agent says about its processors, as the load plugin and
 * discovery read it: the load averages of UCD-SNMP-MIB laTable (net-snmp,
 * 1.3.6.1.4.1.2021.10), and the processors of HOST-RESOURCES-MIB
 * hrProcessorTable (RFC 2790 §4.3: hrProcessorFrwID, hrProcessorLoad, the
 * percentage of the last minute a processor was not idle) with their
 * hrDeviceTable entries.  The tables asked for come in one walk; their
 * rows join by index, but laTable's indexes are not hrDeviceIndex, so each
 * table is read by its own columns.  Vendor CPU tables are more kinds of
 * enum cpu_table.  Each kind of row also gives its lines of text (--list,
 * long output); which thresholds apply and the summary are the caller's.
 */
#ifndef CPU_H
#define CPU_H

#include <stddef.h>
#include <stdint.h>

#include "pdu.h"
#include "session.h"
#include "strbuf.h"

enum cpu_table {
	CPU_LA = 1,		/* laTable: laNames, laLoad, ...Int, ...Float */
	CPU_HRPROC = 2,		/* hrProcessorTable: FrwID, Load */
	CPU_HRDEV = 4		/* hrDeviceTable: Type, Descr */
};

/* The cells of a laTable row. */
enum cpu_la_cell {
	CPU_LANAMES,
	CPU_LALOAD,		/* DisplayString "1.67" */
	CPU_LAINT,		/* hundredths */
	CPU_LAFLOAT,		/* Opaque float */
	CPU_LACELLS
};

/* A laTable row: a cell of it has a value. */
struct cpu_la {
	uint32_t		 index;		/* 1, 2, 3: 1, 5, 15 minutes */
	int64_t			 h;		/* the load, hundredths */
	const char		*src;		/* the column h is from; NULL:
						   no usable load */
	char			 name[64];	/* laNames, made safe */
	char			 raw[64];	/* laLoad, made safe, or the
						   type of a laLoad that is no
						   string and gave no load */
	struct snmp_value	 cell[CPU_LACELLS];	/* as sent */
};

/* A processor: in hrProcessorTable, or an hrDeviceProcessor device. */
struct cpu_proc {
	uint32_t		 index;		/* hrDeviceIndex */
	int			 listed;	/* in hrProcessorTable */
	int			 is_device;	/* hrDeviceType is processor */
	struct snmp_value	 load;		/* hrProcessorLoad as sent */
	struct snmp_value	 descr;		/* hrDeviceDescr as sent */
};

struct cpu {
	struct cpu_la	*la;		/* by index */
	size_t		 nla;
	struct cpu_proc	*proc;		/* by hrDeviceIndex */
	size_t		 nproc;
	size_t		 nlisted;	/* processors in hrProcessorTable */
};

/*
 * Walk the tables of the set (enum cpu_table) in one walk.  Values stay
 * valid until session_free(); free the rest with cpu_free().  SNMP_OK,
 * SNMP_E_NOMEM or the walk's error.
 */
int	cpu_walk(struct session *, unsigned tables, struct cpu *);
/* The laTable row with this index, or NULL. */
const struct cpu_la *cpu_la_find(const struct cpu *, uint32_t);
/*
 * The number of CPUs into *n (0: none found): the processors of
 * hrProcessorTable (a walk with CPU_HRPROC: net-snmp lists them before
 * their load is known), else the hrDeviceProcessor devices (one more
 * walk).  *how says which.  SNMP_OK or the walk's error.
 */
int	cpu_count(struct session *, const struct cpu *, size_t *n,
	    const char **how);
void	cpu_free(struct cpu *);
/*
 * A laTable row as --list shows it, with its columns as sent: "laTable 1
 * Load-1: laLoad \"0.05\" laLoadInt 5 laLoadFloat 0.050000\n".
 */
void	cpu_la_list(const struct cpu_la *, struct strbuf *);
/*
 * A processor as --list shows it, with its load as sent: "hrProcessorLoad
 * 196608 cpu0 \"Intel\": 3%\n", or "processor 5: no hrProcessorLoad\n".
 * core is the cpuN it would be.  1 when it has an hrProcessorLoad (it is
 * core N), else 0.
 */
int	cpu_proc_list(const struct cpu_proc *, size_t core, struct strbuf *);

#define CPU_NLOAD	3	/* laTable rows 1, 2, 3: 1, 5, 15 minutes */

/*
 * The three load averages, la[i] from laTable row i + 1, a row without
 * laNames named "Load-1", "Load-5", "Load-15": 1.  0 when the agent has
 * none of these rows; -1 when one lacks or holds no load average, err
 * saying which ("laTable has no 5-minute load average (laLoad.2)").
 * The rows' cells point into cpu: la[] lasts as long as it does.
 */
int	cpu_la_three(const struct cpu *, struct cpu_la la[CPU_NLOAD],
	    char *err, size_t errlen);
/*
 * A load average's line of long output: "Load-1: 1.67", with ncpu > 0 its
 * share per CPU ", 0.84 per CPU", with source where it came from
 * " (from laLoadFloat; laLoad 'n/a')", and "\n".
 */
void	cpu_la_text(const struct cpu_la *, size_t ncpu, int source,
	    struct strbuf *);
/* h / n rounded half away from zero (a figure shared among n CPUs); n > 0. */
int64_t	cpu_share(int64_t h, size_t n);

/* A processor's hrProcessorLoad. */
struct cpu_core {
	uint32_t	 index;		/* hrDeviceIndex */
	int64_t		 load;		/* percent */
};

/* The utilisation of hrProcessorTable: the processors with a load. */
struct cpu_util {
	struct cpu_core	*core;		/* cpu0, cpu1, ... */
	size_t		 n;
	size_t		 nlisted;	/* processors, with a load or not */
	size_t		 busiest;	/* the first of the highest load */
	int64_t		 avg;		/* hundredths of a percent */
};

/*
 * The processors of a walk with CPU_HRPROC whose hrProcessorLoad is an
 * INTEGER 0..100 (net-snmp lists them before it knows their load):
 * SNMP_OK, SNMP_E_NOMEM, or SNMP_E_RANGE for a load of another type or
 * value (a broken agent), err saying which.  Free with cpu_util_free().
 */
int	cpu_util_read(const struct cpu *, struct cpu_util *, char *err,
	    size_t errlen);
/*
 * Processor i's line of long output with its state (enum state) when
 * that is WARNING or CRITICAL: "cpu1: 97% CRITICAL (hrDeviceIndex 3)\n".
 */
void	cpu_util_text(const struct cpu_util *, size_t i, int state,
	    struct strbuf *);
void	cpu_util_free(struct cpu_util *);

/*
 * Network devices' own CPU figures (docs/design/sensor-spec.md 2.1):
 * CISCO-PROCESS-MIB cpmCPUTotalTable, JUNIPER-MIB jnxOperatingTable, HP
 * STATISTICS-MIB hpSwitchCpuStat.
 */
enum cpu_mib {
	CPU_MIB_AUTO = 0,
	CPU_MIB_CISCO,
	CPU_MIB_JUNIPER,
	CPU_MIB_HP
};

#define CPU_NFIG	3	/* short, medium, long */

/* A figure: a percentage over a span, or why there is none. */
struct cpu_fig {
	char		 span[16];	/* "5 s", "1 min", "now", "" (HP) */
	char		 label[16];	/* "5s", "1m", "now", "" (HP) */
	int		 ok;		/* pct holds 0..100 */
	int64_t		 pct;
	char		 why[64];	/* !ok: "101 is not a percentage" */
};

/* A processor of a network device. */
struct cpu_dev {
	char		 name[256];	/* safe device text */
	char		 source[128];	/* "CISCO-PROCESS-MIB cpmCPUTotalIndex 1,
					   entPhysicalIndex 1004" */
	size_t		 nfig;
	struct cpu_fig	 fig[CPU_NFIG];
};

struct cpu_devs {
	int		 mib;		/* enum cpu_mib read; AUTO: none */
	int		 hr;		/* the probe saw hrProcessorLoad */
	struct cpu_dev	*dev;
	size_t		 n;
};

/* "cisco", "juniper", "hp": the enum cpu_mib, else -1. */
int	cpu_mib_parse(const char *);
/*
 * The --mib word of an enum cpu_mib, "cisco"...; and its MIB,
 * "CISCO-PROCESS-MIB"...
 */
const char *cpu_mib_key(int);
const char *cpu_mib_name(int);
/*
 * The CPUs of the vendor MIB mib, or with CPU_MIB_AUTO of the first that
 * one GETNEXT finds (Cisco, Juniper, HP); d->mib stays CPU_MIB_AUTO when
 * there is none, and d->hr tells whether hrProcessorLoad answered.  Cisco
 * CPUs are named by ENTITY-MIB.  SNMP_OK, SNMP_E_NOMEM or a request's
 * error; free with cpu_devs_free().
 */
int	cpu_devs_read(struct session *, int mib, struct cpu_devs *);
void	cpu_devs_free(struct cpu_devs *);
/* The spans of a CPU's figures, "5 s, 1 min, 5 min", into sb. */
void	cpu_dev_spans(const struct cpu_dev *, struct strbuf *);
/* 1 if two CPUs have figures over the same spans, else 0. */
int	cpu_dev_same_spans(const struct cpu_dev *, const struct cpu_dev *);
/*
 * A CPU's line of long output, each figure with its state (enum
 * state) when that is WARNING or CRITICAL: "RP0: 5 s
 * 3%, 1 min 81% WARNING, 5 min no cpmCPUTotal5minRev UNKNOWN (source)\n".
 * state[k] is figure k's; a figure that is not ok is UNKNOWN.
 */
void	cpu_dev_text(const struct cpu_dev *, const int *state,
	    struct strbuf *);

#endif
