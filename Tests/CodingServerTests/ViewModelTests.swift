import Foundation
import HTTPTypes
import Testing

@testable import CodingServer

/// The pages' view models, built and checked without HTML, and the templates that render them.
@Suite struct ViewModelTests {
    @Test func everyTemplateParsesAndEscapesByDefault() {
        for (name, _) in PageTemplates.sources {
            #expect(PageTemplates.contains(name), "\(name).mustache")
        }
        #expect(!PageTemplates.contains("nonexistent"))
        struct Message {
            var title: String
            var message: String
        }
        let html = PageTemplates.render("message", Message(title: "<script>x</script>", message: "a & \"b\" 'c'"))
        #expect(html.contains("<h1>&lt;script&gt;x&lt;/script&gt;</h1>"))
        #expect(html.contains("a &amp; &quot;b&quot; &#39;c&#39;") && !html.contains("<script>"))
        // the layout: the body is the page's own rendered template, the title escaped, the menu the role's
        var page = messagePage("T<", "m", user: nil, status: .notFound)
        page.dataBlocks = [.init(id: "d", json: scriptJSON(["k": "</script>"]))]
        let layout = PageTemplates.render("layout", page.layout)
        #expect(layout.contains("<title>T&lt; · opencoder</title>") && layout.contains("<h1>T&lt;</h1>"))
        #expect(layout.contains("<script type=\"application/json\" id=\"d\">{\"k\":\"\\u003c/script>\"}</script>"))
        #expect(!layout.contains("<nav"))
    }

    @Test func noteTextIsCutAtTheEvidence() {
        // overlapping evidence: each stretch names every code it supports, the text outside them is plain
        let note = ChartViewModel.NoteText("Acute <b>heart</b> failure & more", [(0, 24, "I50.9"), (6, 18, "I51.9")])
        #expect(note.pieces.count == 4)
        #expect(note.pieces[0].marked?.codes == "I50.9" && note.pieces[0].marked?.evidence == "Acute ")
        #expect(note.pieces[1].marked?.codes == "I50.9 I51.9" && note.pieces[1].marked?.titles == "I50.9, I51.9")
        #expect(note.pieces[1].marked?.evidence == "<b>heart</b>")
        #expect(note.pieces[2].marked?.evidence == " failu" && note.pieces[3].unmarked == "re & more")
        #expect(note.pieces[3].marked == nil)
        // a span past the end of the text is dropped: one plain piece
        let short = ChartViewModel.NoteText("short", [(3, 99, "X")])
        #expect(short.pieces.count == 1 && short.pieces[0].unmarked == "short")
    }

    @Test func codesInANoteAreLinkedPieces() {
        let text = LookupPages.LinkedText("Use additional code (E11.-) to identify; excludes J69.0 & I10")
        #expect(text.pieces.compactMap(\.linked) == ["E11", "J69.0", "I10"])
        #expect(text.pieces.compactMap(\.plain).joined() == "Use additional code (.-) to identify; excludes  & ")
        let html = PageTemplates.render("linkedText", text)
        #expect(html.contains("<a href=\"/code/icd10cm/J69.0\">J69.0</a> &amp; <a href=\"/code/icd10cm/I10\">I10</a>"))
    }

    @Test func chartsAreShapesInPaintingOrder() {
        let chart = SVGChart.bars("Coded", [("ann", 3), ("bob", 0)])
        #expect(!chart.isEmpty && chart.width == 560 && chart.height == 220)
        #expect(chart.shapes.compactMap(\.bar?.tip) == ["ann: 3", "bob: 0"])
        // the axes come first: two axis lines, five value ticks, four grid lines
        #expect(chart.shapes.prefix(11).allSatisfy { $0.bar == nil })
        #expect(chart.shapes.compactMap(\.line).filter { $0.style == "grid" }.count == 4)
        #expect(SVGChart.bars("Nothing", [("a", 0)]).isEmpty)
        let lines = SVGChart.lines("CMI", x: ["2026-01", "2026-02"], series: [("CMI", ["2026-02": 1.5])])
        #expect(lines.shapes.compactMap(\.point?.tip) == ["CMI 2026-02: 1.50"] && lines.legend.map(\.name) == ["CMI"])
        // one point draws no line
        #expect(lines.shapes.allSatisfy { $0.polyline == nil })
        let html = PageTemplates.render("svgChart", chart)
        #expect(html.contains("<title>ann: 3</title></rect>") && html.contains("<figcaption>Coded</figcaption>"))
        #expect(PageTemplates.render("svgChart", SVGChart.empty("E")).contains("Nothing yet for this period."))
    }

    @Test func indexCodesOpenTheirEntries() {
        // a code written with a dash opens the entry above the characters it needs
        let dashed = LookupPages.IndexModel.IndexCode("C34.9-")
        #expect(dashed.code == "C34.9-" && dashed.target == "C34.9")
        #expect(LookupPages.IndexModel.IndexCode("T39.1X1").target == "T39.1X1")
    }
}
