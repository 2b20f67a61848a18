import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemTreeNodeKind, ProblemTreeNodeStatus } from '@ratusz/shared';
import { ConsultationService } from '../consultations/services/consultation.service.js';
import { ProblemTreeRepository } from '../problem-trees/repositories/problem-tree.repository.js';
import { TreeNodeRepository } from '../problem-trees/repositories/tree-node.repository.js';
import { DEMO_CONSULTATION_ID } from './demo-forum.js';
import { plDemo } from './pl-demo.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';

const sample = plDemo.sampleConsultation;

/** A branch of the fixture's tree: a cause with its sub-causes, or an effect with further effects. */
interface DemoBranch {
  text: string;
  causes?: readonly DemoBranch[];
  effects?: readonly DemoBranch[];
}

export const DEMO_PROBLEM_TREE = {
  title: 'Drzewo problemów dialogu obywatelskiego',
  /** Fixed, so the demo's workshop link and QR code stay the same. */
  joinCode: 'WARSZ7',
  organiserEmail: 'urzednik@ratusz.example',
  residentEmail: 'mieszkanka@ratusz.example',
  core: sample.problemTree.core,
  causes: sample.problemTree.causes as readonly DemoBranch[],
  effects: sample.problemTree.effects as readonly DemoBranch[],
  /** A resident's suggestion waiting for the officials: a cause under the core. */
  suggestion: 'Konsultacje ogłaszane są za późno, by zdążyć się przygotować',
} as const;

/**
 * The fixture's "problem tree of civic dialogue" in the demo consultation:
 * the core, its causes (with sub-causes) and effects, all accepted as the
 * workshop left them, plus one resident's suggestion still PROPOSED. Written
 * through the repositories, not the operations: the demo consultation is past
 * the phases that allow building a tree. Skipped when the tree exists.
 */
@Injectable()
export class DemoProblemTreeSeeder {
  private readonly logger = new Logger(DemoProblemTreeSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly demo: DemoDataRepository,
    private readonly consultations: ConsultationService,
    private readonly trees: ProblemTreeRepository,
    private readonly nodes: TreeNodeRepository,
  ) {}

  async seed(): Promise<void> {
    if (await this.trees.byConsultation(DEMO_CONSULTATION_ID)) return;
    const consultation = await this.consultations.get(DEMO_CONSULTATION_ID).catch(() => null);
    const users = await this.demo.usersByEmails([DEMO_PROBLEM_TREE.organiserEmail, DEMO_PROBLEM_TREE.residentEmail]);
    const organiser = users.find((user) => user.email === DEMO_PROBLEM_TREE.organiserEmail);
    const resident = users.find((user) => user.email === DEMO_PROBLEM_TREE.residentEmail);
    if (!consultation || !organiser || !resident) {
      this.logger.warn('The demo problem tree needs the demo consultation, official and resident; skipped.');
      return;
    }
    await this.db.transaction(async (tx) => {
      const treeId = await this.trees.insert(
        {
          municipalityId: consultation.municipalityId,
          consultationId: DEMO_CONSULTATION_ID,
          title: DEMO_PROBLEM_TREE.title,
          joinCode: DEMO_PROBLEM_TREE.joinCode,
          createdBy: organiser.id,
        },
        tx,
      );
      const add = (kind: ProblemTreeNodeKind, parentId: string | null, position: number, text: string) =>
        this.nodes.insert(
          {
            treeId,
            kind,
            parentId,
            position,
            text,
            descriptionSource: null,
            descriptionHtml: null,
            status: ProblemTreeNodeStatus.ACCEPTED,
            suggested: false,
            authorId: organiser.id,
          },
          tx,
        );
      const coreId = await add(ProblemTreeNodeKind.CORE, null, 0, DEMO_PROBLEM_TREE.core);
      const branches = async (
        kind: ProblemTreeNodeKind,
        parentId: string,
        items: readonly DemoBranch[],
        offset = 0,
      ): Promise<void> => {
        for (const [index, item] of items.entries()) {
          const id = await add(kind, parentId, offset + index, item.text);
          await branches(kind, id, kind === ProblemTreeNodeKind.CAUSE ? (item.causes ?? []) : (item.effects ?? []));
        }
      };
      await branches(ProblemTreeNodeKind.CAUSE, coreId, DEMO_PROBLEM_TREE.causes);
      await branches(ProblemTreeNodeKind.EFFECT, coreId, DEMO_PROBLEM_TREE.effects, DEMO_PROBLEM_TREE.causes.length);
      await this.nodes.insert(
        {
          treeId,
          kind: ProblemTreeNodeKind.CAUSE,
          parentId: coreId,
          position: DEMO_PROBLEM_TREE.causes.length + DEMO_PROBLEM_TREE.effects.length,
          text: DEMO_PROBLEM_TREE.suggestion,
          descriptionSource: null,
          descriptionHtml: null,
          status: ProblemTreeNodeStatus.PROPOSED,
          suggested: true,
          authorId: resident.id,
        },
        tx,
      );
    });
  }
}
