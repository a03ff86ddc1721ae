import Foundation
import Yams

/// A structured record of the 送审材料 (`--manifest FILE`): issuer, kind and each procedure with
/// its status, dates, body and evidence. Documented with a full example in examples/materials/.
public struct ProcedureManifest: Sendable {
    /// One procedure as the manifest records it.
    public struct Entry: Sendable, Decodable {
        public enum Status: String, Sendable, Decodable { case done, missing, notApplicable }
        public let name: String
        public let status: Status
        public let start: String?
        public let end: String?
        public let date: String?
        public let body: String?
        public let evidence: String?
        public let reason: String?

        /// The day it was done (its date, else the end of its period).
        var day: CalendarDay? { (date ?? end).flatMap(CalendarDay.init(iso:)) }

        /// The period, when both ends are given.
        var period: PeriodMention? {
            guard let start = start.flatMap(CalendarDay.init(iso:)), let end = end.flatMap(CalendarDay.init(iso:)) else { return nil }
            return PeriodMention(span: TextSpan(0, 0), start: start, end: end)
        }

        /// “江临市交通运输局，2026年6月1日至2026年6月30日，在…公开征求意见”.
        var summary: String {
            var parts: [String] = []
            if let body { parts.append(body) }
            if let period { parts.append("\(period.start!)至\(period.end!)") } else if let day { parts.append(day.description) }
            if let evidence { parts.append(evidence) }
            return parts.joined(separator: "，")
        }
    }

    struct File: Decodable {
        let manifest: Int?
        let issuer: String?
        let issuer_level: String?
        let kind: DraftKind?
        let procedures: [Entry]?
    }

    /// The path as the user gave it.
    public let path: String
    public let issuer: String?
    public let issuerLevel: String?
    public let kind: DraftKind?
    public let procedures: [Entry]

    /// The entry for a procedure name, if the manifest records it.
    public func entry(named name: String) -> Entry? { procedures.first { $0.name == name } }

    private static let allowedKeys: Set<String> = ["manifest", "issuer", "issuer_level", "kind", "procedures"]
    private static let entryKeys: Set<String> = ["name", "status", "start", "end", "date", "body", "evidence", "reason"]

    /// Reads a manifest file; errors name the file, line and column.
    public static func load(path: String) throws -> ProcedureManifest {
        let source = try YAMLSource.read(path, code: .fileNotFound, unreadable: (
            "无法读取送审材料清单（manifest）。", "请检查 --manifest 后的路径，文件须为 UTF-8 编码的 YAML。"))
        guard let root = source.root else {
            throw ReviewError(.checklistSchema, file: path, message: "送审材料清单是空的。", fix: "格式见 examples/materials/manifest-example.yaml。")
        }
        try source.rejectUnknownKeys(of: root, allowed: allowedKeys, what: "送审材料清单中有")
        for item in root.mapping?["procedures"]?.sequence.map(Array.init) ?? [] {
            try source.rejectUnknownKeys(of: item, allowed: entryKeys, what: "送审材料清单中有")
        }
        let file = try source.decode(File.self)
        let items = root.mapping?["procedures"]?.sequence.map(Array.init) ?? []
        for (entry, node) in zip(file.procedures ?? [], items) {
            for (key, value) in [("start", entry.start), ("end", entry.end), ("date", entry.date)] {
                if let value, CalendarDay(iso: value) == nil {
                    throw source.error(at: node.mapping?[key], .checklistSchema, message: "日期“\(value)”无效。",
                                       fix: "日期写作 2026-06-01（年-月-日）。")
                }
            }
        }
        return ProcedureManifest(path: path, issuer: file.issuer, issuerLevel: file.issuer_level, kind: file.kind,
                                 procedures: file.procedures ?? [])
    }
}
