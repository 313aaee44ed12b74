import PropertyBased

/// Generators of the plans (`SettingsPlan`, `DocumentPlan`, `ActorPlan`), built from
/// integer generators so that failing cases shrink to small numbers.
enum PolicyGenerators {
    /// Shorthand for the pools.
    typealias P = PolicyPools

    /// Authorisations around ``PolicyFixtures/now``.
    static func authorisation() -> Generator<AuthorisationPlan, some SendableSequenceType> {
        zip(
            Gen.int(in: 0...(P.professionals.count - 1)), Gen.int(in: -30...2), Gen.int(in: 1...60).optional,
            Gen.int(in: -10...30).optional, Gen.bool
        ).map { professional, start, length, revoked, declared in
            AuthorisationPlan(professional: professional, startDay: start, lengthDays: length, revokedDay: revoked, declared: declared)
        }
    }

    /// Care periods around ``PolicyFixtures/now``.
    static func careTeam() -> Generator<CareTeamPlan, some SendableSequenceType> {
        zip(Gen.int(in: 0...(P.structures.count - 1)), Gen.int(in: -30...2), Gen.int(in: -1...60).optional)
            .map { structure, start, length in CareTeamPlan(structure: structure, startDay: start, lengthDays: length) }
    }

    /// Whole settings.
    static func settings() -> Generator<SettingsPlan, some SendableSequenceType> {
        let professional = Gen.int(in: 0...(P.professionals.count - 1))
        let people = zip(
            authorisation().array(of: 0...4), careTeam().array(of: 0...2), professional.array(of: 0...2),
            professional.optional, professional.array(of: 0...2), Gen.bool)
        let patient = zip(Gen.int(in: 0...7), Gen.int(in: 0...3), Gen.int(in: 0...(P.birthDates.count - 1)), Gen.bool)
        return zip(people, patient).map { people, patient in
            SettingsPlan(
                authorisations: people.0, careTeams: people.1, blocked: people.2, attendingPhysician: people.3,
                administrators: people.4, blocksFirst: people.5, consents: patient.0, representative: patient.1,
                birthDate: patient.2, masksAll: patient.3)
        }
    }

    /// Documents of any known or unknown type, any flags, any author.
    static func document() -> Generator<DocumentPlan, some SendableSequenceType> {
        zip(Gen.int(in: 0...(P.types.count - 1)), Gen.int(in: 0...15), Gen.int(in: 0...(P.professionals.count + 1)))
            .map { type, flags, author in DocumentPlan(type: type, flags: flags, author: author) }
    }

    /// Actors of every kind and mode.
    static func actor() -> Generator<ActorPlan, some SendableSequenceType> {
        zip(
            Gen.int(in: 0...9), Gen.int(in: 0...(P.professionals.count - 1)), Gen.int(in: 0...(P.professions.count - 1)),
            Gen.int(in: 0...(P.modes.count - 1)), Gen.int(in: 0...(P.reasons.count - 1)), Gen.int(in: 0...P.structures.count),
            Gen.bool
        ).map { kind, professional, profession, mode, reason, structure, samu in
            ActorPlan(
                kind: kind, professional: professional, profession: profession, mode: mode, reason: reason,
                structure: structure, samu: samu)
        }
    }
}
