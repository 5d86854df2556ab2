/// Each item's best-scoring text, in a flat open-addressing table: a query touches a few hundred items, and this keeps
/// the per-item bookkeeping free of SipHash and of per-entry allocation.
struct BestPerItem {
    private var keys: [Int32]
    private var scores: [Float]
    private var docs: [UInt32]
    private var mask: Int
    private(set) var count = 0

    /// - Parameter capacity: the most items expected.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [Int32](repeating: -1, count: size)
        scores = [Float](repeating: 0, count: size)
        docs = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ item: Int32) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: item)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Keeps the text if it scores better than the item's best so far.
    /// - Complexity: O(1) on average.
    mutating func offer(item: Int32, score: Float, doc: UInt32) {
        var i = slot(item)
        while true {
            let key = keys[i]
            if key == item {
                if score > scores[i] {
                    scores[i] = score
                    docs[i] = doc
                }
                return
            }
            if key < 0 {
                keys[i] = item
                scores[i] = score
                docs[i] = doc
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    /// The `k` best items, best first; ties by item number.
    /// - Complexity: O(n log k).
    func top(_ k: Int) -> [(item: Int, score: Float, doc: Int)] {
        guard k > 0 else { return [] }
        // a min-heap of the k best seen
        var heap: [(item: Int, score: Float, doc: Int)] = []
        heap.reserveCapacity(k + 1)
        func worse(_ a: (item: Int, score: Float, doc: Int), _ b: (item: Int, score: Float, doc: Int)) -> Bool {
            a.score != b.score ? a.score < b.score : a.item > b.item
        }
        /// Restores the min-heap order after the root was replaced.
        func siftDown(_ heap: inout [(item: Int, score: Float, doc: Int)]) {
            var p = 0
            while true {
                let l = 2 * p + 1
                let r = l + 1
                var m = p
                if l < heap.count, worse(heap[l], heap[m]) { m = l }
                if r < heap.count, worse(heap[r], heap[m]) { m = r }
                if m == p { break }
                heap.swapAt(p, m)
                p = m
            }
        }
        for i in keys.indices where keys[i] >= 0 {
            let entry = (item: Int(keys[i]), score: scores[i], doc: Int(docs[i]))
            if heap.count < k {
                heap.append(entry)
                var c = heap.count - 1
                while c > 0 {
                    let p = (c - 1) / 2
                    if worse(heap[c], heap[p]) {
                        heap.swapAt(c, p)
                        c = p
                    } else {
                        break
                    }
                }
            } else if worse(heap[0], entry) {
                heap[0] = entry
                siftDown(&heap)
            }
        }
        // pop the worst to the back: the array ends best first
        var result = heap
        var n = heap.count
        while n > 0 {
            result[n - 1] = heap[0]
            n -= 1
            heap[0] = heap[n]
            heap.removeLast()
            siftDown(&heap)
        }
        return result
    }
}
