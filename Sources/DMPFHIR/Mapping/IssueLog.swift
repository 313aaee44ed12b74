/// Collects the errors of one reading, so that a lenient reading can list every defect and
/// a strict one can stop at the first. A class because the readers call it from closures
/// that also read the reader, which a mutating struct method would forbid (exclusivity).
final class IssueLog {
    private(set) var issues: [FHIRError] = []

    /// Runs `body`; on error records it and returns nil.
    func attempt<T>(_ body: () throws(FHIRError) -> T) -> T? {
        do {
            return try body()
        } catch {
            issues.append(error)
            return nil
        }
    }

    /// Records an error.
    func record(_ error: FHIRError) { issues.append(error) }

    /// Throws the first error recorded, if any.
    func throwFirst() throws(FHIRError) {
        if let first = issues.first { throw first }
    }
}
