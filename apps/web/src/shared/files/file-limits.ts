import { maxFileBytes, type FileSummary } from '@triad/contracts';

// The server refuses bodies above maxFileBytes (413); checking first spares the user a long failed upload.
export { maxFileBytes };

/** Metadata the UI needs to show a stored file: the upload answer and the instance `files` map share it. */
export type FileMeta = FileSummary;

/** Human-readable size in binary units, as file managers show it (1 KB = 1024 bytes). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '-';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? Math.round(value) : Number(value.toFixed(1))} ${units[unit]}`;
}

export type FileRejection = 'tooLarge' | 'empty' | 'tooMany';

/**
 * Why a picked file may not be uploaded, or null. `taken` counts files already attached or still
 * uploading, `index` is the file's position in the batch picked together.
 */
export function checkFile(size: number, taken: number, index: number, maxFiles: number | undefined): FileRejection | null {
  if (maxFiles !== undefined && taken + index >= maxFiles) return 'tooMany';
  if (size === 0) return 'empty';
  if (size > maxFileBytes) return 'tooLarge';
  return null;
}

/** Where the browser downloads a stored file (the server answers with Content-Disposition: attachment). */
export function fileContentUrl(id: string): string {
  return `/api/v1/files/${encodeURIComponent(id)}/content`;
}
