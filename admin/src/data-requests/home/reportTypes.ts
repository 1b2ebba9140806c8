import type { DataSubjectRequestDashboardQuery, DataSubjectRequestReportQuery } from '../../graphql/generated/graphql';

/** The yearly report as the home page reads it. */
export type YearReport = DataSubjectRequestReportQuery['dataSubjectRequestReport'];
/** A month of receipt's figures, for the chart and its table. */
export type MonthFigures = YearReport['perMonth'][number];
/** How many open requests fall in a days-left bucket. */
export type DueBucketCount = DataSubjectRequestDashboardQuery['dataSubjectRequestDashboard']['buckets'][number];
