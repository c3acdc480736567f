import { StabilityTracker } from './stability-tracker';

describe('StabilityTracker', () => {
  const W = 500;

  it('reads a file whose mtime is a window old at first sight', () => {
    expect(new StabilityTracker(W).observe('a', { size: 10, mtimeMs: 1000 }, 1500)).toBe(0);
  });

  it('waits only for what is left of the window after the mtime', () => {
    expect(new StabilityTracker(W).observe('a', { size: 10, mtimeMs: 1000 }, 1100)).toBe(400);
  });

  it('looks again when the last write settles, not a whole window after an earlier sighting', () => {
    const tracker = new StabilityTracker(W);
    // Seen empty at creation, then written 5 ms later: the look due at 1500 finds it 5 ms short.
    expect(tracker.observe('a', { size: 0, mtimeMs: 1000 }, 1000)).toBe(500);
    expect(tracker.observe('a', { size: 10, mtimeMs: 1005 }, 1006)).toBe(500);
    expect(tracker.observe('a', { size: 10, mtimeMs: 1005 }, 1500)).toBe(5);
    expect(tracker.observe('a', { size: 10, mtimeMs: 1005 }, 1505)).toBe(0);
  });

  it('makes a file that changed under its eyes wait a window from now, even with an old mtime', () => {
    const tracker = new StabilityTracker(W);
    expect(tracker.observe('a', { size: 10, mtimeMs: 0 }, 1000)).toBe(0);
    expect(tracker.observe('a', { size: 20, mtimeMs: 0 }, 1200)).toBe(500);
    expect(tracker.observe('a', { size: 20, mtimeMs: 0 }, 1700)).toBe(0);
  });

  it('looks at a file with an mtime in the future again every window, never later', () => {
    const tracker = new StabilityTracker(W);
    expect(tracker.observe('a', { size: 10, mtimeMs: 10 ** 13 }, 1000)).toBe(W);
    expect(tracker.observe('a', { size: 10, mtimeMs: 10 ** 13 }, 1500)).toBe(W);
  });

  it('forgets a file once it is read', () => {
    const tracker = new StabilityTracker(W);
    tracker.observe('a', { size: 10, mtimeMs: 0 }, 100);
    tracker.forget('a');
    expect(tracker.observe('a', { size: 20, mtimeMs: 0 }, 1000)).toBe(0);
  });
});
