import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Grant } from '../auth/permissions';
import { GrantLabel } from './GrantLabel';

const keyOf = (grant: Grant) => `${grant.role}@${grant.scopeLevel}:${grant.scopeCode}`;

/** A user's grants in words, one per line. */
export const GrantList = ({ grants }: { grants: readonly Grant[] }) => {
  const translate = useTranslate();
  if (!grants.length) return <Typography variant="body2">{translate('ent.grants.none')}</Typography>;
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {grants.map((grant) => (
        <Typography component="li" variant="body2" key={keyOf(grant)}>
          <GrantLabel grant={grant} />
        </Typography>
      ))}
    </Box>
  );
};
