import Foundation

/// Tells what each piece of 送审材料 is (起草说明, 会议纪要…) from its file name and title, with the
/// reason, using the kinds listed in a `materials.yaml` file.
public struct MaterialClassifier: Sendable {
    /// One kind of material and the words that identify it.
    public struct Kind: Sendable, Decodable {
        public let name: String
        public let words: [String]
    }

    /// A material and what it was taken to be.
    public struct Classified: Sendable, Codable, Equatable {
        public let file: String
        /// 起草说明, 会议纪要…, or 其他材料.
        public let type: String
        /// 文件名含“纪要” / 标题含“公平竞争审查” / 未能识别.
        public let reason: String
    }

    public let kinds: [Kind]

    public init(kinds: [Kind]) { self.kinds = kinds }

    /// Reads a materials file; errors name the file, line and column.
    public static func load(path: String) throws -> MaterialClassifier {
        struct File: Decodable {
            let schema: Int?
            let materials: [Kind]
        }
        let source = try YAMLSource.read(path, unreadable: ("无法读取送审材料种类表。", "请检查文件路径与编码（UTF-8）。"))
        guard source.root != nil else { return MaterialClassifier(kinds: []) }
        return MaterialClassifier(kinds: try source.decode(File.self).materials)
    }

    /// What `document` is, and why.
    public func classify(_ document: Document) -> Classified {
        let file = (document.source.path as NSString).lastPathComponent
        let stem = (file as NSString).deletingPathExtension
        let title = document.lines.filter { $0.length > 0 }.prefix(3).map { document.text($0) }.joined(separator: "\n")
        // The file name decides first; the title only when the name says nothing.
        for (text, place) in [(stem, "文件名"), (title, "标题")] {
            for kind in kinds {
                if let word = kind.words.first(where: { text.contains($0) }) {
                    return Classified(file: file, type: kind.name, reason: "\(place)含“\(word)”")
                }
            }
        }
        return Classified(file: file, type: "其他材料", reason: "文件名和标题中未见可识别的材料名称")
    }
}
