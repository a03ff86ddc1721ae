import Foundation
import Yams

/// The laws, regulations and documents rules may cite, from `laws.yaml`.
public struct LawRegistry: Sendable {
    /// One entry of the registry.
    public struct Entry: Sendable, Codable, Hashable {
        public let id: String
        /// The official full title, e.g. 中华人民共和国行政处罚法.
        public let title: String
        public let short: [String]?
        public let level: String?
        public let number: String?
        public let effective: String?
        public let status: String?
        public let articleCount: Int?

        enum CodingKeys: String, CodingKey {
            case id, title, short, level, number, effective, status
            case articleCount = "article_count"
        }
    }

    public let entries: [String: Entry]

    public init(entries: [Entry]) {
        self.entries = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Loads a registry file; errors name the file, line and column.
    public static func load(path: String) throws -> LawRegistry {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ReviewError(.unreadableFile, file: path, message: "无法读取法律法规登记表。", fix: "请检查文件路径与编码（UTF-8）。")
        }
        do {
            guard let node = try Yams.compose(yaml: text) else { return LawRegistry(entries: []) }
            return LawRegistry(entries: try YAMLDecoder().decode([Entry].self, from: node))
        } catch {
            throw YAMLErrorMapper.map(error, file: path, text: text, root: try? Yams.compose(yaml: text))
        }
    }

    /// Merges another registry into this one; its entries win.
    public func merging(_ other: LawRegistry) -> LawRegistry {
        LawRegistry(entries: Array(entries.merging(other.entries) { _, new in new }.values))
    }

    /// The basis as cited in a finding: full title in 《》, article, and its text (or the statement).
    public func cite(_ basis: LegalBasis) -> CitedBasis {
        let entry = entries[basis.law]
        let title = entry?.title ?? basis.law
        var law = title.hasPrefix("《") ? title : "《\(title)》"
        if let number = entry?.number, let level = entry?.level, level.hasSuffix("文件") { law += "（\(number)）" }
        return CitedBasis(law: law, article: basis.article, text: basis.text ?? basis.statement)
    }
}
