import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AdminPage } from '../modules/admin/components/AdminPage';
import { LoginPage } from '../modules/auth/components/LoginPage';
import { RegisterPage } from '../modules/auth/components/RegisterPage';
import { SessionWatcher } from '../modules/auth/components/SessionWatcher';
import { Layout } from '../modules/layout/components/Layout';
import { NotFoundPage } from '../modules/layout/components/NotFoundPage';
import { NoticeProvider } from '../modules/layout/notices';
import { CategoryPage } from '../modules/forum/components/CategoryPage';
import { ForumHomePage } from '../modules/forum/components/ForumHomePage';
import { ForumSearchPage } from '../modules/forum/components/ForumSearchPage';
import { MunicipalityForumPage } from '../modules/forum/components/MunicipalityForumPage';
import { NetworkForumPage } from '../modules/forum/components/NetworkForumPage';
import { ThreadPage } from '../modules/forum/components/ThreadPage';
import { HomePage } from '../modules/municipalities/components/HomePage';
import { ProfilePage } from '../modules/profile/components/ProfilePage';
import { RealtimeConnection } from '../modules/realtime/components/RealtimeConnection';
import { createApolloClient } from './apollo';

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
              <Route path="logowanie" element={<LoginPage />} />
              <Route path="login" element={<LoginPage />} />
              <Route path="rejestracja" element={<RegisterPage />} />
              <Route path="register" element={<RegisterPage />} />
              <Route path="profil" element={<ProfilePage />} />
              <Route path="admin" element={<AdminPage />} />
              <Route path="forum" element={<ForumHomePage />} />
              <Route path="forum/szukaj" element={<ForumSearchPage />} />
              <Route path="forum/watek/:threadId" element={<ThreadPage />} />
              <Route path="forum/gmina/:municipalityId" element={<MunicipalityForumPage />} />
              <Route path="forum/siec/:networkId" element={<NetworkForumPage />} />
              <Route path="forum/:categoryId" element={<CategoryPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </NoticeProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}
