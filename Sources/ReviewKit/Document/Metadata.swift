/// Facts about a draft read from its text: title, 发文字号, issuer, dates and validity wording.
public struct Metadata: Sendable {
    /// The title, e.g. 江临市共享电单车停放管理办法（送审稿）.
    public var title: String?
    public var titleSpan: TextSpan?
    /// The 发文字号 as written, e.g. 临政规〔2026〕3号, with the brackets actually used.
    public var documentNumber: String?
    public var documentNumberSpan: TextSpan?
    /// The issuing body, from the signature block or the title.
    public var issuer: String?
    /// Every date written in the text, in order.
    public var dates: [DateMention] = []
    /// 成文日期: the date standing alone on a line in the signature block.
    public var writtenDate: DateMention?
    /// 印发日期: a date followed by 印发.
    public var issuedDate: DateMention?
    /// 施行日期 when a calendar date is given (自2026年5月1日起施行).
    public var effectiveDate: DateMention?
    /// The sentence that sets when the document takes effect, whatever its form (自印发之日起施行).
    public var effectiveClause: TextSpan?
    /// The sentence that states a period of validity (有效期5年, 有效期至…).
    public var validityClause: TextSpan?
}

/// A calendar date written in a draft.
public struct DateMention: Sendable, Hashable {
    public let span: TextSpan
    public let year: Int?
    public let month: Int
    public let day: Int

    /// The date as 2026年5月18日 (the year omitted when the text omits it).
    public var displayText: String {
        (year.map { "\($0)年" } ?? "") + "\(month)月\(day)日"
    }
}
