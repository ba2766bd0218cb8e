import { defineErrors } from '../../../platform/http/index.ts';

/**
 * Excel import (partners and items share them): file-level failures answer 4xx; row-level ones
 * come back in the result's `errors` with the same codes and messages.
 */
export const importErrors = defineErrors({
  'import.fileTooLarge': { status: 413, message: { 'zh-CN': '文件过大（不超过 {maxMb} MB）', 'en-US': 'The file is too large (at most {maxMb} MB)' } },
  'import.tooManyRows': { status: 413, message: { 'zh-CN': '行数过多（每次最多 {maxRows} 行）', 'en-US': 'Too many rows (at most {maxRows} per import)' } },
  'import.unreadable': { status: 400, message: { 'zh-CN': '无法读取文件，请上传 .xlsx 格式的 Excel 文件', 'en-US': 'The file cannot be read; upload an .xlsx Excel file' } },
  'import.missingColumn': { status: 422, message: { 'zh-CN': '缺少列“{column}”', 'en-US': 'Column “{column}” is missing' } },
  'import.required': { status: 422, message: { 'zh-CN': '必填', 'en-US': 'Required' } },
  'import.invalidValue': { status: 422, message: { 'zh-CN': '格式不正确：{hint}', 'en-US': 'Invalid value: {hint}' } },
  'import.duplicateCode': { status: 422, message: { 'zh-CN': '编码在文件中重复（第 {firstRow} 行已出现）', 'en-US': 'The code repeats in the file (first seen on row {firstRow})' } },
  'import.notFound': { status: 422, message: { 'zh-CN': '“{value}”不存在', 'en-US': '“{value}” does not exist' } },
});
