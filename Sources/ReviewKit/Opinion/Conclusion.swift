/// The overall conclusion, in the three outcomes of 国办发〔2018〕115号: 合法, 应当予以修改, 不合法.
public struct Conclusion: Sendable, Codable, Equatable {
    public enum Level: String, Sendable, Codable {
        /// 合法: nothing above a wording hint.
        case lawful
        /// 应当予以修改: risks that need revising, nothing clearly unlawful.
        case needsRevision
        /// 不合法: at least one finding contrary to a mandatory provision.
        case unlawful

        /// 合法 / 应当予以修改 / 不合法.
        public var displayName: String {
            switch self {
            case .lawful: return "合法"
            case .needsRevision: return "应当予以修改"
            case .unlawful: return "不合法"
            }
        }
    }

    public let level: Level
    /// The conclusion as the opinion states it.
    public let text: String

    /// Derives the conclusion from the severities of the findings.
    public init(findings: [Finding], shortTitle: String, kind: DraftKind) {
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let infos = findings.filter { $0.severity == .info }.count
        let next = kind == .contract ? "修改后再行签订" : "修改后再按程序提请审议"
        if errors > 0 {
            level = .unlawful
            var counts = "\(errors)处违法问题"
            if warnings > 0 { counts += "、\(warnings)处风险问题" }
            text = "《\(shortTitle)》存在违反法律、法规规定的内容（\(counts)），不合法，应当依照本意见逐项修改，\(next)。"
        } else if warnings > 0 {
            level = .needsRevision
            text = "《\(shortTitle)》未发现明显违反法律、法规强制性规定的内容，但存在\(warnings)处风险问题，应当予以修改，建议\(next)。"
        } else {
            level = .lawful
            let hint = infos > 0 ? "另有\(infos)处文本表述问题，建议一并修改完善。" : ""
            text = "《\(shortTitle)》未发现违反法律、法规、规章和国家政策规定的内容，合法。\(hint)"
        }
    }
}
