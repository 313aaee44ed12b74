import Foundation

/// Picks the files `dmp import` sends: every `.xml` and `.pdf` file (case-insensitive) among
/// the paths given, folders walked (recursively by default), hidden files and folders
/// skipped (`.DS_Store`, `._name.pdf` resource forks, `.git`), each file once, sorted by
/// path so that runs are repeatable and a document comes before a later version named
/// after it.
public enum ImportFileWalker {
    /// The extensions imported.
    public static let extensions: Set<String> = ["xml", "pdf"]

    /// The files to import under `paths`.
    /// - Throws: ``ImportPathError`` when a path does not exist.
    public static func files(in paths: [String], recursive: Bool) throws -> [URL] {
        var found: [String: URL] = [:]
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw ImportPathError(path: path)
            }
            let candidates = isDirectory.boolValue ? try contents(of: url, recursive: recursive) : [url]
            for file in candidates where isImportable(file) {
                found[file.path] = file
            }
        }
        return found.keys.sorted().compactMap { found[$0] }
    }

    /// Whether a file name has an imported extension and is not hidden.
    public static func isImportable(_ file: URL) -> Bool {
        !file.lastPathComponent.hasPrefix(".") && extensions.contains(file.pathExtension.lowercased())
    }

    private static func contents(of folder: URL, recursive: Bool) throws -> [URL] {
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey]
        guard recursive else {
            return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: keys)
                .filter { isRegularFile($0) }
        }
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else {
            return []
        }
        var files: [URL] = []
        while let url = enumerator.nextObject() as? URL {
            let values = try? url.resourceValues(forKeys: Set(keys))
            if url.lastPathComponent.hasPrefix(".") {
                if values?.isDirectory == true { enumerator.skipDescendants() }
                continue
            }
            if values?.isRegularFile == true { files.append(url) }
        }
        return files
    }

    private static func isRegularFile(_ url: URL) -> Bool {
        (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
    }
}
