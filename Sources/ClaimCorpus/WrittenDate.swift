/// A date as an article's header or metadata writes it: `2018-12-14`, `2018-12-14T09:15:00Z`,
/// `18 March 2018`, `Sunday, 18th of March, 2018`, `March 18, 2018`, `Dec. 14 2018 14:05 GMT`, `March 2018`,
/// `18/03/2018`.
///
/// Years run from 1900 to 2100. Only whole values parse: anything after the date must be a time of day or a time zone, so a sentence that
/// opens with a date ("18 March 2018 was the day …") is not one.
public enum WrittenDate {
    public static func parse(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingSpaces()
        return opensWithOtherWord(trimmed) ? nil : parseTrimmed(trimmed, ruleOutWords: true)
    }

    /// `parse` without the shortcuts for lines of prose (`ruleOutWords`: with the one for a first word no date opens with).
    static func parseTrimmed(_ trimmed: String, ruleOutWords: Bool = false) -> CalendarDate? {
        if let iso = isoPrefix(trimmed) { return iso }
        if let numeric = numericDate(trimmed) { return numeric }
        // Most headlines that get this far ("Al-Jolan under …", "Dūmā under …") are turned down before every word is
        // split off and lowercased.
        if ruleOutWords, opensWithNonDateWord(trimmed) { return nil }
        let parts = trimmed.splitAtASCII { $0 == 0x20 || $0 == 0x2C || $0 == 0x09 }
            ?? trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        var words = parts.map { $0.lowercased() }
        if let first = words.first, weekdays.contains(first.trimmingCharacters(in: ".")) { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        var day: Int?
        var month: Int?
        var year: Int?
        var index = 0
        func take(_ read: (String) -> Int?) -> Int? {
            guard index < words.count, let value = read(words[index]) else { return nil }
            index += 1
            return value
        }
        if let number = take(dayNumber) {
            day = number
            if index < words.count, words[index] == "of" { index += 1 }
            month = take(monthNumber)
        } else if let named = take(monthNumber) {
            month = named
            day = take(dayNumber)
        }
        guard let month else { return nil }
        year = take(yearNumber)
        guard let year, words[index...].allSatisfy(isTimeWord) else { return nil }
        if let day {
            guard day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
        return CalendarDate(year: year, month: month)
    }

    /// Whether the text opens with an ASCII word that no date starts with (not a weekday, a month or a month's
    /// abbreviation), as most lines of prose do: then `parse` gives nil without splitting the whole line. Only
    /// a word of ASCII letters followed by a separator and an ASCII byte (or the end) is judged here, so its
    /// bytes are the first word `parse` would split off; anything else is left to `parse`.
    static func opensWithOtherWord(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var end = 0
            while end < bytes.count, (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
            guard end > 0 else { return false }
            if end < bytes.count {
                let separator = bytes[end]
                guard separator == 0x20 || separator == 0x2C || separator == 0x09,
                      end + 1 == bytes.count || bytes[end + 1] < 0x80 else { return false }
            }
            // No weekday or month name is longer than nine letters.
            guard end <= 9 else { return true }
            // The word, lowercased (its bytes are ASCII letters), against the names' bytes: no String is made.
            func spells(_ name: [UInt8], length: Int) -> Bool {
                for index in 0..<length where name[index] != bytes[index] | 0x20 { return false }
                return true
            }
            if dateWordBytes.contains(where: { $0.count == end && spells($0, length: end) }) { return false }
            return !(end == 3 && monthBytes.contains { spells($0, length: 3) })
        }
    }

    /// Whether the bytes before the first separator (space, comma or tab), which all belong to the first word however the
    /// words are split, hold one that no weekday, month or day number has: anything but an ASCII letter, digit, `.` or `+`
    /// (`Int` reads "+5"). A non-ASCII scalar rules the word out too: none lowercases to a letter of the names but
    /// the Kelvin sign's `k`, which no name holds, and no day number is read from one.
    static func opensWithNonDateWord(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes {
                if byte == 0x20 || byte == 0x2C || byte == 0x09 { return false }
                let isLetterOrDigit = (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
                if !isLetterOrDigit, byte != UInt8(ascii: "."), byte != UInt8(ascii: "+") { return true }
            }
            return false
        }
    }

    /// The weekdays, months and "sept" as bytes, and the months alone, for `opensWithOtherWord`.
    private static let dateWordBytes: [[UInt8]] = (weekdays.sorted() + months + ["sept"]).map { Array($0.utf8) }
    private static let monthBytes: [[UInt8]] = months.map { Array($0.utf8) }

    /// `18/03/2018`, `3.18.2018`, `18-3-2018`, `2018/03/18`, alone or followed by a time. The day and month are told apart only
    /// when one of them is over 12; otherwise (`4/5/2017`) only the year is certain.
    private static func numericDate(_ text: String) -> CalendarDate? {
        guard let first = text.utf8.first, first &- 0x30 < 10 else { return nil }
        let words = text.splitAtSpaces()
        guard words[1...].allSatisfy({ isTimeWord($0.lowercased()) }) else { return nil }
        let parts = words[0].split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        // `2018/03/18`: year, month, day.
        if parts.count == 3, parts[0].count == 4, let year = yearNumber(String(parts[0])), (1...2).contains(parts[1].count),
           (1...2).contains(parts[2].count), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month),
           (1...CalendarDate.daysIn(month: month, year: year)).contains(day) {
            return CalendarDate(year: year, month: month, day: day)
        }
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let a = Int(parts[0]), let b = Int(parts[1]), let year = yearNumber(String(parts[2])), a >= 1, b >= 1 else { return nil }
        let (day, month): (Int, Int)
        switch (a > 12, b > 12) {
        case (true, false): (day, month) = (a, b)
        case (false, true): (day, month) = (b, a)
        case (false, false) where a == b: (day, month) = (a, b)
        case (false, false): return CalendarDate(year: year)
        default: return nil
        }
        guard day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`, alone or followed by a time (`T09:15:00Z`, ` 09:15`).
    private static func isoPrefix(_ text: String) -> CalendarDate? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        if bytes.count > 10, bytes[10] != UInt8(ascii: "T"), bytes[10] != UInt8(ascii: " ") { return nil }
        if bytes.count > 10 {
            let rest = String(decoding: bytes[11...], as: UTF8.self)
            guard rest.split(separator: " ").allSatisfy({ isTimeWord($0.lowercased()) }) else { return nil }
        }
        guard let date = CalendarDate(iso: String(decoding: bytes[..<10], as: UTF8.self)), (1900...2100).contains(date.year) else { return nil }
        return date
    }

    private static func dayNumber(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    private static func yearNumber(_ word: String) -> Int? {
        guard word.count == 4, let value = Int(word), (1900...2100).contains(value) else { return nil }
        return value
    }

    private static func monthNumber(_ word: String) -> Int? {
        let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
        if let index = months.firstIndex(of: bare) { return index + 1 }
        if bare == "sept" { return 9 }
        guard bare.count == 3, let index = months.firstIndex(where: { $0.hasPrefix(bare) }) else { return nil }
        return index + 1
    }

    /// `14:05`, `9.15`, `am`, `pm`, `gmt`, `utc`, `+0300`, `(updated` … : what may follow a date in a header.
    private static func isTimeWord(_ word: String) -> Bool {
        let bare = word.trimmingCharacters(in: "()|")
        if bare.isEmpty || zones.contains(bare) { return true }
        if bare.hasPrefix("+") || bare.hasPrefix("-") { return bare.dropFirst().allSatisfy(\.isNumber) || zones.contains(String(bare)) }
        // "14.52" (the Guardian's hour.minute) as well as "14:05".
        if bare.utf8.count == 5 || bare.utf8.count == 4, let dot = bare.firstIndex(of: "."),
           let hour = Int(bare[..<dot]), let minute = Int(bare[bare.index(after: dot)...]),
           bare.distance(from: dot, to: bare.endIndex) == 3, (0...23).contains(hour), (0...59).contains(minute) {
            return true
        }
        return bare.contains(where: { $0 == ":" }) && bare.allSatisfy { $0.isNumber || $0 == ":" || $0 == "." || $0 == "z" }
            || ["am", "pm", "a.m.", "p.m."].contains(bare)
            || bare.count <= 7 && (bare.hasSuffix("am") || bare.hasSuffix("pm")) && bare.dropLast(2).allSatisfy { $0.isNumber || $0 == ":" || $0 == "." }
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]
    private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
    private static let zones: Set<String> = ["gmt", "utc", "bst", "cet", "cest", "eet", "eest", "ast", "est", "edt", "pst",
                                             "pdt", "msk", "trt", "local", "time"]
}
