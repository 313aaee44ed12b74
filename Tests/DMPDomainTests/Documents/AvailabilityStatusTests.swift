import DMPDomain
import Testing

@Suite("Availability status transitions")
struct AvailabilityStatusTests {
    static let allowed: Set<String> = [
        "approved>deprecated", "approved>archived", "approved>deleted",
        "archived>approved", "archived>deleted", "archived>deprecated",
    ]

    @Test("exactly the transitions of spec §4.10 are allowed", arguments: AvailabilityStatus.all, AvailabilityStatus.all)
    func transitions(from: AvailabilityStatus, to: AvailabilityStatus) {
        #expect(from.allowsTransition(to: to) == Self.allowed.contains("\(from.name)>\(to.name)"))
    }

    @Test("statuses are found by name and by XDS URN")
    func lookup() {
        #expect(AvailabilityStatus(nameOrURN: "urn:asip:ci-sis:2010:StatusType:Archived") == .archived)
        #expect(AvailabilityStatus(nameOrURN: "deleted") == .deleted)
        #expect(AvailabilityStatus(nameOrURN: "Approved") == nil)
    }
}
