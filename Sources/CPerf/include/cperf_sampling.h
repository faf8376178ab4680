#ifndef CPERF_SAMPLING_H
#define CPERF_SAMPLING_H

#include <stddef.h>
#include <stdint.h>

#include "cperf_perf_event.h"

/// Where the kernel and the reader stand in a sampling ring buffer (struct perf_event_mmap_page).
typedef struct cperf_ring_position {
    /// Bytes the kernel has written since the buffer was mapped (read with acquire ordering).
    uint64_t head;
    /// Bytes the reader has consumed (the value last released with cperf_sampling_release).
    uint64_t tail;
    /// Offset of the data area from the start of the mapping.
    uint64_t data_offset;
    /// Size of the data area in bytes (a power of two).
    uint64_t data_size;
} cperf_ring_position;

/// Opens a sampling event for the calling thread on any CPU, disabled, never inherited, recording
/// PERF_SAMPLE_IP|TID|CALLCHAIN with user-space callchains only, one sample every `period` events or,
/// when use_frequency, `period` samples per second; also reads TOTAL_TIME_ENABLED|RUNNING. fd or -errno.
int cperf_sampling_open(const cperf_event_spec *spec, uint64_t period, uint32_t use_frequency);

/// mmap(2)s the metadata page plus data_pages pages (a power of two) of fd's ring buffer into *base;
/// 0 or -errno (EPERM: over perf_event_mlock_kb).
int cperf_sampling_map(int32_t fd, uint32_t data_pages, void **base);

/// munmap(2)s a mapping made by cperf_sampling_map with the same data_pages; 0 or -errno.
int cperf_sampling_unmap(void *base, uint32_t data_pages);

/// Fills *out from the metadata page at base; never fails.
void cperf_sampling_position(const void *base, cperf_ring_position *out);

/// Hands bytes up to tail back to the kernel (store-release of data_tail); never fails.
void cperf_sampling_release(void *base, uint64_t tail);

/// PERF_EVENT_IOC_ENABLE on fd alone; 0 or -errno.
int cperf_sampling_enable(int32_t fd);

/// PERF_EVENT_IOC_DISABLE on fd alone; 0 or -errno.
int cperf_sampling_disable(int32_t fd);

/// read(2) of fd's value, time enabled and time running (nanoseconds) into out[3]; 0 or -errno.
int cperf_sampling_read(int32_t fd, uint64_t *out);

/// The calling thread's kernel id (gettid(2)), the tid its samples carry; never fails.
int32_t cperf_sampling_thread_id(void);

/// The system page size in bytes; -errno when sysconf fails.
int64_t cperf_sampling_page_size(void);

#endif
