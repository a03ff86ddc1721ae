import ReviewKit

/// Every Swift check that ships. A test keeps this list in step with the files in this folder.
public enum BuiltinChecks {
    public static let all: [any Check] = [
        NumberingSequenceCheck(),
        PlaceholderCheck(),
    ]
}
