import Foundation
import Yams

/// A procedure requirement as read from a file, before the shared matcher exists.
struct ParsedProcedure {
    let spec: ChecklistSchema.ProcedureSpec
    let terms: ChecklistMatcher.RuleTerms
    let examples: [RuleExample]
    let file: String
    let text: String
    let node: Node

    func makeRequirement(matcher: ChecklistMatcher, index: Int, steps: [String: ProcedureStep]) throws -> ProcedureRequirement {
        let later = try (spec.before ?? []).map { id in
            guard let step = steps[id] else {
                throw YAMLErrorMapper.at(node.mapping?["before"], .checklistSchema, file: file, text: text, ruleID: spec.id,
                                         message: "before 中的程序“\(id)”不存在。", fix: "请填写已定义的程序编号（procedures 中的 id）。")
            }
            return step
        }
        let definition = RuleDefinition(id: spec.id, title: "应当履行\(spec.name)程序", category: .procedure,
                                        severity: spec.severity, kinds: Set(spec.kinds), basis: spec.basis ?? [],
                                        examples: examples, origin: "\(file):\(node.mark?.line ?? 0)")
        return ProcedureRequirement(definition: definition, name: spec.name, applies: spec.applies, period: spec.period,
                                    material: spec.material, later: later, message: spec.message, suggestion: spec.suggestion,
                                    matcher: matcher, index: index)
    }
}

extension ChecklistLoader {
    static func validate(_ spec: ChecklistSchema.ProcedureSpec, node: Node, file: String, text: String,
                         laws: LawRegistry) throws -> ParsedProcedure {
        let (triggers, cleans) = try validateCommon(
            id: spec.id, texts: [("name", spec.name), ("message", spec.message), ("suggestion", spec.suggestion)],
            kinds: spec.kinds, basis: spec.basis, node: node, file: file, text: text, laws: laws)
        guard spec.id.hasPrefix("procedure."), !spec.evidence.done.isEmpty else {
            throw YAMLErrorMapper.at(node, .checklistSchema, file: file, text: text, ruleID: spec.id,
                                     message: "程序要求的编号须以 procedure. 开头，evidence.done 不能为空。",
                                     fix: "写明表明已履行该程序的用语，如 [公开征求意见, 征求社会公众意见]。")
        }
        var terms = ChecklistMatcher.RuleTerms()
        terms.words += spec.evidence.done.map { ($0, .trigger) }
        terms.words += (spec.evidence.missing ?? []).map { ($0, .exception) }
        terms.words += (spec.applies?.any ?? []).map { ($0, .presence) }
        terms.words += (spec.period?.when?.any ?? []).map { ($0, .required(0)) }
        return ParsedProcedure(spec: spec, terms: terms, examples: triggers + cleans, file: file, text: text, node: node)
    }
}
