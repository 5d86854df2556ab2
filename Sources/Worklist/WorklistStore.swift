import Foundation
import Terminology

/// The worklist's storage: users and tokens, patients, encounters and documents, code-set versions and status
/// history, queues, physician queries, audits, batch jobs, the access log and statistics.
///
/// Every method is a transaction of its own. Nothing here names a database type, so a PostgreSQL store can be
/// added beside ``SQLiteWorklistStore`` without changing callers. Methods that read patient data for a person
/// (``chart(encounterID:actingUserID:)``, ``document(id:actingUserID:)``) write the access-log row in the same
/// transaction as the read.
public protocol WorklistStore: Sendable {
    // MARK: Users and sign-in

    /// Creates a user with a hashed password.
    /// - Throws: ``InvalidInput`` for an empty or taken username or an empty password.
    func createUser(_ user: NewUser) async throws -> User
    /// The user with this id, if any.
    func user(id: Int64) async throws -> User?
    /// The user with this username (any case), if any.
    func user(username: String) async throws -> User?
    /// Every user, by username.
    func users() async throws -> [User]
    /// Activates or deactivates a user; deactivating revokes their tokens.
    func setActive(userID: Int64, active: Bool) async throws
    /// Replaces a user's password and revokes their tokens.
    func setPassword(userID: Int64, password: String) async throws
    /// Checks the password and issues a bearer token that expires after the store's token lifetime. Failures count
    /// against the username and the client address (``SignInPolicy``) and are written to the access log.
    /// - Throws: ``AuthenticationFailed`` for an unknown user, a wrong password or an inactive account;
    ///   ``SignInThrottled`` while the username or the address is in its backoff or the username is locked (the
    ///   password is then not even checked).
    func signIn(username: String, password: String, client: String?) async throws -> IssuedToken
    /// Lifts a username's backoff or lockout; logged as the admin's act.
    func unlock(userID: Int64, by adminID: Int64) async throws -> User
    /// An admin sets another user's password: the user must change it at next sign-in, their tokens are revoked,
    /// and the access log names the admin, on the reset and on the user's reads until they change it themselves.
    func resetPassword(userID: Int64, password: String, by adminID: Int64) async throws
    /// A user changes their own password, giving the current one; every token of theirs is revoked.
    /// - Throws: ``CurrentPasswordWrong`` (counted like a failed sign-in), ``SignInThrottled``.
    func changePassword(userID: Int64, current: String, new: String, client: String?) async throws
    /// The active user a token belongs to; nil for an unknown, revoked or expired token.
    func user(forToken token: String) async throws -> User?
    /// Revokes a token (sign-out).
    func revoke(token: String) async throws
    /// Deletes expired and revoked tokens; returns how many.
    func purgeExpiredTokens() async throws -> Int

    // MARK: Import and patients

    /// Applies a parsed import: patients upserted by MRN, encounters by identifier, documents by source identifier,
    /// codes that came with the record appended as an `import` version when they changed; each encounter in a
    /// savepoint of its own, so one failure rejects that record only. Flags potential duplicate patients.
    func apply(_ batch: ImportBatch, importedBy userID: Int64?) async throws -> ImportResult
    /// The patient with this id, if any (no access-log row: demographics only, for lists).
    func patient(id: Int64) async throws -> Patient?
    /// Pairs of patients flagged as potential duplicates.
    func duplicatePatients() async throws -> [DuplicatePatientPair]

    // MARK: Encounters

    /// The encounter with this id, if any (workflow fields; no documents, no access-log row).
    func encounter(id: Int64) async throws -> Encounter?
    /// The encounter with this external identifier, if any.
    func encounter(identifier: String) async throws -> Encounter?
    /// The ids of the encounters in a status, oldest discharge first (a batch job's work list).
    func encounterIDs(status: EncounterStatus) async throws -> [Int64]
    /// The documents of an encounter without their text (no access-log row).
    func documentSummaries(encounterID: Int64) async throws -> [DocumentSummary]
    /// The whole chart (patient, encounter, documents with text, versions, history, pending, queries); writes an
    /// access-log row `chart` in the same transaction.
    func chart(encounterID: Int64, actingUserID: Int64) async throws -> Chart
    /// One document with its text; writes an access-log row `note` in the same transaction.
    func document(id: Int64, actingUserID: Int64) async throws -> Document

    // MARK: Workflow

    /// Moves an encounter to `status`, checked against ``EncounterStatus/allowedTransitions``; `onHold` needs a
    /// reason and opens a pending item. Submitting (`coded`) goes through ``submit(encounterID:version:userID:)``.
    /// - Throws: ``TransitionError`` naming from and to.
    func setStatus(
        encounterID: Int64, to status: EncounterStatus, pendingReason: PendingReason?, note: String?, userID: Int64?
    ) async throws -> Encounter
    /// The status history of an encounter, oldest first.
    func statusHistory(encounterID: Int64) async throws -> [StatusChange]
    /// The pending items of an encounter, open and resolved.
    func pendingItems(encounterID: Int64) async throws -> [PendingItem]
    /// One pending item by id, if any.
    func pendingItem(id: Int64) async throws -> PendingItem?
    /// Resolves a pending item.
    func resolvePendingItem(id: Int64, userID: Int64) async throws
    /// Appends `version` (if given) and submits: `inProgress → coded`, refused while a pending item is open or
    /// the latest version has an error finding.
    /// - Throws: ``SubmitBlocked`` with every reason, ``TransitionError``.
    func submit(encounterID: Int64, version: NewVersion?, userID: Int64) async throws -> Encounter
    /// Gives the coder the next encounter of the queue, oldest discharge first, atomically: never the same
    /// encounter to two coders. A coder already holding an unfinished encounter of the queue gets it back.
    /// The encounter moves to `inProgress`.
    func claimNext(queueID: Int64, coderID: Int64, asOf: Date) async throws -> Encounter?
    /// Gives an encounter up: unassigned, status unchanged.
    func release(encounterID: Int64, userID: Int64) async throws

    // MARK: Code-set versions

    /// Appends a version (never updates one) and sets the encounter's latest version, DRG, weight and, for a
    /// pre-coding, its confidence. A `precode` version moves a `new` encounter to `precoded`.
    func appendVersion(_ version: NewVersion, encounterID: Int64, userID: Int64?) async throws -> CodeSetVersion
    /// Every version of an encounter, oldest first.
    func versions(encounterID: Int64) async throws -> [CodeSetVersion]
    /// One version by id.
    func version(id: Int64) async throws -> CodeSetVersion?

    // MARK: Queues

    /// Creates a queue from rules.
    func createQueue(name: String, rules: QueueRules) async throws -> WorkQueue
    /// Every queue, by name.
    func queues() async throws -> [WorkQueue]
    /// A page of a queue's encounters, oldest discharge first, with counts.
    func encounters(inQueue queueID: Int64, asOf: Date, limit: Int, offset: Int) async throws -> QueuePage

    // MARK: Physician queries

    /// Records a query (state `open`) and opens a `physicianQuery` pending item until it is answered or withdrawn.
    func createQuery(encounterID: Int64, question: PhysicianQuery, userID: Int64) async throws -> QueryRecord
    /// Moves a query along `open → sent → answered → closed` (or `withdrawn`); `answered` takes the answer and the
    /// physician, and resolves the query's pending item, as does `withdrawn`.
    /// - Throws: ``QueryTransitionError``.
    func advanceQuery(
        id: Int64, to state: QueryState, answer: String?, physician: String?, userID: Int64?
    ) async throws -> QueryRecord
    /// The queries of an encounter, oldest first.
    func queries(encounterID: Int64) async throws -> [QueryRecord]

    // MARK: Audits

    /// Draws a sample of coded encounters with ``AuditSampler`` and stores it.
    func createAuditSample(_ request: AuditSampleRequest, userID: Int64) async throws -> AuditSample
    /// A sample with its items.
    func auditSample(id: Int64) async throws -> AuditSample?
    /// The latest audit samples, newest first.
    func auditSamples(limit: Int) async throws -> [AuditSample]
    /// One audit item, if any.
    func auditItem(id: Int64) async throws -> AuditItem?
    /// Stores the auditor's blind re-coding as an `auditor` version and scores the coder's version against it.
    func recordAudit(itemID: Int64, version: NewVersion, auditorID: Int64) async throws -> AuditItem
    /// The coder's rebuttal of a scored item.
    func rebut(itemID: Int64, text: String, coderID: Int64) async throws -> AuditItem
    /// The auditor's final decision; the encounter moves to `audited`.
    func decide(itemID: Int64, decision: AuditDecision, note: String?, auditorID: Int64) async throws -> AuditItem
    /// Per-coder scorecards of the items scored in `[from, to)` (nil: all time).
    func scorecards(from: Date?, to: Date?) async throws -> [CoderScorecard]

    // MARK: Batch jobs

    /// Creates a job with one item per encounter (duplicates ignored).
    func createJob(kind: String, encounterIDs: [Int64], userID: Int64?) async throws -> BatchJob
    /// A job by id.
    func job(id: Int64) async throws -> BatchJob?
    /// Every job, newest first.
    func jobs() async throws -> [BatchJob]
    /// Puts the items of a job left `running` by a dead process back to `pending` and the job to `running`.
    func resumeJob(id: Int64) async throws -> BatchJob
    /// Takes the next pending item of a job atomically (state `running`), with the encounter, its patient and its
    /// documents for the engine; writes an access-log row `batchRead`. Nil when none is pending.
    func claimNextJobItem(jobID: Int64) async throws -> JobWork?
    /// Appends the item's version and marks the item done, in one transaction; a second call for a done item
    /// changes nothing and returns the first version.
    func completeJobItem(id: Int64, version: NewVersion) async throws -> CodeSetVersion
    /// Marks an item failed with the error's description.
    func failJobItem(id: Int64, error: String) async throws
    /// The items of a job.
    func jobItems(jobID: Int64) async throws -> [JobItem]

    // MARK: Access log

    /// The access log, newest first, filtered; only an admin may read it.
    /// - Throws: ``PermissionDenied`` for any other role.
    func accessLog(_ filter: AccessLogFilter, actingUserID: Int64) async throws -> [AccessLogEntry]

    // MARK: Statistics

    /// Admissions and discharges per day in `[from, to]` (yyyy-mm-dd).
    func census(from: String, to: String) async throws -> [DailyCensus]
    /// The backlog by status and the DNFB by age on `asOf`.
    func backlog(asOf: Date) async throws -> Backlog
    /// Encounters submitted per coder per day in `[from, to]`.
    func codedPerCoderPerDay(from: String, to: String) async throws -> [CoderDayCount]
    /// Case-mix index and CC/MCC capture of coded encounters discharged in `[from, to]`.
    func caseMix(from: String, to: String) async throws -> CaseMix
    /// Suggestion outcomes over coded encounters discharged in `[from, to]`.
    func suggestionOutcome(from: String, to: String) async throws -> SuggestionOutcome
    /// Query rate and median turnaround over encounters discharged in `[from, to]`.
    func queryStatistics(from: String, to: String) async throws -> QueryStatistics
    /// Audit accuracy per coder per month.
    func auditAccuracy() async throws -> [AuditAccuracy]

    // MARK: Maintenance

    /// Runs the database's own consistency check; an empty array means sound.
    func integrityCheck() async throws -> [String]
}

extension WorklistStore {
    /// Signs in without a client address (the command line, tests): only the username is throttled.
    public func signIn(username: String, password: String) async throws -> IssuedToken {
        try await signIn(username: username, password: password, client: nil)
    }

    /// Parses a FHIR R4 Bundle and applies it.
    public func importFHIR(_ data: Data, source: String = "bundle", importedBy userID: Int64? = nil) async throws
        -> ImportResult
    {
        try await apply(FHIRBundleImporter.parse(data, source: source), importedBy: userID)
    }

    /// Parses a CSV of encounters and applies it.
    public func importCSV(_ data: Data, source: String = "csv", importedBy userID: Int64? = nil) async throws
        -> ImportResult
    {
        try await apply(CSVEncounterImporter.parse(data, source: source), importedBy: userID)
    }
}
