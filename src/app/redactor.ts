// Secrets out of every message: each registered secret is replaced by *** wherever it appears.

export class Redactor {
  /** Longest first: a whole URL is replaced before its path or last segment, so no part of it is left showing. */
  private readonly secrets: string[] = [];
  /** Returns true when the secret is new. */
  add(secret: string): boolean {
    if (!secret || this.secrets.includes(secret)) return false;
    const at = this.secrets.findIndex((s) => s.length < secret.length);
    this.secrets.splice(at < 0 ? this.secrets.length : at, 0, secret);
    return true;
  }
  apply(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }
}
