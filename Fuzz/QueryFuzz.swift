// libFuzzer entry: one input is one statement for the query engine over the embedded seed store.
// Built only by scripts/fuzz.sh with Tests/RobustnessTests/FuzzCases.swift (never by `swift build`).
import ClaimQuery

/// One engine for the whole run. It keeps names saved with `let` between inputs; a finding that needs an earlier
/// `let` still replays alone, since without it the statement names an unknown source and takes the error path.
let seedEngine = QueryFuzzCase.makeSeedEngine()

@_cdecl("LLVMFuzzerTestOneInput")
public func queryFuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    if let broken = QueryFuzzCase.run(text, engine: seedEngine) { fatalError(broken) }
    return 0
}

/// Builds the shared state before the first input, so its cost is not charged to that input's time limit.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    _ = seedEngine
    return 0
}
