import Foundation

/// A problem the user can fix: bad input, a bad checklist, a bad option.
///
/// Its `errorDescription` is shown to the user as is, in Chinese, in a compiler-style form:
/// `path:line:column: 错误：… 修改方法：…`.
public struct ReviewError: Error, LocalizedError, Equatable, Sendable {
    /// What kind of problem this is; stable, for tests and tools.
    public enum Code: String, Sendable {
        case fileNotFound, unreadableFile, unsupportedFormat, unsupportedEncoding, malformedDocx
        case unsafeDocx, emptyDocument, inputTooLarge
        case checklistSyntax, checklistSchema, duplicateRuleID, invalidPattern, unsupportedSchemaVersion
        case missingBasis, missingExamples, unknownFormat, outputNotWritable, invalidOption, corpusFormat
    }

    public var code: Code
    /// The file the problem is in, as the user named it.
    public var file: String?
    /// 1-based line and column in `file`, when known.
    public var position: SourcePosition?
    /// The checklist rule concerned, when there is one.
    public var ruleID: String?
    /// What is wrong (Chinese).
    public var message: String
    /// How to fix it (Chinese).
    public var fix: String?
    /// The offending source line with a caret under the position, when known.
    public var excerpt: String?

    public init(_ code: Code, file: String? = nil, position: SourcePosition? = nil, ruleID: String? = nil,
                message: String, fix: String? = nil, excerpt: String? = nil) {
        self.code = code
        self.file = file
        self.position = position
        self.ruleID = ruleID
        self.message = message
        self.fix = fix
        self.excerpt = excerpt
    }

    public var errorDescription: String? {
        var prefix = ""
        if let file {
            prefix = file
            if let position { prefix += ":\(position.line):\(position.column)" }
            prefix += ": "
        }
        var text = prefix + "错误："
        if let ruleID { text += "规则 \(ruleID)：" }
        text += message
        if let excerpt { text += "\n" + excerpt }
        if let fix { text += "\n修改方法：" + fix }
        return text
    }
}

/// A 1-based line and column (columns counted in Unicode scalars, as Yams counts).
public struct SourcePosition: Equatable, Hashable, Sendable, Codable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
