#ifndef CPERF_H
#define CPERF_H
// Umbrella header: the family headers are added as the measurement core lands.
#include <stdint.h>
#endif
