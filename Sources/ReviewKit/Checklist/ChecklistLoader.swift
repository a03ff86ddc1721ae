import Foundation
import Yams

/// Loads checklist files (YAML, schema v1) into `ChecklistRule`s sharing one matcher.
///
/// Every problem is reported as a `ReviewError` naming the file, line, column and rule id:
/// YAML syntax, unknown keys, wrong types or values, duplicate ids, a missing basis or examples,
/// a rule with nothing to match, invalid regular expressions, a basis citing an unknown law.
public enum ChecklistLoader {
    /// Loads every `.yaml`/`.yml` file in the given files or folders (folders searched recursively,
    /// in name order).
    public static func load(paths: [String], laws: LawRegistry) throws -> [ChecklistRule] {
        try loadChecks(paths: paths, laws: laws).compactMap { $0 as? ChecklistRule }
    }

    /// Loads the rules and the procedure requirements of the files, all sharing one matcher.
    public static func loadChecks(paths: [String], laws: LawRegistry) throws -> [any Check] {
        var rules: [ParsedRule] = [], procedures: [ParsedProcedure] = []
        var seen: [String: String] = [:]
        func register(_ id: String, _ node: Node?, file: String, text: String) throws {
            if let first = seen[id] {
                throw YAMLErrorMapper.at(node, .duplicateRuleID, file: file, text: text, ruleID: id,
                                         message: "规则编号与 \(first) 中的规则重复。",
                                         fix: "每条规则的 id 必须唯一，请改用新的编号（类别.简短英文名）。")
            }
            seen[id] = "\(file):\(node?.mark?.line ?? 0)"
        }
        for file in try files(in: paths) {
            let parsed = try parse(file: file, laws: laws)
            for rule in parsed.rules {
                try register(rule.spec.id, rule.idNode, file: file, text: rule.text)
                rules.append(rule)
            }
            for procedure in parsed.procedures {
                try register(procedure.spec.id, procedure.node.mapping?["id"], file: file, text: procedure.text)
                procedures.append(procedure)
            }
        }
        let matcher = ChecklistMatcher(rules: rules.map(\.terms) + procedures.map(\.terms))
        let steps = Dictionary(uniqueKeysWithValues: procedures.enumerated().map { offset, procedure in
            (procedure.spec.id, ProcedureStep(id: procedure.spec.id, name: procedure.spec.name, index: rules.count + offset,
                                              material: procedure.spec.material))
        })
        var checks: [any Check] = rules.enumerated().map { index, rule in rule.makeRule(matcher: matcher, index: index) }
        for (offset, procedure) in procedures.enumerated() {
            checks.append(try procedure.makeRequirement(matcher: matcher, index: rules.count + offset, steps: steps))
        }
        return checks
    }

    /// Every literal trigger word of the checklist rules among `checks`, normalised, without repeats.
    public static func literalWords(of checks: [any Check]) -> [String] {
        var seen = Set<String>()
        return checks.compactMap { $0 as? ChecklistRule }.flatMap(\.triggerWords)
            .map(NormalizedText.normalize).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The checklist files under `paths`, sorted.
    static func files(in paths: [String]) throws -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ReviewError(.fileNotFound, file: path, message: "找不到检查清单文件或文件夹。", fix: "请检查 --checklists 后的路径。")
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let name = enumerator?.nextObject() as? String {
                if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { found.append((path as NSString).appendingPathComponent(name)) }
            }
            result += found.sorted()
        }
        return result
    }

    /// One rule as read from a file, before the shared matcher exists.
    struct ParsedRule {
        let spec: ChecklistSchema.RuleSpec
        let terms: ChecklistMatcher.RuleTerms
        let examples: [RuleExample]
        let file: String
        let text: String
        let node: Node
        var idNode: Node? { node.mapping?["id"] }

        func makeRule(matcher: ChecklistMatcher, index: Int) -> ChecklistRule {
            let triggers = spec.triggers
            let definition = RuleDefinition(
                id: spec.id, title: spec.title, category: spec.category, severity: spec.severity,
                kinds: Set(spec.kinds), basis: spec.basis ?? [], examples: examples,
                origin: "\(file):\(node.mark?.line ?? 0)")
            let scope = spec.scope ?? .sentence
            return ChecklistRule(
                definition: definition, message: spec.message, suggestion: spec.suggestion, scope: scope,
                triggerWords: (triggers?.any ?? []) + (triggers?.all ?? []).flatMap(\.words)
                    + (triggers?.near ?? []).flatMap { $0.a + $0.b },
                exceptionScope: spec.exceptions?.scope ?? scope, presence: spec.presence.map { $0.in ?? .draft },
                requiredGroups: triggers?.all?.count ?? 0,
                nearLimits: triggers?.near?.map(\.within) ?? [],
                hasTriggers: triggers.map { !($0.any ?? []).isEmpty || !($0.patterns ?? []).isEmpty
                    || !($0.near ?? []).isEmpty || !($0.all ?? []).isEmpty } ?? false,
                requiredOnly: triggers.map { ($0.any ?? []).isEmpty && ($0.patterns ?? []).isEmpty
                    && ($0.near ?? []).isEmpty && !($0.all ?? []).isEmpty } ?? false,
                matcher: matcher, index: index)
        }
    }

    static func parse(file: String, laws: LawRegistry) throws -> (rules: [ParsedRule], procedures: [ParsedProcedure]) {
        let source = try YAMLSource.read(file, unreadable: ("无法以 UTF-8 读取检查清单。", "请将文件另存为 UTF-8 编码。"))
        let text = source.text
        guard let root = source.root else {
            throw ReviewError(.checklistSchema, file: file, message: "检查清单是空的。", fix: "请至少写一条规则（rules: 列表）。")
        }
        try checkKeys(root, kind: "file", in: source, ruleID: nil)
        let decoded = try source.decode(ChecklistSchema.File.self)
        if let version = decoded.schema, version > ChecklistSchema.version {
            throw YAMLErrorMapper.at(root.mapping?["schema"], .unsupportedSchemaVersion, file: file, text: text, ruleID: nil,
                                     message: "清单格式版本 \(version) 高于本程序支持的版本 \(ChecklistSchema.version)。",
                                     fix: "请升级合法性审查助手，或按版本 \(ChecklistSchema.version) 的格式改写。")
        }
        let ruleNodes = root.mapping?["rules"]?.sequence.map(Array.init) ?? []
        let rules = try zip(decoded.rules ?? [], ruleNodes).map { spec, node in
            try validate(spec, node: node, file: file, text: text, laws: laws)
        }
        let procedureNodes = root.mapping?["procedures"]?.sequence.map(Array.init) ?? []
        let procedures = try zip(decoded.procedures ?? [], procedureNodes).map { spec, node in
            try validate(spec, node: node, file: file, text: text, laws: laws)
        }
        return (rules, procedures)
    }

    /// Rejects keys the schema does not know, so a misspelt key is an error, not silently ignored.
    private static func checkKeys(_ node: Node, kind: String, in source: YAMLSource, ruleID: String?) throws {
        guard let mapping = node.mapping, let allowed = ChecklistSchema.allowedKeys[kind] else { return }
        let id = kind == "rule" || kind == "procedure" ? mapping["id"]?.string : ruleID
        try source.rejectUnknownKeys(of: node, allowed: allowed, ruleID: id)
        for (key, value) in mapping {
            let name = key.string ?? ""
            switch (kind, name) {
            case ("file", "rules"), ("file", "procedures"):
                for item in value.sequence.map(Array.init) ?? [] {
                    try checkKeys(item, kind: name == "rules" ? "rule" : "procedure", in: source, ruleID: nil)
                }
            case ("procedure", "applies"), ("procedure", "evidence"), ("procedure", "period"), ("procedure", "examples"),
                 ("period", "when"), ("period", "otherwise"):
                try checkKeys(value, kind: name, in: source, ruleID: id)
            case ("procedure", "basis"):
                for item in value.sequence.map(Array.init) ?? [] { try checkKeys(item, kind: "basis", in: source, ruleID: id) }
            case ("rule", "triggers"), ("rule", "exceptions"), ("rule", "presence"), ("rule", "examples"):
                try checkKeys(value, kind: name, in: source, ruleID: id)
            case ("rule", "basis"):
                for item in value.sequence.map(Array.init) ?? [] { try checkKeys(item, kind: "basis", in: source, ruleID: id) }
            case ("triggers", "near"):
                for item in value.sequence.map(Array.init) ?? [] { try checkKeys(item, kind: "near", in: source, ruleID: id) }
            default:
                break
            }
        }
    }

    /// Checks what every rule and procedure must carry: id form, non-empty texts and kinds, a basis
    /// resolving in the registry, and at least one triggering and one clean example (returned).
    static func validateCommon(id: String, texts: [(String, String)], kinds: [DraftKind], basis: [LegalBasis]?, node: Node,
                               file: String, text: String, laws: LawRegistry) throws -> ([RuleExample], [RuleExample]) {
        func fail(_ at: Node?, _ code: ReviewError.Code, _ message: String, _ fix: String) -> ReviewError {
            YAMLErrorMapper.at(at ?? node, code, file: file, text: text, ruleID: id, message: message, fix: fix)
        }
        let mapping = node.mapping
        let idPattern = try! NSRegularExpression(pattern: "^[a-z-]+\\.[a-z0-9]+(-[a-z0-9]+)*$")
        guard idPattern.firstMatch(in: id, range: NSRange(location: 0, length: id.utf16.count)) != nil else {
            throw fail(mapping?["id"], .checklistSchema, "规则编号“\(id)”格式不对。",
                       "编号写作“类别.英文短名”，小写字母、数字和连字符，如 authority.set-penalty。")
        }
        let names = ["title": "标题", "name": "名称", "message": "问题说明", "suggestion": "修改建议"]
        for (key, value) in texts where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw fail(mapping?[key], .checklistSchema, "\(key) 不能为空。", "请用中文写明规则的\(names[key] ?? key)。")
        }
        guard !kinds.isEmpty else {
            throw fail(mapping?["kinds"], .checklistSchema, "kinds 不能为空。", "请列出适用的文件种类：normative、decision、contract。")
        }
        guard let basis, !basis.isEmpty else {
            throw fail(mapping?["basis"], .missingBasis, "缺少法律依据（basis）。",
                       "每条规则都必须写明依据：law（登记表中的法律编号）、article（条款）、statement（一句话说明）。")
        }
        for (offset, item) in basis.enumerated() {
            let itemNode = mapping?["basis"]?.sequence.map(Array.init)?[offset]
            if !laws.entries.isEmpty, laws.entries[item.law] == nil {
                throw fail(itemNode?.mapping?["law"], .missingBasis, "法律编号“\(item.law)”不在法律法规登记表中。",
                           "请使用法律法规登记表中的 id（可用 reviewer laws 查询），或用 --laws 加载补充了该法律的登记表。")
            }
            if item.article.isEmpty || item.statement.isEmpty {
                throw fail(itemNode, .missingBasis, "依据的 article 和 statement 不能为空。", "请写明条款号和一句话的规则说明。")
            }
        }
        let examplesNode = mapping?["examples"]?.mapping
        let triggerExamples = examples(examplesNode?["trigger"], .trigger, file: file)
        let cleanExamples = examples(examplesNode?["clean"], .clean, file: file)
        guard !triggerExamples.isEmpty, !cleanExamples.isEmpty else {
            throw fail(mapping?["examples"], .missingExamples, "缺少示例：trigger（应报出）和 clean（不应报出）各至少一条。",
                       "请在 examples 下补充 trigger 和 clean 示例，clean 中应包括合法的相似写法。")
        }
        return (triggerExamples, cleanExamples)
    }

    private static func validate(_ spec: ChecklistSchema.RuleSpec, node: Node, file: String, text: String,
                                 laws: LawRegistry) throws -> ParsedRule {
        func fail(_ at: Node?, _ code: ReviewError.Code, _ message: String, _ fix: String) -> ReviewError {
            YAMLErrorMapper.at(at ?? node, code, file: file, text: text, ruleID: spec.id, message: message, fix: fix)
        }
        let mapping = node.mapping
        let (triggerExamples, cleanExamples) = try validateCommon(
            id: spec.id, texts: [("title", spec.title), ("message", spec.message), ("suggestion", spec.suggestion)],
            kinds: spec.kinds, basis: spec.basis, node: node, file: file, text: text, laws: laws)
        var terms = ChecklistMatcher.RuleTerms()
        let triggers = spec.triggers
        terms.words += (triggers?.any ?? []).map { ($0, .trigger) }
        for (group, entry) in (triggers?.all ?? []).enumerated() {
            terms.words += entry.words.map { ($0, .required(group)) }
        }
        for (group, near) in (triggers?.near ?? []).enumerated() {
            guard near.within >= 0, !near.a.isEmpty, !near.b.isEmpty else {
                throw fail(mapping?["triggers"]?.mapping?["near"], .checklistSchema, "near 需要非空的 a、b 和不小于 0 的 within。",
                           "例如 {a: [处], b: [罚款], within: 10}。")
            }
            terms.words += near.a.map { ($0, .nearA(group)) } + near.b.map { ($0, .nearB(group)) }
        }
        terms.words += (spec.exceptions?.words ?? []).map { ($0, .exception) }
        terms.words += (spec.presence?.any ?? []).map { ($0, .presence) }
        let patternSources: [(String, MatchRole, Node?)] =
            zipNodes(triggers?.patterns, mapping?["triggers"]?.mapping?["patterns"]).map { ($0, .trigger, $1) }
            + zipNodes(spec.exceptions?.patterns, mapping?["exceptions"]?.mapping?["patterns"]).map { ($0, .exception, $1) }
            + zipNodes(spec.presence?.patterns, mapping?["presence"]?.mapping?["patterns"]).map { ($0, .presence, $1) }
        for (pattern, role, patternNode) in patternSources {
            do {
                terms.patterns.append((try NSRegularExpression(pattern: pattern), role))
            } catch {
                throw fail(patternNode, .invalidPattern, "正则表达式“\(pattern)”无法编译。",
                           "请检查括号是否成对、转义是否正确（语法为 ICU 正则，反斜杠在 YAML 单引号中不需要重复）。")
            }
        }
        let hasTrigger = terms.words.contains { $0.1 != .exception && $0.1 != .presence }
            || terms.patterns.contains { $0.1 == .trigger }
        let hasPresence = terms.words.contains { $0.1 == .presence } || terms.patterns.contains { $0.1 == .presence }
        guard hasTrigger || hasPresence else {
            throw fail(nil, .checklistSchema, "规则没有任何触发条件。",
                       "请在 triggers 下写 any、all、patterns 或 near，或用 presence 写“必须包含”的内容。")
        }
        if spec.presence != nil, !hasPresence {
            throw fail(mapping?["presence"], .checklistSchema, "presence 需要 any 或 patterns。", "请列出必须出现的词语或正则表达式。")
        }
        return ParsedRule(spec: spec, terms: terms, examples: triggerExamples + cleanExamples, file: file, text: text, node: node)
    }

    private static func zipNodes(_ values: [String]?, _ node: Node?) -> [(String, Node?)] {
        let nodes = node?.sequence.map(Array.init) ?? []
        return (values ?? []).enumerated().map { ($1, $0 < nodes.count ? nodes[$0] : node) }
    }

    private static func examples(_ node: Node?, _ expectation: RuleExample.Expectation, file: String) -> [RuleExample] {
        (node?.sequence.map(Array.init) ?? []).compactMap { item in
            guard let text = item.string, !text.isEmpty else { return nil }
            return RuleExample(text, expectation: expectation, file: file, line: item.mark?.line ?? 0)
        }
    }
}
