import Foundation
import Testing
@testable import ReviewKit

/// Encodes `text` with iconv (the same conversion the loader decodes GB18030 with).
private func iconvEncode(_ text: String, to encoding: String) throws -> Data {
    guard let bytes = TextDecoder.convert(Array(text.utf8), from: "UTF-8", to: encoding) else {
        throw CocoaError(.fileWriteInapplicableStringEncoding)
    }
    return Data(bytes)
}

private let sampleText = """
江临市共享电单车停放管理办法
第一条　为了规范共享电单车停放秩序，制定本办法。
第二条　本办法适用于本市城市建成区。
"""

@Suite("纯文本读取")
struct LoaderTests {
    // MARK: Encodings

    @Test("UTF-8 without BOM")
    func utf8WithoutBOM() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(Data(sampleText.utf8), to: "draft.txt")
        let source = try SourceLoader.load(path: path)
        #expect(source.text == sampleText)
        #expect(source.origin == .plainText(encoding: .utf8))
        #expect(source.path == path)
        #expect(source.lineUnitName == "行")
        #expect(source.lineStarts.count == 3)
    }

    @Test("UTF-8 with BOM: the BOM is not part of the text")
    func utf8WithBOM() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(Data([0xEF, 0xBB, 0xBF]) + Data(sampleText.utf8), to: "draft.txt")
        let source = try SourceLoader.load(path: path)
        #expect(source.text == sampleText)
        #expect(source.text.unicodeScalars.first != "\u{FEFF}")
        #expect(source.origin == .plainText(encoding: .utf8))
        // The first article is still recognised at the start of its line.
        let document = DocumentParser.parse(source)
        #expect(document.labels(.article) == ["第一条", "第二条"])
        #expect(document.metadata.title == "江临市共享电单车停放管理办法")
    }

    @Test("UTF-16 little-endian with BOM")
    func utf16LittleEndian() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in sampleText.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = try folder.write(Data(bytes), to: "draft.txt")
        let source = try SourceLoader.load(path: path)
        #expect(source.text == sampleText)
        #expect(source.origin == .plainText(encoding: .utf16))
    }

    @Test("UTF-16 big-endian with BOM, including a character outside the BMP")
    func utf16BigEndian() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = sampleText + "\n第三条　𠀾𠁀字也应读出。"
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let path = try folder.write(Data(bytes), to: "draft.txt")
        let source = try SourceLoader.load(path: path)
        #expect(source.text == text)
        #expect(source.origin == .plainText(encoding: .utf16))
    }

    @Test("GBK bytes of 第一条 (B5DA D2BB CCF5) are detected")
    func gbkKnownBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes: [UInt8] = [0xB5, 0xDA, 0xD2, 0xBB, 0xCC, 0xF5] + Array("\r\n".utf8)
            + [0xB5, 0xDA, 0xB6, 0xFE, 0xCC, 0xF5]  // 第二条
        let path = try folder.write(Data(bytes), to: "draft.txt")
        let source = try SourceLoader.load(path: path)
        #expect(source.text == "第一条\r\n第二条")
        #expect(source.origin == .plainText(encoding: .gb18030))
    }

    @Test("GB18030 text produced with iconv round-trips, full-width punctuation included")
    func gb18030ViaIconv() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = sampleText + "\n第三条　违反本办法规定的，由市城市管理局责令改正（限期十五日）；逾期不改正的，依法处理。𠀾€"
        let path = try folder.write(try iconvEncode(text, to: "GB18030"), to: "draft.txt")
        let source = try SourceLoader.load(path: path)
        #expect(source.text == text)
        #expect(source.origin == .plainText(encoding: .gb18030))
        #expect(DocumentParser.parse(source).labels(.article) == ["第一条", "第二条", "第三条"])
    }

    @Test("GBK text read as a .md file")
    func gbkMarkdown() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try iconvEncode(sampleText, to: "GBK"), to: "draft.md")
        #expect(try SourceLoader.load(path: path).text == sampleText)
    }

    @Test("--encoding overrides detection: BOM-less UTF-16 that also passes as UTF-8")
    func explicitEncodingOverride() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // 第一条 in UTF-16LE is 2C 7B 00 4E 61 67: all ASCII bytes, so auto-detection takes it for UTF-8.
        var bytes: [UInt8] = []
        for unit in "第一条".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = try folder.write(Data(bytes), to: "draft.txt")
        let guessed = try SourceLoader.load(path: path)
        #expect(guessed.origin == .plainText(encoding: .utf8))
        #expect(guessed.text != "第一条")
        let told = try SourceLoader.load(path: path, encoding: .utf16)
        #expect(told.text == "第一条")
        #expect(told.origin == .plainText(encoding: .utf16))
    }

    @Test("--encoding gb18030 on GBK bytes, and utf-8 forced on GBK bytes is refused")
    func explicitEncodingOnGBK() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try iconvEncode(sampleText, to: "GBK"), to: "draft.txt")
        #expect(try SourceLoader.load(path: path, encoding: .gb18030).text == sampleText)
        let error = reviewError { _ = try SourceLoader.load(path: path, encoding: .utf8) }
        #expect(error?.code == .unsupportedEncoding)
        #expect(error?.file == path)
        #expect(error?.message.contains("按 UTF-8 编码") == true)
    }

    @Test("encoding names accepted by --encoding", arguments: [
        ("utf8", TextEncoding.utf8), ("UTF-8", .utf8), ("utf_8", .utf8), ("utf-16", .utf16), ("UTF-16LE", .utf16),
        ("gbk", .gb18030), ("GB2312", .gb18030), ("gb18030", .gb18030), ("cp936", .gb18030),
    ])
    func encodingNames(name: String, expected: TextEncoding) {
        #expect(TextEncoding(name: name) == expected)
    }

    @Test("unknown encoding names are rejected")
    func unknownEncodingName() {
        #expect(TextEncoding(name: "big5") == nil)
        #expect(TextEncoding(name: "latin1") == nil)
    }

    @Test("bytes valid in no supported encoding → unsupportedEncoding naming the file", arguments: [
        [0xFF, 0xFF, 0x80, 0x81] as [UInt8],  // not UTF-8, not GB18030 (0xFF is never a lead byte)
        [0xB5, 0xDA, 0xB5] as [UInt8],  // GBK cut in the middle of a character
        [0xFF, 0xFE, 0x2C, 0x7B, 0x00] as [UInt8],  // UTF-16 BOM with an odd number of bytes
        [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00] as [UInt8],  // UTF-16 with a lone high surrogate
    ])
    func invalidBytes(bytes: [UInt8]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(Data(bytes), to: "坏编码.txt")
        let error = reviewError { _ = try SourceLoader.load(path: path) }
        #expect(error?.code == .unsupportedEncoding)
        #expect(error?.file == path)
        #expect(error?.errorDescription?.hasPrefix(path + ": 错误：") == true)
        #expect(error?.fix?.contains("--encoding") == true)
    }

    // MARK: Formats

    @Test("formats that cannot be read are refused with a message to save as .docx or .txt", arguments: [
        ("通知.doc", "旧版 Word 文档（.doc）"), ("通知.wps", "WPS 文档（.wps）"), ("通知.pdf", "PDF 文件"),
        ("通知.PDF", "PDF 文件"), ("通知.rtf", ".rtf 文件"), ("通知", "没有扩展名的文件"),
    ])
    func unsupportedFormats(name: String, what: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(sampleText, to: name)
        let error = reviewError { _ = try SourceLoader.load(path: path) }
        #expect(error?.code == .unsupportedFormat)
        #expect(error?.file == path)
        #expect(error?.message == "暂不支持读取\(what)。")
        let fix = error?.fix ?? ""
        #expect(fix.contains("另存为") && fix.contains(".docx") && fix.contains(".txt"))
    }

    @Test("a missing file → fileNotFound naming it")
    func missingFile() {
        let path = "/nonexistent-\(UUID().uuidString)/草案.txt"
        let error = reviewError { _ = try SourceLoader.load(path: path) }
        #expect(error?.code == .fileNotFound)
        #expect(error?.file == path)
        #expect(error?.errorDescription?.contains(path) == true)
        #expect(error?.message.contains("找不到文件") == true)
    }

    @Test("a folder given as the draft → unreadableFile")
    func folderAsDraft() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let error = reviewError { _ = try SourceLoader.load(path: folder.path) }
        #expect(error?.code == .unreadableFile)
    }

    @Test("an empty file and a whitespace-only file → emptyDocument", arguments: [
        [] as [UInt8],
        Array(" \n\r\n\t\u{3000}\u{3000}\n".utf8),
        [0xEF, 0xBB, 0xBF] + Array("\n\n".utf8),
        [0xFF, 0xFE, 0x00, 0x30, 0x0A, 0x00],  // UTF-16LE: ideographic space, line feed
    ])
    func emptyDocuments(bytes: [UInt8]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(Data(bytes), to: "空白.txt")
        let error = reviewError { _ = try SourceLoader.load(path: path) }
        #expect(error?.code == .emptyDocument)
        #expect(error?.file == path)
    }

    @Test("a file over the size limit is refused before it is read")
    func tooLarge() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("巨大.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(SourceLoader.maximumFileSize + 1))  // sparse: costs no disk
        try handle.close()
        let error = reviewError { _ = try SourceLoader.load(path: path) }
        #expect(error?.code == .inputTooLarge)
        #expect(error?.file == path)
    }

    @Test("the size limit also holds for a draft reached through a symbolic link")
    func tooLargeThroughSymlink() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.url.appendingPathComponent("巨大.txt").path
        #expect(FileManager.default.createFile(atPath: target, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: target))
        try handle.truncate(atOffset: UInt64(SourceLoader.maximumFileSize + 1))
        try handle.close()
        let link = folder.url.appendingPathComponent("草案.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let error = reviewError { _ = try SourceLoader.load(path: link) }
        #expect(error?.code == .inputTooLarge)
        #expect(error?.file == link)
    }

    @Test("--encoding utf-16be on big-endian bytes without a BOM is not read as little-endian")
    func utf16BigEndianByName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var bytes: [UInt8] = []
        for unit in "第一条　本办法适用于本市。".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let path = try folder.write(Data(bytes), to: "draft.txt")
        // Either the name is refused, or the text comes out right; never silently wrong.
        if let encoding = TextEncoding(name: "utf-16be") {
            #expect(try SourceLoader.load(path: path, encoding: encoding).text == "第一条　本办法适用于本市。")
        }
    }

    @Test("materials folder: supported files in name order, others listed as skipped, hidden and lock files ignored")
    func materialsFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("起草说明\n本办法有效期5年。", to: "b-起草说明.txt")
        try folder.write("征求意见情况\n共收到意见12条。", to: "a-征求意见.md")
        try folder.write("%PDF", to: "c-会议纪要.pdf")
        try folder.write("隐藏", to: ".DS_Store")
        try folder.write("锁", to: "~$草案.docx")
        try folder.write("子文件夹中的文件", to: "子文件夹/d.txt")
        let loaded = try MaterialsFolder.load(folder.path)
        #expect(loaded.documents.map { URL(fileURLWithPath: $0.source.path).lastPathComponent } == ["a-征求意见.md", "b-起草说明.txt"])
        #expect(loaded.skipped.map { URL(fileURLWithPath: $0).lastPathComponent } == ["c-会议纪要.pdf"])
        #expect(reviewError { _ = try MaterialsFolder.load(folder.path + "/不存在") }?.code == .fileNotFound)
    }

    @Test("a 20 MB text file loads and parses")
    func twentyMegabytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let body = String(repeating: "经营者应当按照本办法的规定规范停放车辆，不得妨碍行人和其他车辆通行", count: 10) + "。"
        var text = "江临市共享电单车停放管理办法\n"
        var count = 0
        var size = text.utf8.count
        while size < 20 * 1_048_576 {
            count += 1
            let line = "第\(ChineseNumeral.format(count))条　" + body + "\n"
            text += line
            size += line.utf8.count
        }
        let path = try folder.write(Data(text.utf8), to: "大文件.txt")
        let source = try SourceLoader.load(path: path)
        #expect(source.units.count == text.utf16.count)
        let document = DocumentParser.parse(source)
        let articles = document.units.filter { $0.kind == .article }
        #expect(articles.count == count)
        #expect(articles.last?.number == count)
        #expect(document.metadata.title == "江临市共享电单车停放管理办法")
        #expect(document.sentences.count == count + 1)
    }

    // MARK: Source text

    @Test("SourceText keeps the text exactly and maps offsets to lines and columns")
    func sourceTextPositions() {
        let text = "第一行\r\n　　第二行𠀀字\n\n第四行"
        let source = SourceText(path: "a.txt", origin: .plainText(encoding: .utf8), text: text)
        #expect(source.text == text)
        #expect(source.lineStarts == [0, 5, 14, 15])
        #expect(source.position(of: 0) == SourcePosition(line: 1, column: 1))
        #expect(source.position(of: 7) == SourcePosition(line: 2, column: 3))
        #expect(source.position(of: 10) == SourcePosition(line: 2, column: 6))
        // 字 follows the surrogate pair 𠀀 (two UTF-16 units, one character).
        #expect(source.position(of: 12) == SourcePosition(line: 2, column: 7))
        #expect(source.position(of: 14) == SourcePosition(line: 3, column: 1))
        #expect(source.position(of: 15) == SourcePosition(line: 4, column: 1))
        #expect(source.substring(5, 9) == "　　第二")
    }
}
