import ClaimStore
import Foundation

/// Writes a store's claims into a SQLite database with the `sqlite3` command-line shell: CSV files for
/// `documents`, `claims`, `places`, `claim_places`, `claim_actors` and `claim_years`, imported, indexed,
/// and an FTS5 table over claim text.
///
/// Entity names are the canonical ones claimsh prints, so `place = 'Deir ez-Zor'` in SQL and
/// `place = "Deir ez-Zor"` in claimsh ask the same thing. `claim_places.place_id` is the store's place id: two
/// places may share a canonical name, so joins to `places` go through the id.
enum SQLiteExport {
    static let schema = """
    PRAGMA journal_mode = OFF;
    PRAGMA synchronous = OFF;
    CREATE TABLE documents (id INTEGER PRIMARY KEY, file TEXT, published TEXT, outlet TEXT);
    CREATE TABLE claims (id INTEGER PRIMARY KEY, doc INTEGER, text TEXT, paragraph INTEGER, sentence INTEGER,
                         year INTEGER, date TEXT, date_precision TEXT, year_basis TEXT, type TEXT, source TEXT, modality TEXT);
    CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, country TEXT, admin1 TEXT);
    CREATE TABLE claim_places (claim_id INTEGER, place TEXT, place_id INTEGER);
    CREATE TABLE claim_actors (claim_id INTEGER, actor TEXT);
    CREATE TABLE claim_years (claim_id INTEGER, year INTEGER);
    """

    static let indexes = """
    UPDATE claims SET year = NULL WHERE year = '';
    UPDATE claims SET date = NULL WHERE date = '';
    UPDATE claims SET date_precision = NULL WHERE date_precision = '';
    CREATE INDEX claims_year ON claims(year);
    CREATE INDEX claims_date ON claims(date);
    CREATE INDEX claims_doc ON claims(doc);
    CREATE INDEX claims_type ON claims(type);
    CREATE INDEX claims_source ON claims(source);
    CREATE INDEX claims_modality ON claims(modality);
    CREATE INDEX claim_places_place ON claim_places(place, claim_id);
    CREATE INDEX claim_places_claim ON claim_places(claim_id);
    CREATE INDEX claim_places_place_id ON claim_places(place_id, claim_id);
    CREATE INDEX claim_actors_actor ON claim_actors(actor, claim_id);
    CREATE INDEX claim_actors_claim ON claim_actors(claim_id);
    CREATE INDEX claim_years_year ON claim_years(year, claim_id);
    CREATE INDEX places_name ON places(name);
    CREATE INDEX places_country ON places(country);
    CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id');
    INSERT INTO claims_fts(claims_fts) VALUES('rebuild');
    ANALYZE;
    """

    /// Writes the CSV files into `workDirectory` and builds `database` (replacing it) with `sqlite3`.
    static func export(_ store: EntityStore, to database: String, workDirectory: String, sqlite3: String = "sqlite3") throws {
        try FileManager.default.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: workDirectory)
        func path(_ table: String) -> String { folder.appendingPathComponent(table + ".csv").path }

        try CSVFile.write(path("documents")) { csv in
            for document in store.documents {
                csv.row([.int(document.id), .text(document.file), .optionalText(document.published?.iso), .optionalText(document.outlet)])
            }
        }
        try CSVFile.write(path("claims")) { csv in
            for claim in store.claims {
                csv.row([.int(claim.id), .int(claim.doc), .text(claim.text), .int(claim.paragraph), .int(claim.sentence),
                         claim.year.map { .int($0) } ?? .null, .optionalText(claim.date?.iso),
                         .optionalText(claim.date.map { "\($0.precision)" }), .text(claim.yearBasis.rawValue),
                         .text(claim.type.rawValue), .text(claim.source), .text(claim.modality.rawValue)])
            }
        }
        try CSVFile.write(path("places")) { csv in
            for place in store.places {
                csv.row([.int(place.id), .text(place.entry.name), .text(place.entry.kind), .text(place.entry.country),
                         .optionalText(place.entry.admin1)])
            }
        }
        try CSVFile.write(path("claim_places")) { csv in
            for claim in store.claims {
                for place in claim.places { csv.row([.int(claim.id), .text(store.name(.places, id: place)), .int(place)]) }
            }
        }
        try CSVFile.write(path("claim_actors")) { csv in
            for claim in store.claims {
                for actor in claim.actors { csv.row([.int(claim.id), .text(store.name(.actors, id: actor))]) }
            }
        }
        try CSVFile.write(path("claim_years")) { csv in
            for claim in store.claims {
                for year in claim.years { csv.row([.int(claim.id), .int(year)]) }
            }
        }

        try? FileManager.default.removeItem(atPath: database)
        var script = schema + "\n.mode csv\n"
        for table in ["documents", "claims", "places", "claim_places", "claim_actors", "claim_years"] {
            script += ".import \"\(path(table))\" \(table)\n"
        }
        script += indexes + "\n"
        try runShell(sqlite3, database: database, script: script)
    }

    /// Runs the `sqlite3` shell on `database` with `script` as its input; fails on any error it prints.
    static func runShell(_ sqlite3: String, database: String, script: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [sqlite3, "-bail", database]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, message.isEmpty else {
            throw BenchError("sqlite3 failed (status \(process.terminationStatus)): \(String(decoding: message, as: UTF8.self))")
        }
    }
}

/// A CSV file written in large chunks: RFC 4180 quoting, an unquoted empty field for NULL.
struct CSVFile {
    enum Field {
        case int(Int), text(String), null
        static func optionalText(_ text: String?) -> Field { text.map { .text($0) } ?? .null }
    }

    private var buffer: [UInt8] = []
    private let handle: FileHandle

    static func write(_ path: String, _ body: (inout CSVFile) throws -> Void) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else { throw BenchError("cannot write \(path)") }
        var file = CSVFile(handle: handle)
        try body(&file)
        file.flush()
        try handle.close()
    }

    private init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    mutating func row(_ fields: [Field]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            switch field {
            case .null: break
            case .int(let value): buffer.append(contentsOf: String(value).utf8)
            case .text(let text):
                buffer.append(UInt8(ascii: "\""))
                for byte in text.utf8 {
                    if byte == UInt8(ascii: "\"") { buffer.append(byte) }
                    buffer.append(byte)
                }
                buffer.append(UInt8(ascii: "\""))
            }
        }
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= 1 << 20 { flush() }
    }

    private mutating func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
