/// A review rule: looks at a parsed draft and reports findings.
///
/// Checklist (YAML) rules and Swift checks both conform; the kernel runs them the same way.
public protocol Check: Sendable {
    /// What the rule is, its basis and examples.
    var definition: RuleDefinition { get }
    /// The findings for `document`. Never throws: content problems are findings, not errors.
    func findings(in document: Document, context: ReviewContext) -> [Finding]
}

extension Check {
    /// Builds a finding of this rule on `span`, with the rule's own identity and the provisions of
    /// its basis cited for the kind of draft under review.
    public func finding(on span: TextSpan, in document: Document, context: ReviewContext,
                        message: String, suggestion: String) -> Finding {
        let rule = definition
        return Finding(rule: rule.id, category: rule.category, severity: rule.severity, title: rule.title,
                       message: message, quote: document.quote(span), location: document.location(of: span),
                       basis: rule.basis.filter { $0.applies(to: context.kind) }.map { context.laws.cite($0) },
                       suggestion: suggestion)
    }
}
