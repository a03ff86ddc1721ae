/// Where a finding is: file, line (a paragraph for .docx), column, and the article path.
public struct Location: Sendable, Codable, Hashable {
    public var file: String
    /// 1-based line of a text file, or paragraph of a .docx.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int
    /// 第五条第二款第（三）项, 二、（一）; nil when the text has no numbering there.
    public var article: String?
    /// UTF-16 offset of the quote in the source text.
    public var offset: Int
    /// Length of the quote in UTF-16 units.
    public var length: Int

    enum CodingKeys: String, CodingKey { case file, line, column, article, offset, length }

    /// Encodes every key, `article` as null when unknown, so consumers always find it.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(article, forKey: .article)
        try container.encode(offset, forKey: .offset)
        try container.encode(length, forKey: .length)
    }

    public init(file: String, line: Int, column: Int, article: String?, offset: Int, length: Int) {
        self.file = file
        self.line = line
        self.column = column
        self.article = article
        self.offset = offset
        self.length = length
    }
}
