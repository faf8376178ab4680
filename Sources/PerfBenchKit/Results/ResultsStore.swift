import Foundation

/// Loads and saves results documents as JSON.
///
/// Output is stable: pretty-printed, keys sorted, slashes unescaped and a final newline, so a
/// committed baseline diffs line by line. Loading checks the schema identifier before the rest of
/// the document, so a file from another schema version reports a schema mismatch rather than a
/// confusing decoding error. Schema `/1` files are migrated (`ResultsMigration`); any other
/// version is refused with a one-line error naming it.
public enum ResultsStore {
    /// Reads and decodes the document at `path`.
    ///
    /// - Parameter path: a file path, relative to the working directory or absolute.
    /// - Returns: the decoded document.
    /// - Throws: `ResultsError.missingFile`, `.unreadable`, `.malformed` or `.schemaMismatch`.
    public static func load(from path: String) throws(ResultsError) -> ResultsDocument {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missingFile(path: path)
        }
        if isDirectory.boolValue {
            throw .unreadable(path: path, reason: "is a directory (EISDIR)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try decode(data, path: path)
    }

    /// Decodes a document from JSON bytes; `path` only labels errors.
    ///
    /// - Throws: `ResultsError.malformed` or `.schemaMismatch`.
    package static func decode(_ data: Data, path: String) throws(ResultsError) -> ResultsDocument {
        let decoder = JSONDecoder()
        let probe: SchemaProbe
        do {
            probe = try decoder.decode(SchemaProbe.self, from: data)
        } catch {
            throw malformed(error, path: path)
        }
        guard let schema = probe.schema else {
            throw .malformed(path: path, codingPath: "schema", reason: "missing key")
        }
        do {
            switch schema {
            case ResultsDocument.currentSchema:
                return try validated(decoder.decode(ResultsDocument.self, from: data), path: path)
            case ResultsMigration.version1:
                return ResultsMigration.document(from: try decoder.decode(ResultsMigration.V1Document.self, from: data))
            default:
                throw ResultsError.schemaMismatch(path: path, found: schema, expected: ResultsDocument.currentSchema)
            }
        } catch let error as ResultsError {
            throw error
        } catch {
            throw malformed(error, path: path)
        }
    }

    /// `document` when every metric this build knows carries that metric's unit.
    ///
    /// - Throws: `ResultsError.malformed` naming the first metric in another unit.
    private static func validated(_ document: ResultsDocument, path: String) throws(ResultsError) -> ResultsDocument {
        for (caseIndex, result) in document.cases.enumerated() {
            for side in result.sides {
                for (id, value) in result[side]?.metrics ?? [:] {
                    let location = "cases[\(caseIndex)].\(side).metrics.\(id)"
                    // A metric a newer build added is kept and ignored, like any optional field.
                    guard let metric = Metric(id: id) else { continue }
                    guard metric.unit == value.unit else {
                        throw .malformed(
                            path: path, codingPath: location + ".unit",
                            reason: "unit '\(value.unit)', expected '\(metric.unit)'")
                    }
                }
            }
        }
        return document
    }

    /// Encodes `document` as stable JSON (pretty, sorted keys, trailing newline).
    ///
    /// - Throws: `ResultsError.unencodable` when a number is NaN or infinite.
    package static func encode(_ document: ResultsDocument) throws(ResultsError) -> Data {
        do {
            var data = try StableJSON.encoder().encode(document)
            data.append(0x0A)
            return data
        } catch let EncodingError.invalidValue(_, context) {
            throw .unencodable(codingPath: dottedPath(context.codingPath), reason: "not a finite number")
        } catch {
            throw .unencodable(codingPath: "", reason: String(describing: error))
        }
    }

    /// Encodes `document` and writes it atomically to `path`, creating missing parent directories.
    ///
    /// - Throws: `ResultsError.unencodable` or `.unwritable`.
    public static func save(_ document: ResultsDocument, to path: String) throws(ResultsError) {
        let data = try encode(document)
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw .unwritable(path: path, reason: error.localizedDescription)
        }
    }

    /// Only the schema field, decoded before the rest so other versions get a clear message.
    private struct SchemaProbe: Decodable {
        var schema: String?
    }

    private static func malformed(_ error: any Error, path: String) -> ResultsError {
        guard let decodingError = error as? DecodingError else {
            return .malformed(path: path, codingPath: "", reason: "not valid JSON")
        }
        switch decodingError {
        case .typeMismatch(let type, let context):
            return .malformed(
                path: path, codingPath: dottedPath(context.codingPath), reason: "expected \(name(of: type))")
        case .valueNotFound(let type, let context):
            return .malformed(
                path: path, codingPath: dottedPath(context.codingPath),
                reason: "null where \(name(of: type)) is required")
        case .keyNotFound(let key, let context):
            return .malformed(path: path, codingPath: dottedPath(context.codingPath + [key]), reason: "missing key")
        case .dataCorrupted(let context):
            // An empty coding path means the bytes themselves are not JSON; otherwise a value was rejected.
            let reason = context.codingPath.isEmpty ? "not valid JSON" : "invalid value"
            return .malformed(path: path, codingPath: dottedPath(context.codingPath), reason: reason)
        @unknown default:
            return .malformed(path: path, codingPath: "", reason: "undecodable")
        }
    }

    /// `[cases, Index 2, speedup, ci_low]` → `cases[2].speedup.ci_low`.
    static func dottedPath(_ codingPath: [any CodingKey]) -> String {
        var result = ""
        for key in codingPath {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return result
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: return "a number"
        case is String.Type: return "a string"
        case is Bool.Type: return "a boolean"
        default:
            let described = String(describing: type)
            if described.hasPrefix("Array") { return "an array" }
            if described.hasPrefix("Dictionary") { return "an object" }
            return "an object (\(described))"
        }
    }
}
