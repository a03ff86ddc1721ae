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
/// A text is scanned once for all rules; regular expressions run only for rules that have them.
final class ChecklistMatcher: Sendable {
    private struct Assignment: Sendable {
        let rule: Int
        let role: MatchRole
    }

    private let automaton: PatternAutomaton
    private let wordAssignments: [[Assignment]]
    private let expressions: [NSRegularExpression]
    private let expressionAssignments: [[Assignment]]
    let ruleCount: Int

    /// Words and compiled patterns of each rule, with their roles.
    struct RuleTerms {
        var words: [(String, MatchRole)] = []
        var patterns: [(NSRegularExpression, MatchRole)] = []
    }

    init(rules: [RuleTerms]) {
        var wordIndex: [String: Int] = [:]
        var words: [[UInt16]] = []
        var wordAssignments: [[Assignment]] = []
        var expressions: [NSRegularExpression] = []
        var expressionAssignments: [[Assignment]] = []
        var patternIndex: [String: Int] = [:]
        for (rule, terms) in rules.enumerated() {
            for (word, role) in terms.words {
                let normalized = NormalizedText.normalize(word)
                guard !normalized.isEmpty else { continue }
                let index = wordIndex[normalized] ?? {
                    words.append(Array(normalized.utf16))
                    wordAssignments.append([])
                    wordIndex[normalized] = words.count - 1
                    return words.count - 1
                }()
                wordAssignments[index].append(Assignment(rule: rule, role: role))
            }
            for (expression, role) in terms.patterns {
                let index = patternIndex[expression.pattern] ?? {
                    expressions.append(expression)
                    expressionAssignments.append([])
                    patternIndex[expression.pattern] = expressions.count - 1
                    return expressions.count - 1
                }()
                expressionAssignments[index].append(Assignment(rule: rule, role: role))
            }
        }
        self.automaton = PatternAutomaton(patterns: words)
        self.wordAssignments = wordAssignments
        self.expressions = expressions
        self.expressionAssignments = expressionAssignments
        self.ruleCount = rules.count
    }

    /// Every literal word of every rule (normalised), for comparisons with plain multi-pattern search.
    var literalWordCount: Int { wordAssignments.count }

    /// Scans `text` once for every rule.
    func scan(_ text: NormalizedText) -> ChecklistScan {
        var hits = [[MatchHit]](repeating: [], count: ruleCount)
        automaton.scan(text.units) { pattern, start in
            let span = TextSpan(start, start + automaton.lengths[pattern])
            for assignment in wordAssignments[pattern] {
                hits[assignment.rule].append(MatchHit(role: assignment.role, span: span))
            }
        }
        if !expressions.isEmpty {
            let range = NSRange(location: 0, length: text.units.count)
            for (index, expression) in expressions.enumerated() {
                expression.enumerateMatches(in: text.string, range: range) { match, _, _ in
                    guard let match, match.range.length > 0 else { return }
                    let span = TextSpan(match.range.location, NSMaxRange(match.range))
                    for assignment in self.expressionAssignments[index] {
                        hits[assignment.rule].append(MatchHit(role: assignment.role, span: span))
                    }
                }
            }
        }
        for rule in hits.indices { hits[rule].sort { $0.span < $1.span } }
        return ChecklistScan(hits: hits)
    }
}
