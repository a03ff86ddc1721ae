/// What kind of draft is under review; decides which rules and procedures apply.
public enum DraftKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// 行政规范性文件
    case normative
    /// 重大行政决策
    case decision
    /// 行政机关合同、行政协议
    case contract

    /// The Chinese name used in opinions and messages.
    public var displayName: String {
        switch self {
        case .normative: return "行政规范性文件"
        case .decision: return "重大行政决策"
        case .contract: return "行政机关合同"
        }
    }
}
