import BearingReport

/// Small helpers for hand-written SVG; every text that came from the plan goes through `text`.
enum SVG {
    static func text(_ value: String) -> String { HTMLEscape.escape(value) }

    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A figure holding the chart with its accessible name and description, a one-sentence caption,
    /// and the same data as a table for anyone who cannot see the chart.
    static func figure(id rawID: String, title: String, description: String, width: Double, height: Double, body: String,
                       table: (header: [String], rows: [[String]])) -> String {
        // Prefixed so chart ids never collide with the page's own heading ids.
        let id = "chart-" + rawID
        var out = "<figure class=\"chart\" id=\"\(id)\">\n"
        out += "<svg viewBox=\"0 0 \(number(width)) \(number(height))\" width=\"\(number(width))\" height=\"\(number(height))\" role=\"img\" "
        out += "aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        out += "<title id=\"\(id)-title\">\(text(title))</title>\n<desc id=\"\(id)-desc\">\(text(description))</desc>\n"
        out += body + "</svg>\n"
        out += "<figcaption>\(text(description))</figcaption>\n</figure>\n"
        // The data table follows the figure: a figure may hold only one caption, first or last.
        out += "<details class=\"data\"><summary>Data for “\(text(title))”</summary>\n<table>\n<thead><tr>"
        out += table.header.map { "<th scope=\"col\">\(text($0))" }.joined() + "</thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>" + row.enumerated().map { $0.offset == 0 ? "<th scope=\"row\">\(text($0.element))" : "<td>\(text($0.element))" }.joined() + "\n"
        }
        out += "</tbody>\n</table>\n</details>\n"
        return out
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
