/// Wording shared by the text renderers: numbering, verdict sentences, problem paragraphs.
enum OpinionText {
    /// 一、二、… for top-level parts.
    static func part(_ number: Int) -> String { ChineseNumeral.format(number) + "、" }

    /// （一）（二）… for sub-parts.
    static func subpart(_ number: Int) -> String { "（" + ChineseNumeral.format(number) + "）" }

    /// The opening paragraph: which draft, how it was reviewed, the conclusion in one sentence.
    static func opening(_ opinion: Opinion) -> String {
        var text = "收到送审的《\(opinion.documentTitle)》（以下简称《\(opinion.shortTitle)》）"
        if !opinion.materials.isEmpty { text += "及送审材料\(opinion.materials.count)份" }
        text += "后，依照有关法律、法规、规章和国家政策规定，对《\(opinion.shortTitle)》的制定主体、权限、程序和内容进行了合法性审查。"
        text += "《\(opinion.shortTitle)》按\(opinion.kind.displayName)审查（\(opinion.kindReason)）。"
        text += "审查结论：\(opinion.conclusion.level.displayName)。现将审查意见说明如下："
        return text
    }

    /// The part headings of 二、审查事项 in order, with the findings each holds.
    static func reviewItems(_ opinion: Opinion) -> [(heading: String, findings: [Finding], verdict: String)] {
        var items: [(String, [Finding], String)] = []
        let issuer = opinion.issuer.map { "据文本识别，制定机关为\($0)。" } ?? "文本未载明制定机关。"
        items.append(("制定主体", [], issuer + "制定主体是否适格，请审查人员结合其法定职权核实。"))
        let sections = opinion.sections
        func findings(_ category: Category) -> [Finding] { sections.first { $0.category == category }?.findings ?? [] }
        let authority = findings(.authority)
        items.append(("制定权限", authority, authority.isEmpty ? "未发现超越法定权限的内容。" : "存在以下超越权限的问题："))
        let procedure = findings(.procedure)
        items.append(("制定程序", procedure, procedure.isEmpty ? "" : "程序存在以下问题："))
        for category in [Category.fairCompetition, .contract, .citation, .drafting] {
            let found = findings(category)
            if !found.isEmpty { items.append((category.displayName, found, "存在以下问题：")) }
        }
        return items
    }

    /// The note under the procedure table while procedures are not yet checked automatically.
    static let procedurePending = "本版本尚未自动核对制定程序。请审查人员根据送审材料，逐项核对评估论证、公开征求意见、合法性审核、公平竞争审查、集体审议决定等程序的履行情况。"

    /// 《中华人民共和国行政处罚法》第十六条规定：“……”
    static func reason(_ basis: CitedBasis) -> String {
        var text = basis.text
        while let last = text.last, "。；，".contains(last) { text.removeLast() }
        return "\(basis.law)\(basis.article)规定：“\(text)。”"
    }

    /// 第九条第二款（第23行）
    static func place(_ finding: Finding, lineUnit: String) -> String {
        let line = "第\(finding.location.line)\(lineUnit)"
        guard let article = finding.location.article else { return line }
        return "\(article)（\(line)）"
    }

    /// The conclusion and next step for 三、审查意见.
    static func finalOpinion(_ opinion: Opinion) -> String {
        opinion.conclusion.text
    }
}
