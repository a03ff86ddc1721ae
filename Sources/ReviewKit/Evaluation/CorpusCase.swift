import Foundation

/// One labelled case of the evaluation corpus (`case.yaml` + `draft.txt`, see ../shared/corpus/README.md).
public struct CorpusCase: Sendable {
    /// A passage the tool should report, with its category.
    public struct Expected: Sendable, Decodable {
        public let category: Category
        public let quote: String
        public let why: String?
        public let confidence: String?
        public var isMedium: Bool { confidence == "medium" }
    }

    /// A passage that looks suspicious but is lawful, or one left unscored.
    public struct Passage: Sendable, Decodable {
        public let quote: String
    }

    struct Labels: Decodable {
        let kind: String
        let title: String?
        let expected: [Expected]?
        let must_not_flag: [Passage]?
        let unlabeled_debatable: [Passage]?
        let clean: Bool?
    }

    public let name: String
    public let draftPath: String
    public let kind: DraftKind
    public let expected: [Expected]
    public let mustNotFlag: [Passage]
    public let debatable: [Passage]
    public let clean: Bool

    /// Reads the case in `folder`.
    public static func load(folder: String) throws -> CorpusCase {
        let labelsPath = (folder as NSString).appendingPathComponent("case.yaml")
        let source = try YAMLSource.read(labelsPath, code: .corpusFormat,
                                         unreadable: ("无法读取评测案例标注。", "每个案例文件夹应有 case.yaml 和 draft.txt。"))
        let labels = try source.decode(Labels.self)
        let kindName = labels.kind.replacingOccurrences(of: "snippet-", with: "")
        guard let kind = DraftKind(rawValue: kindName) else {
            throw ReviewError(.corpusFormat, file: labelsPath, message: "kind 取值“\(labels.kind)”无法识别。",
                              fix: "应为 normative、decision、contract 或其 snippet- 形式。")
        }
        return CorpusCase(name: (folder as NSString).lastPathComponent,
                          draftPath: (folder as NSString).appendingPathComponent("draft.txt"), kind: kind,
                          expected: labels.expected ?? [], mustNotFlag: labels.must_not_flag ?? [],
                          debatable: labels.unlabeled_debatable ?? [], clean: labels.clean ?? false)
    }
}
