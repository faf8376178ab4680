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

/// Streaming XXH3-64 (seed 0) over `first` followed by `second`; equals the one-shot hash of
/// their concatenation. The state is a local of this function (on the C stack), so hashing
/// never touches the heap: XXH3_createState would malloc and Swift cannot size the struct.
static inline uint64_t cxxhash_xxh3_64_two_parts(const void *first, size_t first_length,
                                                 const void *second, size_t second_length) {
    XXH3_state_t state;
    (void)XXH3_64bits_reset(&state);
    (void)XXH3_64bits_update(&state, first, first_length);
    (void)XXH3_64bits_update(&state, second, second_length);
    return XXH3_64bits_digest(&state);
}

#endif
