import CoreMetrics
import Dispatch
import Prometheus

/// The service's metrics in the Prometheus text format, at `/metrics`: Hummingbird's request metrics (count, latency
/// and errors by route template, method and status; never a path with an id in it) and the engines' own: lookup and
/// suggestion latency, pre-coding items done and failed, jobs running. Nothing of a patient.
public final class ServiceMetrics: Sendable {
    /// The process's metrics; swift-metrics (Hummingbird's middleware) reports into the same registry.
    public static let shared = ServiceMetrics()

    public let registry = PrometheusCollectorRegistry()
    let lookupLatency: DurationHistogram
    let suggestionLatency: DurationHistogram
    let precodeDone: Prometheus.Counter
    let precodeFailed: Prometheus.Counter
    let jobsRunning: Prometheus.Gauge

    private init() {
        let fast: [Duration] = [
            .microseconds(50), .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1),
            .milliseconds(2.5), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
            .milliseconds(100), .milliseconds(250),
        ]
        let slow: [Duration] = [
            .milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
            .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5),
        ]
        func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "coder", metricName: metric, unitName: unit, helpText: help)
        }
        lookupLatency = registry.makeDurationHistogram(
            descriptor: name("lookup_duration", "seconds", "Lookup searches (GET /api/lookup, the NLM search)"),
            buckets: fast)
        suggestionLatency = registry.makeDurationHistogram(
            descriptor: name("suggestion_duration", "seconds", "Code suggestion of one note (POST /api/suggest)"),
            buckets: slow)
        let items = name("precode_items", "total", "Pre-coding job items finished, by outcome")
        precodeDone = registry.makeCounter(descriptor: items, labels: [("outcome", "done")])
        precodeFailed = registry.makeCounter(descriptor: items, labels: [("outcome", "failed")])
        jobsRunning = registry.makeGauge(descriptor: name("precode_jobs_running", "", "Pre-coding jobs being run"))
    }

    private static let bootstrapOnce: Void = {
        var factory = PrometheusMetricsFactory(registry: shared.registry)
        // swift-metrics labels are dotted (`http.server.request.duration`); Prometheus names are not
        factory.nameAndLabelSanitizer = { name, labels in
            (prometheusName(name), labels.map { (prometheusName($0.0), $0.1) })
        }
        MetricsSystem.bootstrap(factory)
    }()

    /// Points swift-metrics at ``shared`` (once a process; later calls do nothing).
    public static func bootstrap() { _ = bootstrapOnce }

    static func prometheusName(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    }

    /// The text exposition format.
    public func exposition() -> String { registry.emitToString() }

    /// Runs a lookup search and records how long it took.
    func lookup<T>(_ body: () throws -> T) rethrows -> T { try Self.timed(lookupLatency, body) }

    /// Runs a suggestion and records how long it took.
    func suggestion<T>(_ body: () throws -> T) rethrows -> T { try Self.timed(suggestionLatency, body) }

    /// A pre-coding item finished: done, or failed.
    func precodeItem(failed: Bool) { (failed ? precodeFailed : precodeDone).increment() }

    /// A pre-coding job starts (`running` true) or ends.
    func precodeJob(running: Bool) { running ? jobsRunning.increment() : jobsRunning.decrement() }

    static func timed<T>(_ histogram: DurationHistogram, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer { histogram.record(ContinuousClock.now - start) }
        return try body()
    }
}
