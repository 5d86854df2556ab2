import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Offload

/// A value sent as JSON (ISO 8601 dates, sorted keys), with a status.
struct JSONBody<Value: Encodable & Sendable>: ResponseGenerator {
    var value: Value
    var status: HTTPResponse.Status = .ok

    init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    func response(from request: Request, context: some RequestContext) throws -> Response { try response() }

    func response() throws -> Response { response(bytes: try Self.encoder.encode(value)) }

    /// The response carrying the JSON already written.
    func response(bytes: Data) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

extension JSONBody {
    /// The response with the JSON written on the worker pool: a large answer (a suggestion with every evidence span of
    /// a long note, a chart with its notes) takes a while to encode, and the cooperative pool answers everyone.
    func responseOffPool() async throws -> Response {
        let value = self.value
        return response(bytes: try await WorkerPool.compute.run { try Self.encoder.encode(value) })
    }
}

extension Request {
    /// The body decoded as JSON, with a one-line error naming the field that is wrong.
    func json<T: Decodable & Sendable>(_ type: T.Type, context: CoderRequestContext) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: context.maxUploadSize)
        } catch {
            throw APIError(.contentTooLarge, "request body larger than \(context.maxUploadSize / 1_048_576) MiB")
        }
        guard buffer.readableBytes > 0 else { throw APIError(.badRequest, "request body: empty (expected JSON)") }
        let data = Data(buffer.readableBytesView)
        // a large body is decoded on the worker pool: decoding takes time in proportion to it
        return try await Self.offPool(if: data.count > Self.largeBody) { try Self.decode(T.self, data) }
    }

    /// Bodies larger than this are parsed on the worker pool rather than the cooperative pool.
    static let largeBody = 64 * 1024

    /// `body` on the worker pool when `condition` holds, else here.
    static func offPool<T: Sendable>(if condition: Bool, _ body: @escaping @Sendable () throws -> T) async throws -> T {
        condition ? try await WorkerPool.compute.run(body) : try body()
    }

    static func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(T.self, from: data)
        } catch let e as DecodingError {
            throw APIError(.badRequest, "request body: \(APIError.describe(e))")
        }
    }

    /// The body decoded as JSON, or nil when the request has none.
    func optionalJSON<T: Decodable & Sendable>(_ type: T.Type, context: CoderRequestContext) async throws -> T? {
        let data = try await self.data(context: context)
        guard !data.isEmpty else { return nil }
        return try await Self.offPool(if: data.count > Self.largeBody) { try Self.decode(T.self, data) }
    }

    /// The raw body, within the upload limit.
    func data(context: CoderRequestContext) async throws -> Data {
        do {
            return Data(try await body.collect(upTo: context.maxUploadSize).readableBytesView)
        } catch {
            throw APIError(.contentTooLarge, "request body larger than \(context.maxUploadSize / 1_048_576) MiB")
        }
    }
}

extension Parameters {
    /// A path parameter that must be a whole number (an id).
    func id(_ name: String) throws -> Int64 {
        guard let text = self.get(name), let n = Int64(text) else {
            throw APIError(.badRequest, "\(name): \"\(self.get(name) ?? "")\" is not an id")
        }
        return n
    }
}
