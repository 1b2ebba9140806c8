import { describe, expect, it } from 'vitest';
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { INCIDENT_PROJECTION } from '../incidents/incident.views.js';
import { SCHOOL_PROJECTION } from '../schools/school.views.js';
import { COMMUNE_PROJECTION } from '../territory/territory.views.js';
import { Projection } from './projection.js';
import { Selection } from './selection.js';

/** The selection under the document's first field, as a resolver sees it. */
function selectionOf(document: string): Selection {
  const operation = parse(document).definitions[0] as OperationDefinitionNode;
  return Selection.from([operation.selectionSet.selections[0] as FieldNode], {});
}

const fieldsOf = (columns: string[]) => columns.map((column) => column.split(' as ')[1]);

describe('projection of read models on the GraphQL selection', () => {
  it('reads the core fields, the selected ones, and what computed fields work from', () => {
    const columns = INCIDENT_PROJECTION.columns('i', selectionOf('{ incident { reference title breached } }'));
    expect(fieldsOf(columns).sort()).toEqual(
      ['assigneeId', 'clockStoppedAt', 'communeInseeCode', 'id', 'ownDueAt', 'ownedAt', 'parentId', 'reference', 'resolveDueAt', 'schoolUai', 'title'].sort(),
    );
    expect(columns).toContain('i.resolve_due_at as resolveDueAt');
    expect(fieldsOf(INCIDENT_PROJECTION.columns('i', selectionOf('{ incident { autoCloseOn } }')))).toEqual(expect.arrayContaining(['status', 'resolvedAt']));
  });

  it('reads every column for internal readers, in the columns’ order, with the prefix of a joined row', () => {
    expect(fieldsOf(INCIDENT_PROJECTION.columns('i', Selection.all()))).toHaveLength(35);
    expect(SCHOOL_PROJECTION.columns('sc', Selection.all(), 'school$').slice(0, 2)).toEqual(['sc.uai as school$uai', 'sc.name as school$name']);
    expect(fieldsOf(SCHOOL_PROJECTION.columns('sc', selectionOf('{ school { name } }')))).toEqual(['uai', 'name', 'communeInseeCode', 'departmentCode', 'circonscriptionId']);
    expect(fieldsOf(COMMUNE_PROJECTION.columns('cm', selectionOf('{ commune { name postalCodes } }')))).toEqual(['inseeCode', 'name', 'postalCodes', 'departmentCode']);
  });

  it('refuses a core or computed field without a column (a typo would silently read nothing)', () => {
    expect(() => new Projection({ id: 'id' }, ['id', 'uai'])).toThrow(/uai/);
    expect(() => new Projection({ id: 'id' }, ['id'], { late: ['dueAt'] })).toThrow(/dueAt/);
  });
});
