/// A sentence of the draft, ended by 。；！？ outside quotes and brackets, or by the end of a line.
public struct Sentence: Sendable, Hashable {
    /// The sentence in normalised offsets, without a leading article or item label.
    public let span: TextSpan
    /// The deepest structural unit containing it, as an index into `Document.units`.
    public let unit: Int?
    /// The 0-based line (paragraph) it lies on.
    public let line: Int
}
