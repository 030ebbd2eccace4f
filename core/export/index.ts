export { articleToMarkdown } from './markdown';
export { articleToHtmlDocument } from './html-document';
export { exportFileName, type ExportInput } from './export-input';
export type { ExportTheme } from './html-file-style';
