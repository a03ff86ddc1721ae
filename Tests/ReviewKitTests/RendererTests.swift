import Checks
import Foundation
import Testing
@testable import ReviewKit

/// A draft with a numbering gap (第十二条 → 第十四条) and a placeholder (XX部门), found by the shipped Swift checks.
private let draftText = """
江临市共享电单车停放管理办法（送审稿）
第一章　总则
第十一条　为了规范共享电单车停放秩序，制定本办法。
第十二条　鼓励经营者采用免押金方式提供服务。
第十四条　经营者应当公开服务标准。
停放区域的日常维护和标识更新，由XX部门负责。
第十五条　本办法自2027年1月1日起施行，有效期5年。
江临市人民政府
2026年3月1日
"""

/// 2026-03-01 12:00 in Beijing.
private let reviewDate = Date(timeIntervalSince1970: 1_772_337_600)

private func review(_ text: String = draftText, path: String = "/送审/草案.txt", kind: DraftKind? = nil) throws -> ReviewResult {
    let registry = try CheckRegistry(checks: BuiltinChecks.all)
    return Reviewer(registry: registry, laws: shippedLaws).review(parse(text, path: path), kind: kind)
}

private func markdown(_ opinion: Opinion) throws -> String {
    String(decoding: try MarkdownRenderer().render(opinion), as: UTF8.self)
}

private func json(_ opinion: Opinion) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: try JSONRenderer().render(opinion))
    return try #require(object as? [String: Any])
}

/// A copy of `finding` with another severity.
private func with(_ finding: Finding, severity: Severity) -> Finding {
    var copy = finding
    copy.severity = severity
    return copy
}

@Suite("意见书输出")
struct RendererTests {
    @Test("the fixed draft gives the two expected findings")
    func fixture() throws {
        let result = try review()
        #expect(result.findings.map(\.rule) == ["drafting.numbering-sequence", "drafting.placeholder"])
        #expect(result.kind == .normative)
        #expect(result.findings.map(\.location.article) == ["第十四条", "第十四条第二款"])
        #expect(result.findings[1].quote == "停放区域的日常维护和标识更新，由XX部门负责。")
    }

    @Test("Markdown: heading, conclusion first, the three parts in order, the disclaimer")
    func markdownStructure() throws {
        let text = try markdown(Opinion(result: try review(), laws: shippedLaws, date: reviewDate))
        #expect(text.hasPrefix("# 关于《江临市共享电单车停放管理办法（送审稿）》的合法性审查意见\n"))
        let positions = ["**审查结论：应当予以修改。**", "## 一、审查依据", "## 二、审查事项", "## 三、审查意见", Opinion.disclaimer]
            .map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        #expect(text.contains("江临市人民政府："))
        #expect(text.contains("《中华人民共和国立法法》"))
        #expect(text.contains("- 原文：“停放区域的日常维护和标识更新，由XX部门负责。”"))
        #expect(text.contains("- 位置：第十四条第二款（第6行）"))
        #expect(text.contains("- 位置：第十四条（第5行）"))
        #expect(text.contains("2026年3月1日（审查人员确认后填写正式日期）"))
    }

    @Test("Markdown: no leftover template placeholders")
    func markdownPlaceholders() throws {
        for result in [try review(), try review("江临市共享电单车停放管理办法\n第一条　为了规范管理，制定本办法。")] {
            let text = try markdown(Opinion(result: result, laws: shippedLaws, date: reviewDate))
            for leftover in ["{match}", "{", "}", "Optional(", "nil", "\\(", "%1", "%@", "<null>", "（）", "《》"] {
                #expect(!text.contains(leftover), "“\(leftover)” left in the opinion")
            }
        }
    }

    @Test("Markdown: a lawful draft says so and lists no problems")
    func markdownLawful() throws {
        let result = try review("江临市共享电单车停放管理办法\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。")
        #expect(result.findings.isEmpty)
        let text = try markdown(Opinion(result: result, laws: shippedLaws, date: reviewDate))
        #expect(text.contains("**审查结论：合法。**"))
        #expect(!text.contains("【风险】"))
        #expect(!text.contains("除上述问题外"))
        #expect(text.contains("## 三、审查意见"))
    }

    @Test("Markdown: a .docx draft names paragraphs (段), not lines")
    func markdownDocxUnits() throws {
        let text = try markdown(Opinion(result: try review(path: "/送审/草案.docx"), laws: shippedLaws, date: reviewDate))
        #expect(text.contains("（第6段）"))
        #expect(!text.contains("（第6行）"))
    }

    @Test("JSON has the contract's field names")
    func jsonContract() throws {
        let object = try json(Opinion(result: try review(), laws: shippedLaws, date: reviewDate))
        #expect(Set(["schemaVersion", "document", "conclusion", "procedures", "findings"]).isSubset(of: object.keys))
        #expect(object["schemaVersion"] as? Int == 1)
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["path"] as? String == "/送审/草案.txt")
        #expect(document["title"] as? String == "江临市共享电单车停放管理办法（送审稿）")
        #expect(document["kind"] as? String == "normative")
        let conclusion = try #require(object["conclusion"] as? [String: Any])
        #expect(conclusion["level"] as? String == "needsRevision")
        #expect((conclusion["text"] as? String)?.hasPrefix("《办法》") == true)
        #expect(object["procedures"] is [Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        try #require(findings.count == 2)
        for finding in findings {
            #expect(Set(["rule", "category", "severity", "title", "message", "quote", "location", "basis", "suggestion"])
                .isSubset(of: finding.keys))
            let location = try #require(finding["location"] as? [String: Any])
            #expect(Set(["file", "line", "column", "article"]).isSubset(of: location.keys))
            let basis = try #require(finding["basis"] as? [[String: Any]])
            #expect(!basis.isEmpty)
            for item in basis { #expect(Set(["law", "article", "text"]).isSubset(of: item.keys)) }
        }
        let placeholder = findings[1]
        #expect(placeholder["rule"] as? String == "drafting.placeholder")
        #expect(placeholder["category"] as? String == "drafting")
        #expect(placeholder["severity"] as? String == "warning")
        #expect(placeholder["quote"] as? String == "停放区域的日常维护和标识更新，由XX部门负责。")
        let location = try #require(placeholder["location"] as? [String: Any])
        #expect(location["file"] as? String == "/送审/草案.txt")
        #expect(location["line"] as? Int == 6)
        #expect(location["column"] as? Int == 1)
        #expect(location["article"] as? String == "第十四条第二款")
        let basis = try #require((placeholder["basis"] as? [[String: Any]])?.first)
        #expect((basis["law"] as? String)?.hasPrefix("《") == true)
    }

    @Test("JSON findings decode back to the opinion's findings")
    func jsonRoundTrip() throws {
        let opinion = Opinion(result: try review(), laws: shippedLaws, date: reviewDate)
        struct Output: Decodable { let findings: [Finding] }
        let decoded = try JSONDecoder().decode(Output.self, from: try JSONRenderer().render(opinion))
        #expect(decoded.findings == opinion.findings)
    }

    @Test("JSON keeps location.article (as null) for a finding outside any article")
    func jsonArticleNull() throws {
        let result = try review("江临市XX管理办法\n第一条　为了规范管理，制定本办法。")
        let finding = try #require(result.findings.first)
        #expect(finding.location.article == nil)
        let object = try json(Opinion(result: result, laws: shippedLaws, date: reviewDate))
        let location = try #require(((object["findings"] as? [[String: Any]])?.first)?["location"] as? [String: Any])
        #expect(Set(["file", "line", "column"]).isSubset(of: location.keys))
        #expect(location.keys.contains("article"))
        
    }

    @Test("conclusion level from severities", arguments: [
        ([Severity.error, .warning, .info], Conclusion.Level.unlawful),
        ([.error], .unlawful),
        ([.warning, .info], .needsRevision),
        ([.info], .lawful),
        ([], .lawful),
    ])
    func conclusionLevels(severities: [Severity], level: Conclusion.Level) throws {
        let finding = try #require(try review().findings.first)
        let findings = severities.map { with(finding, severity: $0) }
        let conclusion = Conclusion(findings: findings, shortTitle: "办法", kind: .normative)
        #expect(conclusion.level == level)
        #expect(conclusion.text.hasPrefix("《办法》"))
        #expect(conclusion.text.contains(level.displayName))
    }

    @Test("conclusion wording counts the problems and names the next step per kind")
    func conclusionWording() throws {
        let finding = try #require(try review().findings.first)
        let unlawful = Conclusion(findings: [with(finding, severity: .error), with(finding, severity: .warning)],
                                  shortTitle: "协议", kind: .contract)
        #expect(unlawful.text.contains("1处违法问题、1处风险问题"))
        #expect(unlawful.text.contains("修改后再行签订"))
        let lawful = Conclusion(findings: [with(finding, severity: .info)], shortTitle: "办法", kind: .normative)
        #expect(lawful.text.contains("另有1处文本表述问题"))
    }

    @Test("the opinion's conclusion follows the findings")
    func opinionConclusion() throws {
        let result = try review()
        let raised = ReviewResult(document: result.document, kind: result.kind, kindReason: result.kindReason,
                                  materials: [], materialTypes: [], findings: [with(result.findings[0], severity: .error)] + result.findings.dropFirst(),
                                  procedures: result.procedures, appliedRules: result.appliedRules)
        let object = try json(Opinion(result: raised, laws: shippedLaws, date: reviewDate))
        #expect((object["conclusion"] as? [String: Any])?["level"] as? String == "unlawful")
        let text = try markdown(Opinion(result: raised, laws: shippedLaws, date: reviewDate))
        #expect(text.contains("**审查结论：不合法。**"))
        #expect(text.contains("【违法】"))
    }

    @Test("findings are deduplicated (same rule, same span) and sorted by position, severity, rule")
    func deduplication() throws {
        let findings = try review().findings
        let doubled = findings + findings + [with(findings[1], severity: .info)]
        let deduplicated = doubled.deduplicatedAndSorted()
        #expect(deduplicated == findings)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<20 {
            #expect(doubled.shuffled(using: &generator).deduplicatedAndSorted().map(\.rule) == findings.map(\.rule))
        }
        // Same position: the more serious first, then by rule id.
        var a = findings[0], b = findings[0], c = findings[0]
        a.rule = "z.rule"; a.severity = .error
        b.rule = "b.rule"; b.severity = .warning
        c.rule = "a.rule"; c.severity = .warning
        #expect([c, b, a].deduplicatedAndSorted().map(\.rule) == ["z.rule", "a.rule", "b.rule"])
    }

    @Test("a review reports each finding once even when two checks report the same span")
    func reviewerDeduplicates() throws {
        struct Twice: Check {
            var definition: RuleDefinition { PlaceholderCheck.definition }
            func findings(in document: Document, context: ReviewContext) -> [Finding] {
                let once = PlaceholderCheck().findings(in: document, context: context)
                return once + once
            }
        }
        let registry = try CheckRegistry(checks: [Twice()])
        let result = Reviewer(registry: registry, laws: shippedLaws).review(parse(draftText))
        #expect(result.findings.map(\.rule) == ["drafting.placeholder"])
    }

    @Test("format names: markdown and json; anything else is unknownFormat")
    func formats() {
        #expect((try? Renderers.named("markdown")) is MarkdownRenderer.Type)
        #expect((try? Renderers.named("JSON")) is JSONRenderer.Type)
        let error = reviewError { _ = try Renderers.named("html") }
        #expect(error?.code == .unknownFormat)
        #expect(error?.message == "不支持的输出格式“html”。")
        #expect(error?.fix?.contains("markdown") == true)
    }
}
