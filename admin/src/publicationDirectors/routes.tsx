import { lazy } from 'react';
import { reactRouterProvider } from 'react-admin';
import { ASSIGN_ROUTE, PROPOSALS_ROUTE } from './directorScope';

const { Route } = reactRouterProvider;

const AssignDirectorPage = lazy(() => import('./AssignDirectorPage'));
const DirectorProposalsPage = lazy(() => import('./DirectorProposalsPage'));

/** The module's pages outside the coverage resource, for App's <CustomRoutes> (each its own chunk). */
export const publicationDirectorRoutes = [
  <Route key="assign" path={ASSIGN_ROUTE} element={<AssignDirectorPage />} />,
  <Route key="proposals" path={PROPOSALS_ROUTE} element={<DirectorProposalsPage />} />,
];
