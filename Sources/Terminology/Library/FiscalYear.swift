import Foundation

/// The US federal fiscal year in which code sets take effect: FY2026 runs from 1 October 2025 to 30 September 2026.
public enum FiscalYear {
    /// The fiscal year containing the date (UTC calendar).
    public static func containing(_ date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        return parts.year! + (parts.month! >= 10 ? 1 : 0)
    }

    /// Parses `YYYY-MM-DD`.
    public static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d), parts[0].count == 4
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: y, month: m, day: d)),
            calendar.component(.day, from: date) == d
        else { return nil }
        return date
    }

    /// The fiscal year of a `YYYY-MM-DD` date.
    public static func containing(_ text: String) -> Int? { date(text).map(containing) }
}
