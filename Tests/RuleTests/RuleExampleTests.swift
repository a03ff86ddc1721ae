import Foundation
import ReviewKit
import Testing

/// Every example of every shipped rule: triggering ones must be reported at their marked passage,
/// clean ones must not (SwiftLint's verifyRule, textlint's tester). A failure points at the example.
@Test("规则示例", arguments: ShippedRules.allExamples)
func ruleExample(_ item: ShippedRules.ExampleCase) {
    let outcome = ExampleRunner(laws: ShippedRules.laws).run(item.check, example: item.example)
    let location = SourceLocation(fileID: "RuleTests/\((item.example.file as NSString).lastPathComponent)",
                                  filePath: item.example.file, line: max(1, item.example.line), column: 1)
    #expect(outcome.passed, "\(item.check.definition.id)：\(outcome.problem ?? "")", sourceLocation: location)
}
