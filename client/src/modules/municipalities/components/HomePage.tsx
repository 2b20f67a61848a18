import { useTranslation } from 'react-i18next';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { useLanguage } from '../../i18n/hooks/useLanguage';
import { PageHeading } from '../../layout/components/PageHeading';
import { useHomePage, type TopLevelMunicipality } from '../hooks/useHomePage';

function KindLabel({ kind }: { kind: TopLevelMunicipality['kind'] }) {
  const { t } = useTranslation();
  return <span className="kind">{t(`municipalityKind.${kind}`)}</span>;
}

function UnitWithChildren({
  unit,
  countKey,
}: {
  unit: TopLevelMunicipality;
  countKey: 'gminaCount' | 'districtCount';
}) {
  const { t } = useTranslation();
  // Districts are all of one kind, so only a county's gminas say which kind each is.
  const showChildKind = countKey === 'gminaCount';
  return (
    <div className="unit-card">
      <h4 className="unit-card__name">{unit.name}</h4>
      <p className="unit-card__meta">
        <KindLabel kind={unit.kind} />
        {unit.childCount > 0 && <> · {t(`home.municipalities.${countKey}`, { count: unit.childCount })}</>}
      </p>
      {unit.children.length > 0 ? (
        <ul className="unit-card__children" aria-label={t('home.municipalities.childrenOf', { name: unit.name })}>
          {unit.children.map((child) => (
            <li key={child.id}>
              {child.name}
              {showChildKind && <span className="unit-card__child-kind"> {t(`municipalityKind.${child.kind}`)}</span>}
            </li>
          ))}
        </ul>
      ) : (
        countKey === 'districtCount' && <p className="muted">{t('home.municipalities.noDistricts')}</p>
      )}
    </div>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  useDocumentTitle(t('pages.home'));
  const home = useHomePage();

  return (
    <div className="page">
      <PageHeading>{t('home.heading')}</PageHeading>
      <p className="lead">{t('home.intro')}</p>

      {home.loading && <p className="muted">{t('common.loading')}</p>}
      <ProblemCallout error={home.error} onRetry={home.refetch} />

      {home.serviceAreas.length > 0 && (
        <section className="section" aria-labelledby="service-areas-heading">
          <h2 id="service-areas-heading">{t('home.serviceAreas.heading')}</h2>
          <p>{t('home.serviceAreas.intro')}</p>
          <ul className="service-areas">
            {home.serviceAreas.map((area) => (
              <li className="service-area" key={area.code}>
                {language === 'pl' ? area.namePl : area.nameEn}
              </li>
            ))}
          </ul>
        </section>
      )}

      {!home.loading && !home.error && (
        <section className="section" aria-labelledby="municipalities-heading">
          <h2 id="municipalities-heading">{t('home.municipalities.heading')}</h2>
          {home.counties.length + home.cities.length + home.gminas.length === 0 && (
            <p>{t('home.municipalities.empty')}</p>
          )}
          {home.counties.length > 0 && (
            <div className="unit-group">
              <h3>{t('home.municipalities.counties')}</h3>
              <div className="unit-grid">
                {home.counties.map((unit) => (
                  <UnitWithChildren key={unit.id} unit={unit} countKey="gminaCount" />
                ))}
              </div>
            </div>
          )}
          {home.cities.length > 0 && (
            <div className="unit-group">
              <h3>{t('home.municipalities.cities')}</h3>
              <div className="unit-grid">
                {home.cities.map((unit) => (
                  <UnitWithChildren key={unit.id} unit={unit} countKey="districtCount" />
                ))}
              </div>
            </div>
          )}
          {home.gminas.length > 0 && (
            <div className="unit-group">
              <h3>{t('home.municipalities.gminas')}</h3>
              <ul className="gmina-list">
                {home.gminas.map((unit) => (
                  <li key={unit.id}>
                    {unit.name} <KindLabel kind={unit.kind} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {home.hasMore && (
            <button
              type="button"
              className="button"
              onClick={home.loadMore}
              aria-disabled={home.loadingMore || undefined}
            >
              {home.loadingMore ? t('common.loading') : t('home.municipalities.loadMore')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
