import Foundation

/// The text of one input file, decoded, with the map back to the file's own lines or paragraphs.
///
/// Plain-text files keep their text exactly. A `.docx` is flattened to one line per paragraph
/// (table cells included, automatic numbering labels written out), so that a line number here is a
/// paragraph number in Word.
public struct SourceText: Sendable {
    /// How the text was obtained; decides how locations are named (行 or 段).
    public enum Origin: Sendable, Equatable {
        case plainText(encoding: TextEncoding)
        case docx
    }

    /// The path as the user gave it.
    public let path: String
    public let origin: Origin
    /// The decoded text as UTF-16 code units; every offset in the project is an index into this array.
    public let units: [UInt16]
    /// UTF-16 offset at which each line starts.
    public let lineStarts: [Int]

    public init(path: String, origin: Origin, text: String) {
        self.path = path
        self.origin = origin
        // Appending in one forward pass is much faster than Array(text.utf16), which indexes by offset.
        var units: [UInt16] = []
        units.reserveCapacity(text.utf16.count)
        for unit in text.utf16 { units.append(unit) }
        self.units = units
        var starts = [0]
        for (offset, unit) in units.enumerated() where unit == 0x0A {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// The decoded text; lines separated by `\n`. Built on demand (the units are what is kept).
    public var text: String { units.decodedString() }

    /// The unit a line stands for in this file: 行 for text, 段 for Word paragraphs.
    public var lineUnitName: String { origin == .docx ? "段" : "行" }

    /// The exact text between two UTF-16 offsets.
    public func substring(_ start: Int, _ end: Int) -> String {
        units.decodedString(start, max(start, end))
    }

    /// The 1-based line and column (in Unicode scalars) of a UTF-16 offset.
    public func position(of offset: Int) -> SourcePosition {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        var column = 1, index = start
        while index < min(offset, units.count) {
            index += UTF16.isLeadSurrogate(units[index]) ? 2 : 1
            column += 1
        }
        return SourcePosition(line: low + 1, column: column)
    }
}
