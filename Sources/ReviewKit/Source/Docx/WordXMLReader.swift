import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A SAX reader for WordprocessingML parts: subclasses get element names without the `w:` prefix
/// and attributes keyed by local name. Parse errors are errors, whatever `XMLParser.parse()` returns.
class WordXMLReader: NSObject, XMLParserDelegate {
    /// Set by `parse` when the XML is malformed.
    private(set) var failure: Error?

    /// Parses `data`; throws when the XML is not well-formed.
    func parse(_ data: Data) throws {
        guard !data.isEmpty else { throw XMLFailure() }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let succeeded = parser.parse()
        // On Linux parse() may return true for malformed XML while setting parserError.
        if !succeeded || parser.parserError != nil || failure != nil { throw XMLFailure() }
    }

    struct XMLFailure: Error {}

    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}
    func characters(_ text: String) {}

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        var local: [String: String] = [:]
        for (key, value) in attributes { local[Self.localName(key)] = value }
        start(Self.localName(elementName), local)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        end(Self.localName(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { characters(string) }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failure = parseError }

    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
