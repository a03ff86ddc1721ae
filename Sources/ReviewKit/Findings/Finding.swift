/// One problem found in a draft: what, where (with the exact quote), why (legal basis) and how to fix it.
public struct Finding: Sendable, Codable, Hashable {
    public var rule: String
    public var category: Category
    public var severity: Severity
    public var title: String
    public var message: String
    /// The exact text of the draft the finding points at.
    public var quote: String
    public var location: Location
    public var basis: [CitedBasis]
    public var suggestion: String

    public init(rule: String, category: Category, severity: Severity, title: String, message: String,
                quote: String, location: Location, basis: [CitedBasis], suggestion: String) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.title = title
        self.message = message
        self.quote = quote
        self.location = location
        self.basis = basis
        self.suggestion = suggestion
    }
}

extension Array where Element == Finding {
    /// Removes repeats (same rule, same span) and sorts by position, then severity, then rule id.
    public func deduplicatedAndSorted() -> [Finding] {
        var seen = Set<String>()
        let unique = filter { seen.insert("\($0.rule)|\($0.location.offset)|\($0.location.length)").inserted }
        return unique.sorted {
            ($0.location.offset, $0.severity.weight * -1, $0.rule, $0.location.length)
                < ($1.location.offset, $1.severity.weight * -1, $1.rule, $1.location.length)
        }
    }
}
