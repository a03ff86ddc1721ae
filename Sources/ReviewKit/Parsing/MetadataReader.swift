import Foundation

/// Reads title, 发文字号, issuer, dates and validity wording from a parsed draft.
enum MetadataReader {
    private static let datePattern = try! NSRegularExpression(
        pattern: "(?:([0-9]{4}|[〇零○一二三四五六七八九]{4})年)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日")
    /// 发文字号 with any bracket form, so drafting checks can see wrong brackets.
    private static let numberPattern = try! NSRegularExpression(
        pattern: "[\\p{Han}A-Za-z]{1,12}[〔\\[【（〖［][0-9]{4}[〕\\]】）〗］]第?[0-9]{1,5}号")
    private static let issuerSuffix = try! NSRegularExpression(
        pattern: "(人民政府|办公室|办公厅|局|委员会|管理委员会|管委会|厅|委|办|中心|公司|部)$")
    private static let titleEndings = ["办法", "规定", "细则", "意见", "通知", "通告", "决定", "方案", "规划", "计划",
                                       "合同", "协议", "协议书", "规则", "措施", "稿）", "稿)", "纲要", "公告", "批复"]

    private static let dates = GuardedExpression(datePattern)
    /// Words that mark the commencement clause (group 0) and the validity clause (group 1).
    private static let clauseWords: [(String, Int)] = [("起施行", 0), ("起执行", 0), ("起实施", 0), ("施行之日", 0), ("有效期", 1)]
    private static let clauseAutomaton = PatternAutomaton(patterns: clauseWords.map { Array($0.0.utf16) })

    static func read(_ document: Document) -> Metadata {
        var metadata = Metadata()
        let units = document.normalized.units
        readTitle(document, into: &metadata)
        // The 发文字号 stands in the head or, for some documents, in the signature block.
        let head = document.lines.prefix(12).last.map { TextSpan(0, $0.end) } ?? TextSpan(0, 0)
        let tail = document.lines.suffix(12).first.map { TextSpan(max($0.start, head.end), units.count) } ?? TextSpan(0, 0)
        for region in [head, tail] where metadata.documentNumber == nil && region.length > 0 {
            let words = document.text(region)
            if let match = numberPattern.firstMatch(in: words, range: NSRange(location: 0, length: region.length)) {
                metadata.documentNumberSpan = TextSpan(region.start + match.range.location, region.start + NSMaxRange(match.range))
                metadata.documentNumber = (words as NSString).substring(with: match.range)
            }
        }
        metadata.dates = dates.matches(in: document.normalized).compactMap { dateMention($0, in: document) }
        for date in metadata.dates {
            let after = document.text(TextSpan(date.span.end, min(date.span.end + 3, units.count)))
            if after.hasPrefix("印发") || after.hasPrefix("发布") { metadata.issuedDate = date }
            let line = document.lines[document.lineIndex(at: date.span.start)]
            if line.start == date.span.start && line.end == date.span.end { metadata.writtenDate = date }
        }
        var firstClause: [Int: Int] = [:]
        clauseAutomaton.scan(units) { pattern, start in
            let group = clauseWords[pattern].1
            if firstClause[group] == nil || start < firstClause[group]! { firstClause[group] = start }
        }
        if let start = firstClause[0] {
            let sentence = document.scopeSpan(.sentence, at: start)
            metadata.effectiveClause = sentence
            metadata.effectiveDate = metadata.dates.first { sentence.contains($0.span) }
        }
        if let start = firstClause[1] { metadata.validityClause = document.scopeSpan(.sentence, at: start) }
        metadata.issuer = readIssuer(document, title: metadata.title)
        return metadata
    }

    private static func readTitle(_ document: Document, into metadata: inout Metadata) {
        let candidates = document.lines.prefix(8).filter { $0.length > 0 }
        func isNumberLine(_ words: String) -> Bool {
            numberPattern.firstMatch(in: words, range: NSRange(location: 0, length: (words as NSString).length)) != nil
        }
        // Lines above the 发文字号 belong to the 版头 (江临市人民政府文件), not the title.
        let numberLine = candidates.firstIndex { isNumberLine(document.text($0)) && document.text($0).count <= 40 }
        for (position, line) in candidates.enumerated() {
            let words = document.text(line)
            if let numberLine, position <= numberLine { continue }
            if isNumberLine(words) || words.hasPrefix("签发人") || words.count < 4 || words.count > 80 || words.hasSuffix("：")
                || (words.hasSuffix("文件") && words.count <= 20) {
                continue
            }
            var span = line
            var title = words
            if !titleEndings.contains(where: { title.hasSuffix($0) }), position + 1 < candidates.count {
                let next = candidates[position + 1]
                let nextWords = document.text(next)
                if nextWords.count <= 40, !nextWords.contains("。"), titleEndings.contains(where: { nextWords.hasSuffix($0) }) {
                    title += nextWords
                    span = TextSpan(line.start, next.end)
                }
            }
            guard !title.contains("。") else { return }
            metadata.title = title.trimmingCharacters(in: CharacterSet(charactersIn: "《》"))
            metadata.titleSpan = span
            return
        }
    }

    private static func readIssuer(_ document: Document, title: String?) -> String? {
        for line in document.lines.suffix(8).reversed() {
            let words = document.text(line)
            guard words.count >= 3, words.count <= 30, !words.contains("。"), !words.contains("："),
                  issuerSuffix.firstMatch(in: words, range: NSRange(location: 0, length: (words as NSString).length)) != nil
            else { continue }
            return words
        }
        if let title, let about = title.range(of: "关于"), about.lowerBound > title.startIndex {
            return String(title[..<about.lowerBound])
        }
        return nil
    }

    private static func dateMention(_ span: TextSpan, in document: Document) -> DateMention? {
        let words = document.text(span)
        guard let match = datePattern.firstMatch(in: words, range: NSRange(location: 0, length: span.length)) else { return nil }
        func group(_ index: Int) -> String? {
            let range = match.range(at: index)
            return range.location == NSNotFound ? nil : (words as NSString).substring(with: range)
        }
        guard let month = group(2).flatMap(ChineseNumeral.parse), let day = group(3).flatMap(ChineseNumeral.parse),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return DateMention(span: span, year: group(1).flatMap(ChineseNumeral.parse), month: month, day: day)
    }
}
