public enum DatePrecision: String, Sendable, Codable, CaseIterable {
    case day, month, year
}

/// A calendar date known to a day, a month or only a year.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    public var precision: DatePrecision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// ISO 8601 at its own precision: `2017`, `2017-11`, `2017-11-03`.
    public var iso: String {
        // Written digit by digit into one small string; `paddedISO` for years and parts outside four and two digits.
        guard year >= 0, year <= 9999, (month ?? 0) >= 0, (month ?? 0) <= 99, (day ?? 0) >= 0, (day ?? 0) <= 99 else {
            return paddedISO
        }
        let length = 4 + (month == nil ? 0 : 3) + (day == nil ? 0 : 3)
        return String(unsafeUninitializedCapacity: length) { out in
            func digit(_ value: Int) -> UInt8 { UInt8(truncatingIfNeeded: value) + 0x30 }
            out[0] = digit(year / 1000)
            out[1] = digit(year / 100 % 10)
            out[2] = digit(year / 10 % 10)
            out[3] = digit(year % 10)
            var end = 4
            func append(_ part: Int?) {
                guard let part else { return }
                out[end] = UInt8(ascii: "-")
                out[end + 1] = digit(part / 10)
                out[end + 2] = digit(part % 10)
                end += 3
            }
            append(month)
            append(day)
            return end
        }
    }

    var paddedISO: String {
        var text = pad(year, to: 4)
        if let month { text += "-" + pad(month, to: 2) }
        if let day { text += "-" + pad(day, to: 2) }
        return text
    }

    public var description: String { iso }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the day against the month.
    public init?(iso text: String) {
        if let decided = CalendarDate.isoFromASCII(text) {
            guard let decided else { return nil }
            self = decided
            return
        }
        guard let date = CalendarDate.isoBySplitting(text) else { return nil }
        self = date
    }

    /// `init(iso:)` read from the bytes of ASCII text without a CR, where characters are bytes: the same parts,
    /// lengths and numbers as splitting at "-" gives. `.some(nil)` for no date; nil for other text.
    static func isoFromASCII(_ text: String) -> CalendarDate?? {
        var text = text
        return text.withUTF8 { bytes -> CalendarDate?? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return .none }
            var firstDash = -1
            var secondDash = -1
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: "-") {
                if firstDash < 0 { firstDash = offset } else if secondDash < 0 { secondDash = offset } else { return .some(nil) }
            }
            // `Int(_:)` of a part: an optional "+" and at least one digit (a "-" would have split the part).
            func number(_ part: Range<Int>) -> Int? {
                var offset = part.lowerBound
                if offset < part.upperBound, bytes[offset] == UInt8(ascii: "+") { offset += 1 }
                guard offset < part.upperBound else { return nil }
                var value = 0
                while offset < part.upperBound {
                    let digit = bytes[offset] &- 0x30
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                    offset += 1
                }
                return value
            }
            let yearPart = 0..<(firstDash < 0 ? bytes.count : firstDash)
            guard yearPart.count == 4, let year = number(yearPart) else { return .some(nil) }
            var month: Int?
            var day: Int?
            if firstDash >= 0 {
                let monthPart = (firstDash + 1)..<(secondDash < 0 ? bytes.count : secondDash)
                guard monthPart.count == 2, let m = number(monthPart), (1...12).contains(m) else { return .some(nil) }
                month = m
            }
            if secondDash >= 0, let month {
                let dayPart = (secondDash + 1)..<bytes.count
                guard dayPart.count == 2, let d = number(dayPart), (1...CalendarDate.daysIn(month: month, year: year)).contains(d)
                else { return .some(nil) }
                day = d
            }
            return .some(CalendarDate(year: year, month: month, day: day))
        }
    }

    /// `init(iso:)` by splitting the text at "-".
    static func isoBySplitting(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]),
                  (1...CalendarDate.daysIn(month: month!, year: year)).contains(d) else { return nil }
            day = d
        }
        return CalendarDate(year: year, month: month, day: day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for the first day this date covers (proleptic Gregorian).
    public var dayNumber: Int {
        let y = month.map { $0 <= 2 ? year - 1 : year } ?? year - 1
        let m = month ?? 1
        let d = day ?? 1
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day-precision date for a day number (inverse of `dayNumber`).
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// This date moved by whole days (only meaningful at day precision).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// This date moved by whole months, keeping the precision (days clamp to the month's end).
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month ?? 1) - 1 + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        guard month != nil else { return CalendarDate(year: newYear) }
        let newDay = day.map { min($0, CalendarDate.daysIn(month: newMonth, year: newYear)) }
        return CalendarDate(year: newYear, month: newMonth, day: newDay)
    }
}

/// Zero-padded decimal digits: `pad(7, to: 2)` is `07`.
func pad(_ value: Int, to width: Int) -> String {
    let digits = String(abs(value))
    let zeros = String(repeating: "0", count: max(0, width - digits.count))
    return (value < 0 ? "-" : "") + zeros + digits
}
