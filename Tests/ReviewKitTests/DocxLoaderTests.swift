import Foundation
import Testing
import ZIPFoundation
@testable import ReviewKit

/// Builds small .docx packages in memory.
enum Docx {
    static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static let contentTypes = header + """
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    </Types>
    """

    /// word/document.xml around the given body XML.
    static func document(_ body: String) -> String {
        header + "<w:document \(namespace)><w:body>\(body)<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"
    }

    /// A paragraph of one or more runs, with optional style and numbering.
    static func paragraph(_ runs: [String], style: String? = nil, numId: Int? = nil, level: Int? = nil) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if numId != nil || level != nil {
            properties += "<w:numPr>"
            if let level { properties += "<w:ilvl w:val=\"\(level)\"/>" }
            if let numId { properties += "<w:numId w:val=\"\(numId)\"/>" }
            properties += "</w:numPr>"
        }
        properties += "<w:jc w:val=\"both\"/><w:rPr><w:sz w:val=\"32\"/></w:rPr>"
        let body = runs.map { "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }
            .joined()
        return "<w:p><w:pPr>\(properties)</w:pPr>\(body)</w:p>"
    }

    static func paragraph(_ text: String, style: String? = nil, numId: Int? = nil, level: Int? = nil) -> String {
        paragraph([text], style: style, numId: numId, level: level)
    }

    /// One numbering level.
    static func level(_ ilvl: Int, format: String, text: String, start: Int = 1, suffix: String? = nil) -> String {
        "<w:lvl w:ilvl=\"\(ilvl)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/>"
            + (suffix.map { "<w:suff w:val=\"\($0)\"/>" } ?? "")
            + "<w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/>"
            + "<w:pPr><w:ind w:left=\"0\" w:firstLine=\"640\"/></w:pPr></w:lvl>"
    }

    /// word/numbering.xml with abstract definitions and instances (numId → abstractNumId, start overrides).
    static func numbering(abstracts: [Int: [String]], instances: [(numId: Int, abstract: Int, overrides: [Int: Int])]) -> String {
        var xml = header + "<w:numbering \(namespace)>"
        for (id, levels) in abstracts.sorted(by: { $0.key < $1.key }) {
            xml += "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"multilevel\"/>"
                + levels.joined() + "</w:abstractNum>"
        }
        for instance in instances {
            xml += "<w:num w:numId=\"\(instance.numId)\"><w:abstractNumId w:val=\"\(instance.abstract)\"/>"
            for (level, start) in instance.overrides.sorted(by: { $0.key < $1.key }) {
                xml += "<w:lvlOverride w:ilvl=\"\(level)\"><w:startOverride w:val=\"\(start)\"/></w:lvlOverride>"
            }
            xml += "</w:num>"
        }
        return xml + "</w:numbering>"
    }

    /// A zip of the given parts (deflated).
    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, data) in parts {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
            }
        }
        return try #require(archive.data)
    }

    /// A .docx with the given document.xml and optional numbering.xml and styles.xml.
    static func package(document: String, numbering: String? = nil, styles: String? = nil) throws -> Data {
        var parts: [(String, Data)] = [("[Content_Types].xml", Data(contentTypes.utf8)),
                                       ("word/document.xml", Data(document.utf8))]
        if let numbering { parts.append(("word/numbering.xml", Data(numbering.utf8))) }
        if let styles { parts.append(("word/styles.xml", Data(styles.utf8))) }
        return try zip(parts)
    }

    /// Loads a package the way the CLI does: written to a .docx file, read by SourceLoader.
    static func load(_ data: Data) throws -> SourceText {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(data, to: "草案.docx")
        return try SourceLoader.load(path: path)
    }
}

/// 第%1条 in Chinese counting, followed by a space or tab as Word writes it.
private let articleNumberingXML = Docx.numbering(
    abstracts: [1: [Docx.level(0, format: "chineseCounting", text: "第%1条", suffix: "space")]],
    instances: [(1, 1, [:])])

@Suite("Word 文档读取")
struct DocxLoaderTests {
    @Test("paragraphs come out in order, one line each; runs are joined")
    func paragraphsAndRuns() throws {
        let body = Docx.paragraph("江临市共享电单车停放管理办法")
            + Docx.paragraph(["第一条　为了规范", "共享电单车", "停放秩序，", "制定本办法。"])
            + Docx.paragraph(["第二条　本办法", "适用于本市。"])
        let source = try Docx.load(try Docx.package(document: Docx.document(body)))
        #expect(source.text == "江临市共享电单车停放管理办法\n第一条　为了规范共享电单车停放秩序，制定本办法。\n第二条　本办法适用于本市。")
        #expect(source.origin == .docx)
        #expect(source.lineUnitName == "段")
        let document = DocumentParser.parse(source)
        #expect(document.labels(.article) == ["第一条", "第二条"])
        #expect(document.metadata.title == "江临市共享电单车停放管理办法")
    }

    @Test("tabs, breaks and empty paragraphs")
    func tabsAndBreaks() throws {
        let body = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>"
            + "<w:r><w:t>第一条</w:t></w:r><w:r><w:tab/><w:t>为了规范管理，</w:t><w:br/><w:t>制定本办法。</w:t></w:r></w:p>"
            + "<w:p/>"
            + Docx.paragraph("第二条　本办法适用于本市。")
        let source = try Docx.load(try Docx.package(document: Docx.document(body)))
        #expect(source.text == "第一条\t为了规范管理， 制定本办法。\n\n第二条　本办法适用于本市。")
    }

    @Test("text inside a table is read cell by cell, in document order")
    func tableText() throws {
        let cell = { (text: String) in "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>\(Docx.paragraph(text))</w:tc>" }
        let table = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr>\(cell("收费项目"))\(cell("收费标准"))</w:tr>"
            + "<w:tr>\(cell("停放管理服务费"))\(cell("每辆每年100元"))</w:tr></w:tbl>"
        let body = Docx.paragraph("第九条　经营者应当按照下表缴纳费用：") + table + Docx.paragraph("第十条　本办法自公布之日起施行。")
        let source = try Docx.load(try Docx.package(document: Docx.document(body)))
        #expect(source.text.components(separatedBy: "\n") == [
            "第九条　经营者应当按照下表缴纳费用：", "收费项目", "收费标准", "停放管理服务费", "每辆每年100元",
            "第十条　本办法自公布之日起施行。",
        ])
        let document = DocumentParser.parse(source)
        let quote = document.quote(document.span(of: "每辆每年100元"))
        #expect(quote == "每辆每年100元")
        #expect(document.location(of: document.span(of: "每辆每年100元")).line == 5)
        // Each cell is a paragraph of its own; the parser counts it as a 款 of the article around the table.
        #expect(document.location(of: document.span(of: "每辆每年100元")).article?.hasPrefix("第九条") == true)
    }

    @Test("automatic numbering 第%1条 (chineseCounting) is written out and parsed as articles")
    func articleNumbering() throws {
        let body = Docx.paragraph("江临市共享电单车停放管理办法")
            + Docx.paragraph("为了规范共享电单车停放秩序，制定本办法。", numId: 1, level: 0)
            + Docx.paragraph("本办法适用于本市城市建成区。", numId: 1, level: 0)
            + Docx.paragraph("本办法自2027年1月1日起施行。", numId: 1)
        let source = try Docx.load(try Docx.package(document: Docx.document(body), numbering: articleNumberingXML))
        let lines = source.text.components(separatedBy: "\n")
        #expect(lines == ["江临市共享电单车停放管理办法", "第一条 为了规范共享电单车停放秩序，制定本办法。",
                          "第二条 本办法适用于本市城市建成区。", "第三条 本办法自2027年1月1日起施行。"])
        let document = DocumentParser.parse(source)
        #expect(document.labels(.article) == ["第一条", "第二条", "第三条"])
        #expect(document.units.filter { $0.kind == .article }.map(\.number) == [1, 2, 3])
        #expect(document.metadata.effectiveDate?.displayText == "2027年1月1日")
    }

    @Test("numbering past ten: 第十条, 第十一条, 第二十条")
    func articleNumberingPastTen() throws {
        let body = (1...21).map { Docx.paragraph("条文内容\($0)。", numId: 1, level: 0) }.joined()
        let source = try Docx.load(try Docx.package(document: Docx.document(body), numbering: articleNumberingXML))
        let document = DocumentParser.parse(source)
        let labels = document.labels(.article)
        try #require(labels.count == 21)
        #expect(labels[9] == "第十条")
        #expect(labels[10] == "第十一条")
        #expect(labels[19] == "第二十条")
        #expect(labels[20] == "第二十一条")
    }

    @Test("一、 and （一） on two levels; the lower level restarts when the upper advances")
    func twoLevelHeadings() throws {
        let numbering = Docx.numbering(
            abstracts: [3: [Docx.level(0, format: "chineseCounting", text: "%1、", suffix: "nothing"),
                            Docx.level(1, format: "chineseCounting", text: "（%2）", suffix: "nothing")]],
            instances: [(7, 3, [:])])
        let body = Docx.paragraph("江临市城区生活垃圾分类收运体系建设实施方案")
            + Docx.paragraph("总体要求", numId: 7, level: 0)
            + Docx.paragraph("指导思想。坚持以人民为中心。", numId: 7, level: 1)
            + Docx.paragraph("基本原则。因地制宜。", numId: 7, level: 1)
            + Docx.paragraph("主要任务", numId: 7, level: 0)
            + Docx.paragraph("完善分类投放设施。", numId: 7, level: 1)
            + Docx.paragraph("健全分类收运体系。", numId: 7, level: 1)
        let source = try Docx.load(try Docx.package(document: Docx.document(body), numbering: numbering))
        #expect(source.text.components(separatedBy: "\n") == [
            "江临市城区生活垃圾分类收运体系建设实施方案", "一、总体要求", "（一）指导思想。坚持以人民为中心。",
            "（二）基本原则。因地制宜。", "二、主要任务", "（一）完善分类投放设施。", "（二）健全分类收运体系。",
        ])
        let document = DocumentParser.parse(source)
        #expect(document.labels(.heading1) == ["一、", "二、"])
        #expect(document.labels(.heading2) == ["（一）", "（二）", "（一）", "（二）"])
        #expect(document.articlePath(at: document.offset(of: "健全分类收运体系")) == "二、（二）")
    }

    @Test("numbering carried by a paragraph style (styles.xml pStyle → numPr), through basedOn")
    func styleNumbering() throws {
        let styles = Docx.header + "<w:styles \(Docx.namespace)>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Article\"><w:name w:val=\"条\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"ArticleBody\"><w:name w:val=\"条正文\"/><w:basedOn w:val=\"Article\"/></w:style>"
            + "</w:styles>"
        let body = Docx.paragraph("江临市共享电单车停放管理办法", style: "Normal")
            + Docx.paragraph("为了规范管理，制定本办法。", style: "Article")
            + Docx.paragraph("本办法适用于本市。", style: "ArticleBody")
            + Docx.paragraph("不编号的段落。", style: "Normal")
        let source = try Docx.load(try Docx.package(document: Docx.document(body), numbering: articleNumberingXML, styles: styles))
        #expect(source.text.components(separatedBy: "\n") == [
            "江临市共享电单车停放管理办法", "第一条 为了规范管理，制定本办法。", "第二条 本办法适用于本市。", "不编号的段落。",
        ])
        #expect(DocumentParser.parse(source).labels(.article) == ["第一条", "第二条"])
    }

    @Test("a startOverride on a list instance starts the count there")
    func startOverride() throws {
        let numbering = Docx.numbering(
            abstracts: [1: [Docx.level(0, format: "chineseCounting", text: "第%1条", suffix: "space")]],
            instances: [(1, 1, [:]), (2, 1, [0: 5])])
        let body = Docx.paragraph("为了规范管理，制定本办法。", numId: 1, level: 0)
            + Docx.paragraph("本办法适用于本市。", numId: 1, level: 0)
            + Docx.paragraph("经营者应当公开服务标准。", numId: 2, level: 0)
            + Docx.paragraph("经营者应当及时处理投诉。", numId: 2, level: 0)
        let source = try Docx.load(try Docx.package(document: Docx.document(body), numbering: numbering))
        let document = DocumentParser.parse(source)
        #expect(document.labels(.article) == ["第一条", "第二条", "第五条", "第六条"])
    }

    @Test("numId 0 and bullets show no label; decimal and parenthesised formats")
    func otherFormats() throws {
        let numbering = Docx.numbering(
            abstracts: [1: [Docx.level(0, format: "bullet", text: "•")],
                        2: [Docx.level(0, format: "decimal", text: "%1.", suffix: "nothing"),
                            Docx.level(1, format: "decimal", text: "（%2）", suffix: "nothing")]],
            instances: [(1, 1, [:]), (2, 2, [:])])
        let body = Docx.paragraph("要点一", numId: 1, level: 0)
            + Docx.paragraph("不编号", numId: 0, level: 0)
            + Docx.paragraph("第一项", numId: 2, level: 0)
            + Docx.paragraph("第一目", numId: 2, level: 1)
            + Docx.paragraph("第二项", numId: 2, level: 0)
        let source = try Docx.load(try Docx.package(document: Docx.document(body), numbering: numbering))
        #expect(source.text.components(separatedBy: "\n") == ["要点一", "不编号", "1.第一项", "（1）第一目", "2.第二项"])
    }

    // MARK: Tracked changes, text boxes, list styles

    @Test("tracked changes: the old numbering kept in w:pPrChange is not shown")
    func trackedNumberingChange() throws {
        let oldProperties = "<w:pPrChange w:id=\"1\" w:author=\"起草人\" w:date=\"2026-03-01T00:00:00Z\">"
            + "<w:pPr><w:pStyle w:val=\"Old\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:pPrChange>"
        let unnumbered = "<w:p><w:pPr><w:jc w:val=\"both\"/>\(oldProperties)</w:pPr><w:r><w:t>本办法所称经营者，是指提供服务的企业。</w:t></w:r></w:p>"
        let body = Docx.paragraph("为了规范管理，制定本办法。", numId: 1, level: 0) + unnumbered
            + Docx.paragraph("本办法适用于本市。", numId: 1, level: 0)
        let source = try Docx.load(try Docx.package(document: Docx.document(body), numbering: articleNumberingXML))
        #expect(source.text.components(separatedBy: "\n") == [
            "第一条 为了规范管理，制定本办法。", "本办法所称经营者，是指提供服务的企业。", "第二条 本办法适用于本市。",
        ])
    }

    @Test("tracked changes: deleted and moved-away text is not read, inserted text is")
    func trackedText() throws {
        let body = "<w:p><w:r><w:t>第一条　由</w:t></w:r>"
            + "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>市交通运输局</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"3\" w:author=\"a\"><w:r><w:t>市城市管理局</w:t></w:r></w:ins>"
            + "<w:r><w:t>负责。</w:t></w:r>"
            + "<w:moveFrom w:id=\"4\" w:author=\"a\"><w:r><w:t>违者依法处理。</w:t></w:r></w:moveFrom></w:p>"
            + "<w:p><w:moveTo w:id=\"5\" w:author=\"a\"><w:r><w:t>第二条　违者依法处理。</w:t></w:r></w:moveTo></w:p>"
        let source = try Docx.load(try Docx.package(document: Docx.document(body)))
        #expect(source.text == "第一条　由市城市管理局负责。\n第二条　违者依法处理。")
    }

    @Test("a text box Word writes twice (mc:Choice and mc:Fallback) is read once")
    func textBoxReadOnce() throws {
        let boxParagraph = Docx.paragraph("附注：本办法由市城市管理局负责解释。")
        let alternate = "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
            + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
            + "<wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:txbx><w:txbxContent>"
            + boxParagraph + "</w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
            + boxParagraph + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
        let body = "<w:p><w:r><w:t>第一条　为了规范管理，制定本办法。</w:t></w:r><w:r>\(alternate)</w:r></w:p>"
            + Docx.paragraph("第二条　本办法适用于本市。")
        let source = try Docx.load(try Docx.package(document: Docx.document(body)))
        let lines = source.text.components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(lines == ["第一条　为了规范管理，制定本办法。", "附注：本办法由市城市管理局负责解释。", "第二条　本办法适用于本市。"])
    }

    @Test("a list defined through a list style (numStyleLink → styleLink) is numbered")
    func listStyleNumbering() throws {
        let numbering = Docx.header + "<w:numbering \(Docx.namespace)>"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/><w:styleLink w:val=\"ArticleList\"/>"
            + Docx.level(0, format: "chineseCounting", text: "第%1条", suffix: "space") + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"multilevel\"/><w:numStyleLink w:val=\"ArticleList\"/></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "</w:numbering>"
        let styles = Docx.header + "<w:styles \(Docx.namespace)>"
            + "<w:style w:type=\"numbering\" w:styleId=\"ArticleList\"><w:name w:val=\"条文列表\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>"
        let body = Docx.paragraph("为了规范管理，制定本办法。", numId: 2, level: 0)
            + Docx.paragraph("本办法适用于本市。", numId: 2, level: 0)
        let source = try Docx.load(try Docx.package(document: Docx.document(body), numbering: numbering, styles: styles))
        #expect(DocumentParser.parse(source).labels(.article) == ["第一条", "第二条"])
    }

    // MARK: Damaged and hostile packages

    @Test("random bytes → malformedDocx")
    func randomBytes() throws {
        var generator = SplitMix64(seed: 42)
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let error = reviewError { _ = try DocxLoader.load(data: Data(bytes), path: "坏文件.docx") }
        #expect(error?.code == .malformedDocx)
        #expect(error?.file == "坏文件.docx")
        #expect(error?.fix?.contains("另存为") == true)
    }

    @Test("a plain-text file renamed to .docx → malformedDocx")
    func textRenamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("第一条　这其实是文本文件。", to: "草案.docx")
        let error = reviewError { _ = try SourceLoader.load(path: path) }
        #expect(error?.code == .malformedDocx)
        #expect(error?.file == path)
    }

    @Test("a truncated zip → malformedDocx", arguments: [0.5, 0.9, 0.99])
    func truncatedZip(fraction: Double) throws {
        let body = (1...40).map { Docx.paragraph("第\($0)段：为了规范管理，制定本办法。") }.joined()
        let data = try Docx.package(document: Docx.document(body))
        let truncated = data.prefix(Int(Double(data.count) * fraction))
        let error = reviewError { _ = try DocxLoader.load(data: Data(truncated), path: "截断.docx") }
        #expect(error?.code == .malformedDocx)
    }

    @Test("corrupted compressed data (CRC mismatch) → malformedDocx")
    func corruptedData() throws {
        let text = (1...200).map { "第\($0)段：为了规范管理，制定本办法。" }.joined()
        var bytes = [UInt8](try Docx.package(document: Docx.document(Docx.paragraph(text))))
        // Damage the middle of the document.xml data, after [Content_Types].xml.
        let name = Array("word/document.xml".utf8)
        func isDocumentHeader(_ at: Int) -> Bool {
            let signature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
            return Array(bytes[at..<(at + 4)]) == signature && Array(bytes[(at + 30)..<(at + 30 + name.count)]) == name
        }
        let found: Int? = (0..<(bytes.count - name.count - 30)).first(where: isDocumentHeader)
        let header = try #require(found)
        let compressedSize = Int(bytes[header + 18]) | Int(bytes[header + 19]) << 8 | Int(bytes[header + 20]) << 16
        let dataStart = header + 30 + name.count + (Int(bytes[header + 28]) | Int(bytes[header + 29]) << 8)
        for index in (dataStart + compressedSize / 3)..<(dataStart + compressedSize / 3 + 16) { bytes[index] ^= 0x5A }
        let error = reviewError { _ = try DocxLoader.load(data: Data(bytes), path: "损坏.docx") }
        #expect(error?.code == .malformedDocx)
    }

    @Test("a zip without word/document.xml → malformedDocx")
    func missingDocumentPart() throws {
        let data = try Docx.zip([("[Content_Types].xml", Data(Docx.contentTypes.utf8)),
                                 ("word/styles.xml", Data((Docx.header + "<w:styles \(Docx.namespace)/>").utf8))])
        let error = reviewError { _ = try DocxLoader.load(data: data, path: "空壳.docx") }
        #expect(error?.code == .malformedDocx)
        #expect(error?.message.contains("word/document.xml") == true)
    }

    @Test("a zip bomb (document.xml inflating past the limit) → unsafeDocx, whether its size is declared or hidden")
    func zipBomb() throws {
        let limit = DocxArchive.maximumPartSize
        let size = limit + 6 * 1_048_576
        let prefix = Data((Docx.header + "<w:document \(Docx.namespace)><w:body><w:p><w:r><w:t>").utf8)
        let chunk = Data(repeating: 0x41, count: 1_048_576)
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "[Content_Types].xml", type: .file, uncompressedSize: Int64(Docx.contentTypes.utf8.count),
                             compressionMethod: .deflate) { _, _ in Data(Docx.contentTypes.utf8) }
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size),
                             compressionMethod: .deflate, bufferSize: 1_048_576) { position, length in
            if position == 0 { return prefix + chunk.prefix(length - prefix.count) }
            return chunk.prefix(length)
        }
        let bomb = try #require(archive.data)
        #expect(bomb.count < size / 100)  // highly compressible: the package itself is small

        let declared = reviewError { _ = try DocxLoader.load(data: bomb, path: "炸弹.docx") }
        #expect(declared?.code == .unsafeDocx)
        #expect(declared?.message.contains("word/document.xml") == true)

        // The same package with the uncompressed sizes in its headers rewritten to look harmless.
        var bytes = [UInt8](bomb)
        let name = Array("word/document.xml".utf8)
        var patched = 0
        for at in 0..<(bytes.count - 46 - name.count) {
            if bytes[at..<(at + 4)] == [0x50, 0x4B, 0x03, 0x04], Array(bytes[(at + 30)..<(at + 30 + name.count)]) == name {
                bytes.replaceSubrange((at + 22)..<(at + 26), with: [0x00, 0x10, 0x00, 0x00])
                patched += 1
            }
            if bytes[at..<(at + 4)] == [0x50, 0x4B, 0x01, 0x02], Array(bytes[(at + 46)..<(at + 46 + name.count)]) == name {
                bytes.replaceSubrange((at + 24)..<(at + 28), with: [0x00, 0x10, 0x00, 0x00])
                patched += 1
            }
        }
        #expect(patched == 2)
        let hidden = reviewError { _ = try DocxLoader.load(data: Data(bytes), path: "炸弹.docx") }
        #expect(hidden?.code == .unsafeDocx)
    }

    @Test("a DOCTYPE or ENTITY declaration in a part → unsafeDocx", arguments: [
        ("word/document.xml", "<!DOCTYPE w:document [<!ENTITY lol \"lol\">]>"),
        ("word/document.xml", "<!DOCTYPE w:document SYSTEM \"file:///etc/passwd\">"),
        ("word/numbering.xml", "<!DOCTYPE w:numbering [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"),
        ("word/styles.xml", "<!DOCTYPE w:styles [<!ENTITY x SYSTEM \"http://example.invalid/x\">]>"),
    ])
    func documentTypeDeclarations(part: String, declaration: String) throws {
        var document = Docx.document(Docx.paragraph("第一条　为了规范管理，制定本办法。"))
        var numbering = Docx.header + "<w:numbering \(Docx.namespace)/>"
        var styles = Docx.header + "<w:styles \(Docx.namespace)/>"
        func insert(_ xml: inout String) {
            xml = xml.replacingOccurrences(of: Docx.header, with: Docx.header + declaration + "\n")
        }
        switch part {
        case "word/document.xml": insert(&document)
        case "word/numbering.xml": insert(&numbering)
        default: insert(&styles)
        }
        let data = try Docx.package(document: document, numbering: numbering, styles: styles)
        let error = reviewError { _ = try DocxLoader.load(data: data, path: "实体.docx") }
        #expect(error?.code == .unsafeDocx)
        #expect(error?.message.contains(part) == true)
    }

    @Test("a DOCTYPE in a part encoded as UTF-16 is refused too")
    func documentTypeInUTF16() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE w:document [<!ENTITY a \"第一条　实体展开的文字。\">]>"
            + "<w:document \(Docx.namespace)><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let data = try Docx.zip([("[Content_Types].xml", Data(Docx.contentTypes.utf8)), ("word/document.xml", Data(bytes))])
        let error = reviewError { _ = try DocxLoader.load(data: data, path: "实体.docx") }
        #expect(error?.code == .unsafeDocx)
    }

    @Test("malformed XML (an unclosed tag) → malformedDocx", arguments: [
        "<w:p><w:r><w:t>第一条　为了规范管理</w:r></w:p>",
        "<w:p><w:r><w:t>第一条　为了规范管理</w:t></w:r>",
        "<w:p><w:r><w:t>第一条 & 第二条</w:t></w:r></w:p>",
    ])
    func malformedXML(body: String) throws {
        let data = try Docx.package(document: Docx.document(body))
        let error = reviewError { _ = try DocxLoader.load(data: data, path: "坏XML.docx") }
        #expect(error?.code == .malformedDocx)
        #expect(error?.message.contains("document.xml") == true)
    }

    @Test("malformed numbering.xml → malformedDocx")
    func malformedNumbering() throws {
        let data = try Docx.package(document: Docx.document(Docx.paragraph("第一条　内容。")),
                                    numbering: Docx.header + "<w:numbering \(Docx.namespace)><w:abstractNum>")
        let error = reviewError { _ = try DocxLoader.load(data: data, path: "坏编号.docx") }
        #expect(error?.code == .malformedDocx)
    }

    @Test("an empty document.xml part → malformedDocx; a document with no text → emptyDocument")
    func emptyParts() throws {
        let empty = try Docx.zip([("word/document.xml", Data())])
        #expect(reviewError { _ = try DocxLoader.load(data: empty, path: "空.docx") }?.code == .malformedDocx)
        let blank = try Docx.package(document: Docx.document(Docx.paragraph("　") + "<w:p/>"))
        let error = reviewError { _ = try DocxLoader.load(data: blank, path: "空白.docx") }
        #expect(error?.code == .emptyDocument)
        #expect(error?.file == "空白.docx")
    }
}
