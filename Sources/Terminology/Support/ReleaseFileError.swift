/// A release file that cannot be read: names the file, and where known the line and the element.
public struct ReleaseFileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file that is wrong.
    public var file: String
    /// The 1-based line, where known.
    public var line: Int?
    /// The element, field or column that is wrong, where known.
    public var element: String?
    /// What is wrong.
    public var message: String

    public init(file: String, line: Int? = nil, element: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.element = element
        self.message = message
    }

    /// One line: `file:line: <element>: message`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let element { text += "<\(element)>: " }
        text += message
        return text
    }
}
