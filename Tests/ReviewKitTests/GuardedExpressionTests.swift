import Foundation
import Testing
@testable import ReviewKit

@Suite("正则的字面量预筛")
struct GuardedExpressionTests {
    @Test("每个分支取必须出现的字面量（必需的分组取其各分支的字面量）", arguments: [
        ("(?<![加被])处(以)?[0-9零一二三]{0,40}罚款", ["罚款"]),
        ("(予以|给予|并处)[^。；，]{0,25}?罚款", ["罚款"]),
        ("罚款[0-9]+(元|万元)", ["罚款"]),
        ("没收违法所得|吊销", ["吊销", "没收违法所得"]),
        ("(处罚|罚款)", ["处罚", "罚款"]),
        ("(?<!被)(查封|扣押)(?!期限)", ["扣押", "查封"]),
        ("(依照|依据)(有关)?(法律|法规)", ["依据", "依照"]),
        ("处?罚", ["罚"]),
        ("责令停产{2,}停业", ["责令停产"]),
        ("依照\\(有关\\)规定", ["依照(有关)规定"]),
    ])
    func literals(_ pattern: String, _ expected: [String]) {
        #expect(RequiredLiterals.extract(from: pattern) == expected)
    }

    @Test("没有可靠字面量时不预筛", arguments: ["(处罚|罚款)?", "[一二三]+", "(?i)abc", "a|[xy]", "处?"])
    func noLiterals(_ pattern: String) {
        #expect(RequiredLiterals.extract(from: pattern) == nil)
    }

    @Test("单一分支的正则：其余必需部分作为同窗口条件")
    func companions() {
        #expect(RequiredLiterals.requirements(of: "(?<!被)暂扣[^。]{0,10}?(许可证|执照)") == [["暂扣"], ["执照", "许可证"]])
        #expect(RequiredLiterals.requirements(of: "没收违法所得|吊销") == [["吊销", "没收违法所得"]])
    }

    @Test("预筛后的结果与整段匹配相同（同一行内）")
    func sameMatchesAsWholeText() throws {
        let text = NormalizedText(Array("第一条　逾期不改正的，处二千元罚款。\n第二条　依法予以罚款；并处五百元罚款。\n第三条　无关内容。".utf16))
        for pattern in ["处[^。；]{0,10}罚款", "(予以|并处)[^。；]{0,10}罚款", "依法[^。]{0,3}罚款", "无关[^。]*罚款"] {
            let expression = try NSRegularExpression(pattern: pattern)
            let whole = expression.matches(in: text.string, range: NSRange(location: 0, length: text.units.count))
                .map { TextSpan($0.range.location, NSMaxRange($0.range)) }
            #expect(GuardedExpression(expression).matches(in: text) == whole)
        }
    }
}
