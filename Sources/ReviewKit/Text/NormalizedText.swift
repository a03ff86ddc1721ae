import Foundation

/// The text that matching sees: widths and punctuation unified, spaces removed.
///
/// Copies from web pages and PDFs mix full-width and half-width forms and scatter spaces
/// (“第 1 0 条”). Every rule word, pattern and parser sees this normalised form; `originOffsets`
/// maps each of its UTF-16 units back to the source, so quotes stay the exact text of the draft.
///
/// The canonical form: digits, Latin letters and most symbols half-width; the Chinese
/// punctuation ，；：（）！？ full-width; spaces, tabs, carriage returns, ideographic spaces and
/// zero-width characters removed; line breaks kept.
public struct NormalizedText: Sendable {
    /// The normalised UTF-16 code units.
    public let units: [UInt16]
    /// For each normalised unit, the UTF-16 offset of the source unit it came from; one extra
    /// entry at the end holds the source length.
    public let originOffsets: [Int32]
    /// `units` as a string. Built on demand: large texts are searched through `GuardedExpression`.
    public var string: String { units.decodedString() }

    /// Normalises source units.
    public init(_ source: [UInt16]) {
        var units: [UInt16] = []
        var offsets: [Int32] = []
        units.reserveCapacity(source.count)
        offsets.reserveCapacity(source.count + 1)
        for (offset, unit) in source.enumerated() {
            guard let mapped = Self.map(unit) else { continue }
            units.append(mapped)
            offsets.append(Int32(offset))
        }
        offsets.append(Int32(source.count))
        self.units = units
        self.originOffsets = offsets
    }

    /// Normalises a string on its own (rule words, example quotes).
    public static func normalize(_ text: String) -> String {
        String(decoding: text.utf16.compactMap(map), as: UTF16.self)
    }

    /// The source range `[start, end)` that a normalised range covers.
    public func sourceRange(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        guard end > start else {
            let at = Int(originOffsets[min(start, originOffsets.count - 1)])
            return (at, at)
        }
        return (Int(originOffsets[start]), Int(originOffsets[end - 1]) + 1)
    }

    /// The normalised text between two offsets.
    public func substring(_ start: Int, _ end: Int) -> String {
        units.decodedString(start, max(start, end))
    }

    /// The canonical form of one UTF-16 unit, or nil when it is dropped.
    @inline(__always)
    static func map(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0x200B, 0x200C, 0x200D, 0xFEFF, 0x2002...0x200A:
            return nil
        case 0x2C: return 0xFF0C  // , → ，
        case 0x3B: return 0xFF1B  // ; → ；
        case 0x3A: return 0xFF1A  // : → ：
        case 0x28: return 0xFF08  // ( → （
        case 0x29: return 0xFF09  // ) → ）
        case 0x21: return 0xFF01  // ! → ！
        case 0x3F: return 0xFF1F  // ? → ？
        case 0xFF0C, 0xFF1B, 0xFF1A, 0xFF08, 0xFF09, 0xFF01, 0xFF1F:
            return unit
        case 0xFF01...0xFF5E:
            return unit - 0xFEE0  // other full-width ASCII forms → ASCII
        default:
            return unit
        }
    }
}
