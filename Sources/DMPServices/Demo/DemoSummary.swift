/// What a demo seeding did, for the operator who asked for it.
public struct DemoSummary: Sendable {
    /// The demo patients (all of them, whether their record was new or not).
    public let patients: [DemoPatient]
    /// Records created by this run (0 when seeding again).
    public let recordsCreated: Int
    /// Documents published by this run (0 when seeding again).
    public let documentsPublished: Int
    /// Demo documents in the DMP after this run, every version counted.
    public let documentsTotal: Int

    /// A few lines for a terminal: counts, then each patient's INS (fictitious, demo authority).
    public var lines: [String] {
        var lines = [
            "Demo data: \(patients.count) patients, \(documentsTotal) documents "
                + "(\(recordsCreated) records and \(documentsPublished) documents added by this run).",
        ]
        for patient in patients {
            lines.append("  \(patient.displayName): INS \(patient.ins.matricule) (authority \(patient.ins.authority.oid))")
        }
        return lines
    }
}
