import Foundation

/// What a word or pattern does in a rule.
enum MatchRole: Hashable, Sendable {
    /// Any one of these triggers the rule.
    case trigger
    /// The k-th word group that must also be present.
    case required(Int)
    /// The first or second side of the k-th “A within N characters of B” trigger.
    case nearA(Int), nearB(Int)
    /// Makes the rule not apply.
    case exception
    /// Must be present (presence rules).
    case presence
}

/// One occurrence of a rule's word or pattern in a text.
struct MatchHit: Sendable {
    let role: MatchRole
    let span: TextSpan
}

/// The hits of every rule in one text, from one scan.
struct ChecklistScan: Sendable {
    /// Hits per rule (indexed like `ChecklistMatcher.rules`), sorted by start.
    let hits: [[MatchHit]]
}

/// All checklist rules' words compiled into one automaton, and their patterns compiled once.
///
/// A text is scanned once for all rules: the automaton finds every rule word and every literal
/// that guards a pattern; each pattern then runs only in the windows around its literals.
final class ChecklistMatcher: Sendable {
    private struct Assignment: Sendable {
        let rule: Int
        let role: MatchRole
    }

    private let automaton: PatternAutomaton
    /// Per automaton pattern: the rule words it stands for.
    private let wordAssignments: [[Assignment]]
    /// Per automaton pattern: the expressions it guards, with the requirement set it belongs to
    /// (0: the guard that places windows; others: companions a window must also hold).
    private let guardAssignments: [[(expression: Int, set: Int)]]
    private let expressions: [GuardedExpression]
    private let expressionAssignments: [[Assignment]]
    let ruleCount: Int

    /// Words and compiled patterns of each rule, with their roles.
    struct RuleTerms {
        var words: [(String, MatchRole)] = []
        var patterns: [(NSRegularExpression, MatchRole)] = []
    }

    init(rules: [RuleTerms]) {
        var literalIndex: [String: Int] = [:]
        var literals: [[UInt16]] = []
        var wordAssignments: [[Assignment]] = []
        var guardAssignments: [[(expression: Int, set: Int)]] = []
        func literal(_ text: String) -> Int? {
            let normalized = NormalizedText.normalize(text)
            guard !normalized.isEmpty else { return nil }
            if let index = literalIndex[normalized] { return index }
            literals.append(Array(normalized.utf16))
            wordAssignments.append([])
            guardAssignments.append([])
            literalIndex[normalized] = literals.count - 1
            return literals.count - 1
        }
        var expressions: [GuardedExpression] = []
        var expressionAssignments: [[Assignment]] = []
        var patternIndex: [String: Int] = [:]
        for (rule, terms) in rules.enumerated() {
            for (word, role) in terms.words {
                guard let index = literal(word) else { continue }
                wordAssignments[index].append(Assignment(rule: rule, role: role))
            }
            for (expression, role) in terms.patterns {
                let index = patternIndex[expression.pattern] ?? {
                    let guarded = GuardedExpression(expression)
                    expressions.append(guarded)
                    expressionAssignments.append([])
                    patternIndex[expression.pattern] = expressions.count - 1
                    for (set, words) in ([guarded.literals ?? []] + guarded.companions).enumerated() {
                        for text in words {
                            if let slot = literal(text) { guardAssignments[slot].append((expressions.count - 1, set)) }
                        }
                    }
                    return expressions.count - 1
                }()
                expressionAssignments[index].append(Assignment(rule: rule, role: role))
            }
        }
        self.automaton = PatternAutomaton(patterns: literals)
        self.wordAssignments = wordAssignments
        self.guardAssignments = guardAssignments
        self.expressions = expressions
        self.expressionAssignments = expressionAssignments
        self.ruleCount = rules.count
    }

    /// Scans `text` once for every rule.
    func scan(_ text: NormalizedText) -> ChecklistScan {
        var hits = [[MatchHit]](repeating: [], count: ruleCount)
        var guardHits = expressions.map { [[TextSpan]](repeating: [], count: 1 + $0.companions.count) }
        automaton.scan(text.units) { pattern, start in
            let span = TextSpan(start, start + automaton.lengths[pattern])
            for assignment in wordAssignments[pattern] {
                hits[assignment.rule].append(MatchHit(role: assignment.role, span: span))
            }
            for target in guardAssignments[pattern] { guardHits[target.expression][target.set].append(span) }
        }
        // All patterns' windows in text order, so each line is decoded once for every pattern on it.
        var tasks: [(window: TextSpan, expression: Int)] = []
        for (index, expression) in expressions.enumerated() {
            let windows = expression.literals == nil
                ? [TextSpan(0, text.units.count)]
                : GuardedExpression.windows(GuardedExpression.windows(around: guardHits[index][0], in: text.units),
                                            holding: Array(guardHits[index].dropFirst()))
            tasks += windows.map { ($0, index) }
        }
        tasks.sort { $0.window.start < $1.window.start }
        var pieces = WindowTexts()
        for task in tasks {
            for span in expressions[task.expression].matches(in: text.units, window: task.window, pieces: &pieces) {
                for assignment in expressionAssignments[task.expression] {
                    hits[assignment.rule].append(MatchHit(role: assignment.role, span: span))
                }
            }
        }
        for rule in hits.indices { hits[rule].sort { $0.span < $1.span } }
        return ChecklistScan(hits: hits)
    }
}
