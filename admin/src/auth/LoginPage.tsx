import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useLocation, useTranslate } from 'react-admin';
import { DsfrHeader } from '../layout/DsfrHeader';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { LoginForm } from './LoginForm';

/** The DSFR sign-in page: the State's header, then the form in a grey box, as in the DSFR's own template. */
const LoginPage = () => {
  useDocumentLanguage();
  const translate = useTranslate();
  const sessionEnded = new URLSearchParams(useLocation().search).get('session') === 'ended';
  return (
    <>
      <DsfrHeader />
      <main id="content" className="fr-container fr-container--fluid fr-my-md-14v fr-my-6v">
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-8 fr-col-lg-6 fr-background-alt--grey fr-px-md-12v fr-px-4v fr-py-8v">
            <h1>{translate('ent.login.title')}</h1>
            <p>{translate('ent.login.intro')}</p>
            {sessionEnded && <Alert severity="info" small description={translate('ent.login.sessionEnded')} className="fr-mb-4v" />}
            <LoginForm />
            <hr className="fr-mt-6v" />
            <p className="fr-text--sm fr-mb-0">{translate('ent.login.forgotten')}</p>
          </div>
        </div>
      </main>
    </>
  );
};

export default LoginPage;
