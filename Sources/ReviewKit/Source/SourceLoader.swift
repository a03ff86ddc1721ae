import Foundation

/// Reads a draft or a piece of 送审材料 from disk into a `SourceText`.
///
/// Accepts `.txt` and `.md` (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, detected
/// automatically unless `encoding` is given) and `.docx`. Anything else is refused with a message
/// telling the user to save the file as .docx or .txt. The file is only read, never modified.
public enum SourceLoader {
    /// Largest input accepted, in bytes (a draft is rarely over 1 MB; this leaves room for batches).
    public static let maximumFileSize = 64 * 1024 * 1024

    /// File extensions read as plain text.
    public static let textExtensions: Set<String> = ["txt", "md", "markdown", "text"]

    /// Loads the file at `path`.
    public static func load(path: String, encoding: TextEncoding? = nil) throws -> SourceText {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension.lowercased()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReviewError(.fileNotFound, file: path, message: "找不到文件。",
                              fix: "请检查文件路径是否正确。")
        }
        guard !isDirectory.boolValue else {
            throw ReviewError(.unreadableFile, file: path, message: "这是一个文件夹，不是文件。",
                              fix: "请指定要审查的文件本身（.docx、.txt 或 .md）。")
        }
        guard textExtensions.contains(ext) || ext == "docx" else {
            throw unsupported(path: path, ext: ext)
        }
        // attributesOfItem does not follow a symbolic link: measure the file it points to.
        let size = (try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)[.size] as? Int) ?? 0
        guard size <= maximumFileSize else {
            throw ReviewError(.inputTooLarge, file: path,
                              message: "文件大小为 \(size / 1_048_576) MB，超过可审查的上限（\(maximumFileSize / 1_048_576) MB）。",
                              fix: "请确认文件是否正确；过大的文件请拆分后分别审查。")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReviewError(.unreadableFile, file: path, message: "无法读取文件（\(error.localizedDescription)）。",
                              fix: "请检查文件权限。")
        }
        if ext == "docx" {
            return try DocxLoader.load(data: data, path: path)
        }
        return try loadText(data: data, path: path, encoding: encoding)
    }

    /// Decodes plain-text bytes.
    public static func loadText(data: Data, path: String, encoding: TextEncoding? = nil) throws -> SourceText {
        guard let (text, used) = TextDecoder.decode(data, as: encoding) else {
            let tried = encoding.map { "按 \($0.displayName) 编码" } ?? "按 UTF-8、UTF-16、GB18030/GBK 编码"
            throw ReviewError(.unsupportedEncoding, file: path, message: "\(tried)均无法正确读取该文件。",
                              fix: "请用记事本或 WPS 将文件另存为 UTF-8 编码的 .txt，或用 --encoding 指定正确的编码。")
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ReviewError(.emptyDocument, file: path, message: "文件没有任何文字内容。",
                              fix: "请确认选择了正确的文件。")
        }
        return SourceText(path: path, origin: .plainText(encoding: used), text: text)
    }

    private static func unsupported(path: String, ext: String) -> ReviewError {
        let what: String
        switch ext {
        case "doc": what = "旧版 Word 文档（.doc）"
        case "wps": what = "WPS 文档（.wps）"
        case "pdf": what = "PDF 文件"
        case "": what = "没有扩展名的文件"
        default: what = ".\(ext) 文件"
        }
        return ReviewError(.unsupportedFormat, file: path, message: "暂不支持读取\(what)。",
                           fix: "请在 Word 或 WPS 中将其另存为 .docx（Word 文档）或 .txt（纯文本）后再审查。")
    }
}
