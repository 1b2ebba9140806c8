import { registerEnumType } from 'type-graphql';

/**
 * The risk a breach carries for people's rights and freedoms: it decides the duties. UNLIKELY: documented
 * only (Art. 33(1), 33(5)); RISK: notified to the CNIL within 72 hours; HIGH: the people are told too (Art. 34).
 */
export enum BreachRisk {
  UNLIKELY = 'UNLIKELY',
  RISK = 'RISK',
  HIGH = 'HIGH',
}

registerEnumType(BreachRisk, { name: 'BreachRisk', description: 'Risque pour les droits et libertés des personnes.' });
