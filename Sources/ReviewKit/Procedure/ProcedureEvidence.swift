import Foundation

/// A sentence of the draft or the 送审材料 that shows a procedure was done, or was not.
struct ProcedureEvidence {
    let document: Document
    let sentence: TextSpan
    /// The sentence says the procedure was not done (未公开征求意见).
    let negative: Bool
    /// Periods written in the sentence (于2026年3月1日至3月20日…).
    let periods: [PeriodMention]
    /// When it happened: the last date in the sentence, or the date of the material it is in.
    let date: CalendarDay?

    /// “征求意见情况说明.txt第3行：‘……’”, for the procedure table.
    var citation: String {
        let location = document.location(of: sentence)
        let name = (document.source.path as NSString).lastPathComponent
        return "\(name)第\(location.line)\(document.source.lineUnitName)：“\(document.quote(sentence))”"
    }

    /// A heading (关于公开征求意见。), on its own line or run into its paragraph, names a topic;
    /// it shows nothing either way.
    private static func isHeading(_ sentence: TextSpan, in document: Document) -> Bool {
        let line = document.lines[document.lineIndex(at: sentence.start)]
        guard sentence.length <= 16, sentence.start - line.start <= 8 else { return false }
        let words = document.text(sentence)
        return line.end <= sentence.end + 1 || words.hasPrefix("关于") || words.hasSuffix("情况。") || words.hasSuffix("情况")
    }

    /// The evidence of procedure `index` of `matcher` in the draft and the materials, in order.
    static func gather(index: Int, matcher: ChecklistMatcher, draft: Document, context: ReviewContext) -> [ProcedureEvidence] {
        var result: [ProcedureEvidence] = []
        for document in [draft] + context.materials {
            let hits = RoleIndex(context.scans.scan(matcher, document).hits[index])
            let anchors = (hits[.trigger] + hits[.exception]).sorted()
            guard !anchors.isEmpty else { continue }
            let referenceYear = document.metadata.dates.compactMap(\.year).first
                ?? Calendar(identifier: .gregorian).component(.year, from: Date())
            // Period extraction reads the whole text: skip it for very large drafts (a batch input).
            let periods = document.normalized.units.count <= 200_000
                ? PeriodExtractor.periods(in: document, referenceYear: referenceYear) : []
            let dates = document.normalized.units.count <= 200_000
                ? PeriodExtractor.dates(in: document, referenceYear: referenceYear) : []
            // A material's own date: its 落款 date, else the first date it gives (会议纪要 open with theirs).
            let documentDate = document.metadata.writtenDate.flatMap { mention in
                CalendarDay(year: mention.year ?? referenceYear, month: mention.month, day: mention.day)
            } ?? (document.identity === draft.identity ? nil : dates.first?.day)
            var seen = Set<Int>()
            for anchor in anchors {
                let sentence = document.scopeSpan(.sentence, at: anchor.start)
                guard seen.insert(sentence.start).inserted, !isHeading(sentence, in: document) else { continue }
                let inSentence = periods.filter { sentence.overlaps($0.span) }
                let lastDate = dates.filter { sentence.contains($0.span) }.last?.day
                result.append(ProcedureEvidence(
                    document: document, sentence: sentence, negative: hits.has(.exception, within: sentence),
                    periods: inSentence, date: inSentence.last?.end ?? lastDate ?? documentDate))
            }
        }
        return result
    }
}
