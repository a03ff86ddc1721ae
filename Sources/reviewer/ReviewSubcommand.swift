import ArgumentParser
import Foundation
import ReviewKit

/// `reviewer review DRAFT`: reviews one draft and writes the opinion.
struct ReviewSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "审查一份草案，输出合法性审查意见书。")

    @Argument(help: ArgumentHelp("送审草案（.docx、.txt 或 .md）。", valueName: "草案"))
    var draft: String

    @Option(help: ArgumentHelp("送审材料所在文件夹（起草说明、征求意见情况等，.docx/.txt/.md）。", valueName: "目录"))
    var materials: String?

    @Option(help: ArgumentHelp("送审材料清单（YAML，记载各程序的履行情况、日期和依据材料；格式见 examples/materials/manifest-example.yaml）。", valueName: "文件"))
    var manifest: String?

    @Option(help: ArgumentHelp("文件种类：normative（行政规范性文件）、decision（重大行政决策）、contract（行政机关合同）；不指定时自动识别。", valueName: "种类"))
    var kind: DraftKind?

    @OptionGroup var rules: RuleOptions

    @Option(help: ArgumentHelp("输出格式：markdown 或 json。", valueName: "格式"))
    var format = "markdown"

    @Option(name: .shortAndLong, help: ArgumentHelp("写入文件（原子写入）；不指定时输出到屏幕。", valueName: "文件"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("出现该级别及以上的问题时以退出码 1 结束：error、warning、info 或 never。", valueName: "级别"))
    var failOn = "error"

    @Option(help: ArgumentHelp("文本文件的编码：utf-8、utf-16、gb18030（gbk）；不指定时自动识别。", valueName: "编码"))
    var encoding: String?

    func run() throws {
        try runReporting {
            let threshold = try FailThreshold(failOn)
            let textEncoding = try encoding.map { name in
                guard let value = TextEncoding(name: name) else {
                    throw ReviewError(.invalidOption, message: "不支持的编码“\(name)”。", fix: "--encoding 可选：utf-8、utf-16、gb18030（gbk）。")
                }
                return value
            }
            let renderer = try Renderers.named(format).init()
            let laws = try rules.loadLaws()
            let registry = try rules.loadRegistry(laws: laws)
            let document = DocumentParser.parse(try SourceLoader.load(path: draft, encoding: textEncoding))
            var materialDocuments: [Document] = []
            if let materials {
                let loaded = try MaterialsFolder.load(materials, encoding: textEncoding)
                materialDocuments = loaded.documents
                for file in loaded.skipped {
                    FileHandle.standardError.write(Data("\(file): 提示：格式不支持，未作为送审材料读取（请另存为 .docx 或 .txt）。\n".utf8))
                }
            }
            let record = try manifest.map { try ProcedureManifest.load(path: $0) }
            let result = Reviewer(registry: registry, laws: laws, classifier: try rules.loadClassifier()).review(document, kind: kind, materials: materialDocuments,
                                                                        manifest: record)
            let data = try renderer.render(Opinion(result: result, laws: laws))
            if let output {
                try OutputFile.write(data, to: output, protecting: [draft] + materialDocuments.map(\.source.path) + (manifest.map { [$0] } ?? []))
            } else {
                FileHandle.standardOutput.write(data)
            }
            if threshold.isReached(by: result.findings) { throw ExitCode(1) }
        }
    }
}

/// The `--fail-on` level.
struct FailThreshold {
    let severity: Severity?

    init(_ name: String) throws {
        if name == "never" {
            severity = nil
        } else if let value = Severity(rawValue: name) {
            severity = value
        } else {
            throw ReviewError(.invalidOption, message: "--fail-on 的取值“\(name)”无效。", fix: "可选：error、warning、info、never。")
        }
    }

    func isReached(by findings: [Finding]) -> Bool {
        guard let severity else { return false }
        return findings.contains { $0.severity.weight >= severity.weight }
    }
}
