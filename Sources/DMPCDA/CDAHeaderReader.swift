import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the header of a CDA R2 document with a streaming (SAX) parser.
///
/// Only the header is read: parsing stops at the first child of `ClinicalDocument/component`,
/// which tells whether the body is a `structuredBody` or a `nonXMLBody` (a 100 MB document
/// with an embedded PDF costs no more than its header). Only direct children of
/// `ClinicalDocument` count as header elements (an `id` inside `recordTarget` is the patient's),
/// and only elements of the `urn:hl7-org:v3` namespace are recognised.
///
/// Security: a document with a DOCTYPE is refused before parsing (`CDAError.doctypeNotAllowed`),
/// since CDA never has one and DTDs enable entity expansion attacks; external entities are never
/// resolved.
public enum CDAHeaderReader {
    /// Reads the header of the CDA document in `data`.
    ///
    /// - Throws: `CDAError.notXML` for data that is not well-formed XML or ends inside the
    ///   header, `.doctypeNotAllowed`, `.notClinicalDocument` when the root is not
    ///   `{urn:hl7-org:v3}ClinicalDocument`, `.missingElement` when `id`, `code`,
    ///   `effectiveTime` or `recordTarget/patientRole` is absent, and `.invalidValue` for an
    ///   unusable `effectiveTime` or `versionNumber`.
    public static func read(_ data: Data) throws(CDAError) -> CDAHeader {
        switch XMLPrologScanner.scan(data) {
        case .rootElement:
            break
        case .doctype:
            throw .doctypeNotAllowed
        case .unexpectedContent:
            throw .notXML("the data does not start with XML markup ('<') at line 1")
        case .endOfData:
            throw .notXML("the data ends before any element")
        }

        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let delegate = CDAHeaderParserDelegate()
        parser.delegate = delegate
        _ = parser.parse()
        parser.delegate = nil

        if let failure = delegate.failure { throw failure }
        guard let body = delegate.body else {
            if !delegate.sawRoot { throw .notXML("no root element was found") }
            throw .notXML("the data ends inside the document (line \(parser.lineNumber)) before the header is complete")
        }
        return try delegate.accumulator.build(body: body)
    }
}
