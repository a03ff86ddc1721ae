import Foundation

/// A regular expression run only near the literal text every match must contain.
///
/// Running ICU over a whole large text once per pattern costs a transcoding of the whole text per
/// pattern; most rule patterns contain a literal (处…罚款 needs 罚款), so the literal is found by
/// the shared automaton and the pattern runs only on a window of the line around each occurrence.
/// Matches therefore never cross a line break; a pattern without a usable literal runs over the
/// whole text.
public struct GuardedExpression: Sendable {
    public let expression: NSRegularExpression
    /// Literals one of which every match contains; nil when none could be derived.
    public let literals: [String]?
    /// How far a window reaches on each side of a literal occurrence (within its line).
    static let reach = 1000

    public init(_ expression: NSRegularExpression) {
        self.expression = expression
        self.literals = RequiredLiterals.extract(from: expression.pattern)
    }

    /// The windows to search, from the occurrences of the literals: each occurrence widened to its
    /// line (at most `reach` units each way), overlapping windows merged.
    static func windows(around hits: [TextSpan], in units: [UInt16]) -> [TextSpan] {
        var windows: [TextSpan] = []
        for hit in hits.sorted() {
            var start = hit.start
            while start > 0, hit.start - start < reach, units[start - 1] != 0x0A { start -= 1 }
            var end = hit.end
            while end < units.count, end - hit.end < reach, units[end] != 0x0A { end += 1 }
            if let last = windows.last, start <= last.end {
                windows[windows.count - 1].end = max(last.end, end)
            } else {
                windows.append(TextSpan(start, end))
            }
        }
        return windows
    }

    /// The matches inside `windows` of `units`, in text offsets.
    func matches(in units: [UInt16], windows: [TextSpan]) -> [TextSpan] {
        var result: [TextSpan] = []
        for window in windows where window.length > 0 {
            let piece = String(decoding: units[window.start..<window.end], as: UTF16.self)
            expression.enumerateMatches(in: piece, range: NSRange(location: 0, length: window.length)) { match, _, _ in
                guard let match, match.range.length > 0 else { return }
                result.append(TextSpan(window.start + match.range.location, window.start + NSMaxRange(match.range)))
            }
        }
        return result
    }

    /// All matches in a text: guarded by a private scan for the literals, or over the whole text.
    public func matches(in text: NormalizedText) -> [TextSpan] {
        guard let literals else {
            return matches(in: text.units, windows: [TextSpan(0, text.units.count)])
        }
        let automaton = PatternAutomaton(patterns: literals.map { Array($0.utf16) })
        var hits: [TextSpan] = []
        automaton.scan(text.units) { pattern, start in hits.append(TextSpan(start, start + automaton.lengths[pattern])) }
        return matches(in: text.units, windows: Self.windows(around: hits, in: text.units))
    }
}

/// Derives, from an ICU pattern, literal strings one of which every match must contain.
enum RequiredLiterals {
    /// One literal per top-level alternative (the longest run of plain characters that is not
    /// optional and not inside a group or class), or nil when some alternative has none or the
    /// pattern matches case-insensitively.
    static func extract(from pattern: String) -> [String]? {
        guard !pattern.contains("(?i"), !pattern.contains("(?x") else { return nil }
        var literals: [String] = []
        for branch in topLevelBranches(Array(pattern)) {
            guard let literal = longestRequiredRun(branch), !literal.isEmpty else { return nil }
            literals.append(literal)
        }
        return literals.isEmpty ? nil : literals
    }

    private static func topLevelBranches(_ characters: [Character]) -> [[Character]] {
        var branches: [[Character]] = [[]]
        var depth = 0, inClass = false, index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count {
                branches[branches.count - 1] += [character, characters[index + 1]]
                index += 2
                continue
            }
            if inClass {
                if character == "]" { inClass = false }
            } else if character == "[" {
                inClass = true
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                depth -= 1
            } else if character == "|", depth == 0 {
                branches.append([])
                index += 1
                continue
            }
            branches[branches.count - 1].append(character)
            index += 1
        }
        return branches
    }

    private static let metacharacters: Set<Character> = [".", "^", "$", "|", "?", "*", "+", "{", "}", "(", ")", "[", "]"]
    private static let escapedLiterals: Set<Character> = Set(".^$|?*+{}()[]\\/-")

    /// The longest run of required plain characters at depth 0 of a branch.
    private static func longestRequiredRun(_ branch: [Character]) -> String? {
        var best = "", run = ""
        var depth = 0, inClass = false, index = 0
        func endRun() {
            if run.utf16.count > best.utf16.count { best = run }
            run = ""
        }
        /// Whether the atom ending before `next` may occur zero times.
        func optional(_ next: Int) -> Bool {
            guard next < branch.count else { return false }
            if branch[next] == "?" || branch[next] == "*" { return true }
            if branch[next] == "{", next + 1 < branch.count { return branch[next + 1] == "0" || branch[next + 1] == "," }
            return false
        }
        while index < branch.count {
            let character = branch[index]
            if inClass {
                if character == "\\" { index += 1 } else if character == "]" { inClass = false }
                index += 1
                continue
            }
            if depth > 0 {
                if character == "\\" { index += 1 } else if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
                index += 1
                continue
            }
            var literal: Character?
            var next = index + 1
            if character == "\\", index + 1 < branch.count {
                if escapedLiterals.contains(branch[index + 1]) { literal = branch[index + 1] }
                next = index + 2
            } else if !metacharacters.contains(character) {
                literal = character
            }
            if character == "{" {
                // A counted quantifier {m,n}: not literal text.
                while next < branch.count, branch[next - 1] != "}" { next += 1 }
                endRun()
                index = next
                continue
            }
            if character == "[" { inClass = true }
            if character == "(" { depth += 1 }
            if let literal, !optional(next) {
                run.append(literal)
                if next < branch.count, branch[next] == "+" || branch[next] == "{" { endRun() }
            } else {
                endRun()
            }
            index = next
        }
        endRun()
        return best.isEmpty ? nil : best
    }
}
