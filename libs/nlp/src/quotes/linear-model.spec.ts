import { LinearModel, trainAveragedPerceptron } from './linear-model';
import { LearnedCue, stem } from './learned-cue';

describe('averaged perceptron', () => {
  it('learns which feature marks the positive class, and is reproducible', () => {
    const examples = Array.from({ length: 40 }, (_, i) => ({ features: [i % 2 ? 'cue=yes' : 'cue=no', `noise=${i % 5}`], positive: i % 2 === 1 }));
    const trained = trainAveragedPerceptron(examples, 5);
    const model = new LinearModel(trained.weights, trained.bias);
    expect(model.score(['cue=yes', 'noise=3'])).toBeGreaterThan(0);
    expect(model.score(['cue=no', 'noise=3'])).toBeLessThan(0);
    expect(trainAveragedPerceptron(examples, 5)).toEqual(trained);
  });
});

describe('learned cue', () => {
  it('considers every inflection of a learned stem and nothing else', () => {
    const cue = new LearnedCue({ bias: 0, weights: {}, stems: [stem('linked')] });
    expect(['link', 'links', 'linked', 'linking'].every((w) => cue.considers(w))).toBe(true);
    expect(cue.considers('linker')).toBe(false);
  });
});
