import DMPServer

/// Shows `dmp import` progress on standard error: a bar redrawn in place on a terminal, one
/// line per file otherwise (logs, pipes), where a bar would be noise.
struct ProgressDisplay {
    /// Whether standard error is a terminal.
    let isTerminal: Bool

    /// Reports one file done.
    func show(_ progress: ImportProgress) {
        if isTerminal {
            // Carriage return and erase-line redraw the bar on the same row.
            Console.writeError("\r\u{1B}[K" + progress.bar())
        } else {
            Console.printError(progress.line)
        }
    }

    /// Ends the bar's row so that what follows starts on a new line.
    func finish() {
        if isTerminal { Console.printError("") }
    }
}
