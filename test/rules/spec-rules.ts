/**
 * The product rules of SPEC.md (kept beside the repository, in ../shared/SPEC.md), each with a
 * stable id. A test pins a rule by naming its id in its title, `[R-…]`; rules-map.unit.spec.ts
 * fails while a rule is named by no test, and docs/rules-to-tests.md lists who pins what.
 * §1 texts are the SPEC's bullets word for word, so a change to the SPEC shows up here.
 */
export interface SpecRule {
  readonly id: string;
  /** Where the rule stands in SPEC.md. */
  readonly section: string;
  readonly text: string;
  /** Being built under this issue: the only way a rule may have no test yet. */
  readonly pendingIssue?: number;
}

export const SPEC_RULES: readonly SpecRule[] = [
  {
    id: 'R-tenant-isolation',
    section: '§1 Tenants and the feature',
    text: "Every piece of data belongs to one tenant (an LMS instance). A caller never sees or changes another tenant's data; such ids answer 404, never 403, so existence does not leak.",
  },
  {
    id: 'R-feature-per-tenant',
    section: '§1 Tenants and the feature',
    text: 'The certificates feature is off for a new tenant. A platform operator turns it on (or off) per tenant. While off, assigning a certificate and generating one are refused (`code: feature-inactive`, checked before anything else about those commands); creating trainings, recording progress and reading history stay possible.',
  },
  {
    id: 'R-template-kinds',
    section: '§1 Templates',
    text: 'Two kinds: `classic` and `author`. Classic templates come with the product, at least in English, Spanish, French, German, Portuguese and Italian (`classic-en`, `classic-es`, `classic-fr`, `classic-de`, `classic-pt`, `classic-it`), visible to every tenant whose feature is on; an operator can add tenant-specific classic templates. Author templates are made by users with the `author` role of that tenant.',
  },
  {
    id: 'R-template-document-variables',
    section: '§1 Templates',
    text: 'A template is a Handlebars HTML document (plus optional CSS, page size A4 or Letter, orientation landscape or portrait). Variables available to every template: `learner.name`, `learner.email`, `training.title`, `training.type`, `completion.date`, `completion.score`, `certificate.id`, `certificate.issuedAt`, `certificate.verificationUrl`, `certificate.number`, `tenant.name`, and `locale`.',
  },
  {
    id: 'R-template-versions-immutable',
    section: '§1 Templates',
    text: 'Every edit publishes a new immutable version: version numbers start at 1 and increase by one; each version records when it was published and by whom. A published version never changes.',
  },
  {
    id: 'R-training-types',
    section: '§1 Trainings and the assignment',
    text: 'A training is a `course`, a `pathway` or a `learning-program`; it may belong to a group.',
  },
  {
    id: 'R-one-assignment-per-training',
    section: '§1 Trainings and the assignment',
    text: 'A training has at most one certificate assignment: a template and one of its versions. Admins (tenant-wide) and group admins (trainings of their groups) assign, replace or remove it. Assigning a new version to a training takes effect at once for the learners described below.',
  },
  {
    id: 'R-learner-profile-apart',
    section: '§1 Learners, progress and completion',
    text: 'Learners have a profile (name, e-mail) kept apart from their learning events, so personal data can later be erased without rewriting history.',
  },
  {
    id: 'R-progress-and-completion',
    section: '§1 Learners, progress and completion',
    text: 'Progress (0–100 %) and completion are recorded per learner and training. Completing twice is a no-op, not an error.',
  },
  {
    id: 'R-generation-async',
    section: '§1 Certificates',
    text: 'A learner who has completed a training that has a certificate assigned can generate the certificate. Generation is asynchronous: the first request answers at once with status `generating`; when the file is ready the status becomes `generated` and the learner can open it.',
  },
  {
    id: 'R-version-at-first-generation',
    section: '§1 Certificates',
    text: 'The version used is the one assigned to the training when the certificate is generated for the first time — not the one assigned at completion. So a change of assigned version affects learners who complete later and learners who completed but have not generated yet; it never changes a certificate already generated.',
  },
  {
    id: 'R-generated-certificate-immutable',
    section: '§1 Certificates',
    text: 'A generated certificate is immutable: opening it again returns the same bytes, whatever happens to the template or the assignment afterwards.',
  },
  {
    id: 'R-one-certificate-per-learner',
    section: '§1 Certificates',
    text: 'At most one certificate exists per learner, training and cycle (see Renewal) at a time, even under concurrent requests (double clicks, two devices, retries): all of them end in the same certificate.',
  },
  {
    id: 'R-first-generated-at-kept',
    section: '§1 Certificates',
    text: 'The time of the learner\'s first generation request (the first click on "Generate") is stored as `firstGeneratedAt`. It is the "certificate download date" of the progress report and never changes afterwards, not even after a deletion and a new generation.',
  },
  {
    id: 'R-admin-delete-regenerate',
    section: '§1 Certificates',
    text: 'Admins (and group admins for their groups) can download a copy of any generated certificate, delete it (with an optional reason) and generate it again. After a deletion the learner sees "Generate certificate" again, and the next generation — by the learner or by an admin — uses the version assigned at that moment. Deletion is recorded, never erased from history.',
  },
  {
    id: 'R-retry-and-resume',
    section: '§1 Certificates',
    text: 'A failed render is retried; a certificate stuck in `generating` after a crash is resumed when the service starts again. Nothing is lost and nothing is produced twice.',
  },
  {
    id: 'R-report-rows',
    section: '§1 The progress report',
    text: 'Per training, one row per enrolled learner: learner id, name, e-mail, enrolment date, progress, status, completion date, certificate template and version, certificate download date.',
  },
  {
    id: 'R-report-daily-cutoff',
    section: '§1 The progress report',
    text: "Report data is refreshed once a day: a report shows the state as of the most recent daily cut-off at 00:00 UTC, never anything recorded after it. The cut-off is recorded in the event log as a marker event as it passes (a service that was down appends the missed cut-offs when it starts), and the report reflects exactly the events before that marker in the log. Every event recorded at or after a cut-off's time comes after its marker: the first append after midnight appends the due marker first if the scheduler has not yet. Markers are platform events; they appear in every tenant's audit log.",
  },
  {
    id: 'R-report-export-async',
    section: '§1 The progress report',
    text: 'Exporting is asynchronous: a request creates a report job (`pending` → `running` → `done` or `failed`) listed in the report history, newest first; a `done` report is downloaded as CSV. Its content never changes once done. Time depends on training size; it must stream, not buffer.',
  },
  {
    id: 'R-report-exporters',
    section: '§1 The progress report',
    text: 'Admins, group admins (their groups), trainers (their groups) and inspectors can export.',
  },
  {
    id: 'R-event-metadata-audit',
    section: '§1 Audit',
    text: "Every event carries who caused it, the tenant, when, the command, and correlation / causation ids. Auditors and admins can read their tenant's event history (whole log filtered, or one stream), and ask for any training's progress report as it stood at any past cut-off.",
  },
  {
    id: 'R-rebuild-equals-live',
    section: '§1 Audit',
    text: 'Every read model can be rebuilt from the log; a rebuild gives exactly the same data.',
  },
  {
    id: 'R-issuer-profile',
    section: '§1 Issuers and verification',
    text: 'Each tenant is a certificate issuer with a profile: display name, optional web address, contact e-mail and logo. Certificates and credentials name the issuer by its display name (the tenant id until a profile exists).',
  },
  {
    id: 'R-public-verification',
    section: '§1 Issuers and verification',
    text: 'Every generated certificate can be checked by anyone who holds it, without an account: the verification URL printed on it (and encoded in a QR code on it) opens a public page that says whether it is valid, revoked, expired or deleted, and shows what it certifies and the SHA-256 of the file that was issued, so a copy can be compared with the original.',
  },
  {
    id: 'R-open-badges-credential',
    section: '§1 Issuers and verification',
    text: "With the PDF, the service issues the same achievement as an Open Badges 3.0 credential (a W3C Verifiable Credential 2.0), signed by the tenant's issuer key, that any standard verifier can check without trusting this service's own code. The credential is produced once, with the PDF, and never changes; its revocation status is published in a signed status list (W3C Bitstring Status List), so a verifier learns of a revocation without asking about one certificate.",
  },
  {
    id: 'R-private-keys-kept',
    section: '§1 Issuers and verification',
    text: 'Private signing keys never enter the event log, an answer or a log line. A rotated key stays listed as a verification method, so credentials signed with it still verify.',
  },
  {
    id: 'R-revocation',
    section: '§1 Revocation and validity',
    text: "An admin (or group admin for their groups) can revoke a generated certificate with a reason (issued in error, fraud, …). Revocation is final for that certificate and visible: the learner's record, the admin list, the public page and the status list all show it; it is never erased. The learner cannot generate again on their own; an admin can generate a new certificate (a new id, the version assigned at that moment).",
  },
  {
    id: 'R-deletion-ends-validity',
    section: '§1 Revocation and validity',
    text: 'Deleting a certificate (for regeneration) also ends the validity of the deleted one: its public page says it was replaced, and its credential is flagged in the status list.',
  },
  {
    id: 'R-validity-months',
    section: '§1 Revocation and validity',
    text: 'An assignment may give certificates a validity in months. A certificate generated under it is valid until its issue time plus that many months, shown on it, in its credential and on its public page, which says `expired` afterwards. Changing the validity affects later generations only. `expired` is decided by one rule, the same in every view and on the write side.',
  },
  {
    id: 'R-renewal-window',
    section: '§1 Renewal (recertification)',
    text: "A certificate with a validity can be renewed. The assignment sets, beside `validForMonths`, a renewal window `renewalWindowDays` (1–365, default 90): renewal opens that many days before the certificate's `validUntil` and stays open after it expires.",
  },
  {
    id: 'R-renewal-cycles',
    section: '§1 Renewal (recertification)',
    text: "A learner's work on a training runs in cycles; the first starts with the enrolment. Renewing starts the next cycle: progress and completion start again from nothing (the history keeps every earlier cycle), and the new cycle's certificate follows every rule above anew — generated once, version fixed at the cycle's first generation, its own `firstGeneratedAt`, immutable, one under concurrent requests.",
  },
  {
    id: 'R-renewal-who-and-when',
    section: '§1 Renewal (recertification)',
    text: "The learner can renew while renewal is open (else 409 `renewal-not-open`; a revoked current certificate: 409 `certificate-revoked`). An admin, or a group admin for their groups, can renew a learner at any time once one of their certificates was generated, also a revoked or expired one. Renewing while a renewal cycle is running (started, its certificate not generated yet) is a no-op answering 200 with that cycle; concurrent renewals all answer 200 with one new cycle. In the new cycle the record's `certificate` is `unavailable` until the training is completed again.",
  },
  {
    id: 'R-renewal-links',
    section: '§1 Renewal (recertification)',
    text: "The earlier certificate is not revoked: it stays valid until its own `validUntil`. Once the new one is generated, the earlier one names it (`renewedBy`) and the new one names the earlier (`renews`), both as certificate ids — on the learning record, the admin list (one row per certificate, earlier cycles included) and both public pages and JSON. (The credentials stay plain Open Badges 3.0: the new one's `awardedDate` is its own issue time.)",
  },
  {
    id: 'R-valid-on-date',
    section: '§1 Renewal (recertification)',
    text: 'Anyone can ask whether a certificate was valid on a given day (for inspectors and auditors).',
  },
  {
    id: 'R-webhooks-signed',
    section: '§1 Notifications',
    text: "A tenant can subscribe HTTP endpoints (webhooks) to what happens to its certificates and reports. Messages follow Standard Webhooks 1.0: signed with the endpoint's secret; a message id that stays the same across retries and replays; delivered at least once, in log order per endpoint; retried with growing delays for at least 24 h while the endpoint fails, so an endpoint down for an hour misses nothing. Any message since a log position can be sent again on request. Messages carry ids, statuses and URLs, never a name or an e-mail.",
  },
  {
    id: 'R-expiry-reminders',
    section: '§1 Notifications',
    text: "`certificate.expiring` goes out once per certificate for each of the tenant's reminder offsets (default 30, 7 and 1 days before `validUntil`), and `certificate.expired` once — each at the first daily cut-off at or after its moment, so they follow from the log and its markers and replay identically.",
  },
  {
    id: 'R-learner-emails',
    section: '§1 Notifications',
    text: "A tenant can also have the service e-mail its learners (off until the tenant turns it on, and only where the service has an SMTP server configured): when their certificate is ready (the PDF attached if the tenant wants), reminders before it expires (same offsets), when it expired and when it was revoked. Mails are in the certificate's language (the six classic languages, else English), text and HTML, with the verification link. Each notice is sent once — after a crash at the worst moment at most twice, never lost. No mail goes to an erased learner, and the service keeps no copy of a sent mail's address or body.",
  },
  {
    id: 'R-webhook-url-safety',
    section: '§1 Notifications',
    text: "Webhook URLs must be https and resolve to public addresses, checked again at every delivery (a URL resolving to a loopback, private, link-local or cloud-metadata address is refused); no redirect is followed; a delivery times out after 10 s; nothing of the receiver's answer is kept beyond its status and 1 KB. The setting `WEBHOOK_ALLOW_HOSTS` (comma-separated IP addresses or CIDR ranges, empty by default) lets deliveries reach those addresses over http as well (for development and tests); every other private address stays refused.",
  },
  {
    id: 'R-certificate-number',
    section: '§1 Getting certificates out',
    text: 'Every certificate gets a number, unique in its tenant and in order of first generation: `<prefix>-<year>-<sequence of at least 6 digits>` — the year of its first generation (UTC), the sequence counting on across years and prefix changes per tenant, the prefix from the issuer profile (default: the tenant id in capitals without characters outside A–Z 0–9, cut to 12; `CERT` if fewer than 2 remain) — printed on the classic templates and shown wherever the certificate is.',
  },
  {
    id: 'R-wallet-issuance',
    section: '§1 Getting certificates out',
    text: "The learner can have the credential issued into a digital wallet with OpenID for Verifiable Credential Issuance 1.0 (pre-authorized code flow): the wallet proves possession of its key and the credential it receives is bound to it (`credentialSubject.id`) — otherwise the same achievement, validity and status entry as the certificate's credential, signed the same way. An offer is single use and expires after 10 minutes.",
  },
  {
    id: 'R-linkedin-link',
    section: '§1 Getting certificates out',
    text: 'The learner can add a certificate to their LinkedIn profile with one pre-filled link.',
  },
  {
    id: 'R-baked-badge',
    section: '§1 Getting certificates out',
    text: 'Each certificate has a baked Open Badges image: a PNG carrying the signed credential in its `openbadgecredential` iTXt chunk (Open Badges 3.0, baking).',
  },
  {
    id: 'R-zip-export',
    section: '§1 Getting certificates out',
    text: "An admin (a group admin for their groups) can export all generated certificates of a training as one ZIP archive — PDFs, credentials and a manifest with each file's SHA-256 — asynchronously as reports are, optionally as of a past cut-off.",
  },
  {
    id: 'R-issuer-key-rotation',
    section: '§1 Getting certificates out',
    text: 'An issuer key can be rotated on request; credentials signed with the old key keep verifying.',
  },
  {
    id: 'R-personal-data',
    section: '§1 Personal data',
    text: "An admin can export everything the service holds about a learner, and erase the learner's personal data. Erasure destroys the learner's name and e-mail everywhere the service keeps or serves them — read models, report files (existing ones are rewritten without them), PDFs and credentials (deleted), public pages — while the event log keeps every event: personal data in the log is encrypted with a key per learner, and erasure destroys the key. Progress, completion and certificate history stay under the pseudonymous learner id; a rebuild still equals the live read models.",
  },
  {
    id: 'R-free-text-reasons-personal',
    section: '§1 Personal data',
    text: "Free-text reasons (deletion, revocation, erasure) may name people: they are kept as the learner's personal data and go with an erasure. No hash of a request body that holds personal data is kept where it would outlive the erasure.",
  },
  {
    id: 'R-backup-erasures-reapplied',
    section: '§1 Personal data',
    text: 'Backups: a restored backup never brings an erased learner back — erasures recorded in the log, in the installation being replaced, or in an erasure journal kept outside the data folder are re-applied before the service takes a request, on every store.',
  },
  {
    id: 'R-operator-platform-only',
    section: '§2 Roles',
    text: '`operator` (platform; any tenant: only a token whose `tenant` is `platform` — a token of any other tenant that claims `operator` is refused with 403)',
  },
  {
    id: 'R-group-scope',
    section: '§2 Roles',
    text: "Group-scoped roles (`group-admin`, `trainer`) act only on trainings whose `groupId` is in their token's `groups`.",
  },
  {
    id: 'R-csv-injection',
    section: '§5 Reports',
    text: "A cell whose text begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading apostrophe (`'`), so spreadsheet programs show it as text and never run it as a formula (CSV injection).",
  },
  {
    id: 'R-archive-kept-and-erased',
    section: '§5 Archives',
    text: 'Archives are kept 7 days; an erasure deletes the archives that hold the learner.',
  },
];
