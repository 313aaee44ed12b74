/// The holder's three emergency consents (MES `ETREAT`, `BTG`, `MASKED`, spec §3.4).
///
/// Defaults follow the law and the MES screens: SAMU and break-the-glass access happen
/// "unless the person had expressly objected" (CSP L1111-17 I), so both start as `permit`;
/// masked documents are shown in an emergency "only if the patient allowed `MASKED`"
/// (spec §4.9), an opt-in, so it starts as `deny`.
public struct EmergencyConsents: Hashable, Sendable, Codable {
    /// `ETREAT`: access by the regulating physician of a SAMU-Centre 15.
    public var samu: ConsentDecision
    /// `BTG`: break-the-glass access by any other health professional.
    public var breakTheGlass: ConsentDecision
    /// `MASKED`: masked documents visible during an emergency access.
    public var maskedDocuments: ConsentDecision

    /// Creates consents; the defaults are those of a new record.
    public init(
        samu: ConsentDecision = .permit, breakTheGlass: ConsentDecision = .permit,
        maskedDocuments: ConsentDecision = .deny
    ) {
        self.samu = samu
        self.breakTheGlass = breakTheGlass
        self.maskedDocuments = maskedDocuments
    }

    /// The consents of a record whose holder changed nothing.
    public static let defaults = EmergencyConsents()

    /// The decision for `purpose`, or nil for a purpose the policy does not know.
    public func decision(for purpose: EmergencyPurpose) -> ConsentDecision? {
        switch purpose {
        case .samu: samu
        case .breakTheGlass: breakTheGlass
        case .maskedDocuments: maskedDocuments
        default: nil
        }
    }
}
