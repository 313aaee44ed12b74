import DMPDomain

/// The `context` elements that are lists or contained resources.
extension DocumentReferenceReader {
    /// sourcePatientInfo from the contained Patient; without one (simplified publish), the
    /// INS of `subject`, as the DMP does for documents without a local patient id.
    func readSourcePatient(
        _ contained: ContainedResources, patient: PatientReference?
    ) throws(FHIRError) -> (id: String, info: [String]) {
        let sourcePath = path("context")("sourcePatientInfo")
        if let reference = document.context?.sourcePatientInfo {
            guard case .patient(let source)? = contained.resolve(reference.reference)?.resource,
                  let resolved = contained.resolve(reference.reference)
            else {
                throw FHIRError(
                    status: 422, issueType: .notSupported, condition: .notSupported,
                    diagnostics: "sourcePatientInfo must reference a contained Patient.", expression: sourcePath("reference").rawValue)
            }
            return try SourcePatientMapping.source(from: source, at: resolved.path)
        }
        if case .ins(let ins)? = patient { return (ins.cx, ["PID-3|\(ins.cx)"]) }
        throw .missing(sourcePath)
    }

    /// eventCodeList from `context.event`.
    func readEvents() throws(FHIRError) -> [Coding] {
        var codes: [Coding] = []
        for (index, event) in (document.context?.event ?? []).enumerated() {
            codes.append(try CodingMapping.xds(event, at: path("context")("event")[index]))
        }
        return codes
    }

    /// referenceIdList from `context.related`.
    func readRelated() throws(FHIRError) -> [ReferenceID] {
        var ids: [ReferenceID] = []
        for (index, reference) in (document.context?.related ?? []).enumerated() {
            ids.append(try ReferenceIDMapping.referenceID(reference, at: path("context")("related")[index]))
        }
        return ids
    }
}
