import Foundation

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
        let verdict: String
        if !procedure.isEmpty {
            verdict = "程序存在以下问题："
        } else if opinion.procedures.contains(where: { $0.status == .unknown }) {
            verdict = "上表中“待核实”的程序，送审材料未予反映，请审查人员核实。"
        } else {
            verdict = opinion.procedures.isEmpty ? "" : "制定程序符合规定。"
        }
        items.append(("制定程序", procedure, verdict))
        for category in [Category.fairCompetition, .contract, .citation, .drafting] {
            let found = findings(category)
            if !found.isEmpty { items.append((category.displayName, found, "存在以下问题：")) }
        }
        return items
    }

    /// The row of an empty procedure table: no procedure requirement covers this kind of draft.
    static let procedurePending = "检查清单未载明此类文件的程序要求，请审查人员根据送审材料逐项核对。"

    /// 《中华人民共和国行政处罚法》第十六条规定：“……”
    static func reason(_ basis: CitedBasis) -> String {
        var text = basis.text
        while let last = text.last, "。；，".contains(last) { text.removeLast() }
        return "\(basis.law)\(basis.article)规定：“\(text)。”"
    }

    /// 第九条第二款（第23行）; for a finding in the 送审材料: 送审材料《会议纪要.txt》第6行.
    static func place(_ finding: Finding, in opinion: Opinion, lineUnit: String) -> String {
        if finding.location.file != opinion.documentPath {
            let name = (finding.location.file as NSString).lastPathComponent
            let unit = name.lowercased().hasSuffix(".docx") ? "段" : "行"
            return "送审材料《\(name)》第\(finding.location.line)\(unit)"
        }
        let line = "第\(finding.location.line)\(lineUnit)"
        guard let article = finding.location.article else { return line }
        return "\(article)（\(line)）"
    }
}
