import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { FileMeta } from '../../../shared/files/index.ts';
import type { InstanceDetail } from '../api.ts';

interface AttachmentFiles {
  /** Metadata of every file the page knows: the instance's `files` map plus this visit's uploads. */
  files: Record<string, FileMeta | undefined>;
  remember: (file: FileMeta) => void;
}

const AttachmentFilesContext = createContext<AttachmentFiles>({ files: {}, remember: () => undefined });

/** The instance detail's id → metadata map for files referenced by the form or history. */
export function instanceFiles(detail: InstanceDetail): Record<string, FileMeta> {
  return detail.files;
}

/** Form values hold only file ids; names and sizes come from here, wherever the field is rendered. */
export function AttachmentFilesProvider({ known, children }: { known?: Record<string, FileMeta>; children: ReactNode }) {
  const [uploaded, setUploaded] = useState<Record<string, FileMeta>>({});
  const remember = useCallback((file: FileMeta) => setUploaded((prev) => ({ ...prev, [file.id]: file })), []);
  const value = useMemo(() => ({ files: { ...known, ...uploaded }, remember }), [known, uploaded, remember]);
  return <AttachmentFilesContext.Provider value={value}>{children}</AttachmentFilesContext.Provider>;
}

export function useAttachmentFiles(): AttachmentFiles {
  return useContext(AttachmentFilesContext);
}
