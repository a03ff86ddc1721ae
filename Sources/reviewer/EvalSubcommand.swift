import ArgumentParser
import Foundation
import ReviewKit

/// `reviewer eval CORPUS`: recall and false positives per category over a labelled corpus.
struct EvalSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "在标注语料上评测：按类别输出召回率和误报，并逐条列出漏报和误报。")

    @Argument(help: ArgumentHelp("语料根目录（如 ../shared/corpus），每个子文件夹含 case.yaml 和 draft.txt。", valueName: "目录"))
    var corpus: String

    @OptionGroup var rules: RuleOptions

    func run() throws {
        try runReporting {
            let laws = try rules.loadLaws()
            let reviewer = Reviewer(registry: try rules.loadRegistry(laws: laws), laws: laws)
            print(try CorpusEvaluator(reviewer: reviewer).evaluate(corpus: corpus).text)
        }
    }
}
