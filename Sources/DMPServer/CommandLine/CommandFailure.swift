import DMPDomain

/// How the `dmp` commands end on an error: a refusal by the DMP (`DMPError`) is the
/// operator's input, exit status 2; anything else is a failure of the tool or its
/// environment, exit status 1. Either way one line on standard error.
public enum CommandFailure {
    /// Exit status for `error`.
    public static func exitCode(for error: any Error) -> Int32 {
        error is DMPError ? 2 : 1
    }

    /// The line printed on standard error.
    public static func message(for error: any Error) -> String {
        if let refusal = error as? DMPError { return "error: \(refusal.message)" }
        return "error: \(error)"
    }
}
