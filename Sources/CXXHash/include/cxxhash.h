#ifndef CXXHASH_H
#define CXXHASH_H

// XXH3-64 from Debian's libxxhash-dev, compiled inline into each user so the runtimes link no
// library. The functions below are the only surface Swift sees.
#define XXH_INLINE_ALL
#include <xxhash.h>
#include <stddef.h>
#include <stdint.h>

/// One-shot XXH3-64, seed 0, default secret.
static inline uint64_t cxxhash_xxh3_64(const void *data, size_t length) {
    return XXH3_64bits(data, length);
}

#endif
