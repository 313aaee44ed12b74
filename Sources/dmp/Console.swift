import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two output streams of the commands: results on standard output, progress and errors
/// on standard error. Both are written unbuffered through `FileHandle`, so that what a
/// long-running command (`serve`) prints first is seen at once even when piped to a file.
enum Console {
    /// Whether standard error is a terminal (a progress bar can be redrawn in place).
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Writes `text` and a new line on standard output.
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes `text` as is on standard error.
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `text` and a new line on standard error.
    static func printError(_ text: String) {
        writeError(text + "\n")
    }
}
