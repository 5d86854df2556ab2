import Foundation

/// Derives the Tabular List of a fiscal year from the year before and that year's code addenda, for when the new
/// tabular XML is not at hand: every added code in its place in the hierarchy (under the nearest code above it, new
/// headings made where none is), a deleted code that gains codes below it kept as a heading with its title, every
/// other deleted code gone, revised titles applied. Notes and 7th-character definitions are not copied: a new code
/// sits below the codes where they are written and inherits them as every code does (``TabularList/applicableNotes(for:)``).
///
/// What the addenda do not say is reported, never invented: a heading made for new codes takes the words its codes
/// share before a comma (`Plantar fasciitis` over `Plantar fasciitis, right foot` …), or, when they share none, the
/// title ``untitledHeading``; a new category goes to the block of the category before it.
public enum TabularDerivation {
    /// What the derivation did and could not do.
    public struct Report: Sendable, Equatable {
        /// Codes added as reportable codes.
        public var added: [String] = []
        /// Deleted codes kept as headings over the codes added below them (`D69.1`).
        public var becameHeadings: [String] = []
        /// Deleted codes removed, and headings removed with them when nothing was left below them.
        public var removed: [String] = []
        /// Headings made for new codes, with the title given them (``untitledHeading`` when none could be).
        public var newHeadings: [(code: String, title: String)] = []
        /// Retitled codes whose title in the year before was not the addenda's `Revise from:` title.
        public var titleMismatches: [String] = []

        public static func == (a: Report, b: Report) -> Bool {
            a.added == b.added && a.becameHeadings == b.becameHeadings && a.removed == b.removed
                && a.newHeadings.map(\.code) == b.newHeadings.map(\.code)
                && a.newHeadings.map(\.title) == b.newHeadings.map(\.title) && a.titleMismatches == b.titleMismatches
        }

        public var untitledCount: Int { newHeadings.filter { $0.title == TabularDerivation.untitledHeading }.count }

        public var summary: String {
            "\(added.count) codes added, \(becameHeadings.count) deleted codes now headings, \(removed.count) entries removed, "
                + "\(newHeadings.count) new headings (\(untitledCount) without a published title)"
        }
    }

    /// The title of a heading made for new codes that share no words before a comma: said plainly, not guessed.
    public static let untitledHeading = "(heading new in this release; its title is not in the code addenda)"

    /// Derives the next year's list.
    /// - Parameters:
    ///   - base: the Tabular List of the year before.
    ///   - addenda: the code addenda of the new year.
    ///   - version: the new fiscal year (`2027`).
    ///   - source: the addenda file's name, for the errors.
    /// - Throws: ``ReleaseFileError`` naming the addenda file when a change does not fit the base list (a deleted or
    ///   retitled code that is not a code of it, a code added twice) or when the result's count of reportable codes
    ///   differs from the count the addenda state.
    /// - Complexity: O(*n* + *c* · *k*) for *n* entries, *c* changes and *k* the widest family of siblings.
    public static func derive(
        _ base: TabularList, _ addenda: CodeAddenda, version: String, source: String
    ) throws -> (TabularList, Report) {
        var tree = Tree(base)
        var report = Report()
        func fail(_ message: String) -> ReleaseFileError {
            ReleaseFileError(file: source, message: "\(message) (applying it to ICD-10-CM FY\(base.version))")
        }

        for revision in addenda.revised {
            guard let node = tree.byCode[revision.code], tree.nodes[node].entry.billable else {
                throw fail(
                    "Revise: \(CodeFormat.dottedCM(revision.code)) is not a reportable code of FY\(base.version)")
            }
            if tree.nodes[node].entry.title != revision.from {
                report.titleMismatches.append(tree.nodes[node].entry.code)
            }
            tree.nodes[node].entry.title = revision.to
        }

        for entry in addenda.added.sorted(by: { $0.code < $1.code }) {
            if let existing = tree.byCode[entry.code] {
                guard !tree.nodes[existing].entry.billable, tree.liveChildren(existing).isEmpty else {
                    throw fail("Add: \(CodeFormat.dottedCM(entry.code)) is already a code of FY\(base.version)")
                }
                tree.nodes[existing].entry.billable = true
                tree.nodes[existing].entry.title = entry.title
                report.added.append(tree.nodes[existing].entry.code)
                continue
            }
            if let (baseCode, value) = tree.seventhCharacterForm(of: entry.code) {
                let suffix = ", " + value.meaning
                let hint = entry.title.hasSuffix(suffix) ? String(entry.title.dropLast(suffix.count)) : nil
                let parent = try tree.ensure(baseCode, title: hint, report: &report, fail: fail)
                let node = tree.insert(
                    TabularEntry(
                        code: CodeFormat.dottedCM(entry.code), title: entry.title, kind: .extended,
                        parent: Int32(parent),
                        billable: true), under: parent, key: entry.code)
                report.added.append(tree.nodes[node].entry.code)
            } else {
                let node = try tree.ensure(entry.code, title: entry.title, report: &report, fail: fail)
                tree.nodes[node].entry.billable = true
                tree.nodes[node].entry.title = entry.title
                report.added.append(tree.nodes[node].entry.code)
            }
        }

        for entry in addenda.deleted {
            guard let node = tree.byCode[entry.code], base.entry(entry.code)?.billable == true else {
                throw fail("Delete: \(CodeFormat.dottedCM(entry.code)) is not a reportable code of FY\(base.version)")
            }
            if !tree.liveChildren(node).isEmpty {
                tree.nodes[node].entry.billable = false
                report.becameHeadings.append(tree.nodes[node].entry.code)
                continue
            }
            tree.remove(node, report: &report)
        }

        tree.titleNewHeadings(&report)
        let derived = TabularList(
            version: version,
            releaseLabel: "ICD-10-CM FY\(version), derived from FY\(base.version) and the FY\(version) code addenda",
            entries: tree.flattened())
        let stated = addenda.codesAfter
        if let stated, derived.billableCount != stated {
            throw fail("the derived list has \(derived.billableCount) reportable codes, the addenda state \(stated)")
        }
        return (derived, report)
    }
}

/// The Tabular List as a tree that can grow and shrink; flattened back in the Tabular's order.
private struct Tree {
    struct Node {
        var entry: TabularEntry
        var parent: Int
        var children: [Int]
        var removed = false
        /// Made for new codes, its title still to be found.
        var untitled = false
    }

    var nodes: [Node]
    /// Categories, subcategories and codes by normalised code.
    var byCode: [String: Int] = [:]
    var roots: [Int] = []

    init(_ base: TabularList) {
        nodes = base.entries.map { e in Node(entry: e, parent: Int(e.parent), children: e.children.map(Int.init)) }
        for (i, e) in base.entries.enumerated() {
            if e.kind == .chapter { roots.append(i) }
            if e.kind != .chapter && e.kind != .block { byCode[e.normalizedCode] = i }
        }
    }

    func liveChildren(_ i: Int) -> [Int] { nodes[i].children.filter { !nodes[$0].removed } }

    /// The nearest existing entry whose code begins the code, and the 7th-character definitions that apply there.
    func seventhCharacterForm(of code: String) -> (base: String, value: SeventhCharacter)? {
        guard code.count == 7 else { return nil }
        var prefix = String(code.dropLast())
        while prefix.count > 3 && byCode[prefix] == nil { prefix.removeLast() }
        guard var at = byCode[prefix] else { return nil }
        let character = String(code.last!)
        while true {
            let values = nodes[at].entry.seventhCharacters
            if !values.isEmpty {
                guard let value = values.first(where: { $0.character == character }) else { return nil }
                var base = String(code.dropLast())
                while base.count > 3 && base.hasSuffix("X") { base.removeLast() }
                return (base, value)
            }
            let up = nodes[at].parent
            guard up >= 0, nodes[up].entry.kind != .block else { return nil }
            at = up
        }
    }

    /// The entry of a code, made (with the headings above it) when it is not there.
    mutating func ensure(
        _ code: String, title: String?, report: inout TabularDerivation.Report, fail: (String) -> ReleaseFileError
    ) throws -> Int {
        if let existing = byCode[code] {
            if let title, nodes[existing].untitled {
                nodes[existing].entry.title = title
                nodes[existing].untitled = false
            }
            return existing
        }
        let parent: Int
        if code.count > 3 {
            parent = try ensure(String(code.dropLast()), title: nil, report: &report, fail: fail)
        } else {
            guard let block = blockFor(category: code) else {
                throw fail("Add: no chapter of the Tabular List holds codes beginning \(code.prefix(1))")
            }
            parent = block
        }
        let node = insert(
            TabularEntry(
                code: CodeFormat.dottedCM(code), title: title ?? "", kind: code.count == 3 ? .category : .subcategory,
                parent: Int32(parent), billable: false), under: parent, key: code)
        nodes[node].untitled = title == nil
        return node
    }

    /// The block of the category that comes before a new category (or, when it would be the first of its letter,
    /// after it).
    func blockFor(category code: String) -> Int? {
        let letter = code.prefix(1)
        var before: (String, Int)?
        var after: (String, Int)?
        for (key, i) in byCode where key.count == 3 && key.hasPrefix(letter) && !nodes[i].removed {
            if key < code, before == nil || key > before!.0 { before = (key, i) }
            if key > code, after == nil || key < after!.0 { after = (key, i) }
        }
        guard let (_, category) = before ?? after else { return nil }
        let block = nodes[category].parent
        return block >= 0 ? block : nil
    }

    /// Adds an entry below a parent, among its siblings in code order.
    mutating func insert(_ entry: TabularEntry, under parent: Int, key: String) -> Int {
        nodes.append(Node(entry: entry, parent: parent, children: []))
        let node = nodes.count - 1
        let siblings = nodes[parent].children
        let position =
            siblings.firstIndex { sibling in
                let e = nodes[sibling].entry
                return e.kind != .block && e.normalizedCode > key
            } ?? siblings.count
        nodes[parent].children.insert(node, at: position)
        byCode[key] = node
        return node
    }

    /// Removes an entry, and each heading above it left with nothing below it.
    mutating func remove(_ node: Int, report: inout TabularDerivation.Report) {
        nodes[node].removed = true
        byCode[nodes[node].entry.normalizedCode] = nil
        report.removed.append(nodes[node].entry.code)
        let up = nodes[node].parent
        guard up >= 0 else { return }
        let kind = nodes[up].entry.kind
        if (kind == .category || kind == .subcategory) && !nodes[up].entry.billable && liveChildren(up).isEmpty {
            remove(up, report: &report)
        }
    }

    /// Titles the headings made for new codes from the words their codes share before a comma, deepest first.
    mutating func titleNewHeadings(_ report: inout TabularDerivation.Report) {
        let made = nodes.indices.filter { nodes[$0].untitled && !nodes[$0].removed }
            .sorted { nodes[$0].entry.code.count > nodes[$1].entry.code.count }
        for node in made {
            let children = liveChildren(node)
            let titles = children.map { nodes[$0].entry.title }
            let title: String
            if titles.contains(TabularDerivation.untitledHeading) {
                // what a heading's codes share is not known when one of them has no title
                title = TabularDerivation.untitledHeading
            } else if children.count == 1, made.contains(children[0]) {
                // a heading over a single new heading names the same thing
                title = titles[0]
            } else {
                title = Self.sharedTitle(titles) ?? TabularDerivation.untitledHeading
            }
            nodes[node].entry.title = title
            nodes[node].untitled = false
        }
        report.newHeadings =
            made
            .sorted { nodes[$0].entry.code < nodes[$1].entry.code }
            .map { (nodes[$0].entry.code, nodes[$0].entry.title) }
    }

    /// The comma-separated parts that every title begins with (`Plantar fasciitis` of `Plantar fasciitis, right
    /// foot` and `Plantar fasciitis, left foot`); of a single title, all but its last part.
    static func sharedTitle(_ titles: [String]) -> String? {
        guard !titles.isEmpty else { return nil }
        let split = titles.map { $0.components(separatedBy: ", ") }
        var shared = split[0]
        if titles.count == 1 {
            guard shared.count > 1 else { return nil }
            shared.removeLast()
        }
        for parts in split.dropFirst() {
            var n = 0
            while n < shared.count && n < parts.count && shared[n] == parts[n] { n += 1 }
            shared = Array(shared.prefix(n))
        }
        return shared.isEmpty ? nil : shared.joined(separator: ", ")
    }

    /// The live entries in the Tabular's order (each entry followed by the entries below it), parents and children
    /// renumbered.
    func flattened() -> [TabularEntry] {
        var order: [Int] = []
        order.reserveCapacity(nodes.count)
        var stack = roots.reversed().map { $0 }
        while let node = stack.popLast() {
            order.append(node)
            for child in liveChildren(node).reversed() { stack.append(child) }
        }
        var newIndex = [Int32](repeating: -1, count: nodes.count)
        for (i, node) in order.enumerated() { newIndex[node] = Int32(i) }
        return order.map { node in
            var entry = nodes[node].entry
            entry.parent = nodes[node].parent >= 0 ? newIndex[nodes[node].parent] : -1
            entry.children = liveChildren(node).map { newIndex[$0] }
            return entry
        }
    }
}
