/// The transliteration keys of the spans `start...start`, `start...start + 1`, … worked out in one pass,
/// each word's bytes read once, where `NameText.spanKeyHash` (one stream per span) reads every span's words again.
///
/// The key is the skeleton of the span's words joined (`FoldedName.writeJoined`'s rules). Only a span's
/// last word is treated differently from the same word inside a longer span (an article is kept last,
/// dropped inside), so the stream holds the skeleton of the words so far as inside words, and a span's
/// key is that state finished with its last word. The skeleton reads at most two bytes ahead: bytes
/// whose step may still depend on the next word wait (at most two), and everything emitted before them
/// (`committedHash`) begins the key of every longer span, which lets a matcher stop once no alias key
/// begins so. `SpanKeyStreamTests` checks every key against `spanKeyHash`, and `SpanKeyHashTests` that against
/// `FoldedName.keyHash`.
struct SpanKeyStream {
    private var skeleton = StreamingSkeleton()
    /// Whether a word with letters was fed (a glued article is stripped from any but the first).
    private var hasWords = false
    /// Whether the last word with letters is an article (kept last, dropped inside a longer span).
    private var afterArticle = false
    /// That article's bytes (`articleLength` of them): its key is worked out only when asked, since most articles
    /// are lowercase and the matchers ask at capitalised words.
    private var article: (UInt8, UInt8, UInt8) = (0, 0, 0)
    private var articleLength = 0

    /// The hash of the key letters every longer span's key begins with.
    var committedHash: NameHash { skeleton.hash }

    /// The key of the span so far (the last word with letters as its last word), worked out when asked: the
    /// matchers ask only at capitalised words. `roles`: `withRoles`'.
    @inline(__always)
    func key(roles: UnsafeBufferPointer<UInt8>) -> (hash: NameHash, length: Int) {
        guard afterArticle else { return skeleton.finished(roles: roles) }
        // The article written last (an article is fed as it is: no `Abu`, glued article or ending to trim).
        var withArticle = skeleton
        var bytes = article
        withUnsafeBytes(of: &bytes) { raw in
            withArticle.add(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<articleLength]), roles: roles)
        }
        return withArticle.finished(roles: roles)
    }

    /// Runs `body` with `FoldedName.skeletonRoles` (read once for many words: a global checks it is made).
    static func withRoles<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        FoldedName.skeletonRoles.withUnsafeBufferPointer(body)
    }

    /// Adds the next word (its folded bytes; an empty word leaves the key as it was). `roles`: `withRoles`'.
    mutating func add(_ word: UnsafeBufferPointer<UInt8>, roles: UnsafeBufferPointer<UInt8>) {
        guard !word.isEmpty else { return }
        defer { hasWords = true }
        if FoldedName.isArticle(word) {
            // Last, the article is written (by `key`); inside a longer span, dropped.
            article = (word[0], word[1], word.count > 2 ? word[2] : 0)
            articleLength = word.count
            afterArticle = true
            return
        }
        feed(word, into: &skeleton, roles: roles)
        afterArticle = false
    }

    /// The word's letters in a key, `writeJoined`'s way: `Abu` as `bu`, a glued article and a final
    /// vowel-h or French -ine trimmed.
    @inline(__always)
    private func feed(_ word: UnsafeBufferPointer<UInt8>, into skeleton: inout StreamingSkeleton,
                      roles: UnsafeBufferPointer<UInt8>) {
        if FoldedName.isAbu(word) {
            var bu: (UInt8, UInt8) = (UInt8(ascii: "b"), UInt8(ascii: "u"))
            withUnsafeBytes(of: &bu) { skeleton.add($0.bindMemory(to: UInt8.self), roles: roles) }
            return
        }
        var start = 0
        if hasWords && !afterArticle && FoldedName.hasGluedArticle(word) { start = 2 }
        var end = word.count
        let length = end - start
        if length > 2, word[end - 1] == UInt8(ascii: "h"), FoldedName.isVowel(word[end - 2]) {
            end -= 1
        } else if length > 4, word[end - 3] == UInt8(ascii: "i"), word[end - 2] == UInt8(ascii: "n"),
                  word[end - 1] == UInt8(ascii: "e") {
            end -= 1
        }
        skeleton.add(UnsafeBufferPointer(rebasing: word[start..<end]), roles: roles)
    }
}

/// `FoldedName.skeletonHash` fed a run of bytes at a time: a letter whose step reads the letters after it
/// waits at the end of a run until they come (or `finished` says none will).
struct StreamingSkeleton {
    private var letters = SkeletonLetters()
    /// Bytes not yet stepped over (at most two), oldest in the low byte.
    private var waiting: UInt32 = 0
    private var waitingCount = 0

    var hash: NameHash { letters.hash }
    var length: Int { letters.length }

    /// Adds `bytes` after those added so far. `roles`: `FoldedName.skeletonRoles`.
    /// Not inlined: in the matchers' span loops the letters' state would not stay in registers.
    @inline(never)
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, roles: UnsafeBufferPointer<UInt8>) {
        // Stepped on a local copy, stored once at the end: the compiler keeps a local's fields in registers,
        // where a stored property's are written back at every letter.
        var letters = self.letters
        defer { self.letters = letters }
        var offset = 0  // in `bytes`
        if waitingCount > 0 {
            // The waiting bytes are stepped over with what follows them, then the run goes on from where
            // the last such step ended.
            let before = waitingCount, held = waiting
            let total = before + bytes.count
            var index = 0
            while index < before {
                guard let width = StreamingSkeleton.step(at: index, count: total, final: false, roles: roles, into: &letters,
                                                         byte: { at in
                    at < before ? UInt8(truncatingIfNeeded: held >> UInt32(8 * at)) : bytes[at - before]
                }) else {
                    // Still waiting (too few bytes came).
                    keepWaiting(from: index, count: total) { at in
                        at < before ? UInt8(truncatingIfNeeded: held >> UInt32(8 * at)) : bytes[at - before]
                    }
                    return
                }
                index += width
            }
            offset = index - before
        }
        let count = bytes.count
        while offset < count {
            let byte = bytes[offset]
            // Most letters stand for themselves and vowels for `a`: no look ahead.
            switch roles[Int(byte)] {
            case 0:
                if letters.last != byte { letters.emit(byte) }
                offset += 1
                continue
            case 1:
                if letters.last != UInt8(ascii: "a") { letters.emit(UInt8(ascii: "a")) }
                offset += 1
                continue
            default: break
            }
            guard let width = StreamingSkeleton.step(at: offset, count: count, final: false, roles: roles, into: &letters,
                                                     byte: { bytes[$0] })
            else { break }
            offset += width
        }
        keepWaiting(from: offset, count: count) { bytes[$0] }
    }

    /// Adds one byte.
    mutating func add(_ byte: UInt8, roles: UnsafeBufferPointer<UInt8>) {
        withUnsafePointer(to: byte) { add(UnsafeBufferPointer(start: $0, count: 1), roles: roles) }
    }

    /// The skeleton's hash and length if no more bytes come.
    func finished(roles: UnsafeBufferPointer<UInt8>) -> (hash: NameHash, length: Int) {
        guard waitingCount > 0 else { return (letters.hash, letters.length) }
        var done = letters
        let held = waiting, count = waitingCount
        var index = 0
        while index < count {
            index += StreamingSkeleton.step(at: index, count: count, final: true, roles: roles, into: &done, byte: {
                UInt8(truncatingIfNeeded: held >> UInt32(8 * $0))
            }) ?? 1
        }
        return (done.hash, done.length)
    }

    /// One step of `skeletonHash` at `index` of `count` bytes read through `byte`, written to `letters`: its width,
    /// or nil when its look ahead lies past `count` and more bytes may come (not `final`).
    @inline(__always)
    private static func step(at index: Int, count: Int, final: Bool, roles: UnsafeBufferPointer<UInt8>,
                             into letters: inout SkeletonLetters, byte read: (Int) -> UInt8) -> Int? {
        let byte = read(index)
        switch roles[Int(byte)] {
        case 0:
            if letters.last != byte { letters.emit(byte) }
            return 1
        case 1:
            if letters.last != UInt8(ascii: "a") { letters.emit(UInt8(ascii: "a")) }
            return 1
        default: break
        }
        // Only `s` then `c` reads two ahead (`sch`); the other letters read one.
        var next1: UInt8 = 0, next2: UInt8 = 0
        if index + 1 < count {
            next1 = read(index + 1)
        } else if !final {
            return nil
        }
        if byte == UInt8(ascii: "s") && next1 == UInt8(ascii: "c") {
            if index + 2 < count {
                next2 = read(index + 2)
            } else if !final {
                return nil
            }
        }
        let step = FoldedName.skeletonStep(byte, next1, next2)
        if step.isX, letters.last != UInt8(ascii: "k") { letters.emit(UInt8(ascii: "k")) }
        if letters.last != step.emitted { letters.emit(step.emitted) }
        return step.width
    }

    /// Holds the bytes from `index` of `count` (at most two) until more come.
    @inline(__always)
    private mutating func keepWaiting(from index: Int, count: Int, byte read: (Int) -> UInt8) {
        waiting = 0
        waitingCount = max(0, count - index)
        for offset in 0..<waitingCount { waiting |= UInt32(read(index + offset)) << UInt32(8 * offset) }
    }
}

/// The skeleton's letters so far: their hash, how many, and the last (a doubled letter is written once).
struct SkeletonLetters {
    var hash = NameHash()
    var length = 0
    var last: UInt8 = 0

    @inline(__always)
    mutating func emit(_ byte: UInt8) {
        hash.add(byte)
        last = byte
        length += 1
    }
}
