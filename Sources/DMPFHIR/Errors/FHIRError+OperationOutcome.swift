extension FHIRError {
    /// The issue this error renders as.
    public var issue: FHIROperationOutcome.Issue {
        FHIROperationOutcome.Issue(
            severity: "error", code: issueType.rawValue,
            details: FHIRCodeableConcept(coding: [FHIRCoding(code: condition.rawValue)]),
            diagnostics: diagnostics, expression: expression.map { [$0] })
    }

    /// An OperationOutcome with this error as its only issue.
    public var operationOutcome: FHIROperationOutcome {
        FHIROperationOutcome(issue: [issue])
    }
}

extension FHIROperationOutcome {
    /// One outcome listing several errors (e.g. every defect found in a resource).
    public init(errors: [FHIRError]) {
        self.init(issue: errors.map(\.issue))
    }
}
