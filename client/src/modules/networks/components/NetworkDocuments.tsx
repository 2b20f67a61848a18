import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NetworkDocumentsDocument, type NetworkPageFieldsFragment } from '../../../gql/graphql';
import { DocumentTable } from '../../documents/components/DocumentsTab';
import { DocumentUploadForm } from '../../documents/components/DocumentUploadForm';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';

type Network = Pick<NetworkPageFieldsFragment, 'id' | 'viewerCanSeeDocuments' | 'viewerCanManageDocuments'>;

/**
 * The network's documents, newest first, downloadable by whoever may see
 * them; its coordinators upload, rename and remove them. An internal
 * network's are kept to those inside it, so others see why instead of a list.
 */
export function NetworkDocuments({ network }: { network: Network }) {
  const { t } = useTranslation();
  const query = useQuery(NetworkDocumentsDocument, {
    variables: { networkId: network.id },
    skip: !network.viewerCanSeeDocuments,
    fetchPolicy: 'cache-and-network',
  });
  const documents = query.data?.networkDocuments.nodes ?? [];
  return (
    <section className="section" aria-labelledby="network-documents-heading" data-testid="network-documents">
      <h2 id="network-documents-heading">{t('networks.documents.heading')}</h2>
      {!network.viewerCanSeeDocuments ? (
        <p>{t('networks.documents.internal')}</p>
      ) : (
        <>
          {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
          {!query.data && <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />}
          {query.data && documents.length === 0 && <p>{t('networks.documents.empty')}</p>}
          <DocumentTable
            documents={documents}
            canManage={network.viewerCanManageDocuments}
            caption={t('networks.documents.caption')}
          />
          <LoadMoreButton
            pageInfo={query.data?.networkDocuments.pageInfo}
            label={t('documents.loadMore')}
            onLoadMore={(after) =>
              query.fetchMore({ variables: { after }, updateQuery: appendPage('networkDocuments') })
            }
          />
        </>
      )}
      {network.viewerCanManageDocuments && <DocumentUploadForm scope={{ networkId: network.id }} />}
    </section>
  );
}
