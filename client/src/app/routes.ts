/**
 * Every path of the client in one place: the patterns App's <Route>s match and
 * the builders links and navigations use, so a renamed address changes once.
 * Addresses are Polish (they are what residents share); English aliases exist
 * only where a visitor is likely to type one.
 */

/** Search parameters pages read, named once so builder and reader agree. */
export const routeParams = {
  /** On a thread page: the post whose subtree is shown ("od" = "from"). */
  threadFrom: 'od',
  /** On the forum search page: the text searched for. */
  searchQuery: 'q',
  /** On a consultation page: the open tab ("zakładka"). */
  consultationTab: 'zakladka',
  /** On the new-password page: the e-mailed reset token. */
  resetToken: 'token',
  /** On the sign-up confirmation page: the e-mailed token (the server writes this address into the e-mail). */
  registrationToken: 'token',
  /** On the new good-practice page: the network it is filed under ("siec" = network). */
  practiceNetwork: 'siec',
} as const;

/** Patterns for `<Route path>`; `:name` segments are read with useParams(). */
export const routePatterns = {
  home: '/',
  login: '/logowanie',
  loginAlias: '/login',
  register: '/rejestracja',
  registerAlias: '/register',
  /** The e-mailed sign-up link's page; the server builds the link, so the address is fixed there too. */
  confirmRegistration: '/confirm-registration',
  profile: '/profil',
  notifications: '/powiadomienia',
  moderation: '/moderacja',
  moderationLog: '/moderacja/dziennik',
  notificationSettings: '/powiadomienia/ustawienia',
  passwordResetRequest: '/haslo/reset',
  passwordReset: '/haslo/nowe',
  admin: '/admin',
  forum: '/forum',
  forumSearch: '/forum/szukaj',
  thread: '/forum/watek/:threadId',
  municipalityForum: '/forum/gmina/:municipalityId',
  networkForum: '/forum/siec/:networkId',
  // Last among the forum's patterns in spirit: the router ranks static segments above it anyway.
  category: '/forum/:categoryId',
  meeting: '/spotkania/:meetingId',
  municipalityMeetings: '/spotkania/gmina/:municipalityId',
  consultations: '/konsultacje',
  consultationNew: '/konsultacje/nowa',
  consultation: '/konsultacje/:consultationId',
  consultationEdit: '/konsultacje/:consultationId/edycja',
  proposal: '/konsultacje/:consultationId/propozycje/:proposalId',
  organisations: '/organizacje',
  organisationNew: '/organizacje/nowa',
  organisationInvitations: '/organizacje/zaproszenia',
  organisation: '/organizacje/:organisationId',
  /** A workshop's join page for phones: short, because it is typed from a projector ("w" = warsztat). */
  workshop: '/w/:code',
  networks: '/networks',
  network: '/networks/:networkId',
  goodPractices: '/good-practices',
  goodPracticeNew: '/good-practices/new',
  goodPractice: '/good-practices/:practiceId',
  comparisons: '/porownania',
  indicatorEntry: '/wskazniki/dane',
  indicatorDefinitions: '/wskazniki/definicje',
  surveyNew: '/ankiety/nowa',
  survey: '/ankiety/:surveyId',
  surveyResults: '/ankiety/:surveyId/wyniki',
  notFound: '*',
} as const;

/** An id as one path segment: ids are opaque, so one with a slash or a `?` must not change the route. */
function segment(id: string): string {
  return encodeURIComponent(id);
}

function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value) query.set(name, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Builders for links and `navigate()`: each gives an absolute path. */
export const routes = {
  home: (): string => routePatterns.home,
  login: (): string => routePatterns.login,
  register: (): string => routePatterns.register,
  profile: (): string => routePatterns.profile,
  notifications: (): string => routePatterns.notifications,
  moderation: (): string => routePatterns.moderation,
  moderationLog: (): string => routePatterns.moderationLog,
  notificationSettings: (): string => routePatterns.notificationSettings,
  passwordResetRequest: (): string => routePatterns.passwordResetRequest,
  admin: (): string => routePatterns.admin,
  organisations: (): string => routePatterns.organisations,
  organisationNew: (): string => routePatterns.organisationNew,
  organisationInvitations: (): string => routePatterns.organisationInvitations,
  organisation: (organisationId: string) => `/organizacje/${segment(organisationId)}`,
  forum: (): string => routePatterns.forum,
  forumSearch: (query?: string) => withQuery(routePatterns.forumSearch, { [routeParams.searchQuery]: query }),
  /** A thread; with `from`, only that post and its replies (a long branch continued on its own page). */
  thread: (threadId: string, options: { from?: string | null } = {}) =>
    withQuery(`/forum/watek/${segment(threadId)}`, { [routeParams.threadFrom]: options.from }),
  category: (categoryId: string) => `/forum/${segment(categoryId)}`,
  municipalityForum: (municipalityId: string) => `/forum/gmina/${segment(municipalityId)}`,
  networkForum: (networkId: string) => `/forum/siec/${segment(networkId)}`,
  meeting: (meetingId: string) => `/spotkania/${segment(meetingId)}`,
  /** A municipality's meetings, with those of the units below it. */
  municipalityMeetings: (municipalityId: string) => `/spotkania/gmina/${segment(municipalityId)}`,
  networks: (): string => routePatterns.networks,
  network: (networkId: string) => `/networks/${segment(networkId)}`,
  goodPractices: (): string => routePatterns.goodPractices,
  goodPractice: (practiceId: string) => `/good-practices/${segment(practiceId)}`,
  /** The good-practice form; with `networkId`, filed under that network. */
  goodPracticeNew: (networkId?: string | null) =>
    withQuery(routePatterns.goodPracticeNew, { [routeParams.practiceNetwork]: networkId }),
  comparisons: (): string => routePatterns.comparisons,
  indicatorEntry: (): string => routePatterns.indicatorEntry,
  indicatorDefinitions: (): string => routePatterns.indicatorDefinitions,
  surveyNew: (): string => routePatterns.surveyNew,
  survey: (surveyId: string) => `/ankiety/${segment(surveyId)}`,
  surveyResults: (surveyId: string) => `/ankiety/${segment(surveyId)}/wyniki`,
  consultations: (): string => routePatterns.consultations,
  consultationNew: (): string => routePatterns.consultationNew,
  /** A consultation; with `tab`, that tab open. */
  consultation: (consultationId: string, options: { tab?: string | null } = {}) =>
    withQuery(`/konsultacje/${segment(consultationId)}`, { [routeParams.consultationTab]: options.tab }),
  consultationEdit: (consultationId: string) => `/konsultacje/${segment(consultationId)}/edycja`,
  /** A resident's proposal within its consultation. */
  proposal: (consultationId: string, proposalId: string) =>
    `/konsultacje/${segment(consultationId)}/propozycje/${segment(proposalId)}`,
  /** Where a workshop participant joins a problem tree by its code. */
  workshop: (code: string) => `/w/${segment(code)}`,
} as const;
