/// A check that also reports the state of one required procedure for the opinion's table.
public protocol ProcedureAssessing: Check {
    /// The procedure's status, with its evidence and why it applies or not.
    func assess(_ document: Document, context: ReviewContext) -> ProcedureEntry
}
