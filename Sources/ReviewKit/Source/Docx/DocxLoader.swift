import Foundation

/// Reads a .docx into a `SourceText`: one line per paragraph in document order (table cells
/// included), with Word's automatic numbering written out as the reader sees it.
enum DocxLoader {
    static func load(data: Data, path: String) throws -> SourceText {
        let archive = try DocxArchive(data: data, path: path)
        guard let body = try archive.part("word/document.xml") else {
            throw ReviewError(.malformedDocx, file: path, message: "文件中没有 Word 正文（word/document.xml），不是有效的 .docx。",
                              fix: "请用 Word 或 WPS 打开后“另存为”.docx 再审查。")
        }
        let numbering: DocxNumbering
        do {
            numbering = try DocxNumbering(numberingXML: archive.part("word/numbering.xml"),
                                          stylesXML: archive.part("word/styles.xml"))
        } catch let error as ReviewError {
            throw error
        } catch {
            throw malformedXML(path, part: "numbering.xml 或 styles.xml")
        }
        let reader = ParagraphReader(numbering: numbering)
        do {
            try reader.parse(body)
        } catch {
            throw malformedXML(path, part: "document.xml")
        }
        let text = reader.paragraphs.joined(separator: "\n")
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ReviewError(.emptyDocument, file: path, message: "Word 文档中没有任何文字。", fix: "请确认选择了正确的文件。")
        }
        return SourceText(path: path, origin: .docx, text: text)
    }

    private static func malformedXML(_ path: String, part: String) -> ReviewError {
        ReviewError(.malformedDocx, file: path, message: "Word 文档内部的 \(part) 不是合法的 XML，文件可能已损坏。",
                    fix: "请用 Word 或 WPS 打开后“另存为”新的 .docx 再审查。")
    }

    /// Collects the text of each `w:p`, resolving its numbering label.
    private final class ParagraphReader: WordXMLReader {
        private var numbering: DocxNumbering
        private(set) var paragraphs: [String] = []
        private var current = ""
        private var inParagraph = 0
        private var inText = false
        private var inParagraphProperties = false
        private var inRunProperties = false
        private var numId: String?, level: Int?, style: String?
        /// Depth inside a subtree that is not part of the text as shown: the old properties of a
        /// tracked change, moved-away or deleted runs, and mc:Fallback (a copy of mc:Choice).
        private var skipped = 0
        private static let skippedElements: Set<String> = ["pPrChange", "moveFrom", "del", "Fallback"]

        init(numbering: DocxNumbering) { self.numbering = numbering }

        override func start(_ name: String, _ attributes: [String: String]) {
            if skipped > 0 || Self.skippedElements.contains(name) {
                skipped += 1
                return
            }
            switch name {
            case "p":
                if inParagraph > 0 { finishParagraph() }  // a paragraph nested in a text box: keep both
                inParagraph += 1
                current = ""
                numId = nil
                level = nil
                style = nil
            case "pPr": inParagraphProperties = true
            case "rPr": inRunProperties = true
            case "pStyle": if inParagraphProperties { style = attributes["val"] }
            case "numId": if inParagraphProperties, !inRunProperties { numId = attributes["val"] }
            case "ilvl": if inParagraphProperties, !inRunProperties { level = attributes["val"].flatMap(Int.init) }
            case "t": inText = true
            case "tab": if !inParagraphProperties { current += "\t" }
            case "br", "cr": current += " "
            default: break
            }
        }

        override func end(_ name: String) {
            if skipped > 0 {
                skipped -= 1
                return
            }
            switch name {
            case "p":
                if inParagraph > 0 { finishParagraph() }
                inParagraph = max(0, inParagraph - 1)
            case "pPr": inParagraphProperties = false
            case "rPr": inRunProperties = false
            case "t": inText = false
            default: break
            }
        }

        override func characters(_ text: String) {
            if inText, skipped == 0 { current += text }
        }

        private func finishParagraph() {
            var label = ""
            let fromStyle = style.map { numbering.styleNumbering(for: $0) }
            if let id = numId ?? fromStyle?.numId {
                label = numbering.label(numId: id, level: level ?? fromStyle?.level ?? 0) ?? ""
            }
            paragraphs.append(label + current.replacingOccurrences(of: "\n", with: " "))
            current = ""
            numId = nil
            level = nil
            style = nil
        }
    }
}
