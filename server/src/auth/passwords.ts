import argon2 from 'argon2';

/** argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane): 25–65 ms per hash on these machines. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * The hash of a random value nobody knows: checked against when the e-mail is unknown, so that an unknown
 * address and a wrong password take the same time and cannot be told apart.
 */
const NOBODY = '$argon2id$v=19$m=19456,p=1,t=2$xOJuCwEBlQKoFAGwXWmjVw$pJDZkqd8M8L4E/Kmt6te8LCWBTw1g3ZNabTHonhVW90';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** False for a wrong password, a missing or malformed hash; never throws. */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash ?? NOBODY, password);
  } catch {
    return false;
  }
}
