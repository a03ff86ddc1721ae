/// Recall and false positives per category over a corpus, with every miss and false positive.
public struct EvaluationReport: Sendable {
    /// The outcome of one case.
    public struct CaseResult: Sendable {
        public let name: String
        public let clean: Bool
        public let hits: [CorpusCase.Expected]
        public let misses: [CorpusCase.Expected]
        public let falsePositives: [Finding]
        /// All scored findings (those on unlabelled debatable passages left out).
        public let findings: [Finding]
    }

    /// Figures for one category.
    public struct Figures: Sendable, Equatable {
        public var expectedHigh = 0, hitHigh = 0, expectedMedium = 0, hitMedium = 0
        public var findings = 0, falsePositives = 0

        /// Recall over high-confidence items, nil when there are none.
        public var recallHigh: Double? { expectedHigh == 0 ? nil : Double(hitHigh) / Double(expectedHigh) }
        public var recallMedium: Double? { expectedMedium == 0 ? nil : Double(hitMedium) / Double(expectedMedium) }
        public var recallAll: Double? {
            let total = expectedHigh + expectedMedium
            return total == 0 ? nil : Double(hitHigh + hitMedium) / Double(total)
        }
        /// False positives as a share of findings, nil when there are no findings.
        public var falsePositiveRate: Double? { findings == 0 ? nil : Double(falsePositives) / Double(findings) }
    }

    public let cases: [CaseResult]

    /// Figures per category.
    public var figures: [Category: Figures] {
        var result: [Category: Figures] = [:]
        for item in cases {
            for expected in item.hits + item.misses {
                let hit = item.hits.contains { $0.quote == expected.quote && $0.category == expected.category }
                if expected.isMedium {
                    result[expected.category, default: Figures()].expectedMedium += 1
                    if hit { result[expected.category, default: Figures()].hitMedium += 1 }
                } else {
                    result[expected.category, default: Figures()].expectedHigh += 1
                    if hit { result[expected.category, default: Figures()].hitHigh += 1 }
                }
            }
            for finding in item.findings { result[finding.category, default: Figures()].findings += 1 }
            for finding in item.falsePositives { result[finding.category, default: Figures()].falsePositives += 1 }
        }
        return result
    }

    /// The report as text: a table per category, then each miss and each false positive.
    public var text: String {
        func percent(_ value: Double?) -> String {
            value.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
        }
        var lines = ["评测案例 \(cases.count) 个（其中无问题案例 \(cases.filter(\.clean).count) 个）。",
                     "口径：报出片段与应报原文重叠且类别相同为命中；与不应报出原文重叠（且未覆盖同类应报问题）或在无问题案例中报出为误报；“高”“中”为标注的把握程度。", ""]
        lines.append("类别\t应报(高)\t命中(高)\t召回(高)\t应报(中)\t命中(中)\t召回(中)\t报出\t误报\t误报率")
        let all = figures
        for category in Category.allCases {
            let f = all[category] ?? Figures()
            lines.append([category.rawValue, "\(f.expectedHigh)", "\(f.hitHigh)", percent(f.recallHigh),
                          "\(f.expectedMedium)", "\(f.hitMedium)", percent(f.recallMedium),
                          "\(f.findings)", "\(f.falsePositives)", percent(f.falsePositiveRate)].joined(separator: "\t"))
        }
        lines.append("")
        lines.append("漏报：")
        for item in cases {
            for miss in item.misses {
                let level = miss.isMedium ? "中" : "高"
                lines.append("  [\(miss.category.rawValue)][\(level)] \(item.name)：“\(miss.quote)”")
            }
        }
        lines.append("")
        lines.append("误报：")
        for item in cases {
            for finding in item.falsePositives {
                lines.append("  [\(finding.category.rawValue)] \(item.name)：\(finding.rule)“\(finding.quote)”")
            }
        }
        return lines.joined(separator: "\n")
    }
}
