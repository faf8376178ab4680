#ifndef CPERF_PFM_H
#define CPERF_PFM_H

#include <stddef.h>
#include <stdint.h>

#include "cperf_perf_event.h"

/// pfm_initialize(); PFM_SUCCESS (0) or a negative PFM_ERR_*; -ENOSYS without libpfm.
int cperf_pfm_initialize(void);

/// Encodes an event name for perf_events into *out, counting user space only unless include_kernel;
/// PFM_SUCCESS (0) or a negative PFM_ERR_* (PFM_ERR_NOTFOUND for an unknown name); -ENOSYS without libpfm.
int cperf_pfm_encode(const char *name, uint32_t include_kernel, cperf_event_spec *out);

/// One past the highest PMU index libpfm4 knows (PFM_PMU_MAX); -ENOSYS without libpfm.
int cperf_pfm_pmu_limit(void);

/// Copies the name of PMU `index` into buf (NUL-terminated, truncated) and whether it is present on this
/// host into *is_present; PFM_SUCCESS (0) or a negative PFM_ERR_* (unused index); -ENOSYS without libpfm.
int cperf_pfm_pmu_info(int32_t index, char *buf, size_t capacity, int32_t *is_present);

/// libpfm's static message for a PFM_ERR_* code (never NULL).
const char *cperf_pfm_strerror(int32_t code);

#endif
