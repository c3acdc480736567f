/**
 * A binary linear classifier over string features (the learned part of quote attribution), and the
 * averaged perceptron that trains it. Pure: weights come in and go out as plain objects.
 */

export type Weights = Record<string, number>;

export class LinearModel {
  private readonly weights: Map<string, number>;

  constructor(weights: Weights, readonly bias = 0) {
    this.weights = new Map(Object.entries(weights));
  }

  score(features: readonly string[]): number {
    let s = this.bias;
    for (const f of features) s += this.weights.get(f) ?? 0;
    return s;
  }
}

export interface Example {
  features: string[];
  positive: boolean;
}

export interface TrainedWeights {
  bias: number;
  weights: Weights;
}

/** A Fisher-Yates shuffle in place from a seeded linear congruential generator: the same seed, the same orders. */
export function seededShuffle(seed: number): (order: number[]) => void {
  let rand = seed;
  const next = (): number => (rand = (rand * 1103515245 + 12345) % 2147483648) / 2147483648;
  return (order) => {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
  };
}

/**
 * Averaged perceptron: the returned weights are the mean over every step, which generalises far better
 * than the last iterate on a few thousand examples. Examples are visited in a fixed shuffled order
 * per epoch (seeded), so training is reproducible.
 */
export function trainAveragedPerceptron(examples: readonly Example[], epochs: number, seed = 1): TrainedWeights {
  const w = new Map<string, number>();
  const total = new Map<string, number>(); // running sum of each weight's value over steps
  const stamp = new Map<string, number>(); // the step at which total was last brought up to date
  let bias = 0;
  let biasTotal = 0;
  let biasStamp = 0;
  let step = 0;
  const settle = (f: string): void => {
    total.set(f, (total.get(f) ?? 0) + (w.get(f) ?? 0) * (step - (stamp.get(f) ?? 0)));
    stamp.set(f, step);
  };
  const shuffle = seededShuffle(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order);
    for (const i of order) {
      step++;
      const { features, positive } = examples[i];
      let s = bias;
      for (const f of features) s += w.get(f) ?? 0;
      const y = positive ? 1 : -1;
      if (y * s > 0) continue;
      for (const f of features) {
        settle(f);
        w.set(f, (w.get(f) ?? 0) + y);
      }
      biasTotal += bias * (step - biasStamp);
      biasStamp = step;
      bias += y;
    }
  }
  const weights: Weights = {};
  for (const f of w.keys()) {
    settle(f);
    const mean = total.get(f)! / Math.max(step, 1);
    if (Math.abs(mean) >= 1e-3) weights[f] = Math.round(mean * 1000) / 1000;
  }
  biasTotal += bias * (step - biasStamp);
  return { bias: Math.round((biasTotal / Math.max(step, 1)) * 1000) / 1000, weights };
}
