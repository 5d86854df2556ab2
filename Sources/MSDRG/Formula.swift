/// A grouper logic expression, compiled to postfix over attribute keys.
///
/// The CMS grouper writes each DRG's condition as a boolean expression over attribute names: `&` (and), `|` (or),
/// `~` (not), parentheses, and atoms such as `MCC`, `PDX:dxc0505`, `SDX:hiv`, `ANY:ami`, `d468` or `ALIVE`. An atom
/// holds when the claim carries that key and the key is not suppressed for the MDC being evaluated. `&` binds tighter
/// than `|`. The three severity atoms `MCC`, `CC` and `NONE` hold when the claim's severity for the formula is that
/// level.
struct CompiledExpression: Sendable, Hashable {
    enum Op: Hashable, Sendable {
        case key(Int32)
        case severity(Severity)
        case and, or, not
    }

    var ops: [Op]
    /// True when the expression names a severity atom (the DRG is split by CC/MCC).
    var usesSeverity: Bool { ops.contains { if case .severity = $0 { true } else { false } } }

    /// The keys the expression tests, in order of appearance.
    var keys: [Int32] { ops.compactMap { if case .key(let id) = $0 { id } else { nil } } }
}

/// The reason an expression cannot be compiled.
struct FormulaSyntaxError: Error, CustomStringConvertible {
    var formula: String
    var message: String
    var description: String { "formula \"\(formula)\": \(message)" }
}

/// Compiles grouper expressions, interning each atom in an ``AttributeSpace``.
struct FormulaCompiler {
    private enum Token: Equatable {
        case atom(String)
        case open, close, and, or, not
    }

    static func compile(_ text: String, in space: inout AttributeSpace) throws -> CompiledExpression {
        let tokens = try tokenize(text)
        var position = 0
        var ops: [CompiledExpression.Op] = []
        var maxDepth = 0
        var depth = 0

        func emit(_ op: CompiledExpression.Op) {
            ops.append(op)
            switch op {
            case .key, .severity:
                depth += 1
                maxDepth = max(maxDepth, depth)
            case .and, .or: depth -= 1
            case .not: break
            }
        }
        func expression() throws {
            try term()
            while position < tokens.count, tokens[position] == .or {
                position += 1
                try term()
                emit(.or)
            }
        }
        func term() throws {
            try factor()
            while position < tokens.count, tokens[position] == .and {
                position += 1
                try factor()
                emit(.and)
            }
        }
        func factor() throws {
            guard position < tokens.count else { throw FormulaSyntaxError(formula: text, message: "ends early") }
            let token = tokens[position]
            position += 1
            switch token {
            case .atom(let name):
                switch name {
                case "MCC": emit(.severity(.mcc))
                case "CC": emit(.severity(.cc))
                case "NONE": emit(.severity(.none))
                default: emit(.key(space.intern(name)))
                }
            case .open:
                try expression()
                guard position < tokens.count, tokens[position] == .close else {
                    throw FormulaSyntaxError(formula: text, message: "missing )")
                }
                position += 1
            case .not:
                try factor()
                emit(.not)
            default:
                throw FormulaSyntaxError(formula: text, message: "unexpected token at \(position)")
            }
        }

        guard !tokens.isEmpty else { throw FormulaSyntaxError(formula: text, message: "empty") }
        try expression()
        guard position == tokens.count else { throw FormulaSyntaxError(formula: text, message: "trailing tokens") }
        guard maxDepth <= 64 else { throw FormulaSyntaxError(formula: text, message: "nested too deeply") }
        return CompiledExpression(ops: ops)
    }

    private static func tokenize(_ text: String) throws -> [Token] {
        var tokens: [Token] = []
        var atom = ""
        func flush() {
            if !atom.isEmpty {
                tokens.append(.atom(atom))
                atom = ""
            }
        }
        for ch in text {
            switch ch {
            case " ", "\t", "\n", "\r": flush()
            case "(":
                flush()
                tokens.append(.open)
            case ")":
                flush()
                tokens.append(.close)
            case "&":
                flush()
                tokens.append(.and)
            case "|":
                flush()
                tokens.append(.or)
            case "~":
                flush()
                tokens.append(.not)
            default: atom.append(ch)
            }
        }
        flush()
        return tokens
    }
}
