import BundledChecklists
import Checks
import Foundation
import ReviewKit
import Testing

/// The rules that ship: the bundled checklists and the Swift checks, loaded once for all tests.
enum ShippedRules {
    static let laws: LawRegistry = try! LawRegistry.load(path: BundledChecklists.lawsPath)

    static let checklistRules: [ChecklistRule] = try! ChecklistLoader.load(paths: [BundledChecklists.rulesPath], laws: laws)

    static let all: [any Check] = checklistRules + BuiltinChecks.all

    /// One example of one rule, as a test argument.
    struct ExampleCase: Sendable, CustomTestStringConvertible {
        let check: any Check
        let example: RuleExample
        var testDescription: String {
            "\(check.definition.id) \(example.expectation.rawValue) \((example.file as NSString).lastPathComponent):\(example.line)"
        }
    }

    static var allExamples: [ExampleCase] {
        all.flatMap { check in check.definition.examples.map { ExampleCase(check: check, example: $0) } }
    }
}
