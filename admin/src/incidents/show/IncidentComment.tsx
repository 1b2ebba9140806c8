import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDate } from '../../format/frenchFormats';
import type { IncidentRecord } from '../incidents.api';

type Comment = IncidentRecord['comments'][number];

/**
 * One comment. Public and internal ones must not be mistaken for each other (one was mailed to the
 * reporter, the other must never be): each says so in words, with its own badge and border.
 */
export const IncidentComment = ({ comment }: { comment: Comment }) => {
  const translate = useTranslate();
  return (
    <Box
      component="article"
      sx={{
        borderLeft: 4,
        borderColor: comment.internal ? 'var(--border-default-grey)' : 'var(--border-action-high-blue-france)',
        backgroundColor: comment.internal ? 'var(--background-alt-grey)' : 'transparent',
        pl: 2,
        py: 1,
      }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Badge as="span" severity={comment.internal ? undefined : 'info'} small>
          {translate(comment.internal ? 'resources.incidents.comments.internal' : 'resources.incidents.comments.public')}
        </Badge>
        <Typography component="span" variant="body2">
          {translate('resources.incidents.comments.by', { author: comment.author.displayName, date: formatDate(comment.createdAt, { withTime: true }) })}
        </Typography>
      </Box>
      <Typography component="p" variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 1, mb: 0 }}>
        {comment.body}
      </Typography>
    </Box>
  );
};
