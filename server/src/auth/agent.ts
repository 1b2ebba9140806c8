import { Field, ID, ObjectType } from 'type-graphql';

/**
 * What other users may see of an agent (an assignee, a comment's author): a name, not the account. The
 * `User` type, with its e-mail, grants and sign-in dates, stays for administrators.
 */
@ObjectType({ description: 'Agent de la plateforme (attributaire, auteur d’un commentaire).' })
export class Agent {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  displayName!: string;
}

export const agentColumns = (u: string, prefix = '') => [`${u}.id as ${prefix}id`, `${u}.display_name as ${prefix}displayName`];

export const agentView = (row: Record<string, unknown>, prefix = ''): Agent => ({ id: row[`${prefix}id`] as number, displayName: row[`${prefix}displayName`] as string });
