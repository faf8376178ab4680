import CXXHash

/// XXH3-64 (seed 0, default secret) through the reference C implementation.
///
/// Shared by both runtimes for the hashes that have no audit cost (bloom positions, fork sentinels).
package enum XXH3 {
    /// The digest of `bytes`.
    @inlinable
    package static func hash64(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        cxxhash_xxh3_64(bytes.baseAddress, bytes.count)
    }

    /// The digest of `value` as 8 little-endian bytes, hashed from the stack.
    @inlinable
    package static func hash64(littleEndian value: UInt64) -> UInt64 {
        withUnsafeBytes(of: value.littleEndian) { cxxhash_xxh3_64($0.baseAddress, $0.count) }
    }

    /// The digest of an array's bytes.
    package static func hash64(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { hash64($0) }
    }
}
