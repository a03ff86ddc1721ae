import Foundation

/// The JSON output contract of DESIGN.md: field names are stable; fields may be added, never renamed.
public struct JSONRenderer: Renderer {
    public static let identifier = "json"
    public static let fileExtension = "json"
    /// Version of the JSON layout.
    public static let schemaVersion = 1

    public init() {}

    struct Output: Encodable {
        struct DocumentInfo: Encodable {
            let path: String
            let title: String
            let kind: DraftKind
            let kindReason: String
            let issuer: String?
        }
        struct Summary: Encodable {
            let error: Int
            let warning: Int
            let info: Int
        }
        let schemaVersion: Int
        let document: DocumentInfo
        let conclusion: Conclusion
        let reviewDate: String
        let materials: [MaterialClassifier.Classified]
        let reviewBasis: [String]
        let procedures: [ProcedureEntry]
        let summary: Summary
        let findings: [Finding]
    }

    public func render(_ opinion: Opinion) throws -> Data {
        let output = Output(
            schemaVersion: Self.schemaVersion,
            document: .init(path: opinion.documentPath, title: opinion.documentTitle, kind: opinion.kind,
                            kindReason: opinion.kindReason, issuer: opinion.issuer),
            conclusion: opinion.conclusion, reviewDate: opinion.date, materials: opinion.materials,
            reviewBasis: opinion.reviewBasis, procedures: opinion.procedures,
            summary: .init(error: opinion.findings.filter { $0.severity == .error }.count,
                           warning: opinion.findings.filter { $0.severity == .warning }.count,
                           info: opinion.findings.filter { $0.severity == .info }.count),
            findings: opinion.findings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(output)
        data.append(0x0A)
        return data
    }
}
