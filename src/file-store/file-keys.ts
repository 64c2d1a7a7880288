/** Files are keyed by the request that made them: the certificate id, the report id. */
export const certificateFileKey = (certificateId: string) => `certificates/${certificateId}.pdf`;

export const reportFileKey = (reportId: string) => `reports/${reportId}.csv`;
