import PerfBenchKit

/// A cache key: which tenant, which object.
struct Key: Sendable {
    var tenant: UInt32
    var object: UInt64
}

/// Hashing a key's text `tenant/object` with FNV-1a: formatting the text into a `String` first
/// (before) against feeding its digits to the hash as they are produced (after). Both hash the same
/// bytes, so the outputs agree; the after side allocates nothing.
enum KeyHashCase {
    static let formatVsStream = BenchCase.paired(
        id: CaseID("hash", "key", "formatVsStream", "k1024"), items: [2],
        summary: "FNV-1a of a key's text \"tenant/object\"",
        parameters: [CaseParameter("keys", 1_024, range: 1...65_536, "keys in the event stream")],
        floor: .hotPath(minSpeedup: 1.5),
        events: { parameters in
            var generator = SeededGenerator(seed: 0xCAFE)
            return (0..<parameters["keys"]).map { _ in
                Key(tenant: UInt32.random(in: 0...UInt32.max, using: &generator), object: generator.next())
            }
        },
        before: { _ in
            { key in
                var hash = FNV1a()
                for byte in "\(key.tenant)/\(key.object)".utf8 { hash.add(byte) }
                return hash.value
            }
        },
        after: { _ in
            { key in
                var hash = FNV1a()
                hash.addDecimal(UInt64(key.tenant))
                hash.add(UInt8(ascii: "/"))
                hash.addDecimal(key.object)
                return hash.value
            }
        })
}

/// 64-bit FNV-1a over bytes.
struct FNV1a {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// Adds the decimal digits of `number`, most significant first, as `"\(number)"` spells them.
    mutating func addDecimal(_ number: UInt64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = number
            var first = digits.count
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest != 0
            for digit in digits[first...] { add(digit) }
        }
    }
}
