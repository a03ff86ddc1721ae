import Foundation

/// The opinion as Markdown: headings, the procedure table, numbered problems.
public struct MarkdownRenderer: Renderer {
    public static let identifier = "markdown"
    public static let fileExtension = "md"

    public init() {}

    public func render(_ opinion: Opinion) throws -> Data {
        var out: [String] = []
        let lineUnit = opinion.documentPath.lowercased().hasSuffix(".docx") ? "段" : "行"
        out.append("# \(opinion.heading)")
        out.append("")
        out.append("**审查结论：\(opinion.conclusion.level.displayName)。** \(opinion.conclusion.text)")
        out.append("")
        out.append("\(opinion.issuer ?? "（主送机关）")：")
        out.append("")
        out.append(OpinionText.opening(opinion))
        out.append("")
        out.append("## 一、审查依据")
        out.append("")
        if opinion.reviewBasis.isEmpty {
            out.append("有关法律、法规、规章和国家政策规定。")
        }
        for (index, basis) in opinion.reviewBasis.enumerated() {
            out.append("\(OpinionText.subpart(index + 1))\(basis)\(index == opinion.reviewBasis.count - 1 ? "。" : "；")")
            out.append("")
        }
        if !opinion.materials.isEmpty {
            out.append("审查的送审材料：\(opinion.materials.map { "《\($0.file)》（\($0.type)，\($0.reason)）" }.joined(separator: "、"))。")
            out.append("")
        }
        out.append("## 二、审查事项")
        out.append("")
        var problemCount = 0
        for (index, item) in OpinionText.reviewItems(opinion).enumerated() {
            out.append("### \(OpinionText.subpart(index + 1))\(item.heading)")
            out.append("")
            if item.heading == "制定程序" { out += procedureTable(opinion) }
            if !item.verdict.isEmpty {
                out.append(item.verdict)
                out.append("")
            }
            for (number, finding) in item.findings.enumerated() {
                problemCount += 1
                out += problem(finding, number: number + 1, place: OpinionText.place(finding, in: opinion, lineUnit: lineUnit))
            }
        }
        if problemCount > 0 {
            out.append("除上述问题外，未发现其他明显违反法律、法规规定的内容。")
            out.append("")
        }
        out.append("## 三、审查意见")
        out.append("")
        out.append(opinion.conclusion.text)
        out.append("")
        out.append("---")
        out.append("")
        out.append("*\(Opinion.disclaimer)*")
        out.append("")
        out.append("审查机构（盖章）：________________")
        out.append("")
        out.append("审查人员：________________")
        out.append("")
        out.append("\(opinion.date)（审查人员确认后填写正式日期）")
        out.append("")
        return Data(out.joined(separator: "\n").utf8)
    }

    private func procedureTable(_ opinion: Opinion) -> [String] {
        var rows = ["| 程序 | 履行情况 | 依据材料 |", "| --- | --- | --- |"]
        if opinion.procedures.isEmpty {
            rows.append("| （待核对） | 待核实 | \(OpinionText.procedurePending) |")
        }
        for entry in opinion.procedures {
            rows.append("| \(cell(entry.name)) | \(entry.status.displayName) | \(cell(entry.evidence)) |")
        }
        return rows + [""]
    }

    private func problem(_ finding: Finding, number: Int, place: String) -> [String] {
        var lines = ["\(number). 【\(finding.severity.displayName)】\(finding.title)", ""]
        lines.append("- 位置：\(place)")
        lines.append("- 原文：“\(finding.quote)”")
        lines.append("- 问题：\(finding.message)")
        for basis in finding.basis { lines.append("- 理由：\(OpinionText.reason(basis))") }
        lines.append("- 修改建议：\(finding.suggestion)")
        lines.append("")
        return lines
    }

    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "｜").replacingOccurrences(of: "\n", with: " ")
    }
}
