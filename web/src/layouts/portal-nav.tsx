import { UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { paths } from '../app/paths';
import { useSession } from '../app/session';
import { SignOutButton } from '../components/sign-out-button';
import './portal-nav.css';

/** The portal's links; they wrap onto two lines on a phone rather than hide in a menu. */
export function PortalNav() {
  const { t } = useTranslation();
  const session = useSession();
  const account = session.data?.account;
  return (
    <nav aria-label={t('portal.navLabel')} className="portal-nav">
      <NavLink to={paths.home} end>
        {t('portal.nav.home')}
      </NavLink>
      <NavLink to={paths.catalog}>{t('portal.nav.catalog')}</NavLink>
      <NavLink to={paths.lookup}>{t('portal.nav.lookup')}</NavLink>
      <NavLink to={paths.verify}>{t('portal.nav.verify')}</NavLink>
      <NavLink to={paths.calendar}>{t('portal.nav.calendar')}</NavLink>
      <NavLink to={paths.addressLookup}>{t('portal.nav.addressLookup')}</NavLink>
      <NavLink to={paths.units}>{t('portal.nav.units')}</NavLink>
      <span className="portal-nav-spacer" />
      {account ? (
        <>
          {account.kind === 'staff' && <NavLink to={paths.staff}>{t('portal.nav.staff')}</NavLink>}
          {account.kind === 'citizen' && <NavLink to={paths.myDossiers}>{t('portal.nav.myDossiers')}</NavLink>}
          <NavLink to={account.kind === 'staff' ? paths.staffProfile : paths.myAccount}>
            <UserOutlined aria-hidden /> {t('portal.nav.myAccount')}
          </NavLink>
          <SignOutButton />
        </>
      ) : (
        !session.isPending && (
          <>
            <NavLink to={paths.register}>{t('portal.nav.register')}</NavLink>
            <NavLink to={paths.signIn} className="portal-nav-cta">
              {t('portal.nav.signIn')}
            </NavLink>
          </>
        )
      )}
    </nav>
  );
}
