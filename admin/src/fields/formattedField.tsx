import { Typography, type SxProps, type Theme } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps, type TranslateFunction } from 'react-admin';

/**
 * A read-only field showing its value through `format` (which may translate), or nothing when the value
 * is of another type (`accepts`). The fields of this folder are made with it.
 */
export const formattedField =
  <T,>(accepts: (value: unknown) => value is T, format: (value: T, translate: TranslateFunction) => string, sx?: SxProps<Theme>) =>
  ({ source }: FieldProps) => {
    const value: unknown = useFieldValue({ source });
    const translate = useTranslate();
    if (!accepts(value)) return null;
    return (
      <Typography component="span" variant="body2" sx={sx}>
        {format(value, translate)}
      </Typography>
    );
  };

export const isNumber = (value: unknown): value is number => typeof value === 'number';
export const isString = (value: unknown): value is string => typeof value === 'string';
export const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
