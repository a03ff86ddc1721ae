/// Parses a `SourceText` into a `Document`: outline, sentences and metadata.
public enum DocumentParser {
    /// Parses `source`.
    public static func parse(_ source: SourceText) -> Document {
        let normalized = NormalizedText(source.units)
        let lines = splitLines(normalized.units)
        var outline = OutlineBuilder(text: normalized)
        for (index, line) in lines.enumerated() { outline.add(line: line, index: index) }
        let units = outline.finish(textEnd: normalized.units.count)
        let sentences = SentenceSplitter.split(normalized.units, lines: lines, units: units,
                                               labelEnds: outline.labelEnds)
        let draft = Document(source: source, normalized: normalized, metadata: Metadata(), units: units,
                             sentences: sentences, lines: lines)
        let metadata = MetadataReader.read(draft)
        return Document(source: source, normalized: normalized, metadata: metadata, units: units,
                        sentences: sentences, lines: lines)
    }

    private static func splitLines(_ units: [UInt16]) -> [TextSpan] {
        var lines: [TextSpan] = []
        var start = 0
        for (offset, unit) in units.enumerated() where unit == 0x0A {
            lines.append(TextSpan(start, offset))
            start = offset + 1
        }
        lines.append(TextSpan(start, units.count))
        return lines
    }
}

/// Builds the outline line by line, keeping a stack of open units.
struct OutlineBuilder {
    let text: NormalizedText
    var units: [UInt16] { text.units }
    private(set) var nodes: [StructuralUnit] = []
    /// For each line that starts with a label, where the label ends (sentences start after it).
    private(set) var labelEnds: [Int: Int] = [:]
    private var open: [Int] = []
    private var ordinals: [Int: [StructuralUnit.Kind: Int]] = [:]
    private var topOrdinals: [StructuralUnit.Kind: Int] = [:]

    init(text: NormalizedText) { self.text = text }

    mutating func add(line: TextSpan, index: Int) {
        guard line.length > 0 else { return }
        let origins = text.originOffsets
        let label = OutlineLabel.read(units, from: line.start, to: line.end) { offset in
            offset > 0 && origins[offset] - origins[offset - 1] > 1
        }
        let article = open.last(where: { nodes[$0].kind == .article })
        guard let label else {
            // An unlabelled line inside an article opens a new 款 (unless it continues a sub-clause).
            if article != nil { openUnit(.clause, number: 0, label: "", labelSpan: TextSpan(line.start, line.start)) }
            return
        }
        let kind: StructuralUnit.Kind
        switch label.form {
        case .ordinal(let ordinalKind): kind = ordinalKind
        case .chineseEnumerator: kind = article != nil ? .item : .heading1
        case .chineseParenthesized: kind = article != nil ? .item : .heading2
        case .arabicEnumerator: kind = article != nil ? .subitem : .heading3
        case .arabicParenthesized: kind = article != nil ? .subitem : .heading4
        case .decimal:
            guard article != nil else { return }
            kind = .subclause
        }
        let labelSpan = TextSpan(line.start, line.start + label.length)
        var labelText = units.decodedString(labelSpan.start, labelSpan.end)
        if kind == .subclause || kind == .heading3, labelText.hasSuffix("、") { labelText = String(labelText.dropLast()) + "." }
        openUnit(kind, number: label.number, label: labelText, labelSpan: labelSpan)
        labelEnds[index] = labelSpan.end
        if kind == .article {
            // The text after 第X条 is its first 款.
            openUnit(.clause, number: 0, label: "", labelSpan: TextSpan(labelSpan.end, labelSpan.end))
        }
    }

    private mutating func openUnit(_ kind: StructuralUnit.Kind, number: Int, label: String, labelSpan: TextSpan) {
        while let last = open.last, nodes[last].kind.rank >= kind.rank {
            close(last, at: labelSpan.start)
        }
        let parent = open.last
        var ordinal = 1
        if let parent {
            ordinal = (ordinals[parent]?[kind] ?? 0) + 1
            ordinals[parent, default: [:]][kind] = ordinal
        } else {
            ordinal = (topOrdinals[kind] ?? 0) + 1
            topOrdinals[kind] = ordinal
        }
        nodes.append(StructuralUnit(kind: kind, number: kind == .clause ? ordinal : number, label: label,
                                    labelSpan: labelSpan, span: TextSpan(labelSpan.start, labelSpan.start),
                                    parent: parent, ordinal: ordinal))
        open.append(nodes.count - 1)
    }

    private mutating func close(_ index: Int, at end: Int) {
        var closeAt = end
        // A unit ends before the line break that precedes the next label.
        if closeAt > 0, closeAt <= units.count, units[closeAt - 1] == 0x0A { closeAt -= 1 }
        nodes[index].span.end = max(nodes[index].span.start, closeAt)
        open.removeLast()
    }

    mutating func finish(textEnd: Int) -> [StructuralUnit] {
        var end = textEnd
        while end > 0, units[end - 1] == 0x0A { end -= 1 }
        while let last = open.last { close(last, at: end) }
        return nodes
    }
}
