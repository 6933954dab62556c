/**
 * Matching a site's free-text products against the goods on the DOL list: a good matches when all
 * its words appear, in order, among the product words ("Cotton" matches "cotton yarn, denim";
 * "Bricks" matches "clay brick"). Plurals are folded; text in brackets is ignored
 * ("Cobalt Ore (heterogenite)" → "cobalt ore"); a slash separates alternatives, sharing the leading
 * words of the first ("Leather Goods/Accessories" → "leather goods" | "leather accessories").
 */
/** Alternatives ("Thread/Yarn" → thread | yarn), each a sequence of words. */
export type GoodPattern = ReadonlyArray<readonly string[]>;

const singular = (word: string): string =>
  word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;

export function productWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map(singular);
}

export function goodPattern(good: string): GoodPattern {
  const [first, ...others] = good
    .replace(/\([^)]*\)/g, ' ')
    .split('/')
    .map(productWords);
  const stem = first.slice(0, -1);
  return [
    first,
    ...others.map((words) => (words.length === 1 ? [...stem, ...words] : words)),
  ].filter((words) => words.length > 0);
}

/** Whether one alternative's words appear consecutively among the product words. */
export function matchesGood(words: readonly string[], pattern: GoodPattern): boolean {
  return pattern.some((sequence) => containsSequence(words, sequence));
}

function containsSequence(words: readonly string[], sequence: readonly string[]): boolean {
  for (let start = 0; start + sequence.length <= words.length; start++) {
    let index = 0;
    while (index < sequence.length && words[start + index] === sequence[index]) index++;
    if (index === sequence.length) return true;
  }
  return false;
}
