import Foundation
import ReviewKit

/// Reports placeholders left in the text of a draft: ××, XX, ○○, ____, 【】, （ ）, 〔〕, （待定）,
/// 第  条, a date with no numbers. Blanks in form fields (签字、盖章、日期： …) are left alone.
public struct PlaceholderCheck: Check {
    public static let definition = RuleDefinition(
        id: "drafting.placeholder",
        title: "送审文本不得留有占位符或空白",
        category: .drafting,
        severity: .warning,
        kinds: [.normative, .decision, .contract],
        basis: [
            LegalBasis(
                law: "guobanfa-2018-115", article: "二（五）",
                statement: "审核机构要对送审材料的完备性、规范性进行审核，不符合要求的，可以退回或者要求补充。",
                text: "起草单位直接将文件送审稿及有关材料报送审核机构进行审核的，审核机构要对材料的完备性、规范性进行审核，不符合要求的，可以退回，或者要求起草单位在规定时间内补充材料或说明情况。",
                kinds: [.normative]),
            LegalBasis(
                law: "major-decision-procedure-regs", article: "第二十六条第一款",
                statement: "送请合法性审查的决策草案及材料不符合要求的，可以退回或者要求补充。",
                text: "送请合法性审查，应当提供决策草案及相关材料，包括有关法律、法规、规章等依据和履行决策法定程序的说明等。提供的材料不符合要求的，负责合法性审查的部门可以退回，或者要求补充。",
                kinds: [.decision]),
            LegalBasis(
                law: "civil-code", article: "第四百七十条第一款",
                statement: "合同的内容由当事人约定，一般包括标的、数量、质量、价款或者报酬、履行期限、地点和方式等条款。",
                text: "合同的内容由当事人约定，一般包括下列条款：（一）当事人的姓名或者名称和住所；（二）标的；（三）数量；（四）质量；（五）价款或者报酬；（六）履行期限、地点和方式；（七）违约责任；（八）解决争议的方法。",
                kinds: [.contract]),
        ],
        examples: [
            .trigger("第十五条　⟦本办法的具体实施工作由XX部门负责。⟧"),
            .trigger("第六条　⟦经营者应当在收到通知之日起____日内完成整改。⟧"),
            .trigger("（三）⟦由（　　）负责组织实施，各街道办事处配合。⟧", kind: .decision),
            .trigger("第二十条　⟦本办法自××××年×月×日起施行。⟧"),
            .trigger("3.2　⟦乙方应当在【】日内完成设备安装。⟧", kind: .contract),
            .clean("第十五条　本办法的具体实施工作由市交通运输局负责。"),
            .clean("甲方（盖章）：\n法定代表人（签字）：________\n签订日期：　　年　　月　　日", kind: .contract),
            .clean("第三条　申请人应当如实填写出生年月日、住址等信息。"),
            .clean("第九条　计算公式为：补助金额＝面积×单价×50%。"),
        ],
        origin: "Sources/Checks/Drafting/PlaceholderCheck.swift")

    public var definition: RuleDefinition { Self.definition }

    public init() {}

    /// Each alternative carries a literal, so the pattern runs only where one occurs.
    private static let placeholder = GuardedExpression(try! NSRegularExpression(
        pattern: "××+|XX+(?![A-Za-z])|xx+(?![A-Za-z])|○○+|__+|＿＿+|【】|（）|〔〕|\\[\\]|（待定）|\\bTBD\\b|此处填写|第条|(?<![生年])年月日|第号"))
    /// Lines that are form fields or a signature block, where blanks are meant to be filled in by hand.
    private static let formField = try! NSRegularExpression(
        pattern: "签字|签章|盖章|签名|签订日期|签署日期|签约日期|法定代表人|委托代理人|联系电话|联系人|电话：|地址：|开户|账号|日期：|^[^，。；]{0,12}：")

    public func findings(in document: Document, context: ReviewContext) -> [Finding] {
        var results: [Finding] = []
        var reportedSentences = Set<Int>()
        for span in Self.placeholder.matches(in: document.normalized) {
            let line = document.lines[document.lineIndex(at: span.start)]
            let lineText = document.text(line)
            guard Self.formField.firstMatch(in: lineText, range: NSRange(location: 0, length: line.length)) == nil else { continue }
            let sentence = document.scopeSpan(.sentence, at: span.start)
            guard reportedSentences.insert(sentence.start).inserted else { continue }
            results.append(finding(on: sentence, in: document, context: context,
                                   message: "文中留有占位符“\(document.quote(span))”，内容尚未确定，送审文本不完整。",
                                   suggestion: "请将占位符替换为确定的内容（如具体的部门名称、期限、日期），确实无法确定的应在起草说明中说明。"))
        }
        return results
    }
}
