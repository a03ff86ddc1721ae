/// Splits lines into sentences at 。；！？ outside quotes and brackets.
enum SentenceSplitter {
    private static let terminators: Set<UInt16> = Set("。；！？".utf16)
    private static let openers: Set<UInt16> = Set("“‘《（「『【〔[".utf16)
    private static let closers: Set<UInt16> = Set("”’》）」』】〕]".utf16)
    /// Closing marks that belong to the sentence they follow (。” ends the sentence after the quote).
    private static let trailing: Set<UInt16> = Set("”’）」』".utf16)

    static func split(_ units: [UInt16], lines: [TextSpan], units outline: [StructuralUnit],
                      labelEnds: [Int: Int]) -> [Sentence] {
        var sentences: [Sentence] = []
        var unitCursor = UnitCursor(units: outline)
        for (lineIndex, line) in lines.enumerated() {
            var start = labelEnds[lineIndex] ?? line.start
            if start >= line.end { start = line.start }  // a bare label line such as 第一章 keeps its label
            var depth = 0
            var index = start
            while index < line.end {
                let unit = units[index]
                if openers.contains(unit) {
                    depth += 1
                } else if closers.contains(unit) {
                    depth = max(0, depth - 1)
                } else if depth == 0, terminators.contains(unit) {
                    var end = index + 1
                    while end < line.end, trailing.contains(units[end]) { end += 1 }
                    sentences.append(Sentence(span: TextSpan(start, end), unit: unitCursor.deepest(at: start),
                                              line: lineIndex))
                    start = end
                    index = end
                    continue
                }
                index += 1
            }
            if start < line.end {
                sentences.append(Sentence(span: TextSpan(start, line.end), unit: unitCursor.deepest(at: start),
                                          line: lineIndex))
            }
        }
        return sentences
    }
}

/// Finds the deepest unit containing increasing offsets in one forward pass.
private struct UnitCursor {
    let units: [StructuralUnit]
    private var next = 0
    private var stack: [Int] = []

    init(units: [StructuralUnit]) { self.units = units }

    mutating func deepest(at offset: Int) -> Int? {
        while next < units.count, units[next].span.start <= offset {
            while let last = stack.last, !units[last].span.contains(units[next].span.start) { stack.removeLast() }
            stack.append(next)
            next += 1
        }
        while let last = stack.last, !units[last].span.contains(offset) { stack.removeLast() }
        return stack.last
    }
}
