import { passwordProblem, PASSWORD_MIN_LENGTH } from './password-policy';

describe('passwordProblem', () => {
  it('refuses passwords shorter than the minimum', () => {
    expect(passwordProblem('a'.repeat(PASSWORD_MIN_LENGTH - 1) + 'b'.slice(1))).toMatch(
      /at least 12/,
    );
    expect(passwordProblem('Short-pass1')).toMatch(/at least 12/);
  });

  it('accepts a long passphrase without composition rules', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it('refuses trivially guessable passwords', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaa')).toMatch(/guess/);
    expect(passwordProblem('password-is-long')).toMatch(/guess/);
    expect(passwordProblem('1234567890123')).toMatch(/guess/);
  });

  it('refuses passwords that contain the e-mail local part', () => {
    expect(passwordProblem('my-amina.rahman-secret', ['amina.rahman@example.org'])).toMatch(
      /e-mail/,
    );
    expect(passwordProblem('a long and unrelated phrase', ['amina.rahman@example.org'])).toBeNull();
  });
});
