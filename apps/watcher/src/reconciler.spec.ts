import { mayBeInFlight } from './reconciler';

describe('mayBeInFlight: a published file whose article is not stored', () => {
  const progress = { ackFloor: 100, unsettled: 3, lastSeq: 120, streamCreated: new Date('2026-12-01T00:00:00Z') };
  const at = new Date('2026-12-02T00:00:00Z');

  it('is on its way while the first stage has not settled its message', () => {
    expect(mayBeInFlight({ streamSeq: 101, publishedAt: at }, progress)).toBe(true);
    expect(mayBeInFlight({ streamSeq: 120, publishedAt: at }, progress)).toBe(true);
  });

  it('is lost once its message was settled without storing it (taken by someone else)', () => {
    expect(mayBeInFlight({ streamSeq: 100, publishedAt: at }, progress)).toBe(false);
    expect(mayBeInFlight({ streamSeq: 7, publishedAt: at }, progress)).toBe(false);
  });

  it('is lost when its message is not in this stream: published before the stream was made, or past its end', () => {
    expect(mayBeInFlight({ streamSeq: 110, publishedAt: new Date('2026-11-30T00:00:00Z') }, progress)).toBe(false);
    expect(mayBeInFlight({ streamSeq: 121, publishedAt: at }, progress)).toBe(false);
  });

  it('without a recorded sequence (published by an older version) counts as on its way while anything is', () => {
    expect(mayBeInFlight({ streamSeq: null, publishedAt: at }, progress)).toBe(true);
    expect(mayBeInFlight({ streamSeq: null, publishedAt: at }, { ...progress, unsettled: 0 })).toBe(false);
  });
});
