import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageType } from '../common/pagination.js';
import { ImportRunItem } from './import-run-item.entity.js';
import { ImportRun } from './import-run.entity.js';

@ObjectType() export class DirectoryImportPage extends PageType(ImportRun) {}
@ObjectType() export class DirectoryImportItemPage extends PageType(ImportRunItem) {}

@ObjectType('DirectoryImportProgress', { description: 'Avancement de la passe en cours (ou de la dernière).' })
export class ImportProgressType {
  @Field(() => Int, { description: 'Lignes de données lues.' }) rowsDone!: number;
  @Field(() => Int, { nullable: true, description: 'Lignes du fichier, connues après une première passe.' }) totalRows!: number | null;
  @Field(() => Float, { description: 'Pourcentage : par lignes quand leur total est connu, par octets lus sinon.' }) percent!: number;
  @Field(() => Int, { description: 'Lots validés (chacun dans sa transaction).' }) batchesCommitted!: number;
  @Field(() => Int, { description: 'Dernière ligne du dernier lot validé : une reprise continue après elle.' }) lastCommittedLine!: number;
}

@ObjectType('DirectoryImportCounts', {
  description: 'Lignes du rapport par effet (pour les circonscriptions, les créations et modifications comptent aussi les circonscriptions).',
})
export class ImportCountsType {
  @Field(() => Int) create!: number;
  @Field(() => Int) update!: number;
  @Field(() => Int) close!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => Int) absent!: number;
  @Field(() => Int, { description: 'Lignes écartées sans erreur (pas une école, école privée, hors périmètre…).' }) ignored!: number;
}

@ObjectType('DirectoryImportReasonCount', { description: 'Lignes écartées pour un motif.' })
export class ImportReasonCount {
  @Field(() => String) reason!: string;
  @Field(() => Int) count!: number;
}
