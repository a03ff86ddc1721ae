/// One required procedure in the opinion's procedure table.
public struct ProcedureEntry: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable {
        case done, missing, insufficient, notApplicable, unknown

        /// 已履行 / 未履行 / 不符合要求 / 不适用 / 待核实.
        public var displayName: String {
            switch self {
            case .done: return "已履行"
            case .missing: return "未履行"
            case .insufficient: return "不符合要求"
            case .notApplicable: return "不适用"
            case .unknown: return "待核实"
            }
        }
    }

    public let name: String
    public let status: Status
    /// What shows the status: a quote with its file and place, or why it cannot be told.
    public let evidence: String
}
