import DMPDomain
import Foundation

extension FHIRBundle {
    /// A `searchset` page: `total` (all matches, visible ones only), a `self` link and, when
    /// more matches follow, a `next` link with the same parameters and the next `_offset`;
    /// entries with absolute `fullUrl` and `search.mode = match`.
    ///
    /// - Parameters:
    ///   - resourceType: `DocumentReference` or `List`, the searched type (link paths).
    ///   - parameters: the request's parameters, repeated as received except `_count` and
    ///     `_offset`, which are written from `paging`.
    public static func searchset(
        resourceType: String, resources: [FHIRResource], total: Int, parameters: [SearchParameter],
        paging: SearchPaging, context: FHIRServerContext
    ) -> FHIRBundle {
        let base = context.absolute(resourceType)
        let kept = parameters.filter { $0.name != "_count" && $0.name != "_offset" }
        func link(_ offset: Int) -> String {
            let all = kept + [SearchParameter("_count", String(paging.count)), SearchParameter("_offset", String(offset))]
            return base + "?" + all.map { "\(SearchURLEncoding.encode($0.name))=\(SearchURLEncoding.encode($0.value))" }.joined(separator: "&")
        }
        var links = [Link(relation: "self", url: link(paging.offset))]
        if paging.count > 0, paging.offset + paging.count < total {
            links.append(Link(relation: "next", url: link(paging.offset + paging.count)))
        }
        let entries = resources.map { resource in
            Entry(
                fullUrl: context.absolute("\(resource.resourceType)/\(resource.id ?? "")"), resource: resource,
                search: Search(mode: "match"))
        }
        return FHIRBundle(id: UUID().uuidString.lowercased(), type: "searchset", total: total, link: links, entry: entries.nonEmpty)
    }

    /// An ITI-67 result page from the services' search result.
    public static func searchset(
        documents: [DocumentEntry], total: Int, parameters: [SearchParameter], paging: SearchPaging,
        context: FHIRServerContext
    ) -> FHIRBundle {
        searchset(
            resourceType: FHIRDocumentReference.resourceType,
            resources: documents.map { .documentReference(FHIRDocumentReference($0, context: context)) }, total: total,
            parameters: parameters, paging: paging, context: context)
    }
}

/// Percent-encoding of query components: everything but RFC 3986 unreserved characters,
/// so that `|`, `:` and `,` survive any proxy unchanged.
enum SearchURLEncoding {
    private static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~")
        return set
    }()

    /// `text` percent-encoded for a query component.
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
