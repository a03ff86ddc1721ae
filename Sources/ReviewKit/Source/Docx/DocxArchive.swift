import Foundation
import ZIPFoundation

/// Reads the parts of a .docx package safely: bounded sizes (zip bombs), no DTDs (entity tricks).
struct DocxArchive {
    /// Largest uncompressed size accepted for one XML part.
    static let maximumPartSize = 64 * 1024 * 1024

    private let archive: Archive
    let path: String

    init(data: Data, path: String) throws {
        self.path = path
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ReviewError(.malformedDocx, file: path, message: "文件已损坏，或不是 Word 文档（.docx）。",
                              fix: "请用 Word 或 WPS 打开该文件确认能正常显示，再“另存为”.docx 后审查。")
        }
    }

    /// The bytes of a part, nil when the package has no such part.
    func part(_ name: String) throws -> Data? {
        guard let entry = archive[name] else { return nil }
        guard entry.uncompressedSize <= UInt64(Self.maximumPartSize) else { throw tooLarge(name) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                // The declared size can lie: count what is actually inflated.
                if data.count > Self.maximumPartSize { throw PartTooLarge() }
            }
        } catch is PartTooLarge {
            throw tooLarge(name)
        } catch {
            throw ReviewError(.malformedDocx, file: path, message: "Word 文档内部的 \(name) 已损坏，无法解压。",
                              fix: "请用 Word 或 WPS 打开后“另存为”新的 .docx 再审查。")
        }
        try rejectDocumentTypeDeclarations(data, part: name)
        return data
    }

    private struct PartTooLarge: Error {}

    private func tooLarge(_ name: String) -> ReviewError {
        ReviewError(.unsafeDocx, file: path,
                    message: "Word 文档内部的 \(name) 解压后超过 \(Self.maximumPartSize / 1_048_576) MB，疑似压缩炸弹，已拒绝读取。",
                    fix: "请确认文件来源可靠；正常的公文不会这么大。")
    }

    /// Word never writes a DOCTYPE; one in a part can only be an entity-expansion or external-entity attack.
    private func rejectDocumentTypeDeclarations(_ data: Data, part: String) throws {
        // XML parts may be UTF-8 or UTF-16 (either byte order).
        let markers = ["<!DOCTYPE", "<!ENTITY"].flatMap { word in
            [Data(word.utf8), Data(word.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
             Data(word.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })]
        }
        guard markers.contains(where: { data.range(of: $0) != nil }) else { return }
        throw ReviewError(.unsafeDocx, file: path, message: "Word 文档内部的 \(part) 含有 DOCTYPE 或实体声明，存在安全风险，已拒绝读取。",
                          fix: "请用 Word 或 WPS 打开后“另存为”新的 .docx 再审查。")
    }
}
