import type { ReactElement } from 'react';
import { SaveButton } from 'react-admin';
import { useFormState } from 'react-hook-form';

/**
 * A dialog's submit button, usable at once: dialogs come with their values filled in (today's date…),
 * where react-admin's SaveButton would wait for a change. Disabled while the form is being sent.
 */
export const DialogSaveButton = ({ label, icon }: { label: string; icon: ReactElement }) => {
  const { isSubmitting } = useFormState();
  return <SaveButton label={label} icon={icon} alwaysEnable={!isSubmitting} />;
};
