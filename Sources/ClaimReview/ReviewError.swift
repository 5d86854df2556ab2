/// A claim or a setup the review cannot take, in one line naming what is wrong.
public struct ReviewError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ message: String) { description = message }
}
