import Foundation

/// Runs a review: parses the draft and materials, decides the kind, runs every applicable check,
/// and returns the findings deduplicated and sorted.
public struct Reviewer: Sendable {
    public let registry: CheckRegistry
    public let laws: LawRegistry
    /// Tells what each piece of 送审材料 is; without one, materials are listed by file name only.
    public let classifier: MaterialClassifier

    public init(registry: CheckRegistry, laws: LawRegistry, classifier: MaterialClassifier = MaterialClassifier(kinds: [])) {
        self.registry = registry
        self.laws = laws
        self.classifier = classifier
    }

    /// Reviews a parsed draft.
    /// - Parameters:
    ///   - kind: the kind given by the user; detected from the text when nil.
    ///   - materials: the 送审材料, parsed.
    ///   - manifest: the structured record of the 送审材料; its kind is used when `kind` is nil.
    public func review(_ document: Document, kind: DraftKind? = nil, materials: [Document] = [],
                       manifest: ProcedureManifest? = nil) -> ReviewResult {
        let detected = KindDetector.detect(document)
        let chosen = kind ?? manifest?.kind ?? detected.kind
        let reason = kind.map { "由审查人员指定为\($0.displayName)（--kind \($0.rawValue)）" }
            ?? manifest?.kind.map { "送审材料清单载明为\($0.displayName)" } ?? detected.reason
        let types = materials.map(classifier.classify)
        let context = ReviewContext(kind: chosen, kindReason: reason, materials: materials, materialTypes: types.map(\.type),
                                    manifest: manifest, laws: laws)
        let checks = registry.checks(for: chosen)
        let findings = checks.flatMap { $0.findings(in: document, context: context) }.deduplicatedAndSorted()
        let procedures = checks.compactMap { $0 as? any ProcedureAssessing }.map { $0.assess(document, context: context) }
        return ReviewResult(document: document, kind: chosen, kindReason: reason, materials: materials,
                            materialTypes: types, findings: findings, procedures: procedures,
                            appliedRules: checks.map(\.definition))
    }
}

/// The outcome of one review, before it is written up as an opinion.
public struct ReviewResult: Sendable {
    public let document: Document
    public let kind: DraftKind
    public let kindReason: String
    public let materials: [Document]
    /// What each material was taken to be, in the order of `materials`.
    public let materialTypes: [MaterialClassifier.Classified]
    public let findings: [Finding]
    /// The required procedures and their status, in checklist order.
    public let procedures: [ProcedureEntry]
    /// The rules that were run (those applying to `kind`).
    public let appliedRules: [RuleDefinition]
}
