import DMPDomain
import Foundation

/// The phrases the texts are built from.
extension NotificationComposer {
    /// "le 01/01/2026 à 10:30 (heure de Paris)": numeric, so it reads the same on every system
    /// (month names would depend on the installed locale data).
    func when(_ time: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: time)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let zone = timeZone.identifier == "Europe/Paris" ? "heure de Paris" : "fuseau \(timeZone.identifier)"
        return "le \(two(c.day))/\(two(c.month))/\(c.year ?? 0) à \(two(c.hour)):\(two(c.minute)) (\(zone))"
    }

    /// "Name, Profession (Structure)", leaving out what the actor does not carry.
    static func who(_ actor: Actor) -> String {
        var text = clean(actor.displayName)
        if text.isEmpty { text = "Un professionnel de santé" }
        if let code = actor.professionCode, let profession = professionLabels[code] { text += ", \(profession)" }
        if let structure = actor.structureName.map({ clean($0) }), !structure.isEmpty { text += " (\(structure))" }
        return text
    }

    /// The sentence opening of an emergency access, naming its TRE_R248 mode.
    static func emergencyAccessLabel(_ actor: Actor) -> String {
        switch actor.accessMode {
        case .breakTheGlass: "Accès en urgence (bris de glace)"
        case .centre15: "Accès en urgence par un centre de régulation médicale (SAMU – Centre 15)"
        default: "Accès en urgence"
        }
    }

    /// The reason the professional gave, on one line.
    static func reason(_ actor: Actor) -> String {
        let reason = clean(actor.accessReason ?? "")
        return reason.isEmpty ? "non renseigné" : reason
    }

    /// Free text from a token or a form, made safe for a one-line slot of a message: control
    /// characters and line breaks become spaces (a name cannot forge lines of the letter),
    /// runs of spaces collapse, and the length is bounded.
    static func clean(_ text: String, limit: Int = 300) -> String {
        let words = String(String.UnicodeScalarView(text.unicodeScalars.map {
            CharacterSet.controlCharacters.contains($0) || CharacterSet.newlines.contains($0) ? " " : $0
        })).split(whereSeparator: \.isWhitespace)
        let line = words.joined(separator: " ")
        return line.count > limit ? String(line.prefix(limit)) + "…" : line
    }

    /// Paragraphs between a greeting and the no-reply notice.
    static func letter(_ paragraphs: [String]) -> String {
        (["Bonjour,"] + paragraphs + ["Ce message est envoyé automatiquement, merci de ne pas y répondre."])
            .joined(separator: "\n\n") + "\n"
    }

    /// TRE_G15 labels (the active codes, as DMPAuth's `HealthProfessions` lists them; copied
    /// because the services do not depend on authentication).
    static let professionLabels: [String: String] = [
        "10": "Médecin", "21": "Pharmacien", "26": "Audioprothésiste", "28": "Opticien-Lunetier",
        "31": "Assistant dentaire", "32": "Physicien médical", "40": "Chirurgien-Dentiste",
        "50": "Sage-Femme", "60": "Infirmier", "69": "Infirmier psychiatrique",
        "70": "Masseur-Kinésithérapeute", "80": "Pédicure-Podologue", "81": "Orthoprothésiste",
        "82": "Podo-Orthésiste", "83": "Orthopédiste-Orthésiste", "84": "Oculariste",
        "85": "Epithésiste", "86": "Technicien de labo médical", "91": "Orthophoniste",
        "92": "Orthoptiste", "94": "Ergothérapeute", "95": "Diététicien", "96": "Psychomotricien",
        "98": "Manipulateur ERM",
    ]
}
