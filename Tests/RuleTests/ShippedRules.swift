import BundledChecklists
import Checks
import Foundation
import ReviewKit
import Testing

/// The rules that ship: the bundled checklists and the Swift checks, loaded once for all tests.
enum ShippedRules {
    static let laws: LawRegistry = try! LawRegistry.load(path: BundledChecklists.lawsPath)

    static let checklistChecks: [any Check] = try! ChecklistLoader.loadChecks(paths: [BundledChecklists.rulesPath], laws: laws)

    static let checklistRules: [ChecklistRule] = checklistChecks.compactMap { $0 as? ChecklistRule }

    static let all: [any Check] = checklistChecks + BuiltinChecks.all

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
