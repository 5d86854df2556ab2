import Foundation

/// A chart drawn by the server as inline SVG (`svgChart.mustache`): no script, readable by a screen reader through
/// its title. The view model holds the shapes in painting order with their coordinates already formatted.
struct SVGChart {
    static let palette = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bc4c00", "#0969da", "#57606a"]

    struct Line {
        var x1: String
        var y1: String
        var x2: String
        var y2: String
        var style: String
    }
    struct Label {
        var x: String
        var y: String
        var anchor: String
        var style: String
        var text: String
    }
    struct Bar {
        var x: String
        var y: String
        var width: String
        var height: String
        var fill: String
        var tip: String
    }
    struct Polyline {
        var stroke: String
        var points: String
    }
    struct Point {
        var cx: String
        var cy: String
        var fill: String
        var tip: String
    }
    /// One shape: exactly one of its parts is set.
    struct Shape {
        var line: Line?
        var label: Label?
        var bar: Bar?
        var polyline: Polyline?
        var point: Point?
    }
    struct LegendKey {
        var color: Int
        var name: String
    }

    var caption: String
    /// Nothing to draw yet: the figure says so.
    var isEmpty: Bool
    var width: Int
    var height: Int
    var shapes: [Shape]
    var hasLegend: Bool
    var legend: [LegendKey]

    /// A chart's place when there is nothing to draw yet.
    static func empty(_ title: String) -> SVGChart {
        SVGChart(caption: title, isEmpty: true, width: 0, height: 0, shapes: [], hasLegend: false, legend: [])
    }

    /// Vertical bars, one per label.
    static func bars(_ title: String, _ data: [(String, Double)], format: (Double) -> String = { fixed($0, 0) })
        -> SVGChart
    {
        guard data.contains(where: { $0.1 != 0 }) else { return empty(title) }
        let width = 560.0
        let height = 220.0
        let left = 44.0
        let bottom = 36.0
        let top = 12.0
        let maxValue = max(data.map(\.1).max() ?? 0, 1e-9)
        let slot = (width - left - 8) / Double(max(data.count, 1))
        var shapes = axes(
            width: width, height: height, left: left, bottom: bottom, top: top, maxValue: maxValue, format: format)
        for (i, (label, value)) in data.enumerated() {
            let h = (height - bottom - top) * value / maxValue
            let x = left + Double(i) * slot + slot * 0.15
            shapes.append(
                Shape(
                    bar: Bar(
                        x: fixed(x, 1), y: fixed(height - bottom - h, 1), width: fixed(slot * 0.7, 1),
                        height: fixed(h, 1), fill: palette[0], tip: "\(label): \(format(value))")))
            shapes.append(
                Shape(
                    label: Label(
                        x: fixed(x + slot * 0.35, 1), y: fixed(height - bottom + 14, 1), anchor: "middle",
                        style: "tick", text: label)))
            shapes.append(
                Shape(
                    label: Label(
                        x: fixed(x + slot * 0.35, 1), y: fixed(height - bottom - h - 3, 1), anchor: "middle",
                        style: "val", text: format(value))))
        }
        return SVGChart(
            caption: title, isEmpty: false, width: Int(width), height: Int(height), shapes: shapes, hasLegend: false,
            legend: [])
    }

    /// One line per series over shared x labels (in order); a missing point breaks nothing, it is skipped.
    static func lines(
        _ title: String, x: [String], series: [(String, [String: Double])], maxValue fixedMax: Double? = nil,
        format: (Double) -> String = { fixed($0, 2) }
    ) -> SVGChart {
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
        var shapes = axes(
            width: width, height: height, left: left, bottom: bottom, top: top, maxValue: maxValue, format: format)
        for (i, label) in x.enumerated() {
            shapes.append(
                Shape(
                    label: Label(
                        x: fixed(px(i), 1), y: fixed(height - bottom + 14, 1), anchor: "middle", style: "tick",
                        text: label)))
        }
        var legend: [LegendKey] = []
        for (s, (name, points)) in series.enumerated() {
            let color = palette[s % palette.count]
            let coords = x.enumerated().compactMap { i, label in
                points[label].map { "\(fixed(px(i), 1)),\(fixed(py($0), 1))" }
            }
            if coords.count > 1 {
                shapes.append(Shape(polyline: Polyline(stroke: color, points: coords.joined(separator: " "))))
            }
            for (i, label) in x.enumerated() {
                if let v = points[label] {
                    shapes.append(
                        Shape(
                            point: Point(
                                cx: fixed(px(i), 1), cy: fixed(py(v), 1), fill: color,
                                tip: "\(name) \(label): \(format(v))")))
                }
            }
            legend.append(LegendKey(color: s % palette.count, name: name))
        }
        return SVGChart(
            caption: title, isEmpty: false, width: Int(width), height: Int(height), shapes: shapes,
            hasLegend: !legend.isEmpty, legend: legend)
    }

    /// The axes, the value ticks and the grid lines.
    static func axes(
        width: Double, height: Double, left: Double, bottom: Double, top: Double, maxValue: Double,
        format: (Double) -> String
    ) -> [Shape] {
        var shapes = [
            Shape(
                line: Line(
                    x1: "\(left)", y1: "\(height - bottom)", x2: "\(width - 4)", y2: "\(height - bottom)", style: "axis"
                )),
            Shape(line: Line(x1: "\(left)", y1: "\(top)", x2: "\(left)", y2: "\(height - bottom)", style: "axis")),
        ]
        for k in 0...4 {
            let v = maxValue * Double(k) / 4
            let y = height - bottom - (height - bottom - top) * Double(k) / 4
            shapes.append(
                Shape(
                    label: Label(
                        x: "\(left - 4)", y: fixed(y + 4, 1), anchor: "end", style: "tick", text: format(v))))
            if k > 0 {
                shapes.append(
                    Shape(
                        line: Line(
                            x1: "\(left)", y1: fixed(y, 1), x2: "\(width - 4)", y2: fixed(y, 1), style: "grid")))
            }
        }
        return shapes
    }
}
