import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection', description: 'Sens du tri.' });

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 500;

/** `offset` / `limit` of every list query: limit 25 by default, 1 to 500. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'Nombre d’éléments à sauter.' })
  @Min(0, { message: 'offset doit être positif ou nul.' })
  offset: number = 0;

  @Field(() => Int, { defaultValue: DEFAULT_LIMIT, description: `Taille de la page, de 1 à ${MAX_LIMIT}.` })
  @Min(1, { message: `limit doit être compris entre 1 et ${MAX_LIMIT}.` })
  @Max(MAX_LIMIT, { message: `limit doit être compris entre 1 et ${MAX_LIMIT}.` })
  limit: number = DEFAULT_LIMIT;
}

/** `<Type>Page { nodes totalCount }`. */
export function PageType<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class Page {
    @Field(() => [itemType])
    nodes!: T[];

    @Field(() => Int, { description: 'Nombre total d’éléments correspondant au filtre.' })
    totalCount!: number;
  }
  return Page;
}

/** `<Type>Order { field: <Type>OrderField!, direction: ASC | DESC }`. */
export function OrderInput<F extends string>(fieldEnum: Record<string, F>) {
  @InputType()
  abstract class Order {
    @Field(() => fieldEnum)
    field!: F;

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
    direction: OrderDirection = OrderDirection.ASC;
  }
  return Order;
}

export interface OrderTerm<F extends string> {
  field: F;
  direction: OrderDirection;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
}

/** Which parts of a `<Type>Page` the client selected: a list without `totalCount` skips the count. */
export function pageWants(selection: { has(field: string): boolean }): { nodes: boolean; count: boolean } {
  return { nodes: selection.has('nodes'), count: selection.has('totalCount') };
}
