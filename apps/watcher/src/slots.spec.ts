import { Slots } from './slots';

const flush = () => new Promise((r) => setImmediate(r));

describe('Slots', () => {
  it('admits up to the count, then in arrival order as holders release', async () => {
    const slots = new Slots(2);
    const order: number[] = [];
    await slots.acquire();
    await slots.acquire();
    void slots.acquire().then(() => order.push(3));
    void slots.acquire().then(() => order.push(4));
    await flush();
    expect(order).toEqual([]);
    slots.release();
    await flush();
    expect(order).toEqual([3]);
    slots.release();
    await flush();
    expect(order).toEqual([3, 4]);
  });

  it('holds back a file that would take the bytes in flight over the budget', async () => {
    const slots = new Slots(10, 100);
    await slots.acquire(60);
    let admitted = false;
    void slots.acquire(50).then(() => (admitted = true));
    await flush();
    expect(admitted).toBe(false);
    slots.release(60);
    await flush();
    expect(admitted).toBe(true);
  });

  it('lets a file larger than the whole budget go alone rather than never', async () => {
    const slots = new Slots(10, 100);
    await expect(slots.acquire(500)).resolves.toBeUndefined();
    let small = false;
    void slots.acquire(1).then(() => (small = true));
    await flush();
    expect(small).toBe(false);
    slots.release(500);
    await flush();
    expect(small).toBe(true);
  });

  it('does not let small files overtake a large one that is waiting', async () => {
    const slots = new Slots(10, 100);
    await slots.acquire(50);
    const order: string[] = [];
    void slots.acquire(80).then(() => order.push('large'));
    void slots.acquire(10).then(() => order.push('small'));
    await flush();
    expect(order).toEqual([]);
    slots.release(50);
    await flush();
    expect(order).toEqual(['large', 'small']);
  });
});
