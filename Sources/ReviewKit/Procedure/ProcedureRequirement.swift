import Foundation

/// Another procedure a requirement refers to (for order checks): its id, name and matcher index.
struct ProcedureStep: Sendable {
    let id: String
    let name: String
    let index: Int
    /// The kind of material that records it.
    let material: String?
}

/// A procedure the law requires for a kind of draft, written in a checklist file: when it
/// applies, the wording that shows it done or not done, a minimum period, and what must follow it.
///
/// As a check it reports a procedure that is missing, too short, out of order or contradicted
/// by the materials; as a `ProcedureAssessing` it fills one row of the opinion's procedure table.
public struct ProcedureRequirement: ProcedureAssessing {
    public let definition: RuleDefinition
    /// 公开征求意见
    public let name: String
    let applies: ChecklistSchema.Condition?
    let period: ChecklistSchema.Period?
    /// The kind of material that proves the procedure (its own record: 合法性审核意见, 会议纪要).
    let material: String?
    let later: [ProcedureStep]
    let message: String
    let suggestion: String
    let matcher: ChecklistMatcher
    let index: Int

    /// What the materials show, with the facts the findings need.
    struct Assessment {
        var entry: ProcedureEntry
        var evidence: [ProcedureEvidence] = []
        /// The evidence the status rests on.
        var decisive: ProcedureEvidence?
        var shortfall: String?
    }

    public func assess(_ document: Document, context: ReviewContext) -> ProcedureEntry {
        assessment(document, context: context).entry
    }

    func assessment(_ document: Document, context: ReviewContext) -> Assessment {
        let draftHits = RoleIndex(context.scans.scan(matcher, document).hits[index])
        var reason = "\(context.kind.displayName)的必经程序"
        if let applies {
            guard let hit = draftHits[.presence].first else {
                return Assessment(entry: ProcedureEntry(name: name, status: .notApplicable,
                                                        evidence: "草案未见“\(applies.any.prefix(3).joined(separator: "”“"))”等内容，\(applies.reason)的条件不成立。"))
            }
            reason = "\(applies.reason)（草案写有“\(document.quote(hit))”）"
        }
        if let recorded = context.manifest?.entry(named: name) {
            return assessment(of: recorded, reason: reason, draftHits: draftHits, manifest: context.manifest!)
        }
        let evidence = ProcedureEvidence.gather(index: index, matcher: matcher, draft: document, context: context, timed: period != nil)
        let positives = evidence.filter { !$0.negative }
        // A timed procedure rests on the evidence that states its period; otherwise the material
        // that records the procedure itself is the best evidence.
        func own(_ list: [ProcedureEvidence]) -> ProcedureEvidence? {
            material.flatMap { kind in list.first { context.materialType(of: $0.document) == kind } }
        }
        let withPeriod = period == nil ? [] : positives.filter { !$0.periods.isEmpty }
        guard let first = own(withPeriod) ?? withPeriod.first ?? own(positives) ?? positives.first else {
            if let negative = evidence.first {
                return Assessment(entry: ProcedureEntry(name: name, status: .missing, evidence: "\(negative.citation)。适用理由：\(reason)。"),
                                  evidence: evidence, decisive: negative)
            }
            let status: ProcedureEntry.Status = context.materials.isEmpty ? .unknown : .missing
            let where_ = context.materials.isEmpty ? "未提供送审材料，草案中也未见记载，无法核实" : "送审材料和草案中均未见履行该程序的记载"
            return Assessment(entry: ProcedureEntry(name: name, status: status, evidence: "\(where_)。适用理由：\(reason)。"),
                              evidence: evidence)
        }
        if let period, let shortfall = shortfall(of: first, period: period, draftHits: draftHits) {
            return Assessment(entry: ProcedureEntry(name: name, status: .insufficient, evidence: "\(first.citation)。\(shortfall)"),
                              evidence: evidence, decisive: first, shortfall: shortfall)
        }
        return Assessment(entry: ProcedureEntry(name: name, status: .done, evidence: first.citation + "。"),
                          evidence: evidence, decisive: first)
    }

    /// The status as a manifest records it.
    private func assessment(of recorded: ProcedureManifest.Entry, reason: String, draftHits: RoleIndex,
                            manifest: ProcedureManifest) -> Assessment {
        let source = "送审材料清单（\((manifest.path as NSString).lastPathComponent)）载明"
        switch recorded.status {
        case .notApplicable:
            return Assessment(entry: ProcedureEntry(name: name, status: .notApplicable, evidence: "\(source)不适用：\(recorded.reason ?? "未说明理由")。"))
        case .missing:
            return Assessment(entry: ProcedureEntry(name: name, status: .missing,
                                                    evidence: "\(source)未履行：\(recorded.reason ?? "未说明理由")。适用理由：\(reason)。"))
        case .done:
            if let period, let mention = recorded.period, let shortfall = shortfall(of: mention, period: period, draftHits: draftHits) {
                return Assessment(entry: ProcedureEntry(name: name, status: .insufficient, evidence: "\(source)：\(recorded.summary)。\(shortfall)"),
                                  shortfall: shortfall)
            }
            return Assessment(entry: ProcedureEntry(name: name, status: .done, evidence: "\(source)：\(recorded.summary)。"))
        }
    }

    /// Why the period shown is too short, or nil when it is long enough or cannot be told.
    private func shortfall(of evidence: ProcedureEvidence, period: ChecklistSchema.Period, draftHits: RoleIndex) -> String? {
        evidence.periods.first.flatMap { shortfall(of: $0, period: period, draftHits: draftHits) }
    }

    private func shortfall(of mention: PeriodMention, period: ChecklistSchema.Period, draftHits: RoleIndex) -> String? {
        let useMain = period.when == nil || !draftHits[.required(0)].isEmpty
        let minimum = useMain ? period.min : period.otherwise?.min
        let unit = useMain ? period.unit : period.otherwise?.unit ?? period.unit
        guard let minimum else { return nil }
        let length = unit == .days ? (mention.calendarDays ?? mention.statedLength) : (mention.workingDays ?? mention.statedLength)
        guard let length, length < minimum else { return nil }
        let unitName = unit == .days ? "日" : "个工作日"
        var why = useMain ? (period.when.map { "\($0.reason)，" } ?? "") : "\(period.otherwise?.source ?? "")，"
        if let start = mention.start, let end = mention.end {
            why += "\(start)至\(end)共\(length)\(unitName)（\(PeriodExtractor.countingRule)）"
        } else {
            why += "期限为\(length)\(unitName)"
        }
        return why + "，少于应有的\(minimum)\(unitName)。"
    }

    /// When a procedure was done, and where that is shown: from the manifest, else the first dated
    /// positive evidence.
    private func date(of procedure: String, index: Int, material: String?, in document: Document,
                      context: ReviewContext) -> (CalendarDay, String)? {
        if let recorded = context.manifest?.entry(named: procedure) {
            guard recorded.status == .done, let day = recorded.day else { return nil }
            return (day, "送审材料清单载明\(procedure)于\(day)完成")
        }
        let evidence = ProcedureEvidence.gather(index: index, matcher: matcher, draft: document, context: context, timed: index == self.index && period != nil)
        let dated = evidence.filter { !$0.negative && $0.date != nil }
        guard let best = dated.first(where: { material != nil && context.materialType(of: $0.document) == material }) ?? dated.first,
              let day = best.date else { return nil }
        return (day, best.citation)
    }

    public func findings(in document: Document, context: ReviewContext) -> [Finding] {
        let result = assessment(document, context: context)
        var findings: [Finding] = []
        func report(_ evidence: ProcedureEvidence?, _ text: String, _ advice: String, severity: Severity? = nil,
                    at place: TextSpan? = nil) {
            let anchorDocument = evidence?.document ?? document
            let span = place ?? evidence?.sentence ?? document.metadata.titleSpan ?? document.lines.first { $0.length > 0 } ?? document.fullSpan
            var finding = self.finding(on: span, in: anchorDocument, context: context, message: text, suggestion: advice)
            if let severity { finding.severity = severity }
            findings.append(finding)
        }
        switch result.entry.status {
        case .missing:
            report(result.decisive, "\(message)（\(result.entry.evidence)）", suggestion)
        case .insufficient:
            // Point at the sentence that states the period, where the reader sees the dates.
            let place = result.decisive.flatMap { evidence in
                evidence.periods.first.map { evidence.document.scopeSpan(.sentence, at: $0.span.start) }
            }
            report(result.decisive, "\(name)的期限不足：\(result.shortfall ?? "")", suggestion, at: place)
        default:
            break
        }
        // Materials that disagree: one says done, another not; or two different periods.
        let positives = result.evidence.filter { !$0.negative }
        if !positives.isEmpty, let negative = result.evidence.first(where: \.negative) {
            report(negative, "送审材料对\(name)的记载相互矛盾：\(positives[0].citation)，而\(negative.citation)。",
                   "请起草单位核实\(name)的实际履行情况，统一各材料的表述，并补充相应证明材料。", severity: .warning)
        }
        let dated = positives.filter { $0.periods.first?.end != nil }
        if let first = dated.first, let other = dated.first(where: { $0.periods.first?.end != first.periods.first?.end }) {
            report(other, "送审材料对\(name)的起止日期记载不一致：\(first.citation)；\(other.citation)。",
                   "请起草单位核实\(name)的起止日期，统一各材料的表述。", severity: .warning)
        }
        // Order: this procedure must precede each later one.
        if let (myDate, myCitation) = date(of: name, index: index, material: material, in: document, context: context) {
            for step in later {
                guard let (otherDate, otherCitation) = date(of: step.name, index: step.index, material: step.material,
                                                            in: document, context: context),
                      otherDate < myDate else { continue }
                report(result.decisive, "\(name)（\(myDate)）晚于\(step.name)（\(otherDate)），程序顺序不当：\(myCitation)；\(otherCitation)。",
                       "应当在\(step.name)之前完成\(name)；请说明原因，并按规定顺序重新履行有关程序后再提请审议。")
            }
        }
        return findings
    }
}
