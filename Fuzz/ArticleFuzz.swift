// libFuzzer entry: one input is the bytes of one article file, read, cleaned and extracted.
// Built only by scripts/fuzz.sh with Tests/RobustnessTests/FuzzCases.swift (never by `swift build`).
import ClaimExtraction

/// Built once: the extractor loads the gazetteer and dictionaries.
let sharedExtractor = ClaimExtractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func articleFuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let data = Array(UnsafeBufferPointer(start: bytes, count: count))
    if let broken = ArticleFuzzCase.run(data, extractor: sharedExtractor) { fatalError(broken) }
    return 0
}

/// Builds the shared state before the first input, so its cost is not charged to that input's time limit.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    _ = sharedExtractor
    return 0
}
