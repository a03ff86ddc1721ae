import Foundation
import Yams

/// A YAML file as the loaders read it: its text (kept for error excerpts) and its composed tree,
/// with every problem reported as a `ReviewError` at the file, line and column.
struct YAMLSource {
    let path: String
    let text: String
    /// Nil for an empty file.
    let root: Node?

    /// Reads and composes `path`. The basic resolver tags every scalar as a string (the decoder
    /// still reads numbers): tag guessing was a large part of the load time.
    /// - Parameter unreadable: the message and fix when the file cannot be read as UTF-8.
    static func read(_ path: String, code: ReviewError.Code = .unreadableFile,
                     unreadable: (message: String, fix: String)) throws -> YAMLSource {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ReviewError(code, file: path, message: unreadable.message, fix: unreadable.fix)
        }
        do {
            return YAMLSource(path: path, text: text, root: try Yams.compose(yaml: text, .basic))
        } catch {
            throw YAMLErrorMapper.map(error, file: path, text: text, root: nil)
        }
    }

    /// Decodes `type` from `node` (the root when nil), mapping errors to their node's position.
    func decode<T: Decodable>(_ type: T.Type, from node: Node? = nil) throws -> T {
        guard let node = node ?? root else { throw error(at: nil, .checklistSchema, message: "文件是空的。", fix: "请按格式说明填写内容。") }
        do {
            return try YAMLDecoder().decode(type, from: node)
        } catch {
            throw YAMLErrorMapper.map(error, file: path, text: text, root: root)
        }
    }

    /// A `ReviewError` at `node`, with the offending line as excerpt.
    func error(at node: Node?, _ code: ReviewError.Code, ruleID: String? = nil, message: String, fix: String) -> ReviewError {
        YAMLErrorMapper.at(node, code, file: path, text: text, ruleID: ruleID, message: message, fix: fix)
    }

    /// Rejects a key of `node` outside `allowed`, so a misspelt key is an error, not silently ignored.
    func rejectUnknownKeys(of node: Node?, allowed: Set<String>, ruleID: String? = nil, what: String = "") throws {
        for (key, _) in node?.mapping ?? [:] where !allowed.contains(key.string ?? "") {
            throw error(at: key, .checklistSchema, ruleID: ruleID, message: "\(what)未知的字段“\(key.string ?? "")”。",
                        fix: "此处可用的字段为：\(allowed.sorted().joined(separator: "、"))。")
        }
    }
}
