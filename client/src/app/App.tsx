import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AdminPage } from '../modules/admin/components/AdminPage';
import { InvitationsPage } from '../modules/organisations/components/InvitationsPage';
import { OrganisationFormPage } from '../modules/organisations/components/OrganisationFormPage';
import { OrganisationListPage } from '../modules/organisations/components/OrganisationListPage';
import { OrganisationPage } from '../modules/organisations/components/OrganisationPage';
import { ConfirmRegistrationPage } from '../modules/auth/components/ConfirmRegistrationPage';
import { LoginPage } from '../modules/auth/components/LoginPage';
import { RegisterPage } from '../modules/auth/components/RegisterPage';
import { SessionWatcher } from '../modules/auth/components/SessionWatcher';
import { ConsultationFormPage } from '../modules/consultations/components/ConsultationFormPage';
import { ConsultationListPage } from '../modules/consultations/components/ConsultationListPage';
import { ConsultationPage } from '../modules/consultations/components/ConsultationPage';
import { Layout } from '../modules/layout/components/Layout';
import { NotFoundPage } from '../modules/layout/components/NotFoundPage';
import { NoticeProvider } from '../modules/layout/notices';
import { CategoryPage } from '../modules/forum/components/CategoryPage';
import { ForumHomePage } from '../modules/forum/components/ForumHomePage';
import { ForumSearchPage } from '../modules/forum/components/ForumSearchPage';
import { MunicipalityForumPage } from '../modules/forum/components/MunicipalityForumPage';
import { NetworkForumPage } from '../modules/forum/components/NetworkForumPage';
import { ThreadPage } from '../modules/forum/components/ThreadPage';
import { MeetingPage } from '../modules/meetings/components/MeetingPage';
import { MunicipalityMeetingsPage } from '../modules/meetings/components/MunicipalityMeetingsPage';
import { HomePage } from '../modules/municipalities/components/HomePage';
import { GoodPracticeNewPage } from '../modules/networks/components/GoodPracticeNewPage';
import { GoodPracticePage } from '../modules/networks/components/GoodPracticePage';
import { GoodPracticesPage } from '../modules/networks/components/GoodPracticesPage';
import { NetworkListPage } from '../modules/networks/components/NetworkListPage';
import { NetworkPage } from '../modules/networks/components/NetworkPage';
import { ParticipantPage } from '../modules/problem-trees/components/ParticipantPage';
import { ProfilePage } from '../modules/profile/components/ProfilePage';
import { NotificationSettingsPage } from '../modules/notifications/components/NotificationSettingsPage';
import { NotificationsPage } from '../modules/notifications/components/NotificationsPage';
import { ModerationLogPage } from '../modules/moderation/components/ModerationLogPage';
import { ModerationQueuePage } from '../modules/moderation/components/ModerationQueuePage';
import { PasswordResetPage } from '../modules/notifications/components/PasswordResetPage';
import { PasswordResetRequestPage } from '../modules/notifications/components/PasswordResetRequestPage';
import { ProposalPage } from '../modules/proposals/components/ProposalPage';
import { RealtimeConnection } from '../modules/realtime/components/RealtimeConnection';
import { createApolloClient } from './apollo';
import { routePatterns } from './routes';
import { ComparisonPage } from '../modules/indicators/components/ComparisonPage';
import { IndicatorDefinitionsPage } from '../modules/indicators/components/IndicatorDefinitionsPage';
import { IndicatorEntryPage } from '../modules/indicators/components/IndicatorEntryPage';
import { SurveyBuilderPage } from '../modules/surveys/components/SurveyBuilderPage';
import { SurveyPage } from '../modules/surveys/components/SurveyPage';
import { SurveyResultsPage } from '../modules/surveys/components/SurveyResultsPage';

const client = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <NoticeProvider>
          <RealtimeConnection />
          <SessionWatcher />
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path={routePatterns.login} element={<LoginPage />} />
              <Route path={routePatterns.loginAlias} element={<LoginPage />} />
              <Route path={routePatterns.register} element={<RegisterPage />} />
              <Route path={routePatterns.registerAlias} element={<RegisterPage />} />
              <Route path={routePatterns.confirmRegistration} element={<ConfirmRegistrationPage />} />
              <Route path={routePatterns.profile} element={<ProfilePage />} />
              <Route path={routePatterns.organisations} element={<OrganisationListPage />} />
              <Route path={routePatterns.organisationNew} element={<OrganisationFormPage />} />
              <Route path={routePatterns.organisationInvitations} element={<InvitationsPage />} />
              <Route path={routePatterns.organisation} element={<OrganisationPage />} />
              <Route path={routePatterns.notifications} element={<NotificationsPage />} />
              <Route path={routePatterns.moderation} element={<ModerationQueuePage />} />
              <Route path={routePatterns.moderationLog} element={<ModerationLogPage />} />
              <Route path={routePatterns.notificationSettings} element={<NotificationSettingsPage />} />
              <Route path={routePatterns.passwordResetRequest} element={<PasswordResetRequestPage />} />
              <Route path={routePatterns.passwordReset} element={<PasswordResetPage />} />
              <Route path={routePatterns.admin} element={<AdminPage />} />
              <Route path={routePatterns.forum} element={<ForumHomePage />} />
              <Route path={routePatterns.forumSearch} element={<ForumSearchPage />} />
              <Route path={routePatterns.thread} element={<ThreadPage />} />
              <Route path={routePatterns.municipalityForum} element={<MunicipalityForumPage />} />
              <Route path={routePatterns.networkForum} element={<NetworkForumPage />} />
              <Route path={routePatterns.category} element={<CategoryPage />} />
              <Route path={routePatterns.meeting} element={<MeetingPage />} />
              <Route path={routePatterns.municipalityMeetings} element={<MunicipalityMeetingsPage />} />
              <Route path={routePatterns.consultations} element={<ConsultationListPage />} />
              <Route path={routePatterns.consultationNew} element={<ConsultationFormPage />} />
              <Route path={routePatterns.consultation} element={<ConsultationPage />} />
              <Route path={routePatterns.consultationEdit} element={<ConsultationFormPage />} />
              <Route path={routePatterns.proposal} element={<ProposalPage />} />
              <Route path={routePatterns.workshop} element={<ParticipantPage />} />
              <Route path={routePatterns.networks} element={<NetworkListPage />} />
              <Route path={routePatterns.network} element={<NetworkPage />} />
              <Route path={routePatterns.goodPractices} element={<GoodPracticesPage />} />
              <Route path={routePatterns.goodPracticeNew} element={<GoodPracticeNewPage />} />
              <Route path={routePatterns.goodPractice} element={<GoodPracticePage />} />
              <Route path={routePatterns.comparisons} element={<ComparisonPage />} />
              <Route path={routePatterns.indicatorEntry} element={<IndicatorEntryPage />} />
              <Route path={routePatterns.indicatorDefinitions} element={<IndicatorDefinitionsPage />} />
              <Route path={routePatterns.surveyNew} element={<SurveyBuilderPage />} />
              <Route path={routePatterns.survey} element={<SurveyPage />} />
              <Route path={routePatterns.surveyResults} element={<SurveyResultsPage />} />
              <Route path={routePatterns.notFound} element={<NotFoundPage />} />
            </Route>
          </Routes>
        </NoticeProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}
