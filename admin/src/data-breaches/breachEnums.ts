import type { BreachRisk } from '../graphql/generated/graphql';
import { everyValueOf } from '../dataProvider/values';

export const BREACH_RISKS = everyValueOf<BreachRisk>()(['HIGH', 'RISK', 'UNLIKELY']);

export const breachRiskChoices = BREACH_RISKS.map((risk) => ({ id: risk, name: `resources.dataBreaches.risks.${risk}` }));
