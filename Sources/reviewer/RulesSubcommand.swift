import ArgumentParser
import Foundation
import ReviewKit

/// `reviewer rules`: lists the rules, or checks a folder of rules and runs their examples.
struct RulesSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "列出全部审查规则；加 --check 时校验检查清单并运行其示例。")

    @OptionGroup var rules: RuleOptions

    @Option(help: ArgumentHelp("校验该文件夹（或文件）中的检查清单，并运行每条规则的示例。", valueName: "目录"))
    var check: String?

    @Flag(help: "输出全部规则的字面触发词（每行一个），供性能对比使用。")
    var words = false

    func run() throws {
        try runReporting {
            let laws = try rules.loadLaws()
            if let check {
                try checkFolder(check, laws: laws)
                return
            }
            let registry = try rules.loadRegistry(laws: laws)
            if words {
                for word in ChecklistLoader.literalWords(of: registry.checks) { print(word) }
                return
            }
            for check in registry.checks {
                let rule = check.definition
                let basis = rule.basis.map { laws.cite($0).law + $0.article }.joined(separator: "；")
                print([rule.id, rule.category.rawValue, rule.severity.displayName, rule.title, basis].joined(separator: "\t"))
            }
            print("共 \(registry.checks.count) 条规则。")
        }
    }

    private func checkFolder(_ path: String, laws: LawRegistry) throws {
        let loaded = try ChecklistLoader.loadChecks(paths: [path], laws: laws)
        let runner = ExampleRunner(laws: laws)
        var failures = 0, total = 0
        for rule in loaded {
            for outcome in runner.run(rule) {
                total += 1
                guard let problem = outcome.problem else { continue }
                failures += 1
                let kind = outcome.example.expectation == .trigger ? "trigger" : "clean"
                print("\(outcome.example.file):\(outcome.example.line):1: 示例未通过：规则 \(rule.definition.id) 的 \(kind) 示例——\(problem)")
            }
        }
        print("检查清单格式正确：\(loaded.count) 条规则；示例 \(total) 条，通过 \(total - failures) 条，未通过 \(failures) 条。")
        if failures > 0 { throw ExitCode(1) }
    }
}
