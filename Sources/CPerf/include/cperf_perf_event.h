#ifndef CPERF_PERF_EVENT_H
#define CPERF_PERF_EVENT_H

#include <stddef.h>
#include <stdint.h>

/// The subset of perf_event_attr an event name decides (filled by cperf_pfm_encode); the rest of the
/// attr (read format, disabled, group flags) is filled in cperf_perf_event_open.
typedef struct cperf_event_spec {
    uint32_t type;
    uint32_t exclude_user;
    uint32_t exclude_kernel;
    uint32_t exclude_hv;
    uint64_t config;
    uint64_t config1;
    uint64_t config2;
} cperf_event_spec;

/// perf_event_type values Swift needs to classify an event (PERF_TYPE_*).
enum {
    CPERF_TYPE_HARDWARE = 0,
    CPERF_TYPE_SOFTWARE = 1,
    CPERF_TYPE_TRACEPOINT = 2,
    CPERF_TYPE_HW_CACHE = 3,
    CPERF_TYPE_RAW = 4,
};

/// Opens one counting event for the calling thread on any CPU, in the group of group_fd (-1: new group),
/// reading PERF_FORMAT_GROUP|TOTAL_TIME_ENABLED|TOTAL_TIME_RUNNING; a leader starts disabled. Returns fd or -errno.
int cperf_perf_event_open(const cperf_event_spec *spec, int32_t group_fd, uint32_t is_leader);

/// PERF_EVENT_IOC_ENABLE on fd's whole group; 0 or -errno.
int cperf_perf_event_enable_group(int32_t fd);

/// PERF_EVENT_IOC_DISABLE on fd's whole group; 0 or -errno.
int cperf_perf_event_disable_group(int32_t fd);

/// PERF_EVENT_IOC_RESET on fd's whole group (values only: the kernel keeps the time fields); 0 or -errno.
int cperf_perf_event_reset_group(int32_t fd);

/// One read(2) of the leader's group record into buffer (capacity in 64-bit words); bytes read or -errno (EINTR included).
int64_t cperf_perf_event_read_group(int32_t fd, uint64_t *buffer, size_t capacity_words);

/// close(2); 0 or -errno.
int cperf_perf_event_close(int32_t fd);

#endif
