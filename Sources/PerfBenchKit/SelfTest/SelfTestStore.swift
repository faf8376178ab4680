import Foundation

/// Saves and loads self-test results as stable JSON.
package enum SelfTestStore {
    /// - Throws: `ResultsError.unencodable` or `.unwritable`.
    package static func save(_ result: SelfTestResult, to path: String) throws(ResultsError) {
        let data: Data
        do {
            data = try StableJSON.encoder().encode(result) + Data("\n".utf8)
        } catch {
            throw .unencodable(codingPath: "", reason: "\(error)")
        }
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw .unwritable(path: path, reason: error.localizedDescription)
        }
    }

    /// - Throws: `ResultsError.missingFile`, `.unreadable` or `.malformed`.
    package static func load(from path: String) throws(ResultsError) -> SelfTestResult {
        guard FileManager.default.fileExists(atPath: path) else { throw .missingFile(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        do {
            return try JSONDecoder().decode(SelfTestResult.self, from: data)
        } catch {
            throw .malformed(path: path, codingPath: "", reason: "not a self-test result: \(error)")
        }
    }
}
