import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config.js';

describe('configuration', () => {
  it('defaults to the embedded SQLite file data/ent-ecole.sqlite', () => {
    expect(parseDatabaseUrl(undefined, '/repo')).toEqual({ driver: 'sqlite', path: path.join('/repo', 'data', 'ent-ecole.sqlite') });
  });

  it('reads sqlite: and postgresql:// URLs', () => {
    expect(parseDatabaseUrl('sqlite:/tmp/a.sqlite')).toEqual({ driver: 'sqlite', path: '/tmp/a.sqlite' });
    expect(parseDatabaseUrl('sqlite:relative.sqlite')).toEqual({ driver: 'sqlite', path: path.resolve('relative.sqlite') });
    expect(parseDatabaseUrl('postgresql://u:p@h/db')).toEqual({ driver: 'postgresql', url: 'postgresql://u:p@h/db' });
    expect(parseDatabaseUrl('postgres://u:p@h/db').driver).toBe('postgresql');
    expect(() => parseDatabaseUrl('mysql://h/db')).toThrow(ConfigError);
  });

  it('starts in production with only PORT and DATABASE_URL, with warnings for the operator', () => {
    const config = loadConfig({ NODE_ENV: 'production', PORT: '8080', DATABASE_URL: 'postgresql://u:p@h/db' });
    expect(config.port).toBe(8080);
    expect(config.env).toBe('production');
    expect(config.warnings.length).toBeGreaterThan(0);
    expect(config.dataRequestRetentionYears).toBe(5);
  });

  it('runs the background jobs unless JOBS_ENABLED=false (API-only replicas)', () => {
    expect(loadConfig({}).jobsEnabled).toBe(true);
    expect(loadConfig({ JOBS_ENABLED: 'false' }).jobsEnabled).toBe(false);
    expect(() => loadConfig({ JOBS_ENABLED: 'no' })).toThrow(/JOBS_ENABLED/);
  });

  it('refuses invalid settings with a clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
    expect(() => loadConfig({ DSR_RETENTION_YEARS: '0' })).toThrow(/DSR_RETENTION_YEARS/);
  });

  it('reads the incident priority matrix and SLA policy as checked JSON, with defaults', () => {
    expect(loadConfig({}).incidents.slaPolicy.P1).toEqual({ ownMinutes: 30, resolveMinutes: 240 });
    const policy = { P1: { ownMinutes: 15, resolveMinutes: 120 }, P2: { ownMinutes: 60, resolveMinutes: 480 }, P3: { ownMinutes: 240, resolveMinutes: 1440 }, P4: { ownMinutes: 480, resolveMinutes: 2400 }, P5: { ownMinutes: 960, resolveMinutes: 4800 } };
    expect(loadConfig({ INCIDENT_SLA_POLICY: JSON.stringify(policy) }).incidents.slaPolicy.P1).toEqual({ ownMinutes: 15, resolveMinutes: 120 });
    expect(() => loadConfig({ INCIDENT_SLA_POLICY: '{"P1":' })).toThrow(/INCIDENT_SLA_POLICY must be JSON/);
    expect(() => loadConfig({ INCIDENT_SLA_POLICY: '{}' })).toThrow(ConfigError);
    expect(() => loadConfig({ INCIDENT_PRIORITY_MATRIX: '{"HIGH":{}}' })).toThrow(/INCIDENT_PRIORITY_MATRIX: Priority matrix: no row for impact LOW/);
  });
});
