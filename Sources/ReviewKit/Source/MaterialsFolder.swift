import Foundation

/// Reads a folder of 送审材料: every .txt, .md and .docx file in it (sorted by name, hidden files
/// and sub-folders skipped).
public enum MaterialsFolder {
    /// The parsed materials and the files that were skipped because of their format.
    public static func load(_ path: String, encoding: TextEncoding? = nil) throws -> (documents: [Document], skipped: [String]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReviewError(.fileNotFound, file: path, message: "找不到送审材料文件夹。", fix: "--materials 后应为一个文件夹的路径。")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        var documents: [Document] = [], skipped: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let file = (path as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let ext = (name as NSString).pathExtension.lowercased()
            guard SourceLoader.textExtensions.contains(ext) || ext == "docx" else {
                skipped.append(file)
                continue
            }
            documents.append(DocumentParser.parse(try SourceLoader.load(path: file, encoding: encoding)))
        }
        return (documents, skipped)
    }
}
