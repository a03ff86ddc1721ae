/// A parsed draft: its source, the normalised text matching sees, and everything every check
/// needs (metadata, outline, sentences), computed once.
public struct Document: Sendable {
    public let source: SourceText
    public let normalized: NormalizedText
    public let metadata: Metadata
    /// The outline in document order; a unit's children follow it.
    public let units: [StructuralUnit]
    public let sentences: [Sentence]
    /// The lines (paragraphs) of the normalised text, without their line breaks.
    public let lines: [TextSpan]
    /// Tells parsed documents apart, so work shared between checks is cached per document.
    let identity = Identity()

    final class Identity: Sendable {}

    init(source: SourceText, normalized: NormalizedText, metadata: Metadata, units: [StructuralUnit],
         sentences: [Sentence], lines: [TextSpan]) {
        self.source = source
        self.normalized = normalized
        self.metadata = metadata
        self.units = units
        self.sentences = sentences
        self.lines = lines
    }

    /// The whole normalised text as one span.
    public var fullSpan: TextSpan { TextSpan(0, normalized.units.count) }

    /// The exact source text a normalised span covers.
    public func quote(_ span: TextSpan) -> String {
        let range = normalized.sourceRange(span.start, span.end)
        return source.substring(range.start, range.end)
    }

    /// The normalised text of a span.
    public func text(_ span: TextSpan) -> String { normalized.substring(span.start, span.end) }

    /// Index of the sentence containing `offset` (or the nearest one before it).
    public func sentenceIndex(at offset: Int) -> Int? {
        guard !sentences.isEmpty else { return nil }
        var low = 0, high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].span.start <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Index of the line containing `offset`.
    public func lineIndex(at offset: Int) -> Int {
        var low = 0, high = max(0, lines.count - 1)
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The deepest structural unit containing `offset`.
    ///
    /// Units are nested and in document order, so it is the last unit starting at or before
    /// `offset`, or the nearest of its ancestors that still reaches `offset`.
    public func unitIndex(at offset: Int) -> Int? {
        guard let first = units.first, first.span.start <= offset else { return nil }
        var low = 0, high = units.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if units[mid].span.start <= offset { low = mid } else { high = mid - 1 }
        }
        var candidate: Int? = low
        while let index = candidate, !units[index].span.contains(offset) { candidate = units[index].parent }
        return candidate
    }

    /// Indices of the direct children of a unit.
    public func childIndices(of index: Int) -> [Int] {
        var result: [Int] = []
        var next = index + 1
        while next < units.count, units[index].span.contains(units[next].span) {
            if units[next].parent == index { result.append(next) }
            next += 1
        }
        return result
    }

    /// Indices of the units from the outermost to `index`.
    public func ancestry(of index: Int) -> [Int] {
        var chain = [index]
        while let parent = units[chain[0]].parent { chain.insert(parent, at: 0) }
        return chain
    }

    /// The span that a rule scope covers around `offset`.
    public func scopeSpan(_ scope: RuleScope, at offset: Int) -> TextSpan {
        switch scope {
        case .document:
            return fullSpan
        case .sentence:
            return sentenceIndex(at: offset).map { sentences[$0].span } ?? lines[lineIndex(at: offset)]
        case .clause:
            if let unit = unitIndex(at: offset),
               let clause = ancestry(of: unit).last(where: { [.clause, .subclause].contains(units[$0].kind) }) {
                return units[clause].span
            }
            return lines[lineIndex(at: offset)]
        case .article:
            if let unit = unitIndex(at: offset) {
                let chain = ancestry(of: unit)
                if let article = chain.first(where: { units[$0].kind == .article }) { return units[article].span }
                if let heading = chain.last(where: { units[$0].kind.rank >= 10 }) { return units[heading].span }
            }
            return lines[lineIndex(at: offset)]
        }
    }

    /// Where `offset` lies in the outline, as a reviewer writes it: 第五条第二款第（三）项, 二、（一）.
    public func articlePath(at offset: Int) -> String? {
        guard let unit = unitIndex(at: offset) else { return nil }
        let chain = ancestry(of: unit)
        let hasArticle = chain.contains { units[$0].kind == .article }
        var path = ""
        for index in chain {
            let node = units[index]
            switch node.kind {
            case .part, .chapter, .section:
                if !hasArticle { path += node.label }
            case .article:
                path += node.label
            case .clause:
                let siblings = node.parent.map { childIndices(of: $0).filter { units[$0].kind == .clause } } ?? []
                if siblings.count > 1 { path += "第\(ChineseNumeral.format(node.ordinal))款" }
            case .item:
                path += "第\(node.label)项"
            case .subitem:
                path += "第\(node.number)目"
            case .subclause, .heading1, .heading2, .heading3, .heading4:
                path += node.label
            }
        }
        return path.isEmpty ? nil : path
    }

    /// The location of a span for a finding: file, line, column (of its start) and article path.
    public func location(of span: TextSpan) -> Location {
        let range = normalized.sourceRange(span.start, span.end)
        let position = source.position(of: range.start)
        return Location(file: source.path, line: position.line, column: position.column,
                        article: articlePath(at: span.start), offset: range.start,
                        length: range.end - range.start)
    }
}
