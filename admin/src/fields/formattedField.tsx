import { Typography, type SxProps, type Theme } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';

/**
 * A read-only field showing its value through `format`, or nothing when the value is absent or of
 * another type (`accepts`). The fields of this folder are made with it.
 */
export const formattedField =
  <T,>(accepts: (value: unknown) => value is T, format: (value: T) => string, sx?: SxProps<Theme>) =>
  ({ source }: FieldProps) => {
    const value: unknown = useFieldValue({ source });
    if (!accepts(value)) return null;
    return (
      <Typography component="span" variant="body2" sx={sx}>
        {format(value)}
      </Typography>
    );
  };

export const isNumber = (value: unknown): value is number => typeof value === 'number';
export const isString = (value: unknown): value is string => typeof value === 'string';
