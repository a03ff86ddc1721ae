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

    static func read(_ document: Document) -> Metadata {
        var metadata = Metadata()
        let text = document.normalized.string as NSString
        readTitle(document, into: &metadata)
        let head = document.lines.prefix(12).last.map { $0.end } ?? 0
        let tailStart = document.lines.suffix(12).first.map { $0.start } ?? 0
        for range in [NSRange(location: 0, length: head),
                      NSRange(location: tailStart, length: text.length - tailStart)] {
            if metadata.documentNumber == nil, let match = numberPattern.firstMatch(in: document.normalized.string,
                                                                                    range: range) {
                metadata.documentNumber = text.substring(with: match.range)
                metadata.documentNumberSpan = TextSpan(match.range.location, NSMaxRange(match.range))
            }
        }
        metadata.dates = datePattern.matches(in: document.normalized.string, range: NSRange(location: 0, length: text.length))
            .compactMap { dateMention($0, in: text) }
        for date in metadata.dates {
            let after = document.text(TextSpan(date.span.end, min(date.span.end + 3, text.length)))
            if after.hasPrefix("印发") || after.hasPrefix("发布") { metadata.issuedDate = date }
            let line = document.lines[document.lineIndex(at: date.span.start)]
            if line.start == date.span.start && line.end == date.span.end { metadata.writtenDate = date }
        }
        for sentence in document.sentences {
            let words = document.text(sentence.span)
            if metadata.effectiveClause == nil, words.contains("起施行") || words.contains("起执行")
                || words.contains("起实施") || words.contains("施行之日") {
                metadata.effectiveClause = sentence.span
                metadata.effectiveDate = metadata.dates.first { sentence.span.contains($0.span) }
            }
            if metadata.validityClause == nil, words.contains("有效期") {
                metadata.validityClause = sentence.span
            }
        }
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

    private static func dateMention(_ match: NSTextCheckingResult, in text: NSString) -> DateMention? {
        func group(_ index: Int) -> String? {
            let range = match.range(at: index)
            return range.location == NSNotFound ? nil : text.substring(with: range)
        }
        guard let month = group(2).flatMap(ChineseNumeral.parse), let day = group(3).flatMap(ChineseNumeral.parse),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return DateMention(span: TextSpan(match.range.location, NSMaxRange(match.range)),
                           year: group(1).flatMap(ChineseNumeral.parse), month: month, day: day)
    }
}
