import BearingModel
import Foundation

/// A unit of time written after a figure ("400ms", "1.2 s", "2 days"), so that "from 1.2s to 400ms, now 800ms" compares
/// 1,200, 400 and 800 milliseconds, not 1.2, 400 and 800.
enum DurationUnit: Hashable {
    case milliseconds, seconds, minutes, hours, days, weeks

    init?(written: String) {
        switch written.lowercased() {
        case "ms", "msec", "msecs", "millisecond", "milliseconds": self = .milliseconds
        case "s", "sec", "secs", "second", "seconds": self = .seconds
        case "min", "mins", "minute", "minutes": self = .minutes
        case "h", "hr", "hrs", "hour", "hours": self = .hours
        case "d", "day", "days": self = .days
        case "w", "wk", "wks", "week", "weeks": self = .weeks
        default: return nil
        }
    }

    /// The unit's length in seconds.
    var seconds: Double {
        switch self {
        case .milliseconds: 0.001
        case .seconds: 1
        case .minutes: 60
        case .hours: 3_600
        case .days: 86_400
        case .weeks: 604_800
        }
    }
}

extension DurationUnit {
    /// A figure with a lower-case "m" and no currency sign ("5m", "12.5m"), which reads as millions.
    static let bareM = Pattern(#"(?<![\w.$€£])(\d+(?:\.\d+)?)m(?![\w])"#, caseInsensitive: false)
    /// A figure in another unit of time ("2h", "60 min", "400ms", "3 days") or a word about time ("p95", "latency",
    /// "deploy time", "MTTR").
    private static let timeContext = Pattern(
        #"\d\s*(?:ms|msecs?|milliseconds?|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|wks?|weeks?)\b|\b(?:time|times|latency|latencies|duration|p50|p75|p90|p95|p99|mttr|mttd|mtta|mttf|deploy(?:s|ed|ing|ment|ments)?|builds?|startup|boot|runtime|wait|downtime|turnaround)\b"#)

    /// Whether an "m" follows a digit in `text`: every progress text is asked, and few have one. `\d` is any Unicode
    /// digit, so an "m" after a non-ASCII byte is let through too.
    static func mayHoldBareM(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "m"), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(previous) || previous >= 0x80 { return true }
            previous = byte
        }
        return false
    }

    /// `text` with each "5m" written as "5 min" when its words are about time ("p95 under 5m", "Deploy in 5m, now 12m",
    /// "from 2h to 5m, now 30m"): there "m" is minutes, not millions. "$5m", "5M users" and "5m downloads" keep millions.
    static func minutesSpelledOut(_ text: String) -> String {
        guard mayHoldBareM(text), bareM.matches(text), timeContext.matches(text) else { return text }
        return text.replacingOccurrences(of: #"(?<![\w.$€£])(\d+(?:\.\d+)?)m(?![\w])"#, with: "$1 min", options: .regularExpression)
    }
}
