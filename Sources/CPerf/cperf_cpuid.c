#include "cperf_cpuid.h"

#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

int cperf_hypervisor_signature(char out[13]) {
    unsigned int eax, ebx, ecx, edx;
    // Leaf 1, ECX bit 31: "running under a hypervisor". Without it leaf 0x40000000 is undefined.
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & (1u << 31))) return 0;
    __cpuid(0x40000000, eax, ebx, ecx, edx);
    memcpy(out, &ebx, 4);
    memcpy(out + 4, &ecx, 4);
    memcpy(out + 8, &edx, 4);
    out[12] = 0;
    return 1;
}
#else
int cperf_hypervisor_signature(char out[13]) {
    out[0] = 0;
    return 0;
}
#endif
