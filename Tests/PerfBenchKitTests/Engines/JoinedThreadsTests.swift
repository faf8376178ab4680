import PerfBenchKit
import Synchronization
import XCTest

#if canImport(Glibc)
import Glibc
#endif

final class JoinedThreadsTests: XCTestCase {
    func testEveryWorkerRunsOnceAndHasFinishedWhenTheCallReturns() {
        let runs = Mutex<[Int]>([])

        runOnJoinedThreads(count: 4) { worker in
            usleep(20_000)  // a late worker must still be waited for
            runs.withLock { $0.append(worker) }
        }

        XCTAssertEqual(runs.withLock { $0.sorted() }, [0, 1, 2, 3])
    }

    func testWorkersRunOffTheCallingThread() {
        let caller = pthread_self()
        let onCaller = Mutex(0)

        runOnJoinedThreads(count: 2) { _ in
            if pthread_equal(pthread_self(), caller) != 0 { onCaller.withLock { $0 += 1 } }
        }

        XCTAssertEqual(onCaller.withLock { $0 }, 0)
    }
}
