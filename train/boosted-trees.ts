import type { SparseRow, TrainingSet } from './logistic';

/**
 * Gradient-boosted decision trees for the logistic loss (the XGBoost recipe, small): each round
 * fits a depth-limited tree to the gradients and Hessians of the current predictions, with
 * per-feature quantile bins as split candidates, L2 on leaf values and shrinkage. Deterministic:
 * no row or column sampling; ties between splits go to the lower feature index.
 * Trees are complete binary trees stored level by level (node k has children 2k+1, 2k+2); a
 * node that does not split has feature -1 and sends every block left.
 */
export interface BoostOptions {
  rounds: number;
  depth: number;
  learningRate: number;
  /** L2 on leaf values (XGBoost's lambda). */
  l2: number;
  /** Least Hessian weight on each side of a split. */
  minChildWeight: number;
  /** Split candidates per feature. */
  bins: number;
}

export interface Tree {
  feature: number[];
  threshold: number[];
  /** The log-odds contribution of every node (internal nodes too: explanations walk the path). */
  value: number[];
}

export interface TreeModel {
  base: number;
  depth: number;
  trees: Tree[];
}

export function trainBoostedTrees(data: TrainingSet, options: BoostOptions): TreeModel {
  const n = data.rows.length;
  const d = data.dimensions;
  const edges = quantileEdges(data, options.bins);
  const binned = data.rows.map((row) => binRow(row, edges));
  const zeroBin = edges.map((e) => binOf(0, e));
  const positive = data.labels.reduce((s, y, i) => s + y * data.weights[i]!, 0);
  const total = data.weights.reduce((s, w) => s + w, 0);
  const prior = Math.min(0.99, Math.max(0.01, positive / total));
  const base = Math.log(prior / (1 - prior));
  const score = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: Tree[] = [];
  const nodes = 2 ** (options.depth + 1) - 1;
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      g[i] = (p - data.labels[i]!) * data.weights[i]!;
      h[i] = Math.max(1e-6, p * (1 - p)) * data.weights[i]!;
    }
    const tree: Tree = { feature: new Array<number>(nodes).fill(-1), threshold: new Array<number>(nodes).fill(0), value: new Array<number>(nodes).fill(0) };
    const members: number[][] = Array.from({ length: nodes }, () => []);
    members[0] = Array.from({ length: n }, (_, i) => i);
    for (let node = 0; node < nodes; node++) {
      const rows = members[node]!;
      let G = 0;
      let H = 0;
      for (const i of rows) {
        G += g[i]!;
        H += h[i]!;
      }
      tree.value[node] = rows.length ? (-G / (H + options.l2)) * options.learningRate : node > 0 ? tree.value[(node - 1) >> 1]! : 0;
      const isLeaf = node >= nodes >> 1;
      if (isLeaf || rows.length < 2) {
        if (!isLeaf) {
          members[2 * node + 1] = rows;
          members[2 * node + 2] = [];
        }
        continue;
      }
      const split = bestSplit(rows, binned, g, h, G, H, edges, zeroBin, d, options);
      if (!split) {
        members[2 * node + 1] = rows;
        members[2 * node + 2] = [];
        continue;
      }
      tree.feature[node] = split.feature;
      tree.threshold[node] = split.threshold;
      const left: number[] = [];
      const right: number[] = [];
      for (const i of rows) (valueOf(data.rows[i]!, split.feature) <= split.threshold ? left : right).push(i);
      members[2 * node + 1] = left;
      members[2 * node + 2] = right;
    }
    const first = nodes >> 1;
    for (let leaf = first; leaf < nodes; leaf++) for (const i of members[leaf]!) score[i]! += tree.value[leaf]!;
    trees.push(roundTree(tree));
  }
  return { base, depth: options.depth, trees };
}

function bestSplit(rows: number[], binned: { feature: Uint16Array; bin: Uint8Array }[], g: Float64Array, h: Float64Array, G: number, H: number, edges: number[][], zeroBin: number[], d: number, options: BoostOptions) {
  const bins = options.bins + 1;
  const hg = new Float64Array(d * bins);
  const hh = new Float64Array(d * bins);
  const nzG = new Float64Array(d);
  const nzH = new Float64Array(d);
  for (const i of rows) {
    const row = binned[i]!;
    for (let k = 0; k < row.feature.length; k++) {
      const j = row.feature[k]!;
      hg[j * bins + row.bin[k]!]! += g[i]!;
      hh[j * bins + row.bin[k]!]! += h[i]!;
      nzG[j]! += g[i]!;
      nzH[j]! += h[i]!;
    }
  }
  const parent = (G * G) / (H + options.l2);
  let best: { feature: number; threshold: number; gain: number } | null = null;
  for (let j = 0; j < d; j++) {
    const e = edges[j]!;
    if (!e.length) continue;
    hg[j * bins + zeroBin[j]!]! += G - nzG[j]!;
    hh[j * bins + zeroBin[j]!]! += H - nzH[j]!;
    let gl = 0;
    let hl = 0;
    for (let b = 0; b < e.length; b++) {
      gl += hg[j * bins + b]!;
      hl += hh[j * bins + b]!;
      const gr = G - gl;
      const hr = H - hl;
      if (hl < options.minChildWeight || hr < options.minChildWeight) continue;
      const gain = (gl * gl) / (hl + options.l2) + (gr * gr) / (hr + options.l2) - parent;
      if (gain > 1e-9 && (!best || gain > best.gain)) best = { feature: j, threshold: e[b]!, gain };
    }
  }
  return best;
}

/** Up to `bins` distinct split points per feature from the weighted values (0 included). */
function quantileEdges(data: TrainingSet, bins: number): number[][] {
  const values: number[][] = Array.from({ length: data.dimensions }, () => []);
  for (const row of data.rows) for (let k = 0; k < row.index.length; k++) values[row.index[k]!]!.push(row.value[k]!);
  return values.map((vs, j) => {
    if (!vs.length) return [];
    const hasZero = vs.length < data.rows.length;
    const sorted = [...new Set(hasZero ? [0, ...vs] : vs)].sort((a, b) => a - b);
    if (sorted.length <= 1) return [];
    // Candidate thresholds between distinct values, evenly spaced by rank.
    const candidates = sorted.slice(0, -1).map((v, i) => (v + sorted[i + 1]!) / 2);
    if (candidates.length <= bins) return candidates.map(round6);
    void j;
    return Array.from({ length: bins }, (_, b) => round6(candidates[Math.floor(((b + 0.5) * candidates.length) / bins)]!)).filter((v, i, a) => a.indexOf(v) === i);
  });
}

function binRow(row: SparseRow, edges: number[][]): { feature: Uint16Array; bin: Uint8Array } {
  const bin = new Uint8Array(row.index.length);
  for (let k = 0; k < row.index.length; k++) bin[k] = binOf(row.value[k]!, edges[row.index[k]!]!);
  return { feature: row.index, bin };
}

/** Index of the first edge ≥ x (x ≤ edge goes left of that split); edges.length when above all. */
function binOf(x: number, edges: number[]): number {
  let b = 0;
  while (b < edges.length && x > edges[b]!) b++;
  return b;
}

function valueOf(row: SparseRow, feature: number): number {
  for (let k = 0; k < row.index.length; k++) if (row.index[k] === feature) return row.value[k]!;
  return 0;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function roundTree(tree: Tree): Tree {
  return { feature: tree.feature, threshold: tree.threshold.map(round6), value: tree.value.map((v) => Math.round(v * 1e5) / 1e5) };
}

export function predictTrees(model: TreeModel, row: SparseRow): number {
  let z = model.base;
  for (const tree of model.trees) {
    let node = 0;
    const first = tree.feature.length >> 1;
    while (node < first) node = valueOf(row, tree.feature[node]!) <= tree.threshold[node]! || tree.feature[node]! < 0 ? 2 * node + 1 : 2 * node + 2;
    z += tree.value[node]!;
  }
  return 1 / (1 + Math.exp(-z));
}
