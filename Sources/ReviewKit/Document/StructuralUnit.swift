/// One numbered part of a draft: 章、节、条、款、项、目, a heading such as 一、 or （一）, or a
/// contract sub-clause such as 5.1.
public struct StructuralUnit: Sendable, Hashable {
    /// The level of a unit.
    public enum Kind: String, Sendable, Hashable, Codable {
        case part, chapter, section, article, clause, item, subitem, subclause
        case heading1, heading2, heading3, heading4

        /// Nesting rank: a unit contains the following units of higher rank.
        var rank: Int {
            switch self {
            case .part: return 0
            case .chapter: return 1
            case .section: return 2
            case .article: return 3
            case .clause, .subclause: return 4
            case .item: return 5
            case .subitem: return 6
            case .heading1: return 10
            case .heading2: return 11
            case .heading3: return 12
            case .heading4: return 13
            }
        }
    }

    public let kind: Kind
    /// The number the label stands for (五 → 5; for 5.2 the last component, 2).
    public let number: Int
    /// The label as written, normalised: 第五条, （三）, 一、, 5.2; empty for an unlabelled 款.
    public let label: String
    /// Where the label is, or an empty span at the unit's start when it has none.
    public let labelSpan: TextSpan
    /// The whole unit, children included.
    public internal(set) var span: TextSpan
    /// Index of the containing unit in `Document.units`.
    public let parent: Int?
    /// Position among its parent's children of the same kind, from 1 (款 are counted this way).
    public let ordinal: Int
}
