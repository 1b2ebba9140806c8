import EditIcon from '@mui/icons-material/Edit';
import { Box } from '@mui/material';
import { Button, LinkBase, useCreatePath, useRecordContext } from 'react-admin';
import { DefinitionList } from '../fields/DefinitionList';
import type { ConventionDetailsRecord } from './conventions.api';

const field = (name: string) => `resources.communeContacts.fields.${name}`;

/** The commune's side of the convention: mayor, town hall, référent ville; edited on the commune's contact page. */
export const ConventionContact = (_props: { label?: string }) => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  const createPath = useCreatePath();
  if (!convention) return null;
  const contact = convention.contact;
  return (
    <Box>
      {contact && (
        <DefinitionList
          items={[
            [field('mayorName'), contact.mayorName],
            [field('mayorCapacity'), contact.mayorCapacity],
            [field('townHallSiret'), contact.townHallSiret],
            [field('address'), [contact.address, contact.postalCode].filter(Boolean).join(', ')],
            [field('townHallEmail'), contact.townHallEmail],
            [field('referentName'), contact.referentName],
            [field('referentEmail'), contact.referentEmail],
          ]}
        />
      )}
      <Button
        component={LinkBase}
        label={contact ? 'resources.conventions.contact.edit' : 'resources.conventions.contact.create'}
        to={createPath({ resource: 'communeContacts', id: convention.commune.inseeCode, type: 'edit' })}
        sx={{ mt: 1 }}
      >
        <EditIcon />
      </Button>
    </Box>
  );
};
