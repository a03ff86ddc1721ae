import Foundation

/// What a check knows besides the draft: the kind of draft, the 送审材料, the law registry, and
/// the results of work shared between checks (one scan of the text for all checklist rules).
public struct ReviewContext: Sendable {
    public let kind: DraftKind
    /// Why the kind was chosen (detected from the text, or given with --kind).
    public let kindReason: String
    /// The 送审材料, parsed.
    public let materials: [Document]
    /// What each material was taken to be (起草说明, 会议纪要…), in the order of `materials`.
    public let materialTypes: [String]
    /// The structured record of the 送审材料, when given (`--manifest`).
    public let manifest: ProcedureManifest?
    public let laws: LawRegistry
    let scans: ScanCache

    /// What a material was taken to be; nil for the draft or an unclassified text.
    func materialType(of document: Document) -> String? {
        guard let index = materials.firstIndex(where: { $0.identity === document.identity }), index < materialTypes.count else {
            return nil
        }
        return materialTypes[index]
    }

    public init(kind: DraftKind, kindReason: String, materials: [Document] = [], materialTypes: [String] = [],
                manifest: ProcedureManifest? = nil, laws: LawRegistry) {
        self.kind = kind
        self.kindReason = kindReason
        self.materials = materials
        self.materialTypes = materialTypes
        self.manifest = manifest
        self.laws = laws
        self.scans = ScanCache()
    }
}

/// Remembers, per document and compiled checklist, the result of the one shared scan.
final class ScanCache: @unchecked Sendable {
    private struct Key: Hashable {
        let matcher: ObjectIdentifier
        let document: ObjectIdentifier
    }

    /// Each scan is stored with the document's identity object, which keeps that object (and so
    /// its address, the key) from being reused while the entry exists.
    private var results: [Key: (owner: Document.Identity, scan: ChecklistScan)] = [:]
    private let lock = NSLock()

    /// The scan of `document` by `matcher`, computed on first use.
    func scan(_ matcher: ChecklistMatcher, _ document: Document) -> ChecklistScan {
        let key = Key(matcher: ObjectIdentifier(matcher), document: ObjectIdentifier(document.identity))
        lock.lock()
        if let cached = results[key] {
            lock.unlock()
            return cached.scan
        }
        lock.unlock()
        let value = matcher.scan(document.normalized)
        lock.lock()
        results[key] = (document.identity, value)
        lock.unlock()
        return value
    }

    private var memos: [String: (owner: Document.Identity, value: Any)] = [:]

    /// A value derived from `document` once per review and shared by the checks that need it
    /// (dates and periods of a material, the evidence of a procedure).
    func memo<Value>(_ name: String, _ document: Document, compute: () -> Value) -> Value {
        let key = "\(name)#\(ObjectIdentifier(document.identity).hashValue)"
        lock.lock()
        if let cached = memos[key]?.value as? Value {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        memos[key] = (document.identity, value)
        lock.unlock()
        return value
    }
}
