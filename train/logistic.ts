/**
 * L2-regularised logistic regression, trained by full-batch gradient descent with Adam on
 * standardised features. Deterministic: no sampling, weights start at zero, a fixed number of
 * steps; the same data gives the same model on every machine. Rows are sparse (most block
 * features are 0); standardisation is applied algebraically, so the sums run over non-zero
 * entries only and the result is the same as on dense standardised rows. Short enough to read
 * whole: the npm ML packages either bring a tensor runtime or are unmaintained.
 */
export interface SparseRow {
  index: Uint16Array;
  value: Float64Array;
}

export interface TrainingSet {
  dimensions: number;
  rows: SparseRow[];
  /** 1 = boilerplate, 0 = content. */
  labels: Uint8Array;
  weights: Float64Array;
}

export interface LogisticOptions {
  l2: number;
  steps: number;
  learningRate: number;
}

export interface RawModel {
  bias: number;
  /** In the original feature units (standardisation folded in). */
  weights: number[];
}

export function trainLogistic(data: TrainingSet, options: LogisticOptions): RawModel {
  const d = data.dimensions;
  const { mean, scale } = standardisation(data);
  // Weights on standardised features (u) and the intercept (c): z = c + Σ u_j (x_j − μ_j) / σ_j.
  const u = new Float64Array(d);
  let c = 0;
  const m1 = new Float64Array(d + 1);
  const m2 = new Float64Array(d + 1);
  const grad = new Float64Array(d + 1);
  const totalWeight = sum(data.weights) || 1;
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let step = 1; step <= options.steps; step++) {
    // In original units: w_j = u_j / σ_j, b = c − Σ w_j μ_j.
    let b = c;
    const w = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      w[j] = u[j]! / scale[j]!;
      b -= w[j]! * mean[j]!;
    }
    grad.fill(0);
    let errSum = 0;
    for (let i = 0; i < data.rows.length; i++) {
      const row = data.rows[i]!;
      let z = b;
      for (let k = 0; k < row.index.length; k++) z += w[row.index[k]!]! * row.value[k]!;
      const err = (1 / (1 + Math.exp(-z)) - data.labels[i]!) * data.weights[i]!;
      errSum += err;
      for (let k = 0; k < row.index.length; k++) grad[row.index[k]!]! += err * row.value[k]!;
    }
    for (let j = 0; j < d; j++) grad[j] = (grad[j]! - mean[j]! * errSum) / scale[j]!;
    grad[d] = errSum;
    for (let j = 0; j <= d; j++) {
      let g = grad[j]! / totalWeight;
      if (j < d) g += options.l2 * u[j]!;
      m1[j] = beta1 * m1[j]! + (1 - beta1) * g;
      m2[j] = beta2 * m2[j]! + (1 - beta2) * g * g;
      const update = (options.learningRate * (m1[j]! / (1 - beta1 ** step))) / (Math.sqrt(m2[j]! / (1 - beta2 ** step)) + 1e-8);
      if (j < d) u[j] = u[j]! - update;
      else c -= update;
    }
  }
  const weights = Array.from(u, (uj, j) => uj / scale[j]!);
  return { bias: c - weights.reduce((acc, wj, j) => acc + wj * mean[j]!, 0), weights };
}

/** Weighted mean and standard deviation per feature; a constant feature is left as it is. */
function standardisation(data: TrainingSet): { mean: Float64Array; scale: Float64Array } {
  const d = data.dimensions;
  const s1 = new Float64Array(d);
  const s2 = new Float64Array(d);
  const total = sum(data.weights) || 1;
  data.rows.forEach((row, i) => {
    const wi = data.weights[i]!;
    for (let k = 0; k < row.index.length; k++) {
      s1[row.index[k]!]! += wi * row.value[k]!;
      s2[row.index[k]!]! += wi * row.value[k]! ** 2;
    }
  });
  const mean = new Float64Array(d);
  const scale = new Float64Array(d).fill(1);
  for (let j = 0; j < d; j++) {
    const m = s1[j]! / total;
    const v = s2[j]! / total - m * m;
    // A constant column (the bias feature) stays uncentred and unscaled: the intercept learns it.
    if (v > 1e-12) {
      mean[j] = m;
      scale[j] = Math.sqrt(v);
    }
  }
  return { mean, scale };
}

export function predictSparse(model: RawModel, row: SparseRow): number {
  let z = model.bias;
  for (let k = 0; k < row.index.length; k++) z += model.weights[row.index[k]!]! * row.value[k]!;
  return 1 / (1 + Math.exp(-z));
}

function sum(xs: Float64Array): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
