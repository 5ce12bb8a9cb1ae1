/// Bearing's version: the one place it is written. `bearing --version` prints it.
public enum BearingVersion {
    public static let current = "0.1.0"
}
