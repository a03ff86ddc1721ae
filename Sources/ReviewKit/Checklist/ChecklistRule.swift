/// A rule written in a checklist file, run by the kernel's matcher.
///
/// It fires in a scope unit (sentence, 款, 条 or the whole draft) when a trigger occurs there, every
/// required word group is present there and no exception is; or, for a presence rule, when none of
/// the required words occurs in the draft or its 送审材料.
public struct ChecklistRule: Check {
    public let definition: RuleDefinition
    /// The message, with `{match}` standing for the triggering words.
    public let message: String
    public let suggestion: String
    public let scope: RuleScope
    /// The literal words that can trigger the rule (not its exceptions).
    public let triggerWords: [String]
    let exceptionScope: RuleScope
    let presence: PresenceSource?
    let requiredGroups: Int
    let nearLimits: [Int]
    let hasTriggers: Bool
    /// The rule has only required words (`all`), so their co-occurrence is the trigger.
    let requiredOnly: Bool
    let matcher: ChecklistMatcher
    /// This rule's index in `matcher`.
    let index: Int

    public func findings(in document: Document, context: ReviewContext) -> [Finding] {
        let hits = RoleIndex(context.scans.scan(matcher, document).hits[index])
        var triggers = triggerSpans(hits, in: document)
        if hasTriggers {
            triggers = triggers.filter { applies(at: $0, hits: hits, in: document) }
        }
        if let presence {
            guard !isPresent(presence, draftHits: hits, context: context) else { return [] }
            if hasTriggers {
                guard let first = triggers.first else { return [] }
                return [finding(at: first, in: document, context: context)]
            }
            let anchor = document.metadata.titleSpan ?? document.lines.first { $0.length > 0 } ?? document.fullSpan
            let text = message.replacingOccurrences(of: "{match}", with: "")
            return [finding(on: anchor, in: document, context: context, message: text, suggestion: suggestion)]
        }
        var fired = Set<Int>()
        var results: [Finding] = []
        for trigger in triggers {
            let unit = document.scopeSpan(scope, at: trigger.start)
            guard fired.insert(unit.start).inserted else { continue }
            results.append(finding(at: trigger, in: document, context: context))
        }
        return results
    }

    /// A finding quoting the sentence that holds the trigger.
    private func finding(at trigger: TextSpan, in document: Document, context: ReviewContext) -> Finding {
        let sentence = document.scopeSpan(.sentence, at: trigger.start)
        let quoteSpan = sentence.contains(trigger) ? sentence : trigger
        let text = message.replacingOccurrences(of: "{match}", with: document.quote(trigger))
        return finding(on: quoteSpan, in: document, context: context, message: text, suggestion: suggestion)
    }

    /// Candidate trigger spans: single words or patterns, “A near B” pairs, or (with only required
    /// words) the first required group's hits.
    private func triggerSpans(_ hits: RoleIndex, in document: Document) -> [TextSpan] {
        var spans = hits[.trigger]
        for (group, limit) in nearLimits.enumerated() {
            let second = hits[.nearB(group)]
            for a in hits[.nearA(group)] {
                let unit = document.scopeSpan(scope, at: a.start)
                for b in RoleIndex.spans(second, startingIn: max(unit.start, a.start - limit - 64), a.end + limit + 1) {
                    let gap = max(b.start - a.end, a.start - b.end)
                    guard gap <= limit, !a.overlaps(b), unit.contains(b) else { continue }
                    spans.append(TextSpan(min(a.start, b.start), max(a.end, b.end)))
                }
            }
        }
        if requiredOnly {
            spans = hits[.required(0)]
        }
        return spans.sorted()
    }

    /// Whether the required words are present and no exception is, around a trigger.
    private func applies(at trigger: TextSpan, hits: RoleIndex, in document: Document) -> Bool {
        let unit = document.scopeSpan(scope, at: trigger.start)
        for group in 0..<requiredGroups where !hits.has(.required(group), within: unit) {
            return false
        }
        return !hits.has(.exception, within: document.scopeSpan(exceptionScope, at: trigger.start))
    }

    private func isPresent(_ source: PresenceSource, draftHits: RoleIndex, context: ReviewContext) -> Bool {
        let inDraft = !draftHits[.presence].isEmpty
        if source == .draft { return inDraft }
        let inMaterials = context.materials.contains { material in
            context.scans.scan(matcher, material).hits[index].contains { $0.role == .presence }
        }
        return source == .materials ? inMaterials : inDraft || inMaterials
    }
}

/// A rule's hits grouped by role, each group sorted by start, for range lookups.
struct RoleIndex {
    private let groups: [MatchRole: [TextSpan]]

    init(_ hits: [MatchHit]) {
        groups = Dictionary(grouping: hits, by: \.role).mapValues { $0.map(\.span).sorted() }
    }

    subscript(role: MatchRole) -> [TextSpan] { groups[role] ?? [] }

    /// Whether a hit of `role` lies wholly inside `unit`.
    func has(_ role: MatchRole, within unit: TextSpan) -> Bool {
        Self.spans(self[role], startingIn: unit.start, unit.end).contains { $0.end <= unit.end }
    }

    /// The spans (sorted by start) whose start lies in `[from, to)`.
    static func spans(_ sorted: [TextSpan], startingIn from: Int, _ to: Int) -> ArraySlice<TextSpan> {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].start < from { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < sorted.count, sorted[end].start < to { end += 1 }
        return sorted[low..<end]
    }
}
