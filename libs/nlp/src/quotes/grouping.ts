export function quoteGroupKey(_t: string): string { return ''; }
export function sameStatement(_a: string, _b: string): boolean { return false; }
