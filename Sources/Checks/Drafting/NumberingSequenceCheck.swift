import ReviewKit

/// Reports gaps, repeats and backward jumps in the numbering of 章、节、条、项 and of headings
/// 一、（一）: 第十二条 followed by 第十四条, two 第九条, （二） followed by （四）.
public struct NumberingSequenceCheck: Check {
    public static let definition = RuleDefinition(
        id: "drafting.numbering-sequence",
        title: "章、节、条、项序号应当连续",
        category: .drafting,
        severity: .warning,
        kinds: [.normative, .decision, .contract],
        basis: [LegalBasis(
            law: "legislation-law", article: "第六十五条第二款",
            statement: "编、章、节、条的序号用中文数字依次表述，项的序号用中文数字加括号依次表述。",
            text: "编、章、节、条的序号用中文数字依次表述，款不编序号，项的序号用中文数字加括号依次表述，目的序号用阿拉伯数字依次表述。")],
        examples: [
            .trigger("第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。\n⟦第四条　本办法自2027年1月1日起施行。⟧"),
            .trigger("第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。\n⟦第二条　市交通运输局负责组织实施。⟧"),
            .trigger("第三条　经营者应当履行下列义务：\n（一）建立车辆管理制度；\n（二）及时清理违规停放车辆；\n⟦（四）配合有关部门开展检查。⟧"),
            .trigger("一、总体要求\n二、主要任务\n⟦四、保障措施⟧", kind: .decision),
            .clean("第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。\n第三条　本办法自2027年1月1日起施行。"),
            .clean("第五条　违反本办法第三条规定的，依法处理。\n第六条　第三条规定的期限届满后，不再受理。"),
            .clean("第一章　总则\n第一条　为了规范管理，制定本办法。\n第二章　附则\n第二条　本办法自2027年1月1日起施行。"),
            .clean("一、总体要求\n（一）指导思想\n（二）工作目标\n二、主要任务\n（一）完善设施\n（二）健全机制", kind: .decision),
        ],
        origin: "Sources/Checks/Drafting/NumberingSequenceCheck.swift")

    public var definition: RuleDefinition { Self.definition }

    public init() {}

    /// The unit kinds whose numbers must run on; 条 runs on through the whole draft.
    private static let sequenced: Set<StructuralUnit.Kind> = [.part, .chapter, .section, .article, .item, .heading1, .heading2]

    public func findings(in document: Document, context: ReviewContext) -> [Finding] {
        var last: [String: StructuralUnit] = [:]
        var results: [Finding] = []
        for unit in document.units where Self.sequenced.contains(unit.kind) {
            // 条 are numbered through the whole draft; the others within their parent. A sequence may
            // start above one (an excerpt); only what follows an observed number is judged.
            let key = unit.kind == .article ? "article" : "\(unit.kind.rawValue)@\(unit.parent.map(String.init) ?? "top")"
            let previous = last[key]
            last[key] = unit
            guard let previous, unit.number != previous.number + 1 else { continue }
            let message: String
            if unit.number == previous.number {
                message = "“\(unit.label)”与前一个序号重复。"
            } else if unit.number < previous.number {
                message = "“\(previous.label)”之后出现“\(unit.label)”，序号倒退。"
            } else {
                message = "“\(previous.label)”之后为“\(unit.label)”，缺少\(name(previous.number + 1, like: unit))。"
            }
            // Quote the label with the first sentence after it, so the reader sees which part it is.
            let firstSentence = document.scopeSpan(.sentence, at: unit.labelSpan.end)
            let quote = TextSpan(unit.labelSpan.start, max(unit.labelSpan.end, min(firstSentence.end, unit.span.end)))
            results.append(finding(on: quote, in: document, context: context, message: message,
                                   suggestion: "请核对是否遗漏或多出内容，并将序号调整为连续编号（文中引用这些序号之处一并修改）。"))
        }
        return results
    }

    /// How the missing number would be written, in the unit's own style: 第十三条, （三）, 三、.
    private func name(_ number: Int, like unit: StructuralUnit) -> String {
        let numeral = ChineseNumeral.format(number)
        switch unit.kind {
        case .part: return "第\(numeral)编"
        case .chapter: return "第\(numeral)章"
        case .section: return "第\(numeral)节"
        case .article: return "第\(numeral)条"
        case .item, .heading2: return "（\(numeral)）"
        default: return "“\(numeral)、”"
        }
    }
}
