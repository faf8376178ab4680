#ifndef CPERF_H
#define CPERF_H
// Umbrella header: the measurement families (counting and sampling) and the host identity probe.
#include "cperf_perf_event.h"
#include "cperf_pfm.h"
#include "cperf_jemalloc.h"
#include "cperf_valgrind.h"
#include "cperf_sampling.h"
#include "cperf_cpuid.h"
#endif
