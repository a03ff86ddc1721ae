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
        let source = try YAMLSource.read(path, unreadable: ("无法读取法律法规登记表。", "请检查文件路径与编码（UTF-8）。"))
        guard let root = source.root else { return LawRegistry(entries: []) }
        guard let items = root.sequence else {
            throw source.error(at: root, .checklistSchema, message: "法律法规登记表应为列表（每部法律一项，以 - 开头）。",
                               fix: "格式见 checklists/laws.yaml。")
        }
        // The fields are read by hand rather than through the generic decoder: much faster.
        return LawRegistry(entries: try items.map { try entry($0, in: source) })
    }

    private static func entry(_ node: Node, in source: YAMLSource) throws -> Entry {
        // One pass over the pairs: Node.Mapping's subscript compares nodes one by one.
        var fields: [String: Node] = [:]
        for (key, value) in node.mapping ?? [:] { if let name = key.string { fields[name] = value } }
        func value(_ key: String) -> String? { fields[key]?.string.flatMap { $0 == "null" || $0 == "~" ? nil : $0 } }
        guard let id = value("id"), let title = value("title") else {
            throw source.error(at: node, .checklistSchema, message: "登记表条目缺少 id 或 title。",
                               fix: "每部法律至少写明 id（英文编号）和 title（正式全称）。")
        }
        let count = value("article_count")
        if let count, Int(count) == nil {
            throw source.error(at: fields["article_count"], .checklistSchema, message: "article_count 的取值“\(count)”不是整数。",
                               fix: "请填写条文总数，如 86。")
        }
        return Entry(id: id, title: title, short: fields["short"]?.sequence?.compactMap(\.string), level: value("level"),
                     number: value("number"), effective: value("effective"), status: value("status"),
                     articleCount: count.flatMap { Int($0) })
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
