/** Files are keyed by the request that made them: the certificate id, the report id. */
export const certificateFileKey = (certificateId: string) => `certificates/${certificateId}.pdf`;

/** The signed Open Badges credential, beside the certificate's PDF. */
export const credentialFileKey = (certificateId: string) => `credentials/${certificateId}.json`;

export const reportFileKey = (reportId: string) => `reports/${reportId}.csv`;
