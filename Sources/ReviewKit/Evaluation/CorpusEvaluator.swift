import Foundation

/// Scores the reviewer against a labelled corpus, as section 五 of the corpus README says: a hit
/// is a finding overlapping an expected quote with the same category; a false positive is a
/// finding overlapping a `must_not_flag` quote (unless it also covers an expected problem of its
/// category), or any finding on a clean case; findings on `unlabeled_debatable` passages are not scored.
public struct CorpusEvaluator: Sendable {
    public let reviewer: Reviewer

    public init(reviewer: Reviewer) { self.reviewer = reviewer }

    /// Evaluates every case folder under `corpus` (folders holding a case.yaml), in name order.
    public func evaluate(corpus: String) throws -> EvaluationReport {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []
        let folders = names.sorted().map { (corpus as NSString).appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent("case.yaml")) }
        guard !folders.isEmpty else {
            throw ReviewError(.corpusFormat, file: corpus, message: "文件夹中没有评测案例（含 case.yaml 的子文件夹）。",
                              fix: "请指定语料根目录，如 ../shared/corpus。")
        }
        return EvaluationReport(cases: try folders.map { try evaluate(try CorpusCase.load(folder: $0)) })
    }

    /// Evaluates one case.
    public func evaluate(_ item: CorpusCase) throws -> EvaluationReport.CaseResult {
        let source = try SourceLoader.load(path: item.draftPath)
        let result = reviewer.review(DocumentParser.parse(source), kind: item.kind)
        let text = source.text
        func ranges(_ quote: String) -> [Range<Int>] { Self.occurrences(of: quote, in: text) }
        func overlaps(_ finding: Finding, _ quote: String) -> Bool {
            let span = finding.location.offset..<(finding.location.offset + max(1, finding.location.length))
            return ranges(quote).contains { $0.overlaps(span) }
        }
        var hits: [CorpusCase.Expected] = [], misses: [CorpusCase.Expected] = []
        for expected in item.expected {
            if result.findings.contains(where: { $0.category == expected.category && overlaps($0, expected.quote) }) {
                hits.append(expected)
            } else {
                misses.append(expected)
            }
        }
        var falsePositives: [Finding] = [], scored: [Finding] = []
        for finding in result.findings {
            if item.debatable.contains(where: { overlaps(finding, $0.quote) })
                && !item.expected.contains(where: { overlaps(finding, $0.quote) }) { continue }
            scored.append(finding)
            // A finding whose quote covers a labelled problem of its category is justified by it,
            // even when a lawful passage stands in the same sentence.
            let justified = item.expected.contains { $0.category == finding.category && overlaps(finding, $0.quote) }
            if item.clean || (!justified && item.mustNotFlag.contains(where: { overlaps(finding, $0.quote) })) {
                falsePositives.append(finding)
            }
        }
        return EvaluationReport.CaseResult(name: item.name, clean: item.clean, hits: hits, misses: misses,
                                           falsePositives: falsePositives, findings: scored)
    }

    /// UTF-16 ranges of every occurrence of `quote` in `text`.
    static func occurrences(of quote: String, in text: String) -> [Range<Int>] {
        let haystack = text as NSString
        var result: [Range<Int>] = []
        var searchRange = NSRange(location: 0, length: haystack.length)
        while true {
            let found = haystack.range(of: quote, options: [.literal], range: searchRange)
            guard found.location != NSNotFound, found.length > 0 else { break }
            result.append(found.location..<NSMaxRange(found))
            let next = found.location + 1
            searchRange = NSRange(location: next, length: haystack.length - next)
        }
        return result
    }
}
