extension Array where Element == UInt16 {
    /// The string of the UTF-16 units in `start..<end`, decoded through a buffer pointer (the
    /// generic slice path is several times slower on large texts).
    func decodedString(_ start: Int = 0, _ end: Int? = nil) -> String {
        let upper = Swift.min(end ?? count, count), lower = Swift.max(0, Swift.min(start, upper))
        return withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[lower..<upper]), as: UTF16.self)
        }
    }
}
