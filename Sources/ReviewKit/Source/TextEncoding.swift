import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text encoding the loader understands.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case gb18030 = "gb18030"

    /// Parses a user-supplied name (`utf8`, `UTF-8`, `gbk`, `gb2312`, `utf16`…).
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        // Without a BOM, UTF-16 is read little-endian, so "utf-16be" is not offered.
        case "utf-16", "utf16", "utf-16le": self = .utf16
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }

    /// The name shown to users.
    public var displayName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16: return "UTF-16"
        case .gb18030: return "GB18030/GBK"
        }
    }
}

/// Turns the bytes of a text file into a string, detecting the encoding when not told.
enum TextDecoder {
    /// Decodes `data`; returns the text and the encoding used, or nil when the bytes are not
    /// valid in that (or any supported) encoding.
    static func decode(_ data: Data, as requested: TextEncoding?) -> (String, TextEncoding)? {
        switch requested {
        case .utf8?: return utf8(data).map { ($0, .utf8) }
        case .utf16?: return utf16([UInt8](data)).map { ($0, .utf16) }
        case .gb18030?: return gb18030([UInt8](data)).map { ($0, .gb18030) }
        case nil:
            if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
                return utf16([UInt8](data)).map { ($0, .utf16) }
            }
            if let text = utf8(data) { return (text, .utf8) }
            return gb18030([UInt8](data)).map { ($0, .gb18030) }
        }
    }

    private static func utf8(_ data: Data) -> String? {
        String(validating: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data, as: UTF8.self)
    }

    private static func utf16(_ bytes: [UInt8]) -> String? {
        var bigEndian = false
        var body = bytes[...]
        if bytes.starts(with: [0xFF, 0xFE]) {
            body = bytes.dropFirst(2)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            bigEndian = true
            body = bytes.dropFirst(2)
        }
        guard body.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let first = UInt16(body[index]), second = UInt16(body[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(validating: units, as: UTF16.self)
    }

    /// GB18030 (a superset of GBK and GB2312) through glibc's iconv; Foundation on Linux has no decoder.
    private static func gb18030(_ bytes: [UInt8]) -> String? {
        convert(bytes, from: "GB18030", to: "UTF-8").flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// Converts bytes between two encodings with iconv; nil when the input is not valid in `from`.
    static func convert(_ bytes: [UInt8], from: String, to: String) -> [UInt8]? {
        let converter = iconv_open(to, from)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        guard !bytes.isEmpty else { return [] }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        return produced.map { Array(output[0..<$0]) }
    }
}
