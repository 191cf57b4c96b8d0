import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few entry points of the system's libsqlite3 the benchmark needs, loaded at run time with `dlopen`, so
/// the package gains no C target or header dependency. Queries run in this process and are timed around
/// `sqlite3_step`, as claimsh's are around `QueryEngine.execute`.
final class SQLiteLibrary {
    private typealias Open = @convention(c) (UnsafePointer<CChar>, UnsafeMutablePointer<OpaquePointer?>, Int32, UnsafePointer<CChar>?) -> Int32
    private typealias Close = @convention(c) (OpaquePointer?) -> Int32
    private typealias Prepare = @convention(c) (OpaquePointer?, UnsafePointer<CChar>, Int32, UnsafeMutablePointer<OpaquePointer?>,
                                                UnsafeMutablePointer<UnsafePointer<CChar>?>?) -> Int32
    private typealias Statement = @convention(c) (OpaquePointer?) -> Int32
    private typealias ColumnInt = @convention(c) (OpaquePointer?, Int32) -> Int64
    private typealias ColumnType = @convention(c) (OpaquePointer?, Int32) -> Int32
    private typealias ColumnText = @convention(c) (OpaquePointer?, Int32) -> UnsafePointer<UInt8>?
    private typealias ErrorMessage = @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
    private typealias Version = @convention(c) () -> UnsafePointer<CChar>?

    private let open: Open, close: Close, prepare: Prepare, step: Statement, reset: Statement, finalize: Statement
    private let columnType: ColumnType
    private let columnCount: Statement, columnInt: ColumnInt, columnText: ColumnText, errorMessage: ErrorMessage
    let version: String

    static let row: Int32 = 100
    static let done: Int32 = 101

    init() throws {
        guard let handle = dlopen("libsqlite3.so.0", RTLD_NOW) ?? dlopen("libsqlite3.so", RTLD_NOW) else {
            throw BenchError("cannot load libsqlite3.so.0 (install the sqlite3 or libsqlite3-0 package)")
        }
        func symbol<T>(_ name: String, as type: T.Type) throws -> T {
            guard let pointer = dlsym(handle, name) else { throw BenchError("libsqlite3 lacks \(name)") }
            return unsafeBitCast(pointer, to: type)
        }
        open = try symbol("sqlite3_open_v2", as: Open.self)
        close = try symbol("sqlite3_close", as: Close.self)
        prepare = try symbol("sqlite3_prepare_v2", as: Prepare.self)
        step = try symbol("sqlite3_step", as: Statement.self)
        reset = try symbol("sqlite3_reset", as: Statement.self)
        finalize = try symbol("sqlite3_finalize", as: Statement.self)
        columnCount = try symbol("sqlite3_column_count", as: Statement.self)
        columnType = try symbol("sqlite3_column_type", as: ColumnType.self)
        columnInt = try symbol("sqlite3_column_int64", as: ColumnInt.self)
        columnText = try symbol("sqlite3_column_text", as: ColumnText.self)
        errorMessage = try symbol("sqlite3_errmsg", as: ErrorMessage.self)
        let libversion = try symbol("sqlite3_libversion", as: Version.self)
        version = libversion().map { String(cString: $0) } ?? "?"
    }

    /// An open database; closed when released.
    final class Database {
        let library: SQLiteLibrary
        let handle: OpaquePointer?

        init(path: String, library: SQLiteLibrary) throws {
            self.library = library
            var db: OpaquePointer?
            let readOnly: Int32 = 0x1
            guard library.open(path, &db, readOnly, nil) == 0 else {
                throw BenchError("cannot open \(path): \(db.flatMap { library.errorMessage($0) }.map { String(cString: $0) } ?? "?")")
            }
            handle = db
        }

        deinit { _ = library.close(handle) }

        /// Prepares `sql`, steps through every row (reading each column, as a client would), and returns the row count.
        func run(_ sql: String) throws -> Int {
            var statement: OpaquePointer?
            guard library.prepare(handle, sql, -1, &statement, nil) == 0 else {
                throw BenchError("SQLite: \(String(cString: library.errorMessage(handle)!)) in: \(sql)")
            }
            defer { _ = library.finalize(statement) }
            let columns = library.columnCount(statement)
            var rows = 0
            var checksum: Int64 = 0
            while true {
                let status = library.step(statement)
                if status == SQLiteLibrary.done { break }
                guard status == SQLiteLibrary.row else {
                    throw BenchError("SQLite: \(String(cString: library.errorMessage(handle)!)) in: \(sql)")
                }
                rows += 1
                // Each column read in its stored type (1 integer, 3 text), as a client would.
                for column in 0..<columns {
                    switch library.columnType(statement, column) {
                    case 1: checksum &+= library.columnInt(statement, column)
                    case 3: checksum &+= Int64(library.columnText(statement, column)?.pointee ?? 0)
                    default: break
                    }
                }
            }
            blackHole(checksum)
            return rows
        }

        /// The first column of the first row, as text.
        func scalar(_ sql: String) throws -> String? {
            var statement: OpaquePointer?
            guard library.prepare(handle, sql, -1, &statement, nil) == 0 else {
                throw BenchError("SQLite: \(String(cString: library.errorMessage(handle)!)) in: \(sql)")
            }
            defer { _ = library.finalize(statement) }
            guard library.step(statement) == SQLiteLibrary.row else { return nil }
            return library.columnText(statement, 0).map { String(cString: $0) }
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Keeps a computed value alive so the optimiser cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
