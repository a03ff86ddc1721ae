import BundledChecklists
import Checks
import Foundation
import Testing
@testable import ReviewKit

/// Procedure review on the bundled example draft and its three 送审材料 folders, and the manifest.
@Suite("程序审查")
struct ProcedureReviewTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func review(materials folder: String? = nil, manifest: String? = nil) throws -> ReviewResult {
        let laws = try LawRegistry.load(path: BundledChecklists.lawsPath)
        let checks = try ChecklistLoader.loadChecks(paths: [BundledChecklists.rulesPath], laws: laws)
        let reviewer = Reviewer(registry: try CheckRegistry(checks: checks + BuiltinChecks.all), laws: laws)
        let draft = DocumentParser.parse(try SourceLoader.load(path: Self.root.appendingPathComponent("examples/normative-draft.txt").path))
        let materials = try folder.map { try MaterialsFolder.load(Self.root.appendingPathComponent("examples/materials/\($0)").path).documents } ?? []
        let record = try manifest.map { try ProcedureManifest.load(path: Self.root.appendingPathComponent($0).path) }
        return reviewer.review(draft, materials: materials, manifest: record)
    }

    private func statuses(_ result: ReviewResult) -> [String: ProcedureEntry.Status] {
        Dictionary(uniqueKeysWithValues: result.procedures.map { ($0.name, $0.status) })
    }

    @Test("材料齐全：各程序均已履行，不报程序问题")
    func complete() throws {
        let result = try review(materials: "normative-complete")
        #expect(statuses(result) == ["公开征求意见": .done, "公平竞争审查": .done, "合法性审核": .done, "集体审议决定": .done])
        #expect(!result.findings.contains { $0.category == .procedure })
    }

    @Test("材料缺项：起草说明写明未公开征求意见，缺合法性审核和公平竞争审查")
    func incomplete() throws {
        let result = try review(materials: "normative-incomplete")
        #expect(statuses(result) == ["公开征求意见": .missing, "公平竞争审查": .missing, "合法性审核": .missing, "集体审议决定": .done])
        let comment = try #require(result.findings.first { $0.rule == "procedure.normative-public-comment" })
        #expect(comment.quote.contains("未向社会公开征求意见"))
        #expect(comment.location.file.hasSuffix("起草说明.txt"))
    }

    @Test("征求意见期限不足（20日少于30日）、审议先于合法性审核、材料日期矛盾")
    func shortPeriodAndWrongOrder() throws {
        let result = try review(materials: "normative-short-period-wrong-order")
        #expect(statuses(result)["公开征求意见"] == .insufficient)
        let procedure = result.findings.filter { $0.category == .procedure }
        #expect(procedure.contains { $0.message.contains("共20日") && $0.message.contains("少于应有的30日") })
        #expect(procedure.contains { $0.message.contains("合法性审核（2026年4月15日）晚于集体审议决定（2026年4月10日）") })
        #expect(procedure.contains { $0.severity == .warning && $0.message.contains("起止日期记载不一致") })
    }

    @Test("没有送审材料时各程序待核实，不报缺失")
    func noMaterials() throws {
        let result = try review()
        #expect(Set(statuses(result).values) == [.unknown])
        #expect(!result.findings.contains { $0.category == .procedure })
    }

    @Test("送审材料清单（manifest）记载的程序")
    func manifest() throws {
        let result = try review(manifest: "examples/materials/manifest-example.yaml")
        #expect(statuses(result) == ["公开征求意见": .done, "公平竞争审查": .done, "合法性审核": .done, "集体审议决定": .done])
        #expect(result.kindReason.contains("送审材料清单"))
    }

    @Test("清单中的未知字段和无效日期报出文件、行、列")
    func manifestErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let unknown = try folder.write("manifest: 1\nprocedures:\n  - name: 公开征求意见\n    stauts: done\n", to: "a.yaml")
        let error = reviewError { _ = try ProcedureManifest.load(path: unknown) }
        #expect(error?.position == SourcePosition(line: 4, column: 5))
        #expect(error?.message.contains("stauts") == true)
        let badDate = try folder.write("manifest: 1\nprocedures:\n  - name: 公开征求意见\n    status: done\n    end: 2026-02-30\n", to: "b.yaml")
        #expect(reviewError { _ = try ProcedureManifest.load(path: badDate) }?.position == SourcePosition(line: 5, column: 10))
    }
}

@Suite("送审材料分类")
struct MaterialClassifierTests {
    @Test("按文件名、再按标题识别材料种类，并说明理由")
    func classify() throws {
        let classifier = try MaterialClassifier.load(path: BundledChecklists.materialsPath)
        let minutes = classifier.classify(parse("江临市人民政府第42次常务会议纪要\n会议议定：审议通过。", path: "材料/会议纪要.txt"))
        #expect(minutes == .init(file: "会议纪要.txt", type: "会议纪要", reason: "文件名含“会议纪要”"))
        let review = classifier.classify(parse("江临市司法局关于《江临市共享电单车停放管理办法》的合法性审核意见\n市交通运输局：", path: "附件3.docx"))
        #expect(review.type == "合法性审查（审核）意见" && review.reason == "标题含“合法性审核意见”")
        #expect(classifier.classify(parse("联系方式\n电话：12345", path: "附件9.txt")).type == "其他材料")
    }
}
