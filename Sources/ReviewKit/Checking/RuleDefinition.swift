/// What a rule is and why: identity, category, severity, the kinds of draft it applies to, its
/// legal basis and its examples. Serves `reviewer rules`, the opinion and the example tests.
public struct RuleDefinition: Sendable {
    /// `category.kebab-slug`, unique across all rules.
    public let id: String
    public let title: String
    public let category: Category
    public let severity: Severity
    public let kinds: Set<DraftKind>
    public let basis: [LegalBasis]
    public let examples: [RuleExample]
    /// Where the rule is defined: a checklist file and line, or a Swift file.
    public let origin: String

    public init(id: String, title: String, category: Category, severity: Severity, kinds: Set<DraftKind>,
                basis: [LegalBasis], examples: [RuleExample], origin: String) {
        self.id = id
        self.title = title
        self.category = category
        self.severity = severity
        self.kinds = kinds
        self.basis = basis
        self.examples = examples
        self.origin = origin
    }
}

/// A text a rule must report (`trigger`) or must leave alone (`clean`).
///
/// In a triggering text, `⟦…⟧` may mark the expected quote(s); the test then checks that the
/// findings' quotes contain exactly those passages.
public struct RuleExample: Sendable {
    public enum Expectation: String, Sendable { case trigger, clean }

    public let text: String
    public let expectation: Expectation
    /// Run the example as this kind of draft (defaults to the rule's first kind).
    public let kind: DraftKind?
    /// Where the example is written, so a failing example points at its own line.
    public let file: String
    public let line: Int

    public init(_ text: String, expectation: Expectation, kind: DraftKind? = nil, file: String, line: Int) {
        self.text = text
        self.expectation = expectation
        self.kind = kind
        self.file = file
        self.line = line
    }

    /// A triggering example defined in Swift.
    public static func trigger(_ text: String, kind: DraftKind? = nil, file: String = #filePath,
                               line: Int = #line) -> RuleExample {
        RuleExample(text, expectation: .trigger, kind: kind, file: file, line: line)
    }

    /// A clean example defined in Swift.
    public static func clean(_ text: String, kind: DraftKind? = nil, file: String = #filePath,
                             line: Int = #line) -> RuleExample {
        RuleExample(text, expectation: .clean, kind: kind, file: file, line: line)
    }

    /// The text without `⟦⟧` markers, and the marked passages.
    public var strippingMarkers: (text: String, marked: [String]) {
        var plain = "", marked: [String] = [], current: String?
        for character in text {
            switch character {
            case "⟦": current = ""
            case "⟧":
                if let passage = current { marked.append(passage) }
                current = nil
            default:
                plain.append(character)
                if current != nil { current!.append(character) }
            }
        }
        return (plain, marked)
    }
}
