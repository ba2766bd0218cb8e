import { i18n, type Messages } from '../../app/i18n/index.ts';

export const filesZhCN = {
  upload: '上传附件',
  uploading: '上传中 {{percent}}%',
  failed: '{{name}} 上传失败：{{message}}',
  tooLarge: '{{name}} 超过 10 MB，无法上传',
  empty: '{{name}} 是空文件，无法上传',
  tooMany: '最多只能上传 {{max}} 个文件',
  limitHint: '单个文件不超过 10 MB',
  limitHintMax: '最多 {{max}} 个，单个文件不超过 10 MB',
  remove: '移除',
  download: '下载 {{name}}',
  unknown: '文件 {{id}}',
};

export const filesEnUS: Messages<typeof filesZhCN> = {
  upload: 'Upload files',
  uploading: 'Uploading {{percent}}%',
  failed: '{{name}} could not be uploaded: {{message}}',
  tooLarge: '{{name}} is larger than 10 MB and cannot be uploaded',
  empty: '{{name}} is empty and cannot be uploaded',
  tooMany: 'At most {{max}} files can be attached',
  limitHint: 'Up to 10 MB per file',
  limitHintMax: 'Up to {{max}} files, 10 MB each',
  remove: 'Remove',
  download: 'Download {{name}}',
  unknown: 'File {{id}}',
};

// Shared components carry their own strings so any module can use them without touching the app's
// locale files; merged under `files.` into the one translation tree.
i18n.addResourceBundle('zh-CN', 'translation', { files: filesZhCN }, true, false);
i18n.addResourceBundle('en-US', 'translation', { files: filesEnUS }, true, false);
