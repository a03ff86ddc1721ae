import Foundation

/// Decides whether a draft is a normative document, a major decision or a contract, and says why.
public enum KindDetector {
    /// The detected kind and the reason, in Chinese, for the opinion.
    public struct Result: Sendable, Equatable {
        public let kind: DraftKind
        public let reason: String
    }

    private static let contractNames = ["合同书", "合同", "协议书", "协议", "契约"]
    private static let decisionNames = ["实施方案", "工作方案", "行动方案", "方案", "规划", "行动计划", "计划", "纲要"]
    private static let normativeNames = ["实施细则", "办法", "规定", "细则", "规则", "意见", "通知", "通告", "公告", "决定", "措施"]
    private static let draftMarks = ["（送审稿）", "（征求意见稿）", "（草案）", "（修改稿）", "（讨论稿）", "（审议稿）", "（试行）", "（暂行）"]

    /// Detects the kind of `document`.
    ///
    /// The name a title ends with decides (城乡规划管理办法 is a normative document, not a plan);
    /// a 通知 that 印发 a plan or measures takes the kind of what it issues. Without a telling title,
    /// 甲方/乙方 mark a contract and 第×条 numbering a normative document.
    public static func detect(_ document: Document) -> Result {
        var name = document.metadata.title ?? ""
        for mark in draftMarks { name = name.replacingOccurrences(of: mark, with: "") }
        if name.hasSuffix("的通知"), let issued = name.range(of: "印发", options: .backwards) {
            let inner = name[issued.upperBound...].dropLast(3).trimmingCharacters(in: .init(charactersIn: "《》"))
            if let result = byName(String(inner), subject: "标题为印发《\(inner)》的通知，所印发文件的名称") { return result }
        }
        if let result = byName(name, subject: "标题") { return result }
        let head = document.text(TextSpan(0, min(document.normalized.units.count, 3000)))
        if head.contains("甲方") && head.contains("乙方") {
            return Result(kind: .contract, reason: "正文约定“甲方”“乙方”的权利义务")
        }
        if document.units.contains(where: { $0.kind == .article }) {
            return Result(kind: .normative, reason: "正文按“第×条”分条规定")
        }
        return Result(kind: .normative, reason: "未见合同或决策方案的特征，按行政规范性文件审查")
    }

    private static func byName(_ name: String, subject: String) -> Result? {
        if let word = contractNames.first(where: { name.hasSuffix($0) }) {
            return Result(kind: .contract, reason: subject + "以“\(word)”结尾")
        }
        if let word = decisionNames.first(where: { name.hasSuffix($0) }) {
            return Result(kind: .decision, reason: subject + "以“\(word)”结尾，属于决策方案类文件")
        }
        if let word = normativeNames.first(where: { name.hasSuffix($0) }) {
            return Result(kind: .normative, reason: subject + "以“\(word)”结尾，属于规范性文件常用名称")
        }
        return nil
    }
}
