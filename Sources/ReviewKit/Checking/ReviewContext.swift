import Foundation

/// What a check knows besides the draft: the kind of draft, the 送审材料, the law registry, and
/// the results of work shared between checks (one scan of the text for all checklist rules).
public struct ReviewContext: Sendable {
    public let kind: DraftKind
    /// Why the kind was chosen (detected from the text, or given with --kind).
    public let kindReason: String
    /// The 送审材料, parsed.
    public let materials: [Document]
    public let laws: LawRegistry
    let scans: ScanCache

    public init(kind: DraftKind, kindReason: String, materials: [Document] = [], laws: LawRegistry) {
        self.kind = kind
        self.kindReason = kindReason
        self.materials = materials
        self.laws = laws
        self.scans = ScanCache()
    }
}

/// Remembers, per document and compiled checklist, the result of the one shared scan.
final class ScanCache: @unchecked Sendable {
    private var results: [ObjectIdentifier: [Int: ChecklistScan]] = [:]
    private let lock = NSLock()

    /// The scan of the text with the given identity, computed on first use.
    func scan(_ matcher: ChecklistMatcher, textID: Int, compute: () -> ChecklistScan) -> ChecklistScan {
        let key = ObjectIdentifier(matcher)
        lock.lock()
        if let cached = results[key]?[textID] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        results[key, default: [:]][textID] = value
        lock.unlock()
        return value
    }
}
