# SPDX-License-Identifier: ISC
# libFuzzer targets for every decoder that sees outside input (DESIGN.md,
# "Tests"); see tests/fuzz/README.md.  Run from the repository root:
#   make fuzz                  build every target and its replay driver
#   make fuzz-smoke            each target FUZZ_SECONDS on the committed corpus,
#                              FUZZ_JOBS at a time (default: one per core);
#                              fails on a crash, a leak or a timeout (CI)
#   make -f tests/fuzz/fuzz.mk fuzz-long     FUZZ_LONG_SECONDS each
#   make -f tests/fuzz/fuzz.mk fuzz-regress  replay regress/ and corpus/
#   make -f tests/fuzz/fuzz.mk fuzz-merge    minimise corpus + new finds
#   make -f tests/fuzz/fuzz.mk fuzz-seeds    seeds from tests/data, shared/
#   make -f tests/fuzz/fuzz.mk fuzz-clean
# One target only: FUZZ_TARGETS=fuzz_pdu.  Needs clang and libFuzzer
# (Debian: apt-get install clang libclang-rt-14-dev).

.POSIX:
.SUFFIXES:

FUZZ_CC = clang
FUZZ_OPT = -g -O1
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wpointer-arith -Wsign-compare
FUZZ_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	-Icommon -Icommon/crypto -Itests/fuzz
FUZZ_CFLAGS = -std=c99 $(FUZZ_CPPFLAGS) $(FUZZ_OPT) $(FUZZ_SAN) \
	-fno-omit-frame-pointer
FUZZ_SECONDS = 20
FUZZ_LONG_SECONDS = 3600
# extra libFuzzer flags for smoke/long runs, e.g. FUZZ_ARGS=-jobs=2
FUZZ_ARGS =
FUZZ_TARGETS = fuzz_ber fuzz_pdu fuzz_v3 fuzz_walkfile fuzz_range \
	fuzz_inflate \
	fuzz_oid fuzz_options fuzz_dns

FD = tests/fuzz
B = $(FD)/build
FLIB = $(B)/lib-fuzz/libsnmpcheck.a
FUZZERS = $(B)/fuzz_ber $(B)/fuzz_pdu $(B)/fuzz_v3 $(B)/fuzz_walkfile \
	$(B)/fuzz_inflate \
	$(B)/fuzz_range $(B)/fuzz_oid $(B)/fuzz_options $(B)/fuzz_dns
REPLAYS = $(B)/replay/fuzz_ber $(B)/replay/fuzz_pdu $(B)/replay/fuzz_v3 \
	$(B)/replay/fuzz_inflate \
	$(B)/replay/fuzz_walkfile $(B)/replay/fuzz_range \
	$(B)/replay/fuzz_oid $(B)/replay/fuzz_options $(B)/replay/fuzz_dns

fuzz: $(FUZZERS) $(REPLAYS)

# The library, instrumented for coverage; buildlib.sh decides what is
# stale, so this always runs.  The replay drivers link it too (the
# sanitizer runtime answers the coverage hooks when libFuzzer is absent):
# one build of the library instead of two.
$(FLIB): FORCE
	@sh $(FD)/buildlib.sh $(B)/lib-fuzz $(FUZZ_CC) $(FUZZ_CFLAGS) \
	    -fsanitize=fuzzer-no-link
FORCE:

$(B)/fuzz_ber: $(FD)/fuzz_ber.c $(FD)/fuzz.h $(FLIB)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -fsanitize=fuzzer -o $@ \
	    $(FD)/fuzz_ber.c $(FLIB)
$(B)/fuzz_pdu: $(FD)/fuzz_pdu.c $(FD)/fuzz.h $(FLIB)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -fsanitize=fuzzer -o $@ \
	    $(FD)/fuzz_pdu.c $(FLIB)
$(B)/fuzz_v3: $(FD)/fuzz_v3.c $(FD)/fuzz.h $(FLIB)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -fsanitize=fuzzer -o $@ \
	    $(FD)/fuzz_v3.c $(FLIB)
$(B)/fuzz_walkfile: $(FD)/fuzz_walkfile.c $(FD)/fuzz.h $(FLIB)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -fsanitize=fuzzer -o $@ \
	    $(FD)/fuzz_walkfile.c $(FLIB)
$(B)/fuzz_inflate: $(FD)/fuzz_inflate.c $(FD)/fuzz.h $(FLIB)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -fsanitize=fuzzer -o $@ \
	    $(FD)/fuzz_inflate.c $(FLIB)
$(B)/fuzz_range: $(FD)/fuzz_range.c $(FD)/fuzz.h $(FLIB)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -fsanitize=fuzzer -o $@ \
	    $(FD)/fuzz_range.c $(FLIB)
$(B)/fuzz_oid: $(FD)/fuzz_oid.c $(FD)/fuzz.h $(FLIB)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -fsanitize=fuzzer -o $@ \
	    $(FD)/fuzz_oid.c $(FLIB)
$(B)/fuzz_options: $(FD)/fuzz_options.c $(FD)/fuzz.h $(FLIB)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -fsanitize=fuzzer -o $@ \
	    $(FD)/fuzz_options.c $(FLIB)
$(B)/fuzz_dns: $(FD)/fuzz_dns.c $(FD)/fuzz.h $(FLIB)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -fsanitize=fuzzer -o $@ \
	    $(FD)/fuzz_dns.c $(FLIB)

# The same harnesses without libFuzzer: replay.c feeds them files.
$(B)/replay/fuzz_ber: $(FD)/fuzz_ber.c $(FD)/replay.c $(FD)/fuzz.h $(FLIB)
	@mkdir -p $(B)/replay
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -o $@ $(FD)/replay.c \
	    $(FD)/fuzz_ber.c $(FLIB)
$(B)/replay/fuzz_pdu: $(FD)/fuzz_pdu.c $(FD)/replay.c $(FD)/fuzz.h $(FLIB)
	@mkdir -p $(B)/replay
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -o $@ $(FD)/replay.c \
	    $(FD)/fuzz_pdu.c $(FLIB)
$(B)/replay/fuzz_v3: $(FD)/fuzz_v3.c $(FD)/replay.c $(FD)/fuzz.h $(FLIB)
	@mkdir -p $(B)/replay
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -o $@ $(FD)/replay.c \
	    $(FD)/fuzz_v3.c $(FLIB)
$(B)/replay/fuzz_walkfile: $(FD)/fuzz_walkfile.c $(FD)/replay.c $(FD)/fuzz.h \
    $(FLIB)
	@mkdir -p $(B)/replay
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -o $@ $(FD)/replay.c \
	    $(FD)/fuzz_walkfile.c $(FLIB)
$(B)/replay/fuzz_inflate: $(FD)/fuzz_inflate.c $(FD)/replay.c $(FD)/fuzz.h \
    $(FLIB)
	@mkdir -p $(B)/replay
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -o $@ $(FD)/replay.c \
	    $(FD)/fuzz_inflate.c $(FLIB)
$(B)/replay/fuzz_range: $(FD)/fuzz_range.c $(FD)/replay.c $(FD)/fuzz.h $(FLIB)
	@mkdir -p $(B)/replay
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -o $@ $(FD)/replay.c \
	    $(FD)/fuzz_range.c $(FLIB)
$(B)/replay/fuzz_oid: $(FD)/fuzz_oid.c $(FD)/replay.c $(FD)/fuzz.h $(FLIB)
	@mkdir -p $(B)/replay
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -o $@ $(FD)/replay.c \
	    $(FD)/fuzz_oid.c $(FLIB)
$(B)/replay/fuzz_options: $(FD)/fuzz_options.c $(FD)/replay.c $(FD)/fuzz.h \
    $(FLIB)
	@mkdir -p $(B)/replay
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -o $@ $(FD)/replay.c \
	    $(FD)/fuzz_options.c $(FLIB)
$(B)/replay/fuzz_dns: $(FD)/fuzz_dns.c $(FD)/replay.c $(FD)/fuzz.h $(FLIB)
	@mkdir -p $(B)/replay
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_WARN) -o $@ $(FD)/replay.c \
	    $(FD)/fuzz_dns.c $(FLIB)

# Runs: run.sh copies nothing into the committed corpus; new finds go to
# $(B)/work/TARGET, crashes to $(B)/artifacts/.
fuzz-smoke: fuzz
	@sh $(FD)/run.sh smoke $(FUZZ_SECONDS) "$(FUZZ_ARGS)" $(FUZZ_TARGETS)

fuzz-long: fuzz
	@sh $(FD)/run.sh long $(FUZZ_LONG_SECONDS) "$(FUZZ_ARGS)" $(FUZZ_TARGETS)

fuzz-regress: fuzz
	@sh $(FD)/run.sh regress 0 "" $(FUZZ_TARGETS)

fuzz-merge: fuzz
	@sh $(FD)/run.sh merge 0 "" $(FUZZ_TARGETS)

fuzz-seeds: fuzz
	python3 $(FD)/mkseeds.py $(B)/seeds
	@sh $(FD)/run.sh seeds 0 "" $(FUZZ_TARGETS)

fuzz-clean:
	rm -rf $(B)
