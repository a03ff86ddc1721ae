import Foundation

/// The checklists and law registry that ship with the tool, as bundle resources.
public enum BundledChecklists {
    /// The folder of shipped rule files.
    public static var rulesPath: String {
        Bundle.module.resourceURL!.appendingPathComponent("rules").path
    }

    /// The shipped list of kinds of 送审材料 and the words that identify them.
    public static var materialsPath: String {
        Bundle.module.resourceURL!.appendingPathComponent("materials.yaml").path
    }

    /// The shipped law registry (a copy of the project's laws.yaml).
    public static var lawsPath: String {
        Bundle.module.resourceURL!.appendingPathComponent("laws.yaml").path
    }
}
