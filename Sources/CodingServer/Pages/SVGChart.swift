import Foundation

/// Charts drawn by the server as inline SVG: no script, readable by a screen reader through their title and table.
enum SVGChart {
    static let palette = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bc4c00", "#0969da", "#57606a"]

    /// Vertical bars, one per label.
    static func bars(_ title: String, _ data: [(String, Double)], format: (Double) -> String = { fixed($0, 0) })
        -> String
    {
        guard data.contains(where: { $0.1 != 0 }) else { return empty(title) }
        let width = 560.0
        let height = 220.0
        let left = 44.0
        let bottom = 36.0
        let top = 12.0
        let maxValue = max(data.map(\.1).max() ?? 0, 1e-9)
        let slot = (width - left - 8) / Double(max(data.count, 1))
        var svg =
            "<figure class=\"chart\"><svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(esc(title))\"><title>\(esc(title))</title>"
        svg += axes(
            width: width, height: height, left: left, bottom: bottom, top: top, maxValue: maxValue, format: format)
        for (i, (label, value)) in data.enumerated() {
            let h = (height - bottom - top) * value / maxValue
            let x = left + Double(i) * slot + slot * 0.15
            svg +=
                "<rect x=\"\(fixed(x, 1))\" y=\"\(fixed(height - bottom - h, 1))\" width=\"\(fixed(slot * 0.7, 1))\" height=\"\(fixed(h, 1))\" fill=\"\(palette[0])\"><title>\(esc(label)): \(esc(format(value)))</title></rect>"
            svg +=
                "<text x=\"\(fixed(x + slot * 0.35, 1))\" y=\"\(fixed(height - bottom + 14, 1))\" text-anchor=\"middle\" class=\"tick\">\(esc(label))</text>"
            svg +=
                "<text x=\"\(fixed(x + slot * 0.35, 1))\" y=\"\(fixed(height - bottom - h - 3, 1))\" text-anchor=\"middle\" class=\"val\">\(esc(format(value)))</text>"
        }
        svg += "</svg><figcaption>\(esc(title))</figcaption></figure>"
        return svg
    }

    /// One line per series over shared x labels (in order); a missing point breaks nothing, it is skipped.
    static func lines(
        _ title: String, x: [String], series: [(String, [String: Double])], maxValue fixedMax: Double? = nil,
        format: (Double) -> String = { fixed($0, 2) }
    ) -> String {
        let width = 560.0
        let height = 240.0
        let left = 44.0
        let bottom = 36.0
        let top = 12.0
        guard series.contains(where: { !$0.1.isEmpty }) else { return empty(title) }
        let maxValue = fixedMax ?? max(series.flatMap { $0.1.values }.max() ?? 0, 1e-9)
        let step = x.count > 1 ? (width - left - 20) / Double(x.count - 1) : 0
        func px(_ i: Int) -> Double { left + 10 + Double(i) * step }
        func py(_ v: Double) -> Double { height - bottom - (height - bottom - top) * v / maxValue }
        var svg =
            "<figure class=\"chart\"><svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(esc(title))\"><title>\(esc(title))</title>"
        svg += axes(
            width: width, height: height, left: left, bottom: bottom, top: top, maxValue: maxValue, format: format)
        for (i, label) in x.enumerated() {
            svg +=
                "<text x=\"\(fixed(px(i), 1))\" y=\"\(fixed(height - bottom + 14, 1))\" text-anchor=\"middle\" class=\"tick\">\(esc(label))</text>"
        }
        var legend = ""
        for (s, (name, points)) in series.enumerated() {
            let color = palette[s % palette.count]
            let coords = x.enumerated().compactMap { i, label in
                points[label].map { "\(fixed(px(i), 1)),\(fixed(py($0), 1))" }
            }
            if coords.count > 1 {
                svg +=
                    "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(coords.joined(separator: " "))\"/>"
            }
            for (i, label) in x.enumerated() {
                if let v = points[label] {
                    svg +=
                        "<circle cx=\"\(fixed(px(i), 1))\" cy=\"\(fixed(py(v), 1))\" r=\"3\" fill=\"\(color)\"><title>\(esc(name)) \(esc(label)): \(esc(format(v)))</title></circle>"
                }
            }
            legend +=
                "<span class=\"key\"><span class=\"swatch\" data-color=\"\(s % palette.count)\"></span>\(esc(name))</span>"
        }
        svg += "</svg><figcaption>\(esc(title)) \(legend)</figcaption></figure>"
        return svg
    }

    /// A chart's place when there is nothing to draw yet.
    static func empty(_ title: String) -> String {
        "<figure class=\"chart\"><p class=\"empty\">Nothing yet for this period.</p><figcaption>\(esc(title))</figcaption></figure>"
    }

    static func axes(
        width: Double, height: Double, left: Double, bottom: Double, top: Double, maxValue: Double,
        format: (Double) -> String
    ) -> String {
        var svg =
            "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - 4)\" y2=\"\(height - bottom)\" class=\"axis\"/>"
        svg += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(height - bottom)\" class=\"axis\"/>"
        for k in 0...4 {
            let v = maxValue * Double(k) / 4
            let y = height - bottom - (height - bottom - top) * Double(k) / 4
            svg +=
                "<text x=\"\(left - 4)\" y=\"\(fixed(y + 4, 1))\" text-anchor=\"end\" class=\"tick\">\(esc(format(v)))</text>"
            if k > 0 {
                svg +=
                    "<line x1=\"\(left)\" y1=\"\(fixed(y, 1))\" x2=\"\(width - 4)\" y2=\"\(fixed(y, 1))\" class=\"grid\"/>"
            }
        }
        return svg
    }
}
