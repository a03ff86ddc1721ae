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

    /// The period a document gives elsewhere than in the evidence sentence: its only date range
    /// (征求意见时间为…至…), or, in a notice, from its own date to a deadline it sets
    /// (征求意见时间截止到2020年10月23日 in a notice dated 2020年10月15日).
    private static func impliedPeriod(in document: Document, periods: [PeriodMention],
                                      dates: [(span: TextSpan, day: CalendarDay)], issued: CalendarDay?) -> PeriodMention? {
        let ranges = periods.filter { $0.start != nil && $0.end != nil }
        if ranges.count == 1 { return ranges[0] }
        guard ranges.isEmpty, let issued, document.metadata.writtenDate != nil else { return nil }
        for date in dates where date.day > issued {
            let before = document.text(TextSpan(max(0, date.span.start - 4), date.span.start))
            let after = document.text(TextSpan(date.span.end, min(document.normalized.units.count, date.span.end + 1)))
            if before.contains("截止") || before.contains("截至") || after == "前" {
                return PeriodMention(span: date.span, start: issued, end: date.day)
            }
        }
        return nil
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
    ///
    /// - Parameter timed: the procedure has a minimum period, so a sentence without its own period
    ///   may take the one its material gives elsewhere.
    static func gather(index: Int, matcher: ChecklistMatcher, draft: Document, context: ReviewContext,
                       timed: Bool) -> [ProcedureEvidence] {
        context.scans.memo("evidence-\(index)-\(timed)", draft) {
            collect(index: index, matcher: matcher, draft: draft, context: context, timed: timed)
        }
    }

    private static func collect(index: Int, matcher: ChecklistMatcher, draft: Document, context: ReviewContext,
                                timed: Bool) -> [ProcedureEvidence] {
        var result: [ProcedureEvidence] = []
        for document in [draft] + context.materials {
            let hits = RoleIndex(context.scans.scan(matcher, document).hits[index])
            let anchors = (hits[.trigger] + hits[.exception]).sorted()
            guard !anchors.isEmpty else { continue }
            let referenceYear = document.metadata.dates.compactMap(\.year).first
                ?? Calendar(identifier: .gregorian).component(.year, from: Date())
            let periods = context.scans.memo("periods", document) { PeriodExtractor.periods(in: document, referenceYear: referenceYear) }
            let dates = context.scans.memo("dates", document) { PeriodExtractor.dates(in: document, referenceYear: referenceYear) }
            // A material's own date: its 落款 date, else the first date it gives (会议纪要 open with theirs).
            let documentDate = document.metadata.writtenDate.flatMap { mention in
                CalendarDay(year: mention.year ?? referenceYear, month: mention.month, day: mention.day)
            } ?? (document.identity === draft.identity ? nil : dates.first?.day)
            var seen = Set<Int>()
            for anchor in anchors {
                let sentence = document.scopeSpan(.sentence, at: anchor.start)
                guard seen.insert(sentence.start).inserted, !isHeading(sentence, in: document) else { continue }
                let own = periods.filter { sentence.overlaps($0.span) }
                let lastDate = dates.filter { sentence.contains($0.span) }.last?.day
                var inSentence = own
                if timed, own.isEmpty, !hits.has(.exception, within: sentence),
                   let implied = impliedPeriod(in: document, periods: periods, dates: dates, issued: documentDate) {
                    inSentence = [implied]
                }
                result.append(ProcedureEvidence(
                    document: document, sentence: sentence, negative: hits.has(.exception, within: sentence),
                    periods: inSentence, date: own.last?.end ?? lastDate ?? inSentence.last?.end ?? documentDate))
            }
        }
        return result
    }
}
