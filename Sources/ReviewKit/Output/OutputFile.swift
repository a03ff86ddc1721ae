import Foundation

/// Writes results atomically (a temporary file renamed into place), never over an input.
public enum OutputFile {
    /// Writes `data` to `path`; refuses when `path` is one of the `protecting` inputs.
    public static func write(_ data: Data, to path: String, protecting inputs: [String]) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
            throw ReviewError(.outputNotWritable, file: path, message: "输出文件与输入文件相同，为保护原件已拒绝写入。",
                              fix: "请用 --output 指定另一个文件名。")
        }
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReviewError(.outputNotWritable, file: path, message: "输出文件所在的文件夹不存在。", fix: "请先创建该文件夹，或换一个输出路径。")
        }
        do {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder),
               let type = try FileManager.default.attributesOfItem(atPath: target.path)[.type] as? FileAttributeType,
               type != .typeRegular {
                // A device or pipe (/dev/null, a FIFO) is written to in place: renaming over it
                // would replace the device with a file.
                guard !isFolder.boolValue else { throw CocoaError(.fileWriteInvalidFileName) }
                let handle = try FileHandle(forWritingTo: target)
                defer { try? handle.close() }
                try handle.write(contentsOf: data)
            } else {
                try data.write(to: target, options: .atomic)
            }
        } catch {
            throw ReviewError(.outputNotWritable, file: path, message: "无法写入输出文件（\(error.localizedDescription)）。",
                              fix: "请检查文件夹的写入权限和磁盘空间。")
        }
    }
}
