import Checks
import Foundation
import Testing
@testable import ReviewKit

/// Scoring as section 五 of the corpus README says, on a two-case corpus written here.
@Suite("语料评测口径")
struct CorpusEvaluatorTests {
    private func evaluate(_ cases: [String: (yaml: String, draft: String)]) throws -> EvaluationReport {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (name, files) in cases {
            try folder.write(files.yaml, to: "\(name)/case.yaml")
            try folder.write(files.draft, to: "\(name)/draft.txt")
        }
        let reviewer = Reviewer(registry: try CheckRegistry(checks: BuiltinChecks.all), laws: LawRegistry(entries: []))
        return try CorpusEvaluator(reviewer: reviewer).evaluate(corpus: folder.path)
    }

    @Test("命中、漏报、误报与“中”级分开统计")
    func scoring() throws {
        let draft = "第一条　本办法由XX部门负责。\n第二条　本办法自印发之日起施行。\n第四条　另行规定。\n"
        let report = try evaluate([
            "a-problems": (yaml: """
                kind: snippet-normative
                expected:
                - {category: drafting, quote: 本办法由XX部门负责, confidence: high}
                - {category: drafting, quote: 另行规定, confidence: medium}
                - {category: authority, quote: 本办法自印发之日起施行, confidence: high}
                must_not_flag: []
                clean: false
                """, draft: draft),
            "b-clean": (yaml: "kind: normative\nexpected: []\nclean: true\n", draft: "第一条　由（　）负责实施。\n"),
        ])
        let drafting = try #require(report.figures[.drafting])
        #expect(drafting.expectedHigh == 1 && drafting.hitHigh == 1)
        #expect(drafting.expectedMedium == 1 && drafting.hitMedium == 1)  // 第四条 after 第二条: numbering gap
        let authority = try #require(report.figures[.authority])
        #expect(authority.expectedHigh == 1 && authority.hitHigh == 0)
        #expect(drafting.falsePositives == 1)  // the placeholder in the clean case
        #expect(report.text.contains("[authority][高] a-problems：“本办法自印发之日起施行”"))
        #expect(report.text.contains("[drafting] b-clean：drafting.placeholder"))
    }

    @Test("与 must_not_flag 重叠为误报；未标注的争议段落不计分")
    func mustNotFlagAndDebatable() throws {
        let draft = "第一条　由XX部门负责。\n第二条　由××部门配合。\n"
        let report = try evaluate([
            "c": (yaml: """
                kind: snippet-normative
                expected: []
                must_not_flag:
                - {quote: 由XX部门负责}
                unlabeled_debatable:
                - {quote: 由××部门配合, note: 争议}
                clean: false
                """, draft: draft),
        ])
        let drafting = try #require(report.figures[.drafting])
        #expect(drafting.falsePositives == 1)
        #expect(drafting.findings == 1)
    }
}
