/// What area of review a finding belongs to.
public enum Category: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case procedure
    case authority
    case fairCompetition = "fair-competition"
    case contract
    case citation
    case drafting

    /// The heading used in the opinion.
    public var displayName: String {
        switch self {
        case .procedure: return "制定程序"
        case .authority: return "制定权限"
        case .fairCompetition: return "公平竞争"
        case .contract: return "合同条款"
        case .citation: return "法律引用"
        case .drafting: return "文本规范"
        }
    }

    /// Order of the categories in an opinion: 主体 → 权限 → 程序 → 内容.
    var order: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Category, rhs: Category) -> Bool { lhs.order < rhs.order }
}
