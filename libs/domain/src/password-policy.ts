/**
 * Password rules. Length is what matters (NIST SP 800-63B, 2017 rev. 3, §5.1.1.2): at least 12
 * characters, no composition rules, but refuse passwords that are obviously guessable.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const TRIVIAL = [/^(.)\1+$/, /^(0123456789|1234567890|abcdefghijkl|qwertyuiop)/i, /^password/i];

/** Returns why the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  }
  if (TRIVIAL.some((pattern) => pattern.test(password))) {
    return 'is too easy to guess';
  }
  const lowered = password.toLowerCase();
  for (const word of context) {
    const part = word.toLowerCase().split('@')[0];
    if (part.length >= 4 && lowered.includes(part)) {
      return 'must not contain your name or e-mail address';
    }
  }
  return null;
}
