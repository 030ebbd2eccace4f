/**
 * Trains the block scorer (core/scorer/) and proves it on sites it never saw.
 *
 *   npm run train [-- --extract] [--folds K]
 *
 * 1. Extraction (once, cached in .cache/train/, or again with --extract): every page of wcxb-dev,
 *    trafilatura-dev, appeals-dev and seed is cleaned with the scorer's model off and its observe
 *    hook on; each block's features are kept with a label from the page's ground truth
 *    (train/block-labels.ts). One process per core.
 * 2. Grouped validation: sites (registrable domains) are split into K folds (default 5, seed 1).
 *    For each fold a model is trained on the other folds' pages only, its threshold picked on those
 *    training pages, then it is scored on the fold's pages. Training-fold and validation numbers
 *    are printed side by side, with Readability alone and the engine without the scorer.
 * 3. The shipped model is trained the same way on every page and written to
 *    core/scorer/block-model.json; the fold models go to .cache/train/fold-N.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { findCorpusDir, repoRoot } from '../bench/lib/corpus';
import { metrics } from '../bench/lib/score';
import { FEATURE_NAMES } from '../core/scorer/block-features';
import type { BlockModel } from '../core/scorer/block-model';
import { foldOf } from '../bench/lib/site-folds';
import { listTrainingPages } from './corpus-pages';
import type { ExtractedPage } from './extract-blocks';
import { fitModel, probabilities, removedAt, summarise, type FittedModel, type Learner, type Summary } from './fit-folds';

import { evaluatePage, preparePage, type PageOutcome, type PreparedPage } from './page-eval';

export const SEED = 1;
const LEARNERS: Record<string, Learner> = {
  trees: { kind: 'trees', options: { rounds: 80, depth: 3, learningRate: 0.1, l2: 10, minChildWeight: 200, bins: 16 } },
  logistic: { kind: 'logistic', options: { l2: 3e-3, steps: 250, learningRate: 0.05 } },
};

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    console.log('Usage: npm run train -- [--extract] [--folds K]\n\nTrains core/scorer/block-model.json on ../shared/corpus and prints grouped-validation numbers.');
    return 0;
  }
  const folds = argv.includes('--folds') ? Number(argv[argv.indexOf('--folds') + 1]) || 5 : 5;
  const learnerName = argv.includes('--learner') ? argv[argv.indexOf('--learner') + 1]! : 'trees';
  const learner = LEARNERS[learnerName];
  if (!learner) {
    console.error(`train: unknown learner “${learnerName}”; known: ${Object.keys(LEARNERS).join(', ')}`);
    return 2;
  }
  const corpusDir = findCorpusDir();
  if (!corpusDir) {
    console.log('train: no corpus at ../shared/corpus (next to the repository); nothing to train on.');
    return 0;
  }
  const cacheDir = process.env.QR_TRAIN_CACHE ?? join(repoRoot(), '.cache', 'train');
  mkdirSync(cacheDir, { recursive: true });
  const shards = Math.max(1, Math.min(2, availableParallelism()));
  const shardFiles = Array.from({ length: shards }, (_, i) => join(cacheDir, `shard-${i}.jsonl`));
  if (argv.includes('--extract') || shardFiles.some((file) => !existsSync(file))) await extract(corpusDir, shardFiles);

  const sources = new Map(listTrainingPages(corpusDir).map((page) => [page.name, page]));
  const extracted = shardFiles.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as ExtractedPage));
  const pages: PreparedPage[] = extracted
    .filter((page) => sources.has(page.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((page) => {
      const source = sources.get(page.name)!;
      return preparePage(page, foldOf(page.site, folds, SEED), source.mainContent, source.with, source.without);
    });
  const labelled = pages.reduce((n, { page }: PreparedPage) => n + page.blocks.filter((b) => b.label !== null).length, 0);
  console.log(`train: ${pages.length} pages from ${new Set(pages.map((p) => p.page.site)).size} sites, ${labelled} labelled blocks; ${folds} folds grouped by site, seed ${SEED}`);

  const validation = new Map<string, Set<number>>();
  const trainingByGroup = new Map<string, PageOutcome[]>();
  for (let fold = 0; fold < folds; fold++) {
    const train = pages.filter((p) => p.fold !== fold);
    const held = pages.filter((p) => p.fold === fold);
    const { model, threshold } = fitModel(train, learner);
    writeFileSync(join(cacheDir, `fold-${fold}.json`), `${JSON.stringify(toBlockModel(model, threshold, `fold ${fold} of ${folds} (sites hashed with seed ${SEED}); trained on ${train.length} pages, never on this fold's ${held.length}`))}\n`);
    for (const p of held) validation.set(p.page.name, removedAt(p, probabilities(model, p), threshold));
    const outcomes = train.map((p) => evaluatePage(p, removedAt(p, probabilities(model, p), threshold)));
    train.forEach((p, i) => {
      const key = groupOf(p);
      trainingByGroup.set(key, [...(trainingByGroup.get(key) ?? []), outcomes[i]!]);
    });
    console.log(`train: fold ${fold + 1}/${folds}: ${train.length} training pages, ${held.length} validation pages, threshold ${threshold.toFixed(3)}`);
  }
  printReport(pages, validation, trainingByGroup);

  const { model, threshold } = fitModel(pages, learner);
  const shipped = toBlockModel(model, threshold, `trained on all ${pages.length} pages (${[...new Set(pages.map((p) => p.page.set))].join(', ')}) by \`npm run train\` (train/main.ts), seed ${SEED}, ${learnerName} ${JSON.stringify(learner.options)}`);
  writeFileSync(join(repoRoot(), 'core', 'scorer', 'block-model.json'), `${JSON.stringify(shipped, null, 1)}\n`);
  console.log(`\ntrain: wrote core/scorer/block-model.json (threshold ${threshold.toFixed(3)})`);
  if (shipped.kind === 'logistic') printWeights(shipped);
  return 0;
}

function groupOf({ page }: PreparedPage): string {
  if (page.set === 'wcxb-dev') return `wcxb-dev ${page.pageType}`;
  if (page.set === 'seed' || page.set === 'appeals-dev') return 'appeals-dev + seed';
  return page.set;
}

function toBlockModel(fitted: FittedModel, threshold: number, about: string): BlockModel {
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  if (fitted.kind === 'trees') return { about, features: FEATURE_NAMES, kind: 'trees', base: round(fitted.model.base), trees: fitted.model.trees, threshold: round(threshold) };
  return { about, features: FEATURE_NAMES, kind: 'logistic', bias: round(fitted.model.bias), weights: fitted.model.weights.map(round), threshold: round(threshold) };
}

function printReport(pages: readonly PreparedPage[], validation: Map<string, Set<number>>, trainingByGroup: Map<string, PageOutcome[]>): void {
  const groups = [...new Set(pages.map(groupOf))].sort();
  console.log('\n| set | pages | Readability alone | engine, no scorer | engine + scorer, training folds | engine + scorer, validation folds |');
  console.log('|---|---:|---|---|---|---|');
  for (const group of groups) {
    const members = pages.filter((p) => groupOf(p) === group);
    const alone = summarise(members.map((p) => evaluatePage(p, new Set(), 'readability')));
    const before = summarise(members.map((p) => evaluatePage(p, new Set())));
    const valid = summarise(members.map((p) => evaluatePage(p, validation.get(p.page.name)!)));
    const trained = summarise(trainingByGroup.get(group) ?? []);
    console.log(`| ${group} | ${members.length} | ${cell(alone)} | ${cell(before)} | ${cell(trained)} | ${cell(valid)} |`);
  }
}

function cell(s: Summary): string {
  if (s.counts.tp + s.counts.fn + s.counts.fp + s.counts.tn > 0) {
    const m = metrics(s.counts);
    return `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 **${m.f1.toFixed(3)}**; with ${pct(s.withRate)}, without ${pct(s.withoutRate)}`;
  }
  return `F1 **${s.word.f1.toFixed(3)}** (P ${s.word.precision.toFixed(3)}, R ${s.word.recall.toFixed(3)}); with ${pct(s.withRate)}, without ${pct(s.withoutRate)}`;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function printWeights(model: Extract<BlockModel, { kind: 'logistic' }>): void {
  const ranked = model.features.map((name, i) => [name, model.weights[i]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  console.log(`train: strongest weights: ${ranked.slice(0, 16).map(([n, w]) => `${n} ${w > 0 ? '+' : ''}${w.toFixed(2)}`).join(', ')}`);
}

async function extract(corpusDir: string, shardFiles: string[]): Promise<void> {
  console.log(`train: extracting blocks from every page with ${shardFiles.length} processes (long: jsdom parses ~2,000 pages)`);
  await Promise.all(
    shardFiles.map(
      (file, shard) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot(), 'train', 'extract-shard.ts'), corpusDir, String(shard), String(shardFiles.length), file], { stdio: ['ignore', 'inherit', 'inherit'] });
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`extraction shard ${shard} ended with ${code}`))));
        }),
    ),
  );
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`train failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
