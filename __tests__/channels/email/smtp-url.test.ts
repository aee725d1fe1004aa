import { describe, expect, it } from '@jest/globals';
import { destinationOf, parseSmtpUrl } from '../../../src/channels/email/smtp-url.js';

describe('the smtp URL', () => {
  it('gives the TLS mode and the default port of each scheme', () => {
    expect(parseSmtpUrl('smtps://mail.example.com')).toEqual({ host: 'mail.example.com', port: 465, tls: 'implicit' });
    expect(parseSmtpUrl('smtp://mail.example.com')).toEqual({
      host: 'mail.example.com',
      port: 587,
      tls: 'opportunistic',
    });
    expect(parseSmtpUrl('smtp+starttls://mail.example.com:2525')).toEqual({
      host: 'mail.example.com',
      port: 2525,
      tls: 'required',
    });
    expect(parseSmtpUrl('smtp://[::1]:25')).toEqual({ host: '::1', port: 25, tls: 'opportunistic' });
  });

  it('reads the user-info percent-decoded', () => {
    expect(parseSmtpUrl('smtps://a%40example.com:p%3Ass%2Fw%40rd@mail.example.com')).toMatchObject({
      user: 'a@example.com',
      pass: 'p:ss/w@rd',
    });
  });

  it('refuses other schemes without repeating the URL', () => {
    const bad = parseSmtpUrl('https://user:hunter22@mail.example.com');
    expect(bad).toEqual({ error: 'the smtp URL must start with smtp://, smtps:// or smtp+starttls://' });
    expect(parseSmtpUrl('not a url hunter22')).toEqual({ error: expect.not.stringContaining('hunter22') });
  });

  it('names the destination without the credentials', () => {
    expect(destinationOf('smtps://u:hunter22@mail.example.com')).toBe('smtp://mail.example.com:465');
    expect(destinationOf('smtp://[::1]:25')).toBe('smtp://[::1]:25');
  });
});
