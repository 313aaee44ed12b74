import Foundation

/// Writes a one-page PDF 1.4 file with lines of text in Helvetica, by hand: the demo needs a
/// real PDF to show unstructured documents, and generating it keeps the data set free of
/// files of unknown origin. Objects are numbered 1–6 and the cross-reference table holds
/// their exact byte offsets, so any PDF reader opens the file without repairing it.
enum DemoPDF {
    /// The PDF bytes: `title` in bold, then `lines`.
    static func document(title: String, lines: [String]) -> Data {
        var text = "BT\n/F2 14 Tf\n16 TL\n56 780 Td\n(\(literal(title))) Tj\n/F1 11 Tf\n"
        for line in lines {
            text += "T*\n(\(literal(line))) Tj\n"
        }
        text += "ET\n"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
            "<< /Length \(text.utf8.count) >>\nstream\n\(text)endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        ]
        // The binary comment line tells transfer tools the file is binary (PDF 1.4 §3.4.1).
        var pdf = "%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".data(using: .isoLatin1) ?? Data()
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf.append(Data("\(index + 1) 0 obj\n\(body)\nendobj\n".utf8))
        }
        let xrefOffset = pdf.count
        var trailer = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            trailer += String(format: "%010d 00000 n \n", offset)
        }
        trailer += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        pdf.append(Data(trailer.utf8))
        return pdf
    }

    /// A PDF literal string body in WinAnsiEncoding, kept ASCII: delimiters escaped, accented
    /// letters as octal escapes, characters outside WinAnsi as `?`.
    static func literal(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "(", ")":
                result += "\\\(scalar)"
            case " "..."~":
                result.unicodeScalars.append(scalar)
            default:
                if let byte = winAnsiByte(scalar) {
                    result += "\\" + String(byte, radix: 8)
                } else {
                    result += "?"
                }
            }
        }
        return result
    }

    /// The WinAnsiEncoding byte of a non-ASCII scalar: Latin-1 above 0xA0 maps to itself;
    /// a few typographic characters French text uses live in 0x80–0x9F.
    private static func winAnsiByte(_ scalar: Unicode.Scalar) -> UInt8? {
        if (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
        switch scalar {
        case "€": return 0x80
        case "…": return 0x85
        case "Œ": return 0x8C
        case "‘": return 0x91
        case "’": return 0x92
        case "“": return 0x93
        case "”": return 0x94
        case "–": return 0x96
        case "—": return 0x97
        case "œ": return 0x9C
        default: return nil
        }
    }
}
