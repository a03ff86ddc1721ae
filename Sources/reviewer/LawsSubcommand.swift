import ArgumentParser
import Foundation
import ReviewKit

/// `reviewer laws [KEYWORD]`: lists or searches the law registry rules cite.
struct LawsSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "laws",
        abstract: "列出或查询法律法规登记表（规则 basis.law 使用其中的编号）。")

    @Argument(help: ArgumentHelp("按编号、名称或简称查询；不填时列出全部。", valueName: "关键词"))
    var keyword: String?

    @OptionGroup var rules: RuleOptions

    func run() throws {
        try runReporting {
            let registry = try rules.loadLaws()
            let entries = registry.entries.values.sorted { $0.id < $1.id }.filter { entry in
                guard let keyword else { return true }
                return ([entry.id, entry.title] + (entry.short ?? [])).contains { $0.contains(keyword) }
            }
            for entry in entries {
                let count = entry.articleCount.map { "\($0)条" } ?? "条文数未核实"
                print([entry.id, entry.title, entry.level ?? "", entry.status ?? "", entry.effective.map { "施行\($0)" } ?? "", count]
                    .joined(separator: "\t"))
            }
            print("共 \(entries.count) 部。登记表编制于2026年11月，条文数核对自国家法律法规数据库2025年4月19日的镜像快照；此后的修改请以官方文本为准。")
        }
    }
}
