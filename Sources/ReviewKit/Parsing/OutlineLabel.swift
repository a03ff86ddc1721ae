/// The numbering label at the start of a line: 第五条, 第二章, 一、, （三）, 3., （2）, 5.1.
struct OutlineLabel {
    enum Form {
        /// 第N编/章/节/条
        case ordinal(StructuralUnit.Kind)
        /// 一、
        case chineseEnumerator
        /// （一）
        case chineseParenthesized
        /// 1. or 1、
        case arabicEnumerator
        /// （1）
        case arabicParenthesized
        /// 5.1 or 5.1.2
        case decimal
    }

    let form: Form
    let number: Int
    /// Length in UTF-16 units, including the trailing 、 or . where there is one.
    let length: Int

    private static let numeralUnits: Set<UInt16> = Set("零〇一二三四五六七八九十百千两".utf16)
    private static let ordinalKinds: [UInt16: StructuralUnit.Kind] = [
        "编".utf16.first!: .part, "章".utf16.first!: .chapter, "节".utf16.first!: .section, "条".utf16.first!: .article,
    ]
    /// Characters after 第N条 that show a reference (第五条规定的…), not an article heading.
    private static let referenceFollowers: Set<UInt16> = Set("、至规的中之和及或第所项款".utf16)
    private static let di = "第".utf16.first!, dun = "、".utf16.first!
    private static let openParen = "（".utf16.first!, closeParen = "）".utf16.first!
    private static let dot = UInt16(0x2E)

    /// Reads the label at the start of `units[start..<end]`, if any.
    ///
    /// - Parameter spaced: whether the source had white space at a normalised offset (dropped by
    ///   normalisation); 第二条 followed by a space is a heading even when 第… follows.
    static func read(_ units: [UInt16], from start: Int, to end: Int, spaced: (Int) -> Bool = { _ in false }) -> OutlineLabel? {
        guard start < end else { return nil }
        let first = units[start]
        if first == di {
            var index = start + 1
            while index < end, index - start <= 8, isNumeral(units[index]) { index += 1 }
            guard index > start + 1, index < end, let kind = ordinalKinds[units[index]],
                  let number = number(units, start + 1, index) else { return nil }
            if kind == .article, index + 1 < end, !spaced(index + 1), referenceFollowers.contains(units[index + 1]) { return nil }
            return OutlineLabel(form: .ordinal(kind), number: number, length: index + 1 - start)
        }
        if numeralUnits.contains(first) {
            var index = start
            while index < end, index - start < 5, numeralUnits.contains(units[index]) { index += 1 }
            guard index < end, units[index] == dun, let number = number(units, start, index) else { return nil }
            return OutlineLabel(form: .chineseEnumerator, number: number, length: index + 1 - start)
        }
        if first == openParen {
            var index = start + 1
            while index < end, index - start <= 4, isNumeral(units[index]) { index += 1 }
            guard index > start + 1, index < end, units[index] == closeParen,
                  let number = number(units, start + 1, index) else { return nil }
            let arabic = isDigit(units[start + 1])
            return OutlineLabel(form: arabic ? .arabicParenthesized : .chineseParenthesized, number: number,
                                length: index + 1 - start)
        }
        if isDigit(first) {
            var index = start
            while index < end, index - start < 3, isDigit(units[index]) { index += 1 }
            guard index < end, let number = number(units, start, index) else { return nil }
            if units[index] == dot, index + 1 < end, isDigit(units[index + 1]) {
                var last = index + 1, components = 1, value = number
                while components < 3 {
                    var digitEnd = last
                    while digitEnd < end, digitEnd - last < 3, isDigit(units[digitEnd]) { digitEnd += 1 }
                    guard digitEnd > last, let component = Self.number(units, last, digitEnd) else { break }
                    value = component
                    components += 1
                    last = digitEnd
                    guard last + 1 < end, units[last] == dot, isDigit(units[last + 1]) else { break }
                    last += 1
                }
                // 1.5万元 is an amount, not a clause: a decimal label is followed by text, not a unit of measure.
                if last < end, "万亿元%米吨倍".utf16.contains(units[last]) { return nil }
                return OutlineLabel(form: .decimal, number: value, length: last - start)
            }
            guard units[index] == dot || units[index] == dun else { return nil }
            return OutlineLabel(form: .arabicEnumerator, number: number, length: index + 1 - start)
        }
        return nil
    }

    private static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
    private static func isNumeral(_ unit: UInt16) -> Bool { isDigit(unit) || numeralUnits.contains(unit) }
    private static func number(_ units: [UInt16], _ start: Int, _ end: Int) -> Int? {
        ChineseNumeral.parse(units.decodedString(start, end))
    }
}
