export { articleToMarkdown } from './markdown';
export { articleToHtmlDocument, type HtmlFileStyle } from './html-document';
export { exportFileName, isoDate, type ExportInput } from './export-input';
export type { ExportTheme } from './html-file-style';
