import Foundation
import Testing
@testable import ReviewKit

/// A valid rule file; tests change one line at a time, so line numbers below stay put.
///
///      1 schema: 1
///      2 rules:
///      3   - id: authority.set-fine
///      4     title: …
///      5     category: authority
///      6     severity: error
///      7     kinds: [normative]
///      8     triggers:
///      9       any: [处以罚款]
///     10     basis:
///     11       - law: administrative-penalty-law
///     12         article: 第十六条
///     13         statement: …
///     14     message: …
///     15     suggestion: …
///     16     examples:
///     17       trigger: […]
///     18       clean: […]
private let validRule = """
schema: 1
rules:
  - id: authority.set-fine
    title: 规范性文件不得设定罚款
    category: authority
    severity: error
    kinds: [normative]
    triggers:
      any: [处以罚款]
    basis:
      - law: administrative-penalty-law
        article: 第十六条
        statement: 规章以外的行政规范性文件不得设定行政处罚。
    message: 文件自行设定了罚款（{match}）。
    suggestion: 删除该罚款规定，或援引法律、法规的罚则。
    examples:
      trigger: ["第二十二条　逾期不改正的，⟦处以罚款⟧。"]
      clean: ["第二十二条　依照有关法律规定处罚。"]

"""

/// The valid rule with line `number` (1-based) replaced by `replacement` (which may hold several lines, or none).
private func rule(replacingLine number: Int, with replacement: String?, in text: String = validRule) -> String {
    var lines = text.components(separatedBy: "\n")
    if let replacement { lines[number - 1] = replacement } else { lines.remove(at: number - 1) }
    return lines.joined(separator: "\n")
}

private let laws = LawRegistry(entries: [
    LawRegistry.Entry(id: "administrative-penalty-law", title: "中华人民共和国行政处罚法", short: ["行政处罚法"], level: "法律",
                      number: nil, effective: "2021-07-15", status: "现行有效", articleCount: 86),
    LawRegistry.Entry(id: "guobanfa-2018-115", title: "国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见",
                      short: nil, level: "国务院文件", number: "国办发〔2018〕115号", effective: nil, status: nil,
                      articleCount: nil),
])

/// Writes the files into a temporary folder, loads the folder and returns the error.
private func loadError(_ files: [String: String], sourceLocation: SourceLocation = #_sourceLocation)
    -> (error: ReviewError?, folder: String)
{
    guard let folder = try? TemporaryFolder() else { return (nil, "") }
    defer { folder.remove() }
    for (name, text) in files { _ = try? folder.write(text, to: name) }
    let error = reviewError(sourceLocation: sourceLocation) { _ = try ChecklistLoader.load(paths: [folder.path], laws: laws) }
    return (error, folder.path)
}

private func load(_ text: String) throws -> [ChecklistRule] {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(text, to: "rules.yaml")
    return try ChecklistLoader.load(paths: [path], laws: laws)
}

@Suite("检查清单读取")
struct ChecklistLoaderTests {
    @Test("the valid rule loads with its fields")
    func validRuleLoads() throws {
        let rules = try load(validRule)
        try #require(rules.count == 1)
        let definition = rules[0].definition
        #expect(definition.id == "authority.set-fine")
        #expect(definition.category == .authority)
        #expect(definition.severity == .error)
        #expect(definition.kinds == [.normative])
        #expect(definition.basis == [LegalBasis(law: "administrative-penalty-law", article: "第十六条",
                                                statement: "规章以外的行政规范性文件不得设定行政处罚。")])
        #expect(definition.examples.map(\.expectation) == [.trigger, .clean])
        #expect(definition.examples.map(\.line) == [17, 18])
        #expect(definition.origin.hasSuffix("rules.yaml:3"))
        #expect(rules[0].scope == .sentence)
        #expect(rules[0].triggerWords == ["处以罚款"])
        #expect(ExampleRunner(laws: laws).run(rules[0]).allSatisfy { $0.passed })
    }

    @Test("YAML syntax error → checklistSyntax at the line and column")
    func syntaxError() {
        let (error, folder) = loadError(["rules.yaml": rule(replacingLine: 7, with: "    kinds: [normative")])
        #expect(error?.code == .checklistSyntax)
        #expect(error?.file == folder + "/rules.yaml")
        #expect(error?.message.hasPrefix("YAML 格式错误") == true)
        #expect(error?.position == SourcePosition(line: 7, column: 12))
        #expect(error?.excerpt == "  7 |     kinds: [normative\n    |            ^")
        #expect(error?.errorDescription?.hasPrefix(folder + "/rules.yaml:7:12: 错误：YAML 格式错误") == true)
    }

    @Test("a key repeated in one mapping → checklistSyntax")
    func duplicateKey() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 5, with: "    category: authority\n    category: drafting")])
        #expect(error?.code == .checklistSyntax)
        #expect(error?.message.contains("“category”重复出现") == true)
        // Yams reports the first of the repeated keys.
        #expect(error?.position == SourcePosition(line: 5, column: 5))
    }

    @Test("unknown key (unles:) → checklistSchema at the key, naming the rule")
    func unknownKey() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 15, with: "    suggestion: 删除。\n    unles: [依照法律]")])
        #expect(error?.code == .checklistSchema)
        #expect(error?.message == "未知的字段“unles”。")
        #expect(error?.position == SourcePosition(line: 16, column: 5))
        #expect(error?.ruleID == "authority.set-fine")
        #expect(error?.fix?.contains("exceptions") == true)
    }

    @Test("unknown key inside triggers → at that key")
    func unknownNestedKey() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 9, with: "      anys: [处以罚款]")])
        #expect(error?.code == .checklistSchema)
        #expect(error?.message == "未知的字段“anys”。")
        #expect(error?.position == SourcePosition(line: 9, column: 7))
        #expect(error?.ruleID == "authority.set-fine")
    }

    @Test("wrong type: kinds written as a string instead of a list")
    func kindsAsString() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 7, with: "    kinds: normative")])
        #expect(error?.code == .checklistSchema)
        #expect(error?.position == SourcePosition(line: 7, column: 12))
        #expect(error?.ruleID == "authority.set-fine")
        #expect(error?.message.hasPrefix("“kinds”的取值类型不对") == true)
        #expect(error?.message == "“kinds”的取值类型不对，应为列表（- 开头的多行，或 [a, b]）。")
        
    }

    @Test("wrong type: within: 十 instead of a number")
    func withinAsChinese() {
        let text = rule(replacingLine: 9, with: "      near:\n        - {a: [由], b: [扣押], within: 十}")
        let (error, _) = loadError(["rules.yaml": text])
        #expect(error?.code == .checklistSchema)
        #expect(error?.message == "“within”的取值类型不对，应为整数。")
        #expect(error?.position == SourcePosition(line: 10, column: 37))
        #expect(error?.ruleID == "authority.set-fine")
    }

    @Test("invalid enum value: severity: 严重")
    func invalidSeverity() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 6, with: "    severity: 严重")])
        #expect(error?.code == .checklistSchema)
        #expect(error?.message == "“severity”的取值“严重”无效。")
        #expect(error?.fix == "severity 只能是 error（违法）、warning（风险）、info（提示）之一。")
        #expect(error?.position == SourcePosition(line: 6, column: 15))
        #expect(error?.ruleID == "authority.set-fine")
        // The caret sits under 严 with CJK characters counted two columns wide.
        #expect(error?.excerpt == "  6 |     severity: 严重\n    |               ^")
    }

    @Test("invalid enum value inside a list: kinds: [normal]")
    func invalidKind() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 7, with: "    kinds: [normative, normal]")])
        #expect(error?.code == .checklistSchema)
        #expect(error?.message == "“kinds”的取值“normal”无效。")
        #expect(error?.position == SourcePosition(line: 7, column: 24))
        #expect(error?.ruleID == "authority.set-fine")
        #expect(error?.fix == "kinds 的每一项只能是 normative、decision、contract 之一。")
        
    }

    @Test("missing required field (title) → at the rule")
    func missingTitle() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 4, with: nil)])
        #expect(error?.code == .checklistSchema)
        #expect(error?.message == "缺少必填字段“title”。")
        #expect(error?.position == SourcePosition(line: 3, column: 5))
        #expect(error?.ruleID == "authority.set-fine")
    }

    @Test("an empty required field (title:) is as good as missing")
    func emptyTitle() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 4, with: "    title:")])
        #expect(error?.code == .checklistSchema)
        #expect(error?.position?.line == 4)
        
    }

    @Test("an id in the wrong form → checklistSchema at the id")
    func badID() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 3, with: "  - id: Authority.SetFine")])
        #expect(error?.code == .checklistSchema)
        #expect(error?.message.contains("格式不对") == true)
        #expect(error?.position == SourcePosition(line: 3, column: 9))
        #expect(error?.ruleID == "Authority.SetFine")
    }

    @Test("duplicate id within one file → duplicateRuleID at the second id")
    func duplicateIDInFile() {
        let second = validRule.components(separatedBy: "\n").dropFirst(2).joined(separator: "\n")
        let (error, folder) = loadError(["rules.yaml": validRule + second])
        #expect(error?.code == .duplicateRuleID)
        #expect(error?.file == folder + "/rules.yaml")
        #expect(error?.position == SourcePosition(line: 19, column: 9))
        #expect(error?.ruleID == "authority.set-fine")
        #expect(error?.message == "规则编号与 \(folder)/rules.yaml:3 中的规则重复。")
    }

    @Test("duplicate id across two files → duplicateRuleID in the second file, naming the first")
    func duplicateIDAcrossFiles() {
        let (error, folder) = loadError(["a/first.yaml": validRule, "b/second.yml": validRule])
        #expect(error?.code == .duplicateRuleID)
        #expect(error?.file == folder + "/b/second.yml")
        #expect(error?.position == SourcePosition(line: 3, column: 9))
        #expect(error?.ruleID == "authority.set-fine")
        #expect(error?.message == "规则编号与 \(folder)/a/first.yaml:3 中的规则重复。")
    }

    @Test("missing basis → missingBasis at the rule")
    func missingBasis() {
        var text = validRule
        for _ in 10...13 { text = rule(replacingLine: 10, with: nil, in: text) }
        let (error, _) = loadError(["rules.yaml": text])
        #expect(error?.code == .missingBasis)
        #expect(error?.message == "缺少法律依据（basis）。")
        #expect(error?.position == SourcePosition(line: 3, column: 5))
        #expect(error?.ruleID == "authority.set-fine")
    }

    @Test("an empty basis list → missingBasis at the list")
    func emptyBasis() {
        var text = rule(replacingLine: 10, with: "    basis: []")
        for _ in 11...13 { text = rule(replacingLine: 11, with: nil, in: text) }
        let (error, _) = loadError(["rules.yaml": text])
        #expect(error?.code == .missingBasis)
        #expect(error?.position == SourcePosition(line: 10, column: 12))
    }

    @Test("basis citing a law not in the registry → missingBasis at the law")
    func unknownLaw() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 11, with: "      - law: penalty-law")])
        #expect(error?.code == .missingBasis)
        #expect(error?.message == "法律编号“penalty-law”不在法律法规登记表中。")
        #expect(error?.position == SourcePosition(line: 11, column: 14))
        #expect(error?.ruleID == "authority.set-fine")
    }

    @Test("the shipped registry knows the law the rule cites")
    func shippedRegistry() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(validRule, to: "rules.yaml")
        #expect(shippedLaws.entries["administrative-penalty-law"] != nil)
        #expect(try ChecklistLoader.load(paths: [path], laws: shippedLaws).count == 1)
        let wrong = try folder.write(rule(replacingLine: 11, with: "      - law: penalty-law"), to: "rules.yaml")
        #expect(reviewError { _ = try ChecklistLoader.load(paths: [wrong], laws: shippedLaws) }?.code == .missingBasis)
    }

    @Test("basis without a statement → missingBasis")
    func basisWithoutStatement() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 13, with: "        statement: \"\"")])
        #expect(error?.code == .missingBasis)
        #expect(error?.position == SourcePosition(line: 11, column: 9))
    }

    @Test("no clean examples → missingExamples at examples")
    func missingCleanExamples() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 18, with: nil)])
        #expect(error?.code == .missingExamples)
        #expect(error?.message.hasPrefix("缺少示例") == true)
        #expect(error?.position == SourcePosition(line: 17, column: 7))
        #expect(error?.ruleID == "authority.set-fine")
    }

    @Test("no examples at all → missingExamples at the rule")
    func missingExamples() {
        var text = validRule
        for _ in 16...18 { text = rule(replacingLine: 16, with: nil, in: text) }
        let (error, _) = loadError(["rules.yaml": text])
        #expect(error?.code == .missingExamples)
        #expect(error?.position == SourcePosition(line: 3, column: 5))
    }

    @Test("invalid regular expression → invalidPattern at the pattern")
    func invalidPattern() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 9, with: "      patterns: ['处(罚']")])
        #expect(error?.code == .invalidPattern)
        #expect(error?.message == "正则表达式“处(罚”无法编译。")
        #expect(error?.position == SourcePosition(line: 9, column: 18))
        #expect(error?.ruleID == "authority.set-fine")
    }

    @Test("invalid regular expression among exceptions → at that pattern")
    func invalidExceptionPattern() {
        let text = rule(replacingLine: 9, with: "      any: [处以罚款]\n    exceptions:\n      patterns:\n        - '依照.*法'\n        - '[法律'")
        let (error, _) = loadError(["rules.yaml": text])
        #expect(error?.code == .invalidPattern)
        #expect(error?.position == SourcePosition(line: 13, column: 11))
    }

    @Test("schema version too high → unsupportedSchemaVersion at the version")
    func schemaTooNew() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 1, with: "schema: 2")])
        #expect(error?.code == .unsupportedSchemaVersion)
        #expect(error?.message == "清单格式版本 2 高于本程序支持的版本 1。")
        #expect(error?.position == SourcePosition(line: 1, column: 9))
        #expect(error?.ruleID == nil)
    }

    @Test("rule with no trigger → checklistSchema at the rule")
    func noTrigger() {
        var text = rule(replacingLine: 8, with: nil)
        text = rule(replacingLine: 8, with: nil, in: text)
        let (error, _) = loadError(["rules.yaml": text])
        #expect(error?.code == .checklistSchema)
        #expect(error?.message == "规则没有任何触发条件。")
        #expect(error?.position == SourcePosition(line: 3, column: 5))
        #expect(error?.ruleID == "authority.set-fine")
    }

    @Test("rule with only exceptions is still a rule with no trigger")
    func onlyExceptions() {
        let text = rule(replacingLine: 8, with: "    exceptions:").replacingOccurrences(of: "      any: [处以罚款]", with: "      words: [依法]")
        let (error, _) = loadError(["rules.yaml": text])
        #expect(error?.code == .checklistSchema)
        #expect(error?.message == "规则没有任何触发条件。")
    }

    @Test("near with an empty side → checklistSchema at near")
    func emptyNear() {
        let (error, _) = loadError(["rules.yaml": rule(replacingLine: 9, with: "      near: [{a: [], b: [扣押], within: 5}]")])
        #expect(error?.code == .checklistSchema)
        #expect(error?.message.hasPrefix("near 需要") == true)
        #expect(error?.position == SourcePosition(line: 9, column: 13))
    }

    @Test("an empty file → checklistSchema; a missing folder → fileNotFound")
    func emptyAndMissing() {
        let (empty, _) = loadError(["rules.yaml": "# 空清单\n"])
        #expect(empty?.code == .checklistSchema)
        #expect(empty?.message == "检查清单是空的。")
        let missing = "/nonexistent-\(UUID().uuidString)"
        let error = reviewError { _ = try ChecklistLoader.load(paths: [missing], laws: laws) }
        #expect(error?.code == .fileNotFound)
        #expect(error?.file == missing)
    }

    @Test("folders are searched recursively, .yaml and .yml only, in name order")
    func folderOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(validRule.replacingOccurrences(of: "authority.set-fine", with: "authority.second"), to: "b/rules.yml")
        try folder.write(validRule, to: "a.yaml")
        try folder.write("这不是清单", to: "README.md")
        let rules = try ChecklistLoader.load(paths: [folder.path], laws: laws)
        #expect(rules.map(\.definition.id) == ["authority.set-fine", "authority.second"])
    }

    @Test("the shipped checklists load and every example passes")
    func shippedChecklists() throws {
        let rules = try ChecklistLoader.load(paths: [packageRoot.appendingPathComponent("checklists/rules").path],
                                             laws: shippedLaws)
        let runner = ExampleRunner(laws: shippedLaws)
        for rule in rules {
            for outcome in runner.run(rule) where !outcome.passed {
                Issue.record("\(outcome.example.file):\(outcome.example.line): \(rule.definition.id): \(outcome.problem ?? "")")
            }
        }
    }
}

// MARK: - Matching

/// A file of rules exercising every trigger form, each with its own words.
private let matchingRules = """
schema: 1
rules:
  - id: authority.any-word
    title: 罚款
    category: authority
    severity: error
    kinds: [normative]
    triggers:
      any: [处以罚款, 并处罚款]
    basis: [{law: administrative-penalty-law, article: 第十六条, statement: 不得设定罚款。}]
    message: 设定了罚款（{match}）。
    suggestion: 删除。
    examples:
      trigger: ["逾期不改正的，处以罚款。"]
      clean: ["依法处理。"]
  - id: authority.all-words
    title: 收费
    category: authority
    severity: warning
    kinds: [normative, decision]
    scope: sentence
    triggers:
      all: [收取, 费]
    basis: [{law: guobanfa-2018-115, article: 二（六）, statement: 不得违法增加义务。}]
    message: 设定了收费。
    suggestion: 删除。
    examples:
      trigger: ["向经营者收取管理费。"]
      clean: ["向经营者收取押金。"]
  - id: authority.near-words
    title: 扣押
    category: authority
    severity: error
    kinds: [normative]
    triggers:
      near: [{a: [由], b: [扣押, 查封], within: 10}]
    basis: [{law: administrative-penalty-law, article: 第十六条, statement: 不得设定强制措施。}]
    message: 设定了强制措施（{match}）。
    suggestion: 删除。
    examples:
      trigger: ["由市城市管理局予以扣押。"]
      clean: ["由市交通运输局会同市城市管理局等有关部门依法扣押。"]
  - id: authority.pattern
    title: 罚款幅度
    category: authority
    severity: error
    kinds: [normative]
    triggers:
      patterns: ['处[0-9一二三四五六七八九十百千万]+元以上']
    basis: [{law: administrative-penalty-law, article: 第十六条, statement: 不得设定罚款。}]
    message: 设定了罚款幅度（{match}）。
    suggestion: 删除。
    examples:
      trigger: ["处五千元以上三万元以下的罚款。"]
      clean: ["处罚依照法律。"]
  - id: authority.exception-article
    title: 吊销
    category: authority
    severity: error
    kinds: [normative]
    scope: sentence
    triggers:
      any: [吊销]
    exceptions:
      words: [法律、法规]
      scope: article
    basis: [{law: administrative-penalty-law, article: 第十六条, statement: 不得设定吊销。}]
    message: 设定了吊销。
    suggestion: 删除。
    examples:
      trigger: ["第一条　吊销其许可证。"]
      clean: ["第一条　依照法律、法规的规定处理。情节严重的，吊销其许可证。"]
  - id: procedure.validity-period
    title: 有效期
    category: procedure
    severity: info
    kinds: [normative]
    presence:
      in: draft
      any: [有效期]
    basis: [{law: guobanfa-2018-115, article: 二（四）, statement: 应当载明有效期。}]
    message: 未载明有效期。
    suggestion: 补充有效期。
    examples:
      trigger: ["江临市管理办法\\n第一条　本办法自印发之日起施行。"]
      clean: ["江临市管理办法\\n第一条　本办法自印发之日起施行，有效期5年。"]

"""

@Suite("检查清单规则的匹配")
struct ChecklistMatchingTests {
    private func findings(_ text: String, kind: DraftKind = .normative) throws -> [Finding] {
        let rules = try load(matchingRules)
        let registry = try CheckRegistry(checks: rules)
        return Reviewer(registry: registry, laws: laws).review(parse(text), kind: kind).findings
    }

    private func fired(_ text: String) throws -> [String] {
        try findings(text).map(\.rule)
    }

    @Test("the rules' own examples pass (the presence rule's trigger example: see the next test)")
    func examplesPass() throws {
        let runner = ExampleRunner(laws: laws)
        for rule in try load(matchingRules) {
            for outcome in runner.run(rule) where !outcome.passed {
                if rule.definition.id == "procedure.validity-period", outcome.example.expectation == .trigger { continue }
                Issue.record("\(rule.definition.id): \(outcome.problem ?? "")")
            }
        }
    }

    @Test("a presence rule's trigger example passes `rules --check`")
    func presenceExample() throws {
        let rule = try #require(try load(matchingRules).first { $0.definition.id == "procedure.validity-period" })
        let outcomes = ExampleRunner(laws: laws).run(rule)
        #expect(outcomes.filter { $0.example.expectation == .clean }.allSatisfy { $0.passed })
        #expect(outcomes.filter { $0.example.expectation == .trigger }.allSatisfy { $0.passed })
        
    }

    @Test("any: one of the words fires; quote is the sentence, {match} the word")
    func anyWord() throws {
        let result = try findings("江临市管理办法\n第二十二条　逾期不改正的，由市城市管理局并处罚款。本办法有效期5年。")
        let finding = try #require(result.first { $0.rule == "authority.any-word" })
        #expect(finding.quote == "逾期不改正的，由市城市管理局并处罚款。")
        #expect(finding.message == "设定了罚款（并处罚款）。")
        #expect(finding.location.article == "第二十二条")
        #expect(finding.basis.first?.law == "《中华人民共和国行政处罚法》")
        #expect(try fired("江临市管理办法\n第二十二条　依照有关法律处罚。本办法有效期5年。").isEmpty)
    }

    @Test("any: fires once per sentence however many words it holds")
    func oncePerSentence() throws {
        let result = try findings("江临市管理办法\n第一条　处以罚款，并处罚款。处以罚款。\n有效期5年。")
        #expect(result.filter { $0.rule == "authority.any-word" }.count == 2)
    }

    @Test("all: every word must be in the same sentence")
    func allWords() throws {
        #expect(try fired("江临市管理办法\n第九条　向经营者收取停放管理服务费。有效期5年。") == ["authority.all-words"])
        #expect(try fired("江临市管理办法\n第九条　向经营者收取押金。有关费用另行规定。有效期5年。").isEmpty)
    }

    @Test("near: A within N characters of B, in either order, within the scope")
    func nearWords() throws {
        #expect(try fired("江临市管理办法\n第十八条　由市城市管理局予以扣押。有效期5年。") == ["authority.near-words"])
        #expect(try fired("江临市管理办法\n第十八条　查封场所由市城市管理局决定。有效期5年。") == ["authority.near-words"])
        #expect(try fired("江临市管理办法\n第十八条　由市交通运输局会同市城市管理局等有关部门依法扣押。有效期5年。").isEmpty)
        #expect(try fired("江临市管理办法\n第十八条　由市城市管理局负责。扣押另行规定。有效期5年。").isEmpty)
    }

    @Test("patterns: a regular expression on the normalised text")
    func patterns() throws {
        let result = try findings("江临市管理办法\n第二十二条　逾期不改正的，处 5000 元以上三万元以下的罚款。有效期5年。")
        let finding = try #require(result.first)
        #expect(result.map(\.rule) == ["authority.pattern"])
        #expect(finding.message == "设定了罚款幅度（处 5000 元以上）。")
        #expect(try fired("江临市管理办法\n第二十二条　处罚依照法律。有效期5年。").isEmpty)
    }

    @Test("exceptions with scope article: an exception anywhere in the same 条 silences the rule")
    func exceptionScopeArticle() throws {
        let text = """
        江临市管理办法
        第一条　依照法律、法规的规定处理。
        情节严重的，吊销其许可证。
        第二条　情节严重的，吊销其许可证。
        本办法有效期5年。
        """
        let result = try findings(text)
        #expect(result.map(\.rule) == ["authority.exception-article"])
        #expect(result.first?.location.article == "第二条第一款")
        #expect(result.first?.quote == "情节严重的，吊销其许可证。")
    }

    @Test("presence (draft): fires at the title when the words are missing, quiet when present")
    func presence() throws {
        let result = try findings("江临市共享电单车停放管理办法\n第一条　本办法自印发之日起施行。")
        let finding = try #require(result.first)
        #expect(result.map(\.rule) == ["procedure.validity-period"])
        #expect(finding.quote == "江临市共享电单车停放管理办法")
        #expect(finding.location.line == 1)
        #expect(try fired("江临市共享电单车停放管理办法\n第一条　本办法自印发之日起施行，有效期5年。").isEmpty)
    }

    @Test("presence in: materials looks only in the 送审材料")
    func presenceInMaterials() throws {
        let text = matchingRules.replacingOccurrences(of: "      in: draft", with: "      in: materials")
        let rule = try #require(try load(text).first { $0.definition.id == "procedure.validity-period" })
        let draft = parse("江临市共享电单车停放管理办法\n第一条　本办法自印发之日起施行，有效期5年。")
        let material = parse("起草说明\n本办法有效期为5年。", path: "起草说明.txt")
        let without = ReviewContext(kind: .normative, kindReason: "测试", laws: laws)
        #expect(rule.findings(in: draft, context: without).count == 1)
        let with = ReviewContext(kind: .normative, kindReason: "测试", materials: [material], laws: laws)
        #expect(rule.findings(in: draft, context: with).isEmpty)
    }

    @Test("one ReviewContext used for two drafts gives each draft its own findings")
    func contextReuse() throws {
        let rule = try #require(try load(matchingRules).first { $0.definition.id == "authority.any-word" })
        let context = ReviewContext(kind: .normative, kindReason: "测试", laws: laws)
        let first = parse("江临市管理办法\n第一条　依法处理。")
        let second = parse("江临市管理办法\n第一条　逾期不改正的，处以罚款。")
        #expect(rule.findings(in: first, context: context).isEmpty)
        #expect(rule.findings(in: second, context: context).map(\.quote) == ["逾期不改正的，处以罚款。"])
        
    }

    @Test("rules apply only to their kinds")
    func kinds() throws {
        #expect(try findings("江临市实施方案\n一、向商户收取垃圾处理费。", kind: .decision).map(\.rule) == ["authority.all-words"])
        #expect(try findings("江临市实施方案\n一、处以罚款。", kind: .contract).isEmpty)
    }

    @Test("words match the normalised text: half-width and spaced-out forms")
    func normalisedMatching() throws {
        let result = try findings("江临市管理办法\n第二十二条　逾期不改正的，处 以 罚 款。有效期5年。")
        #expect(result.map(\.rule) == ["authority.any-word"])
        #expect(result.first?.message == "设定了罚款（处 以 罚 款）。")
    }
}

@Suite("多模式匹配（Aho-Corasick）")
struct PatternAutomatonTests {
    private func matches(_ patterns: [String], in text: String) -> Set<[Int]> {
        let automaton = PatternAutomaton(patterns: patterns.map { Array($0.utf16) })
        var found = Set<[Int]>()
        automaton.scan(Array(text.utf16)) { pattern, start in found.insert([pattern, start]) }
        return found
    }

    /// Every occurrence of every pattern, by brute force.
    private func bruteForce(_ patterns: [String], in text: String) -> Set<[Int]> {
        let units = Array(text.utf16)
        var found = Set<[Int]>()
        for (index, pattern) in patterns.enumerated() {
            let needle = Array(pattern.utf16)
            guard !needle.isEmpty, needle.count <= units.count else { continue }
            for start in 0...(units.count - needle.count) where Array(units[start..<(start + needle.count)]) == needle {
                found.insert([index, start])
            }
        }
        return found
    }

    @Test("overlapping and nested words: 罚款, 处以罚款, 款")
    func overlapping() {
        let patterns = ["罚款", "处以罚款", "款"]
        #expect(matches(patterns, in: "处以罚款") == [[1, 0], [0, 2], [2, 3]])
        #expect(matches(patterns, in: "第一款处以罚款并处罚款") == [[2, 2], [1, 3], [0, 5], [2, 6], [0, 9], [2, 10]])
    }

    @Test("the classic he/she/his/hers")
    func classic() {
        let patterns = ["he", "she", "his", "hers"]
        #expect(matches(patterns, in: "ushers") == [[1, 1], [0, 2], [3, 2]])
    }

    @Test("reports in order of end position")
    func order() {
        let automaton = PatternAutomaton(patterns: ["处以罚款", "罚款", "款", "以"].map { Array($0.utf16) })
        var ends: [Int] = []
        automaton.scan(Array("处以罚款".utf16)) { pattern, start in ends.append(start + automaton.lengths[pattern]) }
        #expect(ends == ends.sorted())
        #expect(ends.count == 4)
    }

    @Test("repeated and empty patterns")
    func repeatedAndEmpty() {
        #expect(matches(["", "aa", "aa"], in: "aaa") == [[1, 0], [1, 1], [2, 0], [2, 1]])
    }

    @Test("agrees with brute force on random texts")
    func randomAgreement() {
        var generator = SplitMix64(seed: 20_260_301)
        let alphabet = Array("罚款处以并")
        func word(_ length: Int) -> String {
            String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
        }
        for _ in 0..<200 {
            let patterns = (0..<6).map { _ in word(1 + Int(generator.next() % 4)) }
            let text = word(Int(generator.next() % 40))
            let expected = bruteForce(patterns, in: text)
            let actual = matches(patterns, in: text)
            if actual != expected {
                Issue.record("patterns \(patterns) in “\(text)”: expected \(expected.sorted { $0.lexicographicallyPrecedes($1) }), got \(actual.sorted { $0.lexicographicallyPrecedes($1) })")
                return
            }
        }
    }
}
