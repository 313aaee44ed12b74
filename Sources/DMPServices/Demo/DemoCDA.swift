import DMPDomain
import Foundation

/// Writes a minimal CDA R2 document for a demo spec: the header the registry checks against
/// the XDS metadata (ids, code, title, dates, confidentiality, patient, author) and a
/// structured body with one narrative section. The CI-SIS header template only is declared:
/// the documents follow no specific CI-SIS model, hence their "hors profils" formatCode.
enum DemoCDA {
    /// The UTF-8 bytes of the document `spec` describes for `patient`.
    static func document(_ spec: DemoDocumentSpec, patient: DemoPatient) -> Data {
        let e = DemoXML.escape
        let author = spec.author
        let structure = author.structure
        let traits = patient.traits
        let given = traits.birthGivenNames.map { "<given>\(e($0))</given>" }.joined()
        let paragraphs = spec.paragraphs.map { "<paragraph>\(e($0))</paragraph>" }.joined(separator: "\n            ")
        let relatedDocument = spec.replaces.map { replaced in
            """
              <relatedDocument typeCode="RPLC">
                <parentDocument><id root="\(e(DemoDocumentSpec.uniqueId(patient: spec.patient, number: replaced)))"/></parentDocument>
              </relatedDocument>

            """
        } ?? ""
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ClinicalDocument xmlns="urn:hl7-org:v3">
              <realmCode code="FR"/>
              <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
              <templateId root="1.2.250.1.213.1.1.1.1"/>
              <id root="\(e(spec.uniqueId))"/>
              <code code="\(e(spec.type.code))" codeSystem="\(e(spec.type.system))" displayName="\(e(spec.type.display ?? ""))"/>
              <title>\(e(spec.title))</title>
              <effectiveTime value="\(spec.time.hl7)"/>
              <confidentialityCode code="N" codeSystem="\(ConfidentialityCode.normal.system)" displayName="Normal"/>
              <languageCode code="fr-FR"/>
              <setId root="\(e(spec.setId))"/>
              <versionNumber value="\(spec.replaces == nil ? 1 : 2)"/>
              <recordTarget>
                <patientRole>
                  <id root="\(patient.ins.authority.oid)" extension="\(e(patient.ins.matricule))"/>
                  <patient>
                    <name>\(given)<family qualifier="BR">\(e(traits.birthName))</family></name>
                    <administrativeGenderCode code="\(e(traits.sex.code))" codeSystem="2.16.840.1.113883.5.1"/>
                    <birthTime value="\(traits.birthDate.replacingOccurrences(of: "-", with: ""))"/>
                  </patient>
                </patientRole>
              </recordTarget>
              <author>
                <time value="\(spec.time.hl7)"/>
                <assignedAuthor>
                  <id root="\(IDNPS.oid)" extension="\(e(author.idnps))"/>
                  <code code="\(e(author.professionCode))" codeSystem="\(CodeSystems.professionSante.oid)" displayName="\(e(author.professionDisplay))"/>
                  <assignedPerson><name><given>\(e(author.given))</given><family>\(e(author.family))</family></name></assignedPerson>
                  <representedOrganization>
                    <id root="\(StructureIdentifier.oid)" extension="\(e(structure.structureId))"/>
                    <name>\(e(structure.name))</name>
                  </representedOrganization>
                </assignedAuthor>
              </author>
              <custodian>
                <assignedCustodian>
                  <representedCustodianOrganization>
                    <id root="\(StructureIdentifier.oid)" extension="\(e(structure.structureId))"/>
                    <name>\(e(structure.name))</name>
                  </representedCustodianOrganization>
                </assignedCustodian>
              </custodian>
              <documentationOf>
                <serviceEvent>
                  <effectiveTime><low value="\(spec.time.hl7)"/></effectiveTime>
                </serviceEvent>
              </documentationOf>
            \(relatedDocument)  <component>
                <structuredBody>
                  <component>
                    <section>
                      <title>\(e(spec.title))</title>
                      <text>
                        \(paragraphs)
                      </text>
                    </section>
                  </component>
                </structuredBody>
              </component>
            </ClinicalDocument>

            """
        return Data(xml.utf8)
    }
}
