/// Decides whether a draft is a normative document, a major decision or a contract, and says why.
public enum KindDetector {
    /// The detected kind and the reason, in Chinese, for the opinion.
    public struct Result: Sendable, Equatable {
        public let kind: DraftKind
        public let reason: String
    }

    private static let contractTitleWords = ["合同", "协议书", "协议", "契约"]
    private static let decisionTitleWords = ["实施方案", "工作方案", "方案", "规划", "行动计划", "计划", "重大行政决策"]
    private static let normativeTitleWords = ["办法", "规定", "细则", "规则", "意见", "通知", "通告", "决定", "措施", "公告"]

    /// Detects the kind of `document`.
    public static func detect(_ document: Document) -> Result {
        let title = document.metadata.title ?? ""
        if let word = contractTitleWords.first(where: { title.contains($0) }) {
            return Result(kind: .contract, reason: "标题含“\(word)”")
        }
        let head = document.text(TextSpan(0, min(document.normalized.units.count, 3000)))
        if head.contains("甲方") && head.contains("乙方") {
            return Result(kind: .contract, reason: "正文约定“甲方”“乙方”的权利义务")
        }
        // A 通知 that 印发 a plan is the plan's vehicle; the plan decides the kind.
        if let word = decisionTitleWords.first(where: { title.contains($0) }) {
            return Result(kind: .decision, reason: "标题含“\(word)”，属于决策方案类文件")
        }
        if let word = normativeTitleWords.first(where: { title.hasSuffix($0) || title.contains($0 + "（") }) {
            return Result(kind: .normative, reason: "标题以“\(word)”为名，属于规范性文件常用名称")
        }
        if document.units.contains(where: { $0.kind == .article }) {
            return Result(kind: .normative, reason: "正文按“第×条”分条规定")
        }
        return Result(kind: .normative, reason: "未见合同或决策方案的特征，按行政规范性文件审查")
    }
}
