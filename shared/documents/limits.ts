/**
 * Limits of documents, configurable per deployment; read by the API and by the site (which says
 * them on its forms), so this module imports nothing.
 */
export const documentLimits = {
  /** Files per proposal. */
  maxAttachments: () => Number(process.env.MAX_ATTACHMENTS ?? 10),
  /** Files per call. */
  maxCallDocuments: () => Number(process.env.MAX_CALL_DOCUMENTS ?? 20),
  /** Bytes per file (25 MB). */
  maxFileBytes: () => Number(process.env.MAX_FILE_BYTES ?? 25 * 1024 * 1024),
  /** How long an upload or download URL works. */
  uploadUrlSeconds: 15 * 60,
  downloadUrlSeconds: 5 * 60,
};
