import Foundation
import Testing
@testable import ReviewKit

/// A fresh folder under the system temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("reviewkit-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    /// Writes `data` to `name` in the folder and returns the file's path.
    @discardableResult
    func write(_ data: Data, to name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try write(Data(text.utf8), to: name)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs `body` and returns the `ReviewError` it throws; records an issue when it throws nothing or something else.
func reviewError(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> ReviewError? {
    do {
        try body()
        Issue.record("expected a ReviewError, but nothing was thrown", sourceLocation: sourceLocation)
        return nil
    } catch let error as ReviewError {
        return error
    } catch {
        Issue.record("expected a ReviewError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Parses a text as if it were read from a UTF-8 file.
func parse(_ text: String, path: String = "草案.txt") -> Document {
    DocumentParser.parse(SourceText(path: path, origin: .plainText(encoding: .utf8), text: text))
}

extension Document {
    /// Normalised offset of the first occurrence of `needle` (given in normalised form).
    func offset(of needle: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let haystack = normalized.units
        let pattern = Array(needle.utf16)
        guard !pattern.isEmpty, haystack.count >= pattern.count else {
            Issue.record("“\(needle)” not found", sourceLocation: sourceLocation)
            return 0
        }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if Array(haystack[start..<(start + pattern.count)]) == pattern { return start }
        }
        Issue.record("“\(needle)” not found in the normalised text", sourceLocation: sourceLocation)
        return 0
    }

    /// The normalised span of the first occurrence of `needle`.
    func span(of needle: String, sourceLocation: SourceLocation = #_sourceLocation) -> TextSpan {
        let start = offset(of: needle, sourceLocation: sourceLocation)
        return TextSpan(start, start + needle.utf16.count)
    }

    /// The labels of the units of a kind, in order.
    func labels(_ kind: StructuralUnit.Kind) -> [String] {
        units.filter { $0.kind == kind }.map(\.label)
    }
}

/// The law registry that ships with the tool.
let shippedLaws: LawRegistry = {
    (try? LawRegistry.load(path: packageRoot.appendingPathComponent("checklists/laws.yaml").path))
        ?? LawRegistry(entries: [])
}()

/// The package's root folder, from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A small deterministic generator, so a failure can be reproduced.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
