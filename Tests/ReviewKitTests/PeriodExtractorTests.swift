import Foundation
import Testing
@testable import ReviewKit

@Suite("PeriodExtractor")
struct PeriodExtractorTests {
    // MARK: Helpers

    private func day(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) -> CalendarDay {
        guard let value = CalendarDay(iso: iso) else {
            Issue.record("invalid test date \(iso)", sourceLocation: sourceLocation)
            return CalendarDay(year: 2000, month: 1, day: 1)!
        }
        return value
    }

    /// The dates of a text as (quote, ISO day).
    private func dates(_ text: String, referenceYear: Int? = nil) -> [(quote: String, day: String)] {
        let document = parse(text)
        return PeriodExtractor.dates(in: document, referenceYear: referenceYear).map { (document.quote($0.span), $0.day.iso) }
    }

    /// The periods of a text, with their quotes.
    private func periods(_ text: String, referenceYear: Int? = nil) -> [(quote: String, mention: PeriodMention)] {
        let document = parse(text)
        return PeriodExtractor.periods(in: document, referenceYear: referenceYear).map { (document.quote($0.span), $0) }
    }

    // MARK: CalendarDay

    @Test func calendarDayValidatesMonthsAndLeapYears() {
        #expect(CalendarDay(year: 2028, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2026, month: 4, day: 31) == nil)
        #expect(CalendarDay(year: 2026, month: 13, day: 1) == nil)
        #expect(CalendarDay(year: 2026, month: 1, day: 0) == nil)
        #expect(CalendarDay(iso: "2026-03-01") == CalendarDay(year: 2026, month: 3, day: 1))
        #expect(CalendarDay(iso: "2026-3-1") == CalendarDay(year: 2026, month: 3, day: 1))
        #expect(CalendarDay(iso: "2026-02-29") == nil)
        #expect(CalendarDay(iso: "2026/03/01") == nil)
        #expect(CalendarDay(iso: "26-03-01") == nil)
    }

    @Test func calendarDayArithmetic() throws {
        let first = day("2026-03-01")
        #expect(first.weekday == 7)
        #expect(day("2026-03-02").weekday == 1)
        #expect(day("1970-01-01").weekday == 4)
        #expect(day("2000-02-29").weekday == 2)
        #expect(day("2026-03-20") - first == 19)
        #expect(first - day("1970-01-01") == 20513)
        #expect(day("2026-12-25").adding(days: 11) == day("2027-01-05"))
        #expect(day("2028-02-28").adding(days: 1) == day("2028-02-29"))
        #expect(day("2026-02-28").adding(days: 1) == day("2026-03-01"))
        #expect(first.adding(days: -1) == day("2026-02-28"))
        #expect(first < day("2026-03-02") && day("2025-12-31") < first)
        #expect(first.description == "2026年3月1日")
        #expect(first.iso == "2026-03-01")
        // Round trip through every day of several years, across leap years and centuries.
        var current = day("1899-12-25")
        for _ in 0..<(366 * 6) {
            let next = current.adding(days: 1)
            #expect(next - current == 1)
            #expect(CalendarDay(iso: next.iso) == next)
            current = next
        }
        let data = try JSONEncoder().encode([first])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-03-01\"]")
        #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [first])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDay].self, from: Data("[\"2026-02-30\"]".utf8)) }
    }

    // MARK: Dates

    @Test func everyDateForm() {
        let found = dates("""
            一、2026年3月1日印发。
            二、二〇二六年三月二日印发。
            三、2026-03-03印发。
            四、2026.3.4印发。
            五、2026/3/5印发。
            六、二○二五年十二月三十一日印发。
            七、２０２６年３月６日印发。
            八、二千零二十六年三月七日印发。
            """)
        #expect(found.map(\.day) == ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2025-12-31", "2026-03-06",
                                     "2026-03-07"])
        #expect(found.map(\.quote) == ["2026年3月1日", "二〇二六年三月二日", "2026-03-03", "2026.3.4", "2026/3/5", "二○二五年十二月三十一日",
                                       "２０２６年３月６日", "二千零二十六年三月七日"])
    }

    @Test func missingYearFromTheSentenceOrTheReferenceYear() {
        // From the nearest preceding dated expression in the same sentence.
        #expect(dates("2025年12月1日起草，3月20日报送。").map(\.day) == ["2025-12-01", "2025-03-20"])
        #expect(dates("2025年1月1日、2026年2月1日及3月20日。").map(\.day).last == "2026-03-20")
        // Not from another sentence or line: then from the reference year, else skipped.
        #expect(dates("2025年12月1日起草。3月20日报送。").map(\.day) == ["2025-12-01"])
        #expect(dates("2025年12月1日起草\n3月20日报送", referenceYear: 2027).map(\.day) == ["2025-12-01", "2027-03-20"])
        #expect(dates("3月20日报送。", referenceYear: 2026).map(\.day) == ["2026-03-20"])
        #expect(dates("3月20日报送。", referenceYear: 2026).map(\.quote) == ["3月20日"])
        #expect(dates("3月20日报送。").isEmpty)
        #expect(dates("三月二十日报送。", referenceYear: 2026).map(\.day) == ["2026-03-20"])
        #expect(dates("3月1号报送。", referenceYear: 2026).map(\.quote) == ["3月1号"])
    }

    @Test func invalidDatesAreSkipped() {
        #expect(dates("2028年2月29日").map(\.day) == ["2028-02-29"])
        #expect(dates("2026年2月29日").isEmpty)
        #expect(dates("2月29日", referenceYear: 2026).isEmpty)
        #expect(dates("2月29日", referenceYear: 2028).map(\.day) == ["2028-02-29"])
        #expect(dates("2026年4月31日、2026年13月1日、2026-02-30").isEmpty)
    }

    @Test func numbersThatAreNotDates() {
        #expect(dates("版本1.2026.3.1发布，软件2026.3.1.2版，电话0571-8888-1234，2026年度，3个月，第3月。", referenceYear: 2026).isEmpty)
    }

    // MARK: Ranges

    @Test func rangesWithEveryConnector() {
        let cases: [(String, String, String, String)] = [
            ("于2026年3月1日至3月20日在市政府门户网站公开征求意见。", "于2026年3月1日至3月20日", "2026-03-01", "2026-03-20"),
            ("2026年3月1日—3月20日公开征求意见。", "2026年3月1日—3月20日", "2026-03-01", "2026-03-20"),
            ("2026年3月1日——3月20日公开征求意见。", "2026年3月1日——3月20日", "2026-03-01", "2026-03-20"),
            ("2026年3月1日～3月20日公开征求意见。", "2026年3月1日～3月20日", "2026-03-01", "2026-03-20"),
            ("2026年3月1日~3月20日公开征求意见。", "2026年3月1日~3月20日", "2026-03-01", "2026-03-20"),
            ("2026年3月1日到2026年3月20日公开征求意见。", "2026年3月1日到2026年3月20日", "2026-03-01", "2026-03-20"),
            ("2026-03-01-2026-03-20公开征求意见。", "2026-03-01-2026-03-20", "2026-03-01", "2026-03-20"),
            ("自2026年3月1日起至2026年3月31日止公开征求意见。", "自2026年3月1日起至2026年3月31日止", "2026-03-01", "2026-03-31"),
            ("从2026年3月1日至3月31日为止。", "从2026年3月1日至3月31日为止", "2026-03-01", "2026-03-31"),
            ("于二〇二六年三月一日至三月二十日公开征求意见。", "于二〇二六年三月一日至三月二十日", "2026-03-01", "2026-03-20"),
            ("于２０２６年３月１日至３月２０日公开征求意见。", "于２０２６年３月１日至３月２０日", "2026-03-01", "2026-03-20"),
        ]
        for (text, quote, start, end) in cases {
            let found = periods(text)
            #expect(found.count == 1, "\(text)")
            guard let first = found.first else { continue }
            #expect(first.quote == quote)
            #expect(first.mention.start == day(start))
            #expect(first.mention.end == day(end))
            #expect(first.mention.statedLength == nil)
        }
    }

    @Test func secondDateWithoutMonth() {
        let found = periods("2026年3月1日到20日公开征求意见。")
        #expect(found.map(\.quote) == ["2026年3月1日到20日"])
        #expect(found.first?.mention.end == day("2026-03-20"))
        #expect(found.first?.mention.calendarDays == 20)
        #expect(dates("2026年3月1日到20日").map(\.quote) == ["2026年3月1日", "20日"])
        #expect(dates("2026年3月1日到20日").map(\.day) == ["2026-03-01", "2026-03-20"])
        #expect(periods("三月一日至二十日", referenceYear: 2026).first?.mention.end == day("2026-03-20"))
    }

    @Test func rangesAcrossTheYearEnd() {
        let explicit = periods("2026年12月25日至2027年1月5日公开征求意见。")
        #expect(explicit.first?.mention.start == day("2026-12-25"))
        #expect(explicit.first?.mention.end == day("2027-01-05"))
        #expect(explicit.first?.mention.calendarDays == 12)
        // The end without a year is in the next year; the start without a year takes the end's.
        #expect(periods("2026年12月25日至1月5日。").first?.mention.end == day("2027-01-05"))
        #expect(periods("12月25日至2027年1月5日。").first?.mention.start == day("2026-12-25"))
        #expect(periods("12月25日至1月5日。", referenceYear: 2026).first.map { ($0.mention.start, $0.mention.end) }
            .map { $0 == day("2026-12-25") && $1 == day("2027-01-05") } == true)
        // A later yearless date in the sentence follows the year the range ended in.
        #expect(dates("2026年12月25日至1月5日征求意见，1月8日公布结果。").map(\.day).last == "2027-01-08")
    }

    @Test func rangeYearFromContextAndReference() {
        #expect(periods("2026年2月1日起草，3月1日至3月20日征求意见。").first?.mention.start == day("2026-03-01"))
        #expect(periods("3月1日至3月20日征求意见。", referenceYear: 2026).first?.mention.end == day("2026-03-20"))
        #expect(periods("3月1日至3月20日征求意见。").isEmpty)
    }

    @Test func endBeforeStartIsDropped() {
        #expect(periods("于2026年3月20日至3月1日征求意见。").isEmpty)
        #expect(periods("于2026年3月20日至2026年3月1日征求意见。").isEmpty)
        #expect(periods("于2026年3月20日至1日征求意见。").isEmpty)
        #expect(periods("于2026年3月20日至2月1日征求意见。").isEmpty)
        // The dates themselves are still listed (the end-day-only form is not a date on its own).
        #expect(dates("于2026年3月20日至3月1日征求意见。").map(\.day) == ["2026-03-20", "2026-03-01"])
        #expect(dates("于2026年3月20日至1日征求意见。").map(\.day) == ["2026-03-20"])
        // A one-day range is kept.
        #expect(periods("于2026年3月1日至3月1日征求意见。").first?.mention.calendarDays == 1)
    }

    // MARK: Counting

    @Test func calendarDaysCountBothEnds() {
        #expect(periods("于2026年3月1日至3月20日在市政府门户网站公开征求意见。").first?.mention.calendarDays == 20)
        #expect(periods("于2026年3月1日至3月30日公开征求意见。").first?.mention.calendarDays == 30)
        #expect(periods("2028年2月1日至2028年3月1日").first?.mention.calendarDays == 30)
        #expect(periods("2026年2月1日至2026年3月1日").first?.mention.calendarDays == 29)
        #expect(PeriodExtractor.countingRule.contains("起止日期均计入"))
        #expect(PeriodExtractor.countingRule.contains("未扣除法定节假日"))
    }

    @Test func workingDaysAreMondayToFriday() {
        // 2026-03-02 is a Monday: two weeks to Sunday 15 March, or to Friday 13 March.
        #expect(periods("2026年3月2日至3月15日").first?.mention.workingDays == 10)
        #expect(periods("2026年3月2日至3月13日").first?.mention.workingDays == 10)
        #expect(periods("2026年3月1日至3月31日").first?.mention.workingDays == 22)
        #expect(periods("2026年3月7日至3月8日").first?.mention.workingDays == 0)
        #expect(periods("2026年3月6日至3月6日").first?.mention.workingDays == 1)
        #expect(PeriodMention(span: TextSpan(0, 1), statedLength: 15, unit: .workingDays).workingDays == nil)
        // Cross-check against counting day by day.
        let start = day("2026-01-01")
        for length in 1...60 {
            let end = start.adding(days: length - 1)
            let mention = PeriodMention(span: TextSpan(0, 1), start: start, end: end)
            let expected = (0..<length).filter { start.adding(days: $0).weekday <= 5 }.count
            #expect(mention.workingDays == expected)
            #expect(mention.calendarDays == length)
        }
    }

    // MARK: Stated lengths

    @Test func statedLengths() {
        let cases: [(String, String, Int, PeriodUnit)] = [
            ("公开征求意见，为期30天。", "为期30天", 30, .days),
            ("征求意见的期限为30日。", "期限为30日", 30, .days),
            ("征求意见期限不少于15个工作日。", "不少于15个工作日", 15, .workingDays),
            ("征求意见期为20日。", "期为20日", 20, .days),
            ("应当在30日内提出意见。", "30日内", 30, .days),
            ("自公布之日起三十日内提出。", "三十日内", 30, .days),
            ("不得少于十五个工作日。", "不得少于十五个工作日", 15, .workingDays),
            ("在十个工作日以内答复。", "十个工作日以内", 10, .workingDays),
            ("征求意见时间不少于三十日。", "不少于三十日", 30, .days),
            ("为期二十个自然日。", "为期二十个自然日", 20, .days),
            ("公示期７天。", "公示期７天", 7, .days),
        ]
        for (text, quote, length, unit) in cases {
            let found = periods(text)
            #expect(found.count == 1, "\(text)")
            guard let first = found.first else { continue }
            #expect(first.quote == quote)
            #expect(first.mention.statedLength == length)
            #expect(first.mention.unit == unit)
            #expect(first.mention.start == nil && first.mention.end == nil && first.mention.calendarDays == nil)
        }
    }

    @Test func numbersThatAreNotLengths() {
        #expect(periods("第30日起算。每月30日结算。3日后。共有三人。羁押一日折抵刑期一日。", referenceYear: 2026).isEmpty)
        // 3月30日内 is a date, not a length of 30 days.
        let found = periods("应于3月30日内报送。", referenceYear: 2026)
        #expect(found.isEmpty)
        #expect(dates("应于3月30日内报送。", referenceYear: 2026).map(\.day) == ["2026-03-30"])
    }

    @Test func rangeAndLengthInOneSentenceAreOneMention() {
        let found = periods("于2026年3月1日至3月30日在市政府门户网站公开征求意见，为期30天。")
        #expect(found.count == 1)
        guard let first = found.first else { return }
        #expect(first.quote == "于2026年3月1日至3月30日在市政府门户网站公开征求意见，为期30天")
        #expect(first.mention.start == day("2026-03-01"))
        #expect(first.mention.end == day("2026-03-30"))
        #expect(first.mention.statedLength == 30)
        #expect(first.mention.calendarDays == 30)
        // A length written first joins the range after it.
        let before = periods("征求意见期为15个工作日，自2026年3月2日至3月20日。")
        #expect(before.count == 1)
        #expect(before.first?.mention.statedLength == 15)
        #expect(before.first?.mention.unit == .workingDays)
        #expect(before.first?.mention.workingDays == 15)
        // In different sentences they stay apart.
        let apart = periods("于2026年3月1日至3月30日公开征求意见。为期30天。")
        #expect(apart.count == 2)
        #expect(apart.map(\.quote) == ["于2026年3月1日至3月30日", "为期30天"])
        // Two ranges and two lengths in a sentence pair up by nearness.
        let two = periods("第一轮2026年3月1日至3月10日，为期10日，第二轮2026年4月1日至4月20日，为期20日。")
        #expect(two.map(\.mention.statedLength) == [10, 20])
        #expect(two.map(\.mention.calendarDays) == [10, 20])
        // A length between two ranges joins the nearer one; the other range stays bare.
        let between = periods("2026年3月1日至3月10日，为期10日，另于2026年4月1日至4月20日补充征求意见。")
        #expect(between.map(\.mention.statedLength) == [10, nil])
        #expect(between.map(\.quote) == ["2026年3月1日至3月10日，为期10日", "于2026年4月1日至4月20日"])
        let nearerAfter = periods("2026年3月1日至3月10日征求意见后又补充，为期10日，2026年4月1日至4月20日。")
        #expect(nearerAfter.map(\.mention.statedLength) == [nil, 10])
    }

    @Test func lengthCountedFromAStartDate() {
        let found = periods("自2026年3月1日起30日内提出意见。")
        #expect(found.count == 1)
        #expect(found.first?.quote == "自2026年3月1日起30日内")
        #expect(found.first?.mention.start == day("2026-03-01"))
        #expect(found.first?.mention.end == nil)
        #expect(found.first?.mention.statedLength == 30)
        // A start date elsewhere in the sentence is not taken.
        let other = periods("本办法自2026年5月1日起施行，申请人应当在15个工作日内提交。")
        #expect(other.count == 1)
        #expect(other.first?.mention.start == nil)
        #expect(other.first?.quote == "15个工作日内")
    }

    @Test func spansPointAtTheTextInALongerDocument() {
        let text = """
            江临市共享电单车停放管理办法（征求意见稿）起草说明

            一、起草过程
            2026年2月10日，市交通运输局形成征求意见稿。于2026年3月1日至3月20日在市政府门户网站公开征求意见，
            同时征求市发展改革委等 12 个部门意见，各部门于 3 月 25 日前反馈。
            二、征求意见期限为 ３０ 日，自 2026 年 4 月 1 日 起至 2026 年 4 月 30 日止。
            """
        let document = parse(text)
        let found = PeriodExtractor.periods(in: document, referenceYear: nil)
        #expect(found.map { document.quote($0.span) } == [
            "于2026年3月1日至3月20日",
            "期限为 ３０ 日，自 2026 年 4 月 1 日 起至 2026 年 4 月 30 日止",
        ])
        #expect(found.map(\.calendarDays) == [20, 30])
        #expect(found.map(\.statedLength) == [nil, 30])
        let allDates = PeriodExtractor.dates(in: document, referenceYear: nil)
        #expect(allDates.map { document.quote($0.span) } == [
            "2026年2月10日", "2026年3月1日", "3月20日", "2026 年 4 月 1 日", "2026 年 4 月 30 日",
        ])
        // 3 月 25 日 is on the next line and no reference year is given: skipped; with one, kept.
        let withReference = PeriodExtractor.dates(in: document, referenceYear: 2026)
        #expect(withReference.map { document.quote($0.span) }.contains("3 月 25 日"))
        for (span, _) in withReference {
            #expect(document.text(span) == NormalizedText.normalize(document.quote(span)))
        }
    }

    @Test func manyPeriodsInALargeText() {
        // Numerals that are neither dates nor lengths (一二三…, 第一条, 统一) sit between the periods.
        let paragraph = "于2026年3月1日至3月20日公开征求意见，为期20日；一二三四五六七八九十百千，第一条、统一、十分。\n"
        let document = parse(String(repeating: paragraph, count: 5_000))
        let found = PeriodExtractor.periods(in: document, referenceYear: nil)
        #expect(found.count == 5_000)
        #expect(found.allSatisfy { $0.calendarDays == 20 && $0.statedLength == 20 })
        #expect(PeriodExtractor.dates(in: document, referenceYear: nil).count == 10_000)
    }
}
