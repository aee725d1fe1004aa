// Secrets out of every message: each registered secret is replaced by *** wherever it appears.

export class Redactor {
  private readonly secrets: string[] = [];
  /** Returns true when the secret is new. */
  add(secret: string): boolean {
    if (!secret || this.secrets.includes(secret)) return false;
    this.secrets.push(secret);
    return true;
  }
  apply(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }
}
