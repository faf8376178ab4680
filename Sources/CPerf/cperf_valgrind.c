#include "cperf_valgrind.h"

#include <errno.h>
#include <stddef.h>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#include <valgrind/valgrind.h>

int cperf_valgrind_running(void) { return (int)RUNNING_ON_VALGRIND; }
int cperf_callgrind_start_instrumentation(void) { CALLGRIND_START_INSTRUMENTATION; return 0; }
int cperf_callgrind_stop_instrumentation(void) { CALLGRIND_STOP_INSTRUMENTATION; return 0; }
int cperf_callgrind_toggle_collect(void) { CALLGRIND_TOGGLE_COLLECT; return 0; }
int cperf_callgrind_zero_stats(void) { CALLGRIND_ZERO_STATS; return 0; }
int cperf_callgrind_dump_stats_at(const char *label) {
    if (label == NULL) {
        CALLGRIND_DUMP_STATS;
    } else {
        CALLGRIND_DUMP_STATS_AT(label);
    }
    return 0;
}

#else

int cperf_valgrind_running(void) { return -ENOSYS; }
int cperf_callgrind_start_instrumentation(void) { return -ENOSYS; }
int cperf_callgrind_stop_instrumentation(void) { return -ENOSYS; }
int cperf_callgrind_toggle_collect(void) { return -ENOSYS; }
int cperf_callgrind_zero_stats(void) { return -ENOSYS; }
int cperf_callgrind_dump_stats_at(const char *label) { (void)label; return -ENOSYS; }

#endif
