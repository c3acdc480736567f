import { isFrameworkChatter } from './framework-log';

describe('isFrameworkChatter', () => {
  it("is true for Nest's start-up lines, named by their context", () => {
    expect(isFrameworkChatter(['RouterExplorer'])).toBe(true);
    expect(isFrameworkChatter(['InstanceLoader'])).toBe(true);
  });

  it("is false for the apps' own lines and for lines without a context", () => {
    expect(isFrameworkChatter(['DeadLetterService'])).toBe(false);
    expect(isFrameworkChatter([])).toBe(false);
    expect(isFrameworkChatter([{ port: 3000 }])).toBe(false);
  });
});
