/// The checks a review runs: checklist rules and Swift checks, with unique ids.
public struct CheckRegistry: Sendable {
    public let checks: [any Check]

    /// Registers `checks`; two checks with the same id are an error naming both origins.
    public init(checks: [any Check]) throws {
        var origins: [String: String] = [:]
        for check in checks {
            let definition = check.definition
            if let first = origins[definition.id] {
                throw ReviewError(.duplicateRuleID, ruleID: definition.id,
                                  message: "规则编号重复：\(first) 与 \(definition.origin) 使用了同一编号。",
                                  fix: "请为其中一条规则改用新的编号。")
            }
            origins[definition.id] = definition.origin
        }
        self.checks = checks
    }

    /// The checks that apply to a kind of draft.
    public func checks(for kind: DraftKind) -> [any Check] {
        checks.filter { $0.definition.kinds.contains(kind) }
    }

    /// The check with an id.
    public func check(id: String) -> (any Check)? {
        checks.first { $0.definition.id == id }
    }
}
