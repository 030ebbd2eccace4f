import { metrics, type Counts } from './score';
import { siteMemoryCapsLine, type SiteMemoryReport } from './site-memory-pass';

/** Prints one site-memory pass: the two columns side by side, then what changed and why. */
export function printSiteMemoryReport(report: SiteMemoryReport, verbose: boolean): void {
  const before = metrics(report.without);
  const after = metrics(report.withMemory);
  console.log(`\n## site memory: ${report.label} (${report.pages} pages, ${report.sites} sites; ${report.sitesWithThreePages} sites with ≥ 3 pages holding ${report.pagesOnSuchSites} pages; ${report.pagesWithoutSite} pages without an address)\n`);
  const rows: [string, string, string, string][] = [
    ['TP / FP / FN / TN', counts(report.without), counts(report.withMemory), ''],
    ['precision', fixed(before.precision), fixed(after.precision), delta(after.precision - before.precision)],
    ['recall', fixed(before.recall), fixed(after.recall), delta(after.recall - before.recall)],
    ['F1', fixed(before.f1), fixed(after.f1), delta(after.f1 - before.f1)],
    ['without present', `${report.without.fp}/${report.without.fp + report.without.tn}`, `${report.withMemory.fp}/${report.withMemory.fp + report.withMemory.tn}`, ''],
  ];
  const header = ['', 'Engine', 'Engine + site memory', 'change'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log(`\nSite-memory removals: ${report.removals}; 'without' snippets it took out: ${report.gained.length}; 'with' snippets it lost: ${report.lost.length}; pages failed: ${report.failed}`);
  console.log(`Memory after learning every page: ${report.memoryBytes} bytes of JSON (${siteMemoryCapsLine()})`);
  for (const { page, text, reason } of report.lost) console.log(`  lost  ${page}: “${clip(text)}” ← ${reason ?? 'no removal holds it'}`);
  if (!verbose) return;
  for (const { page, text } of report.gained) console.log(`  taken ${page}: “${clip(text)}”`);
}

export function siteMemoryJson(report: SiteMemoryReport) {
  return { ...report, without: { ...report.without, ...metrics(report.without) }, withMemory: { ...report.withMemory, ...metrics(report.withMemory) } };
}

function counts(c: Counts): string {
  return `${c.tp} / ${c.fp} / ${c.fn} / ${c.tn}`;
}

function fixed(n: number): string {
  return n.toFixed(3);
}

/** In points (hundredths), the unit the issue's "no loss of recall beyond 0.2 points" uses. */
function delta(d: number): string {
  const points = d * 100;
  return `${points >= 0 ? '+' : ''}${points.toFixed(2)} pt`;
}

function clip(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
