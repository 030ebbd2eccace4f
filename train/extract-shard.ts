/**
 * One shard of the extraction (`npm run train` starts one per core): pages whose index modulo the
 * shard count is this shard's, one JSON line each, to the file named.
 *
 *   tsx train/extract-shard.ts CORPUS_DIR SHARD SHARDS OUT_FILE
 */
import { createWriteStream } from 'node:fs';
import { yieldToEventLoop } from '../cli/clean-page';
import { listTrainingPages } from './corpus-pages';
import { extractPage } from './extract-blocks';

const [corpusDir, shardText, shardsText, outFile] = process.argv.slice(2);
const shard = Number(shardText);
const shards = Number(shardsText);
const pages = listTrainingPages(corpusDir!).filter((_, i) => i % shards === shard);
const out = createWriteStream(outFile!);
for (const [i, page] of pages.entries()) {
  if (i % 100 === 0) process.stderr.write(`train: shard ${shard + 1}/${shards}: ${i}/${pages.length}\n`);
  out.write(`${JSON.stringify(await extractPage(page))}\n`);
  await yieldToEventLoop();
}
await new Promise<void>((resolve) => out.end(resolve));
