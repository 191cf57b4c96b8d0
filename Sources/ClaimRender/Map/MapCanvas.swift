import Foundation

/// A character grid the map is drawn on: line art below (Braille dots, or `- | / \` in ASCII), markers and
/// labels above. Labels never cover a marker or another label.
struct MapCanvas {
    let columns: Int
    let rows: Int
    let unicode: Bool
    /// Braille: 2×4 dots per cell, one bit each.
    private var dots: [[UInt8]]
    /// ASCII: the stroke drawn in each cell.
    private var strokes: [[Character?]]
    /// Markers and labels, which cover line art.
    private var overlay: [[Character?]]

    init(columns: Int, rows: Int, unicode: Bool) {
        self.columns = columns
        self.rows = rows
        self.unicode = unicode
        dots = Array(repeating: Array(repeating: 0, count: columns), count: rows)
        strokes = Array(repeating: Array(repeating: nil, count: columns), count: rows)
        overlay = Array(repeating: Array(repeating: nil, count: columns), count: rows)
    }

    /// Braille bit for the dot at (x, y) inside a cell (x 0…1, y 0…3).
    private static let brailleBits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    /// Draws a straight line between two positions in cell units.
    mutating func line(from a: (x: Double, y: Double), to b: (x: Double, y: Double)) {
        // Step in sub-cell units fine enough to touch every Braille dot on the way.
        let steps = max(1, Int((max(abs(b.x - a.x) * 2, abs(b.y - a.y) * 4) * 2).rounded(.up)))
        let stroke = MapCanvas.stroke(dx: b.x - a.x, dy: b.y - a.y)
        for step in 0...steps {
            let t = Double(step) / Double(steps)
            plot(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, stroke: stroke)
        }
    }

    private mutating func plot(x: Double, y: Double, stroke: Character) {
        guard x >= 0, y >= 0 else { return }
        let column = Int(x), row = Int(y)
        guard column < columns, row < rows else { return }
        if unicode {
            let dotX = min(1, Int((x - Double(column)) * 2))
            let dotY = min(3, Int((y - Double(row)) * 4))
            dots[row][column] |= MapCanvas.brailleBits[dotY][dotX]
        } else if strokes[row][column] == nil {
            strokes[row][column] = stroke
        }
    }

    /// The ASCII stroke for a direction, a cell being twice as tall as wide.
    private static func stroke(dx: Double, dy: Double) -> Character {
        let angle = atan2(-dy * MapProjection.cellAspect, dx) * 180 / .pi
        let folded = angle < 0 ? angle + 180 : angle  // 0…180
        switch folded {
        case ..<22.5, 157.5...: return "-"
        case 67.5..<112.5: return "|"
        case 22.5..<67.5: return "/"
        default: return "\\"
        }
    }

    /// Whether the cells from `column` for `width` on `row` are free of markers and labels and on the grid.
    func isFree(row: Int, column: Int, width: Int) -> Bool {
        guard row >= 0, row < rows, column >= 0, column + width <= columns else { return false }
        return (column..<(column + width)).allSatisfy { overlay[row][$0] == nil }
    }

    mutating func put(_ text: String, row: Int, column: Int) {
        for (offset, character) in text.enumerated() where column + offset < columns {
            overlay[row][column + offset] = character
        }
    }

    func character(row: Int, column: Int) -> Character? {
        overlay[row][column]
    }

    /// The grid as lines, trailing blanks removed.
    func lines() -> [String] {
        (0..<rows).map { row in
            var line = ""
            for column in 0..<columns {
                if let mark = overlay[row][column] {
                    line.append(mark)
                } else if unicode, dots[row][column] != 0 {
                    line.append(Character(Unicode.Scalar(0x2800 + UInt32(dots[row][column]))!))
                } else if !unicode, let stroke = strokes[row][column] {
                    line.append(stroke)
                } else {
                    line.append(" ")
                }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}

