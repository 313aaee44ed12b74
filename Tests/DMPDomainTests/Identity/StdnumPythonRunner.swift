import Foundation

/// Runs `python3` (found on PATH through /usr/bin/env) once and captures its output.
enum StdnumPythonRunner {
    /// Exit status and captured output of one run.
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// Runs `python3 <arguments>` to completion. Data goes in as arguments rather than on
    /// standard input: writing to a pipe whose reader has died would raise SIGPIPE and kill
    /// the whole test process. A missing python3 shows as exit status 127 from env, not as
    /// a thrown error, so the caller can say what to install.
    static func run(arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Output is a few kB; error output, if any, is small enough not to fill its pipe
        // while standard output is being drained.
        let output = try stdout.fileHandleForReading.readToEnd() ?? Data()
        let errors = try stderr.fileHandleForReading.readToEnd() ?? Data()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: errors, as: UTF8.self))
    }
}
