import { Tile } from '@codegouvfr/react-dsfr/Tile';
import { useCreatePath, useGetResourceLabel, useTranslate } from 'react-admin';
import type { DashboardCard } from './dashboardCards';
import { ListCount } from './ListCount';

/** A DSFR tile opening a module's list, with its figure when it has one. */
export const DashboardTile = ({ card }: { card: DashboardCard }) => {
  const translate = useTranslate();
  const resourceLabel = useGetResourceLabel();
  const createPath = useCreatePath();
  return (
    <Tile
      title={resourceLabel(card.resource, 2)}
      titleAs="h3"
      desc={translate(card.description)}
      detail={card.counter && <ListCount resource={card.resource} {...card.counter} />}
      linkProps={{ href: `#${createPath({ resource: card.resource, type: 'list' })}` }}
      enlargeLinkOrButton
      orientation="vertical"
    />
  );
};
