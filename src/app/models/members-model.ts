import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { assigneesOf, cleanMemberName, memberNames } from '../../domain/team/assignment';
import type { OrganisationRepository } from '../../storage/organisation-repository';

interface Deps {
  organisations: OrganisationRepository;
  /** This phone's user (the name in Settings). */
  userName: ReadonlySignal<string>;
  /**
   * More names to offer, each a signal: the seam for a synced team's member
   * list (issue 14: members come from the database's member list). Plug a
   * source in at the composition root; nothing else changes.
   */
  sources?: ReadonlySignal<readonly string[]>[];
}

/**
 * The team members the app offers when assigning work and counts progress for:
 * this phone's user, every name already used as an assignee, names typed in
 * this session, and any further sources.
 */
export function createMembersModel({ organisations, userName, sources = [] }: Deps) {
  const version = signal(organisations.version);
  organisations.subscribe(() => (version.value = organisations.version));
  const typed = signal<readonly string[]>([]);

  const members = computed(() => {
    void version.value;
    return memberNames([userName.value], assigneesOf(organisations.all()), typed.value, ...sources.map((s) => s.value));
  });

  /** A name typed in while assigning, offered from then on. */
  function remember(name: string): void {
    const clean = cleanMemberName(name);
    if (clean && !typed.value.includes(clean)) typed.value = [...typed.value, clean];
  }

  return { members, remember };
}

export type MembersModel = ReturnType<typeof createMembersModel>;
