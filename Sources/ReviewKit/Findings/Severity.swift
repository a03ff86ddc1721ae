/// How serious a finding is.
public enum Severity: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    /// 违法: contrary to a mandatory provision.
    case error
    /// 风险: likely a problem, needs the reviewer's judgement.
    case warning
    /// 提示: wording, form or a point to confirm.
    case info

    /// 违法 / 风险 / 提示.
    public var displayName: String {
        switch self {
        case .error: return "违法"
        case .warning: return "风险"
        case .info: return "提示"
        }
    }

    /// Higher is more serious.
    public var weight: Int {
        switch self {
        case .error: return 3
        case .warning: return 2
        case .info: return 1
        }
    }

    /// More serious first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.weight > rhs.weight }
}
