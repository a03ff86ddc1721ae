import Foundation
import Testing

/// Runs the built `reviewer` binary as a user would.
enum CLI {
    /// The package root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `reviewer` executable built next to this test bundle, whatever the scratch path.
    static let binary: URL? = {
        var starts: [URL] = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL { starts.append(executable.deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent())
        #if os(Linux)
        if let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: own).deletingLastPathComponent())
        }
        #endif
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<6 {
                let candidate = folder.appendingPathComponent("reviewer")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }()

    struct Result {
        let status: Int32
        let stdoutData: Data
        let stderr: String
        var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    }

    /// Runs `reviewer` with `arguments` in the package root.
    static func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let binary = try #require(binary, "the reviewer binary was not found next to the test bundle", sourceLocation: sourceLocation)
        let folder = try Folder()
        defer { folder.remove() }
        let outURL = folder.url.appendingPathComponent("stdout"), errURL = folder.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus, stdoutData: try Data(contentsOf: outURL),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A temporary folder.
struct Folder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    var path: String { url.path }
    func file(_ name: String) -> String { url.appendingPathComponent(name).path }
    func remove() { try? FileManager.default.removeItem(at: url) }
    var contents: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    /// Copies one of the examples into the folder.
    @discardableResult
    func copyExample(_ name: String, as copy: String? = nil) throws -> String {
        let target = file(copy ?? name)
        try FileManager.default.copyItem(atPath: CLI.root.appendingPathComponent("examples/\(name)").path, toPath: target)
        return target
    }
}

private let normative = "examples/normative-draft.txt"

@Suite("命令行")
struct CLITests {
    @Test("the binary is found")
    func binaryFound() {
        #expect(CLI.binary != nil)
    }

    @Test("exit 0 with --fail-on never; the opinion goes to stdout")
    func failOnNever() throws {
        let result = try CLI.run(["review", normative, "--fail-on", "never"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# 关于《江临市共享电单车停放管理办法（送审稿）》的合法性审查意见\n"))
        #expect(result.stdout.contains("## 三、审查意见"))
        #expect(result.stderr.isEmpty)
    }

    @Test("review is the default subcommand")
    func defaultSubcommand() throws {
        let result = try CLI.run([normative, "--fail-on", "never"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# 关于《江临市共享电单车停放管理办法（送审稿）》"))
    }

    @Test("exit 1 when findings reach --fail-on warning, with the opinion still written")
    func failOnWarning() throws {
        let result = try CLI.run(["review", normative, "--fail-on", "warning"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("【风险】"))
        #expect(result.stdout.contains("## 三、审查意见"))
    }

    @Test("exit 2 on a missing file, with a Chinese message naming it")
    func missingFile() throws {
        let path = "examples/不存在的草案.txt"
        let result = try CLI.run(["review", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path): 错误：找不到文件。"))
        #expect(result.stderr.contains("修改方法："))
        #expect(result.stdout.isEmpty)
    }

    @Test("exit 2 on a .pdf, telling to save as .docx or .txt")
    func pdf() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let path = folder.file("草案.pdf")
        try Data("%PDF-1.7\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = try CLI.run(["review", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path): 错误：暂不支持读取PDF 文件。"))
        #expect(result.stderr.contains(".docx") && result.stderr.contains(".txt"))
        #expect(result.stdout.isEmpty)
    }

    @Test("exit 2 on a bad checklist folder; the message has file:line:column")
    func badChecklist() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let yaml = """
        schema: 1
        rules:
          - id: authority.set-fine
            title: 规范性文件不得设定罚款
            category: authority
            severity: 严重
            kinds: [normative]
            triggers:
              any: [处以罚款]
            basis:
              - law: administrative-penalty-law
                article: 第十六条
                statement: 规章以外的行政规范性文件不得设定行政处罚。
            message: 文件自行设定了罚款。
            suggestion: 删除该罚款规定。
            examples:
              trigger: ["逾期不改正的，处以罚款。"]
              clean: ["依照有关法律规定处罚。"]

        """
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: folder.file("bad.yaml")))
        let result = try CLI.run(["review", normative, "--checklists", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(folder.path)/bad.yaml:6:15: 错误：规则 authority.set-fine：“severity”的取值“严重”无效。"))
        #expect(result.stdout.isEmpty)
        let check = try CLI.run(["rules", "--check", folder.path])
        #expect(check.status == 2)
        #expect(check.stderr.contains("bad.yaml:6:15:"))
    }

    @Test("exit 2 on an unknown --format, --fail-on or --encoding", arguments: [
        (["--format", "html"], "不支持的输出格式“html”"),
        (["--fail-on", "warn"], "--fail-on 的取值“warn”无效"),
        (["--encoding", "big5"], "不支持的编码“big5”"),
    ])
    func badOptions(options: [String], message: String) throws {
        let result = try CLI.run(["review", normative] + options)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
        #expect(result.stdout.isEmpty)
    }

    @Test("--output writes the whole opinion atomically, leaving no temporary files")
    func outputFile() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let output = folder.file("审查意见.md")
        try Data("旧内容".utf8).write(to: URL(fileURLWithPath: output))
        let written = try CLI.run(["review", normative, "--fail-on", "never", "--output", output])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(folder.contents == ["审查意见.md"])
        let onScreen = try CLI.run(["review", normative, "--fail-on", "never"])
        let content = try String(contentsOfFile: output, encoding: .utf8)
        // Same opinion as on screen (the review-date line aside, in case the two runs straddle midnight).
        func body(_ text: String) -> [Substring] { text.split(separator: "\n").filter { !$0.contains("审查人员确认后填写正式日期") } }
        #expect(body(content) == body(onScreen.stdout))
        #expect(content.hasPrefix("# 关于《"))
        #expect(content.hasSuffix("（审查人员确认后填写正式日期）\n"))
    }

    @Test("-o writes JSON too; exit 1 still writes the file")
    func outputJSON() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let output = folder.file("意见.json")
        let result = try CLI.run(["review", normative, "--format", "json", "--fail-on", "warning", "-o", output])
        #expect(result.status == 1)
        #expect(folder.contents == ["意见.json"])
        let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: output)))
        #expect((object as? [String: Any])?["findings"] is [Any])
    }

    @Test("--output to a folder that does not exist → exit 2")
    func outputFolderMissing() throws {
        let result = try CLI.run(["review", normative, "--fail-on", "never", "--output", "/nonexistent-\(UUID().uuidString)/意见.md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("输出文件所在的文件夹不存在"))
    }

    @Test("--output refuses to overwrite the input draft, however it is spelt", arguments: ["same", "dot", "symlink"])
    func outputOverInput(spelling: String) throws {
        let folder = try Folder()
        defer { folder.remove() }
        let draft = try folder.copyExample("normative-draft.txt", as: "草案.txt")
        let before = try Data(contentsOf: URL(fileURLWithPath: draft))
        let output: String
        switch spelling {
        case "same": output = draft
        case "dot": output = folder.path + "/./草案.txt"
        default:
            output = folder.file("链接.txt")
            try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: draft)
        }
        let result = try CLI.run(["review", draft, "--fail-on", "never", "--output", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("输出文件与输入文件相同"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: draft)) == before)
        #expect(folder.contents == (spelling == "symlink" ? ["草案.txt", "链接.txt"] : ["草案.txt"]))
    }

    @Test("the input file's bytes and modification date are unchanged after a review")
    func inputUntouched() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let draft = try folder.copyExample("normative-draft.txt", as: "草案.txt")
        let stamp = Date(timeIntervalSince1970: 1_600_000_000)
        try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: draft)
        let before = try Data(contentsOf: URL(fileURLWithPath: draft))
        for arguments in [["--fail-on", "never"], ["--format", "json", "--fail-on", "never", "--output", folder.file("意见.json")]] {
            let result = try CLI.run(["review", draft] + arguments)
            #expect(result.status == 0)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: draft)) == before)
        let date = try FileManager.default.attributesOfItem(atPath: draft)[.modificationDate] as? Date
        #expect(date == stamp)
    }

    @Test("--format json output parses and carries the contract fields")
    func jsonOutput() throws {
        let result = try CLI.run(["review", normative, "--format", "json", "--fail-on", "never"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["path"] as? String == normative)
        #expect(document["title"] as? String == "江临市共享电单车停放管理办法（送审稿）")
        #expect(document["kind"] as? String == "normative")
        let level = (object["conclusion"] as? [String: Any])?["level"] as? String
        #expect(["lawful", "needsRevision", "unlawful"].contains(level ?? ""))
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "drafting.numbering-sequence" })
        let placeholder = try #require(findings.first { $0["rule"] as? String == "drafting.placeholder" })
        #expect(placeholder["quote"] as? String == "停放区域的日常维护和标识更新，由XX部门负责。")
        let location = try #require(placeholder["location"] as? [String: Any])
        #expect(location["line"] as? Int == 48)
        #expect(location["article"] as? String == "第十五条第三款")
    }

    @Test("--kind overrides detection and the reason says so")
    func kindOption() throws {
        let result = try CLI.run(["review", normative, "--kind", "decision", "--format", "json", "--fail-on", "never"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["kind"] as? String == "decision")
        #expect((document["kindReason"] as? String)?.contains("--kind decision") == true)
    }

    @Test("reviewer rules lists the rules and their count")
    func rulesList() throws {
        let result = try CLI.run(["rules"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let rules = lines.filter { $0.contains("\t") }
        #expect(rules.contains { $0.hasPrefix("drafting.numbering-sequence\tdrafting\t") })
        #expect(rules.contains { $0.hasPrefix("drafting.placeholder\tdrafting\t") })
        #expect(lines.last == "共 \(rules.count) 条规则。")
    }

    @Test("reviewer rules --check checklists/rules exits 0")
    func rulesCheck() throws {
        let result = try CLI.run(["rules", "--check", "checklists/rules"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("检查清单格式正确"))
        #expect(result.stdout.contains("未通过 0 条"))
    }

    @Test("--help and --version work")
    func helpAndVersion() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("合法性审查助手"))
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
    }
}
