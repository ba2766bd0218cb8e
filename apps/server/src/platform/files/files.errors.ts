import { defineErrors } from '../http/index.ts';

export const filesErrors = defineErrors({
  'files.file.notFound': { status: 404, message: { 'zh-CN': '文件不存在', 'en-US': 'File not found' } },
  'files.file.empty': { status: 400, message: { 'zh-CN': '不能上传空文件', 'en-US': 'The file is empty' } },
  'files.file.badName': { status: 400, message: { 'zh-CN': '文件名无效', 'en-US': 'Invalid file name' } },
});
