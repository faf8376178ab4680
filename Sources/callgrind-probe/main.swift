// Runs a small deterministic workload with callgrind collection toggled on around it only.
// Exit status: 0 measured under valgrind, 3 not running under valgrind, 4 client requests missing.
import PerfBenchKit

#if canImport(Glibc)
import Glibc
#endif

@inline(never)
func workload() -> Int {
    var table: [String: Int] = [:]
    for index in 0..<2_000 {
        table["key-\(index % 257)", default: 0] &+= index
    }
    return table.values.sorted().reduce(0, &+)
}

guard CallgrindControl.isRunningUnderValgrind else {
    print("callgrind-probe: not running under valgrind")
    exit(3)
}
let warmUp = workload()
do {
    try CallgrindControl.toggleCollection()
    let measured = workload()
    try CallgrindControl.toggleCollection()
    print("callgrind-probe: \(warmUp == measured ? "ok" : "mismatch") \(measured)")
} catch {
    print("callgrind-probe: \(error)")
    exit(4)
}
