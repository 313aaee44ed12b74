import DMPCDA
import DMPDomain
import Foundation

/// For CDA documents, the header must agree with the XDS metadata the producer sent
/// (spec §4.1–4.3): a disagreement means one of the two is wrong, and a registry that
/// believed either would index the document under the wrong patient, type or date.
enum CDAConsistency {
    /// Reads the header of `content` when it is XML. Non-XML content (PDF, images) has none.
    /// XML that is not a `ClinicalDocument` is refused: an XSLT-wrapped "auto-présentable"
    /// file or any other XML is not a CDA R2 document (see docs/cda.md).
    static func header(of content: Data, mimeType: String) throws(DMPError) -> CDAHeader? {
        let declaresXML = mimeType.lowercased().contains("xml")
        guard declaresXML || CDAFormatSniffer.looksLikeXML(content) else { return nil }
        do {
            return try CDAHeaderReader.read(content)
        } catch {
            throw DMPError(.invalidCDA, error.description, element: "content")
        }
    }

    /// Throws the first disagreement between `header` and the submitted metadata.
    static func check(
        _ header: CDAHeader, against metadata: DocumentMetadata, patient: INS, replacing target: DocumentEntry?
    ) throws(DMPError) {
        let patientIds = header.patient.ids
        guard patientIds.contains(where: { $0.root == patient.authority.oid && $0.extensionValue == patient.matricule }) else {
            let billingOnly = patientIds.contains { $0.root == INSAuthority.billingNIROID }
            throw DMPError(
                .headerMismatch,
                billingOnly
                    ? "The CDA names the patient by a billing NIR (1.2.250.1.213.1.4.13), which is not an INS; the INS of the submission is not in recordTarget."
                    : "The CDA recordTarget does not carry the INS of the submission.",
                element: "recordTarget/patientRole/id")
        }
        guard uniqueId(of: header.id) == metadata.uniqueId else {
            throw DMPError(.headerMismatch, "uniqueId differs from the CDA ClinicalDocument/id.", element: "uniqueId")
        }
        guard header.code.code == metadata.typeCode.code, header.code.codeSystem == metadata.typeCode.system else {
            throw DMPError(.headerMismatch, "typeCode differs from the CDA ClinicalDocument/code.", element: "typeCode")
        }
        if let title = header.title, normalised(title) != normalised(metadata.title) {
            throw DMPError(.headerMismatch, "title differs from the CDA ClinicalDocument/title.", element: "title")
        }
        if let effective = header.effectiveTime.date,
           abs(effective.timeIntervalSince(metadata.creationTime)) >= 1 {
            throw DMPError(.headerMismatch, "creationTime differs from the CDA effectiveTime.", element: "creationTime")
        }
        if let level = header.confidentialityCode,
           !metadata.confidentialityCodes.contains(where: { $0.code == level.code && $0.system == (level.codeSystem ?? $0.system) }) {
            throw DMPError(.headerMismatch, "confidentialityCode does not include the CDA confidentialityCode \(level.code).", element: "confidentialityCode")
        }
        let headerAuthors = Set(header.authors.flatMap(\.ids).filter { $0.root == IDNPS.oid }.compactMap(\.extensionValue))
        let metadataAuthors = Set(metadata.authors.compactMap { $0.person?.idSystem == IDNPS.oid ? $0.person?.id : nil })
        if !headerAuthors.isEmpty, !metadataAuthors.isEmpty, headerAuthors.isDisjoint(with: metadataAuthors) {
            throw DMPError(.headerMismatch, "No author of the metadata is an author of the CDA.", element: "author")
        }
        if let target {
            let parents = header.relatedDocuments.filter { $0.typeCode == "RPLC" }.flatMap(\.parentIds).map(uniqueId(of:))
            guard parents.contains(target.metadata.uniqueId) else {
                throw DMPError(
                    .headerMismatch, "The document replaces another, but its CDA relatedDocument (RPLC) does not name that document.",
                    element: "relatedDocument")
            }
        }
    }

    /// The XDS uniqueId of a CDA instance identifier: `root`, or `root^extension`.
    static func uniqueId(of id: CDAInstanceIdentifier) -> String {
        id.extensionValue.map { "\(id.root)^\($0)" } ?? id.root
    }

    private static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
