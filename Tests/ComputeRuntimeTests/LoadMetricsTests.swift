import ComputeRuntime
import XCTest

final class LoadMetricsTests: XCTestCase {
    func testLoadScoreMatchesSpecVectors() {
        let rows: [(String, LoadMetrics, Double)] = [
            (
                "spec example",
                LoadMetrics(
                    cpuUsage: 0.5, memoryUsage: 0.3, activeConnections: 100,
                    requestsPerSecond: 1000, avgResponseTimeMs: 50, errorRate: 0.01, queueDepth: 10,
                    bandwidthUsage: 0.2), 0.221
            ),
            (
                "bench metrics",
                LoadMetrics(
                    cpuUsage: 0.65, memoryUsage: 0.45, activeConnections: 500,
                    requestsPerSecond: 2500, avgResponseTimeMs: 25, errorRate: 0.01, queueDepth: 50,
                    bandwidthUsage: 0.3), 0.30025
            ),
            ("overloaded", LoadMetrics(cpuUsage: 0.95, errorRate: 0.5), 0.36),
        ]
        for (label, metrics, expected) in rows {
            XCTAssertEqual(metrics.loadScore(), expected, accuracy: 1e-12, label)
        }
    }

    func testNaNResponseTimeContributesFullWeight() {
        let metrics = LoadMetrics(avgResponseTimeMs: .nan)

        XCTAssertEqual(metrics.loadScore(), 0.15, accuracy: 1e-12)
    }
}
