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
    /// Further literal sets every match also contains (one of each), used to drop windows early.
    let companions: [[String]]
    /// How far a window reaches on each side of a literal occurrence (within its line).
    static let reach = 1000

    public init(_ expression: NSRegularExpression) {
        self.expression = expression
        let requirements = RequiredLiterals.requirements(of: expression.pattern)
        self.literals = requirements?.first
        self.companions = Array((requirements ?? []).dropFirst())
    }

    /// Keeps the windows that hold a hit of every companion set (`companionHits[k]`: the hits of set k).
    static func windows(_ windows: [TextSpan], holding companionHits: [[TextSpan]]) -> [TextSpan] {
        guard !companionHits.isEmpty else { return windows }
        let sorted = companionHits.map { $0.sorted() }
        return windows.filter { window in
            sorted.allSatisfy { hits in RoleIndex.spans(hits, startingIn: window.start, window.end).contains { $0.end <= window.end } }
        }
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
    func matches(in units: [UInt16], windows: [TextSpan], pieces: inout WindowTexts) -> [TextSpan] {
        windows.flatMap { matches(in: units, window: $0, pieces: &pieces) }
    }

    /// The matches inside one window.
    func matches(in units: [UInt16], window: TextSpan, pieces: inout WindowTexts) -> [TextSpan] {
        guard window.length > 0 else { return [] }
        var result: [TextSpan] = []
        let (piece, origin) = pieces.text(containing: window, in: units)
        let range = NSRange(location: window.start - origin, length: window.length)
        expression.enumerateMatches(in: piece, range: range) { match, _, _ in
            guard let match, match.range.length > 0 else { return }
            result.append(TextSpan(origin + match.range.location, origin + NSMaxRange(match.range)))
        }
        return result
    }

    /// All matches in a text: guarded by a private scan for the literals, or over the whole text.
    public func matches(in text: NormalizedText) -> [TextSpan] {
        var pieces = WindowTexts()
        guard let literals else {
            return matches(in: text.units, windows: [TextSpan(0, text.units.count)], pieces: &pieces)
        }
        let sets = [literals] + companions
        let owners = sets.enumerated().flatMap { set, words in words.map { (set, $0) } }
        let automaton = PatternAutomaton(patterns: owners.map { Array($0.1.utf16) })
        var hits = [[TextSpan]](repeating: [], count: sets.count)
        automaton.scan(text.units) { pattern, start in
            hits[owners[pattern].0].append(TextSpan(start, start + automaton.lengths[pattern]))
        }
        let windows = Self.windows(Self.windows(around: hits[0], in: text.units), holding: Array(hits.dropFirst()))
        return matches(in: text.units, windows: windows, pieces: &pieces)
    }
}

/// The strings regular expressions search: the line holding a window, decoded once and reused
/// while the following windows lie on the same line (callers go through windows in text order).
/// A window on a very long line is decoded on its own.
struct WindowTexts {
    private var last: (start: Int, text: String)?
    /// Lines longer than this are not decoded whole.
    private static let longLine = 4 * GuardedExpression.reach

    /// A string containing `window`, and the text offset at which it starts.
    mutating func text(containing window: TextSpan, in units: [UInt16]) -> (String, Int) {
        var start = window.start
        while start > 0, window.start - start <= Self.longLine, units[start - 1] != 0x0A { start -= 1 }
        var end = window.end
        while end < units.count, end - window.end <= Self.longLine, units[end] != 0x0A { end += 1 }
        let wholeLine = (start == 0 || units[start - 1] == 0x0A) && (end == units.count || units[end] == 0x0A)
        guard wholeLine else { return (units.decodedString(window.start, window.end), window.start) }
        if let last, last.start == start { return (last.text, start) }
        let line = units.decodedString(start, end)
        last = (start, line)
        return (line, start)
    }
}

/// Derives, from an ICU pattern, literal strings one of which every match must contain.
enum RequiredLiterals {
    /// Literals one of which every match contains, or nil when none can be derived (some
    /// alternative has no required plain text, or the pattern matches case-insensitively).
    ///
    /// For each top-level alternative, the candidates are its runs of required plain characters
    /// and its required groups whose own alternatives all yield literals (`(予以|给予)`); the
    /// candidate whose shortest literal is longest is kept.
    static func extract(from pattern: String) -> [String]? {
        guard !pattern.contains("(?i"), !pattern.contains("(?x") else { return nil }
        return extract(Array(pattern))
    }

    /// Every literal set a match must contain one of, best guard first: for a pattern without
    /// top-level alternatives, each of its required runs and groups; otherwise the one set from
    /// `extract`.
    static func requirements(of pattern: String) -> [[String]]? {
        guard let best = extract(from: pattern) else { return nil }
        let branches = topLevelBranches(Array(pattern))
        guard branches.count == 1 else { return [best] }
        let all = candidates(in: branches[0]).map { Array(Set($0)).sorted() }
        return [best] + all.filter { $0 != best }
    }

    private static func extract(_ characters: [Character]) -> [String]? {
        var literals: [String] = []
        for branch in topLevelBranches(characters) {
            guard let best = candidates(in: branch).max(by: { score($0) < score($1) }) else { return nil }
            literals += best
        }
        return literals.isEmpty ? nil : Array(Set(literals)).sorted()
    }

    private static func score(_ set: [String]) -> (Int, Int) {
        (set.map { $0.utf16.count }.min() ?? 0, -set.count)
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

    /// The literal candidates of one alternative: runs of required plain characters, and the
    /// literal sets of its required groups.
    private static func candidates(in branch: [Character]) -> [[String]] {
        var found: [[String]] = []
        var run = ""
        func endRun() {
            if !run.isEmpty { found.append([run]) }
            run = ""
        }
        /// Whether the atom ending before `next` may occur zero times.
        func optional(_ next: Int) -> Bool {
            guard next < branch.count else { return false }
            if branch[next] == "?" || branch[next] == "*" { return true }
            if branch[next] == "{", next + 1 < branch.count { return branch[next + 1] == "0" || branch[next + 1] == "," }
            return false
        }
        var index = 0
        while index < branch.count {
            let character = branch[index]
            if character == "[" {
                endRun()
                index += 1
                while index < branch.count, branch[index] != "]" { index += branch[index] == "\\" ? 2 : 1 }
                index += 1
                continue
            }
            if character == "{" {
                // A counted quantifier {m,n}: not literal text.
                endRun()
                while index < branch.count, branch[index] != "}" { index += 1 }
                index += 1
                continue
            }
            if character == "(" {
                endRun()
                var depth = 1, end = index + 1
                while end < branch.count, depth > 0 {
                    if branch[end] == "\\" { end += 2; continue }
                    if branch[end] == "(" { depth += 1 } else if branch[end] == ")" { depth -= 1 }
                    end += 1
                }
                var content = Array(branch[(index + 1)..<max(index + 1, end - 1)])
                let lookaround = content.starts(with: ["?", "<", "!"]) || content.starts(with: ["?", "<", "="])
                    || content.starts(with: ["?", "!"]) || content.starts(with: ["?", "="])
                if content.starts(with: ["?", ":"]) { content.removeFirst(2) }
                if !lookaround, content.first != "?", !optional(end), let inner = extract(content) {
                    found.append(inner)
                }
                index = end
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
            if let literal, !optional(next) {
                run.append(literal)
                if next < branch.count, branch[next] == "+" || branch[next] == "{" { endRun() }
            } else {
                endRun()
            }
            index = next
        }
        endRun()
        return found
    }
}
