/// Draws the offending line of a file with a caret under a column, aligned for CJK text.
enum SourceExcerpt {
    /// Returns the line `position.line` of `text` with a caret line under `position.column`,
    /// or nil when the line does not exist.
    static func make(_ text: String, at position: SourcePosition) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard position.line >= 1, position.line <= lines.count else { return nil }
        let line = String(lines[position.line - 1]).replacingOccurrences(of: "\r", with: "")
        let before = line.unicodeScalars.prefix(max(0, position.column - 1))
        let width = before.reduce(0) { $0 + displayWidth($1) }
        let number = String(position.line)
        let gutter = String(repeating: " ", count: number.count)
        return "  \(number) | \(line)\n  \(gutter) | " + String(repeating: " ", count: width) + "^"
    }

    /// Terminal columns a scalar occupies: two for CJK and full-width forms, one otherwise.
    static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
