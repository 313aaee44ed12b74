/// The `contained` resources of a resource, found by `#id` references.
struct ContainedResources {
    private let byID: [String: (resource: FHIRResource, index: Int)]
    /// Path of the containing resource (for error locations).
    let ownerPath: FHIRPath

    /// Indexes `resources` by id (the first of a repeated id wins).
    init(_ resources: [FHIRResource]?, ownerPath: FHIRPath) {
        var table: [String: (FHIRResource, Int)] = [:]
        for (index, resource) in (resources ?? []).enumerated() {
            if let id = resource.id, table[id] == nil { table[id] = (resource, index) }
        }
        byID = table
        self.ownerPath = ownerPath
    }

    /// The contained resource a `#id` reference names, with its path; nil for another form.
    func resolve(_ reference: String?) -> (resource: FHIRResource, path: FHIRPath)? {
        guard let reference, reference.hasPrefix("#"), let found = byID[String(reference.dropFirst())] else { return nil }
        return (found.resource, ownerPath("contained")[found.index])
    }
}
