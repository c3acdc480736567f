/** Words that end the names of news outlets ("Cyprus Mail", "Kyiv Post") or are one ("BelTA"). */
const OUTLET_WORDS = new Set(
  [
    'news', 'mail', 'times', 'post', 'herald', 'tribune', 'gazette', 'journal', 'telegraph', 'guardian',
    'independent', 'observer', 'chronicle', 'express', 'standard', 'star', 'sun', 'mirror', 'daily', 'weekly',
    'today', 'press', 'agency', 'review', 'reporter', 'monitor', 'insider', 'wire', 'media', 'radio', 'tv',
    'television', 'network', 'broadcasting', 'courier', 'dispatch', 'record', 'bulletin', 'digest', 'magazine',
    'online', 'sentinel', 'examiner', 'inquirer', 'register', 'globe', 'voice', 'pravda', 'izvestia',
    'kommersant', 'reuters', 'ap', 'afp', 'tass', 'belta', 'interfax', 'ria', 'xinhua', 'bbc', 'cnn', 'dw',
    'euronews', 'bloomberg', 'eurasianet', 'rferl', 'meduza', 'ukrinform', 'unian', 'novosti',
  ].map((w) => w.toLowerCase()),
);

const DOMAIN_NAME = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const NAME_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’&.-]*|of|the|and|on|de|la|&)$/u;
const MAX_NAME_WORDS = 5;
const MAX_NAME_CHARS = 60;

/** True for a short line written like a name: capitalised words, no sentence punctuation. */
export function isNameLike(line: string): boolean {
  if (line.length > MAX_NAME_CHARS) return false;
  const words = line.split(/\s+/);
  return words.length <= MAX_NAME_WORDS && !/[,:;!?"“”]/.test(line) && words.every((w) => NAME_WORD.test(w));
}

/**
 * True for a line that reads as an outlet's name: "Cyprus Mail", "BelTA", "euronews.com". Only the
 * last word is checked, so a short headline such as "Sun Sets On Deal" is not taken for an outlet.
 */
export function isOutletName(line: string): boolean {
  if (line.length > MAX_NAME_CHARS) return false;
  if (!/\s/.test(line)) return DOMAIN_NAME.test(line) || OUTLET_WORDS.has(line.toLowerCase());
  if (!isNameLike(line)) return false;
  const lastWord = line.toLowerCase().split(/\s+/).pop() ?? '';
  return OUTLET_WORDS.has(lastWord.replace(/[.'’]/g, ''));
}
