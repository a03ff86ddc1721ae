/// An Aho-Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in
/// one pass over the text, whatever the number of patterns.
final class PatternAutomaton: Sendable {
    /// Dense symbol number for each UTF-16 unit that occurs in a pattern; -1 for the others.
    private let symbols: [Int32]
    /// Transitions of the root, dense by symbol (0 = stay at the root).
    private let rootNext: [Int32]
    /// Transitions of the other states: `edgeStart[s]..<edgeStart[s+1]` in the sorted edge arrays.
    private let edgeStart: [Int32]
    private let edgeSymbol: [Int32]
    private let edgeTarget: [Int32]
    private let failure: [Int32]
    /// Patterns ending at each state (its own and those reached through failure links).
    private let outputStart: [Int32]
    private let outputs: [Int32]
    /// Length of each pattern in UTF-16 units.
    let lengths: [Int]

    /// Builds the automaton; empty patterns are ignored.
    init(patterns: [[UInt16]]) {
        var symbolOf = [Int32](repeating: -1, count: 65536)
        var symbolCount: Int32 = 0
        for pattern in patterns {
            for unit in pattern where symbolOf[Int(unit)] < 0 {
                symbolOf[Int(unit)] = symbolCount
                symbolCount += 1
            }
        }
        // Trie.
        var children: [[Int32: Int32]] = [[:]]
        var terminal: [[Int32]] = [[]]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state: Int32 = 0
            for unit in pattern {
                let symbol = symbolOf[Int(unit)]
                if let next = children[Int(state)][symbol] {
                    state = next
                } else {
                    children.append([:])
                    terminal.append([])
                    let next = Int32(children.count - 1)
                    children[Int(state)][symbol] = next
                    state = next
                }
            }
            terminal[Int(state)].append(Int32(index))
        }
        // Failure links, breadth first; outputs merged along them.
        var failure = [Int32](repeating: 0, count: children.count)
        var merged = terminal
        var queue: [Int32] = children[0].values.sorted()
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (symbol, child) in children[Int(state)].sorted(by: { $0.key < $1.key }) {
                var fallback = failure[Int(state)]
                var target: Int32 = 0
                while true {
                    if let next = children[Int(fallback)][symbol], next != child {
                        target = next
                        break
                    }
                    if fallback == 0 { break }
                    fallback = failure[Int(fallback)]
                }
                failure[Int(child)] = state == 0 ? 0 : target
                merged[Int(child)] += merged[Int(failure[Int(child)])]
                queue.append(child)
            }
        }
        var rootNext = [Int32](repeating: 0, count: Int(symbolCount))
        for (symbol, child) in children[0] { rootNext[Int(symbol)] = child }
        var edgeStart: [Int32] = [0], edgeSymbol: [Int32] = [], edgeTarget: [Int32] = []
        var outputStart: [Int32] = [0], outputs: [Int32] = []
        for state in children.indices {
            for (symbol, child) in children[state].sorted(by: { $0.key < $1.key }) {
                edgeSymbol.append(symbol)
                edgeTarget.append(child)
            }
            edgeStart.append(Int32(edgeSymbol.count))
            outputs += merged[state]
            outputStart.append(Int32(outputs.count))
        }
        self.symbols = symbolOf
        self.rootNext = rootNext
        self.edgeStart = edgeStart
        self.edgeSymbol = edgeSymbol
        self.edgeTarget = edgeTarget
        self.failure = failure
        self.outputStart = outputStart
        self.outputs = outputs
        self.lengths = patterns.map(\.count)
    }

    /// Calls `report(pattern, start)` for every occurrence in `text`, in order of their end.
    func scan(_ text: [UInt16], report: (Int, Int) -> Void) {
        var state: Int32 = 0
        text.withUnsafeBufferPointer { buffer in
            for position in 0..<buffer.count {
                let symbol = symbols[Int(buffer[position])]
                if symbol < 0 {
                    state = 0
                    continue
                }
                while true {
                    if state == 0 {
                        state = rootNext[Int(symbol)]
                        break
                    }
                    if let next = transition(state, symbol) {
                        state = next
                        break
                    }
                    state = failure[Int(state)]
                }
                let from = Int(outputStart[Int(state)]), to = Int(outputStart[Int(state) + 1])
                if from < to {
                    for slot in from..<to {
                        let pattern = Int(outputs[slot])
                        report(pattern, position + 1 - lengths[pattern])
                    }
                }
            }
        }
    }

    @inline(__always)
    private func transition(_ state: Int32, _ symbol: Int32) -> Int32? {
        var low = Int(edgeStart[Int(state)]), high = Int(edgeStart[Int(state) + 1]) - 1
        while low <= high {
            let mid = (low + high) >> 1
            let value = edgeSymbol[mid]
            if value == symbol { return edgeTarget[mid] }
            if value < symbol { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}
