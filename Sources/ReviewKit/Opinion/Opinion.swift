import Foundation

/// The 合法性审查意见书 as data: what every renderer writes out.
public struct Opinion: Sendable {
    /// 关于《X》的合法性审查意见
    public let heading: String
    /// The draft's title (or file name when it has none).
    public let documentTitle: String
    /// The short name used after the first mention (以下简称《…》).
    public let shortTitle: String
    public let documentPath: String
    public let kind: DraftKind
    public let kindReason: String
    public let issuer: String?
    public let conclusion: Conclusion
    /// The 送审材料 reviewed, each with what it was taken to be and why.
    public let materials: [MaterialClassifier.Classified]
    /// The instruments applied, in 《》 with their document numbers where known.
    public let reviewBasis: [String]
    /// The procedure table; empty until procedure review is available.
    public let procedures: [ProcedureEntry]
    public let findings: [Finding]
    /// The findings grouped by category, in opinion order.
    public var sections: [(category: Category, findings: [Finding])] {
        Category.allCases.compactMap { category in
            let items = findings.filter { $0.category == category }
            return items.isEmpty ? nil : (category, items)
        }
    }
    /// The date of the review, as 2026年5月18日.
    public let date: String
    /// The statement that the letter was drafted by machine and must be confirmed.
    public static let disclaimer = "本意见由合法性审查助手根据送审文本自动生成初稿，所列问题、依据和修改建议须经审查人员逐项核实、修改并签署后方可作为正式审查意见使用。"

    /// Writes up a review result.
    public init(result: ReviewResult, laws: LawRegistry, date: Date = Date()) {
        let document = result.document
        let fileName = URL(fileURLWithPath: document.source.path).deletingPathExtension().lastPathComponent
        let title = document.metadata.title ?? fileName
        documentTitle = title
        shortTitle = Self.shortName(of: title)
        heading = "关于《\(title)》的合法性审查意见"
        documentPath = document.source.path
        kind = result.kind
        kindReason = result.kindReason
        issuer = document.metadata.issuer
        findings = result.findings
        conclusion = Conclusion(findings: result.findings, shortTitle: shortTitle, kind: result.kind)
        materials = result.materialTypes
        var seen = Set<String>()
        reviewBasis = (result.findings.flatMap(\.basis).map(\.law)
            + result.appliedRules.flatMap(\.basis).filter { $0.applies(to: result.kind) }.map { laws.cite($0).law })
            .filter { seen.insert($0).inserted }
        procedures = result.procedures
        self.date = Self.format(date)
    }

    /// 《江临市共享电单车停放管理办法（送审稿）》 → 《办法》, the way opinions shorten titles.
    static func shortName(of title: String) -> String {
        let bare = title.replacingOccurrences(of: "（送审稿）", with: "").replacingOccurrences(of: "（征求意见稿）", with: "")
            .replacingOccurrences(of: "（草案）", with: "").replacingOccurrences(of: "（修改稿）", with: "")
        let endings = ["实施细则", "实施方案", "工作方案", "办法", "规定", "细则", "意见", "通知", "方案", "规划", "计划",
                       "协议书", "协议", "合同", "措施", "决定", "通告", "规则"]
        return endings.first { bare.hasSuffix($0) } ?? bare
    }

    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.year!)年\(parts.month!)月\(parts.day!)日"
    }
}
