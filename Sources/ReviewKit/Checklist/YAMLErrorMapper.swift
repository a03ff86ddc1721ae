import Foundation
import Yams

/// Turns Yams parse errors and decoding errors into `ReviewError`s that name file, line and column.
enum YAMLErrorMapper {
    /// Maps `error`, raised while reading `file` (whose text is `text` and composed tree `root`).
    static func map(_ error: Error, file: String, text: String, root: Node?, ruleID: String? = nil) -> ReviewError {
        if let error = error as? ReviewError { return error }
        if let error = error as? YamlError { return syntax(error, file: file, text: text) }
        if let error = error as? DecodingError { return decoding(error, file: file, text: text, root: root, ruleID: ruleID) }
        return ReviewError(.checklistSyntax, file: file, message: "无法读取：\(error.localizedDescription)")
    }

    /// A `ReviewError` at a node's mark, with the excerpt.
    static func at(_ node: Node?, _ code: ReviewError.Code, file: String, text: String, ruleID: String?,
                   message: String, fix: String) -> ReviewError {
        let position = node?.mark.map { SourcePosition(line: $0.line, column: $0.column) }
        return ReviewError(code, file: file, position: position, ruleID: ruleID, message: message, fix: fix,
                           excerpt: position.flatMap { SourceExcerpt.make(text, at: $0) })
    }

    private static func syntax(_ error: YamlError, file: String, text: String) -> ReviewError {
        var position: SourcePosition?
        var problem = "\(error)"
        switch error {
        case .scanner(let context, let detail, let mark, _), .parser(let context, let detail, let mark, _),
             .composer(let context, let detail, let mark, _):
            // An unclosed bracket or quote is best shown where it opens (the context); a block
            // mapping's context is only where the enclosing rule starts, so the problem mark is better.
            let opening = context.flatMap { $0.text.contains("flow") || $0.text.contains("scanning") ? $0.mark : nil }
            let chosen = opening ?? mark
            position = SourcePosition(line: chosen.line, column: chosen.column)
            problem = detail + (context.map { "；\($0.text)，始于第\($0.mark.line)行第\($0.mark.column)列" } ?? "")
        case .duplicatedKeysInMapping(let duplicates, let context):
            position = SourcePosition(line: context.mark.line, column: context.mark.column)
            return ReviewError(.checklistSyntax, file: file, position: position,
                               message: "同一层级中键“\(duplicates.joined(separator: "、"))”重复出现。",
                               fix: "每个键在同一层级只能出现一次，请删除或合并重复的键。",
                               excerpt: SourceExcerpt.make(text, at: position!))
        case .reader(let detail, _, _, _):
            problem = detail
        default:
            break
        }
        return ReviewError(.checklistSyntax, file: file, position: position,
                           message: "YAML 格式错误（\(problem)）。",
                           fix: "请检查缩进（只能用空格）、冒号后的空格、引号和括号是否成对；含冒号或 # 的文字请加引号。",
                           excerpt: position.flatMap { SourceExcerpt.make(text, at: $0) })
    }

    private static func decoding(_ error: DecodingError, file: String, text: String, root: Node?,
                                 ruleID: String?) -> ReviewError {
        let path: [CodingKey]
        let message: String
        let fix: String
        switch error {
        case .typeMismatch(let type, let context):
            path = context.codingPath
            message = "“\(name(path))”的取值类型不对，应为\(describe(type))。"
            fix = "请按 checklists/README.md 中该字段的说明填写。"
        case .valueNotFound(let type, let context):
            path = context.codingPath
            message = "“\(name(path))”缺少取值（应为\(describe(type))）。"
            fix = "请为该字段填写取值。"
        case .keyNotFound(let key, let context):
            path = context.codingPath
            message = "缺少必填字段“\(key.stringValue)”。"
            fix = "请补充“\(key.stringValue)”字段，字段说明见 checklists/README.md。"
        case .dataCorrupted(let context):
            path = context.codingPath
            let value = root.flatMap { NodePath.find(path, in: $0)?.string } ?? ""
            message = "“\(name(path))”的取值“\(value)”无效。"
            fix = allowedValues(for: path.last?.stringValue)
        @unknown default:
            return ReviewError(.checklistSchema, file: file, message: "清单内容不符合格式要求。")
        }
        let node = root.flatMap { NodePath.find(path, in: $0) }
        return at(node, .checklistSchema, file: file, text: text, ruleID: ruleID ?? root.flatMap { NodePath.ruleID(path, in: $0) },
                  message: message, fix: fix)
    }

    private static func name(_ path: [CodingKey]) -> String {
        path.last(where: { $0.intValue == nil })?.stringValue ?? path.map(\.stringValue).joined(separator: ".")
    }

    private static func describe(_ type: Any.Type) -> String {
        let text = "\(type)"
        if text.hasPrefix("Array") || text.hasPrefix("Sequence") { return "列表（- 开头的多行，或 [a, b]）" }
        if text.hasPrefix("Dictionary") || text.contains("Spec") || text.contains("Triggers") { return "键值映射" }
        if text == "Int" { return "整数" }
        return "文字"
    }

    private static func allowedValues(for key: String?) -> String {
        switch key {
        case "severity": return "severity 只能是 error（违法）、warning（风险）、info（提示）之一。"
        case "category": return "category 只能是 procedure、authority、fair-competition、contract、citation、drafting 之一。"
        case "scope": return "scope 只能是 sentence（句）、clause（款）、article（条）、document（全文）之一。"
        case "in": return "presence.in 只能是 draft（草案）、materials（送审材料）、either（两者之一）。"
        default:
            if key?.hasPrefix("Index") == true || key.map({ Int($0) != nil }) == true {
                return "kinds 的每一项只能是 normative、decision、contract 之一。"
            }
            return "请按 checklists/README.md 的说明填写。"
        }
    }
}

/// Finds nodes in a composed YAML tree by a decoding path.
enum NodePath {
    static func find(_ path: [CodingKey], in root: Node) -> Node? {
        var node = root
        for key in path {
            if let index = key.intValue {
                let items = node.sequence.map(Array.init) ?? []
                guard index < items.count else { return node }
                node = items[index]
            } else if let mapping = node.mapping, let value = mapping[key.stringValue] {
                node = value
            } else {
                return node
            }
        }
        return node
    }

    /// The `id` of the rule a path points into, if it points into one.
    static func ruleID(_ path: [CodingKey], in root: Node) -> String? {
        guard path.count >= 2, path[0].stringValue == "rules", let index = path[1].intValue,
              let rules = root.mapping?["rules"]?.sequence.map(Array.init), index < rules.count else { return nil }
        return rules[index].mapping?["id"]?.string
    }
}
