import { FEATURE_COUNT, FEATURE_NAMES } from './block-features';

/**
 * The scorer's model, as `npm run train` writes it (core/scorer/block-model.json): gradient-boosted
 * trees (the default) or a logistic regression, both giving P(boilerplate) for one block's
 * features. The data file names the features it was trained on: a model whose list differs from
 * the code's is refused, never applied to the wrong numbers.
 */
interface ModelCommon {
  /** What made it: the data, the command, the seed. */
  about: string;
  features: readonly string[];
  /** Remove a block when P(boilerplate) is at least this. */
  threshold: number;
}

export interface TreeNodes {
  /** Complete binary trees level by level (children of k: 2k+1, 2k+2); -1 = no split, go left. */
  feature: readonly number[];
  threshold: readonly number[];
  /** Log-odds of every node; the leaves' are what a block adds. */
  value: readonly number[];
}

export type BlockModel =
  | (ModelCommon & { kind: 'trees'; base: number; trees: readonly TreeNodes[] })
  | (ModelCommon & { kind: 'logistic'; bias: number; weights: readonly number[] });

export function isUsableModel(model: BlockModel): boolean {
  if (model.features.length !== FEATURE_COUNT || !model.features.every((name, i) => name === FEATURE_NAMES[i])) return false;
  return model.kind === 'trees' ? Array.isArray(model.trees) && model.trees.length > 0 : model.weights.length === FEATURE_COUNT;
}

/** P(boilerplate), and how much each feature pushed the log-odds (for the reason a reader sees). */
export function scoreBlock(model: BlockModel, features: Float64Array): { probability: number; pushes: Float64Array } {
  const pushes = new Float64Array(features.length);
  let z: number;
  if (model.kind === 'logistic') {
    z = model.bias;
    for (let i = 0; i < features.length; i++) {
      const push = model.weights[i]! * features[i]!;
      z += push;
      pushes[i] = push;
    }
  } else {
    z = model.base;
    for (const tree of model.trees) {
      // Each step down the path credits the feature that chose it with the change in the node's value.
      const first = tree.feature.length >> 1;
      let node = 0;
      while (node < first) {
        const feature = tree.feature[node]!;
        const next = feature < 0 || features[feature]! <= tree.threshold[node]! ? 2 * node + 1 : 2 * node + 2;
        if (feature >= 0) pushes[feature]! += tree.value[next]! - tree.value[node]!;
        node = next;
      }
      z += tree.value[node]!;
    }
  }
  return { probability: 1 / (1 + Math.exp(-z)), pushes };
}

/** The features that pushed a block towards boilerplate the most, strongest first. */
export function strongestFeatures(pushes: Float64Array, count = 3): string[] {
  const ranked: [string, number][] = [];
  for (let i = 0; i < pushes.length; i++) if (pushes[i]! > 0) ranked.push([FEATURE_NAMES[i]!, pushes[i]!]);
  return ranked.sort((a, b) => b[1] - a[1]).slice(0, count).map(([name]) => name);
}
