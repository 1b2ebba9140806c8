import type { UserIdentity } from 'react-admin';
import type { SessionUserFragment } from '../graphql/generated/graphql';

/** react-admin's identity of the signed-in user; "My account" shows its e-mail and password date too. */
export interface SessionIdentity extends UserIdentity {
  id: string;
  fullName: string;
  email: string;
  passwordChangedAt: string | null;
}

export const identityOf = (user: SessionUserFragment): SessionIdentity => ({
  id: user.id,
  fullName: user.displayName,
  email: user.email,
  passwordChangedAt: user.passwordChangedAt,
});
