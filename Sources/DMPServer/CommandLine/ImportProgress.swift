import Foundation

/// Progress of a `dmp import` run, reported after each file.
public struct ImportProgress: Sendable {
    /// Files done so far (this one included).
    public let done: Int
    /// Files in the run.
    public let total: Int
    /// The file just processed.
    public let file: URL
    /// Why it was refused; nil when it was accepted.
    public let refusal: String?
}

extension ImportProgress {
    /// One line per file, for logs and pipes: `[12/40] accepted name.xml` or
    /// `[12/40] refused name.xml: reason`.
    public var line: String {
        let head = "[\(done)/\(total)]"
        guard let refusal else { return "\(head) accepted \(file.lastPathComponent)" }
        return "\(head) refused \(file.lastPathComponent): \(refusal)"
    }

    /// A progress bar for a terminal, redrawn in place: `[#####-----]  12/40  name.xml`.
    /// The name is cut to keep the line within one terminal row.
    public func bar(width: Int = 30, maximumNameLength: Int = 40) -> String {
        let filled = total > 0 ? width * done / total : width
        let gauge = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        var name = file.lastPathComponent
        if name.count > maximumNameLength { name = String(name.prefix(maximumNameLength - 1)) + "…" }
        return "[\(gauge)] \(done)/\(total) \(name)"
    }
}
