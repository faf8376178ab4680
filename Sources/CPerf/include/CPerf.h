#ifndef CPERF_H
#define CPERF_H
// Umbrella header: the four measurement families, nothing else.
#include "cperf_jemalloc.h"
#endif
