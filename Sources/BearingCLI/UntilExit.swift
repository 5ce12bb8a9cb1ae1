/// Values kept until the process exits instead of being destroyed when a command returns. A build's plan,
/// alignment and their indexes are hundreds of thousands of small objects; releasing them one by one took
/// 40 ms on one core at 2,000 files, just before exit hands the whole heap back at once.
enum UntilExit {
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Holder(value))
    }

    private final class Holder<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
