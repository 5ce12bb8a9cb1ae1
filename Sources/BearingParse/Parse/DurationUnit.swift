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
