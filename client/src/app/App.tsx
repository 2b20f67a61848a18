import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AdminPage } from '../modules/admin/components/AdminPage';
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
import { ParticipantPage } from '../modules/problem-trees/components/ParticipantPage';
import { ProfilePage } from '../modules/profile/components/ProfilePage';
import { ProposalPage } from '../modules/proposals/components/ProposalPage';
import { RealtimeConnection } from '../modules/realtime/components/RealtimeConnection';
import { createApolloClient } from './apollo';
import { routePatterns } from './routes';

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
              <Route path={routePatterns.profile} element={<ProfilePage />} />
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
              <Route path={routePatterns.notFound} element={<NotFoundPage />} />
            </Route>
          </Routes>
        </NoticeProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}
