import { ArrayInput, required, SelectInput, SimpleFormIterator } from 'react-admin';
import { roleChoices, scopeLevelChoices } from './grantEnums';
import { GrantScopeInput } from './GrantScopeInput';

/** The grants editor: one row per grant (role, scope level, scope). The server checks that the scope exists. */
export const GrantsInput = () => (
  <ArrayInput source="grants" sx={{ mt: 2 }}>
    <SimpleFormIterator inline disableReordering disableClear>
      <SelectInput source="role" label="ent.grants.role" choices={roleChoices} validate={required()} sx={{ minWidth: 220 }} />
      <SelectInput source="scopeLevel" label="ent.grants.scopeLevel" choices={scopeLevelChoices} validate={required()} sx={{ minWidth: 200 }} />
      <GrantScopeInput />
    </SimpleFormIterator>
  </ArrayInput>
);
