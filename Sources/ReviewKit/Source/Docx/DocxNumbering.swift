import Foundation

/// Word's automatic numbering (numbering.xml, with list styles from styles.xml), resolved into the
/// labels a reader sees: 第一条, 一、, （一）, 1.
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        var suffix = "tab"
    }

    /// abstractNumId → levels.
    private(set) var abstractLevels: [String: [Int: Level]] = [:]
    /// numId → abstractNumId.
    private(set) var instances: [String: String] = [:]
    /// numId → level → start override.
    private(set) var startOverrides: [String: [Int: Int]] = [:]
    /// styleId → (numId, ilvl), for numbering carried by paragraph styles.
    private(set) var styleNumbering: [String: (numId: String?, level: Int?)] = [:]
    private(set) var styleParents: [String: String] = [:]

    private var counters: [String: [Int: Int]] = [:]

    private init() {}

    init(numberingXML: Data?, stylesXML: Data?) throws {
        if let numberingXML {
            let reader = NumberingReader()
            try reader.parse(numberingXML)
            abstractLevels = reader.result.abstractLevels
            // A list defined through a list style has no levels of its own: it links to the style's list.
            for (abstract, style) in reader.numStyleLinks where abstractLevels[abstract] == nil {
                if let source = reader.styleLinks[style], let levels = abstractLevels[source] { abstractLevels[abstract] = levels }
            }
            instances = reader.result.instances
            startOverrides = reader.result.startOverrides
        }
        if let stylesXML {
            let reader = StylesReader()
            try reader.parse(stylesXML)
            styleNumbering = reader.result.styleNumbering
            styleParents = reader.result.styleParents
        }
    }

    /// The numbering a paragraph style carries, following `basedOn`.
    func styleNumbering(for style: String) -> (numId: String?, level: Int?) {
        var current: String? = style
        var visited = Set<String>()
        var numId: String?, level: Int?
        while let name = current, visited.insert(name).inserted {
            if let own = styleNumbering[name] {
                numId = numId ?? own.numId
                level = level ?? own.level
            }
            current = styleParents[name]
        }
        return (numId, level)
    }

    /// Advances the list counters for a numbered paragraph and returns its label with its separator,
    /// or nil when the paragraph shows no label (numId 0, bullets, unknown lists).
    mutating func label(numId: String, level: Int) -> String? {
        guard numId != "0", let abstract = instances[numId], let levels = abstractLevels[abstract],
              let definition = levels[level] else { return nil }
        let key = startOverrides[numId] == nil ? "a" + abstract : "n" + numId
        var values = counters[key] ?? [:]
        let start = startOverrides[numId]?[level] ?? definition.start
        values[level] = (values[level] ?? (start - 1)) + 1
        for deeper in values.keys where deeper > level { values[deeper] = nil }
        counters[key] = values
        guard definition.format != "bullet", definition.format != "none" else { return nil }
        var text = definition.text
        for placeholder in (0...8).reversed() where text.contains("%\(placeholder + 1)") {
            let levelDefinition = levels[placeholder] ?? Level()
            let value = values[placeholder] ?? (startOverrides[numId]?[placeholder] ?? levelDefinition.start)
            text = text.replacingOccurrences(of: "%\(placeholder + 1)", with: Self.format(value, levelDefinition.format))
        }
        guard !text.isEmpty else { return nil }
        return text + (definition.suffix == "nothing" ? "" : " ")
    }

    /// A counter value in one of Word's number formats.
    static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "chineseLegalSimplified",
             "ideographDigital", "taiwaneseCounting", "taiwaneseCountingThousand":
            return ChineseNumeral.format(value)
        case "ideographTraditional":
            let stems = Array("甲乙丙丁戊己庚辛壬癸")
            return value >= 1 && value <= stems.count ? String(stems[value - 1]) : String(value)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(value).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0)!) })
        case "decimalZero":
            return value < 10 ? "0\(value)" : String(value)
        case "upperLetter", "lowerLetter":
            let letter = Character(Unicode.Scalar(UInt32(64 + ((value - 1) % 26) + 1))!)
            return format == "upperLetter" ? String(letter) : String(letter).lowercased()
        case "upperRoman", "lowerRoman":
            let roman = romanNumeral(value)
            return format == "upperRoman" ? roman : roman.lowercased()
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return value >= 1 && value <= 20 ? String(Character(Unicode.Scalar(0x2460 + UInt32(value) - 1)!)) : String(value)
        default:
            return String(value)
        }
    }

    private static func romanNumeral(_ value: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, result = ""
        for (amount, symbol) in table {
            while rest >= amount {
                result += symbol
                rest -= amount
            }
        }
        return result
    }

    /// Reads numbering.xml.
    private final class NumberingReader: WordXMLReader {
        var result = DocxNumbering()
        /// List style id → the abstractNum defining it (w:styleLink); abstractNum → list style it uses (w:numStyleLink).
        var styleLinks: [String: String] = [:], numStyleLinks: [String: String] = [:]
        private var abstractID: String?, numID: String?, level: Int?, overrideLevel: Int?
        private var current = Level()

        override func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "abstractNum": abstractID = attributes["abstractNumId"]
            case "styleLink": if let abstractID, let value = attributes["val"] { styleLinks[value] = abstractID }
            case "numStyleLink": if let abstractID, let value = attributes["val"] { numStyleLinks[abstractID] = value }
            case "lvl":
                if let value = attributes["ilvl"].flatMap(Int.init) {
                    if numID != nil { overrideLevel = value } else { level = value; current = Level() }
                }
            case "start": if level != nil, let value = attributes["val"].flatMap(Int.init) { current.start = value }
            case "numFmt": if level != nil, let value = attributes["val"] { current.format = value }
            case "lvlText": if level != nil, let value = attributes["val"] { current.text = value }
            case "suff": if level != nil, let value = attributes["val"] { current.suffix = value }
            case "num": numID = attributes["numId"]
            case "abstractNumId": if let numID, let value = attributes["val"] { result.instances[numID] = value }
            case "lvlOverride": overrideLevel = attributes["ilvl"].flatMap(Int.init)
            case "startOverride":
                if let numID, let overrideLevel, let value = attributes["val"].flatMap(Int.init) {
                    result.startOverrides[numID, default: [:]][overrideLevel] = value
                }
            default: break
            }
        }

        override func end(_ name: String) {
            switch name {
            case "lvl":
                if numID == nil, let abstractID, let level {
                    result.abstractLevels[abstractID, default: [:]][level] = current
                }
                level = nil
            case "abstractNum": abstractID = nil
            case "num": numID = nil
            case "lvlOverride": overrideLevel = nil
            default: break
            }
        }
    }

    /// Reads the numbering and `basedOn` links of paragraph styles from styles.xml.
    private final class StylesReader: WordXMLReader {
        var result = DocxNumbering()
        private var style: String?

        override func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "style": style = attributes["styleId"]
            case "basedOn": if let style, let value = attributes["val"] { result.styleParents[style] = value }
            case "numId":
                if let style, let value = attributes["val"] { result.styleNumbering[style, default: (nil, nil)].numId = value }
            case "ilvl":
                if let style, let value = attributes["val"].flatMap(Int.init) {
                    result.styleNumbering[style, default: (nil, nil)].level = value
                }
            default: break
            }
        }

        override func end(_ name: String) {
            if name == "style" { style = nil }
        }
    }
}
