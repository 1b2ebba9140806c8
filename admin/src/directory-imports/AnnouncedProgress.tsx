import { Box, LinearProgress, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { formatPercent } from '../format/frenchFormats';

/** Screen readers hear the progress by tenths: every poll would be too talkative. */
const ANNOUNCED_STEP = 10;

/**
 * A labelled progress bar (upload, dry run, apply) with its figures under it. A polite live region says
 * where it stands at each tenth, so that a screen reader user follows it without being interrupted.
 */
export const AnnouncedProgress = ({ label, percent, detail }: { label: string; percent: number; detail?: ReactNode }) => {
  const labelId = useId();
  const announced = Math.floor(percent / ANNOUNCED_STEP) * ANNOUNCED_STEP;
  return (
    <Box sx={{ display: 'grid', gap: 0.5 }}>
      <Typography id={labelId} variant="body2" component="p" sx={{ fontWeight: 'bold' }}>
        {label} — {formatPercent(percent)}
      </Typography>
      <LinearProgress variant="determinate" value={percent} aria-labelledby={labelId} />
      {detail && (
        <Typography variant="body2" component="p" color="text.secondary">
          {detail}
        </Typography>
      )}
      <p className="fr-sr-only" aria-live="polite">
        {label} : {formatPercent(announced)}
      </p>
    </Box>
  );
};
