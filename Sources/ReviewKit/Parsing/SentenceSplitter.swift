/// Splits lines into sentences at 。；！？ outside quotes and brackets.
enum SentenceSplitter {
    /// What each UTF-16 unit is to the splitter, looked up by value.
    private enum Role: UInt8 { case other, terminator, opener, closer, trailingCloser }
    private static let roles: [Role] = {
        var table = [Role](repeating: .other, count: 65536)
        for unit in "。；！？".utf16 { table[Int(unit)] = .terminator }
        for unit in "“‘《（「『【〔[".utf16 { table[Int(unit)] = .opener }
        for unit in "》】〕]".utf16 { table[Int(unit)] = .closer }
        // Closing marks that belong to the sentence they follow (。” ends the sentence after the quote).
        for unit in "”’）」』".utf16 { table[Int(unit)] = .trailingCloser }
        return table
    }()

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
                let role = roles[Int(units[index])]
                if role == .opener {
                    depth += 1
                } else if role == .closer || role == .trailingCloser {
                    depth = max(0, depth - 1)
                } else if depth == 0, role == .terminator {
                    var end = index + 1
                    while end < line.end, roles[Int(units[end])] == .trailingCloser { end += 1 }
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
