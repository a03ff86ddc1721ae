/// A provision a rule rests on, as a rule author writes it.
public struct LegalBasis: Sendable, Codable, Hashable {
    /// Law registry id, e.g. administrative-penalty-law.
    public var law: String
    /// 第十六条, 第六十四条第一款, or 二（六） for a document without articles.
    public var article: String
    /// One line stating the rule, in the author's words.
    public var statement: String
    /// The article's own text, verbatim from the official text, when the author gives it.
    public var text: String?
    /// The kinds of draft this provision is cited for; nil for every kind the rule applies to.
    public var kinds: Set<DraftKind>?

    public init(law: String, article: String, statement: String, text: String? = nil, kinds: Set<DraftKind>? = nil) {
        self.law = law
        self.article = article
        self.statement = statement
        self.text = text
        self.kinds = kinds
    }

    /// Whether this provision is cited when reviewing a draft of `kind`.
    public func applies(to kind: DraftKind) -> Bool { kinds?.contains(kind) ?? true }
}

/// A provision as cited in a finding: the law's full title, the article and its text.
public struct CitedBasis: Sendable, Codable, Hashable {
    /// 《中华人民共和国行政处罚法》
    public var law: String
    public var article: String
    /// The article text where known, otherwise the rule's statement of it.
    public var text: String
}
