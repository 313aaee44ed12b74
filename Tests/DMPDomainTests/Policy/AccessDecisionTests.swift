import DMPDomain
import Foundation
import Testing

/// Mapping of decisions to errors.
@Suite("Decisions become errors at the edge")
struct AccessDecisionTests {
    /// Shorthand for the shared fixtures.
    typealias F = PolicyFixtures

    @Test("an allowed decision has no error and enforce does not throw")
    func allowed() {
        let decision = F.decide(F.holder)
        #expect(decision.error == nil)
        #expect(throws: Never.self) { try decision.enforce() }
    }

    @Test("a record-level refusal is forbidden with the reason's code and sentence")
    func forbidden() {
        let decision = F.decide(F.physician)
        let error = #expect(throws: DMPError.self) { try decision.enforce() }
        #expect(error?.code.rawValue == "NO_AUTHORISATION")
        #expect(error?.code.category == .forbidden)
        #expect(error?.message == decision.reason.message)
    }

    @Test("NOT_AUTHOR keeps the existing notAuthor error code")
    func notAuthor() {
        let decision = F.decide(F.holder, .changeStatus, document: F.document())
        #expect(decision.error?.code == .notAuthor)
    }

    @Test("unknown actor kinds and unknown actions are refused")
    func unknowns() {
        let robot = Actor(kind: Actor.Kind(rawValue: "ROBOT"), id: "r", displayName: "R")
        #expect(F.decide(robot).reason.code == .unknownActor)
        let odd = AccessAction("ODD", .settings)
        #expect(F.decide(F.physician, odd).reason.code == .unknownAction)
    }

    @Test("the operator sees everything")
    func system() {
        let decision = F.decide(.system("ops"))
        #expect(decision.reason.code == .system)
        #expect(decision.visibility == .none)
    }
}
