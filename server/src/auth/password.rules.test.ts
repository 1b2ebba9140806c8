import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password.rules.js';

const person = { email: 'claire.martin@ac-montpellier.fr', displayName: 'Claire Martin' };

describe('password policy (CNIL délibération 2022-100)', () => {
  it('accepts the CNIL examples: 12 characters of 4 kinds, 14 of 3 kinds, a 20-character passphrase', () => {
    expect(passwordProblem('Kq7!vR2#pLx9', person)).toBeNull();
    expect(passwordProblem('Tr4inBleuVert9', person)).toBeNull();
    expect(passwordProblem('le chat dort sur le toit', person)).toBeNull();
  });

  it('refuses short or uniform passwords with the rule in French', () => {
    expect(passwordProblem('Kq7!vR2#pLx', person)).toMatch(/12 caractères/); // 11 characters
    expect(passwordProblem('kq7vr2plx9abcd', person)).toMatch(/trop faible/); // 14 characters, 2 kinds
    expect(passwordProblem('Tr4inBleuVert', person)).toMatch(/trop faible/); // 13 characters, 3 kinds
  });

  it('refuses common passwords, also when decorated with digits and symbols', () => {
    expect(passwordProblem('Password1234!', person)).toMatch(/plus courants/);
    expect(passwordProblem('!!Sunshine2024', person)).toMatch(/plus courants/);
  });

  it('refuses a password containing the name or the e-mail', () => {
    expect(passwordProblem('Martin-2026-Okay!', person)).toMatch(/votre nom/);
    expect(passwordProblem('xx.Claire.Martin.9!', person)).toMatch(/votre nom/);
  });

  it('bounds the length', () => {
    expect(passwordProblem(`${'Ab1!'.repeat(33)}`, person)).toMatch(/128/);
  });
});
