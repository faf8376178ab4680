#include "cperf_pfm.h"

#include <errno.h>

#if __has_include(<perfmon/pfmlib_perf_event.h>)
#include <perfmon/pfmlib_perf_event.h>
#include <string.h>

int cperf_pfm_initialize(void) { return pfm_initialize(); }

int cperf_pfm_encode(const char *name, uint32_t include_kernel, cperf_event_spec *out) {
    struct perf_event_attr attr;
    memset(&attr, 0, sizeof(attr));
    pfm_perf_encode_arg_t arg;
    memset(&arg, 0, sizeof(arg));
    arg.attr = &attr;
    arg.size = sizeof(arg);
    // PLM3 = user space; PLM0 adds the kernel. The hypervisor is never counted.
    int plm = include_kernel ? (PFM_PLM3 | PFM_PLM0) : PFM_PLM3;
    int rc = pfm_get_os_event_encoding(name, plm, PFM_OS_PERF_EVENT, &arg);
    if (rc != PFM_SUCCESS) return rc;
    out->type = attr.type;
    out->config = attr.config;
    out->config1 = attr.config1;
    out->config2 = attr.config2;
    out->exclude_user = attr.exclude_user;
    out->exclude_kernel = attr.exclude_kernel;
    out->exclude_hv = attr.exclude_hv;
    return PFM_SUCCESS;
}

int cperf_pfm_pmu_limit(void) { return PFM_PMU_MAX; }

int cperf_pfm_pmu_info(int32_t index, char *buf, size_t capacity, int32_t *is_present) {
    pfm_pmu_info_t info;
    memset(&info, 0, sizeof(info));
    info.size = sizeof(info);
    int rc = pfm_get_pmu_info((pfm_pmu_t)index, &info);
    if (rc != PFM_SUCCESS) return rc;
    if (capacity == 0) return PFM_ERR_TOOSMALL;
    size_t length = info.name == NULL ? 0 : strlen(info.name);
    if (length >= capacity) length = capacity - 1;
    if (length > 0) memcpy(buf, info.name, length);
    buf[length] = '\0';
    *is_present = info.is_present ? 1 : 0;
    return PFM_SUCCESS;
}

const char *cperf_pfm_strerror(int32_t code) { return pfm_strerror(code); }

#else

int cperf_pfm_initialize(void) { return -ENOSYS; }
int cperf_pfm_encode(const char *name, uint32_t include_kernel, cperf_event_spec *out) {
    (void)name; (void)include_kernel; (void)out; return -ENOSYS;
}
int cperf_pfm_pmu_limit(void) { return -ENOSYS; }
int cperf_pfm_pmu_info(int32_t index, char *buf, size_t capacity, int32_t *is_present) {
    (void)index; (void)buf; (void)capacity; (void)is_present; return -ENOSYS;
}
const char *cperf_pfm_strerror(int32_t code) { (void)code; return "libpfm4 not built in"; }

#endif
