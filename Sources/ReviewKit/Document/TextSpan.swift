/// A half-open range of UTF-16 offsets into a document's normalised text.
public struct TextSpan: Hashable, Sendable, Comparable, Codable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }

    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
