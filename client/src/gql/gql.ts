/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AdminRoleGrants($first: Int!, $after: String, $municipalityId: ID) {\n  roleGrants(first: $first, after: $after, municipalityId: $municipalityId) {\n    nodes {\n      ...AdminRoleGrant\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.AdminRoleGrantsDocument,
    "query AuditEvents($first: Int!, $after: String, $kinds: [AuditEventKind!], $from: DateTime, $to: DateTime) {\n  auditEvents(first: $first, after: $after, kinds: $kinds, from: $from, to: $to) {\n    nodes {\n      id\n      kind\n      occurredAt\n      actorDisplayName\n      actorEmail\n      ip\n      targetType\n      targetId\n      detailsJson\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.AuditEventsDocument,
    "fragment AdminRoleGrant on RoleGrant {\n  id\n  role\n  grantedAt\n  user {\n    id\n    displayName\n  }\n  municipality {\n    id\n    name\n    kind\n  }\n}": typeof types.AdminRoleGrantFragmentDoc,
    "mutation GrantRole($input: GrantRoleInput!) {\n  grantRole(input: $input) {\n    ...AdminRoleGrant\n  }\n}": typeof types.GrantRoleDocument,
    "mutation RevokeRole($id: ID!) {\n  revokeRole(id: $id)\n}": typeof types.RevokeRoleDocument,
    "query AdminUsers($search: String, $first: Int!, $after: String) {\n  users(search: $search, first: $first, after: $after) {\n    nodes {\n      id\n      displayName\n      email\n      isAdmin\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.AdminUsersDocument,
    "fragment CurrentAccount on Account {\n  id\n  email\n  displayName\n  handle\n  isAdmin\n  createdAt\n  homeMunicipality {\n    id\n    name\n    kind\n  }\n  roles {\n    id\n    role\n    municipality {\n      id\n      name\n      kind\n    }\n  }\n}": typeof types.CurrentAccountFragmentDoc,
    "mutation ConfirmRegistration($token: String!) {\n  confirmRegistration(token: $token) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}": typeof types.ConfirmRegistrationDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...CurrentAccount\n  }\n}": typeof types.MeDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    email\n    confirmationSent\n  }\n}": typeof types.RegisterDocument,
    "query Ballot($consultationId: ID!) {\n  ballot(consultationId: $consultationId) {\n    ...BallotFields\n  }\n}": typeof types.BallotDocument,
    "query BallotReceipts($ballotId: ID!, $after: String) {\n  ballotReceipts(ballotId: $ballotId, first: 100, after: $after) {\n    nodes\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    totalCount\n  }\n}": typeof types.BallotReceiptsDocument,
    "mutation CastBallot($input: CastBallotInput!) {\n  castBallot(input: $input) {\n    receipt\n    castAt\n    choices {\n      optionId\n      points\n      rank\n    }\n  }\n}": typeof types.CastBallotDocument,
    "mutation ConfigureBallot($input: ConfigureBallotInput!) {\n  configureBallot(input: $input) {\n    ...BallotFields\n  }\n}": typeof types.ConfigureBallotDocument,
    "mutation EnterPaperBallots($input: EnterPaperBallotsInput!) {\n  enterPaperBallots(input: $input) {\n    ...BallotFields\n  }\n}": typeof types.EnterPaperBallotsDocument,
    "fragment BallotOptionFields on BallotOption {\n  id\n  position\n  label\n  serviceArea {\n    code\n    namePl\n    nameEn\n  }\n  proposal {\n    id\n    number\n    title\n  }\n}\n\nfragment BallotResultsFields on BallotResults {\n  method\n  ballots\n  onlineBallots\n  paperBallots\n  pairwise\n  winnerOptionIds\n  options {\n    online\n    paper\n    total\n    bordaScore\n    schulzeRank\n    option {\n      id\n    }\n  }\n}\n\nfragment BallotFields on Ballot {\n  id\n  consultationId\n  method\n  maxChoices\n  pointsTotal\n  pointsPerOptionMax\n  optionSource\n  resultsVisibility\n  eligibility\n  frozen\n  open\n  closed\n  ballotsCast\n  paperBallots\n  viewerEligible\n  viewerCanVote\n  viewerCanConfigure\n  viewerCanEnterPaperBallots\n  options {\n    ...BallotOptionFields\n  }\n  viewerBallot {\n    receipt\n    castAt\n    choices {\n      optionId\n      points\n      rank\n    }\n  }\n  results {\n    ...BallotResultsFields\n  }\n}": typeof types.BallotOptionFieldsFragmentDoc,
    "mutation AdvanceConsultationPhase($id: ID!) {\n  advanceConsultationPhase(id: $id) {\n    ...ConsultationDetails\n  }\n}": typeof types.AdvanceConsultationPhaseDocument,
    "query Consultation($id: ID!) {\n  consultation(id: $id) {\n    ...ConsultationDetails\n  }\n}": typeof types.ConsultationDocument,
    "query ConsultationEvents($consultationId: ID!, $afterSeq: Int!) {\n  consultationEvents(consultationId: $consultationId, afterSeq: $afterSeq) {\n    seq\n    kind\n    payload\n  }\n}": typeof types.ConsultationEventsDocument,
    "query ConsultationServiceAreas {\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n}": typeof types.ConsultationServiceAreasDocument,
    "query Consultations($municipalityId: ID, $serviceArea: ServiceAreaCode, $phase: ConsultationPhaseKind, $first: Int!, $after: String) {\n  consultations(\n    municipalityId: $municipalityId\n    serviceArea: $serviceArea\n    phase: $phase\n    first: $first\n    after: $after\n  ) {\n    nodes {\n      ...ConsultationSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.ConsultationsDocument,
    "mutation CreateConsultation($input: CreateConsultationInput!) {\n  createConsultation(input: $input) {\n    ...ConsultationDetails\n  }\n}": typeof types.CreateConsultationDocument,
    "mutation FollowConsultation($id: ID!) {\n  followConsultation(id: $id) {\n    id\n    followerCount\n    viewerFollows\n  }\n}": typeof types.FollowConsultationDocument,
    "fragment ConsultationPhaseFields on ConsultationPhase {\n  id\n  kind\n  position\n  startsOn\n  endsOn\n  isCurrent\n}\n\nfragment ConsultationSummary on Consultation {\n  id\n  slug\n  title\n  status\n  currentPhase\n  followerCount\n  municipality {\n    id\n    name\n  }\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n  phases {\n    ...ConsultationPhaseFields\n  }\n}\n\nfragment ConsultationDetails on Consultation {\n  ...ConsultationSummary\n  seq\n  summaryHtml\n  summarySource\n  goalHtml\n  goalSource\n  publishedAt\n  allowedActions\n  viewerCanManage\n  viewerFollows\n  organiser {\n    id\n    displayName\n  }\n  municipality {\n    id\n    name\n    kind\n  }\n  discussionThread {\n    id\n    title\n    replyCount\n    lastActivityAt\n  }\n  contentCounts {\n    documents\n    drafts\n    meetings\n    problemTreeNodes\n    proposals\n    ballots\n  }\n}\n\nfragment UpcomingMeetingFields on Meeting {\n  id\n  title\n  kind\n  startsAt\n  endsAt\n  cancelled\n  address\n  onlineUrl\n  municipality {\n    id\n    name\n  }\n  consultation {\n    id\n    title\n  }\n}": typeof types.ConsultationPhaseFieldsFragmentDoc,
    "query MunicipalityConsultations($municipalityId: ID!, $first: Int!) {\n  consultations(municipalityId: $municipalityId, first: $first) {\n    nodes {\n      ...ConsultationSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  upcomingMeetings(municipalityId: $municipalityId, first: 5) {\n    ...UpcomingMeetingFields\n  }\n}": typeof types.MunicipalityConsultationsDocument,
    "mutation PublishConsultation($id: ID!) {\n  publishConsultation(id: $id) {\n    ...ConsultationDetails\n  }\n}": typeof types.PublishConsultationDocument,
    "mutation SetConsultationPhases($input: SetConsultationPhasesInput!) {\n  setConsultationPhases(input: $input) {\n    ...ConsultationDetails\n  }\n}": typeof types.SetConsultationPhasesDocument,
    "mutation UnfollowConsultation($id: ID!) {\n  unfollowConsultation(id: $id) {\n    id\n    followerCount\n    viewerFollows\n  }\n}": typeof types.UnfollowConsultationDocument,
    "mutation UpdateConsultation($input: UpdateConsultationInput!) {\n  updateConsultation(input: $input) {\n    ...ConsultationDetails\n  }\n}": typeof types.UpdateConsultationDocument,
    "query ConsultationDocuments($consultationId: ID!, $after: String) {\n  consultationDocuments(consultationId: $consultationId, first: 50, after: $after) {\n    nodes {\n      ...DocumentFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ConsultationDocumentsDocument,
    "mutation DeleteDocument($id: ID!) {\n  deleteDocument(id: $id) {\n    id\n  }\n}": typeof types.DeleteDocumentDocument,
    "query DocumentsConsultation($id: ID!) {\n  consultation(id: $id) {\n    id\n    viewerCanManage\n  }\n}": typeof types.DocumentsConsultationDocument,
    "fragment DocumentFields on Document {\n  id\n  title\n  fileName\n  mimeType\n  sizeBytes\n  url\n  uploadedAt\n  uploader {\n    id\n    displayName\n  }\n}": typeof types.DocumentFieldsFragmentDoc,
    "mutation RenameDocument($input: RenameDocumentInput!) {\n  renameDocument(input: $input) {\n    ...DocumentFields\n  }\n}": typeof types.RenameDocumentDocument,
    "mutation AnswerParagraphComment($input: AnswerParagraphCommentInput!) {\n  answerParagraphComment(input: $input) {\n    ...ForumPostFields\n  }\n}": typeof types.AnswerParagraphCommentDocument,
    "mutation CommentOnParagraph($input: CommentOnParagraphInput!) {\n  commentOnParagraph(input: $input) {\n    ...ForumPostFields\n  }\n}": typeof types.CommentOnParagraphDocument,
    "query ConsultationDrafts($consultationId: ID!) {\n  consultationDrafts(consultationId: $consultationId) {\n    ...DraftSummary\n  }\n}": typeof types.ConsultationDraftsDocument,
    "query Draft($id: ID!) {\n  draft(id: $id) {\n    ...DraftSummary\n    source\n    paragraphs {\n      ...DraftParagraphFields\n    }\n  }\n}": typeof types.DraftDocument,
    "query DraftConsultation($id: ID!) {\n  consultation(id: $id) {\n    ...DraftConsultationFields\n  }\n}": typeof types.DraftConsultationDocument,
    "query DraftDiff($fromDraftId: ID!, $toDraftId: ID!) {\n  draftDiff(fromDraftId: $fromDraftId, toDraftId: $toDraftId) {\n    change\n    from {\n      id\n      number\n      html\n    }\n    to {\n      id\n      number\n      html\n    }\n  }\n}": typeof types.DraftDiffDocument,
    "fragment DraftSummary on Draft {\n  id\n  consultationId\n  version\n  title\n  paragraphCount\n  createdAt\n  createdBy {\n    id\n    displayName\n  }\n}\n\nfragment DraftParagraphFields on DraftParagraph {\n  id\n  draftId\n  number\n  html\n  commentCount\n  answeredCount\n  threadId\n  officialAnswers {\n    postId\n    answeredPostId\n  }\n}\n\nfragment DraftConsultationFields on Consultation {\n  id\n  viewerCanManage\n  allowedActions\n  currentPhase\n  phases {\n    id\n    kind\n    startsOn\n    endsOn\n    isCurrent\n    position\n  }\n}": typeof types.DraftSummaryFragmentDoc,
    "mutation PublishDraft($input: PublishDraftInput!) {\n  publishDraft(input: $input) {\n    ...DraftSummary\n  }\n}": typeof types.PublishDraftDocument,
    "mutation CreateForumCategory($input: CreateCategoryInput!) {\n  createForumCategory(input: $input) {\n    ...ForumCategoryFields\n  }\n}": typeof types.CreateForumCategoryDocument,
    "mutation CreateThread($input: CreateThreadInput!) {\n  createThread(input: $input) {\n    ...ForumThreadSummary\n  }\n}": typeof types.CreateThreadDocument,
    "mutation DeleteForumCategory($id: ID!) {\n  deleteForumCategory(id: $id) {\n    id\n  }\n}": typeof types.DeleteForumCategoryDocument,
    "mutation DeletePost($id: ID!) {\n  deletePost(id: $id) {\n    ...ForumPostFields\n  }\n}": typeof types.DeletePostDocument,
    "mutation EditPost($input: EditPostInput!) {\n  editPost(input: $input) {\n    ...ForumPostFields\n  }\n}": typeof types.EditPostDocument,
    "query ForumCategories($municipalityId: ID, $networkId: ID) {\n  forumCategories(\n    municipalityId: $municipalityId\n    networkId: $networkId\n    first: 100\n  ) {\n    nodes {\n      ...ForumCategoryFields\n      municipality {\n        id\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ForumCategoriesDocument,
    "query ForumCategoryHeading($id: ID!) {\n  forumCategoryById(id: $id) {\n    ...ForumCategoryHeading\n  }\n}": typeof types.ForumCategoryHeadingDocument,
    "query ForumCategoryThreads($categoryId: ID!, $after: String) {\n  forumThreads(categoryId: $categoryId, first: 20, after: $after) {\n    nodes {\n      ...ForumThreadSummary\n      category {\n        ...ForumCategoryHeading\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ForumCategoryThreadsDocument,
    "query ForumNetworks {\n  networks(first: 100) {\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n}": typeof types.ForumNetworksDocument,
    "query ForumSearch($query: String!, $after: String) {\n  forumSearch(query: $query, first: 20, after: $after) {\n    nodes {\n      postId\n      postNumber\n      score\n      snippetHtml\n      thread {\n        id\n        title\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ForumSearchDocument,
    "query ForumThread($id: ID!) {\n  forumThread(id: $id) {\n    ...ForumThreadSummary\n    seq\n    firstUnreadNumber\n    subjectType\n    viewerCanModerate\n    category {\n      id\n      name\n      municipalityId\n    }\n  }\n}": typeof types.ForumThreadDocument,
    "fragment ForumAuthor on UserSummary {\n  id\n  displayName\n  handle\n}\n\nfragment ForumPostFields on ForumPost {\n  id\n  threadId\n  parentId\n  number\n  depth\n  path\n  bodyHtml\n  bodySource\n  hiddenReason\n  awaitingModeration\n  quotedPostId\n  deleted\n  stance\n  score\n  reactedByMe\n  viewerCanSanction\n  replyCount\n  createdAt\n  editedAt\n  author {\n    ...ForumAuthor\n  }\n  organisation {\n    ...OrganisationBadge\n  }\n}\n\nfragment ForumThreadSummary on ForumThread {\n  id\n  categoryId\n  title\n  hiddenReason\n  pinned\n  locked\n  replyCount\n  lastActivityAt\n  lastPostNumber\n  unreadCount\n  author {\n    id\n    displayName\n  }\n}\n\nfragment ForumCategoryFields on ForumCategory {\n  id\n  name\n  slug\n  description\n  position\n  threadCount\n  municipalityId\n  networkId\n  viewerCanManage\n}\n\nfragment ForumCategoryHeading on ForumCategory {\n  id\n  name\n  description\n  municipalityId\n  networkId\n}\n\nfragment ForumMunicipalityName on Municipality {\n  id\n  name\n}": typeof types.ForumAuthorFragmentDoc,
    "mutation MarkThreadRead($threadId: ID!, $number: Int!) {\n  markThreadRead(threadId: $threadId, number: $number)\n}": typeof types.MarkThreadReadDocument,
    "query MentionSuggestions($prefix: String!) {\n  mentionSuggestions(prefix: $prefix, first: 8) {\n    ...ForumAuthor\n  }\n}": typeof types.MentionSuggestionsDocument,
    "query MunicipalityName($id: ID!) {\n  municipalityById(id: $id) {\n    ...ForumMunicipalityName\n  }\n}": typeof types.MunicipalityNameDocument,
    "query PostRevisions($id: ID!) {\n  postRevisions(id: $id) {\n    id\n    editedAt\n    previousHtml\n  }\n}": typeof types.PostRevisionsDocument,
    "query PreviewMarkdown($body: String!) {\n  previewMarkdown(body: $body)\n}": typeof types.PreviewMarkdownDocument,
    "mutation ReplyToPost($input: ReplyInput!) {\n  replyToPost(input: $input) {\n    ...ForumPostFields\n  }\n}": typeof types.ReplyToPostDocument,
    "mutation SetThreadFlags($input: ThreadFlagsInput!) {\n  setThreadFlags(input: $input) {\n    id\n    pinned\n    locked\n  }\n}": typeof types.SetThreadFlagsDocument,
    "query ThreadEvents($threadId: ID!, $afterSeq: Int!) {\n  threadEvents(threadId: $threadId, afterSeq: $afterSeq) {\n    seq\n    kind\n    payload\n  }\n}": typeof types.ThreadEventsDocument,
    "query ThreadPosts($threadId: ID!, $order: PostOrder!, $rootPostId: ID, $after: String) {\n  threadPosts(\n    threadId: $threadId\n    first: 100\n    order: $order\n    rootPostId: $rootPostId\n    after: $after\n  ) {\n    nodes {\n      ...ForumPostFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ThreadPostsDocument,
    "mutation TogglePostReaction($id: ID!) {\n  togglePostReaction(id: $id) {\n    reacted\n    post {\n      id\n      score\n      reactedByMe\n    }\n  }\n}": typeof types.TogglePostReactionDocument,
    "mutation UpdateForumCategory($input: UpdateCategoryInput!) {\n  updateForumCategory(input: $input) {\n    ...ForumCategoryFields\n  }\n}": typeof types.UpdateForumCategoryDocument,
    "query ComparisonNetworks {\n  networks(first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}": typeof types.ComparisonNetworksDocument,
    "fragment IndicatorDefinitionFields on IndicatorDefinition {\n  id\n  code\n  namePl\n  nameEn\n  serviceArea\n  kind\n  unit\n  direction\n  perThousand\n  measurementPl\n  measurementEn\n}": typeof types.IndicatorDefinitionFieldsFragmentDoc,
    "query IndicatorComparison($networkId: ID!, $indicatorId: ID!, $year: Int!, $highlight: ID) {\n  indicatorComparison(\n    networkId: $networkId\n    indicatorId: $indicatorId\n    year: $year\n    highlightMunicipalityId: $highlight\n  ) {\n    networkId\n    networkName\n    year\n    stats {\n      count\n      min\n      q1\n      median\n      q3\n      max\n      mean\n    }\n    perThousandStats {\n      count\n      median\n    }\n    rows {\n      municipalityId\n      municipalityName\n      population\n      value\n      valuePerThousand\n      rank\n      outlier\n      highlighted\n    }\n  }\n}": typeof types.IndicatorComparisonDocument,
    "fragment IndicatorDefinitionAdminFields on IndicatorDefinition {\n  ...IndicatorDefinitionFields\n  archivedAt\n  hasValues\n}\n\nquery IndicatorDefinitionsAdmin {\n  indicatorDefinitions(includeArchived: true) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation CreateIndicatorDefinition($input: CreateIndicatorDefinitionInput!) {\n  createIndicatorDefinition(input: $input) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation UpdateIndicatorDefinition($input: UpdateIndicatorDefinitionInput!) {\n  updateIndicatorDefinition(input: $input) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation ArchiveIndicatorDefinition($id: ID!, $archived: Boolean!) {\n  archiveIndicatorDefinition(id: $id, archived: $archived) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation DeleteIndicatorDefinition($id: ID!) {\n  deleteIndicatorDefinition(id: $id)\n}": typeof types.IndicatorDefinitionAdminFieldsFragmentDoc,
    "query IndicatorDefinitions {\n  indicatorDefinitions {\n    ...IndicatorDefinitionFields\n  }\n}": typeof types.IndicatorDefinitionsDocument,
    "query IndicatorTrend($networkId: ID!, $indicatorId: ID!, $fromYear: Int!, $toYear: Int!, $highlight: ID) {\n  indicatorTrend(\n    networkId: $networkId\n    indicatorId: $indicatorId\n    fromYear: $fromYear\n    toYear: $toYear\n    highlightMunicipalityId: $highlight\n  ) {\n    years\n    median {\n      year\n      value\n    }\n    series {\n      municipalityId\n      municipalityName\n      highlighted\n      points {\n        year\n        value\n      }\n    }\n  }\n}": typeof types.IndicatorTrendDocument,
    "mutation RecordIndicatorValue($input: RecordIndicatorValueInput!) {\n  recordIndicatorValue(input: $input) {\n    id\n    value\n    year\n    quarter\n    municipalityName\n  }\n}": typeof types.RecordIndicatorValueDocument,
    "mutation SaveUnitCostWorksheet($input: SaveUnitCostWorksheetInput!) {\n  saveUnitCostWorksheet(input: $input) {\n    id\n    activity\n    cases\n    staffCostGrosze\n    allocatedOverheadsGrosze\n    totalCostGrosze\n    unitCostGrosze\n    posts {\n      post\n      minutesPerCase\n      hourlyCostGrosze\n      costPerCaseGrosze\n    }\n    value {\n      id\n      value\n    }\n  }\n}": typeof types.SaveUnitCostWorksheetDocument,
    "mutation CancelMeeting($id: ID!) {\n  cancelMeeting(id: $id) {\n    ...MeetingDetailFields\n  }\n}": typeof types.CancelMeetingDocument,
    "mutation CancelMeetingRegistration($meetingId: ID!) {\n  cancelMeetingRegistration(meetingId: $meetingId) {\n    ...MeetingDetailFields\n  }\n}": typeof types.CancelMeetingRegistrationDocument,
    "mutation CreateMeeting($input: CreateMeetingInput!) {\n  createMeeting(input: $input) {\n    ...MeetingDetailFields\n  }\n}": typeof types.CreateMeetingDocument,
    "fragment MeetingFields on Meeting {\n  id\n  kind\n  title\n  startsAt\n  endsAt\n  address\n  onlineUrl\n  capacity\n  cancelled\n  cancelledAt\n  registeredCount\n  waitingCount\n  consultationId\n  municipality {\n    id\n    name\n  }\n  viewerRegistration {\n    status\n    waitingPosition\n    registeredAt\n  }\n}\n\nfragment MeetingDetailFields on Meeting {\n  ...MeetingFields\n  descriptionHtml\n  descriptionSource\n  minutesHtml\n  minutesSource\n  minutesAt\n  viewerCanManage\n  organiser {\n    id\n    displayName\n  }\n  consultation {\n    id\n    title\n    allowedActions\n  }\n}": typeof types.MeetingFieldsFragmentDoc,
    "query Meeting($id: ID!) {\n  meeting(id: $id) {\n    ...MeetingDetailFields\n  }\n}": typeof types.MeetingDocument,
    "query MeetingAttendees($meetingId: ID!, $after: String) {\n  meetingAttendees(meetingId: $meetingId, first: 100, after: $after) {\n    nodes {\n      status\n      waitingPosition\n      registeredAt\n      promotedAt\n      user {\n        id\n        displayName\n        handle\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.MeetingAttendeesDocument,
    "query Meetings($consultationId: ID, $municipalityId: ID, $includeChildren: Boolean! = false, $from: DateTime, $to: DateTime, $after: String) {\n  meetings(\n    consultationId: $consultationId\n    municipalityId: $municipalityId\n    includeChildren: $includeChildren\n    from: $from\n    to: $to\n    first: 100\n    after: $after\n  ) {\n    nodes {\n      ...MeetingFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.MeetingsDocument,
    "query MeetingsConsultation($id: ID!) {\n  consultation(id: $id) {\n    id\n    title\n    viewerCanManage\n    allowedActions\n    municipality {\n      id\n      name\n    }\n  }\n}": typeof types.MeetingsConsultationDocument,
    "query MeetingsMunicipality($id: ID!) {\n  municipalityById(id: $id) {\n    id\n    name\n  }\n}": typeof types.MeetingsMunicipalityDocument,
    "mutation RegisterForMeeting($meetingId: ID!) {\n  registerForMeeting(meetingId: $meetingId) {\n    ...MeetingDetailFields\n  }\n}": typeof types.RegisterForMeetingDocument,
    "mutation SetMeetingMinutes($input: SetMeetingMinutesInput!) {\n  setMeetingMinutes(input: $input) {\n    ...MeetingDetailFields\n  }\n}": typeof types.SetMeetingMinutesDocument,
    "mutation UpdateMeeting($input: UpdateMeetingInput!) {\n  updateMeeting(input: $input) {\n    ...MeetingDetailFields\n  }\n}": typeof types.UpdateMeetingDocument,
    "mutation ApproveContent($input: ModerationItemInput!) {\n  approveContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": typeof types.ApproveContentDocument,
    "mutation BlockUser($input: SanctionUserInput!) {\n  blockUser(input: $input) {\n    id\n    kind\n    endsAt\n  }\n}": typeof types.BlockUserDocument,
    "query CategoryModerationSettings($id: ID!) {\n  forumCategoryById(id: $id) {\n    id\n    moderationSettings {\n      ...CategoryModerationSettingsFields\n    }\n  }\n}\n\nmutation SetCategoryModerationSettings($input: CategoryModerationSettingsInput!) {\n  setCategoryModerationSettings(input: $input) {\n    ...CategoryModerationSettingsFields\n  }\n}\n\nfragment CategoryModerationSettingsFields on CategoryModerationSettings {\n  categoryId\n  inherited\n  premoderation\n  premoderationAccountDays\n  premoderationApprovedPosts\n}": typeof types.CategoryModerationSettingsDocument,
    "mutation DismissFlags($input: ModerationItemInput!) {\n  dismissFlags(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": typeof types.DismissFlagsDocument,
    "mutation EditContent($input: EditContentInput!) {\n  editContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": typeof types.EditContentDocument,
    "mutation FlagContent($input: FlagContentInput!) {\n  flagContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": typeof types.FlagContentDocument,
    "mutation HideContent($input: HideContentInput!) {\n  hideContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": typeof types.HideContentDocument,
    "query ModerationLog($first: Int!, $after: String, $municipalityId: ID) {\n  moderationLog(first: $first, after: $after, municipalityId: $municipalityId) {\n    nodes {\n      id\n      municipalityId\n      action\n      actorRole\n      itemKind\n      reason\n      createdAt\n      categoryName\n      settingsBefore {\n        ...LoggedModerationSettings\n      }\n      settingsAfter {\n        ...LoggedModerationSettings\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nfragment LoggedModerationSettings on LoggedModerationSettings {\n  flagThreshold\n  premoderation\n  premoderationAccountDays\n  premoderationApprovedPosts\n}": typeof types.ModerationLogDocument,
    "query ModerationQueue($first: Int!, $after: String) {\n  moderationQueue(first: $first, after: $after) {\n    nodes {\n      kind\n      itemId\n      municipalityId\n      state\n      openFlagCount\n      lastFlaggedAt\n      excerpt\n      hiddenReason\n      authorId\n      flags {\n        id\n        reason\n        note\n        createdAt\n      }\n      authorHistory {\n        hiddenCount\n        warningCount\n        blockCount\n        blockedUntil\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.ModerationQueueDocument,
    "query ModeratedMunicipalities {\n  me {\n    id\n    roles {\n      id\n      municipality {\n        id\n        name\n        viewerCanConfigureModeration\n      }\n    }\n  }\n}\n\nquery ModerationSettings($id: ID!) {\n  moderationSettings(id: $id) {\n    ...ModerationSettingsFields\n  }\n}\n\nmutation SetModerationSettings($input: ModerationSettingsInput!) {\n  setModerationSettings(input: $input) {\n    ...ModerationSettingsFields\n  }\n}\n\nfragment ModerationSettingsFields on ModerationSettings {\n  municipalityId\n  flagThreshold\n  premoderation\n  premoderationAccountDays\n  premoderationApprovedPosts\n}": typeof types.ModeratedMunicipalitiesDocument,
    "mutation MoveThread($input: MoveThreadInput!) {\n  moveThread(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": typeof types.MoveThreadDocument,
    "mutation RemoveContent($input: HideContentInput!) {\n  removeContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": typeof types.RemoveContentDocument,
    "mutation RestoreContent($input: ModerationItemInput!) {\n  restoreContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": typeof types.RestoreContentDocument,
    "mutation UnblockUser($input: SanctionUserInput!) {\n  unblockUser(input: $input)\n}": typeof types.UnblockUserDocument,
    "mutation WarnUser($input: SanctionUserInput!) {\n  warnUser(input: $input) {\n    id\n    kind\n    endsAt\n  }\n}": typeof types.WarnUserDocument,
    "query HomePage($first: Int!, $after: String) {\n  municipalities(topLevel: true, first: $first, after: $after) {\n    nodes {\n      id\n      name\n      slug\n      kind\n      childCount\n      children {\n        id\n        name\n        slug\n        kind\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n}": typeof types.HomePageDocument,
    "query SearchMunicipalities($search: String, $first: Int!) {\n  municipalities(search: $search, first: $first) {\n    nodes {\n      id\n      name\n      kind\n      parent {\n        id\n        name\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.SearchMunicipalitiesDocument,
    "mutation CancelNetworkMeeting($id: ID!) {\n  cancelNetworkMeeting(id: $id) {\n    ...NetworkMeetingFields\n  }\n}": typeof types.CancelNetworkMeetingDocument,
    "mutation CreateGoodPractice($input: CreateGoodPracticeInput!) {\n  createGoodPractice(input: $input) {\n    ...GoodPracticeSummaryFields\n  }\n}": typeof types.CreateGoodPracticeDocument,
    "fragment NetworkMeetingFields on NetworkMeeting {\n  id\n  number\n  date\n  status\n  agendaSource\n  agendaHtml\n  minutesSource\n  minutesHtml\n  viewerCanManage\n  host {\n    id\n    name\n  }\n  attendance {\n    id\n    name\n  }\n}\n\nfragment NetworkPageFields on Network {\n  id\n  name\n  kind\n  serviceAreaCode\n  municipalityKind\n  note\n  memberCount\n  indicatorsPublic\n  viewerCanManage\n  viewerCanManageCoordinators\n  viewerCanSeeDocuments\n  viewerCanManageDocuments\n  members {\n    position\n    municipality {\n      id\n      name\n      kind\n    }\n  }\n  coordinators {\n    user {\n      id\n      displayName\n    }\n  }\n  meetingPlan {\n    ...NetworkMeetingFields\n  }\n}\n\nfragment GoodPracticeSummaryFields on GoodPractice {\n  id\n  title\n  serviceAreaCode\n  costGrosze\n  reportCount\n  createdAt\n  municipality {\n    id\n    name\n  }\n  network {\n    id\n    name\n  }\n}": typeof types.NetworkMeetingFieldsFragmentDoc,
    "mutation GenerateMeetingPlan($input: GenerateMeetingPlanInput!) {\n  generateMeetingPlan(input: $input) {\n    ...NetworkMeetingFields\n  }\n}": typeof types.GenerateMeetingPlanDocument,
    "query GoodPractice($id: ID!) {\n  goodPractice(id: $id) {\n    ...GoodPracticeSummaryFields\n    problemHtml\n    solutionHtml\n    resultsHtml\n    contact\n    threadId\n    reports {\n      id\n      outcome\n      triedOn\n      municipality {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.GoodPracticeDocument,
    "query GoodPractices($query: String, $first: Int, $after: String, $serviceAreaCode: ServiceAreaCode) {\n  goodPractices(\n    query: $query\n    first: $first\n    after: $after\n    serviceAreaCode: $serviceAreaCode\n  ) {\n    nodes {\n      ...GoodPracticeSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.GoodPracticesDocument,
    "query Network($id: ID!) {\n  network(id: $id) {\n    ...NetworkPageFields\n  }\n}": typeof types.NetworkDocument,
    "mutation AddNetworkCoordinator($networkId: ID!, $handle: String, $email: String) {\n  addNetworkCoordinator(networkId: $networkId, handle: $handle, email: $email) {\n    ...NetworkPageFields\n  }\n}\n\nmutation RemoveNetworkCoordinator($networkId: ID!, $userId: ID!) {\n  removeNetworkCoordinator(networkId: $networkId, userId: $userId) {\n    ...NetworkPageFields\n  }\n}": typeof types.AddNetworkCoordinatorDocument,
    "query NetworkDocuments($networkId: ID!, $after: String) {\n  networkDocuments(networkId: $networkId, first: 20, after: $after) {\n    nodes {\n      ...DocumentFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.NetworkDocumentsDocument,
    "mutation AddNetworkMember($networkId: ID!, $municipalityId: ID!) {\n  addNetworkMember(networkId: $networkId, municipalityId: $municipalityId) {\n    ...NetworkPageFields\n  }\n}\n\nmutation RemoveNetworkMember($networkId: ID!, $municipalityId: ID!) {\n  removeNetworkMember(networkId: $networkId, municipalityId: $municipalityId) {\n    ...NetworkPageFields\n  }\n}": typeof types.AddNetworkMemberDocument,
    "query Networks($first: Int, $after: String, $kind: NetworkKind) {\n  networks(first: $first, after: $after, kind: $kind) {\n    nodes {\n      id\n      name\n      kind\n      serviceAreaCode\n      municipalityKind\n      memberCount\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.NetworksDocument,
    "mutation ReportGoodPracticeTried($input: ReportPracticeTriedInput!) {\n  reportGoodPracticeTried(input: $input) {\n    id\n    outcome\n    triedOn\n    municipality {\n      id\n      name\n    }\n  }\n}": typeof types.ReportGoodPracticeTriedDocument,
    "mutation SetNetworkIndicatorsPublic($networkId: ID!, $indicatorsPublic: Boolean!) {\n  setNetworkIndicatorsPublic(\n    networkId: $networkId\n    indicatorsPublic: $indicatorsPublic\n  ) {\n    id\n    indicatorsPublic\n  }\n}": typeof types.SetNetworkIndicatorsPublicDocument,
    "mutation SetNetworkMeetingAttendance($input: NetworkMeetingAttendanceInput!) {\n  setNetworkMeetingAttendance(input: $input) {\n    ...NetworkMeetingFields\n  }\n}": typeof types.SetNetworkMeetingAttendanceDocument,
    "mutation SetNetworkMeetingMinutes($input: NetworkMeetingMinutesInput!) {\n  setNetworkMeetingMinutes(input: $input) {\n    ...NetworkMeetingFields\n  }\n}": typeof types.SetNetworkMeetingMinutesDocument,
    "mutation UpdateNetworkMeeting($input: UpdateNetworkMeetingInput!) {\n  updateNetworkMeeting(input: $input) {\n    ...NetworkMeetingFields\n  }\n}": typeof types.UpdateNetworkMeetingDocument,
    "mutation DeleteAccount($input: DeleteAccountInput!) {\n  deleteAccount(input: $input)\n}": typeof types.DeleteAccountDocument,
    "mutation FollowThread($threadId: ID!) {\n  followThread(threadId: $threadId)\n}": typeof types.FollowThreadDocument,
    "mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}": typeof types.MarkAllNotificationsReadDocument,
    "mutation MarkNotificationsRead($ids: [ID!]!) {\n  markNotificationsRead(ids: $ids)\n}": typeof types.MarkNotificationsReadDocument,
    "query MyData {\n  myData\n}": typeof types.MyDataDocument,
    "query NotificationSettings {\n  notificationSettings {\n    type\n    delivery\n    customised\n  }\n}": typeof types.NotificationSettingsDocument,
    "query NotificationUnreadCount {\n  notificationUnreadCount\n}": typeof types.NotificationUnreadCountDocument,
    "query Notifications($first: Int!, $after: String) {\n  notifications(first: $first, after: $after) {\n    nodes {\n      id\n      type\n      title\n      path\n      createdAt\n      readAt\n      actor {\n        id\n        displayName\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    unreadCount\n  }\n}": typeof types.NotificationsDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}": typeof types.ResetPasswordDocument,
    "mutation SetNotificationSetting($input: SetNotificationSettingInput!) {\n  setNotificationSetting(input: $input) {\n    type\n    delivery\n    customised\n  }\n}": typeof types.SetNotificationSettingDocument,
    "query ThreadFollow($id: ID!) {\n  forumThread(id: $id) {\n    id\n    viewerFollows\n  }\n}": typeof types.ThreadFollowDocument,
    "mutation UnfollowThread($threadId: ID!) {\n  unfollowThread(threadId: $threadId)\n}": typeof types.UnfollowThreadDocument,
    "mutation AcceptOrganisationInvitation($id: ID!) {\n  acceptOrganisationInvitation(id: $id) {\n    ...MyInvitation\n  }\n}\n\nmutation DeclineOrganisationInvitation($id: ID!) {\n  declineOrganisationInvitation(id: $id) {\n    ...MyInvitation\n  }\n}": typeof types.AcceptOrganisationInvitationDocument,
    "mutation CreateOrganisation($input: OrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationDetails\n  }\n}": typeof types.CreateOrganisationDocument,
    "fragment OrganisationBadge on Organisation {\n  id\n  name\n  verified\n}\n\nfragment OrganisationDetails on Organisation {\n  id\n  name\n  krs\n  descriptionHtml\n  website\n  verified\n  verifiedAt\n  memberCount\n  viewerRole\n  viewerCanManage\n  viewerCanVerify\n  verifiedBy {\n    id\n    displayName\n  }\n  municipalities {\n    id\n    name\n  }\n}\n\nfragment OrganisationMemberFields on OrganisationMember {\n  role\n  joinedAt\n  user {\n    id\n    displayName\n    handle\n  }\n}\n\nfragment MyInvitation on OrganisationInvitation {\n  id\n  status\n  createdAt\n  organisation {\n    ...OrganisationBadge\n  }\n  invitedBy {\n    id\n    displayName\n  }\n}": typeof types.OrganisationBadgeFragmentDoc,
    "mutation InviteToOrganisation($input: InviteMemberInput!) {\n  inviteToOrganisation(input: $input) {\n    id\n    status\n  }\n}": typeof types.InviteToOrganisationDocument,
    "mutation RemoveOrganisationMember($organisationId: ID!, $userId: ID!) {\n  removeOrganisationMember(organisationId: $organisationId, userId: $userId) {\n    ...OrganisationDetails\n  }\n}\n\nmutation TransferOrganisationOwnership($organisationId: ID!, $userId: ID!) {\n  transferOrganisationOwnership(organisationId: $organisationId, userId: $userId) {\n    ...OrganisationDetails\n  }\n}\n\nmutation SetOrganisationVerified($id: ID!, $verified: Boolean!) {\n  setOrganisationVerified(id: $id, verified: $verified) {\n    ...OrganisationDetails\n  }\n}": typeof types.RemoveOrganisationMemberDocument,
    "query MyOrganisationInvitations($first: Int!, $after: String) {\n  myOrganisationInvitations(first: $first, after: $after) {\n    nodes {\n      ...MyInvitation\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.MyOrganisationInvitationsDocument,
    "query MyOrganisations {\n  myOrganisations(first: 100) {\n    nodes {\n      ...OrganisationBadge\n    }\n  }\n}": typeof types.MyOrganisationsDocument,
    "query Organisation($id: ID!, $first: Int!, $after: String) {\n  organisation(id: $id) {\n    ...OrganisationDetails\n    members(first: $first, after: $after) {\n      nodes {\n        ...OrganisationMemberFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    pendingInvitations(first: 50) {\n      nodes {\n        id\n        inviteeEmail\n        invitee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}": typeof types.OrganisationDocument,
    "query Organisations($first: Int!, $after: String, $municipalityId: ID, $search: String) {\n  organisations(\n    first: $first\n    after: $after\n    municipalityId: $municipalityId\n    search: $search\n  ) {\n    nodes {\n      ...OrganisationBadge\n      memberCount\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.OrganisationsDocument,
    "mutation AcceptProblemTreeNode($id: ID!) {\n  acceptProblemTreeNode(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}": typeof types.AcceptProblemTreeNodeDocument,
    "mutation AddProblemTreeEvidence($input: AddProblemTreeEvidenceInput!) {\n  addProblemTreeEvidence(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}": typeof types.AddProblemTreeEvidenceDocument,
    "mutation AddProblemTreeNode($input: AddProblemTreeNodeInput!) {\n  addProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}": typeof types.AddProblemTreeNodeDocument,
    "mutation CreateProblemTree($input: CreateProblemTreeInput!) {\n  createProblemTree(input: $input) {\n    ...ProblemTreeFields\n  }\n}": typeof types.CreateProblemTreeDocument,
    "mutation DeleteProblemTreeNode($input: DeleteProblemTreeNodeInput!) {\n  deleteProblemTreeNode(input: $input)\n}": typeof types.DeleteProblemTreeNodeDocument,
    "mutation EditObjectiveNode($input: EditObjectiveNodeInput!) {\n  editObjectiveNode(input: $input) {\n    ...ObjectiveNodeFields\n  }\n}": typeof types.EditObjectiveNodeDocument,
    "mutation EditProblemTreeNode($input: EditProblemTreeNodeInput!) {\n  editProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}": typeof types.EditProblemTreeNodeDocument,
    "fragment ProblemTreeServiceArea on ServiceArea {\n  code\n  namePl\n  nameEn\n}\n\nfragment ProblemTreeNodeFields on ProblemTreeNode {\n  id\n  treeId\n  kind\n  parentId\n  position\n  text\n  descriptionHtml\n  descriptionSource\n  hiddenReason\n  status\n  rejectionReason\n  version\n  supportCount\n  viewerHasSupported\n  viewerCanSanction\n  createdAt\n  updatedAt\n  author {\n    id\n    displayName\n  }\n  evidence {\n    id\n    post {\n      id\n      threadId\n      number\n    }\n    document {\n      id\n      title\n      url\n    }\n  }\n  discussionThread {\n    id\n  }\n}\n\nfragment ObjectiveNodeFields on ObjectiveNode {\n  id\n  sourceNodeId\n  kind\n  parentId\n  text\n  version\n  priority\n  serviceArea {\n    ...ProblemTreeServiceArea\n  }\n}\n\nfragment ProblemTreeFields on ProblemTree {\n  id\n  consultationId\n  municipalityId\n  title\n  joinCode\n  lastSeq\n  viewerCanSuggest\n  viewerCanEdit\n  viewerCanModerate\n  createdAt\n  nodes {\n    ...ProblemTreeNodeFields\n  }\n  objectives {\n    ...ObjectiveNodeFields\n  }\n  priorityServiceAreas {\n    ...ProblemTreeServiceArea\n  }\n}": typeof types.ProblemTreeServiceAreaFragmentDoc,
    "mutation GenerateObjectivesTree($treeId: ID!) {\n  generateObjectivesTree(treeId: $treeId) {\n    ...ProblemTreeFields\n  }\n}": typeof types.GenerateObjectivesTreeDocument,
    "mutation MoveProblemTreeNode($input: MoveProblemTreeNodeInput!) {\n  moveProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}": typeof types.MoveProblemTreeNodeDocument,
    "query ProblemTreeByJoinCode($code: String!) {\n  problemTreeByJoinCode(code: $code) {\n    ...ProblemTreeFields\n  }\n}": typeof types.ProblemTreeByJoinCodeDocument,
    "query ProblemTreeEvents($treeId: ID!, $afterSeq: Int!) {\n  problemTreeEvents(treeId: $treeId, afterSeq: $afterSeq) {\n    seq\n    payload\n  }\n}": typeof types.ProblemTreeEventsDocument,
    "query ProblemTreeForConsultation($consultationId: ID!) {\n  problemTreeForConsultation(consultationId: $consultationId) {\n    ...ProblemTreeFields\n  }\n}": typeof types.ProblemTreeForConsultationDocument,
    "mutation RejectProblemTreeNode($input: RejectProblemTreeNodeInput!) {\n  rejectProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}": typeof types.RejectProblemTreeNodeDocument,
    "mutation RemoveProblemTreeEvidence($id: ID!) {\n  removeProblemTreeEvidence(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}": typeof types.RemoveProblemTreeEvidenceDocument,
    "mutation ReplyToProblemTreeNode($input: ReplyToProblemTreeNodeInput!) {\n  replyToProblemTreeNode(input: $input) {\n    ...ForumPostFields\n  }\n}": typeof types.ReplyToProblemTreeNodeDocument,
    "mutation SupportProblemTreeNode($id: ID!) {\n  supportProblemTreeNode(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}": typeof types.SupportProblemTreeNodeDocument,
    "mutation WithdrawProblemTreeNodeSupport($id: ID!) {\n  withdrawProblemTreeNodeSupport(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}": typeof types.WithdrawProblemTreeNodeSupportDocument,
    "mutation LogoutEverywhere {\n  logoutEverywhere\n}": typeof types.LogoutEverywhereDocument,
    "query MySessions {\n  mySessions {\n    id\n    current\n    createdAt\n    lastSeenAt\n    expiresAt\n    ip\n    userAgent\n  }\n}": typeof types.MySessionsDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...CurrentAccount\n  }\n}": typeof types.UpdateProfileDocument,
    "mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}": typeof types.RevokeSessionDocument,
    "mutation AttachProposalDocuments($input: AttachProposalDocumentsInput!) {\n  attachProposalDocuments(input: $input) {\n    ...ProposalDetails\n  }\n}": typeof types.AttachProposalDocumentsDocument,
    "mutation EditProposal($input: EditProposalInput!) {\n  editProposal(input: $input) {\n    ...ProposalDetails\n  }\n}": typeof types.EditProposalDocument,
    "fragment ProposalSummary on Proposal {\n  id\n  number\n  consultationId\n  title\n  hiddenReason\n  status\n  supportCount\n  viewerHasSupported\n  costEstimatePln\n  createdAt\n  editedAt\n  serviceArea {\n    code\n    namePl\n    nameEn\n  }\n  author {\n    id\n    displayName\n  }\n}\n\nfragment ProposalDetails on Proposal {\n  ...ProposalSummary\n  organisation {\n    ...OrganisationBadge\n  }\n  bodyHtml\n  bodySource\n  officialAnswerHtml\n  officialAnswerAt\n  viewerCanEdit\n  viewerCanWithdraw\n  viewerCanReview\n  viewerCanSupport\n  viewerCanManageAttachments\n  viewerCanModerate\n  viewerCanSanction\n  history {\n    id\n    status\n    previousStatus\n    reason\n    at\n    automatic\n    actor {\n      id\n      displayName\n    }\n  }\n  revisions {\n    title\n    bodyHtml\n    editedAt\n  }\n  attachments {\n    ...DocumentFields\n  }\n  discussionThread {\n    id\n  }\n}": typeof types.ProposalSummaryFragmentDoc,
    "query Proposal($id: ID!) {\n  proposal(id: $id) {\n    ...ProposalDetails\n    consultation {\n      id\n      title\n      municipality {\n        id\n      }\n      seq\n      allowedActions\n      viewerCanManage\n    }\n  }\n}": typeof types.ProposalDocument,
    "query Proposals($consultationId: ID!, $status: ProposalStatus, $serviceArea: ServiceAreaCode, $sort: ProposalSort, $seed: String, $search: String, $after: String) {\n  proposals(\n    consultationId: $consultationId\n    status: $status\n    serviceArea: $serviceArea\n    sort: $sort\n    seed: $seed\n    search: $search\n    first: 20\n    after: $after\n  ) {\n    nodes {\n      ...ProposalSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    totalCount\n  }\n}": typeof types.ProposalsDocument,
    "query ProposalsConsultation($id: ID!) {\n  consultation(id: $id) {\n    id\n    proposalSupportThreshold\n  }\n}": typeof types.ProposalsConsultationDocument,
    "mutation RemoveProposalAttachment($proposalId: ID!, $documentId: ID!) {\n  removeProposalAttachment(proposalId: $proposalId, documentId: $documentId) {\n    ...ProposalDetails\n  }\n}": typeof types.RemoveProposalAttachmentDocument,
    "mutation ReplyToProposal($input: ReplyToProposalInput!) {\n  replyToProposal(input: $input) {\n    ...ForumPostFields\n  }\n}": typeof types.ReplyToProposalDocument,
    "mutation ReviewProposal($input: ReviewProposalInput!) {\n  reviewProposal(input: $input) {\n    ...ProposalDetails\n  }\n}": typeof types.ReviewProposalDocument,
    "mutation SetProposalSupportThreshold($consultationId: ID!, $threshold: Int) {\n  setProposalSupportThreshold(\n    consultationId: $consultationId\n    threshold: $threshold\n  ) {\n    id\n    proposalSupportThreshold\n  }\n}": typeof types.SetProposalSupportThresholdDocument,
    "mutation SubmitProposal($input: SubmitProposalInput!) {\n  submitProposal(input: $input) {\n    ...ProposalSummary\n  }\n}": typeof types.SubmitProposalDocument,
    "mutation SupportProposal($id: ID!) {\n  supportProposal(id: $id) {\n    id\n    supportCount\n    viewerHasSupported\n    viewerCanSupport\n    status\n  }\n}": typeof types.SupportProposalDocument,
    "mutation WithdrawProposal($id: ID!) {\n  withdrawProposal(id: $id) {\n    ...ProposalDetails\n  }\n}": typeof types.WithdrawProposalDocument,
    "mutation WithdrawProposalSupport($id: ID!) {\n  withdrawProposalSupport(id: $id) {\n    id\n    supportCount\n    viewerHasSupported\n    viewerCanSupport\n    status\n  }\n}": typeof types.WithdrawProposalSupportDocument,
    "query ConsultationReport($consultationId: ID!) {\n  consultationReport(consultationId: $consultationId) {\n    ...ConsultationReportFields\n  }\n}": typeof types.ConsultationReportDocument,
    "fragment ReportPhaseFiguresFields on ReportPhaseFigures {\n  kind\n  startsOn\n  endsOn\n  people\n  discussionPosts\n  paragraphComments\n  officialAnswers\n  meetings\n  registrations\n  proposals\n  votes\n}\n\nfragment ConsultationReportFields on ConsultationReport {\n  id\n  consultationId\n  version\n  generatedAt\n  generatedBy {\n    id\n    displayName\n  }\n  phases {\n    ...ReportPhaseFiguresFields\n  }\n  totals {\n    people\n    discussionPosts\n    paragraphComments\n    answeredComments\n    unansweredComments\n    officialAnswers\n    meetings\n    meetingsWithMinutes\n    registrations\n    waitingList\n    documents\n    draftVersions\n    proposals\n    votes\n  }\n  drafts {\n    draftId\n    version\n    title\n    paragraphCount\n    commentCount\n  }\n  comments {\n    postId\n    draftVersion\n    paragraphNumber\n    paragraphSource\n    number\n    authorName\n    bodyHtml\n    createdAt\n    answers {\n      postId\n      authorName\n      bodyHtml\n      createdAt\n    }\n  }\n  meetings {\n    meetingId\n    kind\n    title\n    startsAt\n    endsAt\n    address\n    onlineUrl\n    capacity\n    registered\n    waiting\n    cancelled\n    minutesHtml\n  }\n  documents {\n    documentId\n    title\n    fileName\n    sizeBytes\n  }\n}": typeof types.ReportPhaseFiguresFieldsFragmentDoc,
    "mutation GenerateConsultationReport($consultationId: ID!) {\n  generateConsultationReport(consultationId: $consultationId) {\n    ...ConsultationReportFields\n  }\n}": typeof types.GenerateConsultationReportDocument,
    "mutation CreateSurvey($input: CreateSurveyInput!) {\n  createSurvey(input: $input) {\n    id\n  }\n}": typeof types.CreateSurveyDocument,
    "mutation PublishSurvey($id: ID!) {\n  publishSurvey(id: $id) {\n    id\n    publishedAt\n    isOpen\n  }\n}": typeof types.PublishSurveyDocument,
    "mutation PublishSurveyAsIndicator($surveyId: ID!, $year: Int!) {\n  publishSurveyAsIndicator(surveyId: $surveyId, year: $year) {\n    serviceArea\n    indicatorCode\n    year\n    value\n  }\n}": typeof types.PublishSurveyAsIndicatorDocument,
    "mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n  submitSurveyResponse(input: $input)\n}": typeof types.SubmitSurveyResponseDocument,
    "query Survey($id: ID!) {\n  survey(id: $id) {\n    id\n    title\n    description\n    municipalityName\n    access\n    isOpen\n    opensAt\n    closesAt\n    publishedAt\n    responseCount\n    codeCount\n    usedCodeCount\n    viewerCanManage\n    viewerHasAnswered\n    questions {\n      id\n      position\n      kind\n      text\n      required\n      options\n      showIfPosition\n      showIfAnswer\n    }\n  }\n}": typeof types.SurveyDocument,
    "query SurveyResults($id: ID!) {\n  surveyResults(id: $id) {\n    surveyId\n    responseCount\n    questions {\n      question {\n        id\n        position\n        kind\n        text\n        options\n      }\n      answered\n      counts\n      mean\n      openAnswers {\n        responseId\n        text\n        hidden\n      }\n    }\n  }\n}": typeof types.SurveyResultsDocument,
};
const documents: Documents = {
    "query AdminRoleGrants($first: Int!, $after: String, $municipalityId: ID) {\n  roleGrants(first: $first, after: $after, municipalityId: $municipalityId) {\n    nodes {\n      ...AdminRoleGrant\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.AdminRoleGrantsDocument,
    "query AuditEvents($first: Int!, $after: String, $kinds: [AuditEventKind!], $from: DateTime, $to: DateTime) {\n  auditEvents(first: $first, after: $after, kinds: $kinds, from: $from, to: $to) {\n    nodes {\n      id\n      kind\n      occurredAt\n      actorDisplayName\n      actorEmail\n      ip\n      targetType\n      targetId\n      detailsJson\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.AuditEventsDocument,
    "fragment AdminRoleGrant on RoleGrant {\n  id\n  role\n  grantedAt\n  user {\n    id\n    displayName\n  }\n  municipality {\n    id\n    name\n    kind\n  }\n}": types.AdminRoleGrantFragmentDoc,
    "mutation GrantRole($input: GrantRoleInput!) {\n  grantRole(input: $input) {\n    ...AdminRoleGrant\n  }\n}": types.GrantRoleDocument,
    "mutation RevokeRole($id: ID!) {\n  revokeRole(id: $id)\n}": types.RevokeRoleDocument,
    "query AdminUsers($search: String, $first: Int!, $after: String) {\n  users(search: $search, first: $first, after: $after) {\n    nodes {\n      id\n      displayName\n      email\n      isAdmin\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.AdminUsersDocument,
    "fragment CurrentAccount on Account {\n  id\n  email\n  displayName\n  handle\n  isAdmin\n  createdAt\n  homeMunicipality {\n    id\n    name\n    kind\n  }\n  roles {\n    id\n    role\n    municipality {\n      id\n      name\n      kind\n    }\n  }\n}": types.CurrentAccountFragmentDoc,
    "mutation ConfirmRegistration($token: String!) {\n  confirmRegistration(token: $token) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}": types.ConfirmRegistrationDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...CurrentAccount\n  }\n}": types.MeDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    email\n    confirmationSent\n  }\n}": types.RegisterDocument,
    "query Ballot($consultationId: ID!) {\n  ballot(consultationId: $consultationId) {\n    ...BallotFields\n  }\n}": types.BallotDocument,
    "query BallotReceipts($ballotId: ID!, $after: String) {\n  ballotReceipts(ballotId: $ballotId, first: 100, after: $after) {\n    nodes\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    totalCount\n  }\n}": types.BallotReceiptsDocument,
    "mutation CastBallot($input: CastBallotInput!) {\n  castBallot(input: $input) {\n    receipt\n    castAt\n    choices {\n      optionId\n      points\n      rank\n    }\n  }\n}": types.CastBallotDocument,
    "mutation ConfigureBallot($input: ConfigureBallotInput!) {\n  configureBallot(input: $input) {\n    ...BallotFields\n  }\n}": types.ConfigureBallotDocument,
    "mutation EnterPaperBallots($input: EnterPaperBallotsInput!) {\n  enterPaperBallots(input: $input) {\n    ...BallotFields\n  }\n}": types.EnterPaperBallotsDocument,
    "fragment BallotOptionFields on BallotOption {\n  id\n  position\n  label\n  serviceArea {\n    code\n    namePl\n    nameEn\n  }\n  proposal {\n    id\n    number\n    title\n  }\n}\n\nfragment BallotResultsFields on BallotResults {\n  method\n  ballots\n  onlineBallots\n  paperBallots\n  pairwise\n  winnerOptionIds\n  options {\n    online\n    paper\n    total\n    bordaScore\n    schulzeRank\n    option {\n      id\n    }\n  }\n}\n\nfragment BallotFields on Ballot {\n  id\n  consultationId\n  method\n  maxChoices\n  pointsTotal\n  pointsPerOptionMax\n  optionSource\n  resultsVisibility\n  eligibility\n  frozen\n  open\n  closed\n  ballotsCast\n  paperBallots\n  viewerEligible\n  viewerCanVote\n  viewerCanConfigure\n  viewerCanEnterPaperBallots\n  options {\n    ...BallotOptionFields\n  }\n  viewerBallot {\n    receipt\n    castAt\n    choices {\n      optionId\n      points\n      rank\n    }\n  }\n  results {\n    ...BallotResultsFields\n  }\n}": types.BallotOptionFieldsFragmentDoc,
    "mutation AdvanceConsultationPhase($id: ID!) {\n  advanceConsultationPhase(id: $id) {\n    ...ConsultationDetails\n  }\n}": types.AdvanceConsultationPhaseDocument,
    "query Consultation($id: ID!) {\n  consultation(id: $id) {\n    ...ConsultationDetails\n  }\n}": types.ConsultationDocument,
    "query ConsultationEvents($consultationId: ID!, $afterSeq: Int!) {\n  consultationEvents(consultationId: $consultationId, afterSeq: $afterSeq) {\n    seq\n    kind\n    payload\n  }\n}": types.ConsultationEventsDocument,
    "query ConsultationServiceAreas {\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n}": types.ConsultationServiceAreasDocument,
    "query Consultations($municipalityId: ID, $serviceArea: ServiceAreaCode, $phase: ConsultationPhaseKind, $first: Int!, $after: String) {\n  consultations(\n    municipalityId: $municipalityId\n    serviceArea: $serviceArea\n    phase: $phase\n    first: $first\n    after: $after\n  ) {\n    nodes {\n      ...ConsultationSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.ConsultationsDocument,
    "mutation CreateConsultation($input: CreateConsultationInput!) {\n  createConsultation(input: $input) {\n    ...ConsultationDetails\n  }\n}": types.CreateConsultationDocument,
    "mutation FollowConsultation($id: ID!) {\n  followConsultation(id: $id) {\n    id\n    followerCount\n    viewerFollows\n  }\n}": types.FollowConsultationDocument,
    "fragment ConsultationPhaseFields on ConsultationPhase {\n  id\n  kind\n  position\n  startsOn\n  endsOn\n  isCurrent\n}\n\nfragment ConsultationSummary on Consultation {\n  id\n  slug\n  title\n  status\n  currentPhase\n  followerCount\n  municipality {\n    id\n    name\n  }\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n  phases {\n    ...ConsultationPhaseFields\n  }\n}\n\nfragment ConsultationDetails on Consultation {\n  ...ConsultationSummary\n  seq\n  summaryHtml\n  summarySource\n  goalHtml\n  goalSource\n  publishedAt\n  allowedActions\n  viewerCanManage\n  viewerFollows\n  organiser {\n    id\n    displayName\n  }\n  municipality {\n    id\n    name\n    kind\n  }\n  discussionThread {\n    id\n    title\n    replyCount\n    lastActivityAt\n  }\n  contentCounts {\n    documents\n    drafts\n    meetings\n    problemTreeNodes\n    proposals\n    ballots\n  }\n}\n\nfragment UpcomingMeetingFields on Meeting {\n  id\n  title\n  kind\n  startsAt\n  endsAt\n  cancelled\n  address\n  onlineUrl\n  municipality {\n    id\n    name\n  }\n  consultation {\n    id\n    title\n  }\n}": types.ConsultationPhaseFieldsFragmentDoc,
    "query MunicipalityConsultations($municipalityId: ID!, $first: Int!) {\n  consultations(municipalityId: $municipalityId, first: $first) {\n    nodes {\n      ...ConsultationSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  upcomingMeetings(municipalityId: $municipalityId, first: 5) {\n    ...UpcomingMeetingFields\n  }\n}": types.MunicipalityConsultationsDocument,
    "mutation PublishConsultation($id: ID!) {\n  publishConsultation(id: $id) {\n    ...ConsultationDetails\n  }\n}": types.PublishConsultationDocument,
    "mutation SetConsultationPhases($input: SetConsultationPhasesInput!) {\n  setConsultationPhases(input: $input) {\n    ...ConsultationDetails\n  }\n}": types.SetConsultationPhasesDocument,
    "mutation UnfollowConsultation($id: ID!) {\n  unfollowConsultation(id: $id) {\n    id\n    followerCount\n    viewerFollows\n  }\n}": types.UnfollowConsultationDocument,
    "mutation UpdateConsultation($input: UpdateConsultationInput!) {\n  updateConsultation(input: $input) {\n    ...ConsultationDetails\n  }\n}": types.UpdateConsultationDocument,
    "query ConsultationDocuments($consultationId: ID!, $after: String) {\n  consultationDocuments(consultationId: $consultationId, first: 50, after: $after) {\n    nodes {\n      ...DocumentFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ConsultationDocumentsDocument,
    "mutation DeleteDocument($id: ID!) {\n  deleteDocument(id: $id) {\n    id\n  }\n}": types.DeleteDocumentDocument,
    "query DocumentsConsultation($id: ID!) {\n  consultation(id: $id) {\n    id\n    viewerCanManage\n  }\n}": types.DocumentsConsultationDocument,
    "fragment DocumentFields on Document {\n  id\n  title\n  fileName\n  mimeType\n  sizeBytes\n  url\n  uploadedAt\n  uploader {\n    id\n    displayName\n  }\n}": types.DocumentFieldsFragmentDoc,
    "mutation RenameDocument($input: RenameDocumentInput!) {\n  renameDocument(input: $input) {\n    ...DocumentFields\n  }\n}": types.RenameDocumentDocument,
    "mutation AnswerParagraphComment($input: AnswerParagraphCommentInput!) {\n  answerParagraphComment(input: $input) {\n    ...ForumPostFields\n  }\n}": types.AnswerParagraphCommentDocument,
    "mutation CommentOnParagraph($input: CommentOnParagraphInput!) {\n  commentOnParagraph(input: $input) {\n    ...ForumPostFields\n  }\n}": types.CommentOnParagraphDocument,
    "query ConsultationDrafts($consultationId: ID!) {\n  consultationDrafts(consultationId: $consultationId) {\n    ...DraftSummary\n  }\n}": types.ConsultationDraftsDocument,
    "query Draft($id: ID!) {\n  draft(id: $id) {\n    ...DraftSummary\n    source\n    paragraphs {\n      ...DraftParagraphFields\n    }\n  }\n}": types.DraftDocument,
    "query DraftConsultation($id: ID!) {\n  consultation(id: $id) {\n    ...DraftConsultationFields\n  }\n}": types.DraftConsultationDocument,
    "query DraftDiff($fromDraftId: ID!, $toDraftId: ID!) {\n  draftDiff(fromDraftId: $fromDraftId, toDraftId: $toDraftId) {\n    change\n    from {\n      id\n      number\n      html\n    }\n    to {\n      id\n      number\n      html\n    }\n  }\n}": types.DraftDiffDocument,
    "fragment DraftSummary on Draft {\n  id\n  consultationId\n  version\n  title\n  paragraphCount\n  createdAt\n  createdBy {\n    id\n    displayName\n  }\n}\n\nfragment DraftParagraphFields on DraftParagraph {\n  id\n  draftId\n  number\n  html\n  commentCount\n  answeredCount\n  threadId\n  officialAnswers {\n    postId\n    answeredPostId\n  }\n}\n\nfragment DraftConsultationFields on Consultation {\n  id\n  viewerCanManage\n  allowedActions\n  currentPhase\n  phases {\n    id\n    kind\n    startsOn\n    endsOn\n    isCurrent\n    position\n  }\n}": types.DraftSummaryFragmentDoc,
    "mutation PublishDraft($input: PublishDraftInput!) {\n  publishDraft(input: $input) {\n    ...DraftSummary\n  }\n}": types.PublishDraftDocument,
    "mutation CreateForumCategory($input: CreateCategoryInput!) {\n  createForumCategory(input: $input) {\n    ...ForumCategoryFields\n  }\n}": types.CreateForumCategoryDocument,
    "mutation CreateThread($input: CreateThreadInput!) {\n  createThread(input: $input) {\n    ...ForumThreadSummary\n  }\n}": types.CreateThreadDocument,
    "mutation DeleteForumCategory($id: ID!) {\n  deleteForumCategory(id: $id) {\n    id\n  }\n}": types.DeleteForumCategoryDocument,
    "mutation DeletePost($id: ID!) {\n  deletePost(id: $id) {\n    ...ForumPostFields\n  }\n}": types.DeletePostDocument,
    "mutation EditPost($input: EditPostInput!) {\n  editPost(input: $input) {\n    ...ForumPostFields\n  }\n}": types.EditPostDocument,
    "query ForumCategories($municipalityId: ID, $networkId: ID) {\n  forumCategories(\n    municipalityId: $municipalityId\n    networkId: $networkId\n    first: 100\n  ) {\n    nodes {\n      ...ForumCategoryFields\n      municipality {\n        id\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ForumCategoriesDocument,
    "query ForumCategoryHeading($id: ID!) {\n  forumCategoryById(id: $id) {\n    ...ForumCategoryHeading\n  }\n}": types.ForumCategoryHeadingDocument,
    "query ForumCategoryThreads($categoryId: ID!, $after: String) {\n  forumThreads(categoryId: $categoryId, first: 20, after: $after) {\n    nodes {\n      ...ForumThreadSummary\n      category {\n        ...ForumCategoryHeading\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ForumCategoryThreadsDocument,
    "query ForumNetworks {\n  networks(first: 100) {\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n}": types.ForumNetworksDocument,
    "query ForumSearch($query: String!, $after: String) {\n  forumSearch(query: $query, first: 20, after: $after) {\n    nodes {\n      postId\n      postNumber\n      score\n      snippetHtml\n      thread {\n        id\n        title\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ForumSearchDocument,
    "query ForumThread($id: ID!) {\n  forumThread(id: $id) {\n    ...ForumThreadSummary\n    seq\n    firstUnreadNumber\n    subjectType\n    viewerCanModerate\n    category {\n      id\n      name\n      municipalityId\n    }\n  }\n}": types.ForumThreadDocument,
    "fragment ForumAuthor on UserSummary {\n  id\n  displayName\n  handle\n}\n\nfragment ForumPostFields on ForumPost {\n  id\n  threadId\n  parentId\n  number\n  depth\n  path\n  bodyHtml\n  bodySource\n  hiddenReason\n  awaitingModeration\n  quotedPostId\n  deleted\n  stance\n  score\n  reactedByMe\n  viewerCanSanction\n  replyCount\n  createdAt\n  editedAt\n  author {\n    ...ForumAuthor\n  }\n  organisation {\n    ...OrganisationBadge\n  }\n}\n\nfragment ForumThreadSummary on ForumThread {\n  id\n  categoryId\n  title\n  hiddenReason\n  pinned\n  locked\n  replyCount\n  lastActivityAt\n  lastPostNumber\n  unreadCount\n  author {\n    id\n    displayName\n  }\n}\n\nfragment ForumCategoryFields on ForumCategory {\n  id\n  name\n  slug\n  description\n  position\n  threadCount\n  municipalityId\n  networkId\n  viewerCanManage\n}\n\nfragment ForumCategoryHeading on ForumCategory {\n  id\n  name\n  description\n  municipalityId\n  networkId\n}\n\nfragment ForumMunicipalityName on Municipality {\n  id\n  name\n}": types.ForumAuthorFragmentDoc,
    "mutation MarkThreadRead($threadId: ID!, $number: Int!) {\n  markThreadRead(threadId: $threadId, number: $number)\n}": types.MarkThreadReadDocument,
    "query MentionSuggestions($prefix: String!) {\n  mentionSuggestions(prefix: $prefix, first: 8) {\n    ...ForumAuthor\n  }\n}": types.MentionSuggestionsDocument,
    "query MunicipalityName($id: ID!) {\n  municipalityById(id: $id) {\n    ...ForumMunicipalityName\n  }\n}": types.MunicipalityNameDocument,
    "query PostRevisions($id: ID!) {\n  postRevisions(id: $id) {\n    id\n    editedAt\n    previousHtml\n  }\n}": types.PostRevisionsDocument,
    "query PreviewMarkdown($body: String!) {\n  previewMarkdown(body: $body)\n}": types.PreviewMarkdownDocument,
    "mutation ReplyToPost($input: ReplyInput!) {\n  replyToPost(input: $input) {\n    ...ForumPostFields\n  }\n}": types.ReplyToPostDocument,
    "mutation SetThreadFlags($input: ThreadFlagsInput!) {\n  setThreadFlags(input: $input) {\n    id\n    pinned\n    locked\n  }\n}": types.SetThreadFlagsDocument,
    "query ThreadEvents($threadId: ID!, $afterSeq: Int!) {\n  threadEvents(threadId: $threadId, afterSeq: $afterSeq) {\n    seq\n    kind\n    payload\n  }\n}": types.ThreadEventsDocument,
    "query ThreadPosts($threadId: ID!, $order: PostOrder!, $rootPostId: ID, $after: String) {\n  threadPosts(\n    threadId: $threadId\n    first: 100\n    order: $order\n    rootPostId: $rootPostId\n    after: $after\n  ) {\n    nodes {\n      ...ForumPostFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ThreadPostsDocument,
    "mutation TogglePostReaction($id: ID!) {\n  togglePostReaction(id: $id) {\n    reacted\n    post {\n      id\n      score\n      reactedByMe\n    }\n  }\n}": types.TogglePostReactionDocument,
    "mutation UpdateForumCategory($input: UpdateCategoryInput!) {\n  updateForumCategory(input: $input) {\n    ...ForumCategoryFields\n  }\n}": types.UpdateForumCategoryDocument,
    "query ComparisonNetworks {\n  networks(first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}": types.ComparisonNetworksDocument,
    "fragment IndicatorDefinitionFields on IndicatorDefinition {\n  id\n  code\n  namePl\n  nameEn\n  serviceArea\n  kind\n  unit\n  direction\n  perThousand\n  measurementPl\n  measurementEn\n}": types.IndicatorDefinitionFieldsFragmentDoc,
    "query IndicatorComparison($networkId: ID!, $indicatorId: ID!, $year: Int!, $highlight: ID) {\n  indicatorComparison(\n    networkId: $networkId\n    indicatorId: $indicatorId\n    year: $year\n    highlightMunicipalityId: $highlight\n  ) {\n    networkId\n    networkName\n    year\n    stats {\n      count\n      min\n      q1\n      median\n      q3\n      max\n      mean\n    }\n    perThousandStats {\n      count\n      median\n    }\n    rows {\n      municipalityId\n      municipalityName\n      population\n      value\n      valuePerThousand\n      rank\n      outlier\n      highlighted\n    }\n  }\n}": types.IndicatorComparisonDocument,
    "fragment IndicatorDefinitionAdminFields on IndicatorDefinition {\n  ...IndicatorDefinitionFields\n  archivedAt\n  hasValues\n}\n\nquery IndicatorDefinitionsAdmin {\n  indicatorDefinitions(includeArchived: true) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation CreateIndicatorDefinition($input: CreateIndicatorDefinitionInput!) {\n  createIndicatorDefinition(input: $input) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation UpdateIndicatorDefinition($input: UpdateIndicatorDefinitionInput!) {\n  updateIndicatorDefinition(input: $input) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation ArchiveIndicatorDefinition($id: ID!, $archived: Boolean!) {\n  archiveIndicatorDefinition(id: $id, archived: $archived) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation DeleteIndicatorDefinition($id: ID!) {\n  deleteIndicatorDefinition(id: $id)\n}": types.IndicatorDefinitionAdminFieldsFragmentDoc,
    "query IndicatorDefinitions {\n  indicatorDefinitions {\n    ...IndicatorDefinitionFields\n  }\n}": types.IndicatorDefinitionsDocument,
    "query IndicatorTrend($networkId: ID!, $indicatorId: ID!, $fromYear: Int!, $toYear: Int!, $highlight: ID) {\n  indicatorTrend(\n    networkId: $networkId\n    indicatorId: $indicatorId\n    fromYear: $fromYear\n    toYear: $toYear\n    highlightMunicipalityId: $highlight\n  ) {\n    years\n    median {\n      year\n      value\n    }\n    series {\n      municipalityId\n      municipalityName\n      highlighted\n      points {\n        year\n        value\n      }\n    }\n  }\n}": types.IndicatorTrendDocument,
    "mutation RecordIndicatorValue($input: RecordIndicatorValueInput!) {\n  recordIndicatorValue(input: $input) {\n    id\n    value\n    year\n    quarter\n    municipalityName\n  }\n}": types.RecordIndicatorValueDocument,
    "mutation SaveUnitCostWorksheet($input: SaveUnitCostWorksheetInput!) {\n  saveUnitCostWorksheet(input: $input) {\n    id\n    activity\n    cases\n    staffCostGrosze\n    allocatedOverheadsGrosze\n    totalCostGrosze\n    unitCostGrosze\n    posts {\n      post\n      minutesPerCase\n      hourlyCostGrosze\n      costPerCaseGrosze\n    }\n    value {\n      id\n      value\n    }\n  }\n}": types.SaveUnitCostWorksheetDocument,
    "mutation CancelMeeting($id: ID!) {\n  cancelMeeting(id: $id) {\n    ...MeetingDetailFields\n  }\n}": types.CancelMeetingDocument,
    "mutation CancelMeetingRegistration($meetingId: ID!) {\n  cancelMeetingRegistration(meetingId: $meetingId) {\n    ...MeetingDetailFields\n  }\n}": types.CancelMeetingRegistrationDocument,
    "mutation CreateMeeting($input: CreateMeetingInput!) {\n  createMeeting(input: $input) {\n    ...MeetingDetailFields\n  }\n}": types.CreateMeetingDocument,
    "fragment MeetingFields on Meeting {\n  id\n  kind\n  title\n  startsAt\n  endsAt\n  address\n  onlineUrl\n  capacity\n  cancelled\n  cancelledAt\n  registeredCount\n  waitingCount\n  consultationId\n  municipality {\n    id\n    name\n  }\n  viewerRegistration {\n    status\n    waitingPosition\n    registeredAt\n  }\n}\n\nfragment MeetingDetailFields on Meeting {\n  ...MeetingFields\n  descriptionHtml\n  descriptionSource\n  minutesHtml\n  minutesSource\n  minutesAt\n  viewerCanManage\n  organiser {\n    id\n    displayName\n  }\n  consultation {\n    id\n    title\n    allowedActions\n  }\n}": types.MeetingFieldsFragmentDoc,
    "query Meeting($id: ID!) {\n  meeting(id: $id) {\n    ...MeetingDetailFields\n  }\n}": types.MeetingDocument,
    "query MeetingAttendees($meetingId: ID!, $after: String) {\n  meetingAttendees(meetingId: $meetingId, first: 100, after: $after) {\n    nodes {\n      status\n      waitingPosition\n      registeredAt\n      promotedAt\n      user {\n        id\n        displayName\n        handle\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.MeetingAttendeesDocument,
    "query Meetings($consultationId: ID, $municipalityId: ID, $includeChildren: Boolean! = false, $from: DateTime, $to: DateTime, $after: String) {\n  meetings(\n    consultationId: $consultationId\n    municipalityId: $municipalityId\n    includeChildren: $includeChildren\n    from: $from\n    to: $to\n    first: 100\n    after: $after\n  ) {\n    nodes {\n      ...MeetingFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.MeetingsDocument,
    "query MeetingsConsultation($id: ID!) {\n  consultation(id: $id) {\n    id\n    title\n    viewerCanManage\n    allowedActions\n    municipality {\n      id\n      name\n    }\n  }\n}": types.MeetingsConsultationDocument,
    "query MeetingsMunicipality($id: ID!) {\n  municipalityById(id: $id) {\n    id\n    name\n  }\n}": types.MeetingsMunicipalityDocument,
    "mutation RegisterForMeeting($meetingId: ID!) {\n  registerForMeeting(meetingId: $meetingId) {\n    ...MeetingDetailFields\n  }\n}": types.RegisterForMeetingDocument,
    "mutation SetMeetingMinutes($input: SetMeetingMinutesInput!) {\n  setMeetingMinutes(input: $input) {\n    ...MeetingDetailFields\n  }\n}": types.SetMeetingMinutesDocument,
    "mutation UpdateMeeting($input: UpdateMeetingInput!) {\n  updateMeeting(input: $input) {\n    ...MeetingDetailFields\n  }\n}": types.UpdateMeetingDocument,
    "mutation ApproveContent($input: ModerationItemInput!) {\n  approveContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": types.ApproveContentDocument,
    "mutation BlockUser($input: SanctionUserInput!) {\n  blockUser(input: $input) {\n    id\n    kind\n    endsAt\n  }\n}": types.BlockUserDocument,
    "query CategoryModerationSettings($id: ID!) {\n  forumCategoryById(id: $id) {\n    id\n    moderationSettings {\n      ...CategoryModerationSettingsFields\n    }\n  }\n}\n\nmutation SetCategoryModerationSettings($input: CategoryModerationSettingsInput!) {\n  setCategoryModerationSettings(input: $input) {\n    ...CategoryModerationSettingsFields\n  }\n}\n\nfragment CategoryModerationSettingsFields on CategoryModerationSettings {\n  categoryId\n  inherited\n  premoderation\n  premoderationAccountDays\n  premoderationApprovedPosts\n}": types.CategoryModerationSettingsDocument,
    "mutation DismissFlags($input: ModerationItemInput!) {\n  dismissFlags(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": types.DismissFlagsDocument,
    "mutation EditContent($input: EditContentInput!) {\n  editContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": types.EditContentDocument,
    "mutation FlagContent($input: FlagContentInput!) {\n  flagContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": types.FlagContentDocument,
    "mutation HideContent($input: HideContentInput!) {\n  hideContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": types.HideContentDocument,
    "query ModerationLog($first: Int!, $after: String, $municipalityId: ID) {\n  moderationLog(first: $first, after: $after, municipalityId: $municipalityId) {\n    nodes {\n      id\n      municipalityId\n      action\n      actorRole\n      itemKind\n      reason\n      createdAt\n      categoryName\n      settingsBefore {\n        ...LoggedModerationSettings\n      }\n      settingsAfter {\n        ...LoggedModerationSettings\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nfragment LoggedModerationSettings on LoggedModerationSettings {\n  flagThreshold\n  premoderation\n  premoderationAccountDays\n  premoderationApprovedPosts\n}": types.ModerationLogDocument,
    "query ModerationQueue($first: Int!, $after: String) {\n  moderationQueue(first: $first, after: $after) {\n    nodes {\n      kind\n      itemId\n      municipalityId\n      state\n      openFlagCount\n      lastFlaggedAt\n      excerpt\n      hiddenReason\n      authorId\n      flags {\n        id\n        reason\n        note\n        createdAt\n      }\n      authorHistory {\n        hiddenCount\n        warningCount\n        blockCount\n        blockedUntil\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.ModerationQueueDocument,
    "query ModeratedMunicipalities {\n  me {\n    id\n    roles {\n      id\n      municipality {\n        id\n        name\n        viewerCanConfigureModeration\n      }\n    }\n  }\n}\n\nquery ModerationSettings($id: ID!) {\n  moderationSettings(id: $id) {\n    ...ModerationSettingsFields\n  }\n}\n\nmutation SetModerationSettings($input: ModerationSettingsInput!) {\n  setModerationSettings(input: $input) {\n    ...ModerationSettingsFields\n  }\n}\n\nfragment ModerationSettingsFields on ModerationSettings {\n  municipalityId\n  flagThreshold\n  premoderation\n  premoderationAccountDays\n  premoderationApprovedPosts\n}": types.ModeratedMunicipalitiesDocument,
    "mutation MoveThread($input: MoveThreadInput!) {\n  moveThread(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": types.MoveThreadDocument,
    "mutation RemoveContent($input: HideContentInput!) {\n  removeContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": types.RemoveContentDocument,
    "mutation RestoreContent($input: ModerationItemInput!) {\n  restoreContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}": types.RestoreContentDocument,
    "mutation UnblockUser($input: SanctionUserInput!) {\n  unblockUser(input: $input)\n}": types.UnblockUserDocument,
    "mutation WarnUser($input: SanctionUserInput!) {\n  warnUser(input: $input) {\n    id\n    kind\n    endsAt\n  }\n}": types.WarnUserDocument,
    "query HomePage($first: Int!, $after: String) {\n  municipalities(topLevel: true, first: $first, after: $after) {\n    nodes {\n      id\n      name\n      slug\n      kind\n      childCount\n      children {\n        id\n        name\n        slug\n        kind\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n}": types.HomePageDocument,
    "query SearchMunicipalities($search: String, $first: Int!) {\n  municipalities(search: $search, first: $first) {\n    nodes {\n      id\n      name\n      kind\n      parent {\n        id\n        name\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.SearchMunicipalitiesDocument,
    "mutation CancelNetworkMeeting($id: ID!) {\n  cancelNetworkMeeting(id: $id) {\n    ...NetworkMeetingFields\n  }\n}": types.CancelNetworkMeetingDocument,
    "mutation CreateGoodPractice($input: CreateGoodPracticeInput!) {\n  createGoodPractice(input: $input) {\n    ...GoodPracticeSummaryFields\n  }\n}": types.CreateGoodPracticeDocument,
    "fragment NetworkMeetingFields on NetworkMeeting {\n  id\n  number\n  date\n  status\n  agendaSource\n  agendaHtml\n  minutesSource\n  minutesHtml\n  viewerCanManage\n  host {\n    id\n    name\n  }\n  attendance {\n    id\n    name\n  }\n}\n\nfragment NetworkPageFields on Network {\n  id\n  name\n  kind\n  serviceAreaCode\n  municipalityKind\n  note\n  memberCount\n  indicatorsPublic\n  viewerCanManage\n  viewerCanManageCoordinators\n  viewerCanSeeDocuments\n  viewerCanManageDocuments\n  members {\n    position\n    municipality {\n      id\n      name\n      kind\n    }\n  }\n  coordinators {\n    user {\n      id\n      displayName\n    }\n  }\n  meetingPlan {\n    ...NetworkMeetingFields\n  }\n}\n\nfragment GoodPracticeSummaryFields on GoodPractice {\n  id\n  title\n  serviceAreaCode\n  costGrosze\n  reportCount\n  createdAt\n  municipality {\n    id\n    name\n  }\n  network {\n    id\n    name\n  }\n}": types.NetworkMeetingFieldsFragmentDoc,
    "mutation GenerateMeetingPlan($input: GenerateMeetingPlanInput!) {\n  generateMeetingPlan(input: $input) {\n    ...NetworkMeetingFields\n  }\n}": types.GenerateMeetingPlanDocument,
    "query GoodPractice($id: ID!) {\n  goodPractice(id: $id) {\n    ...GoodPracticeSummaryFields\n    problemHtml\n    solutionHtml\n    resultsHtml\n    contact\n    threadId\n    reports {\n      id\n      outcome\n      triedOn\n      municipality {\n        id\n        name\n      }\n    }\n  }\n}": types.GoodPracticeDocument,
    "query GoodPractices($query: String, $first: Int, $after: String, $serviceAreaCode: ServiceAreaCode) {\n  goodPractices(\n    query: $query\n    first: $first\n    after: $after\n    serviceAreaCode: $serviceAreaCode\n  ) {\n    nodes {\n      ...GoodPracticeSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.GoodPracticesDocument,
    "query Network($id: ID!) {\n  network(id: $id) {\n    ...NetworkPageFields\n  }\n}": types.NetworkDocument,
    "mutation AddNetworkCoordinator($networkId: ID!, $handle: String, $email: String) {\n  addNetworkCoordinator(networkId: $networkId, handle: $handle, email: $email) {\n    ...NetworkPageFields\n  }\n}\n\nmutation RemoveNetworkCoordinator($networkId: ID!, $userId: ID!) {\n  removeNetworkCoordinator(networkId: $networkId, userId: $userId) {\n    ...NetworkPageFields\n  }\n}": types.AddNetworkCoordinatorDocument,
    "query NetworkDocuments($networkId: ID!, $after: String) {\n  networkDocuments(networkId: $networkId, first: 20, after: $after) {\n    nodes {\n      ...DocumentFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.NetworkDocumentsDocument,
    "mutation AddNetworkMember($networkId: ID!, $municipalityId: ID!) {\n  addNetworkMember(networkId: $networkId, municipalityId: $municipalityId) {\n    ...NetworkPageFields\n  }\n}\n\nmutation RemoveNetworkMember($networkId: ID!, $municipalityId: ID!) {\n  removeNetworkMember(networkId: $networkId, municipalityId: $municipalityId) {\n    ...NetworkPageFields\n  }\n}": types.AddNetworkMemberDocument,
    "query Networks($first: Int, $after: String, $kind: NetworkKind) {\n  networks(first: $first, after: $after, kind: $kind) {\n    nodes {\n      id\n      name\n      kind\n      serviceAreaCode\n      municipalityKind\n      memberCount\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.NetworksDocument,
    "mutation ReportGoodPracticeTried($input: ReportPracticeTriedInput!) {\n  reportGoodPracticeTried(input: $input) {\n    id\n    outcome\n    triedOn\n    municipality {\n      id\n      name\n    }\n  }\n}": types.ReportGoodPracticeTriedDocument,
    "mutation SetNetworkIndicatorsPublic($networkId: ID!, $indicatorsPublic: Boolean!) {\n  setNetworkIndicatorsPublic(\n    networkId: $networkId\n    indicatorsPublic: $indicatorsPublic\n  ) {\n    id\n    indicatorsPublic\n  }\n}": types.SetNetworkIndicatorsPublicDocument,
    "mutation SetNetworkMeetingAttendance($input: NetworkMeetingAttendanceInput!) {\n  setNetworkMeetingAttendance(input: $input) {\n    ...NetworkMeetingFields\n  }\n}": types.SetNetworkMeetingAttendanceDocument,
    "mutation SetNetworkMeetingMinutes($input: NetworkMeetingMinutesInput!) {\n  setNetworkMeetingMinutes(input: $input) {\n    ...NetworkMeetingFields\n  }\n}": types.SetNetworkMeetingMinutesDocument,
    "mutation UpdateNetworkMeeting($input: UpdateNetworkMeetingInput!) {\n  updateNetworkMeeting(input: $input) {\n    ...NetworkMeetingFields\n  }\n}": types.UpdateNetworkMeetingDocument,
    "mutation DeleteAccount($input: DeleteAccountInput!) {\n  deleteAccount(input: $input)\n}": types.DeleteAccountDocument,
    "mutation FollowThread($threadId: ID!) {\n  followThread(threadId: $threadId)\n}": types.FollowThreadDocument,
    "mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}": types.MarkAllNotificationsReadDocument,
    "mutation MarkNotificationsRead($ids: [ID!]!) {\n  markNotificationsRead(ids: $ids)\n}": types.MarkNotificationsReadDocument,
    "query MyData {\n  myData\n}": types.MyDataDocument,
    "query NotificationSettings {\n  notificationSettings {\n    type\n    delivery\n    customised\n  }\n}": types.NotificationSettingsDocument,
    "query NotificationUnreadCount {\n  notificationUnreadCount\n}": types.NotificationUnreadCountDocument,
    "query Notifications($first: Int!, $after: String) {\n  notifications(first: $first, after: $after) {\n    nodes {\n      id\n      type\n      title\n      path\n      createdAt\n      readAt\n      actor {\n        id\n        displayName\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    unreadCount\n  }\n}": types.NotificationsDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}": types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}": types.ResetPasswordDocument,
    "mutation SetNotificationSetting($input: SetNotificationSettingInput!) {\n  setNotificationSetting(input: $input) {\n    type\n    delivery\n    customised\n  }\n}": types.SetNotificationSettingDocument,
    "query ThreadFollow($id: ID!) {\n  forumThread(id: $id) {\n    id\n    viewerFollows\n  }\n}": types.ThreadFollowDocument,
    "mutation UnfollowThread($threadId: ID!) {\n  unfollowThread(threadId: $threadId)\n}": types.UnfollowThreadDocument,
    "mutation AcceptOrganisationInvitation($id: ID!) {\n  acceptOrganisationInvitation(id: $id) {\n    ...MyInvitation\n  }\n}\n\nmutation DeclineOrganisationInvitation($id: ID!) {\n  declineOrganisationInvitation(id: $id) {\n    ...MyInvitation\n  }\n}": types.AcceptOrganisationInvitationDocument,
    "mutation CreateOrganisation($input: OrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationDetails\n  }\n}": types.CreateOrganisationDocument,
    "fragment OrganisationBadge on Organisation {\n  id\n  name\n  verified\n}\n\nfragment OrganisationDetails on Organisation {\n  id\n  name\n  krs\n  descriptionHtml\n  website\n  verified\n  verifiedAt\n  memberCount\n  viewerRole\n  viewerCanManage\n  viewerCanVerify\n  verifiedBy {\n    id\n    displayName\n  }\n  municipalities {\n    id\n    name\n  }\n}\n\nfragment OrganisationMemberFields on OrganisationMember {\n  role\n  joinedAt\n  user {\n    id\n    displayName\n    handle\n  }\n}\n\nfragment MyInvitation on OrganisationInvitation {\n  id\n  status\n  createdAt\n  organisation {\n    ...OrganisationBadge\n  }\n  invitedBy {\n    id\n    displayName\n  }\n}": types.OrganisationBadgeFragmentDoc,
    "mutation InviteToOrganisation($input: InviteMemberInput!) {\n  inviteToOrganisation(input: $input) {\n    id\n    status\n  }\n}": types.InviteToOrganisationDocument,
    "mutation RemoveOrganisationMember($organisationId: ID!, $userId: ID!) {\n  removeOrganisationMember(organisationId: $organisationId, userId: $userId) {\n    ...OrganisationDetails\n  }\n}\n\nmutation TransferOrganisationOwnership($organisationId: ID!, $userId: ID!) {\n  transferOrganisationOwnership(organisationId: $organisationId, userId: $userId) {\n    ...OrganisationDetails\n  }\n}\n\nmutation SetOrganisationVerified($id: ID!, $verified: Boolean!) {\n  setOrganisationVerified(id: $id, verified: $verified) {\n    ...OrganisationDetails\n  }\n}": types.RemoveOrganisationMemberDocument,
    "query MyOrganisationInvitations($first: Int!, $after: String) {\n  myOrganisationInvitations(first: $first, after: $after) {\n    nodes {\n      ...MyInvitation\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.MyOrganisationInvitationsDocument,
    "query MyOrganisations {\n  myOrganisations(first: 100) {\n    nodes {\n      ...OrganisationBadge\n    }\n  }\n}": types.MyOrganisationsDocument,
    "query Organisation($id: ID!, $first: Int!, $after: String) {\n  organisation(id: $id) {\n    ...OrganisationDetails\n    members(first: $first, after: $after) {\n      nodes {\n        ...OrganisationMemberFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    pendingInvitations(first: 50) {\n      nodes {\n        id\n        inviteeEmail\n        invitee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}": types.OrganisationDocument,
    "query Organisations($first: Int!, $after: String, $municipalityId: ID, $search: String) {\n  organisations(\n    first: $first\n    after: $after\n    municipalityId: $municipalityId\n    search: $search\n  ) {\n    nodes {\n      ...OrganisationBadge\n      memberCount\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.OrganisationsDocument,
    "mutation AcceptProblemTreeNode($id: ID!) {\n  acceptProblemTreeNode(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}": types.AcceptProblemTreeNodeDocument,
    "mutation AddProblemTreeEvidence($input: AddProblemTreeEvidenceInput!) {\n  addProblemTreeEvidence(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}": types.AddProblemTreeEvidenceDocument,
    "mutation AddProblemTreeNode($input: AddProblemTreeNodeInput!) {\n  addProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}": types.AddProblemTreeNodeDocument,
    "mutation CreateProblemTree($input: CreateProblemTreeInput!) {\n  createProblemTree(input: $input) {\n    ...ProblemTreeFields\n  }\n}": types.CreateProblemTreeDocument,
    "mutation DeleteProblemTreeNode($input: DeleteProblemTreeNodeInput!) {\n  deleteProblemTreeNode(input: $input)\n}": types.DeleteProblemTreeNodeDocument,
    "mutation EditObjectiveNode($input: EditObjectiveNodeInput!) {\n  editObjectiveNode(input: $input) {\n    ...ObjectiveNodeFields\n  }\n}": types.EditObjectiveNodeDocument,
    "mutation EditProblemTreeNode($input: EditProblemTreeNodeInput!) {\n  editProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}": types.EditProblemTreeNodeDocument,
    "fragment ProblemTreeServiceArea on ServiceArea {\n  code\n  namePl\n  nameEn\n}\n\nfragment ProblemTreeNodeFields on ProblemTreeNode {\n  id\n  treeId\n  kind\n  parentId\n  position\n  text\n  descriptionHtml\n  descriptionSource\n  hiddenReason\n  status\n  rejectionReason\n  version\n  supportCount\n  viewerHasSupported\n  viewerCanSanction\n  createdAt\n  updatedAt\n  author {\n    id\n    displayName\n  }\n  evidence {\n    id\n    post {\n      id\n      threadId\n      number\n    }\n    document {\n      id\n      title\n      url\n    }\n  }\n  discussionThread {\n    id\n  }\n}\n\nfragment ObjectiveNodeFields on ObjectiveNode {\n  id\n  sourceNodeId\n  kind\n  parentId\n  text\n  version\n  priority\n  serviceArea {\n    ...ProblemTreeServiceArea\n  }\n}\n\nfragment ProblemTreeFields on ProblemTree {\n  id\n  consultationId\n  municipalityId\n  title\n  joinCode\n  lastSeq\n  viewerCanSuggest\n  viewerCanEdit\n  viewerCanModerate\n  createdAt\n  nodes {\n    ...ProblemTreeNodeFields\n  }\n  objectives {\n    ...ObjectiveNodeFields\n  }\n  priorityServiceAreas {\n    ...ProblemTreeServiceArea\n  }\n}": types.ProblemTreeServiceAreaFragmentDoc,
    "mutation GenerateObjectivesTree($treeId: ID!) {\n  generateObjectivesTree(treeId: $treeId) {\n    ...ProblemTreeFields\n  }\n}": types.GenerateObjectivesTreeDocument,
    "mutation MoveProblemTreeNode($input: MoveProblemTreeNodeInput!) {\n  moveProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}": types.MoveProblemTreeNodeDocument,
    "query ProblemTreeByJoinCode($code: String!) {\n  problemTreeByJoinCode(code: $code) {\n    ...ProblemTreeFields\n  }\n}": types.ProblemTreeByJoinCodeDocument,
    "query ProblemTreeEvents($treeId: ID!, $afterSeq: Int!) {\n  problemTreeEvents(treeId: $treeId, afterSeq: $afterSeq) {\n    seq\n    payload\n  }\n}": types.ProblemTreeEventsDocument,
    "query ProblemTreeForConsultation($consultationId: ID!) {\n  problemTreeForConsultation(consultationId: $consultationId) {\n    ...ProblemTreeFields\n  }\n}": types.ProblemTreeForConsultationDocument,
    "mutation RejectProblemTreeNode($input: RejectProblemTreeNodeInput!) {\n  rejectProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}": types.RejectProblemTreeNodeDocument,
    "mutation RemoveProblemTreeEvidence($id: ID!) {\n  removeProblemTreeEvidence(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}": types.RemoveProblemTreeEvidenceDocument,
    "mutation ReplyToProblemTreeNode($input: ReplyToProblemTreeNodeInput!) {\n  replyToProblemTreeNode(input: $input) {\n    ...ForumPostFields\n  }\n}": types.ReplyToProblemTreeNodeDocument,
    "mutation SupportProblemTreeNode($id: ID!) {\n  supportProblemTreeNode(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}": types.SupportProblemTreeNodeDocument,
    "mutation WithdrawProblemTreeNodeSupport($id: ID!) {\n  withdrawProblemTreeNodeSupport(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}": types.WithdrawProblemTreeNodeSupportDocument,
    "mutation LogoutEverywhere {\n  logoutEverywhere\n}": types.LogoutEverywhereDocument,
    "query MySessions {\n  mySessions {\n    id\n    current\n    createdAt\n    lastSeenAt\n    expiresAt\n    ip\n    userAgent\n  }\n}": types.MySessionsDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...CurrentAccount\n  }\n}": types.UpdateProfileDocument,
    "mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}": types.RevokeSessionDocument,
    "mutation AttachProposalDocuments($input: AttachProposalDocumentsInput!) {\n  attachProposalDocuments(input: $input) {\n    ...ProposalDetails\n  }\n}": types.AttachProposalDocumentsDocument,
    "mutation EditProposal($input: EditProposalInput!) {\n  editProposal(input: $input) {\n    ...ProposalDetails\n  }\n}": types.EditProposalDocument,
    "fragment ProposalSummary on Proposal {\n  id\n  number\n  consultationId\n  title\n  hiddenReason\n  status\n  supportCount\n  viewerHasSupported\n  costEstimatePln\n  createdAt\n  editedAt\n  serviceArea {\n    code\n    namePl\n    nameEn\n  }\n  author {\n    id\n    displayName\n  }\n}\n\nfragment ProposalDetails on Proposal {\n  ...ProposalSummary\n  organisation {\n    ...OrganisationBadge\n  }\n  bodyHtml\n  bodySource\n  officialAnswerHtml\n  officialAnswerAt\n  viewerCanEdit\n  viewerCanWithdraw\n  viewerCanReview\n  viewerCanSupport\n  viewerCanManageAttachments\n  viewerCanModerate\n  viewerCanSanction\n  history {\n    id\n    status\n    previousStatus\n    reason\n    at\n    automatic\n    actor {\n      id\n      displayName\n    }\n  }\n  revisions {\n    title\n    bodyHtml\n    editedAt\n  }\n  attachments {\n    ...DocumentFields\n  }\n  discussionThread {\n    id\n  }\n}": types.ProposalSummaryFragmentDoc,
    "query Proposal($id: ID!) {\n  proposal(id: $id) {\n    ...ProposalDetails\n    consultation {\n      id\n      title\n      municipality {\n        id\n      }\n      seq\n      allowedActions\n      viewerCanManage\n    }\n  }\n}": types.ProposalDocument,
    "query Proposals($consultationId: ID!, $status: ProposalStatus, $serviceArea: ServiceAreaCode, $sort: ProposalSort, $seed: String, $search: String, $after: String) {\n  proposals(\n    consultationId: $consultationId\n    status: $status\n    serviceArea: $serviceArea\n    sort: $sort\n    seed: $seed\n    search: $search\n    first: 20\n    after: $after\n  ) {\n    nodes {\n      ...ProposalSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    totalCount\n  }\n}": types.ProposalsDocument,
    "query ProposalsConsultation($id: ID!) {\n  consultation(id: $id) {\n    id\n    proposalSupportThreshold\n  }\n}": types.ProposalsConsultationDocument,
    "mutation RemoveProposalAttachment($proposalId: ID!, $documentId: ID!) {\n  removeProposalAttachment(proposalId: $proposalId, documentId: $documentId) {\n    ...ProposalDetails\n  }\n}": types.RemoveProposalAttachmentDocument,
    "mutation ReplyToProposal($input: ReplyToProposalInput!) {\n  replyToProposal(input: $input) {\n    ...ForumPostFields\n  }\n}": types.ReplyToProposalDocument,
    "mutation ReviewProposal($input: ReviewProposalInput!) {\n  reviewProposal(input: $input) {\n    ...ProposalDetails\n  }\n}": types.ReviewProposalDocument,
    "mutation SetProposalSupportThreshold($consultationId: ID!, $threshold: Int) {\n  setProposalSupportThreshold(\n    consultationId: $consultationId\n    threshold: $threshold\n  ) {\n    id\n    proposalSupportThreshold\n  }\n}": types.SetProposalSupportThresholdDocument,
    "mutation SubmitProposal($input: SubmitProposalInput!) {\n  submitProposal(input: $input) {\n    ...ProposalSummary\n  }\n}": types.SubmitProposalDocument,
    "mutation SupportProposal($id: ID!) {\n  supportProposal(id: $id) {\n    id\n    supportCount\n    viewerHasSupported\n    viewerCanSupport\n    status\n  }\n}": types.SupportProposalDocument,
    "mutation WithdrawProposal($id: ID!) {\n  withdrawProposal(id: $id) {\n    ...ProposalDetails\n  }\n}": types.WithdrawProposalDocument,
    "mutation WithdrawProposalSupport($id: ID!) {\n  withdrawProposalSupport(id: $id) {\n    id\n    supportCount\n    viewerHasSupported\n    viewerCanSupport\n    status\n  }\n}": types.WithdrawProposalSupportDocument,
    "query ConsultationReport($consultationId: ID!) {\n  consultationReport(consultationId: $consultationId) {\n    ...ConsultationReportFields\n  }\n}": types.ConsultationReportDocument,
    "fragment ReportPhaseFiguresFields on ReportPhaseFigures {\n  kind\n  startsOn\n  endsOn\n  people\n  discussionPosts\n  paragraphComments\n  officialAnswers\n  meetings\n  registrations\n  proposals\n  votes\n}\n\nfragment ConsultationReportFields on ConsultationReport {\n  id\n  consultationId\n  version\n  generatedAt\n  generatedBy {\n    id\n    displayName\n  }\n  phases {\n    ...ReportPhaseFiguresFields\n  }\n  totals {\n    people\n    discussionPosts\n    paragraphComments\n    answeredComments\n    unansweredComments\n    officialAnswers\n    meetings\n    meetingsWithMinutes\n    registrations\n    waitingList\n    documents\n    draftVersions\n    proposals\n    votes\n  }\n  drafts {\n    draftId\n    version\n    title\n    paragraphCount\n    commentCount\n  }\n  comments {\n    postId\n    draftVersion\n    paragraphNumber\n    paragraphSource\n    number\n    authorName\n    bodyHtml\n    createdAt\n    answers {\n      postId\n      authorName\n      bodyHtml\n      createdAt\n    }\n  }\n  meetings {\n    meetingId\n    kind\n    title\n    startsAt\n    endsAt\n    address\n    onlineUrl\n    capacity\n    registered\n    waiting\n    cancelled\n    minutesHtml\n  }\n  documents {\n    documentId\n    title\n    fileName\n    sizeBytes\n  }\n}": types.ReportPhaseFiguresFieldsFragmentDoc,
    "mutation GenerateConsultationReport($consultationId: ID!) {\n  generateConsultationReport(consultationId: $consultationId) {\n    ...ConsultationReportFields\n  }\n}": types.GenerateConsultationReportDocument,
    "mutation CreateSurvey($input: CreateSurveyInput!) {\n  createSurvey(input: $input) {\n    id\n  }\n}": types.CreateSurveyDocument,
    "mutation PublishSurvey($id: ID!) {\n  publishSurvey(id: $id) {\n    id\n    publishedAt\n    isOpen\n  }\n}": types.PublishSurveyDocument,
    "mutation PublishSurveyAsIndicator($surveyId: ID!, $year: Int!) {\n  publishSurveyAsIndicator(surveyId: $surveyId, year: $year) {\n    serviceArea\n    indicatorCode\n    year\n    value\n  }\n}": types.PublishSurveyAsIndicatorDocument,
    "mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n  submitSurveyResponse(input: $input)\n}": types.SubmitSurveyResponseDocument,
    "query Survey($id: ID!) {\n  survey(id: $id) {\n    id\n    title\n    description\n    municipalityName\n    access\n    isOpen\n    opensAt\n    closesAt\n    publishedAt\n    responseCount\n    codeCount\n    usedCodeCount\n    viewerCanManage\n    viewerHasAnswered\n    questions {\n      id\n      position\n      kind\n      text\n      required\n      options\n      showIfPosition\n      showIfAnswer\n    }\n  }\n}": types.SurveyDocument,
    "query SurveyResults($id: ID!) {\n  surveyResults(id: $id) {\n    surveyId\n    responseCount\n    questions {\n      question {\n        id\n        position\n        kind\n        text\n        options\n      }\n      answered\n      counts\n      mean\n      openAnswers {\n        responseId\n        text\n        hidden\n      }\n    }\n  }\n}": types.SurveyResultsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminRoleGrants($first: Int!, $after: String, $municipalityId: ID) {\n  roleGrants(first: $first, after: $after, municipalityId: $municipalityId) {\n    nodes {\n      ...AdminRoleGrant\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query AdminRoleGrants($first: Int!, $after: String, $municipalityId: ID) {\n  roleGrants(first: $first, after: $after, municipalityId: $municipalityId) {\n    nodes {\n      ...AdminRoleGrant\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEvents($first: Int!, $after: String, $kinds: [AuditEventKind!], $from: DateTime, $to: DateTime) {\n  auditEvents(first: $first, after: $after, kinds: $kinds, from: $from, to: $to) {\n    nodes {\n      id\n      kind\n      occurredAt\n      actorDisplayName\n      actorEmail\n      ip\n      targetType\n      targetId\n      detailsJson\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query AuditEvents($first: Int!, $after: String, $kinds: [AuditEventKind!], $from: DateTime, $to: DateTime) {\n  auditEvents(first: $first, after: $after, kinds: $kinds, from: $from, to: $to) {\n    nodes {\n      id\n      kind\n      occurredAt\n      actorDisplayName\n      actorEmail\n      ip\n      targetType\n      targetId\n      detailsJson\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminRoleGrant on RoleGrant {\n  id\n  role\n  grantedAt\n  user {\n    id\n    displayName\n  }\n  municipality {\n    id\n    name\n    kind\n  }\n}"): (typeof documents)["fragment AdminRoleGrant on RoleGrant {\n  id\n  role\n  grantedAt\n  user {\n    id\n    displayName\n  }\n  municipality {\n    id\n    name\n    kind\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantRole($input: GrantRoleInput!) {\n  grantRole(input: $input) {\n    ...AdminRoleGrant\n  }\n}"): (typeof documents)["mutation GrantRole($input: GrantRoleInput!) {\n  grantRole(input: $input) {\n    ...AdminRoleGrant\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeRole($id: ID!) {\n  revokeRole(id: $id)\n}"): (typeof documents)["mutation RevokeRole($id: ID!) {\n  revokeRole(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminUsers($search: String, $first: Int!, $after: String) {\n  users(search: $search, first: $first, after: $after) {\n    nodes {\n      id\n      displayName\n      email\n      isAdmin\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query AdminUsers($search: String, $first: Int!, $after: String) {\n  users(search: $search, first: $first, after: $after) {\n    nodes {\n      id\n      displayName\n      email\n      isAdmin\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CurrentAccount on Account {\n  id\n  email\n  displayName\n  handle\n  isAdmin\n  createdAt\n  homeMunicipality {\n    id\n    name\n    kind\n  }\n  roles {\n    id\n    role\n    municipality {\n      id\n      name\n      kind\n    }\n  }\n}"): (typeof documents)["fragment CurrentAccount on Account {\n  id\n  email\n  displayName\n  handle\n  isAdmin\n  createdAt\n  homeMunicipality {\n    id\n    name\n    kind\n  }\n  roles {\n    id\n    role\n    municipality {\n      id\n      name\n      kind\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmRegistration($token: String!) {\n  confirmRegistration(token: $token) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}"): (typeof documents)["mutation ConfirmRegistration($token: String!) {\n  confirmRegistration(token: $token) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...CurrentAccount\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...CurrentAccount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    email\n    confirmationSent\n  }\n}"): (typeof documents)["mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    email\n    confirmationSent\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Ballot($consultationId: ID!) {\n  ballot(consultationId: $consultationId) {\n    ...BallotFields\n  }\n}"): (typeof documents)["query Ballot($consultationId: ID!) {\n  ballot(consultationId: $consultationId) {\n    ...BallotFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BallotReceipts($ballotId: ID!, $after: String) {\n  ballotReceipts(ballotId: $ballotId, first: 100, after: $after) {\n    nodes\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    totalCount\n  }\n}"): (typeof documents)["query BallotReceipts($ballotId: ID!, $after: String) {\n  ballotReceipts(ballotId: $ballotId, first: 100, after: $after) {\n    nodes\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CastBallot($input: CastBallotInput!) {\n  castBallot(input: $input) {\n    receipt\n    castAt\n    choices {\n      optionId\n      points\n      rank\n    }\n  }\n}"): (typeof documents)["mutation CastBallot($input: CastBallotInput!) {\n  castBallot(input: $input) {\n    receipt\n    castAt\n    choices {\n      optionId\n      points\n      rank\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfigureBallot($input: ConfigureBallotInput!) {\n  configureBallot(input: $input) {\n    ...BallotFields\n  }\n}"): (typeof documents)["mutation ConfigureBallot($input: ConfigureBallotInput!) {\n  configureBallot(input: $input) {\n    ...BallotFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnterPaperBallots($input: EnterPaperBallotsInput!) {\n  enterPaperBallots(input: $input) {\n    ...BallotFields\n  }\n}"): (typeof documents)["mutation EnterPaperBallots($input: EnterPaperBallotsInput!) {\n  enterPaperBallots(input: $input) {\n    ...BallotFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BallotOptionFields on BallotOption {\n  id\n  position\n  label\n  serviceArea {\n    code\n    namePl\n    nameEn\n  }\n  proposal {\n    id\n    number\n    title\n  }\n}\n\nfragment BallotResultsFields on BallotResults {\n  method\n  ballots\n  onlineBallots\n  paperBallots\n  pairwise\n  winnerOptionIds\n  options {\n    online\n    paper\n    total\n    bordaScore\n    schulzeRank\n    option {\n      id\n    }\n  }\n}\n\nfragment BallotFields on Ballot {\n  id\n  consultationId\n  method\n  maxChoices\n  pointsTotal\n  pointsPerOptionMax\n  optionSource\n  resultsVisibility\n  eligibility\n  frozen\n  open\n  closed\n  ballotsCast\n  paperBallots\n  viewerEligible\n  viewerCanVote\n  viewerCanConfigure\n  viewerCanEnterPaperBallots\n  options {\n    ...BallotOptionFields\n  }\n  viewerBallot {\n    receipt\n    castAt\n    choices {\n      optionId\n      points\n      rank\n    }\n  }\n  results {\n    ...BallotResultsFields\n  }\n}"): (typeof documents)["fragment BallotOptionFields on BallotOption {\n  id\n  position\n  label\n  serviceArea {\n    code\n    namePl\n    nameEn\n  }\n  proposal {\n    id\n    number\n    title\n  }\n}\n\nfragment BallotResultsFields on BallotResults {\n  method\n  ballots\n  onlineBallots\n  paperBallots\n  pairwise\n  winnerOptionIds\n  options {\n    online\n    paper\n    total\n    bordaScore\n    schulzeRank\n    option {\n      id\n    }\n  }\n}\n\nfragment BallotFields on Ballot {\n  id\n  consultationId\n  method\n  maxChoices\n  pointsTotal\n  pointsPerOptionMax\n  optionSource\n  resultsVisibility\n  eligibility\n  frozen\n  open\n  closed\n  ballotsCast\n  paperBallots\n  viewerEligible\n  viewerCanVote\n  viewerCanConfigure\n  viewerCanEnterPaperBallots\n  options {\n    ...BallotOptionFields\n  }\n  viewerBallot {\n    receipt\n    castAt\n    choices {\n      optionId\n      points\n      rank\n    }\n  }\n  results {\n    ...BallotResultsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdvanceConsultationPhase($id: ID!) {\n  advanceConsultationPhase(id: $id) {\n    ...ConsultationDetails\n  }\n}"): (typeof documents)["mutation AdvanceConsultationPhase($id: ID!) {\n  advanceConsultationPhase(id: $id) {\n    ...ConsultationDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Consultation($id: ID!) {\n  consultation(id: $id) {\n    ...ConsultationDetails\n  }\n}"): (typeof documents)["query Consultation($id: ID!) {\n  consultation(id: $id) {\n    ...ConsultationDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsultationEvents($consultationId: ID!, $afterSeq: Int!) {\n  consultationEvents(consultationId: $consultationId, afterSeq: $afterSeq) {\n    seq\n    kind\n    payload\n  }\n}"): (typeof documents)["query ConsultationEvents($consultationId: ID!, $afterSeq: Int!) {\n  consultationEvents(consultationId: $consultationId, afterSeq: $afterSeq) {\n    seq\n    kind\n    payload\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsultationServiceAreas {\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n}"): (typeof documents)["query ConsultationServiceAreas {\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Consultations($municipalityId: ID, $serviceArea: ServiceAreaCode, $phase: ConsultationPhaseKind, $first: Int!, $after: String) {\n  consultations(\n    municipalityId: $municipalityId\n    serviceArea: $serviceArea\n    phase: $phase\n    first: $first\n    after: $after\n  ) {\n    nodes {\n      ...ConsultationSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query Consultations($municipalityId: ID, $serviceArea: ServiceAreaCode, $phase: ConsultationPhaseKind, $first: Int!, $after: String) {\n  consultations(\n    municipalityId: $municipalityId\n    serviceArea: $serviceArea\n    phase: $phase\n    first: $first\n    after: $after\n  ) {\n    nodes {\n      ...ConsultationSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateConsultation($input: CreateConsultationInput!) {\n  createConsultation(input: $input) {\n    ...ConsultationDetails\n  }\n}"): (typeof documents)["mutation CreateConsultation($input: CreateConsultationInput!) {\n  createConsultation(input: $input) {\n    ...ConsultationDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowConsultation($id: ID!) {\n  followConsultation(id: $id) {\n    id\n    followerCount\n    viewerFollows\n  }\n}"): (typeof documents)["mutation FollowConsultation($id: ID!) {\n  followConsultation(id: $id) {\n    id\n    followerCount\n    viewerFollows\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ConsultationPhaseFields on ConsultationPhase {\n  id\n  kind\n  position\n  startsOn\n  endsOn\n  isCurrent\n}\n\nfragment ConsultationSummary on Consultation {\n  id\n  slug\n  title\n  status\n  currentPhase\n  followerCount\n  municipality {\n    id\n    name\n  }\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n  phases {\n    ...ConsultationPhaseFields\n  }\n}\n\nfragment ConsultationDetails on Consultation {\n  ...ConsultationSummary\n  seq\n  summaryHtml\n  summarySource\n  goalHtml\n  goalSource\n  publishedAt\n  allowedActions\n  viewerCanManage\n  viewerFollows\n  organiser {\n    id\n    displayName\n  }\n  municipality {\n    id\n    name\n    kind\n  }\n  discussionThread {\n    id\n    title\n    replyCount\n    lastActivityAt\n  }\n  contentCounts {\n    documents\n    drafts\n    meetings\n    problemTreeNodes\n    proposals\n    ballots\n  }\n}\n\nfragment UpcomingMeetingFields on Meeting {\n  id\n  title\n  kind\n  startsAt\n  endsAt\n  cancelled\n  address\n  onlineUrl\n  municipality {\n    id\n    name\n  }\n  consultation {\n    id\n    title\n  }\n}"): (typeof documents)["fragment ConsultationPhaseFields on ConsultationPhase {\n  id\n  kind\n  position\n  startsOn\n  endsOn\n  isCurrent\n}\n\nfragment ConsultationSummary on Consultation {\n  id\n  slug\n  title\n  status\n  currentPhase\n  followerCount\n  municipality {\n    id\n    name\n  }\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n  phases {\n    ...ConsultationPhaseFields\n  }\n}\n\nfragment ConsultationDetails on Consultation {\n  ...ConsultationSummary\n  seq\n  summaryHtml\n  summarySource\n  goalHtml\n  goalSource\n  publishedAt\n  allowedActions\n  viewerCanManage\n  viewerFollows\n  organiser {\n    id\n    displayName\n  }\n  municipality {\n    id\n    name\n    kind\n  }\n  discussionThread {\n    id\n    title\n    replyCount\n    lastActivityAt\n  }\n  contentCounts {\n    documents\n    drafts\n    meetings\n    problemTreeNodes\n    proposals\n    ballots\n  }\n}\n\nfragment UpcomingMeetingFields on Meeting {\n  id\n  title\n  kind\n  startsAt\n  endsAt\n  cancelled\n  address\n  onlineUrl\n  municipality {\n    id\n    name\n  }\n  consultation {\n    id\n    title\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MunicipalityConsultations($municipalityId: ID!, $first: Int!) {\n  consultations(municipalityId: $municipalityId, first: $first) {\n    nodes {\n      ...ConsultationSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  upcomingMeetings(municipalityId: $municipalityId, first: 5) {\n    ...UpcomingMeetingFields\n  }\n}"): (typeof documents)["query MunicipalityConsultations($municipalityId: ID!, $first: Int!) {\n  consultations(municipalityId: $municipalityId, first: $first) {\n    nodes {\n      ...ConsultationSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  upcomingMeetings(municipalityId: $municipalityId, first: 5) {\n    ...UpcomingMeetingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishConsultation($id: ID!) {\n  publishConsultation(id: $id) {\n    ...ConsultationDetails\n  }\n}"): (typeof documents)["mutation PublishConsultation($id: ID!) {\n  publishConsultation(id: $id) {\n    ...ConsultationDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetConsultationPhases($input: SetConsultationPhasesInput!) {\n  setConsultationPhases(input: $input) {\n    ...ConsultationDetails\n  }\n}"): (typeof documents)["mutation SetConsultationPhases($input: SetConsultationPhasesInput!) {\n  setConsultationPhases(input: $input) {\n    ...ConsultationDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnfollowConsultation($id: ID!) {\n  unfollowConsultation(id: $id) {\n    id\n    followerCount\n    viewerFollows\n  }\n}"): (typeof documents)["mutation UnfollowConsultation($id: ID!) {\n  unfollowConsultation(id: $id) {\n    id\n    followerCount\n    viewerFollows\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateConsultation($input: UpdateConsultationInput!) {\n  updateConsultation(input: $input) {\n    ...ConsultationDetails\n  }\n}"): (typeof documents)["mutation UpdateConsultation($input: UpdateConsultationInput!) {\n  updateConsultation(input: $input) {\n    ...ConsultationDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsultationDocuments($consultationId: ID!, $after: String) {\n  consultationDocuments(consultationId: $consultationId, first: 50, after: $after) {\n    nodes {\n      ...DocumentFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ConsultationDocuments($consultationId: ID!, $after: String) {\n  consultationDocuments(consultationId: $consultationId, first: 50, after: $after) {\n    nodes {\n      ...DocumentFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteDocument($id: ID!) {\n  deleteDocument(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation DeleteDocument($id: ID!) {\n  deleteDocument(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentsConsultation($id: ID!) {\n  consultation(id: $id) {\n    id\n    viewerCanManage\n  }\n}"): (typeof documents)["query DocumentsConsultation($id: ID!) {\n  consultation(id: $id) {\n    id\n    viewerCanManage\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DocumentFields on Document {\n  id\n  title\n  fileName\n  mimeType\n  sizeBytes\n  url\n  uploadedAt\n  uploader {\n    id\n    displayName\n  }\n}"): (typeof documents)["fragment DocumentFields on Document {\n  id\n  title\n  fileName\n  mimeType\n  sizeBytes\n  url\n  uploadedAt\n  uploader {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenameDocument($input: RenameDocumentInput!) {\n  renameDocument(input: $input) {\n    ...DocumentFields\n  }\n}"): (typeof documents)["mutation RenameDocument($input: RenameDocumentInput!) {\n  renameDocument(input: $input) {\n    ...DocumentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerParagraphComment($input: AnswerParagraphCommentInput!) {\n  answerParagraphComment(input: $input) {\n    ...ForumPostFields\n  }\n}"): (typeof documents)["mutation AnswerParagraphComment($input: AnswerParagraphCommentInput!) {\n  answerParagraphComment(input: $input) {\n    ...ForumPostFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommentOnParagraph($input: CommentOnParagraphInput!) {\n  commentOnParagraph(input: $input) {\n    ...ForumPostFields\n  }\n}"): (typeof documents)["mutation CommentOnParagraph($input: CommentOnParagraphInput!) {\n  commentOnParagraph(input: $input) {\n    ...ForumPostFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsultationDrafts($consultationId: ID!) {\n  consultationDrafts(consultationId: $consultationId) {\n    ...DraftSummary\n  }\n}"): (typeof documents)["query ConsultationDrafts($consultationId: ID!) {\n  consultationDrafts(consultationId: $consultationId) {\n    ...DraftSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Draft($id: ID!) {\n  draft(id: $id) {\n    ...DraftSummary\n    source\n    paragraphs {\n      ...DraftParagraphFields\n    }\n  }\n}"): (typeof documents)["query Draft($id: ID!) {\n  draft(id: $id) {\n    ...DraftSummary\n    source\n    paragraphs {\n      ...DraftParagraphFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftConsultation($id: ID!) {\n  consultation(id: $id) {\n    ...DraftConsultationFields\n  }\n}"): (typeof documents)["query DraftConsultation($id: ID!) {\n  consultation(id: $id) {\n    ...DraftConsultationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftDiff($fromDraftId: ID!, $toDraftId: ID!) {\n  draftDiff(fromDraftId: $fromDraftId, toDraftId: $toDraftId) {\n    change\n    from {\n      id\n      number\n      html\n    }\n    to {\n      id\n      number\n      html\n    }\n  }\n}"): (typeof documents)["query DraftDiff($fromDraftId: ID!, $toDraftId: ID!) {\n  draftDiff(fromDraftId: $fromDraftId, toDraftId: $toDraftId) {\n    change\n    from {\n      id\n      number\n      html\n    }\n    to {\n      id\n      number\n      html\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DraftSummary on Draft {\n  id\n  consultationId\n  version\n  title\n  paragraphCount\n  createdAt\n  createdBy {\n    id\n    displayName\n  }\n}\n\nfragment DraftParagraphFields on DraftParagraph {\n  id\n  draftId\n  number\n  html\n  commentCount\n  answeredCount\n  threadId\n  officialAnswers {\n    postId\n    answeredPostId\n  }\n}\n\nfragment DraftConsultationFields on Consultation {\n  id\n  viewerCanManage\n  allowedActions\n  currentPhase\n  phases {\n    id\n    kind\n    startsOn\n    endsOn\n    isCurrent\n    position\n  }\n}"): (typeof documents)["fragment DraftSummary on Draft {\n  id\n  consultationId\n  version\n  title\n  paragraphCount\n  createdAt\n  createdBy {\n    id\n    displayName\n  }\n}\n\nfragment DraftParagraphFields on DraftParagraph {\n  id\n  draftId\n  number\n  html\n  commentCount\n  answeredCount\n  threadId\n  officialAnswers {\n    postId\n    answeredPostId\n  }\n}\n\nfragment DraftConsultationFields on Consultation {\n  id\n  viewerCanManage\n  allowedActions\n  currentPhase\n  phases {\n    id\n    kind\n    startsOn\n    endsOn\n    isCurrent\n    position\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishDraft($input: PublishDraftInput!) {\n  publishDraft(input: $input) {\n    ...DraftSummary\n  }\n}"): (typeof documents)["mutation PublishDraft($input: PublishDraftInput!) {\n  publishDraft(input: $input) {\n    ...DraftSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateForumCategory($input: CreateCategoryInput!) {\n  createForumCategory(input: $input) {\n    ...ForumCategoryFields\n  }\n}"): (typeof documents)["mutation CreateForumCategory($input: CreateCategoryInput!) {\n  createForumCategory(input: $input) {\n    ...ForumCategoryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateThread($input: CreateThreadInput!) {\n  createThread(input: $input) {\n    ...ForumThreadSummary\n  }\n}"): (typeof documents)["mutation CreateThread($input: CreateThreadInput!) {\n  createThread(input: $input) {\n    ...ForumThreadSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteForumCategory($id: ID!) {\n  deleteForumCategory(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation DeleteForumCategory($id: ID!) {\n  deleteForumCategory(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletePost($id: ID!) {\n  deletePost(id: $id) {\n    ...ForumPostFields\n  }\n}"): (typeof documents)["mutation DeletePost($id: ID!) {\n  deletePost(id: $id) {\n    ...ForumPostFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditPost($input: EditPostInput!) {\n  editPost(input: $input) {\n    ...ForumPostFields\n  }\n}"): (typeof documents)["mutation EditPost($input: EditPostInput!) {\n  editPost(input: $input) {\n    ...ForumPostFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForumCategories($municipalityId: ID, $networkId: ID) {\n  forumCategories(\n    municipalityId: $municipalityId\n    networkId: $networkId\n    first: 100\n  ) {\n    nodes {\n      ...ForumCategoryFields\n      municipality {\n        id\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ForumCategories($municipalityId: ID, $networkId: ID) {\n  forumCategories(\n    municipalityId: $municipalityId\n    networkId: $networkId\n    first: 100\n  ) {\n    nodes {\n      ...ForumCategoryFields\n      municipality {\n        id\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForumCategoryHeading($id: ID!) {\n  forumCategoryById(id: $id) {\n    ...ForumCategoryHeading\n  }\n}"): (typeof documents)["query ForumCategoryHeading($id: ID!) {\n  forumCategoryById(id: $id) {\n    ...ForumCategoryHeading\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForumCategoryThreads($categoryId: ID!, $after: String) {\n  forumThreads(categoryId: $categoryId, first: 20, after: $after) {\n    nodes {\n      ...ForumThreadSummary\n      category {\n        ...ForumCategoryHeading\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ForumCategoryThreads($categoryId: ID!, $after: String) {\n  forumThreads(categoryId: $categoryId, first: 20, after: $after) {\n    nodes {\n      ...ForumThreadSummary\n      category {\n        ...ForumCategoryHeading\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForumNetworks {\n  networks(first: 100) {\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n}"): (typeof documents)["query ForumNetworks {\n  networks(first: 100) {\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForumSearch($query: String!, $after: String) {\n  forumSearch(query: $query, first: 20, after: $after) {\n    nodes {\n      postId\n      postNumber\n      score\n      snippetHtml\n      thread {\n        id\n        title\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ForumSearch($query: String!, $after: String) {\n  forumSearch(query: $query, first: 20, after: $after) {\n    nodes {\n      postId\n      postNumber\n      score\n      snippetHtml\n      thread {\n        id\n        title\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForumThread($id: ID!) {\n  forumThread(id: $id) {\n    ...ForumThreadSummary\n    seq\n    firstUnreadNumber\n    subjectType\n    viewerCanModerate\n    category {\n      id\n      name\n      municipalityId\n    }\n  }\n}"): (typeof documents)["query ForumThread($id: ID!) {\n  forumThread(id: $id) {\n    ...ForumThreadSummary\n    seq\n    firstUnreadNumber\n    subjectType\n    viewerCanModerate\n    category {\n      id\n      name\n      municipalityId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ForumAuthor on UserSummary {\n  id\n  displayName\n  handle\n}\n\nfragment ForumPostFields on ForumPost {\n  id\n  threadId\n  parentId\n  number\n  depth\n  path\n  bodyHtml\n  bodySource\n  hiddenReason\n  awaitingModeration\n  quotedPostId\n  deleted\n  stance\n  score\n  reactedByMe\n  viewerCanSanction\n  replyCount\n  createdAt\n  editedAt\n  author {\n    ...ForumAuthor\n  }\n  organisation {\n    ...OrganisationBadge\n  }\n}\n\nfragment ForumThreadSummary on ForumThread {\n  id\n  categoryId\n  title\n  hiddenReason\n  pinned\n  locked\n  replyCount\n  lastActivityAt\n  lastPostNumber\n  unreadCount\n  author {\n    id\n    displayName\n  }\n}\n\nfragment ForumCategoryFields on ForumCategory {\n  id\n  name\n  slug\n  description\n  position\n  threadCount\n  municipalityId\n  networkId\n  viewerCanManage\n}\n\nfragment ForumCategoryHeading on ForumCategory {\n  id\n  name\n  description\n  municipalityId\n  networkId\n}\n\nfragment ForumMunicipalityName on Municipality {\n  id\n  name\n}"): (typeof documents)["fragment ForumAuthor on UserSummary {\n  id\n  displayName\n  handle\n}\n\nfragment ForumPostFields on ForumPost {\n  id\n  threadId\n  parentId\n  number\n  depth\n  path\n  bodyHtml\n  bodySource\n  hiddenReason\n  awaitingModeration\n  quotedPostId\n  deleted\n  stance\n  score\n  reactedByMe\n  viewerCanSanction\n  replyCount\n  createdAt\n  editedAt\n  author {\n    ...ForumAuthor\n  }\n  organisation {\n    ...OrganisationBadge\n  }\n}\n\nfragment ForumThreadSummary on ForumThread {\n  id\n  categoryId\n  title\n  hiddenReason\n  pinned\n  locked\n  replyCount\n  lastActivityAt\n  lastPostNumber\n  unreadCount\n  author {\n    id\n    displayName\n  }\n}\n\nfragment ForumCategoryFields on ForumCategory {\n  id\n  name\n  slug\n  description\n  position\n  threadCount\n  municipalityId\n  networkId\n  viewerCanManage\n}\n\nfragment ForumCategoryHeading on ForumCategory {\n  id\n  name\n  description\n  municipalityId\n  networkId\n}\n\nfragment ForumMunicipalityName on Municipality {\n  id\n  name\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkThreadRead($threadId: ID!, $number: Int!) {\n  markThreadRead(threadId: $threadId, number: $number)\n}"): (typeof documents)["mutation MarkThreadRead($threadId: ID!, $number: Int!) {\n  markThreadRead(threadId: $threadId, number: $number)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentionSuggestions($prefix: String!) {\n  mentionSuggestions(prefix: $prefix, first: 8) {\n    ...ForumAuthor\n  }\n}"): (typeof documents)["query MentionSuggestions($prefix: String!) {\n  mentionSuggestions(prefix: $prefix, first: 8) {\n    ...ForumAuthor\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MunicipalityName($id: ID!) {\n  municipalityById(id: $id) {\n    ...ForumMunicipalityName\n  }\n}"): (typeof documents)["query MunicipalityName($id: ID!) {\n  municipalityById(id: $id) {\n    ...ForumMunicipalityName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostRevisions($id: ID!) {\n  postRevisions(id: $id) {\n    id\n    editedAt\n    previousHtml\n  }\n}"): (typeof documents)["query PostRevisions($id: ID!) {\n  postRevisions(id: $id) {\n    id\n    editedAt\n    previousHtml\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewMarkdown($body: String!) {\n  previewMarkdown(body: $body)\n}"): (typeof documents)["query PreviewMarkdown($body: String!) {\n  previewMarkdown(body: $body)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplyToPost($input: ReplyInput!) {\n  replyToPost(input: $input) {\n    ...ForumPostFields\n  }\n}"): (typeof documents)["mutation ReplyToPost($input: ReplyInput!) {\n  replyToPost(input: $input) {\n    ...ForumPostFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetThreadFlags($input: ThreadFlagsInput!) {\n  setThreadFlags(input: $input) {\n    id\n    pinned\n    locked\n  }\n}"): (typeof documents)["mutation SetThreadFlags($input: ThreadFlagsInput!) {\n  setThreadFlags(input: $input) {\n    id\n    pinned\n    locked\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadEvents($threadId: ID!, $afterSeq: Int!) {\n  threadEvents(threadId: $threadId, afterSeq: $afterSeq) {\n    seq\n    kind\n    payload\n  }\n}"): (typeof documents)["query ThreadEvents($threadId: ID!, $afterSeq: Int!) {\n  threadEvents(threadId: $threadId, afterSeq: $afterSeq) {\n    seq\n    kind\n    payload\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadPosts($threadId: ID!, $order: PostOrder!, $rootPostId: ID, $after: String) {\n  threadPosts(\n    threadId: $threadId\n    first: 100\n    order: $order\n    rootPostId: $rootPostId\n    after: $after\n  ) {\n    nodes {\n      ...ForumPostFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ThreadPosts($threadId: ID!, $order: PostOrder!, $rootPostId: ID, $after: String) {\n  threadPosts(\n    threadId: $threadId\n    first: 100\n    order: $order\n    rootPostId: $rootPostId\n    after: $after\n  ) {\n    nodes {\n      ...ForumPostFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TogglePostReaction($id: ID!) {\n  togglePostReaction(id: $id) {\n    reacted\n    post {\n      id\n      score\n      reactedByMe\n    }\n  }\n}"): (typeof documents)["mutation TogglePostReaction($id: ID!) {\n  togglePostReaction(id: $id) {\n    reacted\n    post {\n      id\n      score\n      reactedByMe\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateForumCategory($input: UpdateCategoryInput!) {\n  updateForumCategory(input: $input) {\n    ...ForumCategoryFields\n  }\n}"): (typeof documents)["mutation UpdateForumCategory($input: UpdateCategoryInput!) {\n  updateForumCategory(input: $input) {\n    ...ForumCategoryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComparisonNetworks {\n  networks(first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query ComparisonNetworks {\n  networks(first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IndicatorDefinitionFields on IndicatorDefinition {\n  id\n  code\n  namePl\n  nameEn\n  serviceArea\n  kind\n  unit\n  direction\n  perThousand\n  measurementPl\n  measurementEn\n}"): (typeof documents)["fragment IndicatorDefinitionFields on IndicatorDefinition {\n  id\n  code\n  namePl\n  nameEn\n  serviceArea\n  kind\n  unit\n  direction\n  perThousand\n  measurementPl\n  measurementEn\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorComparison($networkId: ID!, $indicatorId: ID!, $year: Int!, $highlight: ID) {\n  indicatorComparison(\n    networkId: $networkId\n    indicatorId: $indicatorId\n    year: $year\n    highlightMunicipalityId: $highlight\n  ) {\n    networkId\n    networkName\n    year\n    stats {\n      count\n      min\n      q1\n      median\n      q3\n      max\n      mean\n    }\n    perThousandStats {\n      count\n      median\n    }\n    rows {\n      municipalityId\n      municipalityName\n      population\n      value\n      valuePerThousand\n      rank\n      outlier\n      highlighted\n    }\n  }\n}"): (typeof documents)["query IndicatorComparison($networkId: ID!, $indicatorId: ID!, $year: Int!, $highlight: ID) {\n  indicatorComparison(\n    networkId: $networkId\n    indicatorId: $indicatorId\n    year: $year\n    highlightMunicipalityId: $highlight\n  ) {\n    networkId\n    networkName\n    year\n    stats {\n      count\n      min\n      q1\n      median\n      q3\n      max\n      mean\n    }\n    perThousandStats {\n      count\n      median\n    }\n    rows {\n      municipalityId\n      municipalityName\n      population\n      value\n      valuePerThousand\n      rank\n      outlier\n      highlighted\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IndicatorDefinitionAdminFields on IndicatorDefinition {\n  ...IndicatorDefinitionFields\n  archivedAt\n  hasValues\n}\n\nquery IndicatorDefinitionsAdmin {\n  indicatorDefinitions(includeArchived: true) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation CreateIndicatorDefinition($input: CreateIndicatorDefinitionInput!) {\n  createIndicatorDefinition(input: $input) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation UpdateIndicatorDefinition($input: UpdateIndicatorDefinitionInput!) {\n  updateIndicatorDefinition(input: $input) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation ArchiveIndicatorDefinition($id: ID!, $archived: Boolean!) {\n  archiveIndicatorDefinition(id: $id, archived: $archived) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation DeleteIndicatorDefinition($id: ID!) {\n  deleteIndicatorDefinition(id: $id)\n}"): (typeof documents)["fragment IndicatorDefinitionAdminFields on IndicatorDefinition {\n  ...IndicatorDefinitionFields\n  archivedAt\n  hasValues\n}\n\nquery IndicatorDefinitionsAdmin {\n  indicatorDefinitions(includeArchived: true) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation CreateIndicatorDefinition($input: CreateIndicatorDefinitionInput!) {\n  createIndicatorDefinition(input: $input) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation UpdateIndicatorDefinition($input: UpdateIndicatorDefinitionInput!) {\n  updateIndicatorDefinition(input: $input) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation ArchiveIndicatorDefinition($id: ID!, $archived: Boolean!) {\n  archiveIndicatorDefinition(id: $id, archived: $archived) {\n    ...IndicatorDefinitionAdminFields\n  }\n}\n\nmutation DeleteIndicatorDefinition($id: ID!) {\n  deleteIndicatorDefinition(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorDefinitions {\n  indicatorDefinitions {\n    ...IndicatorDefinitionFields\n  }\n}"): (typeof documents)["query IndicatorDefinitions {\n  indicatorDefinitions {\n    ...IndicatorDefinitionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorTrend($networkId: ID!, $indicatorId: ID!, $fromYear: Int!, $toYear: Int!, $highlight: ID) {\n  indicatorTrend(\n    networkId: $networkId\n    indicatorId: $indicatorId\n    fromYear: $fromYear\n    toYear: $toYear\n    highlightMunicipalityId: $highlight\n  ) {\n    years\n    median {\n      year\n      value\n    }\n    series {\n      municipalityId\n      municipalityName\n      highlighted\n      points {\n        year\n        value\n      }\n    }\n  }\n}"): (typeof documents)["query IndicatorTrend($networkId: ID!, $indicatorId: ID!, $fromYear: Int!, $toYear: Int!, $highlight: ID) {\n  indicatorTrend(\n    networkId: $networkId\n    indicatorId: $indicatorId\n    fromYear: $fromYear\n    toYear: $toYear\n    highlightMunicipalityId: $highlight\n  ) {\n    years\n    median {\n      year\n      value\n    }\n    series {\n      municipalityId\n      municipalityName\n      highlighted\n      points {\n        year\n        value\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordIndicatorValue($input: RecordIndicatorValueInput!) {\n  recordIndicatorValue(input: $input) {\n    id\n    value\n    year\n    quarter\n    municipalityName\n  }\n}"): (typeof documents)["mutation RecordIndicatorValue($input: RecordIndicatorValueInput!) {\n  recordIndicatorValue(input: $input) {\n    id\n    value\n    year\n    quarter\n    municipalityName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveUnitCostWorksheet($input: SaveUnitCostWorksheetInput!) {\n  saveUnitCostWorksheet(input: $input) {\n    id\n    activity\n    cases\n    staffCostGrosze\n    allocatedOverheadsGrosze\n    totalCostGrosze\n    unitCostGrosze\n    posts {\n      post\n      minutesPerCase\n      hourlyCostGrosze\n      costPerCaseGrosze\n    }\n    value {\n      id\n      value\n    }\n  }\n}"): (typeof documents)["mutation SaveUnitCostWorksheet($input: SaveUnitCostWorksheetInput!) {\n  saveUnitCostWorksheet(input: $input) {\n    id\n    activity\n    cases\n    staffCostGrosze\n    allocatedOverheadsGrosze\n    totalCostGrosze\n    unitCostGrosze\n    posts {\n      post\n      minutesPerCase\n      hourlyCostGrosze\n      costPerCaseGrosze\n    }\n    value {\n      id\n      value\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelMeeting($id: ID!) {\n  cancelMeeting(id: $id) {\n    ...MeetingDetailFields\n  }\n}"): (typeof documents)["mutation CancelMeeting($id: ID!) {\n  cancelMeeting(id: $id) {\n    ...MeetingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelMeetingRegistration($meetingId: ID!) {\n  cancelMeetingRegistration(meetingId: $meetingId) {\n    ...MeetingDetailFields\n  }\n}"): (typeof documents)["mutation CancelMeetingRegistration($meetingId: ID!) {\n  cancelMeetingRegistration(meetingId: $meetingId) {\n    ...MeetingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMeeting($input: CreateMeetingInput!) {\n  createMeeting(input: $input) {\n    ...MeetingDetailFields\n  }\n}"): (typeof documents)["mutation CreateMeeting($input: CreateMeetingInput!) {\n  createMeeting(input: $input) {\n    ...MeetingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeetingFields on Meeting {\n  id\n  kind\n  title\n  startsAt\n  endsAt\n  address\n  onlineUrl\n  capacity\n  cancelled\n  cancelledAt\n  registeredCount\n  waitingCount\n  consultationId\n  municipality {\n    id\n    name\n  }\n  viewerRegistration {\n    status\n    waitingPosition\n    registeredAt\n  }\n}\n\nfragment MeetingDetailFields on Meeting {\n  ...MeetingFields\n  descriptionHtml\n  descriptionSource\n  minutesHtml\n  minutesSource\n  minutesAt\n  viewerCanManage\n  organiser {\n    id\n    displayName\n  }\n  consultation {\n    id\n    title\n    allowedActions\n  }\n}"): (typeof documents)["fragment MeetingFields on Meeting {\n  id\n  kind\n  title\n  startsAt\n  endsAt\n  address\n  onlineUrl\n  capacity\n  cancelled\n  cancelledAt\n  registeredCount\n  waitingCount\n  consultationId\n  municipality {\n    id\n    name\n  }\n  viewerRegistration {\n    status\n    waitingPosition\n    registeredAt\n  }\n}\n\nfragment MeetingDetailFields on Meeting {\n  ...MeetingFields\n  descriptionHtml\n  descriptionSource\n  minutesHtml\n  minutesSource\n  minutesAt\n  viewerCanManage\n  organiser {\n    id\n    displayName\n  }\n  consultation {\n    id\n    title\n    allowedActions\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Meeting($id: ID!) {\n  meeting(id: $id) {\n    ...MeetingDetailFields\n  }\n}"): (typeof documents)["query Meeting($id: ID!) {\n  meeting(id: $id) {\n    ...MeetingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingAttendees($meetingId: ID!, $after: String) {\n  meetingAttendees(meetingId: $meetingId, first: 100, after: $after) {\n    nodes {\n      status\n      waitingPosition\n      registeredAt\n      promotedAt\n      user {\n        id\n        displayName\n        handle\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query MeetingAttendees($meetingId: ID!, $after: String) {\n  meetingAttendees(meetingId: $meetingId, first: 100, after: $after) {\n    nodes {\n      status\n      waitingPosition\n      registeredAt\n      promotedAt\n      user {\n        id\n        displayName\n        handle\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Meetings($consultationId: ID, $municipalityId: ID, $includeChildren: Boolean! = false, $from: DateTime, $to: DateTime, $after: String) {\n  meetings(\n    consultationId: $consultationId\n    municipalityId: $municipalityId\n    includeChildren: $includeChildren\n    from: $from\n    to: $to\n    first: 100\n    after: $after\n  ) {\n    nodes {\n      ...MeetingFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query Meetings($consultationId: ID, $municipalityId: ID, $includeChildren: Boolean! = false, $from: DateTime, $to: DateTime, $after: String) {\n  meetings(\n    consultationId: $consultationId\n    municipalityId: $municipalityId\n    includeChildren: $includeChildren\n    from: $from\n    to: $to\n    first: 100\n    after: $after\n  ) {\n    nodes {\n      ...MeetingFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsConsultation($id: ID!) {\n  consultation(id: $id) {\n    id\n    title\n    viewerCanManage\n    allowedActions\n    municipality {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query MeetingsConsultation($id: ID!) {\n  consultation(id: $id) {\n    id\n    title\n    viewerCanManage\n    allowedActions\n    municipality {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsMunicipality($id: ID!) {\n  municipalityById(id: $id) {\n    id\n    name\n  }\n}"): (typeof documents)["query MeetingsMunicipality($id: ID!) {\n  municipalityById(id: $id) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterForMeeting($meetingId: ID!) {\n  registerForMeeting(meetingId: $meetingId) {\n    ...MeetingDetailFields\n  }\n}"): (typeof documents)["mutation RegisterForMeeting($meetingId: ID!) {\n  registerForMeeting(meetingId: $meetingId) {\n    ...MeetingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetMeetingMinutes($input: SetMeetingMinutesInput!) {\n  setMeetingMinutes(input: $input) {\n    ...MeetingDetailFields\n  }\n}"): (typeof documents)["mutation SetMeetingMinutes($input: SetMeetingMinutesInput!) {\n  setMeetingMinutes(input: $input) {\n    ...MeetingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMeeting($input: UpdateMeetingInput!) {\n  updateMeeting(input: $input) {\n    ...MeetingDetailFields\n  }\n}"): (typeof documents)["mutation UpdateMeeting($input: UpdateMeetingInput!) {\n  updateMeeting(input: $input) {\n    ...MeetingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveContent($input: ModerationItemInput!) {\n  approveContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"): (typeof documents)["mutation ApproveContent($input: ModerationItemInput!) {\n  approveContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BlockUser($input: SanctionUserInput!) {\n  blockUser(input: $input) {\n    id\n    kind\n    endsAt\n  }\n}"): (typeof documents)["mutation BlockUser($input: SanctionUserInput!) {\n  blockUser(input: $input) {\n    id\n    kind\n    endsAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CategoryModerationSettings($id: ID!) {\n  forumCategoryById(id: $id) {\n    id\n    moderationSettings {\n      ...CategoryModerationSettingsFields\n    }\n  }\n}\n\nmutation SetCategoryModerationSettings($input: CategoryModerationSettingsInput!) {\n  setCategoryModerationSettings(input: $input) {\n    ...CategoryModerationSettingsFields\n  }\n}\n\nfragment CategoryModerationSettingsFields on CategoryModerationSettings {\n  categoryId\n  inherited\n  premoderation\n  premoderationAccountDays\n  premoderationApprovedPosts\n}"): (typeof documents)["query CategoryModerationSettings($id: ID!) {\n  forumCategoryById(id: $id) {\n    id\n    moderationSettings {\n      ...CategoryModerationSettingsFields\n    }\n  }\n}\n\nmutation SetCategoryModerationSettings($input: CategoryModerationSettingsInput!) {\n  setCategoryModerationSettings(input: $input) {\n    ...CategoryModerationSettingsFields\n  }\n}\n\nfragment CategoryModerationSettingsFields on CategoryModerationSettings {\n  categoryId\n  inherited\n  premoderation\n  premoderationAccountDays\n  premoderationApprovedPosts\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DismissFlags($input: ModerationItemInput!) {\n  dismissFlags(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"): (typeof documents)["mutation DismissFlags($input: ModerationItemInput!) {\n  dismissFlags(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditContent($input: EditContentInput!) {\n  editContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"): (typeof documents)["mutation EditContent($input: EditContentInput!) {\n  editContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FlagContent($input: FlagContentInput!) {\n  flagContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"): (typeof documents)["mutation FlagContent($input: FlagContentInput!) {\n  flagContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HideContent($input: HideContentInput!) {\n  hideContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"): (typeof documents)["mutation HideContent($input: HideContentInput!) {\n  hideContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationLog($first: Int!, $after: String, $municipalityId: ID) {\n  moderationLog(first: $first, after: $after, municipalityId: $municipalityId) {\n    nodes {\n      id\n      municipalityId\n      action\n      actorRole\n      itemKind\n      reason\n      createdAt\n      categoryName\n      settingsBefore {\n        ...LoggedModerationSettings\n      }\n      settingsAfter {\n        ...LoggedModerationSettings\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nfragment LoggedModerationSettings on LoggedModerationSettings {\n  flagThreshold\n  premoderation\n  premoderationAccountDays\n  premoderationApprovedPosts\n}"): (typeof documents)["query ModerationLog($first: Int!, $after: String, $municipalityId: ID) {\n  moderationLog(first: $first, after: $after, municipalityId: $municipalityId) {\n    nodes {\n      id\n      municipalityId\n      action\n      actorRole\n      itemKind\n      reason\n      createdAt\n      categoryName\n      settingsBefore {\n        ...LoggedModerationSettings\n      }\n      settingsAfter {\n        ...LoggedModerationSettings\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nfragment LoggedModerationSettings on LoggedModerationSettings {\n  flagThreshold\n  premoderation\n  premoderationAccountDays\n  premoderationApprovedPosts\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationQueue($first: Int!, $after: String) {\n  moderationQueue(first: $first, after: $after) {\n    nodes {\n      kind\n      itemId\n      municipalityId\n      state\n      openFlagCount\n      lastFlaggedAt\n      excerpt\n      hiddenReason\n      authorId\n      flags {\n        id\n        reason\n        note\n        createdAt\n      }\n      authorHistory {\n        hiddenCount\n        warningCount\n        blockCount\n        blockedUntil\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query ModerationQueue($first: Int!, $after: String) {\n  moderationQueue(first: $first, after: $after) {\n    nodes {\n      kind\n      itemId\n      municipalityId\n      state\n      openFlagCount\n      lastFlaggedAt\n      excerpt\n      hiddenReason\n      authorId\n      flags {\n        id\n        reason\n        note\n        createdAt\n      }\n      authorHistory {\n        hiddenCount\n        warningCount\n        blockCount\n        blockedUntil\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModeratedMunicipalities {\n  me {\n    id\n    roles {\n      id\n      municipality {\n        id\n        name\n        viewerCanConfigureModeration\n      }\n    }\n  }\n}\n\nquery ModerationSettings($id: ID!) {\n  moderationSettings(id: $id) {\n    ...ModerationSettingsFields\n  }\n}\n\nmutation SetModerationSettings($input: ModerationSettingsInput!) {\n  setModerationSettings(input: $input) {\n    ...ModerationSettingsFields\n  }\n}\n\nfragment ModerationSettingsFields on ModerationSettings {\n  municipalityId\n  flagThreshold\n  premoderation\n  premoderationAccountDays\n  premoderationApprovedPosts\n}"): (typeof documents)["query ModeratedMunicipalities {\n  me {\n    id\n    roles {\n      id\n      municipality {\n        id\n        name\n        viewerCanConfigureModeration\n      }\n    }\n  }\n}\n\nquery ModerationSettings($id: ID!) {\n  moderationSettings(id: $id) {\n    ...ModerationSettingsFields\n  }\n}\n\nmutation SetModerationSettings($input: ModerationSettingsInput!) {\n  setModerationSettings(input: $input) {\n    ...ModerationSettingsFields\n  }\n}\n\nfragment ModerationSettingsFields on ModerationSettings {\n  municipalityId\n  flagThreshold\n  premoderation\n  premoderationAccountDays\n  premoderationApprovedPosts\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveThread($input: MoveThreadInput!) {\n  moveThread(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"): (typeof documents)["mutation MoveThread($input: MoveThreadInput!) {\n  moveThread(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveContent($input: HideContentInput!) {\n  removeContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"): (typeof documents)["mutation RemoveContent($input: HideContentInput!) {\n  removeContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreContent($input: ModerationItemInput!) {\n  restoreContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"): (typeof documents)["mutation RestoreContent($input: ModerationItemInput!) {\n  restoreContent(input: $input) {\n    kind\n    itemId\n    state\n    hiddenReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnblockUser($input: SanctionUserInput!) {\n  unblockUser(input: $input)\n}"): (typeof documents)["mutation UnblockUser($input: SanctionUserInput!) {\n  unblockUser(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WarnUser($input: SanctionUserInput!) {\n  warnUser(input: $input) {\n    id\n    kind\n    endsAt\n  }\n}"): (typeof documents)["mutation WarnUser($input: SanctionUserInput!) {\n  warnUser(input: $input) {\n    id\n    kind\n    endsAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HomePage($first: Int!, $after: String) {\n  municipalities(topLevel: true, first: $first, after: $after) {\n    nodes {\n      id\n      name\n      slug\n      kind\n      childCount\n      children {\n        id\n        name\n        slug\n        kind\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n}"): (typeof documents)["query HomePage($first: Int!, $after: String) {\n  municipalities(topLevel: true, first: $first, after: $after) {\n    nodes {\n      id\n      name\n      slug\n      kind\n      childCount\n      children {\n        id\n        name\n        slug\n        kind\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchMunicipalities($search: String, $first: Int!) {\n  municipalities(search: $search, first: $first) {\n    nodes {\n      id\n      name\n      kind\n      parent {\n        id\n        name\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query SearchMunicipalities($search: String, $first: Int!) {\n  municipalities(search: $search, first: $first) {\n    nodes {\n      id\n      name\n      kind\n      parent {\n        id\n        name\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelNetworkMeeting($id: ID!) {\n  cancelNetworkMeeting(id: $id) {\n    ...NetworkMeetingFields\n  }\n}"): (typeof documents)["mutation CancelNetworkMeeting($id: ID!) {\n  cancelNetworkMeeting(id: $id) {\n    ...NetworkMeetingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateGoodPractice($input: CreateGoodPracticeInput!) {\n  createGoodPractice(input: $input) {\n    ...GoodPracticeSummaryFields\n  }\n}"): (typeof documents)["mutation CreateGoodPractice($input: CreateGoodPracticeInput!) {\n  createGoodPractice(input: $input) {\n    ...GoodPracticeSummaryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NetworkMeetingFields on NetworkMeeting {\n  id\n  number\n  date\n  status\n  agendaSource\n  agendaHtml\n  minutesSource\n  minutesHtml\n  viewerCanManage\n  host {\n    id\n    name\n  }\n  attendance {\n    id\n    name\n  }\n}\n\nfragment NetworkPageFields on Network {\n  id\n  name\n  kind\n  serviceAreaCode\n  municipalityKind\n  note\n  memberCount\n  indicatorsPublic\n  viewerCanManage\n  viewerCanManageCoordinators\n  viewerCanSeeDocuments\n  viewerCanManageDocuments\n  members {\n    position\n    municipality {\n      id\n      name\n      kind\n    }\n  }\n  coordinators {\n    user {\n      id\n      displayName\n    }\n  }\n  meetingPlan {\n    ...NetworkMeetingFields\n  }\n}\n\nfragment GoodPracticeSummaryFields on GoodPractice {\n  id\n  title\n  serviceAreaCode\n  costGrosze\n  reportCount\n  createdAt\n  municipality {\n    id\n    name\n  }\n  network {\n    id\n    name\n  }\n}"): (typeof documents)["fragment NetworkMeetingFields on NetworkMeeting {\n  id\n  number\n  date\n  status\n  agendaSource\n  agendaHtml\n  minutesSource\n  minutesHtml\n  viewerCanManage\n  host {\n    id\n    name\n  }\n  attendance {\n    id\n    name\n  }\n}\n\nfragment NetworkPageFields on Network {\n  id\n  name\n  kind\n  serviceAreaCode\n  municipalityKind\n  note\n  memberCount\n  indicatorsPublic\n  viewerCanManage\n  viewerCanManageCoordinators\n  viewerCanSeeDocuments\n  viewerCanManageDocuments\n  members {\n    position\n    municipality {\n      id\n      name\n      kind\n    }\n  }\n  coordinators {\n    user {\n      id\n      displayName\n    }\n  }\n  meetingPlan {\n    ...NetworkMeetingFields\n  }\n}\n\nfragment GoodPracticeSummaryFields on GoodPractice {\n  id\n  title\n  serviceAreaCode\n  costGrosze\n  reportCount\n  createdAt\n  municipality {\n    id\n    name\n  }\n  network {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GenerateMeetingPlan($input: GenerateMeetingPlanInput!) {\n  generateMeetingPlan(input: $input) {\n    ...NetworkMeetingFields\n  }\n}"): (typeof documents)["mutation GenerateMeetingPlan($input: GenerateMeetingPlanInput!) {\n  generateMeetingPlan(input: $input) {\n    ...NetworkMeetingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GoodPractice($id: ID!) {\n  goodPractice(id: $id) {\n    ...GoodPracticeSummaryFields\n    problemHtml\n    solutionHtml\n    resultsHtml\n    contact\n    threadId\n    reports {\n      id\n      outcome\n      triedOn\n      municipality {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query GoodPractice($id: ID!) {\n  goodPractice(id: $id) {\n    ...GoodPracticeSummaryFields\n    problemHtml\n    solutionHtml\n    resultsHtml\n    contact\n    threadId\n    reports {\n      id\n      outcome\n      triedOn\n      municipality {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GoodPractices($query: String, $first: Int, $after: String, $serviceAreaCode: ServiceAreaCode) {\n  goodPractices(\n    query: $query\n    first: $first\n    after: $after\n    serviceAreaCode: $serviceAreaCode\n  ) {\n    nodes {\n      ...GoodPracticeSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query GoodPractices($query: String, $first: Int, $after: String, $serviceAreaCode: ServiceAreaCode) {\n  goodPractices(\n    query: $query\n    first: $first\n    after: $after\n    serviceAreaCode: $serviceAreaCode\n  ) {\n    nodes {\n      ...GoodPracticeSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Network($id: ID!) {\n  network(id: $id) {\n    ...NetworkPageFields\n  }\n}"): (typeof documents)["query Network($id: ID!) {\n  network(id: $id) {\n    ...NetworkPageFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddNetworkCoordinator($networkId: ID!, $handle: String, $email: String) {\n  addNetworkCoordinator(networkId: $networkId, handle: $handle, email: $email) {\n    ...NetworkPageFields\n  }\n}\n\nmutation RemoveNetworkCoordinator($networkId: ID!, $userId: ID!) {\n  removeNetworkCoordinator(networkId: $networkId, userId: $userId) {\n    ...NetworkPageFields\n  }\n}"): (typeof documents)["mutation AddNetworkCoordinator($networkId: ID!, $handle: String, $email: String) {\n  addNetworkCoordinator(networkId: $networkId, handle: $handle, email: $email) {\n    ...NetworkPageFields\n  }\n}\n\nmutation RemoveNetworkCoordinator($networkId: ID!, $userId: ID!) {\n  removeNetworkCoordinator(networkId: $networkId, userId: $userId) {\n    ...NetworkPageFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NetworkDocuments($networkId: ID!, $after: String) {\n  networkDocuments(networkId: $networkId, first: 20, after: $after) {\n    nodes {\n      ...DocumentFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query NetworkDocuments($networkId: ID!, $after: String) {\n  networkDocuments(networkId: $networkId, first: 20, after: $after) {\n    nodes {\n      ...DocumentFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddNetworkMember($networkId: ID!, $municipalityId: ID!) {\n  addNetworkMember(networkId: $networkId, municipalityId: $municipalityId) {\n    ...NetworkPageFields\n  }\n}\n\nmutation RemoveNetworkMember($networkId: ID!, $municipalityId: ID!) {\n  removeNetworkMember(networkId: $networkId, municipalityId: $municipalityId) {\n    ...NetworkPageFields\n  }\n}"): (typeof documents)["mutation AddNetworkMember($networkId: ID!, $municipalityId: ID!) {\n  addNetworkMember(networkId: $networkId, municipalityId: $municipalityId) {\n    ...NetworkPageFields\n  }\n}\n\nmutation RemoveNetworkMember($networkId: ID!, $municipalityId: ID!) {\n  removeNetworkMember(networkId: $networkId, municipalityId: $municipalityId) {\n    ...NetworkPageFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Networks($first: Int, $after: String, $kind: NetworkKind) {\n  networks(first: $first, after: $after, kind: $kind) {\n    nodes {\n      id\n      name\n      kind\n      serviceAreaCode\n      municipalityKind\n      memberCount\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query Networks($first: Int, $after: String, $kind: NetworkKind) {\n  networks(first: $first, after: $after, kind: $kind) {\n    nodes {\n      id\n      name\n      kind\n      serviceAreaCode\n      municipalityKind\n      memberCount\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportGoodPracticeTried($input: ReportPracticeTriedInput!) {\n  reportGoodPracticeTried(input: $input) {\n    id\n    outcome\n    triedOn\n    municipality {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["mutation ReportGoodPracticeTried($input: ReportPracticeTriedInput!) {\n  reportGoodPracticeTried(input: $input) {\n    id\n    outcome\n    triedOn\n    municipality {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetNetworkIndicatorsPublic($networkId: ID!, $indicatorsPublic: Boolean!) {\n  setNetworkIndicatorsPublic(\n    networkId: $networkId\n    indicatorsPublic: $indicatorsPublic\n  ) {\n    id\n    indicatorsPublic\n  }\n}"): (typeof documents)["mutation SetNetworkIndicatorsPublic($networkId: ID!, $indicatorsPublic: Boolean!) {\n  setNetworkIndicatorsPublic(\n    networkId: $networkId\n    indicatorsPublic: $indicatorsPublic\n  ) {\n    id\n    indicatorsPublic\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetNetworkMeetingAttendance($input: NetworkMeetingAttendanceInput!) {\n  setNetworkMeetingAttendance(input: $input) {\n    ...NetworkMeetingFields\n  }\n}"): (typeof documents)["mutation SetNetworkMeetingAttendance($input: NetworkMeetingAttendanceInput!) {\n  setNetworkMeetingAttendance(input: $input) {\n    ...NetworkMeetingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetNetworkMeetingMinutes($input: NetworkMeetingMinutesInput!) {\n  setNetworkMeetingMinutes(input: $input) {\n    ...NetworkMeetingFields\n  }\n}"): (typeof documents)["mutation SetNetworkMeetingMinutes($input: NetworkMeetingMinutesInput!) {\n  setNetworkMeetingMinutes(input: $input) {\n    ...NetworkMeetingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNetworkMeeting($input: UpdateNetworkMeetingInput!) {\n  updateNetworkMeeting(input: $input) {\n    ...NetworkMeetingFields\n  }\n}"): (typeof documents)["mutation UpdateNetworkMeeting($input: UpdateNetworkMeetingInput!) {\n  updateNetworkMeeting(input: $input) {\n    ...NetworkMeetingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAccount($input: DeleteAccountInput!) {\n  deleteAccount(input: $input)\n}"): (typeof documents)["mutation DeleteAccount($input: DeleteAccountInput!) {\n  deleteAccount(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowThread($threadId: ID!) {\n  followThread(threadId: $threadId)\n}"): (typeof documents)["mutation FollowThread($threadId: ID!) {\n  followThread(threadId: $threadId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}"): (typeof documents)["mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($ids: [ID!]!) {\n  markNotificationsRead(ids: $ids)\n}"): (typeof documents)["mutation MarkNotificationsRead($ids: [ID!]!) {\n  markNotificationsRead(ids: $ids)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyData {\n  myData\n}"): (typeof documents)["query MyData {\n  myData\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationSettings {\n  notificationSettings {\n    type\n    delivery\n    customised\n  }\n}"): (typeof documents)["query NotificationSettings {\n  notificationSettings {\n    type\n    delivery\n    customised\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationUnreadCount {\n  notificationUnreadCount\n}"): (typeof documents)["query NotificationUnreadCount {\n  notificationUnreadCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($first: Int!, $after: String) {\n  notifications(first: $first, after: $after) {\n    nodes {\n      id\n      type\n      title\n      path\n      createdAt\n      readAt\n      actor {\n        id\n        displayName\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    unreadCount\n  }\n}"): (typeof documents)["query Notifications($first: Int!, $after: String) {\n  notifications(first: $first, after: $after) {\n    nodes {\n      id\n      type\n      title\n      path\n      createdAt\n      readAt\n      actor {\n        id\n        displayName\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    unreadCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}"): (typeof documents)["mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}"): (typeof documents)["mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetNotificationSetting($input: SetNotificationSettingInput!) {\n  setNotificationSetting(input: $input) {\n    type\n    delivery\n    customised\n  }\n}"): (typeof documents)["mutation SetNotificationSetting($input: SetNotificationSettingInput!) {\n  setNotificationSetting(input: $input) {\n    type\n    delivery\n    customised\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadFollow($id: ID!) {\n  forumThread(id: $id) {\n    id\n    viewerFollows\n  }\n}"): (typeof documents)["query ThreadFollow($id: ID!) {\n  forumThread(id: $id) {\n    id\n    viewerFollows\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnfollowThread($threadId: ID!) {\n  unfollowThread(threadId: $threadId)\n}"): (typeof documents)["mutation UnfollowThread($threadId: ID!) {\n  unfollowThread(threadId: $threadId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptOrganisationInvitation($id: ID!) {\n  acceptOrganisationInvitation(id: $id) {\n    ...MyInvitation\n  }\n}\n\nmutation DeclineOrganisationInvitation($id: ID!) {\n  declineOrganisationInvitation(id: $id) {\n    ...MyInvitation\n  }\n}"): (typeof documents)["mutation AcceptOrganisationInvitation($id: ID!) {\n  acceptOrganisationInvitation(id: $id) {\n    ...MyInvitation\n  }\n}\n\nmutation DeclineOrganisationInvitation($id: ID!) {\n  declineOrganisationInvitation(id: $id) {\n    ...MyInvitation\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganisation($input: OrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationDetails\n  }\n}"): (typeof documents)["mutation CreateOrganisation($input: OrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganisationBadge on Organisation {\n  id\n  name\n  verified\n}\n\nfragment OrganisationDetails on Organisation {\n  id\n  name\n  krs\n  descriptionHtml\n  website\n  verified\n  verifiedAt\n  memberCount\n  viewerRole\n  viewerCanManage\n  viewerCanVerify\n  verifiedBy {\n    id\n    displayName\n  }\n  municipalities {\n    id\n    name\n  }\n}\n\nfragment OrganisationMemberFields on OrganisationMember {\n  role\n  joinedAt\n  user {\n    id\n    displayName\n    handle\n  }\n}\n\nfragment MyInvitation on OrganisationInvitation {\n  id\n  status\n  createdAt\n  organisation {\n    ...OrganisationBadge\n  }\n  invitedBy {\n    id\n    displayName\n  }\n}"): (typeof documents)["fragment OrganisationBadge on Organisation {\n  id\n  name\n  verified\n}\n\nfragment OrganisationDetails on Organisation {\n  id\n  name\n  krs\n  descriptionHtml\n  website\n  verified\n  verifiedAt\n  memberCount\n  viewerRole\n  viewerCanManage\n  viewerCanVerify\n  verifiedBy {\n    id\n    displayName\n  }\n  municipalities {\n    id\n    name\n  }\n}\n\nfragment OrganisationMemberFields on OrganisationMember {\n  role\n  joinedAt\n  user {\n    id\n    displayName\n    handle\n  }\n}\n\nfragment MyInvitation on OrganisationInvitation {\n  id\n  status\n  createdAt\n  organisation {\n    ...OrganisationBadge\n  }\n  invitedBy {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteToOrganisation($input: InviteMemberInput!) {\n  inviteToOrganisation(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation InviteToOrganisation($input: InviteMemberInput!) {\n  inviteToOrganisation(input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveOrganisationMember($organisationId: ID!, $userId: ID!) {\n  removeOrganisationMember(organisationId: $organisationId, userId: $userId) {\n    ...OrganisationDetails\n  }\n}\n\nmutation TransferOrganisationOwnership($organisationId: ID!, $userId: ID!) {\n  transferOrganisationOwnership(organisationId: $organisationId, userId: $userId) {\n    ...OrganisationDetails\n  }\n}\n\nmutation SetOrganisationVerified($id: ID!, $verified: Boolean!) {\n  setOrganisationVerified(id: $id, verified: $verified) {\n    ...OrganisationDetails\n  }\n}"): (typeof documents)["mutation RemoveOrganisationMember($organisationId: ID!, $userId: ID!) {\n  removeOrganisationMember(organisationId: $organisationId, userId: $userId) {\n    ...OrganisationDetails\n  }\n}\n\nmutation TransferOrganisationOwnership($organisationId: ID!, $userId: ID!) {\n  transferOrganisationOwnership(organisationId: $organisationId, userId: $userId) {\n    ...OrganisationDetails\n  }\n}\n\nmutation SetOrganisationVerified($id: ID!, $verified: Boolean!) {\n  setOrganisationVerified(id: $id, verified: $verified) {\n    ...OrganisationDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOrganisationInvitations($first: Int!, $after: String) {\n  myOrganisationInvitations(first: $first, after: $after) {\n    nodes {\n      ...MyInvitation\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query MyOrganisationInvitations($first: Int!, $after: String) {\n  myOrganisationInvitations(first: $first, after: $after) {\n    nodes {\n      ...MyInvitation\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOrganisations {\n  myOrganisations(first: 100) {\n    nodes {\n      ...OrganisationBadge\n    }\n  }\n}"): (typeof documents)["query MyOrganisations {\n  myOrganisations(first: 100) {\n    nodes {\n      ...OrganisationBadge\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisation($id: ID!, $first: Int!, $after: String) {\n  organisation(id: $id) {\n    ...OrganisationDetails\n    members(first: $first, after: $after) {\n      nodes {\n        ...OrganisationMemberFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    pendingInvitations(first: 50) {\n      nodes {\n        id\n        inviteeEmail\n        invitee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Organisation($id: ID!, $first: Int!, $after: String) {\n  organisation(id: $id) {\n    ...OrganisationDetails\n    members(first: $first, after: $after) {\n      nodes {\n        ...OrganisationMemberFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    pendingInvitations(first: 50) {\n      nodes {\n        id\n        inviteeEmail\n        invitee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisations($first: Int!, $after: String, $municipalityId: ID, $search: String) {\n  organisations(\n    first: $first\n    after: $after\n    municipalityId: $municipalityId\n    search: $search\n  ) {\n    nodes {\n      ...OrganisationBadge\n      memberCount\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query Organisations($first: Int!, $after: String, $municipalityId: ID, $search: String) {\n  organisations(\n    first: $first\n    after: $after\n    municipalityId: $municipalityId\n    search: $search\n  ) {\n    nodes {\n      ...OrganisationBadge\n      memberCount\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptProblemTreeNode($id: ID!) {\n  acceptProblemTreeNode(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}"): (typeof documents)["mutation AcceptProblemTreeNode($id: ID!) {\n  acceptProblemTreeNode(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddProblemTreeEvidence($input: AddProblemTreeEvidenceInput!) {\n  addProblemTreeEvidence(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}"): (typeof documents)["mutation AddProblemTreeEvidence($input: AddProblemTreeEvidenceInput!) {\n  addProblemTreeEvidence(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddProblemTreeNode($input: AddProblemTreeNodeInput!) {\n  addProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}"): (typeof documents)["mutation AddProblemTreeNode($input: AddProblemTreeNodeInput!) {\n  addProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProblemTree($input: CreateProblemTreeInput!) {\n  createProblemTree(input: $input) {\n    ...ProblemTreeFields\n  }\n}"): (typeof documents)["mutation CreateProblemTree($input: CreateProblemTreeInput!) {\n  createProblemTree(input: $input) {\n    ...ProblemTreeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteProblemTreeNode($input: DeleteProblemTreeNodeInput!) {\n  deleteProblemTreeNode(input: $input)\n}"): (typeof documents)["mutation DeleteProblemTreeNode($input: DeleteProblemTreeNodeInput!) {\n  deleteProblemTreeNode(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditObjectiveNode($input: EditObjectiveNodeInput!) {\n  editObjectiveNode(input: $input) {\n    ...ObjectiveNodeFields\n  }\n}"): (typeof documents)["mutation EditObjectiveNode($input: EditObjectiveNodeInput!) {\n  editObjectiveNode(input: $input) {\n    ...ObjectiveNodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditProblemTreeNode($input: EditProblemTreeNodeInput!) {\n  editProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}"): (typeof documents)["mutation EditProblemTreeNode($input: EditProblemTreeNodeInput!) {\n  editProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProblemTreeServiceArea on ServiceArea {\n  code\n  namePl\n  nameEn\n}\n\nfragment ProblemTreeNodeFields on ProblemTreeNode {\n  id\n  treeId\n  kind\n  parentId\n  position\n  text\n  descriptionHtml\n  descriptionSource\n  hiddenReason\n  status\n  rejectionReason\n  version\n  supportCount\n  viewerHasSupported\n  viewerCanSanction\n  createdAt\n  updatedAt\n  author {\n    id\n    displayName\n  }\n  evidence {\n    id\n    post {\n      id\n      threadId\n      number\n    }\n    document {\n      id\n      title\n      url\n    }\n  }\n  discussionThread {\n    id\n  }\n}\n\nfragment ObjectiveNodeFields on ObjectiveNode {\n  id\n  sourceNodeId\n  kind\n  parentId\n  text\n  version\n  priority\n  serviceArea {\n    ...ProblemTreeServiceArea\n  }\n}\n\nfragment ProblemTreeFields on ProblemTree {\n  id\n  consultationId\n  municipalityId\n  title\n  joinCode\n  lastSeq\n  viewerCanSuggest\n  viewerCanEdit\n  viewerCanModerate\n  createdAt\n  nodes {\n    ...ProblemTreeNodeFields\n  }\n  objectives {\n    ...ObjectiveNodeFields\n  }\n  priorityServiceAreas {\n    ...ProblemTreeServiceArea\n  }\n}"): (typeof documents)["fragment ProblemTreeServiceArea on ServiceArea {\n  code\n  namePl\n  nameEn\n}\n\nfragment ProblemTreeNodeFields on ProblemTreeNode {\n  id\n  treeId\n  kind\n  parentId\n  position\n  text\n  descriptionHtml\n  descriptionSource\n  hiddenReason\n  status\n  rejectionReason\n  version\n  supportCount\n  viewerHasSupported\n  viewerCanSanction\n  createdAt\n  updatedAt\n  author {\n    id\n    displayName\n  }\n  evidence {\n    id\n    post {\n      id\n      threadId\n      number\n    }\n    document {\n      id\n      title\n      url\n    }\n  }\n  discussionThread {\n    id\n  }\n}\n\nfragment ObjectiveNodeFields on ObjectiveNode {\n  id\n  sourceNodeId\n  kind\n  parentId\n  text\n  version\n  priority\n  serviceArea {\n    ...ProblemTreeServiceArea\n  }\n}\n\nfragment ProblemTreeFields on ProblemTree {\n  id\n  consultationId\n  municipalityId\n  title\n  joinCode\n  lastSeq\n  viewerCanSuggest\n  viewerCanEdit\n  viewerCanModerate\n  createdAt\n  nodes {\n    ...ProblemTreeNodeFields\n  }\n  objectives {\n    ...ObjectiveNodeFields\n  }\n  priorityServiceAreas {\n    ...ProblemTreeServiceArea\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GenerateObjectivesTree($treeId: ID!) {\n  generateObjectivesTree(treeId: $treeId) {\n    ...ProblemTreeFields\n  }\n}"): (typeof documents)["mutation GenerateObjectivesTree($treeId: ID!) {\n  generateObjectivesTree(treeId: $treeId) {\n    ...ProblemTreeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveProblemTreeNode($input: MoveProblemTreeNodeInput!) {\n  moveProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}"): (typeof documents)["mutation MoveProblemTreeNode($input: MoveProblemTreeNodeInput!) {\n  moveProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProblemTreeByJoinCode($code: String!) {\n  problemTreeByJoinCode(code: $code) {\n    ...ProblemTreeFields\n  }\n}"): (typeof documents)["query ProblemTreeByJoinCode($code: String!) {\n  problemTreeByJoinCode(code: $code) {\n    ...ProblemTreeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProblemTreeEvents($treeId: ID!, $afterSeq: Int!) {\n  problemTreeEvents(treeId: $treeId, afterSeq: $afterSeq) {\n    seq\n    payload\n  }\n}"): (typeof documents)["query ProblemTreeEvents($treeId: ID!, $afterSeq: Int!) {\n  problemTreeEvents(treeId: $treeId, afterSeq: $afterSeq) {\n    seq\n    payload\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProblemTreeForConsultation($consultationId: ID!) {\n  problemTreeForConsultation(consultationId: $consultationId) {\n    ...ProblemTreeFields\n  }\n}"): (typeof documents)["query ProblemTreeForConsultation($consultationId: ID!) {\n  problemTreeForConsultation(consultationId: $consultationId) {\n    ...ProblemTreeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectProblemTreeNode($input: RejectProblemTreeNodeInput!) {\n  rejectProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}"): (typeof documents)["mutation RejectProblemTreeNode($input: RejectProblemTreeNodeInput!) {\n  rejectProblemTreeNode(input: $input) {\n    ...ProblemTreeNodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveProblemTreeEvidence($id: ID!) {\n  removeProblemTreeEvidence(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}"): (typeof documents)["mutation RemoveProblemTreeEvidence($id: ID!) {\n  removeProblemTreeEvidence(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplyToProblemTreeNode($input: ReplyToProblemTreeNodeInput!) {\n  replyToProblemTreeNode(input: $input) {\n    ...ForumPostFields\n  }\n}"): (typeof documents)["mutation ReplyToProblemTreeNode($input: ReplyToProblemTreeNodeInput!) {\n  replyToProblemTreeNode(input: $input) {\n    ...ForumPostFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportProblemTreeNode($id: ID!) {\n  supportProblemTreeNode(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}"): (typeof documents)["mutation SupportProblemTreeNode($id: ID!) {\n  supportProblemTreeNode(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawProblemTreeNodeSupport($id: ID!) {\n  withdrawProblemTreeNodeSupport(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}"): (typeof documents)["mutation WithdrawProblemTreeNodeSupport($id: ID!) {\n  withdrawProblemTreeNodeSupport(id: $id) {\n    ...ProblemTreeNodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogoutEverywhere {\n  logoutEverywhere\n}"): (typeof documents)["mutation LogoutEverywhere {\n  logoutEverywhere\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySessions {\n  mySessions {\n    id\n    current\n    createdAt\n    lastSeenAt\n    expiresAt\n    ip\n    userAgent\n  }\n}"): (typeof documents)["query MySessions {\n  mySessions {\n    id\n    current\n    createdAt\n    lastSeenAt\n    expiresAt\n    ip\n    userAgent\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...CurrentAccount\n  }\n}"): (typeof documents)["mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...CurrentAccount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}"): (typeof documents)["mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttachProposalDocuments($input: AttachProposalDocumentsInput!) {\n  attachProposalDocuments(input: $input) {\n    ...ProposalDetails\n  }\n}"): (typeof documents)["mutation AttachProposalDocuments($input: AttachProposalDocumentsInput!) {\n  attachProposalDocuments(input: $input) {\n    ...ProposalDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditProposal($input: EditProposalInput!) {\n  editProposal(input: $input) {\n    ...ProposalDetails\n  }\n}"): (typeof documents)["mutation EditProposal($input: EditProposalInput!) {\n  editProposal(input: $input) {\n    ...ProposalDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProposalSummary on Proposal {\n  id\n  number\n  consultationId\n  title\n  hiddenReason\n  status\n  supportCount\n  viewerHasSupported\n  costEstimatePln\n  createdAt\n  editedAt\n  serviceArea {\n    code\n    namePl\n    nameEn\n  }\n  author {\n    id\n    displayName\n  }\n}\n\nfragment ProposalDetails on Proposal {\n  ...ProposalSummary\n  organisation {\n    ...OrganisationBadge\n  }\n  bodyHtml\n  bodySource\n  officialAnswerHtml\n  officialAnswerAt\n  viewerCanEdit\n  viewerCanWithdraw\n  viewerCanReview\n  viewerCanSupport\n  viewerCanManageAttachments\n  viewerCanModerate\n  viewerCanSanction\n  history {\n    id\n    status\n    previousStatus\n    reason\n    at\n    automatic\n    actor {\n      id\n      displayName\n    }\n  }\n  revisions {\n    title\n    bodyHtml\n    editedAt\n  }\n  attachments {\n    ...DocumentFields\n  }\n  discussionThread {\n    id\n  }\n}"): (typeof documents)["fragment ProposalSummary on Proposal {\n  id\n  number\n  consultationId\n  title\n  hiddenReason\n  status\n  supportCount\n  viewerHasSupported\n  costEstimatePln\n  createdAt\n  editedAt\n  serviceArea {\n    code\n    namePl\n    nameEn\n  }\n  author {\n    id\n    displayName\n  }\n}\n\nfragment ProposalDetails on Proposal {\n  ...ProposalSummary\n  organisation {\n    ...OrganisationBadge\n  }\n  bodyHtml\n  bodySource\n  officialAnswerHtml\n  officialAnswerAt\n  viewerCanEdit\n  viewerCanWithdraw\n  viewerCanReview\n  viewerCanSupport\n  viewerCanManageAttachments\n  viewerCanModerate\n  viewerCanSanction\n  history {\n    id\n    status\n    previousStatus\n    reason\n    at\n    automatic\n    actor {\n      id\n      displayName\n    }\n  }\n  revisions {\n    title\n    bodyHtml\n    editedAt\n  }\n  attachments {\n    ...DocumentFields\n  }\n  discussionThread {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Proposal($id: ID!) {\n  proposal(id: $id) {\n    ...ProposalDetails\n    consultation {\n      id\n      title\n      municipality {\n        id\n      }\n      seq\n      allowedActions\n      viewerCanManage\n    }\n  }\n}"): (typeof documents)["query Proposal($id: ID!) {\n  proposal(id: $id) {\n    ...ProposalDetails\n    consultation {\n      id\n      title\n      municipality {\n        id\n      }\n      seq\n      allowedActions\n      viewerCanManage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Proposals($consultationId: ID!, $status: ProposalStatus, $serviceArea: ServiceAreaCode, $sort: ProposalSort, $seed: String, $search: String, $after: String) {\n  proposals(\n    consultationId: $consultationId\n    status: $status\n    serviceArea: $serviceArea\n    sort: $sort\n    seed: $seed\n    search: $search\n    first: 20\n    after: $after\n  ) {\n    nodes {\n      ...ProposalSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    totalCount\n  }\n}"): (typeof documents)["query Proposals($consultationId: ID!, $status: ProposalStatus, $serviceArea: ServiceAreaCode, $sort: ProposalSort, $seed: String, $search: String, $after: String) {\n  proposals(\n    consultationId: $consultationId\n    status: $status\n    serviceArea: $serviceArea\n    sort: $sort\n    seed: $seed\n    search: $search\n    first: 20\n    after: $after\n  ) {\n    nodes {\n      ...ProposalSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProposalsConsultation($id: ID!) {\n  consultation(id: $id) {\n    id\n    proposalSupportThreshold\n  }\n}"): (typeof documents)["query ProposalsConsultation($id: ID!) {\n  consultation(id: $id) {\n    id\n    proposalSupportThreshold\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveProposalAttachment($proposalId: ID!, $documentId: ID!) {\n  removeProposalAttachment(proposalId: $proposalId, documentId: $documentId) {\n    ...ProposalDetails\n  }\n}"): (typeof documents)["mutation RemoveProposalAttachment($proposalId: ID!, $documentId: ID!) {\n  removeProposalAttachment(proposalId: $proposalId, documentId: $documentId) {\n    ...ProposalDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplyToProposal($input: ReplyToProposalInput!) {\n  replyToProposal(input: $input) {\n    ...ForumPostFields\n  }\n}"): (typeof documents)["mutation ReplyToProposal($input: ReplyToProposalInput!) {\n  replyToProposal(input: $input) {\n    ...ForumPostFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewProposal($input: ReviewProposalInput!) {\n  reviewProposal(input: $input) {\n    ...ProposalDetails\n  }\n}"): (typeof documents)["mutation ReviewProposal($input: ReviewProposalInput!) {\n  reviewProposal(input: $input) {\n    ...ProposalDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetProposalSupportThreshold($consultationId: ID!, $threshold: Int) {\n  setProposalSupportThreshold(\n    consultationId: $consultationId\n    threshold: $threshold\n  ) {\n    id\n    proposalSupportThreshold\n  }\n}"): (typeof documents)["mutation SetProposalSupportThreshold($consultationId: ID!, $threshold: Int) {\n  setProposalSupportThreshold(\n    consultationId: $consultationId\n    threshold: $threshold\n  ) {\n    id\n    proposalSupportThreshold\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitProposal($input: SubmitProposalInput!) {\n  submitProposal(input: $input) {\n    ...ProposalSummary\n  }\n}"): (typeof documents)["mutation SubmitProposal($input: SubmitProposalInput!) {\n  submitProposal(input: $input) {\n    ...ProposalSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportProposal($id: ID!) {\n  supportProposal(id: $id) {\n    id\n    supportCount\n    viewerHasSupported\n    viewerCanSupport\n    status\n  }\n}"): (typeof documents)["mutation SupportProposal($id: ID!) {\n  supportProposal(id: $id) {\n    id\n    supportCount\n    viewerHasSupported\n    viewerCanSupport\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawProposal($id: ID!) {\n  withdrawProposal(id: $id) {\n    ...ProposalDetails\n  }\n}"): (typeof documents)["mutation WithdrawProposal($id: ID!) {\n  withdrawProposal(id: $id) {\n    ...ProposalDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawProposalSupport($id: ID!) {\n  withdrawProposalSupport(id: $id) {\n    id\n    supportCount\n    viewerHasSupported\n    viewerCanSupport\n    status\n  }\n}"): (typeof documents)["mutation WithdrawProposalSupport($id: ID!) {\n  withdrawProposalSupport(id: $id) {\n    id\n    supportCount\n    viewerHasSupported\n    viewerCanSupport\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsultationReport($consultationId: ID!) {\n  consultationReport(consultationId: $consultationId) {\n    ...ConsultationReportFields\n  }\n}"): (typeof documents)["query ConsultationReport($consultationId: ID!) {\n  consultationReport(consultationId: $consultationId) {\n    ...ConsultationReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReportPhaseFiguresFields on ReportPhaseFigures {\n  kind\n  startsOn\n  endsOn\n  people\n  discussionPosts\n  paragraphComments\n  officialAnswers\n  meetings\n  registrations\n  proposals\n  votes\n}\n\nfragment ConsultationReportFields on ConsultationReport {\n  id\n  consultationId\n  version\n  generatedAt\n  generatedBy {\n    id\n    displayName\n  }\n  phases {\n    ...ReportPhaseFiguresFields\n  }\n  totals {\n    people\n    discussionPosts\n    paragraphComments\n    answeredComments\n    unansweredComments\n    officialAnswers\n    meetings\n    meetingsWithMinutes\n    registrations\n    waitingList\n    documents\n    draftVersions\n    proposals\n    votes\n  }\n  drafts {\n    draftId\n    version\n    title\n    paragraphCount\n    commentCount\n  }\n  comments {\n    postId\n    draftVersion\n    paragraphNumber\n    paragraphSource\n    number\n    authorName\n    bodyHtml\n    createdAt\n    answers {\n      postId\n      authorName\n      bodyHtml\n      createdAt\n    }\n  }\n  meetings {\n    meetingId\n    kind\n    title\n    startsAt\n    endsAt\n    address\n    onlineUrl\n    capacity\n    registered\n    waiting\n    cancelled\n    minutesHtml\n  }\n  documents {\n    documentId\n    title\n    fileName\n    sizeBytes\n  }\n}"): (typeof documents)["fragment ReportPhaseFiguresFields on ReportPhaseFigures {\n  kind\n  startsOn\n  endsOn\n  people\n  discussionPosts\n  paragraphComments\n  officialAnswers\n  meetings\n  registrations\n  proposals\n  votes\n}\n\nfragment ConsultationReportFields on ConsultationReport {\n  id\n  consultationId\n  version\n  generatedAt\n  generatedBy {\n    id\n    displayName\n  }\n  phases {\n    ...ReportPhaseFiguresFields\n  }\n  totals {\n    people\n    discussionPosts\n    paragraphComments\n    answeredComments\n    unansweredComments\n    officialAnswers\n    meetings\n    meetingsWithMinutes\n    registrations\n    waitingList\n    documents\n    draftVersions\n    proposals\n    votes\n  }\n  drafts {\n    draftId\n    version\n    title\n    paragraphCount\n    commentCount\n  }\n  comments {\n    postId\n    draftVersion\n    paragraphNumber\n    paragraphSource\n    number\n    authorName\n    bodyHtml\n    createdAt\n    answers {\n      postId\n      authorName\n      bodyHtml\n      createdAt\n    }\n  }\n  meetings {\n    meetingId\n    kind\n    title\n    startsAt\n    endsAt\n    address\n    onlineUrl\n    capacity\n    registered\n    waiting\n    cancelled\n    minutesHtml\n  }\n  documents {\n    documentId\n    title\n    fileName\n    sizeBytes\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GenerateConsultationReport($consultationId: ID!) {\n  generateConsultationReport(consultationId: $consultationId) {\n    ...ConsultationReportFields\n  }\n}"): (typeof documents)["mutation GenerateConsultationReport($consultationId: ID!) {\n  generateConsultationReport(consultationId: $consultationId) {\n    ...ConsultationReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSurvey($input: CreateSurveyInput!) {\n  createSurvey(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation CreateSurvey($input: CreateSurveyInput!) {\n  createSurvey(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishSurvey($id: ID!) {\n  publishSurvey(id: $id) {\n    id\n    publishedAt\n    isOpen\n  }\n}"): (typeof documents)["mutation PublishSurvey($id: ID!) {\n  publishSurvey(id: $id) {\n    id\n    publishedAt\n    isOpen\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishSurveyAsIndicator($surveyId: ID!, $year: Int!) {\n  publishSurveyAsIndicator(surveyId: $surveyId, year: $year) {\n    serviceArea\n    indicatorCode\n    year\n    value\n  }\n}"): (typeof documents)["mutation PublishSurveyAsIndicator($surveyId: ID!, $year: Int!) {\n  publishSurveyAsIndicator(surveyId: $surveyId, year: $year) {\n    serviceArea\n    indicatorCode\n    year\n    value\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n  submitSurveyResponse(input: $input)\n}"): (typeof documents)["mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n  submitSurveyResponse(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Survey($id: ID!) {\n  survey(id: $id) {\n    id\n    title\n    description\n    municipalityName\n    access\n    isOpen\n    opensAt\n    closesAt\n    publishedAt\n    responseCount\n    codeCount\n    usedCodeCount\n    viewerCanManage\n    viewerHasAnswered\n    questions {\n      id\n      position\n      kind\n      text\n      required\n      options\n      showIfPosition\n      showIfAnswer\n    }\n  }\n}"): (typeof documents)["query Survey($id: ID!) {\n  survey(id: $id) {\n    id\n    title\n    description\n    municipalityName\n    access\n    isOpen\n    opensAt\n    closesAt\n    publishedAt\n    responseCount\n    codeCount\n    usedCodeCount\n    viewerCanManage\n    viewerHasAnswered\n    questions {\n      id\n      position\n      kind\n      text\n      required\n      options\n      showIfPosition\n      showIfAnswer\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveyResults($id: ID!) {\n  surveyResults(id: $id) {\n    surveyId\n    responseCount\n    questions {\n      question {\n        id\n        position\n        kind\n        text\n        options\n      }\n      answered\n      counts\n      mean\n      openAnswers {\n        responseId\n        text\n        hidden\n      }\n    }\n  }\n}"): (typeof documents)["query SurveyResults($id: ID!) {\n  surveyResults(id: $id) {\n    surveyId\n    responseCount\n    questions {\n      question {\n        id\n        position\n        kind\n        text\n        options\n      }\n      answered\n      counts\n      mean\n      openAnswers {\n        responseId\n        text\n        hidden\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;