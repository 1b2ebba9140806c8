import { TabbedShowLayout, type TabProps } from 'react-admin';
import type { ScopeKind } from './directorScope';
import { ScopeDirectors } from './ScopeDirectors';

/**
 * The « Directeur de publication » tab of a school's or a commune's page (inside a TabbedShowLayout). Pages
 * give it `path={DIRECTOR_TAB_PATH}`: links to the tab use that path.
 */
export const PublicationDirectorTab = ({ kind, ...tabProps }: { kind: ScopeKind } & Omit<TabProps, 'label' | 'children'>) => (
  <TabbedShowLayout.Tab label="resources.publicationDirectors.tab" {...tabProps}>
    <ScopeDirectors kind={kind} />
  </TabbedShowLayout.Tab>
);
