import Checks
import Foundation
import Testing

/// Every Swift check in Sources/Checks is registered in BuiltinChecks.all (swift-format's staleness test).
@Test("Sources/Checks 中的每个检查都已登记")
func everySwiftCheckIsRegistered() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Checks")
    let declaration = try NSRegularExpression(pattern: "struct\\s+(\\w+)\\s*:\\s*Check\\b")
    var declared = Set<String>()
    let files = FileManager.default.enumerator(atPath: root.path)
    while let name = files?.nextObject() as? String {
        guard name.hasSuffix(".swift") else { continue }
        let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
        for match in declaration.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)) {
            declared.insert((text as NSString).substring(with: match.range(at: 1)))
        }
    }
    let registered = Set(BuiltinChecks.all.map { String(describing: type(of: $0)) })
    #expect(!declared.isEmpty)
    for missing in declared.subtracting(registered) {
        Issue.record("请把 \(missing) 加入 Sources/Checks/BuiltinChecks.swift")
    }
}
