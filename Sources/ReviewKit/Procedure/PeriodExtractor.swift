/// The unit of a stated period length.
public enum PeriodUnit: String, Sendable, Codable {
    /// Calendar days (日, 天, 自然日).
    case days
    /// Working days (工作日).
    case workingDays
}

/// A period written in a text: a start and end date, and/or a stated length.
public struct PeriodMention: Sendable, Hashable {
    /// The whole expression, e.g. 于2026年3月1日至3月20日 / 为期30日 / 3月1日至3月30日…，为期30天.
    public let span: TextSpan
    /// The first day, when the text gives one.
    public let start: CalendarDay?
    /// The last day, when the text gives one; never before `start`.
    public let end: CalendarDay?
    /// The length as written: 30 in 为期30日 / 不少于30日 / 30日内, 15 in 15个工作日.
    public let statedLength: Int?
    /// The unit of the stated length (`.days` when no length is stated).
    public let unit: PeriodUnit

    public init(span: TextSpan, start: CalendarDay? = nil, end: CalendarDay? = nil, statedLength: Int? = nil,
                unit: PeriodUnit = .days) {
        self.span = span
        self.start = start
        self.end = end
        self.statedLength = statedLength
        self.unit = unit
    }

    /// Days from start to end counting both ends (3月1日至3月20日 = 20): the days on which comments could be made.
    public var calendarDays: Int? {
        guard let start, let end, end >= start else { return nil }
        return end - start + 1
    }

    /// Monday–Friday days from start to end, both ends included (no holiday calendar: say so where used).
    public var workingDays: Int? {
        guard let total = calendarDays, let start else { return nil }
        var count = total / 7 * 5
        for offset in 0..<(total % 7) where start.adding(days: total / 7 * 7 + offset).isWeekday { count += 1 }
        return count
    }
}

/// Finds dates and periods (征求意见期间, 期限) in a document's normalised text.
///
/// One pass over the UTF-16 units reads every numeral and looks at the few units around it, so
/// the cost is linear in the text and nothing is decoded except short numerals. Dates and periods
/// never cross a sentence end (。；！？ or a line break).
public enum PeriodExtractor {
    /// How days are counted, for messages: “起止日期均计入（…）”.
    public static let countingRule = "征求意见期间按起止日期均计入计算（自开始之日至截止之日的自然日数）；工作日按周一至周五计算，未扣除法定节假日"

    /// Every date in the document, in text order, with the year resolved.
    ///
    /// Dates are explicit (2026年3月1日, 二〇二六年三月一日, 2026-03-01, 2026.3.1, 2026/3/1) or lack the
    /// year (3月20日); a missing year is taken from the nearest preceding date with a year in the
    /// same sentence or line, else from `referenceYear`; when there is none the date is skipped.
    /// In a range the end takes the start's year (the next year when a range from October–December
    /// into January–March, 12月25日至1月5日, crosses the year end) and the start may take the end's
    /// (3月1日至2026年3月20日); the end of 3月1日到20日 is listed as 3月20日 with the span 20日.
    /// Also read: 3月1号, and years written with multipliers (二千零二十六年).
    public static func dates(in document: Document, referenceYear: Int?) -> [(span: TextSpan, day: CalendarDay)] {
        var scanner = PeriodScanner(units: document.normalized.units, referenceYear: referenceYear)
        scanner.scan()
        return scanner.dates
    }

    /// Every period, in text order.
    ///
    /// Date ranges with 至/到/—/-/~/～ or 起至…止 (“于2026年3月1日至3月20日”, “2026年3月1日—3月20日”,
    /// “自2026年3月1日起至2026年3月31日止”, “3月1日到20日”, “2026年12月25日至2027年1月5日”), and
    /// stated lengths (“为期30天”, “期限为30日”, “不少于15个工作日”, “征求意见期为20日”, “30日内”).
    /// A range and a stated length in the same sentence are one mention with both; a length right
    /// after “自2026年3月1日起” gets that day as its start. A range whose end precedes its start is dropped.
    /// Lengths in weeks or months (为期一个月) are not read, and the length's qualifier is not
    /// kept: 不少于30日, 不超过30日, 30日内 and 为期30日 all give 30.
    public static func periods(in document: Document, referenceYear: Int?) -> [PeriodMention] {
        var scanner = PeriodScanner(units: document.normalized.units, referenceYear: referenceYear)
        scanner.scan()
        return scanner.periods
    }
}

/// The single pass behind `PeriodExtractor`.
struct PeriodScanner {
    let units: [UInt16]
    let referenceYear: Int?
    private(set) var dates: [(span: TextSpan, day: CalendarDay)] = []
    private(set) var periods: [PeriodMention] = []
    /// Dates outside ranges, by the offset where they end: starts for 自2026年3月1日起30日内.
    private var singleDatesByEnd: [Int: (span: TextSpan, day: CalendarDay)] = [:]

    init(units: [UInt16], referenceYear: Int?) {
        self.units = units
        self.referenceYear = referenceYear
    }

    /// A maximal run of ASCII digits, or of Chinese numeral characters.
    private struct Numeral {
        let start: Int
        let end: Int
        let ascii: Bool
        var length: Int { end - start }
    }

    /// A date as written, before its year is resolved.
    private struct WrittenDate {
        let span: TextSpan
        let year: Int?
        let month: Int
        let day: Int
        /// The sentence it lies in (a count of the sentence ends before it).
        let sentence: Int
    }

    /// A stated length: 为期30日, 15个工作日内.
    private struct WrittenLength {
        let span: TextSpan
        let value: Int
        let unit: PeriodUnit
        let sentence: Int
    }

    /// A kept date range.
    private struct DateRange {
        let span: TextSpan
        let start: CalendarDay
        let end: CalendarDay
        let sentence: Int
    }

    // MARK: Character classes

    private static let digitClass: UInt8 = 1, chineseClass: UInt8 = 2, sentenceEndClass: UInt8 = 3
    /// The class of every UTF-16 unit: ASCII digit, Chinese numeral, sentence end, or 0.
    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 65536)
        for unit in UInt16(0x30)...0x39 { table[Int(unit)] = digitClass }
        for character in ChineseNumeral.digits.keys.map(String.init) + ChineseNumeral.multipliers.keys.map(String.init) {
            for unit in character.utf16 { table[Int(unit)] = chineseClass }
        }
        for unit in "。；！？\n".utf16 { table[Int(unit)] = sentenceEndClass }
        return table
    }()

    private static func unit(_ text: String) -> UInt16 { text.utf16.first! }
    private static let yearMark = unit("年"), monthMark = unit("月"), dayMarks: Set<UInt16> = [unit("日"), unit("号")]
    private static let measureWord = unit("个"), sinceMark = unit("起"), comma = unit("，"), hyphen = unit("-")
    /// What separates the two dates of a range (after an optional 起).
    private static let rangeWords: Set<UInt16> = [unit("至"), unit("到")]
    private static let dashes: Set<UInt16> = Set("—―–-~〜∼".utf16)
    private static let isoSeparators: Set<UInt16> = Set("-./".utf16)
    /// Words that may open a range and belong to it: 于2026年3月1日至…, 自…起至…止.
    private static let rangeOpeners: Set<UInt16> = Set("于自从".utf16)
    private static let rangeClosers: [[UInt16]] = ["为止", "止"].map { Array($0.utf16) }
    /// Length units, longest first, with the unit they mean.
    private static let lengthUnits: [([UInt16], PeriodUnit)] = {
        let words: [(String, PeriodUnit)] = [
            ("工作日", .workingDays), ("自然日", .days), ("日历日", .days), ("日", .days), ("天", .days),
        ]
        return words.map { (Array($0.0.utf16), $0.1) }
    }()
    /// Words before a number that make it a period length (longest tried first).
    private static let lengthCues: [[UInt16]] = [
        "不应当少于", "不得少于", "不应少于", "应不少于", "不少于", "不得短于", "不短于", "不得超过", "不超过", "不多于",
        "期限为", "期间为", "时间为", "时限为", "期为", "为期", "意见期", "公示期", "公告期", "反馈期", "至少", "最长", "共计",
        "期限", "时限", "共", "为",
    ].map { Array($0.utf16) }.sorted { $0.count > $1.count }
    /// Words after a length that make it one: 30日内.
    private static let lengthClosers: [[UInt16]] = ["以内", "之内", "内"].map { Array($0.utf16) }
    /// Units before a number that show it is not a length (3月30日内 is a date, 第30日 an ordinal).
    private static let notLengthBefore: Set<UInt16> = Set("年月第号.".utf16)

    // MARK: Reading units

    private func unit(at offset: Int) -> UInt16 {
        offset >= 0 && offset < units.count ? units[offset] : 0
    }

    private func has(_ word: [UInt16], at offset: Int) -> Bool {
        guard offset >= 0, offset + word.count <= units.count else { return false }
        for (index, unit) in word.enumerated() where units[offset + index] != unit { return false }
        return true
    }

    /// The run of numerals starting at `offset`, or nil when no numeral starts there.
    private func numeral(at offset: Int) -> Numeral? {
        guard offset < units.count else { return nil }
        let kind = Self.classes[Int(units[offset])]
        guard kind == Self.digitClass || kind == Self.chineseClass else { return nil }
        var end = offset + 1
        while end < units.count, Self.classes[Int(units[end])] == kind { end += 1 }
        return Numeral(start: offset, end: end, ascii: kind == Self.digitClass)
    }

    /// The value of a run: ASCII digits or a Chinese numeral (二〇二六, 三十一, 十五); nil when too long.
    private func value(of numeral: Numeral) -> Int? {
        guard numeral.length <= (numeral.ascii ? 6 : 8) else { return nil }
        guard numeral.ascii else { return ChineseNumeral.parse(units.decodedString(numeral.start, numeral.end)) }
        return units[numeral.start..<numeral.end].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// Whether a Chinese run is written digit by digit (二〇二六), as years are.
    private func isDigitByDigit(_ numeral: Numeral) -> Bool {
        (numeral.start..<numeral.end).allSatisfy { index in
            ChineseNumeral.multipliers.keys.allSatisfy { $0.utf16.first != units[index] }
        }
    }

    /// A month (1–12) or day (1–31) number written at `offset` and followed by `mark`.
    private func monthOrDay(at offset: Int, followedBy marks: Set<UInt16>, limit: Int) -> (value: Int, end: Int)? {
        guard let numeral = numeral(at: offset), numeral.length <= (numeral.ascii ? 2 : 3),
              marks.contains(unit(at: numeral.end)), let value = value(of: numeral), (1...limit).contains(value)
        else { return nil }
        return (value, numeral.end + 1)
    }

    // MARK: The pass

    mutating func scan() {
        var written: [WrittenDate] = []
        var lengths: [WrittenLength] = []
        var offset = 0, sentence = 0
        while offset < units.count {
            let kind = Self.classes[Int(units[offset])]
            if kind == Self.sentenceEndClass { sentence += 1 }
            guard kind == Self.digitClass || kind == Self.chineseClass, let numeral = numeral(at: offset) else {
                offset += 1
                continue
            }
            if let found = readDate(numeral, sentence: sentence) {
                if let date = found.date { written.append(date) }
                offset = found.end
            } else if let length = readLength(numeral, sentence: sentence) {
                lengths.append(length)
                offset = length.span.end
            } else {
                offset = numeral.end
            }
        }
        let ranges = resolve(written)
        // A length inside a range (3月1日至30日内) is the range's end day. Both lists are in text
        // order and ranges do not overlap, so one merge pass drops them.
        var kept: [WrittenLength] = []
        var next = 0
        for length in lengths {
            while next < ranges.count, ranges[next].span.end <= length.span.start { next += 1 }
            if next < ranges.count, ranges[next].span.overlaps(length.span) { continue }
            kept.append(length)
        }
        combine(ranges, kept)
    }

    /// A date starting with `run`: its end, and the date unless it is invalid (2026年2月29日, which
    /// is then skipped whole). Nil when no date starts there.
    private func readDate(_ run: Numeral, sentence: Int) -> (end: Int, date: WrittenDate?)? {
        let next = unit(at: run.end)
        if next == Self.yearMark {
            // 2026年3月1日, 二〇二六年三月一日, 二千零二十六年三月一日
            // (digit by digit, a year has four digits: not 二六年).
            guard run.ascii ? run.length == 4 : run.length == 4 || !isDigitByDigit(run),
                  let year = value(of: run), (1000...9999).contains(year),
                  let month = monthOrDay(at: run.end + 1, followedBy: [Self.monthMark], limit: 12),
                  let day = monthOrDay(at: month.end, followedBy: Self.dayMarks, limit: 31) else { return nil }
            let date = CalendarDay(year: year, month: month.value, day: day.value).map { _ in
                WrittenDate(span: TextSpan(run.start, day.end), year: year, month: month.value, day: day.value, sentence: sentence)
            }
            return (day.end, date)
        }
        if next == Self.monthMark {
            // 3月20日
            guard run.length <= (run.ascii ? 2 : 3), let month = value(of: run), (1...12).contains(month),
                  let day = monthOrDay(at: run.end + 1, followedBy: Self.dayMarks, limit: 31) else { return nil }
            // Any year: 2月29日 is valid in a leap year.
            let date = CalendarDay(year: 2000, month: month, day: day.value).map { _ in
                WrittenDate(span: TextSpan(run.start, day.end), year: nil, month: month, day: day.value, sentence: sentence)
            }
            return (day.end, date)
        }
        if Self.isoSeparators.contains(next), run.ascii, run.length == 4 {
            // 2026-03-01, 2026.3.1, 2026/3/1; not 1.2026.3.1 or 2026.3.1.2 (version numbers).
            let separator = next
            guard let year = value(of: run), (1900...2199).contains(year),
                  let month = monthOrDay(at: run.end + 1, followedBy: [separator], limit: 12),
                  let dayRun = numeral(at: month.end), dayRun.ascii, dayRun.length <= 2, let day = value(of: dayRun)
            else { return nil }
            if separator != Self.hyphen {
                if unit(at: run.start - 1) == separator, Self.classes[Int(unit(at: run.start - 2))] == Self.digitClass { return nil }
                if unit(at: dayRun.end) == separator, Self.classes[Int(unit(at: dayRun.end + 1))] == Self.digitClass { return nil }
            }
            let date = CalendarDay(year: year, month: month.value, day: day).map { _ in
                WrittenDate(span: TextSpan(run.start, dayRun.end), year: year, month: month.value, day: day, sentence: sentence)
            }
            return (dayRun.end, date)
        }
        return nil
    }

    /// A stated length starting with `numeral`: a number of 日/天/工作日 with a cue before it
    /// (为期, 不少于) or 内 after it.
    private func readLength(_ numeral: Numeral, sentence: Int) -> WrittenLength? {
        guard numeral.length <= (numeral.ascii ? 4 : 6),
              !Self.notLengthBefore.contains(unit(at: numeral.start - 1)) else { return nil }
        var end = numeral.end
        if unit(at: end) == Self.measureWord { end += 1 }
        guard let lengthUnit = Self.lengthUnits.first(where: { has($0.0, at: end) }) else { return nil }
        end += lengthUnit.0.count
        let closer = Self.lengthClosers.first { has($0, at: end) }
        end += closer?.count ?? 0
        let cue = Self.lengthCues.first { has($0, at: numeral.start - $0.count) }
        guard cue != nil || closer != nil, let value = value(of: numeral), value > 0 else { return nil }
        return WrittenLength(span: TextSpan(numeral.start - (cue?.count ?? 0), end), value: value, unit: lengthUnit.1,
                             sentence: sentence)
    }

    /// The offset after a range connector (至, 到, 起至, —, ——, -, ~) at `offset`, or nil.
    private func connectorEnd(at offset: Int) -> Int? {
        var position = offset
        if unit(at: position) == Self.sinceMark { position += 1 }
        let connector = unit(at: position)
        if Self.rangeWords.contains(connector) { return position + 1 }
        guard Self.dashes.contains(connector) else { return nil }
        return unit(at: position + 1) == connector ? position + 2 : position + 1
    }

    /// Resolves the years of the written dates and pairs them into ranges; fills `dates` and
    /// returns the ranges kept.
    private mutating func resolve(_ written: [WrittenDate]) -> [DateRange] {
        var ranges: [DateRange] = []
        /// The year of the last date with a year, and its sentence.
        var context: (year: Int, sentence: Int)?
        func contextYear(_ sentence: Int) -> Int? {
            context.flatMap { $0.sentence == sentence ? $0.year : nil } ?? referenceYear
        }
        /// A range from Q4 into Q1 without years crosses the year end (12月25日至1月5日).
        func crossesYearEnd(_ first: WrittenDate, _ second: WrittenDate) -> Bool {
            first.month >= 10 && second.month <= 3
        }
        var index = 0
        while index < written.count {
            let first = written[index]
            var second: WrittenDate?
            var secondIsWritten = false
            if let after = connectorEnd(at: first.span.end) {
                if index + 1 < written.count, written[index + 1].span.start == after {
                    second = written[index + 1]
                    secondIsWritten = true
                } else if let day = monthOrDay(at: after, followedBy: Self.dayMarks, limit: 31) {
                    // 3月1日到20日: the month is the start's.
                    second = WrittenDate(span: TextSpan(after, day.end), year: nil, month: first.month, day: day.value,
                                         sentence: first.sentence)
                }
            }
            guard let second else {
                if let year = first.year ?? contextYear(first.sentence),
                   let day = CalendarDay(year: year, month: first.month, day: first.day) {
                    dates.append((first.span, day))
                    singleDatesByEnd[first.span.end] = (first.span, day)
                    if first.year != nil { context = (year, first.sentence) }
                }
                index += 1
                continue
            }
            let crosses = crossesYearEnd(first, second)
            let startYear = first.year ?? second.year.map { crosses ? $0 - 1 : $0 } ?? contextYear(first.sentence)
            let endYear = second.year ?? startYear.map { crosses ? $0 + 1 : $0 }
            let start = startYear.flatMap { CalendarDay(year: $0, month: first.month, day: first.day) }
            let end = endYear.flatMap { CalendarDay(year: $0, month: second.month, day: second.day) }
            if let start { dates.append((first.span, start)) }
            if let start, let end, end >= start {
                dates.append((second.span, end))
                var spanStart = first.span.start, spanEnd = second.span.end
                if Self.rangeOpeners.contains(unit(at: spanStart - 1)) { spanStart -= 1 }
                if let closer = Self.rangeClosers.first(where: { has($0, at: spanEnd) }) { spanEnd += closer.count }
                ranges.append(DateRange(span: TextSpan(spanStart, spanEnd), start: start, end: end, sentence: first.sentence))
            } else if let end, secondIsWritten {
                dates.append((second.span, end))
            }
            if first.year != nil, let start { context = (start.year, first.sentence) }
            if second.year != nil || (crosses && first.year != nil), let end { context = (end.year, second.sentence) }
            index += secondIsWritten ? 2 : 1
        }
        return ranges
    }

    /// Makes the mentions: each stated length joins the nearest unpaired range of its sentence,
    /// or a date right before it (自2026年3月1日起30日内), or stands alone.
    ///
    /// Ranges and lengths are in text order and do not overlap, so the nearest unpaired range
    /// before a length is the top of a stack, and the nearest after it the first unpaired one
    /// not yet passed: linear however many periods a sentence holds.
    private mutating func combine(_ ranges: [DateRange], _ lengths: [WrittenLength]) {
        var lengthOf = [WrittenLength?](repeating: nil, count: ranges.count)
        var unpairedBefore: [Int] = []
        var passed = 0, following = 0
        var mentions: [PeriodMention] = []
        for length in lengths {
            while passed < ranges.count, ranges[passed].span.end <= length.span.start {
                if lengthOf[passed] == nil { unpairedBefore.append(passed) }
                passed += 1
            }
            following = max(following, passed)
            while following < ranges.count, lengthOf[following] != nil { following += 1 }
            let before = unpairedBefore.last.flatMap { ranges[$0].sentence == length.sentence ? $0 : nil }
            let after = following < ranges.count && ranges[following].sentence == length.sentence ? following : nil
            if let before, after.map({ length.span.start - ranges[before].span.end <= ranges[$0].span.start - length.span.end }) ?? true {
                lengthOf[before] = length
                unpairedBefore.removeLast()
                continue
            }
            if let after {
                lengthOf[after] = length
                continue
            }
            var since = length.span.start
            if unit(at: since - 1) == Self.comma { since -= 1 }
            if unit(at: since - 1) == Self.sinceMark, let start = singleDatesByEnd[since - 1] {
                let opener = Self.rangeOpeners.contains(unit(at: start.span.start - 1)) ? 1 : 0
                mentions.append(PeriodMention(span: TextSpan(start.span.start - opener, length.span.end), start: start.day,
                                              statedLength: length.value, unit: length.unit))
                continue
            }
            mentions.append(PeriodMention(span: length.span, statedLength: length.value, unit: length.unit))
        }
        for (index, range) in ranges.enumerated() {
            let length = lengthOf[index]
            let span = length.map { TextSpan(min(range.span.start, $0.span.start), max(range.span.end, $0.span.end)) } ?? range.span
            mentions.append(PeriodMention(span: span, start: range.start, end: range.end, statedLength: length?.value,
                                          unit: length?.unit ?? .days))
        }
        periods = mentions.sorted { $0.span < $1.span }
    }
}
