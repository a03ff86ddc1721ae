import Foundation

/// Turns an opinion into one output format. One type per format.
public protocol Renderer: Sendable {
    /// The name used with `--format`.
    static var identifier: String { get }
    /// File extension of the output, without the dot.
    static var fileExtension: String { get }
    init()
    /// Renders the opinion.
    func render(_ opinion: Opinion) throws -> Data
}

/// The renderers the CLI offers.
public enum Renderers {
    public static let all: [any Renderer.Type] = [MarkdownRenderer.self, JSONRenderer.self]

    /// The renderer for a `--format` name; an unknown name is an error listing the valid ones.
    public static func named(_ identifier: String) throws -> any Renderer.Type {
        var names: [String] = []
        for type in all {
            let name = type.identifier
            if name == identifier.lowercased() { return type }
            names.append(name)
        }
        throw ReviewError(.unknownFormat, message: "不支持的输出格式“\(identifier)”。",
                          fix: "--format 可选：\(names.joined(separator: "、"))。")
    }
}
