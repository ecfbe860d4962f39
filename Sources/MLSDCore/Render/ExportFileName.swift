/// File names for exported notes: derived from case ids, safe on any file system and unable
/// to leave the export folder, whatever a case id from a user pack contains.
public enum ExportFileName {
    /// `<case-id>.md` for a kebab-case id; any other id is reduced to lower-case letters, digits
    /// and single hyphens (`../Evil Case` → `evil-case.md`), and "case" when nothing is left.
    public static func forCase(_ id: String, suffix: String = "") -> String {
        var slug = ""
        for scalar in id.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        slug = String(slug.prefix(100))
        while slug.hasSuffix("-") { slug.removeLast() }
        return (slug.isEmpty ? "case" : slug) + suffix + ".md"
    }

    /// Names for several cases, made distinct where two ids reduce to the same name.
    public static func forCases(_ ids: [String], suffix: (String) -> String = { _ in "" }) -> [String] {
        var used: Set<String> = []
        return ids.map { id in
            let base = forCase(id, suffix: suffix(id))
            var name = base
            var counter = 2
            while used.contains(name) {
                name = String(base.dropLast(3)) + "-\(counter).md"
                counter += 1
            }
            used.insert(name)
            return name
        }
    }

    /// Whether `name` is a plain file name: no folder separators, not `.` or `..`, not hidden.
    public static func isSafe(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.contains("\0") && !name.hasPrefix(".")
    }
}
