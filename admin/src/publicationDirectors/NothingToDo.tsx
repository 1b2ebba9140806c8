import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** An empty list of a coverage page, said as good news (the grid's default speaks of filters). */
export const NothingToDo = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ py: 1 }}>
      {translate(message)}
    </Typography>
  );
};
