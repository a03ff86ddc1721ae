import ArgumentParser
import Checks
import BundledChecklists
import ReviewKit

/// Options shared by the subcommands that load rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("checklists"), help: ArgumentHelp("再加载一个检查清单文件夹（可重复使用）。", valueName: "目录"))
    var checklistFolders: [String] = []

    @Option(name: .customLong("laws"), help: ArgumentHelp("再加载一个法律法规登记表（YAML，格式同 checklists/laws.yaml）。", valueName: "文件"))
    var lawFiles: [String] = []

    /// The law registry: the shipped one plus the user's.
    func loadLaws() throws -> LawRegistry {
        var registry = try LawRegistry.load(path: BundledChecklists.lawsPath)
        for file in lawFiles { registry = registry.merging(try LawRegistry.load(path: file)) }
        return registry
    }

    /// The kinds of 送审材料 the tool recognises.
    func loadClassifier() throws -> MaterialClassifier {
        try MaterialClassifier.load(path: BundledChecklists.materialsPath)
    }

    /// Every check: shipped checklists, the user's folders, and the Swift checks.
    func loadRegistry(laws: LawRegistry) throws -> CheckRegistry {
        let checks = try ChecklistLoader.loadChecks(paths: [BundledChecklists.rulesPath] + checklistFolders, laws: laws)
        return try CheckRegistry(checks: checks + BuiltinChecks.all)
    }
}

extension DraftKind: ExpressibleByArgument {}
