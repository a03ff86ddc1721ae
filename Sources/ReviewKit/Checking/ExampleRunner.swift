/// Runs a rule's own examples: triggering ones must be reported (at the marked passages), clean
/// ones must not. Used by the test suite and by `reviewer rules --check`.
public struct ExampleRunner: Sendable {
    /// The result of one example.
    public struct Outcome: Sendable {
        public let ruleID: String
        public let example: RuleExample
        /// Nil when the example behaved as expected; otherwise what went wrong, in Chinese.
        public let problem: String?
        public var passed: Bool { problem == nil }
    }

    public let laws: LawRegistry

    public init(laws: LawRegistry) { self.laws = laws }

    /// Runs every example of `check`.
    public func run(_ check: any Check) -> [Outcome] {
        check.definition.examples.map { run(check, example: $0) }
    }

    /// Runs one example, and for a triggering one also a variant with a blank line and an indent in
    /// front, which must give the same quotes (offsets shift, quotes must not).
    public func run(_ check: any Check, example: RuleExample) -> Outcome {
        let definition = check.definition
        let (text, marked) = example.strippingMarkers
        let kind = example.kind ?? [DraftKind.normative, .decision, .contract].first { definition.kinds.contains($0) }!
        let findings = self.findings(check, text: text, kind: kind)
        func outcome(_ problem: String?) -> Outcome { Outcome(ruleID: definition.id, example: example, problem: problem) }
        switch example.expectation {
        case .clean:
            guard findings.isEmpty else {
                return outcome("不应报出，却报出了：" + findings.map { "“\($0.quote)”" }.joined(separator: "、"))
            }
            return outcome(nil)
        case .trigger:
            guard !findings.isEmpty else { return outcome("应当报出，却没有报出。") }
            for passage in marked where !findings.contains(where: { $0.quote.contains(passage) }) {
                return outcome("没有在标出的“\(passage)”处报出；实际报出：" + findings.map { "“\($0.quote)”" }.joined(separator: "、"))
            }
            if !marked.isEmpty, let stray = findings.first(where: { finding in !marked.contains { finding.quote.contains($0) } }) {
                return outcome("在标出位置以外报出了“\(stray.quote)”。")
            }
            if let outside = findings.first(where: { $0.location.offset + $0.location.length > text.utf16.count }) {
                return outcome("报出的位置超出了文本范围（\(outside.location.offset)）。")
            }
            let shifted = self.findings(check, text: "\n\u{3000}\u{3000}" + text, kind: kind)
            guard shifted.map(\.quote) == findings.map(\.quote) else {
                return outcome("在文本前加一个空行和缩进后，报出的原文发生了变化。")
            }
            return outcome(nil)
        }
    }

    private func findings(_ check: any Check, text: String, kind: DraftKind) -> [Finding] {
        let document = DocumentParser.parse(SourceText(path: "示例", origin: .plainText(encoding: .utf8), text: text))
        let context = ReviewContext(kind: kind, kindReason: "示例", laws: laws)
        return check.findings(in: document, context: context)
    }
}
