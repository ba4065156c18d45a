import { lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { PublicLayout } from '../layouts/public-layout';
import { StaffLayout } from '../layouts/staff-layout';
import { RequirePermission, RequireSession, RequireSignIn, RequireStaff } from './guards';
import { paths } from './paths';
import {
  canConfigurePayments,
  canConfigureWorkflow,
  canManageAccounts,
  canReadAudit,
  canReadUnmatchedPayments,
  canReceiveDossiers,
  canSeeDashboard,
  canViewDossiers,
  canWorkOnDossiers,
} from './permissions';
import { Root } from './root';
import { RouteError } from './route-error';

/* Pages load on demand, grouped by module: web/src/pages/<module>/. */
const HomePage = lazy(() => import('../pages/home/home-page'));
const AddressLookupPage = lazy(() => import('../pages/units/address-lookup-page'));
const UnitSearchPage = lazy(() => import('../pages/units/unit-search-page'));
const UnitPage = lazy(() => import('../pages/units/unit-page'));
const ProcedureSearchPage = lazy(() => import('../pages/catalog/procedure-search-page'));
const ProcedurePage = lazy(() => import('../pages/catalog/procedure-page'));
const FormPreviewPage = lazy(() => import('../pages/catalog/form-preview-page'));
const WorkingCalendarPage = lazy(() => import('../pages/calendar/working-calendar-page'));
const SignInPage = lazy(() => import('../pages/auth/sign-in-page'));
const RegisterPage = lazy(() => import('../pages/auth/register-page'));
const MyAccountPage = lazy(() => import('../pages/auth/my-account-page'));
const ForcedPasswordChangePage = lazy(() => import('../pages/auth/forced-password-change-page'));
const StaffHomePage = lazy(() => import('../pages/staff/staff-home-page'));
const AccountListPage = lazy(() => import('../pages/accounts/account-list-page'));
const AccountCreatePage = lazy(() => import('../pages/accounts/account-create-page'));
const AccountDetailPage = lazy(() => import('../pages/accounts/account-detail-page'));
const NotFoundPage = lazy(() => import('../pages/home/not-found-page'));
const AuditLogPage = lazy(() => import('../pages/audit/audit-log-page'));
const OnlineFilingPage = lazy(() => import('../pages/dossiers/filing/online-filing-page'));
const FilingDonePage = lazy(() => import('../pages/dossiers/filing/filing-done-page'));
const MyDossiersPage = lazy(() => import('../pages/dossiers/citizen/my-dossiers-page'));
const MyDossierPage = lazy(() => import('../pages/dossiers/citizen/my-dossier-page'));
const LookupPage = lazy(() => import('../pages/dossiers/lookup/lookup-page'));
const InboxPage = lazy(() => import('../pages/dossiers/staff/inbox-page'));
const StaffDossierPage = lazy(() => import('../pages/dossiers/staff/staff-dossier-page'));
const CounterIntakePage = lazy(() => import('../pages/dossiers/intake/counter-intake-page'));
const ReceiptPage = lazy(() => import('../pages/dossiers/intake/receipt-page'));
const DashboardPage = lazy(() => import('../pages/dossiers/dashboard/dashboard-page'));
const WorkflowSettingsPage = lazy(() => import('../pages/dossiers/dashboard/workflow-settings-page'));
const VerifyPage = lazy(() => import('../pages/verify/verify-page'));
const PaymentAccountPage = lazy(() => import('../pages/payments/payment-account-page'));
const UnmatchedPaymentsPage = lazy(() => import('../pages/payments/unmatched-payments-page'));

export const router = createBrowserRouter([
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: paths.home, element: <HomePage /> },
          { path: paths.addressLookup, element: <AddressLookupPage /> },
          { path: paths.units, element: <UnitSearchPage /> },
          { path: `${paths.units}/:code`, element: <UnitPage /> },
          { path: paths.catalog, element: <ProcedureSearchPage /> },
          { path: `${paths.catalog}/:slug`, element: <ProcedurePage /> },
          { path: `${paths.catalog}/:slug/bieu-mau/:formId`, element: <FormPreviewPage /> },
          { path: paths.calendar, element: <WorkingCalendarPage /> },
          { path: paths.lookup, element: <LookupPage /> },
          { path: `${paths.lookup}/:code`, element: <LookupPage /> },
          { path: paths.verify, element: <VerifyPage /> },
          { path: `${paths.verify}/:id`, element: <VerifyPage /> },
          { path: paths.signIn, element: <SignInPage /> },
          { path: paths.register, element: <RegisterPage /> },
          {
            element: <RequireSignIn />,
            children: [
              { path: paths.myAccount, element: <MyAccountPage /> },
              { path: `${paths.catalog}/:slug/nop-truc-tuyen`, element: <OnlineFilingPage /> },
              { path: paths.myDossiers, element: <MyDossiersPage /> },
              { path: `${paths.myDossiers}/:id`, element: <MyDossierPage /> },
              { path: `${paths.myDossiers}/:id/da-nop`, element: <FilingDonePage /> },
            ],
          },
          { element: <RequireSession />, children: [{ path: paths.changePassword, element: <ForcedPasswordChangePage /> }] },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        element: <RequireStaff />,
        children: [
          {
            element: <StaffLayout />,
            children: [
              { path: paths.staff, element: <StaffHomePage /> },
              { path: paths.staffProfile, element: <MyAccountPage /> },
              {
                element: <RequirePermission allowed={canManageAccounts} />,
                children: [
                  { path: paths.accounts, element: <AccountListPage /> },
                  { path: paths.accountNew, element: <AccountCreatePage /> },
                  { path: `${paths.accounts}/:id`, element: <AccountDetailPage /> },
                ],
              },
              { element: <RequirePermission allowed={canReadAudit} />, children: [{ path: paths.audit, element: <AuditLogPage /> }] },
              { element: <RequirePermission allowed={canWorkOnDossiers} />, children: [{ path: paths.inbox, element: <InboxPage /> }] },
              {
                element: <RequirePermission allowed={canViewDossiers} />,
                children: [
                  { path: `${paths.inbox}/:id`, element: <StaffDossierPage /> },
                  { path: `${paths.inbox}/:id/bien-nhan`, element: <ReceiptPage /> },
                ],
              },
              { element: <RequirePermission allowed={canReceiveDossiers} />, children: [{ path: paths.intake, element: <CounterIntakePage /> }] },
              { element: <RequirePermission allowed={canSeeDashboard} />, children: [{ path: paths.dashboard, element: <DashboardPage /> }] },
              { element: <RequirePermission allowed={canConfigureWorkflow} />, children: [{ path: paths.workflowSettings, element: <WorkflowSettingsPage /> }] },
              { element: <RequirePermission allowed={canConfigurePayments} />, children: [{ path: paths.paymentAccounts, element: <PaymentAccountPage /> }] },
              { element: <RequirePermission allowed={canReadUnmatchedPayments} />, children: [{ path: paths.unmatchedPayments, element: <UnmatchedPaymentsPage /> }] },
            ],
          },
        ],
      },
    ],
  },
]);
