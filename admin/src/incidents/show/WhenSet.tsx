import type { ReactElement } from 'react';
import { Labeled, useFieldValue } from 'react-admin';

/**
 * A labelled field shown only once its value exists (resolved on, vendor's answer…): a page full of empty
 * labels hides what matters. Give the field its `source`; this wrapper takes none, so that the tab does
 * not label it a second time.
 */
export const WhenSet = ({ children }: { children: ReactElement<{ source: string }> }) => {
  const value: unknown = useFieldValue({ source: children.props.source });
  if (value === null || value === undefined || value === '') return null;
  return <Labeled>{children}</Labeled>;
};
