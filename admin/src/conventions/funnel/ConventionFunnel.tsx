import { Box, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useSchoolYears } from '../../campaigns/useSchoolYears';
import { useServedTerritories } from '../../territory/useServedTerritories';
import { CommunesWithoutConvention } from './CommunesWithoutConvention';
import { FunnelFigures } from './FunnelFigures';
import { FunnelScopeSelect } from './FunnelScopeSelect';

/**
 * The academic team's home: for a school year (the latest campaign's by default) and optionally one
 * académie, the conventions by status, the amounts expected against signed, and the communes still
 * without a convention.
 */
const ConventionFunnel = () => {
  const translate = useTranslate();
  const { years, choices } = useSchoolYears();
  const { data: academies } = useServedTerritories('academies');
  const [chosenYear, setChosenYear] = useState<string>();
  const [academyCode, setAcademyCode] = useState('');
  const schoolYear = chosenYear ?? years[0];
  const scope = { schoolYear: schoolYear ?? '', ...(academyCode ? { academyCode } : {}) };
  return (
    <Box component="section" aria-labelledby="convention-funnel-title" sx={{ display: 'grid', gap: 2 }}>
      <Typography id="convention-funnel-title" variant="h5" component="h2">
        {translate('resources.conventions.funnel.title', { schoolYear: schoolYear ?? '' })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
        <FunnelScopeSelect label="resources.conventions.fields.schoolYear" value={schoolYear ?? ''} onChange={setChosenYear} options={choices} />
        <FunnelScopeSelect
          label="resources.conventions.fields.academyCode"
          value={academyCode}
          onChange={setAcademyCode}
          options={academies ?? []}
          allLabel="resources.conventions.funnel.allAcademies"
        />
      </Box>
      {schoolYear ? (
        <>
          <FunnelFigures scope={scope} />
          <CommunesWithoutConvention scope={scope} />
        </>
      ) : (
        <Typography variant="body2">{translate('resources.conventions.funnel.noCampaign')}</Typography>
      )}
    </Box>
  );
};

export default ConventionFunnel;
