# snmp-plugins: SNMP check plugins for Nagios, Icinga and Naemon.
# POSIX make; CC, CFLAGS, LDFLAGS, PREFIX, DESTDIR, PLUGINDIR are overridable.

.POSIX:
.SUFFIXES:
.SUFFIXES: .c .o

PREFIX = /usr/local
PLUGINDIR = $(PREFIX)/lib/nagios/plugins
MANDIR = $(PREFIX)/share/man
DESTDIR =

CC = cc
OPT = -O2
WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wpointer-arith -Wcast-qual -Wsign-compare
CPPFLAGS_ALL = -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Icommon -Icommon/crypto
CFLAGS = $(OPT)
LDFLAGS =
# Plugins link libc statically: no loader work and no shared-library pages
# per run (see bench/README.md); "make LDSTATIC=" builds them dynamic.
LDSTATIC = $(STATIC_$(SANITIZE))
STATIC_ = -static
STATIC_1 =
# "make check SANITIZE=1": ASan + UBSan for everything built (dynamic: the
# sanitizer runtimes need the loader).  A change of SANITIZE rebuilds all.
SANITIZE =
SAN_ =
SAN_1 = -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=all
ALL_CFLAGS = -std=c99 $(CPPFLAGS_ALL) $(WARN) $(CFLAGS) $(SAN_$(SANITIZE))
# Plugins end by exit() from wherever the verdict is known, without freeing:
# LeakSanitizer would report that memory, so the integration suite runs
# without it (the unit suites keep it; "make valgrind" checks real leaks).
# Its time limits are doubled (a sanitized process costs about 20 ms to
# start; the plain build's run proves the timing) and its datagrams, the
# same as the plain build's, are not captured again.
SANENV_ =
SANENV_1 = ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
	SNMP_TEST_TIME_BASE=2 SNMP_TEST_CAPTURE=0

LIB = common/libsnmpcheck.a
LIBOBJ = common/snmp.o common/ber.o common/oid.o common/pdu.o common/num.o \
	common/threshold.o common/strbuf.o common/state.o common/output.o \
	common/udp.o common/net.o common/dns.o common/session.o \
	common/session_v3.o common/table.o common/cell.o common/limit.o \
	common/ifmib.o common/hrstorage.o common/hrswrun.o common/cpu.o common/ucd.o \
	common/walkfile.o common/options.o common/usm.o common/select.o \
	common/store.o common/rate.o common/rangeopt.o \
	$(CRYPTOOBJ)
CRYPTOOBJ = common/crypto/md5.o common/crypto/sha1.o common/crypto/sha256.o \
	common/crypto/sha512.o common/crypto/hmac.o common/crypto/aes.o \
	common/crypto/des.o common/crypto/modes.o common/crypto/wipe.o \
	common/crypto/sha_ni.o
CRYPTOHDR = common/crypto/hash.h common/crypto/hmac.h common/crypto/aes.h \
	common/crypto/des.h common/crypto/modes.h common/crypto/wipe.h \
	common/crypto/endian.h common/crypto/sha_ni.h common/crypto/md5.h \
	common/crypto/sha1.h common/crypto/sha256.h common/crypto/sha512.h
LIBHDR = common/snmp.h common/ber.h common/oid.h common/pdu.h common/num.h \
	common/threshold.h common/strbuf.h common/state.h common/output.h \
	common/udp.h common/net.h common/dns.h common/session.h \
	common/session_int.h common/session_v3.h common/table.h \
	common/cell.h common/limit.h common/ifmib.h common/hrstorage.h \
	common/hrswrun.h common/cpu.h common/ucd.h \
	common/walkfile.h common/options.h common/usm.h common/select.h \
	common/store.h common/rate.h common/rangeopt.h
PLUGINS = plugins/check_snmp_value plugins/check_snmp_load \
	plugins/check_snmp_uptime plugins/check_snmp_storage \
	plugins/check_snmp_memory plugins/check_snmp_process \
	plugins/check_snmp_interface
PLUGINOBJ = plugins/plugin.o
TESTS = tests/unit/test_ber tests/unit/test_oid tests/unit/test_pdu \
	tests/unit/test_num tests/unit/test_threshold tests/unit/test_output \
	tests/unit/test_net tests/unit/test_dns tests/unit/test_options \
	tests/unit/test_walkfile tests/unit/test_crypto \
	tests/unit/test_usm tests/unit/test_session tests/unit/test_select \
	tests/unit/test_store tests/unit/test_rangeopt tests/unit/test_hrswrun \
	tests/unit/test_cpu tests/unit/test_ucd
TOOLS = tests/integration/hostile_agent tests/integration/walk_probe \
	tests/integration/walk_agent tests/integration/hostile_v3

all: $(PLUGINS)

.c.o:
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIBOBJ) $(PLUGINOBJ): $(LIBHDR) $(CRYPTOHDR) plugins/plugin.h \
	.build-flags$(SANITIZE)
.build-flags$(SANITIZE):
	rm -f .build-flags*
	touch $@
common/oid.o: common/oid_names.inc

$(LIB): $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

# Every plugin: one source file over plugins/plugin.o and the library.
$(PLUGINS): $(PLUGINOBJ) $(LIB) $(LIBHDR) plugins/plugin.h
	$(CC) $(ALL_CFLAGS) -Iplugins $(LDFLAGS) $(LDSTATIC) -o $@ $@.c $(PLUGINOBJ) $(LIB)
plugins/check_snmp_value: plugins/check_snmp_value.c
plugins/check_snmp_load: plugins/check_snmp_load.c
plugins/check_snmp_uptime: plugins/check_snmp_uptime.c
plugins/check_snmp_storage: plugins/check_snmp_storage.c
plugins/check_snmp_memory: plugins/check_snmp_memory.c
plugins/check_snmp_process: plugins/check_snmp_process.c
plugins/check_snmp_interface: plugins/check_snmp_interface.c

# Unit suites use Check (https://libcheck.github.io/check/).
CHECK_FLAGS = `pkg-config --cflags check`
CHECK_LIBS = `pkg-config --libs check`

$(TESTS): $(LIB) $(LIBHDR)
	$(CC) $(ALL_CFLAGS) $(CHECK_FLAGS) $(LDFLAGS) -o $@ $@.c $(LIB) $(CHECK_LIBS)

tests/unit/test_ber: tests/unit/test_ber.c tests/unit/testutil.h
tests/unit/test_oid: tests/unit/test_oid.c tests/unit/testutil.h
tests/unit/test_pdu: tests/unit/test_pdu.c tests/unit/testutil.h
tests/unit/test_num: tests/unit/test_num.c tests/unit/testutil.h
tests/unit/test_threshold: tests/unit/test_threshold.c tests/unit/testutil.h
tests/unit/test_output: tests/unit/test_output.c tests/unit/testutil.h
tests/unit/test_net: tests/unit/test_net.c tests/unit/testutil.h
tests/unit/test_dns: tests/unit/test_dns.c tests/unit/testutil.h
tests/unit/test_options: tests/unit/test_options.c tests/unit/testutil.h
tests/unit/test_walkfile: tests/unit/test_walkfile.c tests/unit/testutil.h
tests/unit/test_crypto: tests/unit/test_crypto.c tests/unit/testutil.h
tests/unit/test_usm: tests/unit/test_usm.c tests/unit/testutil.h
tests/unit/test_session: tests/unit/test_session.c tests/unit/testutil.h
tests/unit/test_select: tests/unit/test_select.c tests/unit/testutil.h
tests/unit/test_store: tests/unit/test_store.c tests/unit/testutil.h
tests/unit/test_rangeopt: tests/unit/test_rangeopt.c tests/unit/testutil.h
tests/unit/test_hrswrun: tests/unit/test_hrswrun.c tests/unit/testutil.h
tests/unit/test_cpu: tests/unit/test_cpu.c tests/unit/testutil.h
tests/unit/test_ucd: tests/unit/test_ucd.c tests/unit/testutil.h

tests/integration/hostile_agent: tests/integration/hostile_agent.c
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/integration/hostile_agent.c

tests/integration/walk_probe: tests/integration/walk_probe.c $(LIB) $(LIBHDR)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/integration/walk_probe.c $(LIB)

tests/integration/hostile_v3: tests/integration/hostile_v3.c $(LIB) $(LIBHDR)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/integration/hostile_v3.c $(LIB)

tests/integration/walk_agent: tests/integration/walk_agent.c $(LIB) $(LIBHDR)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/integration/walk_agent.c $(LIB)

# Unit and integration suites, several at a time (SNMP_TEST_JOBS), one
# line per suite, the times at the end (tests/check).
check: all $(TESTS) $(TOOLS)
	@pkg-config --exists check || { echo "check (libcheck) is missing: apt-get install check"; exit 1; }
	@INTEGRATION_ENV="$(SANENV_$(SANITIZE))" tests/check $(TESTS)

# Memory checking under valgrind memcheck (tests/valgrind.sh): the unit
# suites, and the plugins in a slice of the integration cases (valgrind:
# the first cases of every section and a matrix of every plugin, version
# and path; CI) or in every case (valgrind-full: releases).  They rebuild
# dynamically, then clean so that the next make builds static.
valgrind valgrind-full:
	$(MAKE) clean
	$(MAKE) LDSTATIC= all $(TESTS) $(TOOLS)
	sh tests/valgrind.sh $(VG_MODE_$@) $(TESTS); r=$$?; $(MAKE) clean; exit $$r
VG_MODE_valgrind = slice
VG_MODE_valgrind-full = all

# Static analysis: cppcheck, clang-tidy (.clang-tidy) and gcc -fanalyzer,
# each on the whole code base, side by side; any finding fails; exclusions
# are in tests/analyze.sh.
analyze:
	@sh tests/analyze.sh

# Fuzzing (libFuzzer; clang and libclang-rt-14-dev): tests/fuzz/fuzz.mk.
fuzz:
	$(MAKE) -f tests/fuzz/fuzz.mk fuzz

fuzz-smoke:
	$(MAKE) -f tests/fuzz/fuzz.mk fuzz-smoke

demo: all
	@sh contrib/demo.sh

bench/hashspeed: bench/hashspeed.c $(LIB)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ bench/hashspeed.c $(LIB)

bench: all bench/hashspeed
	@r=0; sh bench/run.sh || r=1; sh bench/tables.sh || r=1; \
	    sh bench/interface.sh || r=1; exit $$r

# End to end: Nagios 4, Icinga 2 and an Icinga 2 master with a satellite,
# from Debian's packages, run the plugins against snmpd and snmpsim on
# loopback; the assertions read what each engine recorded (tests/e2e/run).
e2e: all
	@sh tests/e2e/run

install: all
	mkdir -p $(DESTDIR)$(PLUGINDIR)
	for p in $(PLUGINS); do cp $$p $(DESTDIR)$(PLUGINDIR)/ && chmod 755 $(DESTDIR)$(PLUGINDIR)/$${p##*/}; done

clean:
	rm -f $(LIB) $(LIBOBJ) $(PLUGINOBJ) $(PLUGINS) $(TESTS) $(TOOLS) bench/hashspeed \
	    .build-flags*
