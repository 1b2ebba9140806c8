import { createMuiDsfrTheme } from '@codegouvfr/react-dsfr/mui';
import { useBreakpointsValuesPx } from '@codegouvfr/react-dsfr/useBreakpointsValuesPx';
import { useIsDark } from '@codegouvfr/react-dsfr/useIsDark';
import { createTheme } from '@mui/material/styles';
import { useMemo } from 'react';

/** The DSFR's MUI theme, following the DSFR colour scheme (the system's, by default). */
export function useDsfrMuiTheme() {
  const { isDark } = useIsDark();
  const { breakpointsValues } = useBreakpointsValuesPx();
  return useMemo(() => {
    const dsfr = createMuiDsfrTheme({ isDark, breakpointsValues });
    return createTheme(dsfr, {
      // Wide enough for the longest menu entries (« Registre des traitements »), which would be cut.
      sidebar: { width: 270 },
      components: {
        // react-admin's "skip to content" button draws the primary contrast text (white under the DSFR)
        // on the page background, and with the DSFR's smaller spacing it peeks out above the page.
        RaSkipNavigationButton: {
          styleOverrides: {
            root: {
              color: dsfr.palette.primary.main,
              backgroundColor: dsfr.palette.background.paper,
              top: '-10rem',
              '&:focus': { top: '1rem' },
            },
          },
        },
      },
    });
  }, [isDark, breakpointsValues]);
}
