import ArgumentParser
import Foundation
import ReviewKit

/// 合法性审查助手 command line.
@main
struct ReviewerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviewer",
        abstract: "合法性审查助手：审查行政规范性文件、重大行政决策和行政机关合同草案，生成合法性审查意见书。",
        discussion: """
        退出码：0 审查完成且没有达到 --fail-on 级别的问题；1 存在达到该级别的问题；2 输入或用法有误。
        所有审查均在本机离线完成，草案内容不会发送到任何地方。
        """,
        version: "0.1.0",
        subcommands: [ReviewSubcommand.self, RulesSubcommand.self, LawsSubcommand.self, EvalSubcommand.self],
        defaultSubcommand: ReviewSubcommand.self
    )
}

/// Runs a subcommand body, printing `ReviewError`s in Chinese and exiting 2.
func runReporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ReviewError {
        FileHandle.standardError.write(Data((error.errorDescription ?? "错误") .utf8 + [0x0A]))
        throw ExitCode(2)
    }
}
