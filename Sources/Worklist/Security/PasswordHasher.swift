import Crypto
import Foundation
import _CryptoExtras

/// Hashes passwords with PBKDF2-HMAC-SHA256 and a random 16-byte salt, stored as
/// `pbkdf2-sha256$<rounds>$<salt base64>$<key base64>`, and verifies them in constant time.
public struct PasswordHasher: Sendable, Hashable {
    /// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
    public static let defaultRounds = 600_000

    /// The iteration count of new hashes; a stored hash keeps its own.
    public var rounds: Int

    /// - Parameter rounds: iterations for new hashes; lower it only in tests.
    public init(rounds: Int = PasswordHasher.defaultRounds) {
        self.rounds = max(1, rounds)
    }

    /// Derives a hash of `password` with a new random salt.
    public func hash(_ password: String) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let key = try Self.derive(password, salt: salt, rounds: rounds)
        return "pbkdf2-sha256$\(rounds)$\(Data(salt).base64EncodedString())$\(Data(key).base64EncodedString())"
    }

    /// Whether `password` matches `stored`; false for a malformed hash. The comparison takes the same time
    /// wherever the bytes differ.
    public func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$")
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let rounds = Int(parts[1]), rounds > 0,
            let salt = Data(base64Encoded: String(parts[2])), let expected = Data(base64Encoded: String(parts[3])),
            let key = try? Self.derive(password, salt: Array(salt), rounds: rounds)
        else { return false }
        return ConstantTime.equal(key, Array(expected))
    }

    static func derive(_ password: String, salt: [UInt8], rounds: Int) throws -> [UInt8] {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Array(password.utf8), salt: salt, using: .sha256, outputByteCount: 32,
            unsafeUncheckedRounds: rounds)
        return key.withUnsafeBytes { Array($0) }
    }
}

/// Comparisons whose time does not depend on where two byte strings differ.
public enum ConstantTime {
    /// Whether `a` and `b` hold the same bytes; only the lengths leak.
    public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}

/// Bearer tokens: 32 random bytes in base64url, stored only as their SHA-256.
public enum BearerToken {
    /// A new token from the system's cryptographic random source.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The hex SHA-256 of a token, the only form the store keeps.
    public static func digest(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
