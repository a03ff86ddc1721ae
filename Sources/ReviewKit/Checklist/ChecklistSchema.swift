/// The checklist file format, version 1 (documented in checklists/README.md).
///
/// These types mirror the YAML (the `examples` of rules and procedures are read straight from the
/// YAML nodes, with their line numbers); `ChecklistLoader` checks keys, types and values and turns
/// each `RuleSpec` into a `ChecklistRule` and each `ProcedureSpec` into a `ProcedureRequirement`.
public enum ChecklistSchema {
    /// The highest `schema:` version this build reads.
    public static let version = 1

    struct File: Codable {
        var schema: Int?
        var rules: [RuleSpec]?
        var procedures: [ProcedureSpec]?
    }

    /// A procedure the law requires before a draft may be decided, and how to tell it was done.
    struct ProcedureSpec: Codable {
        var id: String
        /// 公开征求意见
        var name: String
        var kinds: [DraftKind]
        /// Severity of the finding when the procedure is missing or insufficient.
        var severity: Severity
        /// The procedure is required only when the draft contains one of these words.
        var applies: Condition?
        var evidence: Evidence
        var period: Period?
        /// Ids of procedures that must come after this one (合法性审查 before 集体讨论).
        var before: [String]?
        /// The kind of material (checklists/materials.yaml) that proves the procedure; its evidence is preferred.
        var material: String?
        var basis: [LegalBasis]?
        var message: String
        var suggestion: String
    }

    struct Condition: Codable {
        var any: [String]
        /// Why the procedure applies when a word is found (草案涉及市场主体生产经营活动).
        var reason: String
    }

    struct Evidence: Codable {
        /// Wording that shows the procedure was done (已于…公开征求意见).
        var done: [String]
        /// Wording that shows it was not done (未公开征求意见); wins over `done` in the same sentence.
        var missing: [String]?
    }

    struct Period: Codable {
        var min: Int
        var unit: PeriodUnit
        /// The minimum applies when the draft contains one of these words; `otherwise` applies if not.
        var when: Condition?
        var otherwise: Fallback?

        struct Fallback: Codable {
            var min: Int
            var unit: PeriodUnit
            /// Where this default comes from (本地规定, 示范指标).
            var source: String
        }
    }


    struct RuleSpec: Codable {
        var id: String
        var title: String
        var category: Category
        var severity: Severity
        var kinds: [DraftKind]
        var scope: RuleScope?
        var triggers: Triggers?
        var exceptions: Exceptions?
        var presence: Presence?
        var basis: [LegalBasis]?
        var message: String
        var suggestion: String
    }

    struct Triggers: Codable {
        var any: [String]?
        /// Each entry must be present; an entry may itself be a list of alternatives.
        var all: [WordGroup]?
        var patterns: [String]?
        var near: [Near]?
    }

    /// One word, or a list of words any of which will do (`补贴` or `[企业, 经营者]`).
    struct WordGroup: Codable {
        var words: [String]

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let word = try? container.decode(String.self) {
                words = [word]
            } else {
                words = try container.decode([String].self)
            }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(words)
        }
    }

    struct Near: Codable {
        var a: [String]
        var b: [String]
        var within: Int
    }

    struct Exceptions: Codable {
        var words: [String]?
        var patterns: [String]?
        var scope: RuleScope?
    }

    struct Presence: Codable {
        var `in`: PresenceSource?
        var any: [String]?
        var patterns: [String]?
    }


    /// Allowed keys per mapping, for the unknown-key check (a misspelt key must not be ignored).
    static let allowedKeys: [String: Set<String>] = [
        "file": ["schema", "rules", "procedures"],
        "procedure": ["id", "name", "kinds", "severity", "applies", "evidence", "period", "before", "material", "basis", "message",
                      "suggestion", "examples"],
        "applies": ["any", "reason"],
        "evidence": ["done", "missing"],
        "period": ["min", "unit", "when", "otherwise"],
        "when": ["any", "reason"],
        "otherwise": ["min", "unit", "source"],
        "rule": ["id", "title", "category", "severity", "kinds", "scope", "triggers", "exceptions", "presence",
                 "basis", "message", "suggestion", "examples"],
        "triggers": ["any", "all", "patterns", "near"],
        "near": ["a", "b", "within"],
        "exceptions": ["words", "patterns", "scope"],
        "presence": ["in", "any", "patterns"],
        "basis": ["law", "article", "statement", "text", "kinds"],
        "examples": ["trigger", "clean"],
    ]
}

/// How much text a rule looks at together: triggers, required words and exceptions must all lie
/// in the same unit.
public enum RuleScope: String, Sendable, Codable, CaseIterable {
    /// One sentence (ended by 。；！？).
    case sentence
    /// One 款 (a paragraph within an article), or one paragraph where there are no articles.
    case clause
    /// One 条, or the smallest numbered heading where there are no articles.
    case article
    /// The whole draft.
    case document
}

/// Where a presence rule looks for its words.
public enum PresenceSource: String, Sendable, Codable {
    /// In the draft only.
    case draft
    /// In the 送审材料 only.
    case materials
    /// In the draft or the 送审材料.
    case either
}
