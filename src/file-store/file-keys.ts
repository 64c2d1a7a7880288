/** Files are keyed by the request that made them: the certificate id, the report id. */
export const certificateFileKey = (certificateId: string) => `certificates/${certificateId}.pdf`;

/** The signed Open Badges credential, beside the certificate's PDF. */
export const credentialFileKey = (certificateId: string) => `credentials/${certificateId}.json`;

/** A report's file, and after its n-th redaction the file written again without erased learners. */
export const reportFileKey = (reportId: string, redaction = 0) =>
  redaction === 0 ? `reports/${reportId}.csv` : `reports/${reportId}.r${redaction}.csv`;

/** A certificate archive's ZIP. */
export const archiveFileKey = (archiveId: string) => `archives/${archiveId}.zip`;

/** An achievement's picture, shared by the certificates that name it; no personal data. */
export const achievementImageFileKey = (imageId: string) => `achievements/${imageId}.png`;
